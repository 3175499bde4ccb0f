<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node BACKGROUND_COLOR="#33ffff" COLOR="#000000" CREATED="1413822146922" ID="ID_1856095889" MODIFIED="1719345425135">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p style="text-align: center">
      Cognition &amp; Cognitive
    </p>
    <p style="text-align: center">
      Frameworks
    </p>
  </body>
</html></richcontent>
<edge COLOR="#000000" WIDTH="8"/>
<font NAME="Rockwell" SIZE="20"/>
<hook NAME="accessories/plugins/AutomaticLayout.properties"/>
<node COLOR="#0033ff" CREATED="1413881528724" ID="ID_26850867" MODIFIED="1719345425135" POSITION="right" TEXT="Definitions">
<edge COLOR="#0033ff" STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="Rockwell" SIZE="18"/>
<node COLOR="#00b439" CREATED="1413834885911" ID="ID_1438874117" MODIFIED="1719345425136" TEXT="Cognition is what goes on in our heads when we carry out everyday activities    ">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#00b439" CREATED="1413843540778" ID="ID_139668897" MODIFIED="1719345425136" TEXT="Users develop understanding through learning and using a system    ">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1413838483444" ID="ID_488544402" MODIFIED="1719345425136" TEXT="It is how users become familiar with a system    ">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1413838897153" ID="ID_736475075" MODIFIED="1719345425139">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    Frameworks refer to the interpretive system through which individuals process information and make sense of their experiences (Weick, 2001)
  </body>
</html></richcontent>
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
<icon BUILTIN="idea"/>
</node>
</node>
<node COLOR="#0033ff" CREATED="1719345377737" ID="ID_970550040" MODIFIED="1719345425141" POSITION="left" TEXT="Cognitive Processes">
<edge COLOR="#0033ff" STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="Rockwell" SIZE="18"/>
<node COLOR="#00b439" CREATED="1413882761675" ID="ID_1497311352" MODIFIED="1719345425141" TEXT="Perception">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
<node COLOR="#990000" CREATED="1413882915770" ID="ID_1250367689" MODIFIED="1719345425141" TEXT="Fundamental to interacting with computers">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1413882930778" ID="ID_720956668" MODIFIED="1719345425141" TEXT="Involves all the senses">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<node COLOR="#111111" CREATED="1413882940713" ID="ID_1055996316" MODIFIED="1719345425141" TEXT="Mostly visual perception historically">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1413882962074" ID="ID_1045812" MODIFIED="1719345425141" TEXT="Depends on ability/disability">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1413882979530" ID="ID_1223681990" MODIFIED="1719345425142">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p style="text-align: center">
      Visual Perception
    </p>
    <p style="text-align: center">
      Theories
    </p>
  </body>
</html></richcontent>
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<node COLOR="#111111" CREATED="1413882992137" ID="ID_39702189" MODIFIED="1719345425142" TEXT="Constructive Perception">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413883035130" ID="ID_811778103" MODIFIED="1719345425142">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Anything perceived on a screen is also a result
    </p>
    <p>
      &#160;of our prior knowledge and expectations
    </p>
  </body>
</html></richcontent>
<edge COLOR="#111111" WIDTH="thin"/>
<node COLOR="#111111" CREATED="1413886721936" ID="ID_1242416716" MODIFIED="1719345425142" TEXT="Prior knowledge allows one to make sense of the picture">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413886777199" ID="ID_1585460769" MODIFIED="1719345425142" TEXT="Uses context to interpret and understand what we perceive">
<edge COLOR="#111111" WIDTH="thin"/>
<node BACKGROUND_COLOR="#33ffff" COLOR="#111111" CREATED="1413883453510" ID="ID_1267652335" MODIFIED="1719349433497">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <img src="Cognition_8076601226140627915.jpeg" />
  </body>
</html></richcontent>
<edge COLOR="#000000" WIDTH="8"/>
<font NAME="Rockwell" SIZE="12"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413886827199" ID="ID_886129763" MODIFIED="1719345425143">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p style="text-align: center">
      Gestalt Laws of
    </p>
    <p style="text-align: center">
      Perceptual Organisation
    </p>
  </body>
