<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node BACKGROUND_COLOR="#00ffff" COLOR="#000000" CREATED="1494450706971" ID="ID_857628863" MODIFIED="1494686233793" STYLE="fork">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p style="text-align: center">
      Speech
    </p>
    <p style="text-align: center">
      Production
    </p>
  </body>
</html>
</richcontent>
<edge COLOR="#808080" STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="20"/>
<hook NAME="accessories/plugins/AutomaticLayout.properties"/>
<node COLOR="#0033ff" CREATED="1494667127342" ID="ID_1361523699" MODIFIED="1494667191092" POSITION="right">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      <img src="03. Speech Production_9047120570771300919.jpeg" height="400" width="500" border="2" />
    </p>
  </body>
</html>
</richcontent>
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1494667201695" ID="ID_298149899" MODIFIED="1494667209084" TEXT="SPEECH CHAIN">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
</node>
<node COLOR="#0033ff" CREATED="1494667244846" ID="ID_1285532367" MODIFIED="1494667742408" POSITION="right" TEXT="How does speech generation affects the speech signal created  and propagated and how the signal&apos;s components aid understanding ?">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#0033ff" CREATED="1494667715439" ID="ID_1034990260" MODIFIED="1494685318203" POSITION="right">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p style="text-align: center">
      Speech
    </p>
    <p style="text-align: center">
      Apparatus
    </p>
  </body>
</html>
</richcontent>
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1494667726463" ID="ID_40365966" MODIFIED="1494667927707" TEXT="How does the vocal tract produce speech?  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494667866538" ID="ID_1796992026" MODIFIED="1494668578348">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      <img src="03. Speech Production_5289560160984908304.jpeg" height="250" width="250" border="2" />
    </p>
  </body>
</html></richcontent>
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1494668539599" ID="ID_200099467" MODIFIED="1494668559501" TEXT="Lung power affects volume of sound  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494668587245" ID="ID_1535679347" MODIFIED="1494668609960" TEXT="Variation often is the boundary between syllables">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1494668708315" ID="ID_1755832892" MODIFIED="1494668746679" TEXT="Vocal cord muscle tension causes vibration at different frequencies   ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1494668620126" ID="ID_1952749384" MODIFIED="1494668753668" TEXT="Glottis, tongue, palate and nose cavity are all used to produce sounds    ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1494668923935" ID="ID_1563624013" MODIFIED="1494669085235" TEXT="The vocal tract can be modelled as two tubes   ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494668912222" ID="ID_1650454305" MODIFIED="1494669077398" TEXT="Two Tube Model">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494669051344" ID="ID_375784884" MODIFIED="1494669079268" TEXT="Tubes with area and length">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494669009944" ID="ID_1990806698" MODIFIED="1494669036630">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      <img src="03. Speech Production_169275968729705151.jpeg" height="100" width="150" />
    </p>
  </body>
</html></richcontent>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1494667796235" ID="ID_120886098" MODIFIED="1494686124188" POSITION="right">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p style="text-align: center">
      Speech
    </p>
    <p style="text-align: center">
      Structure
    </p>
  </body>
</html>
</richcontent>
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1494681376505" ID="ID_33028759" MODIFIED="1494681381475" TEXT="Phones">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494681454057" ID="ID_794171941" MODIFIED="1494681485699" TEXT="Smallest discrete segment of sound in a stream of speech">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1494681382279" ID="ID_947141978" MODIFIED="1494681390194" TEXT="Phonemes">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494682781641" ID="ID_298856570" MODIFIED="1494682805983" TEXT="Smallest structural unit of speech">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494681511975" ID="ID_1796771335" MODIFIED="1494682808558" TEXT="Joined together to create words">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1494681495161" ID="ID_38672418" MODIFIED="1494681511475" TEXT="Language specific building blocks of speech">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494681840505" ID="ID_1429305484" MODIFIED="1494681920051" TEXT="Smallest phonetic unit capable of conveying a distinction of meaning">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494682615258" ID="ID_121358113" MODIFIED="1494682617490" TEXT="Classes">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494682703035" ID="ID_1493534842" MODIFIED="1494682759830">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      <img src="03. Speech Production_1115297362348595127.jpeg" height="130" width="200" border="2" />
    </p>
  </body>
