<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node BACKGROUND_COLOR="#33ccff" COLOR="#000000" CREATED="1442573368662" ID="ID_196877400" MODIFIED="1719328044214" TEXT="Research Methods">
<font NAME="SansSerif" SIZE="20"/>
<hook NAME="accessories/plugins/AutomaticLayout.properties"/>
<node COLOR="#0033ff" CREATED="1444639508834" ID="ID_135829616" MODIFIED="1719327914396" POSITION="right" TEXT="Goals of Research">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node BACKGROUND_COLOR="#ffff00" COLOR="#00b439" CREATED="1444639530733" ID="ID_892294309" MODIFIED="1444643417338" TEXT="To undertake research using appropriate sources in an ethical and professional manner and present their research findings in an appropriate form&#xa;">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444639542018" ID="ID_945611597" MODIFIED="1444639640399" TEXT="Understanding of computing research resources">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444639822704" ID="ID_609875291" MODIFIED="1444639832588" TEXT="Understand research process">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444639916763" ID="ID_86759714" MODIFIED="1444640034537" TEXT="Literature search strategies for topic of choice">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444639965296" ID="ID_424928410" MODIFIED="1444639993203" TEXT="Collect &amp; critically evaluate research material">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444639993670" ID="ID_1696937441" MODIFIED="1444640026889" TEXT="Identify current state of knowledge and key issues in research topic">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444639542016" ID="ID_404740641" MODIFIED="1444643398356" TEXT="Effective research must be..">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444639659089" ID="ID_460070614" MODIFIED="1444639662990" TEXT="Ethical">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444639663281" ID="ID_552461298" MODIFIED="1444639665414" TEXT="Critical">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444639676928" ID="ID_1877682784" MODIFIED="1444639683069" TEXT="Professional">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444639542017" ID="ID_1421312843" MODIFIED="1444639630242" TEXT="Presenting research findings">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444639690471" ID="ID_1146550999" MODIFIED="1444639694660" TEXT="Correct format">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1444641044258" ID="ID_583363402" MODIFIED="1719327914396" POSITION="right" TEXT="Literature Review">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1444642777799" ID="ID_1203600071" MODIFIED="1444642781370" TEXT="What is it?">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444641065681" ID="ID_1673563882" MODIFIED="1444642810154" TEXT="Extensive reference to relevant research in your area of expertise, included in dissertation">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444641107806" ID="ID_767070738" MODIFIED="1444642797569" TEXT="Provides justification for decisions and positions adopted">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444642826548" ID="ID_913139980" MODIFIED="1444642843624" TEXT="Shares with the reader other related studies">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444642859514" ID="ID_1785236291" MODIFIED="1444642880110" TEXT="Introduces terminology and definitions to clarify context">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444642883273" ID="ID_1121157167" MODIFIED="1444642907316" TEXT="Shows how the study is extending prior studies or adding to them">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444642912335" ID="ID_1853923157" MODIFIED="1444642936067" TEXT="Provides a benchmark for comparing the results of your study">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444642423635" ID="ID_1097580709" MODIFIED="1444643450103" TEXT="Process">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444642455093" ID="ID_435866040" MODIFIED="1444642467472" TEXT="Helps formulate your research question">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444642513521" ID="ID_760465184" MODIFIED="1444642525918" TEXT="Step along your journey to discovery">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1444642455089" ID="ID_1265445666" MODIFIED="1444642455089" TEXT="Conducting a review of the literature">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444642455090" ID="ID_1717561470" MODIFIED="1444642463766" TEXT="On-going activity, not just at start of the research process">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1444642455094" ID="ID_981899372" MODIFIED="1444642472088" TEXT="Helps identify approaches or experimentation">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444642513523" ID="ID_617489123" MODIFIED="1444642569162" TEXT="Understand how leading researchers in your field have tackled similar problems">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444642571028" ID="ID_873621444" MODIFIED="1444642583553" TEXT="Understand results they obtained"/>
<node COLOR="#111111" CREATED="1444642585539" ID="ID_1840457913" MODIFIED="1444642603070" TEXT="Understand shortcomings they observed and methodologies employed"/>
</node>
<node COLOR="#990000" CREATED="1444642455094" ID="ID_1513069283" MODIFIED="1444642473896" TEXT="Later helps with analysis and evaluation">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1442573368662" ID="ID_474866753" MODIFIED="1719327914396" POSITION="left" TEXT="Journal">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1442573368662" ID="ID_1021311650" MODIFIED="1444639402082" TEXT="Formal tone and structure">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1442573368662" ID="ID_180891587" MODIFIED="1444639402082" TEXT="Methodology">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1442573368662" ID="ID_1298206586" MODIFIED="1444639402083" TEXT="Process"/>
</node>
<node COLOR="#990000" CREATED="1442573368662" ID="ID_1923824361" MODIFIED="1444639402083" TEXT="Literature review">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1442573368662" ID="ID_199372464" MODIFIED="1444639402084" TEXT="Previous studies">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1442573368662" ID="ID_1909304102" MODIFIED="1444639402084" TEXT="References ">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1442573368662" ID="ID_515187667" MODIFIED="1444639402085" TEXT="Precise">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1442573368662" ID="ID_1630341672" MODIFIED="1444639402086" TEXT="Well defined scope ">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1442573368662" ID="ID_906319421" MODIFIED="1444639402086" TEXT="Third person">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1442573368662" ID="ID_650798868" MODIFIED="1444639402087" TEXT="Conclusions ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1442573368662" ID="ID_1505094533" MODIFIED="1444639402089" TEXT="Introduction ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1442573368662" ID="ID_1384305038" MODIFIED="1444639402090" TEXT="Peer review ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1442573368662" ID="ID_746878341" MODIFIED="1444639402091" TEXT="Evidence based">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1442573368662" ID="ID_595915345" MODIFIED="1444639402092" TEXT="Factual">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1442573368662" ID="ID_1346256046" MODIFIED="1444639402093" TEXT="Object tive">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1442573368662" ID="ID_1672078395" MODIFIED="1444639402093" TEXT="Open minded">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1442573368662" ID="ID_1501636348" MODIFIED="1444639402094" TEXT="Specialist Audience ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
</node>
<node COLOR="#0033ff" CREATED="1442573368662" ID="ID_519075109" MODIFIED="1719327914396" POSITION="left" TEXT="Opinion Piece ">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1442573368662" ID="ID_1803992396" MODIFIED="1444639402097" TEXT="Conclusions ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1442573368662" ID="ID_185454191" MODIFIED="1444639402098" TEXT="Introduction ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1442573368662" ID="ID_1015910769" MODIFIED="1444639402099" TEXT="Subjective">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1442573368662" ID="ID_909219112" MODIFIED="1444639402100" TEXT="Biased">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1442573368662" ID="ID_1933157802" MODIFIED="1444639402101" TEXT="Informal structure">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1442573368662" ID="ID_941622622" MODIFIED="1444639402102" TEXT="General Audience ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1442573368662" ID="ID_942004134" MODIFIED="1444639402103" TEXT="Broad scope">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
</node>
<node BACKGROUND_COLOR="#33ccff" COLOR="#0033ff" CREATED="1444644427881" ID="ID_34191034" MODIFIED="1719327914396" POSITION="right">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p style="text-align: center">
      The Literature
    </p>
    <p style="text-align: center">
      Review Process
    </p>
  </body>