</html></richcontent>
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<icon BUILTIN="idea"/>
<node COLOR="#111111" CREATED="1413886849313" ID="ID_1311385124" MODIFIED="1719345425143" TEXT="Proximity">
<edge COLOR="#111111" WIDTH="thin"/>
<node COLOR="#111111" CREATED="1413887098076" ID="ID_639636675" MODIFIED="1719345425143" TEXT="Elements appear as groups rather than random clusters">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413886882222" ID="ID_1553428954" MODIFIED="1719345425143" TEXT="Similarity">
<edge COLOR="#111111" WIDTH="thin"/>
<node COLOR="#111111" CREATED="1413887199629" ID="ID_1576262566" MODIFIED="1719345425143" TEXT="Elements of the same shape or color are seen as belonging together">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413886887166" ID="ID_1434426383" MODIFIED="1719345425143" TEXT="Closure">
<edge COLOR="#111111" WIDTH="thin"/>
<node COLOR="#111111" CREATED="1413887291659" ID="ID_1745898351" MODIFIED="1719345425143" TEXT="Missing parts of a picture are filled in to make a whole">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413886890654" ID="ID_627334061" MODIFIED="1719345425143" TEXT="Continuity">
<edge COLOR="#111111" WIDTH="thin"/>
<node COLOR="#111111" CREATED="1413887487818" ID="ID_203067163" MODIFIED="1719345425143" TEXT="Lines are seen to follow the smoothest path">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413886896030" ID="ID_212767321" MODIFIED="1719345425144" TEXT="Symmetry">
<edge COLOR="#111111" WIDTH="thin"/>
<node COLOR="#111111" CREATED="1413887554649" ID="ID_1728817605" MODIFIED="1719345425144" TEXT="Regions bounded by symmetrical borders are seen as coherent">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
</node>
</node>
<node COLOR="#111111" CREATED="1413883003753" ID="ID_1430085527" MODIFIED="1719345425144" TEXT="Ecological Perception">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413887656760" ID="ID_947920162" MODIFIED="1719345425144" TEXT="Argues that visual perception is a direct process">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413887887559" ID="ID_1016848002" MODIFIED="1719345425144" TEXT="Perceptual affordance">
<edge COLOR="#111111" WIDTH="thin"/>
<icon BUILTIN="idea"/>
<node COLOR="#111111" CREATED="1413887897047" ID="ID_1137946484" MODIFIED="1719345425144" TEXT="The quality of an object suggests how it may be used">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413888140581" ID="ID_1308803256" MODIFIED="1719345425144" TEXT="Something is thus perceptually obvious">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413888163925" ID="ID_1934526974" MODIFIED="1719345425144" TEXT="High perceptual affordance is intuitively easy to interact with">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413888208789" ID="ID_1802134618" MODIFIED="1719345425144" TEXT="Examples">
<edge COLOR="#111111" WIDTH="thin"/>
<node COLOR="#111111" CREATED="1413888212709" ID="ID_382183539" MODIFIED="1719345425144" TEXT="Door handles">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413888222341" ID="ID_1774990760" MODIFIED="1719345425144" TEXT="Scroll bars">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413888238100" ID="ID_1750133501" MODIFIED="1719345425144" TEXT="Shoes are shaped like feet">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
</node>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1413882765291" ID="ID_1325237052" MODIFIED="1719345425145" TEXT="Attention">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
<node COLOR="#990000" CREATED="1413888393475" ID="ID_480590938" MODIFIED="1719345425145" TEXT="Basic Forms">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<node COLOR="#111111" CREATED="1413893167265" ID="ID_1064422288" MODIFIED="1719345425145" TEXT="Focused attention">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413893222225" ID="ID_1271032990" MODIFIED="1719345425145" TEXT="One stimulus amongst many">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413893187394" ID="ID_237770330" MODIFIED="1719345425145" TEXT="Divided attention">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413893237856" ID="ID_577760012" MODIFIED="1719345425145" TEXT="Multiple stimuli e.g. driving">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413893202529" ID="ID_1807641224" MODIFIED="1719345425145" TEXT="Voluntary">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413893252177" ID="ID_1188673831" MODIFIED="1719345425145" TEXT="Conscious effort to focus">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413893210545" ID="ID_439775020" MODIFIED="1719345425145" TEXT="Involuntary">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413893268417" ID="ID_1657813573" MODIFIED="1719345425145" TEXT="Something takes/grabs attention">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
</node>
<node COLOR="#990000" CREATED="1413888414708" ID="ID_561013824" MODIFIED="1719345425146" TEXT="Multi-tasking">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<node COLOR="#111111" CREATED="1413893615454" ID="ID_923169270" MODIFIED="1719345425146" TEXT="The ability to perform more than one task at a time">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1413893629950" ID="ID_1672513400" MODIFIED="1719345425146" TEXT="Proven to be inefficient in people">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1413888420771" ID="ID_1024246358" MODIFIED="1719345425146" TEXT="Automatic Processing">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<node COLOR="#111111" CREATED="1413893749294" ID="ID_439252917" MODIFIED="1719345425146" TEXT="Also called automatic cognitive processes">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413893778397" ID="ID_21527011" MODIFIED="1719345425146" TEXT="Fast">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413893782205" ID="ID_1434562387" MODIFIED="1719345425146" TEXT="Minimal attention reqd.">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413893796653" ID="ID_1855987683" MODIFIED="1719345425146" TEXT="Unavailable to consciousness">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413893666142" ID="ID_1080338573" MODIFIED="1719345425146" TEXT="Activities that require little direct thinking or engagement">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1413893709053" ID="ID_1630177810" MODIFIED="1719345425146" TEXT="Become automatic with practice">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1413893726237" ID="ID_1284368836" MODIFIED="1719345425146" TEXT="Examples">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413893733374" ID="ID_1244852989" MODIFIED="1719345425146" TEXT="Driving a car">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413893736957" ID="ID_1709107853" MODIFIED="1719345425146" TEXT="Touch typing">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413893861676" ID="ID_1345547829" MODIFIED="1719345425147" TEXT="Stroop Effect">
<edge COLOR="#111111" WIDTH="thin"/>
<node COLOR="#111111" CREATED="1413893868348" ID="ID_1730046288" MODIFIED="1719345425147">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      <font color="#ff3333">GREEN</font>
    </p>
  </body>