</html>
</richcontent>
</node>
</node>
<node COLOR="#990000" CREATED="1494683791944" ID="ID_770241315" MODIFIED="1494683836765" TEXT="Allophones">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494683596792" ID="ID_1494704569" MODIFIED="1494683808908" TEXT="Alternative phone pairs">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1494683837944" ID="ID_1052163007" MODIFIED="1494683868079" TEXT="Allow two alternative pronunciations of a phoneme"/>
<node COLOR="#111111" CREATED="1494683616344" ID="ID_1168960997" MODIFIED="1494683755363" TEXT="s/k/ill &amp; /k/it">
<node COLOR="#111111" CREATED="1494683776551" ID="ID_1513439725" MODIFIED="1494683787810" TEXT="But could be interchanged without affecting meaning"/>
<node COLOR="#111111" CREATED="1494683765862" ID="ID_1076288233" MODIFIED="1494683775970" TEXT="Two different phones"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1494683895065" ID="ID_1447084584" MODIFIED="1494683898722" TEXT="Syllables">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494683901992" ID="ID_885997253" MODIFIED="1494683923058" TEXT="Single or clustered phonemes">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494683927703" ID="ID_441089488" MODIFIED="1494683941330" TEXT="Generally three part">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494683944648" ID="ID_1642164115" MODIFIED="1494683948001" TEXT="Initial">
<node COLOR="#111111" CREATED="1494684036424" ID="ID_373241440" MODIFIED="1494684038434" TEXT="Optional"/>
</node>
<node COLOR="#111111" CREATED="1494683948294" ID="ID_1329572701" MODIFIED="1494683955394" TEXT="Nucleus">
<node COLOR="#111111" CREATED="1494684022760" ID="ID_1329613537" MODIFIED="1494684034002" TEXT="Usually a vowel">
<node COLOR="#111111" CREATED="1494684089910" ID="ID_966967750" MODIFIED="1494684103170" TEXT="Open vocal tract"/>
</node>
</node>
<node COLOR="#111111" CREATED="1494683955880" ID="ID_1084715837" MODIFIED="1494683960706" TEXT="Final">
<node COLOR="#111111" CREATED="1494684040409" ID="ID_508974320" MODIFIED="1494684046450" TEXT="Optional"/>
</node>
<node COLOR="#111111" CREATED="1494683978009" ID="ID_1983368735" MODIFIED="1494684057090" TEXT="If all present">
<node COLOR="#111111" CREATED="1494683994136" ID="ID_928316180" MODIFIED="1494684001650" TEXT="Typically consonant">
<node COLOR="#111111" CREATED="1494684115000" ID="ID_1457772447" MODIFIED="1494684126034" TEXT="Constricted tract"/>
</node>
</node>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1487788823048" ID="ID_1745513436" MODIFIED="1494685330445" POSITION="left">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p style="text-align: center">
      Speech
    </p>
    <p style="text-align: center">
      Characteristics
    </p>
  </body>
