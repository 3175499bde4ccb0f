<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node BACKGROUND_COLOR="#33ffff" COLOR="#000000" CREATED="1514889275425" ID="ID_529566525" MODIFIED="1515151723864">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p style="text-align: center">
      Assistive
    </p>
    <p style="text-align: center">
      &#160;Technology
    </p>
  </body>
</html></richcontent>
<font NAME="SansSerif" SIZE="20"/>
<hook NAME="accessories/plugins/AutomaticLayout.properties"/>
<node COLOR="#0033ff" CREATED="1514928157773" ID="ID_1059908689" MODIFIED="1515265924090" POSITION="right" TEXT="Links">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1514928162155" ID="ID_61321049" MODIFIED="1514928171839" TEXT="www.abledata.com">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1514928172443" ID="ID_1947302920" MODIFIED="1514928185407" TEXT="www.assistireland.ie">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1514928189282" ID="ID_1833881311" MODIFIED="1514928201813" TEXT=" ISO9999 standards">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1514928264190" ID="ID_1388144546" MODIFIED="1514928274379" TEXT="Ease of Access in Windows OS">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
</node>
<node COLOR="#0033ff" CREATED="1514931620101" ID="ID_496854868" MODIFIED="1514931818411" POSITION="right" TEXT="Definition">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1514931625405" ID="ID_1870781772" MODIFIED="1514931916835" TEXT="Any item, piece of equipment or product system whether acquired commercially, &#xa;off the shelf, modified or customised that is used to increase or improve functional capabilities of individuals with disabilities (Technical assistance to the States Act)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1514931928427" ID="ID_413650503" MODIFIED="1514932023736" TEXT="Any product, instrument, equipment or technical system used by a disabled or elderly person, made specially or existing on the market, aimed to prevent, compensate, relive or neutralize the deficiency, the inability of the handicap (ISO-9999)&#xa;">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514932033656" ID="ID_801872505" MODIFIED="1514932040141" TEXT="Techincal and device focus">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514931983550" ID="ID_622013489" MODIFIED="1514932007911" TEXT="Assistive Technology as a broad range of devices, technical aids, strategies, services, practices, with the main objective of improving the quality of life of the disabled and the elderly (Cook &amp; Hussey 1995)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514932042168" ID="ID_586446594" MODIFIED="1514932056975" TEXT="Broader approach">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514931645251" ID="ID_420894968" MODIFIED="1514931837834" TEXT="Key Aspects">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514931661215" ID="ID_1717270383" MODIFIED="1514931837835" TEXT="Research">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514931661219" ID="ID_531939408" MODIFIED="1514931837836" TEXT="Development">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514931661225" ID="ID_1636875594" MODIFIED="1514931837836" TEXT="Production">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514931661230" ID="ID_1561242602" MODIFIED="1514931837837" TEXT="Trade">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514931661234" ID="ID_969697175" MODIFIED="1514931837837" TEXT="Finance">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514931661241" ID="ID_195594385" MODIFIED="1514931837838" TEXT="Service Delivery">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514931661244" ID="ID_868536441" MODIFIED="1514931837838" TEXT="Usage">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1514928025403" ID="ID_1846424755" MODIFIED="1514928027802" POSITION="right" TEXT="Types">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1514928028907" ID="ID_850305818" MODIFIED="1514928031213" TEXT="Low tech">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514928279277" ID="ID_113448929" MODIFIED="1514928379861" TEXT="Pencil grip, shopping bag handle, clock, utensils">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514928032067" ID="ID_1752462939" MODIFIED="1514928034813" TEXT="High Tech">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514928292900" ID="ID_1703558619" MODIFIED="1514928483888" TEXT="Voice recognition s/w, remote controls,robotic cleaners">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514928035267" ID="ID_803525359" MODIFIED="1514928038470" TEXT="No-tech">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514928041987" ID="ID_320143810" MODIFIED="1514928053672" TEXT="Human assistance, family, friends">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1514930968380" ID="ID_1900145972" MODIFIED="1514930972298" POSITION="right" TEXT="Access issues">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1514930973805" ID="ID_1968385901" MODIFIED="1514930977225" TEXT="Hand dexterity">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514931024211" ID="ID_1173505475" MODIFIED="1514931035926" TEXT="Mice, keyboards, guards">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514931049171" ID="ID_1408458571" MODIFIED="1514931062364" TEXT="Voice to text s/w, accessibility options">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514930978413" ID="ID_1613967721" MODIFIED="1514930987001" TEXT="Mobility">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514931508271" ID="ID_608713608" MODIFIED="1514931512379" TEXT="Access to buildings">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514931515606" ID="ID_1928571065" MODIFIED="1514931530474" TEXT="Adjustable desks">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514930981308" ID="ID_1471243998" MODIFIED="1514930993513" TEXT="Communication">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514931547195" ID="ID_720196690" MODIFIED="1514931552072" TEXT="S/w tools">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514930994092" ID="ID_161321841" MODIFIED="1514930996826" TEXT="Visual">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514931557315" ID="ID_570801026" MODIFIED="1514931562719" TEXT="Magnification">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514931563674" ID="ID_1198328882" MODIFIED="1514931571342" TEXT="Text readers">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514930997468" ID="ID_879665688" MODIFIED="1514931596186" TEXT="Hearing">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514931585392" ID="ID_1809616010" MODIFIED="1514931587293" TEXT="Lights">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514931000180" ID="ID_1911392313" MODIFIED="1514931005983" TEXT="Learning">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514931597895" ID="ID_713325641" MODIFIED="1514931601299" TEXT="Voice recognition">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1514995725371" ID="ID_896960172" MODIFIED="1514995986415" POSITION="left" TEXT="Screen Readers">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1514995743426" ID="ID_1563383073" MODIFIED="1514995755780" TEXT="Text to audio interfaces">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1515018023453" ID="ID_1926784556" MODIFIED="1515018035988" TEXT="Convert text to synthesised speech">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514995795894" ID="ID_1255327294" MODIFIED="1514995979788" TEXT="Can be used with headphones">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1515018092401" ID="ID_544333356" MODIFIED="1515018118149" TEXT="Must be able to read documents in applications and OS">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514995756752" ID="ID_1287546480" MODIFIED="1515018046443" TEXT="Examples">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514995760287" ID="ID_420037825" MODIFIED="1514997549264" TEXT="JAWS">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1515018047468" ID="ID_1652509869" MODIFIED="1515018050944" TEXT="Window Eyes"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514995812566" ID="ID_748665409" MODIFIED="1514997559485" TEXT="Cons">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="button_cancel"/>
<node COLOR="#990000" CREATED="1514995815069" ID="ID_689089132" MODIFIED="1514995821617" TEXT="Can sound robotic">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514995822973" ID="ID_893845764" MODIFIED="1514995827865" TEXT="Naturalness"/>
</node>
<node COLOR="#990000" CREATED="1514995831221" ID="ID_1156921322" MODIFIED="1514995849480" TEXT="Impacted by background noise">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514996026292" ID="ID_995171322" MODIFIED="1515018179958" TEXT="Need to read everything to get context">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514996056252" ID="ID_1972361308" MODIFIED="1514996069461" TEXT="Cannot scan like a sighted reader"/>
<node COLOR="#111111" CREATED="1514996074506" ID="ID_1996123343" MODIFIED="1515018181906" TEXT="&quot;Content linearisation&quot;"/>
</node>
<node COLOR="#990000" CREATED="1514997398898" ID="ID_1068481613" MODIFIED="1514997413965" TEXT="Different readers use different commands/shortcuts">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1515018358412" ID="ID_142961755" MODIFIED="1515018379233" TEXT="Must accommodate all devices"/>
</node>
<node COLOR="#990000" CREATED="1515018420897" ID="ID_1949859396" MODIFIED="1515018426289" TEXT="Pronunciation">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1515018427432" ID="ID_905975734" MODIFIED="1515018469771" TEXT="Homographs are words that are spelled the same but have different meanings"/>
<node COLOR="#111111" CREATED="1515018470607" ID="ID_1034876589" MODIFIED="1515018489751" TEXT="&apos;reed&apos; and &apos;read&apos; "/>
<node COLOR="#111111" CREATED="1515018490525" ID="ID_625794726" MODIFIED="1515018501012" TEXT="&apos;red&apos; and &apos;read&apos;"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514995987544" ID="ID_1086572324" MODIFIED="1514997556381" TEXT="Pros">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="button_ok"/>
<node COLOR="#990000" CREATED="1514995989758" ID="ID_1502341017" MODIFIED="1514996003800" TEXT="Can increase speed of comprehension">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514996005365" ID="ID_428844041" MODIFIED="1514996009400" TEXT="300 wpm"/>
<node COLOR="#111111" CREATED="1515018146679" ID="ID_964469899" MODIFIED="1515018154669" TEXT="Training is needed though"/>
</node>
<node COLOR="#990000" CREATED="1514997514586" ID="ID_1632736279" MODIFIED="1514997542526" TEXT="Assistive technology">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514995772616" ID="ID_466760742" MODIFIED="1514997526817" TEXT="Some blind people cannot use braille">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1514995964095" ID="ID_505772083" MODIFIED="1514997529017" TEXT="Also useful for dyslexia">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1514997664685" ID="ID_1760742001" MODIFIED="1514997671880" TEXT="Support multiple languages">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514997180344" ID="ID_954623592" MODIFIED="1514997692783" TEXT="Requirements">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514997185374" ID="ID_285344071" MODIFIED="1514997245414" TEXT="Links with relevant anchor text">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514997191270" ID="ID_447105910" MODIFIED="1514997197209" TEXT="Users can skim content"/>
<node COLOR="#111111" CREATED="1515018231378" ID="ID_606922423" MODIFIED="1515018237035" TEXT="Hop between links">
<node COLOR="#111111" CREATED="1515018218259" ID="ID_606715878" MODIFIED="1515018223620" TEXT="Uses tab key"/>
</node>
</node>
<node COLOR="#990000" CREATED="1514997208972" ID="ID_1903747594" MODIFIED="1514997219544" TEXT="HTML headings">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1515018281496" ID="ID_669780715" MODIFIED="1515018294320" TEXT="Permits an overview of content"/>
<node COLOR="#111111" CREATED="1514997225780" ID="ID_120130050" MODIFIED="1514997234886" TEXT="Pressing H to skip headings"/>
<node COLOR="#111111" CREATED="1514997258922" ID="ID_595603853" MODIFIED="1514997269637" TEXT="Header tags NOT styling"/>
<node COLOR="#111111" CREATED="1514997281856" ID="ID_464669479" MODIFIED="1515018303031" TEXT="Used by SEO too">
<icon BUILTIN="button_ok"/>
</node>
</node>
<node COLOR="#990000" CREATED="1514997294280" ID="ID_1231490017" MODIFIED="1514997299931" TEXT="Content organisation">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514997300886" ID="ID_1245252068" MODIFIED="1514997322218" TEXT="Useful content at start of paragrpah"/>
</node>
<node COLOR="#990000" CREATED="1514997339253" ID="ID_1797548815" MODIFIED="1514997350168" TEXT="Skip to content navigation buttons">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514997357748" ID="ID_441307721" MODIFIED="1514997362815" TEXT="Can be hidden"/>
<node COLOR="#111111" CREATED="1514997363251" ID="ID_845105402" MODIFIED="1514997370519" TEXT="Only visible to readers"/>
</node>
<node COLOR="#990000" CREATED="1514997422608" ID="ID_575849164" MODIFIED="1514997435043" TEXT="Content grammar">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514997435439" ID="ID_31625571" MODIFIED="1514997468769" TEXT="Readers use ; : , . to pause and stop"/>
</node>
<node COLOR="#990000" CREATED="1514997624590" ID="ID_1474697319" MODIFIED="1514997630490" TEXT="Header rows for tables">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514997569833" ID="ID_199524149" MODIFIED="1514997610363" TEXT="Alt text used for images">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514997574369" ID="ID_1923436039" MODIFIED="1514997578716" TEXT="Relevant"/>
<node COLOR="#111111" CREATED="1514997578976" ID="ID_1807154927" MODIFIED="1514997583292" TEXT="Descriptive"/>
<node COLOR="#111111" CREATED="1514997583663" ID="ID_838032674" MODIFIED="1514997599779" TEXT="Not redundant"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1514928499156" ID="ID_1098069151" MODIFIED="1514998405155" POSITION="left" TEXT="Switch Access">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1514998415055" ID="ID_608132269" MODIFIED="1514998432530" TEXT="Used by people who cannot use conventional I/O  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1515061353833" ID="ID_1668634961" MODIFIED="1515061380255" TEXT="Switch is placed near a muscle group that the user can control   ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1515061439876" ID="ID_472423421" MODIFIED="1515061448395" TEXT="Applications">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514998443109" ID="ID_1767928806" MODIFIED="1515061470358" TEXT="Computer access">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514998443109" ID="ID_1277696364" MODIFIED="1515061481707" TEXT="Environmental control">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514998443109" ID="ID_1866524121" MODIFIED="1515061494937" TEXT="Toys and play">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1515061540040" ID="ID_1814117758" MODIFIED="1515061558622" TEXT="Movement">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1515061543144" ID="ID_1590631069" MODIFIED="1515061548376" TEXT="Wheelchairs"/>
<node COLOR="#111111" CREATED="1515061559750" ID="ID_1173543842" MODIFIED="1515061560733" TEXT="Cars"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514998492172" ID="ID_845254531" MODIFIED="1514998506662" TEXT="Keyboard alternative">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514999021878" ID="ID_1576666985" MODIFIED="1515061624379" TEXT="Uses a SELECTION SET">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="idea"/>
<node COLOR="#111111" CREATED="1515061679223" ID="ID_1182468724" MODIFIED="1515061686854" TEXT="Grid of items to be selected"/>
<node COLOR="#111111" CREATED="1514999649253" ID="ID_972642816" MODIFIED="1514999662799" TEXT="Layout">
<node COLOR="#111111" CREATED="1514999664892" ID="ID_1640964048" MODIFIED="1514999666888" TEXT="Qwerty"/>
<node COLOR="#111111" CREATED="1514999669716" ID="ID_1637079806" MODIFIED="1514999675407" TEXT="Alphabetic"/>
<node COLOR="#111111" CREATED="1514999678140" ID="ID_1530052161" MODIFIED="1514999689031" TEXT="Frequency of use"/>
</node>
</node>
<node COLOR="#990000" CREATED="1514999043461" ID="ID_1371421007" MODIFIED="1514999050536" TEXT="Scanning process">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514999051948" ID="ID_628790592" MODIFIED="1515061610449" TEXT="Items are highlighted in turn"/>
<node COLOR="#111111" CREATED="1514999074419" ID="ID_1001925434" MODIFIED="1514999087918" TEXT="Time on item is the SCAN DELAY"/>
</node>
<node COLOR="#990000" CREATED="1514999100394" ID="ID_1905761452" MODIFIED="1514999105597" TEXT="Scan movement">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1515061765500" ID="ID_54369074" MODIFIED="1515061786001" TEXT="The manner in which highlighter moves through items"/>
<node COLOR="#111111" CREATED="1514999106761" ID="ID_1863170527" MODIFIED="1514999110189" TEXT="Linear">
<node COLOR="#111111" CREATED="1514999120913" ID="ID_364633670" MODIFIED="1514999125196" TEXT="One after another"/>
<node COLOR="#111111" CREATED="1514999125664" ID="ID_215732021" MODIFIED="1514999140027" TEXT="Cognitively easier"/>
</node>
<node COLOR="#111111" CREATED="1514999110969" ID="ID_1606911440" MODIFIED="1515061855161" TEXT="Array/group">
<node COLOR="#111111" CREATED="1514999144528" ID="ID_1591516020" MODIFIED="1514999153243" TEXT="Groups highlighted together"/>
<node COLOR="#111111" CREATED="1514999156663" ID="ID_1517835866" MODIFIED="1514999163026" TEXT="Row or column scans"/>
<node COLOR="#111111" CREATED="1514999167837" ID="ID_988017824" MODIFIED="1514999171042" TEXT="Most common"/>
</node>
<node COLOR="#111111" CREATED="1514999113208" ID="ID_1394896540" MODIFIED="1514999115221" TEXT="Directed">
<node COLOR="#111111" CREATED="1514999177325" ID="ID_820048661" MODIFIED="1514999182097" TEXT="Uses multiple switches"/>
<node COLOR="#111111" CREATED="1514999183117" ID="ID_833390174" MODIFIED="1514999189897" TEXT="Similar to arrow keys"/>
</node>
</node>
<node COLOR="#990000" CREATED="1514999223924" ID="ID_1759335783" MODIFIED="1515061793953" TEXT="Scan method">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514999229290" ID="ID_1714439397" MODIFIED="1514999240798" TEXT="Ways of moving the highlighter"/>
<node COLOR="#111111" CREATED="1514999251129" ID="ID_1733776026" MODIFIED="1514999255741" TEXT="Autoscan">
<node COLOR="#111111" CREATED="1514999286360" ID="ID_1027698300" MODIFIED="1514999293011" TEXT="Automatic movement"/>
<node COLOR="#111111" CREATED="1514999293616" ID="ID_120058709" MODIFIED="1514999305483" TEXT="Must have time to respond"/>
<node COLOR="#111111" CREATED="1514999305895" ID="ID_750154619" MODIFIED="1514999312858" TEXT="High cognitive load"/>
<node COLOR="#111111" CREATED="1514999320270" ID="ID_454445586" MODIFIED="1514999335057" TEXT="Must wait for item to come up">
<node COLOR="#111111" CREATED="1514999335445" ID="ID_889551848" MODIFIED="1514999342665" TEXT="Can cause anxiety"/>
</node>
</node>
<node COLOR="#111111" CREATED="1514999256545" ID="ID_891492271" MODIFIED="1514999259677" TEXT="User scan">
<node COLOR="#111111" CREATED="1514999352300" ID="ID_1201499721" MODIFIED="1514999525671" TEXT="Switch is held down to move highlighter"/>
<node COLOR="#111111" CREATED="1514999369043" ID="ID_1157456700" MODIFIED="1514999373607" TEXT="Release to select"/>
</node>
<node COLOR="#111111" CREATED="1514999260200" ID="ID_557843080" MODIFIED="1514999266629" TEXT="Step scan">
<node COLOR="#111111" CREATED="1514999530403" ID="ID_1629375994" MODIFIED="1514999541894" TEXT="Switch pressed repeatedly to move"/>
<node COLOR="#111111" CREATED="1514999557866" ID="ID_380499976" MODIFIED="1514999567853" TEXT="Selection is done by DWELLING">
<node COLOR="#111111" CREATED="1514999377730" ID="ID_467479114" MODIFIED="1514999385486" TEXT="Called DWELL switching"/>
</node>
<node COLOR="#111111" CREATED="1514999582882" ID="ID_355822452" MODIFIED="1514999593500" TEXT="Suitable for learning disability"/>
</node>
</node>
<node COLOR="#990000" CREATED="1514999703593" ID="ID_1419612395" MODIFIED="1514999706286" TEXT="Considerations">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1514999707466" ID="ID_1534806843" MODIFIED="1514999717525" TEXT="Size of items in selection set"/>
<node COLOR="#111111" CREATED="1514999720177" ID="ID_644127742" MODIFIED="1515062354102" TEXT="Item spacing / colour"/>
<node COLOR="#111111" CREATED="1514999727056" ID="ID_1725953916" MODIFIED="1514999733076" TEXT="Speed of movement"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1514928527189" ID="ID_1699270230" MODIFIED="1514930875678" POSITION="right" TEXT="Mouse alternatives">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1514929215947" ID="ID_1582135296" MODIFIED="1514930875680" TEXT="Trackballs">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1514929219508" ID="ID_1345414696" MODIFIED="1514930875681" TEXT="Joysticks">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1514929224404" ID="ID_1194441311" MODIFIED="1514930875683" TEXT="Touch pads/screens">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1514929236322" ID="ID_418497594" MODIFIED="1514930875684" TEXT="Head mouse">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
</node>
<node COLOR="#0033ff" CREATED="1514928512093" ID="ID_1996887425" MODIFIED="1514930872362" POSITION="right" TEXT="Keyboard Alternatives">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1514929057108" ID="ID_1339632903" MODIFIED="1514930872363" TEXT="Layout">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514929026084" ID="ID_1776385862" MODIFIED="1514930872364" TEXT="Qwerty">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514929029973" ID="ID_318844959" MODIFIED="1514930872365" TEXT="Alphabetic">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514929036740" ID="ID_605985426" MODIFIED="1514930872365" TEXT="Dvorak - frequency of use">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514929072842" ID="ID_1184681007" MODIFIED="1514930872367" TEXT="Specialised">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1514929076066" ID="ID_551667208" MODIFIED="1514930872368" TEXT="MS Natural Keyboard">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514929087970" ID="ID_1017126731" MODIFIED="1514930872368" TEXT="Mini">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514929094297" ID="ID_1062569688" MODIFIED="1514930872370" TEXT="Expanded">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514929163126" ID="ID_1913738495" MODIFIED="1514930872371" TEXT="Wireless">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1514929201556" ID="ID_1659204870" MODIFIED="1514930872372" TEXT="10 key less">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1514929190453" ID="ID_1980910626" MODIFIED="1514930872374" TEXT="Keyboard guards">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
</node>
</node>
</map>