</html></richcontent>
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413893871277" ID="ID_605501961" MODIFIED="1719345425147">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      <font color="#3333ff">RED</font>
    </p>
  </body>
</html></richcontent>
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413893990619" ID="ID_1329927114" MODIFIED="1719345425147">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Conflict between automatic reading
    </p>
    <p>
      process and automatic visual color
    </p>
    <p>
      recognition process
    </p>
  </body>
</html></richcontent>
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
</node>
</node>
<node COLOR="#990000" CREATED="1413888429427" ID="ID_1795476453" MODIFIED="1719345425147" TEXT="Techniques to guide attention">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<icon BUILTIN="idea"/>
<node COLOR="#111111" CREATED="1413893371280" ID="ID_1789599033" MODIFIED="1719345425147" TEXT="Users can be helped to focus by interface structure">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413893395759" ID="ID_1665815073" MODIFIED="1719345425147" TEXT="Ease of navigation">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413893469488" ID="ID_665234374" MODIFIED="1719345425147" TEXT="Structure and layout of information">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413893497743" ID="ID_593538566" MODIFIED="1719345425147" TEXT="Grouping into categories">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413893508879" ID="ID_1854641853" MODIFIED="1719345425147" TEXT="Spacing between groups">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413893414576" ID="ID_1019738665" MODIFIED="1719345425147" TEXT="Perceptual grouping also help information to be perceived">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1413882774779" ID="ID_1301307987" MODIFIED="1719345425147" TEXT="Learning">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
<node COLOR="#990000" CREATED="1413907426701" ID="ID_563034154" MODIFIED="1719345425147" TEXT="Behaviourist">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1413907450573" ID="ID_1669798138" MODIFIED="1719345425147" TEXT="Cognitivist">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1413907475485" ID="ID_1919583683" MODIFIED="1719345425147" TEXT="Constructivist">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<node COLOR="#111111" CREATED="1413907578252" ID="ID_1713967688" MODIFIED="1719345425147" TEXT="Learners construct knowledge">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1413907591355" ID="ID_244517514" MODIFIED="1719345425147" TEXT="Learning is an active process">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1413907601116" ID="ID_663346684" MODIFIED="1719345425147" TEXT="Learning is a social activity">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1413907622667" ID="ID_1551407632" MODIFIED="1719345425147" TEXT="Humanist">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1413882768235" ID="ID_516893877" MODIFIED="1719345425148" TEXT="Memory">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
<node COLOR="#990000" CREATED="1413902186770" ID="ID_848641797" MODIFIED="1719345425148" TEXT="Memory is involved in all cognitive processes">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<icon BUILTIN="messagebox_warning"/>
</node>
<node COLOR="#990000" CREATED="1413902105699" ID="ID_1973129355" MODIFIED="1719345425148" TEXT="Categories">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<node COLOR="#111111" CREATED="1413902335361" ID="ID_239076838" MODIFIED="1719345425148" TEXT="Sensory memory">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413902369153" ID="ID_834963103" MODIFIED="1719345425148" TEXT="Snapshot of surroundings">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413902381616" ID="ID_1702212285" MODIFIED="1719345425148" TEXT="Very short period of time">
<edge COLOR="#111111" WIDTH="thin"/>
<node COLOR="#111111" CREATED="1413902423760" ID="ID_688211811" MODIFIED="1719345425148" TEXT="Less than 1 second">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413902393120" ID="ID_643783940" MODIFIED="1719345425148" TEXT="Buffer for stimuli received">
<edge COLOR="#111111" WIDTH="thin"/>
<node COLOR="#111111" CREATED="1413902412416" ID="ID_1186499384" MODIFIED="1719345425148" TEXT="Prevents overload">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
</node>
<node COLOR="#111111" CREATED="1413902359312" ID="ID_639539228" MODIFIED="1719345425149" TEXT="Short-term memory">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413902507872" ID="ID_1800324015" MODIFIED="1719345425149" TEXT="Information of the present">
<edge COLOR="#111111" WIDTH="thin"/>
<node COLOR="#111111" CREATED="1421421607978" ID="ID_1938312565" MODIFIED="1719345425149" TEXT="18-20 seconds">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413902521695" ID="ID_1027757503" MODIFIED="1719345425149" TEXT="Retained and retrieved without effort">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413902658638" ID="ID_88818249" MODIFIED="1719345425149" TEXT="Information is limited">
<edge COLOR="#111111" WIDTH="thin"/>
<node COLOR="#111111" CREATED="1413906064342" ID="ID_1030878460" MODIFIED="1719345425149" TEXT="Millers chunking theory">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413906070966" ID="ID_948988631" MODIFIED="1719345425149" TEXT="(7 items +- 2)">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
</node>
<node COLOR="#111111" CREATED="1413902341921" ID="ID_1290799285" MODIFIED="1719345425149" TEXT="Long-term memory">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413906091015" ID="ID_957439177" MODIFIED="1719345425216" TEXT="Information of the past">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1413906101878" ID="ID_1015742408" MODIFIED="1719345425216" TEXT="Amount of information is unlimited">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
<node COLOR="#111111" CREATED="1421421581953" ID="ID_945746657" MODIFIED="1719345425216" TEXT="Time for recall is unlimited">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
</node>
<node COLOR="#990000" CREATED="1413902122451" ID="ID_1500609046" MODIFIED="1719345425218" TEXT="Recognition vs. Recall">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<node COLOR="#111111" CREATED="1413906191525" ID="ID_1289032158" MODIFIED="1719345425218" TEXT="We can recognise things better than we can recall them">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1413906213606" ID="ID_1783331733" MODIFIED="1719345425218" TEXT="Knowledge in the world vs &#x9;&#x9;&#x9;&#x9;knowledge in the head">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1413902129682" ID="ID_937318414" MODIFIED="1719345425219" TEXT="Techniques to guide memory">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<icon BUILTIN="idea"/>
<node COLOR="#111111" CREATED="1413906257941" ID="ID_1507339200" MODIFIED="1719345425219" TEXT="Acronyms">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413906267333" ID="ID_153936331" MODIFIED="1719345425219" TEXT="First letter of each word">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413906283653" ID="ID_200346227" MODIFIED="1719345425221" TEXT="Acrostics">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1413907377549" ID="ID_1691940866" MODIFIED="1719345425221" TEXT="Making sentences from letters of a word">
<edge COLOR="#111111" WIDTH="thin"/>
</node>
</node>
<node COLOR="#111111" CREATED="1413907402894" ID="ID_927169518" MODIFIED="1719345425223" TEXT="Rhymes">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1421421617474" ID="ID_170598111" MODIFIED="1719345425223" TEXT="Mnemonics">
<edge COLOR="#111111" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1413838972443" ID="ID_1386469695" MODIFIED="1719345425223" POSITION="right" TEXT="Mental Models">
<edge COLOR="#0033ff" STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="Rockwell" SIZE="18"/>
<node COLOR="#00b439" CREATED="1413844059495" ID="ID_1008823692" MODIFIED="1719345425223" TEXT="Users make inferences using mental models   ">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1413844161566" ID="ID_854697756" MODIFIED="1719345425226" TEXT="&quot;Internal constructions of some aspect of the&#xa; external world enabling predictions to be made&#x201d;  ">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1413844259349" ID="ID_663170965" MODIFIED="1719345425227" TEXT="Models can be erroneous/wrong  ">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
<node COLOR="#990000" CREATED="1413881352220" ID="ID_122208025" MODIFIED="1719345425227" TEXT="Eg. pressing a elevator button multiple times">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1413843888264" ID="ID_1238525052" MODIFIED="1719345425227" TEXT="THE REFLEXIVE LOOP">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
<icon BUILTIN="idea"/>
<node COLOR="#990000" CREATED="1413843655066" ID="ID_1973333769" MODIFIED="1719345425227" TEXT="Observable data and experiences">
<edge COLOR="#990000" WIDTH="1"/>
<linktarget COLOR="#ff3333" DESTINATION="ID_1973333769" ENDARROW="Default" ENDINCLINATION="196;0;" ID="Arrow_ID_977943011" SOURCE="ID_1268779542" STARTARROW="None" STARTINCLINATION="196;0;"/>
<font NAME="Rockwell" SIZE="14"/>
<icon BUILTIN="full-1"/>
</node>
<node COLOR="#990000" CREATED="1413843696442" ID="ID_1675574573" MODIFIED="1719345425227" TEXT="Data perceived from observations">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<icon BUILTIN="full-2"/>
</node>
<node COLOR="#990000" CREATED="1413843714665" ID="ID_332332899" MODIFIED="1719345425227" TEXT="Cultural and personal meaning added to data">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<icon BUILTIN="full-3"/>
</node>
<node COLOR="#990000" CREATED="1413843731945" ID="ID_1372420706" MODIFIED="1719345425227" TEXT="Assumptions made about the meanings ">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<icon BUILTIN="full-4"/>
</node>
<node COLOR="#990000" CREATED="1413843750729" ID="ID_690321400" MODIFIED="1719345425228" TEXT="Conclusions drawn">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<icon BUILTIN="full-5"/>
</node>
<node COLOR="#990000" CREATED="1413843761369" ID="ID_832955409" MODIFIED="1719345425228" TEXT="Beliefs adopted">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<icon BUILTIN="full-6"/>
</node>
<node COLOR="#990000" CREATED="1413843767849" ID="ID_919219111" MODIFIED="1719345425228" TEXT="Actions taken based on beliefs">
<edge COLOR="#990000" WIDTH="1"/>
<font NAME="Rockwell" SIZE="14"/>
<icon BUILTIN="full-7"/>
</node>
<node COLOR="#990000" CREATED="1413843930520" ID="ID_1268779542" MODIFIED="1719345425228" TEXT="Beliefs affect data collected">
<edge COLOR="#990000" WIDTH="1"/>
<arrowlink COLOR="#ff3333" DESTINATION="ID_1973333769" ENDARROW="Default" ENDINCLINATION="196;0;" ID="Arrow_ID_977943011" STARTARROW="None" STARTINCLINATION="196;0;"/>
<font NAME="Rockwell" SIZE="14"/>
<icon BUILTIN="full-8"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1413838979035" ID="ID_743709281" MODIFIED="1719345425228" POSITION="right" TEXT="Metaphors">
<edge COLOR="#0033ff" STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="Rockwell" SIZE="18"/>
<node COLOR="#00b439" CREATED="1413882284815" ID="ID_181232935" MODIFIED="1719345425229" TEXT="Figure of speech in which an expression is used to refer to&#xa;something that it does not literally denote in order to suggest  &#xa;a similarity to something known already&#xa;">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1413882566508" ID="ID_355430267" LINK="Flat%20Design%20vs.%20%20Skeuomorphism.mm" MODIFIED="1719345425230" TEXT="See Skeuomorphism and Flat Design">
<edge COLOR="#00b439" STYLE="bezier" WIDTH="thin"/>
<font NAME="Rockwell" SIZE="16"/>
</node>
</node>
</node>
</map>