</html>
</richcontent>
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1494669140460" ID="ID_1810583819" MODIFIED="1494680353060" TEXT="Volume or amplitude">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494680354634" ID="ID_821367909" MODIFIED="1494680366259" TEXT="Speaker personality">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494680367064" ID="ID_256581916" MODIFIED="1494680374707" TEXT="Speaker mood">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494680375465" ID="ID_62783576" MODIFIED="1494680379860" TEXT="Environmental noise">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494680380570" ID="ID_548407121" MODIFIED="1494680391891" TEXT="Inflection">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1487788823048" ID="ID_1270918918" MODIFIED="1494669164072" TEXT="Frequency distribution">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1494680418539" ID="ID_346765468" MODIFIED="1494680428094" TEXT="Temporal distribution">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494680530058" ID="ID_1913796553" MODIFIED="1494680567715" TEXT="Speed of speech limited by mechanics of vocal system">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494680621802" ID="ID_359500230" MODIFIED="1494680639811" TEXT="Articulation is the formation of the word">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494680570407" ID="ID_380818149" MODIFIED="1494680666019" TEXT="Talking faster reduces the gaps but not articulation speed">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494680670218" ID="ID_1757178962" MODIFIED="1494680686292" TEXT="English speakers 120-150 wpm">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1494669120510" ID="ID_1247769706" MODIFIED="1494669173047" TEXT="Pitch rate">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1494669174107" ID="ID_1454503984" MODIFIED="1494669179880" TEXT="Syllabic rate">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1494669189437" ID="ID_1825648227" MODIFIED="1494669476728" TEXT="Differences">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494669478861" ID="ID_931804079" MODIFIED="1494669485829" TEXT="Languages">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494669208206" ID="ID_1961970548" MODIFIED="1494669215687" TEXT="Accents">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494669216256" ID="ID_1636737416" MODIFIED="1494669223303" TEXT="Tempo">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494669224061" ID="ID_1212793793" MODIFIED="1494669227223" TEXT="Individuals">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494669234763" ID="ID_458982481" MODIFIED="1494669247923" TEXT="Emotions">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1494680803291" ID="ID_722119006" MODIFIED="1494680805683" TEXT="Types">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494680806714" ID="ID_544499020" MODIFIED="1494680810467" TEXT="Shouting">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494680817529" ID="ID_1009764444" MODIFIED="1494680823907" TEXT="Lombard Effect"/>
<node COLOR="#111111" CREATED="1494680839210" ID="ID_30208251" MODIFIED="1494680868403" TEXT="Involuntary tendency for speakers to increase vocal effort when in noisy environments"/>
<node COLOR="#111111" CREATED="1494680882649" ID="ID_188679668" MODIFIED="1494680917907" TEXT="Includes changes in pitch, rate, and syllable duration"/>
</node>
<node COLOR="#990000" CREATED="1494680811207" ID="ID_876786058" MODIFIED="1494680813874" TEXT="Whispering">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494681151674" ID="ID_998987970" MODIFIED="1494681169491" TEXT="Not suitable for noisy environments"/>
<node COLOR="#111111" CREATED="1494681172184" ID="ID_1963623904" MODIFIED="1494681206163" TEXT="All phonemes are unvoiced or unphonated"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1494685379476" ID="ID_1258989595" MODIFIED="1494685413149" POSITION="left">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p style="text-align: center">
      Speech
    </p>
    <p style="text-align: center">
      Classification
    </p>
  </body>
</html>
</richcontent>
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1494685420710" ID="ID_651203770" MODIFIED="1494685429520" TEXT="Pitch Contour">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494685432117" ID="ID_1748813989" MODIFIED="1494685446016" TEXT="Fundamental vocal frequency variation with time">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494685454852" ID="ID_405892734" MODIFIED="1494685482200" TEXT="The perceived frequency">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494685469445" ID="ID_1016743994" MODIFIED="1494685480386" TEXT="May not be present in spectrogram!"/>
</node>
<node COLOR="#990000" CREATED="1494685447509" ID="ID_260018863" MODIFIED="1494685450209" TEXT="denote f0">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1494685489830" ID="ID_992528456" MODIFIED="1494685492978" TEXT="Formants">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494685493909" ID="ID_796694392" MODIFIED="1494685504161" TEXT="Resonant frequencies of the vocal tract">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494685506837" ID="ID_1623788093" MODIFIED="1494685518193" TEXT="Appear in spectrum as distinct peaks">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494685520772" ID="ID_550095978" MODIFIED="1494685540545" TEXT="Counted from lowest frequency upwards">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494685546069" ID="ID_598764875" MODIFIED="1494685551895" TEXT="F1">
<node COLOR="#111111" CREATED="1494685561589" ID="ID_1355803318" MODIFIED="1494685566720" TEXT="Most of the speech power"/>
</node>
<node COLOR="#111111" CREATED="1494685541542" ID="ID_861280389" MODIFIED="1494685545489" TEXT="F2">
<node COLOR="#111111" CREATED="1494685568421" ID="ID_1442009300" MODIFIED="1494685577506" TEXT="For intelligibility"/>
</node>
<node COLOR="#111111" CREATED="1494685547765" ID="ID_566512013" MODIFIED="1494685550854" TEXT="F3">
<node COLOR="#111111" CREATED="1494685568421" ID="ID_1818660342" MODIFIED="1494685577506" TEXT="For intelligibility"/>
</node>
</node>
<node COLOR="#990000" CREATED="1494685595191" ID="ID_1263783470" MODIFIED="1494685625951">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      <img src="03. Speech Production_2585034782875121831.jpeg" height="200" width="250" border="2" />
    </p>
  </body>