</html></richcontent>
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<hook NAME="accessories/plugins/AutomaticLayout.properties"/>
<node COLOR="#00b439" CREATED="1444642706563" ID="ID_1862321299" MODIFIED="1719328071938" TEXT="Literature Survey">
<edge STYLE="bezier" WIDTH="thin"/>
<arrowlink DESTINATION="ID_1940437731" ENDARROW="Default" ENDINCLINATION="551;0;" ID="Arrow_ID_833811661" STARTARROW="None" STARTINCLINATION="727;0;"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="full-1"/>
<node COLOR="#990000" CREATED="1444642983091" ID="ID_528233828" MODIFIED="1444647770309" TEXT="Collecting ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444642719562" ID="ID_146592363" MODIFIED="1444647748220" TEXT="Literature Comprehension">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="full-2"/>
<node COLOR="#990000" CREATED="1444642747729" ID="ID_1857259122" MODIFIED="1444647748221" TEXT="Understanding">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444642727834" ID="ID_1469614688" MODIFIED="1444647754176" TEXT="Literature Review">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="full-3"/>
<node COLOR="#990000" CREATED="1444642755496" ID="ID_572928026" MODIFIED="1444647748222" TEXT="Reviewing">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1444643279194" ID="ID_962875710" MODIFIED="1719327931809" POSITION="right" TEXT="Sources of Literature">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1444642995387" ID="ID_590932946" MODIFIED="1444644517634" TEXT="Journal articles">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444643254228" ID="ID_1229988892" MODIFIED="1444647634517" TEXT="Conference papers">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444643009842" ID="ID_973477277" MODIFIED="1444644517637" TEXT="Theses/dissertations">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444643001682" ID="ID_1877256403" MODIFIED="1444644517635" TEXT="Books">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444643066862" ID="ID_343887057" MODIFIED="1444644517635" TEXT="Textbooks">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444643069406" ID="ID_882709248" MODIFIED="1444644517636" TEXT="References">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444647655303" ID="ID_990465826" MODIFIED="1444647662212" TEXT="Company whitepapers">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444643006922" ID="ID_170904439" MODIFIED="1444647672011" TEXT="Company websites">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444643129435" ID="ID_347738997" MODIFIED="1444644517638" TEXT="Reports">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444643106532" ID="ID_1327702515" MODIFIED="1444644517639" TEXT="Review articles">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444643261027" ID="ID_227814938" MODIFIED="1444644517641" TEXT="Media">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
</node>
<node COLOR="#0033ff" CREATED="1444642706563" ID="ID_1940437731" MODIFIED="1719328071938" POSITION="left" TEXT="Literature Survey">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<linktarget COLOR="#b0b0b0" DESTINATION="ID_1940437731" ENDARROW="Default" ENDINCLINATION="551;0;" ID="Arrow_ID_833811661" SOURCE="ID_1862321299" STARTARROW="None" STARTINCLINATION="727;0;"/>
<font NAME="SansSerif" SIZE="18"/>
<icon BUILTIN="full-1"/>
<node COLOR="#00b439" CREATED="1444642983091" ID="ID_898329443" MODIFIED="1444644658004" TEXT="Identifying, acquiring (collecting) &amp; evaluation of  literature sources  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444643304953" ID="ID_660752161" MODIFIED="1444644590157" TEXT="Usefulness">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444643334991" ID="ID_229370936" MODIFIED="1444644590157" TEXT="What does this add to your research?">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444643348942" ID="ID_816700345" MODIFIED="1444644590158" TEXT="Does it support a major point?">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444643361518" ID="ID_270587944" MODIFIED="1444644590158" TEXT="Demonstrate you have researched thoroughly?">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444643479463" ID="ID_845723915" MODIFIED="1444644590158" TEXT="Establish your credibility as a conscientious researcher?">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444643523456" ID="ID_758419309" MODIFIED="1444644590159" TEXT="Identify gaps in existing research?">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444644008665" ID="ID_1857920242" MODIFIED="1444644590159" TEXT="Appropriate for audience and degree of specialisation?">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444643308320" ID="ID_1125863594" MODIFIED="1444644661954" TEXT="Credibility">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444644054670" ID="ID_665651251" MODIFIED="1444644661954" TEXT="Is it believable or credible?">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444644330694" ID="ID_1857490125" MODIFIED="1444644337043" TEXT="Check the author">
<node COLOR="#111111" CREATED="1444644396890" ID="ID_1804677994" MODIFIED="1444644408054" TEXT="What are their other works?"/>
</node>
<node COLOR="#111111" CREATED="1444644337342" ID="ID_1254116453" MODIFIED="1444644342938" TEXT="Check the publisher"/>
<node COLOR="#111111" CREATED="1444644354381" ID="ID_1393708120" MODIFIED="1444644370857" TEXT="Can you easily find information on them?"/>
<node COLOR="#111111" CREATED="1444644371428" ID="ID_760644835" MODIFIED="1444644382880" TEXT="Do they have conflicts of interest?"/>
</node>
<node COLOR="#990000" CREATED="1444644070477" ID="ID_857995851" MODIFIED="1444644661955" TEXT="Is it worthy of belief or confidence?">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444644086204" ID="ID_519369184" MODIFIED="1444647127928" TEXT="Is it trustworthy?">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444647168347" ID="ID_815505048" MODIFIED="1444647186399" TEXT="Is it referenced by others?"/>
</node>
<node COLOR="#990000" CREATED="1444644110227" ID="ID_925619430" MODIFIED="1444644661956" TEXT="How can you tell?">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="messagebox_warning"/>
<node COLOR="#111111" CREATED="1444644118098" ID="ID_971281884" MODIFIED="1444644140270" TEXT="Books are mostly credible (but not peer reviewed!)"/>
<node COLOR="#111111" CREATED="1444644156800" ID="ID_1436684130" MODIFIED="1444644166708" TEXT="Most large newspapers"/>
<node COLOR="#111111" CREATED="1444644168199" ID="ID_868024317" MODIFIED="1444644289320" TEXT="Scolarly journals"/>
<node COLOR="#111111" CREATED="1444644182934" ID="ID_1250391242" MODIFIED="1444644189147" TEXT="Government publications"/>
<node COLOR="#111111" CREATED="1444644189918" ID="ID_1230368972" MODIFIED="1444644199674" TEXT="Reputable organisations"/>
<node COLOR="#111111" CREATED="1444644202381" ID="ID_1996658301" MODIFIED="1444644218985" TEXT="Most educational organisations">
<node COLOR="#111111" CREATED="1444644220068" ID="ID_146886200" MODIFIED="1444644227361" TEXT="College websites"/>
</node>
</node>
<node COLOR="#990000" CREATED="1444647497672" ID="ID_132394412" MODIFIED="1444647502126" TEXT="RED FLAGS">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="stop-sign"/>
<node COLOR="#111111" CREATED="1444647515375" ID="ID_1622120702" MODIFIED="1444647519124" TEXT="Anonymity"/>
<node COLOR="#111111" CREATED="1444647519815" ID="ID_1588516012" MODIFIED="1444647525387" TEXT="Poor grammar and spelling"/>
<node COLOR="#111111" CREATED="1444647528702" ID="ID_1301765991" MODIFIED="1444647534675" TEXT="Negative reviews"/>
<node COLOR="#111111" CREATED="1444647539294" ID="ID_257280314" MODIFIED="1444647545146" TEXT="One sided arguments"/>
<node COLOR="#111111" CREATED="1444647545885" ID="ID_1563209689" MODIFIED="1444647557946" TEXT="No sources for figures or statistics"/>
<node COLOR="#111111" CREATED="1444647564996" ID="ID_1727736063" MODIFIED="1444647579600" TEXT="Lack of corroborating sources"/>
<node COLOR="#111111" CREATED="1444647583323" ID="ID_164636027" MODIFIED="1444647597359" TEXT="Overclaims &amp; exaggeration"/>
</node>
<node COLOR="#990000" CREATED="1444644234764" ID="ID_1265125340" MODIFIED="1444644661956" TEXT="NOT CREDIBLE">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="stop-sign"/>
<node COLOR="#111111" CREATED="1444644243907" ID="ID_1368863855" MODIFIED="1444644246384" TEXT="Wikipedia"/>
<node COLOR="#111111" CREATED="1444644248731" ID="ID_1600919986" MODIFIED="1444644254919" TEXT="Personal sites"/>
<node COLOR="#111111" CREATED="1444644255418" ID="ID_1134767799" MODIFIED="1444644256943" TEXT="Blogs"/>
<node COLOR="#111111" CREATED="1444644257362" ID="ID_1332084113" MODIFIED="1444644260919" TEXT="Social media"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444643311384" ID="ID_70144517" MODIFIED="1444644665631" TEXT="Bias">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444647245063" ID="ID_1212997729" MODIFIED="1444647253207" TEXT="Definition">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444647220112" ID="ID_790449000" MODIFIED="1444647251826" TEXT="An inclination of temperament or outlook">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444647254190" ID="ID_383408375" MODIFIED="1444647274042" TEXT="Personal and sometimes unreasoned judgement"/>
<node COLOR="#111111" CREATED="1444647274933" ID="ID_1179083882" MODIFIED="1444647277897" TEXT="Prejudice"/>
</node>
<node COLOR="#990000" CREATED="1444647285044" ID="ID_1949851902" MODIFIED="1444647296792" TEXT="Consider the position of the source">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444647297796" ID="ID_876635747" MODIFIED="1444647314495" TEXT="Any reason to slant information?"/>
<node COLOR="#111111" CREATED="1444647319258" ID="ID_335021415" MODIFIED="1444647331110" TEXT="Any facts omitted?"/>
<node COLOR="#111111" CREATED="1444647331538" ID="ID_386183979" MODIFIED="1444647391157" TEXT="Trying to sell something?"/>
<node COLOR="#111111" CREATED="1444647425604" ID="ID_1137579650" MODIFIED="1444647452768" TEXT="Relationship between author/publisher/sponsor?"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444643572290" ID="ID_1329610064" MODIFIED="1444644669185" TEXT="C.R.A.P.">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="idea"/>
<node COLOR="#990000" CREATED="1444643582177" ID="ID_165536196" MODIFIED="1444644669186" TEXT="Currency">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444643700874" ID="ID_1031770642" MODIFIED="1444643712598" TEXT="Recent enough for field of study?"/>
</node>
<node COLOR="#990000" CREATED="1444643591194" ID="ID_167079292" MODIFIED="1444644669186" TEXT="Reliability">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444643736661" ID="ID_1900836999" MODIFIED="1444643736661" TEXT="What kind of information is included in the resource?"/>
<node COLOR="#111111" CREATED="1444643736661" ID="ID_235993089" MODIFIED="1444643830024" TEXT="Is content of the resource primarily opinion?"/>
<node COLOR="#111111" CREATED="1444643736662" ID="ID_636017934" MODIFIED="1444643833505" TEXT="Does the creator provide references or sources for data or quotations?"/>
</node>
<node COLOR="#990000" CREATED="1444643595768" ID="ID_1180795165" MODIFIED="1444644669187" TEXT="Authority">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444643736662" ID="ID_1724098254" MODIFIED="1444643835763" TEXT="Who is the creator or author?"/>
<node COLOR="#111111" CREATED="1444643736663" ID="ID_1161566333" MODIFIED="1444643845624" TEXT="Who is the publisher or sponsor?"/>
<node COLOR="#111111" CREATED="1444643736664" ID="ID_882822946" MODIFIED="1444643837164" TEXT="What is the publisher&#x2019;s interest (if any) in this information?"/>
<node COLOR="#111111" CREATED="1444643736663" ID="ID_841569195" MODIFIED="1444643840545" TEXT="What are their credentials?"/>
<node COLOR="#111111" CREATED="1444643736663" ID="ID_958082908" MODIFIED="1444643849961" TEXT="Are they reputable?"/>
</node>
<node COLOR="#990000" CREATED="1444643600936" ID="ID_757917815" MODIFIED="1444644669187" TEXT="Purpose/Point of View">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444643736665" ID="ID_1833705412" MODIFIED="1444643858175" TEXT="Is this fact or opinion?"/>
<node COLOR="#111111" CREATED="1444643736665" ID="ID_938036839" MODIFIED="1444643861801" TEXT="Is the creator/author trying to sell you something?"/>
<node COLOR="#111111" CREATED="1444643736664" ID="ID_855881223" MODIFIED="1444643852634" TEXT="Are there advertisements on the website?"/>
<node COLOR="#111111" CREATED="1444643736665" ID="ID_1177945798" MODIFIED="1444643876791" TEXT="Is it biased?"/>
<node COLOR="#111111" CREATED="1444643816460" ID="ID_578951108" MODIFIED="1444643816460" TEXT="Is it balanced?"/>
</node>
</node>
</node>
</node>
</map>