</html>
</richcontent>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494685628948" ID="ID_146389709" MODIFIED="1494685639825" TEXT="THREE FORMANT PEAKS"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1494684228537" ID="ID_1884994503" MODIFIED="1494685695509" POSITION="left">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p style="text-align: center">
      Speech
    </p>
    <p style="text-align: center">
      Articulation
    </p>
  </body>
</html></richcontent>
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1494685126852" ID="ID_1488677940" MODIFIED="1494685748304" TEXT="How does the vocal tract influence the sound produced  ?   ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1494685696518" ID="ID_255220655" MODIFIED="1494685740320" TEXT="Speech sounds are defined by place or method of articulation in the vocal tract    ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1494686047029" ID="ID_1298477053" MODIFIED="1494686092536" TEXT="There is no one-to-one mapping between format frequency and place of articulation      ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#00b439" CREATED="1494685794629" ID="ID_378601670" MODIFIED="1494685802618" TEXT="Affricative">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494685766799" ID="ID_1782234920" MODIFIED="1494685817729" TEXT="Turbulent airflow fricative following an initial stop">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494685766802" ID="ID_122258445" MODIFIED="1494685822729" TEXT="E.g. /ch/ in &#x2018;chip&#x2019;.">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1494685826516" ID="ID_113284843" MODIFIED="1494685871222" TEXT="Fricative">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494685766808" ID="ID_1167470226" MODIFIED="1494685922754" TEXT="Very turbulent airflow due to a near closure of tract">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494685766811" ID="ID_345544302" MODIFIED="1494685928785" TEXT=" E.g. /sh/ i &#x2018;ship&#x2019;.">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1494685844532" ID="ID_1225079880" MODIFIED="1494685862961" TEXT="Dipthong">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494685766804" ID="ID_952237551" MODIFIED="1494685896993" TEXT="Two-part sound consisting of a vowel followed by glide">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494685766806" ID="ID_575832617" MODIFIED="1494685907456" TEXT="E.g. /i//n/ in &#x2018;fine&#x2019;.">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1494685832820" ID="ID_163771454" MODIFIED="1494685871223" TEXT="Glide">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494685766813" ID="ID_1338913689" MODIFIED="1494685948144" TEXT="Vowel-like consonant spoken with almost unconstricted tract">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494685766814" ID="ID_970051315" MODIFIED="1494685961073" TEXT="E.g. /y/ in &#x2018;yacht&#x2019;.">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1494685838087" ID="ID_616359083" MODIFIED="1494685871224" TEXT="Nasal">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494685766818" ID="ID_1771002289" MODIFIED="1494685992529" TEXT="Consonant spoken with vellum lowered, so sound goes through nasal cavity">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494685766820" ID="ID_509771888" MODIFIED="1494685969809" TEXT="E.g. /m/ in &#x2018;man&#x2019;.">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1494685840355" ID="ID_109910800" MODIFIED="1494685871225" TEXT="Stop or Plosive">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494685766823" ID="ID_1272894263" MODIFIED="1494686019167" TEXT="Explosive release of air upon rapid removal of tract closure">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494685766825" ID="ID_833075006" MODIFIED="1494686026865" TEXT="E.g. /p/ in &#x2018;pop&#x2019;">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
</node>
</node>
</map>
