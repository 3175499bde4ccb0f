<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node BACKGROUND_COLOR="#00ffff" COLOR="#000000" CREATED="1487789370109" ID="ID_196329177" MODIFIED="1494791378564" STYLE="fork">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p style="text-align: center">
      Human
    </p>
    <p style="text-align: center">
      Auditory
    </p>
    <p style="text-align: center">
      System
    </p>
  </body>
</html></richcontent>
<edge COLOR="#808080" STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="20"/>
<hook NAME="accessories/plugins/AutomaticLayout.properties"/>
<node COLOR="#0033ff" CREATED="1494792785566" ID="ID_1673997864" MODIFIED="1494879805327" POSITION="right">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      <img src="05. Human Auditory System_4948780361290133674.jpeg" border="2" width="300" height="240" />
    </p>
  </body>
</html>
</richcontent>
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
</node>
<node COLOR="#0033ff" CREATED="1494791467710" ID="ID_1196866707" MODIFIED="1494791479347" POSITION="right" TEXT="Process of Hearing">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1494791480385" ID="ID_1981651041" MODIFIED="1494791552332">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      <img src="05. Human Auditory System_453617108214692363.jpeg" height="80" width="650" border="2" />
    </p>
  </body>
</html></richcontent>
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1494791598989" ID="ID_451328302" MODIFIED="1494791615313" TEXT="From sound pressure wave to brain understanding">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494861352283" ID="ID_400176381" MODIFIED="1494861362774" TEXT="Sound to electrical impulses">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494861367664" ID="ID_113748290" MODIFIED="1494861388117" TEXT="Correlations between ears (binaural)">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494861389463" ID="ID_1112498536" MODIFIED="1494861404075" TEXT="Source separation"/>
<node COLOR="#111111" CREATED="1494861404502" ID="ID_1167148061" MODIFIED="1494861409468" TEXT="Localisation"/>
</node>
<node COLOR="#990000" CREATED="1494861413270" ID="ID_755969365" MODIFIED="1494861422930" TEXT="Correlation between senses">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494861424157" ID="ID_461276559" MODIFIED="1494861432842" TEXT="McGurk effect">
<node COLOR="#111111" CREATED="1494862126944" ID="ID_354656475" MODIFIED="1494862141256" TEXT="Visual part of the brain overrides"/>
</node>
<node COLOR="#111111" CREATED="1494861434557" ID="ID_64960723" MODIFIED="1494861449905" TEXT="Smell and taste are correlated too"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1494791615893" ID="ID_1602714469" MODIFIED="1494864188695" TEXT="Involves other brain functions and senses interacting   ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1494791676917" ID="ID_1837507712" MODIFIED="1494864169766" TEXT="There is an uneven distribution of features  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494791695268" ID="ID_997853087" MODIFIED="1494791736057" TEXT="Sound amplitude is perceived logarithmically">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494791745091" ID="ID_835112233" MODIFIED="1494791772240" TEXT="Mismatch between perception and the physical signal">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494792718215" ID="ID_291409501" MODIFIED="1494792756074" TEXT="So we use A-law compression for 8-bit quantisation">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1494792823798" ID="ID_534270440" MODIFIED="1494792829938" POSITION="right" TEXT="The Ear">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1494792855493" ID="ID_1700128674" MODIFIED="1494792859416" TEXT="Outer">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494792918932" ID="ID_5172155" MODIFIED="1494792922865" TEXT="Pinna">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494792923285" ID="ID_40170950" MODIFIED="1494792936120" TEXT="Focuses sound into the auditory canal">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494792945301" ID="ID_699596541" MODIFIED="1494792960249" TEXT="Filter sound based on unique shape">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494792961100" ID="ID_269261026" MODIFIED="1494792979104" TEXT="Ear drum is a barrier to the middle ear">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1494792852749" ID="ID_1284139716" MODIFIED="1494792862505" TEXT="Middle">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494793038765" ID="ID_33799046" MODIFIED="1494793354421" TEXT="Mechanical transformer to convert pressure on the eardrum to pressure on OVAL WINDOW">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#990000" CREATED="1494793362146" ID="ID_684565236" MODIFIED="1494793423790" TEXT="Step-up factor of 30 mostly due to difference in surface area">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494792997988" ID="ID_795359270" MODIFIED="1494793007465" TEXT="Bones called ossicles">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494793007972" ID="ID_352586337" MODIFIED="1494793033123" TEXT="Malleus">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1494793010924" ID="ID_667502206" MODIFIED="1494793034527" TEXT="Incus">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1494793023732" ID="ID_1668758772" MODIFIED="1494793036697" TEXT="Stapes">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1494792850719" ID="ID_1968513271" MODIFIED="1494792852401" TEXT="Inner">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494793440346" ID="ID_1798431595" MODIFIED="1494793445590" TEXT="Cochlea">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494793490634" ID="ID_1402146991" MODIFIED="1494793504582" TEXT="Sound pressure to neural impulses"/>
<node COLOR="#111111" CREATED="1494793462097" ID="ID_1133453229" MODIFIED="1494793739554" TEXT="Hair cells">
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1494793524393" ID="ID_1953699963" MODIFIED="1494793731852" TEXT="Along basilar membrane inside cochlea">
<node COLOR="#111111" CREATED="1494793579513" ID="ID_984931401" MODIFIED="1494793595021" TEXT="Also &apos;cilia&apos;"/>
</node>
<node COLOR="#111111" CREATED="1494793599224" ID="ID_335555913" MODIFIED="1494793621396" TEXT="Bend with vibrations in the basilar membrane">
<node COLOR="#111111" CREATED="1494793778736" ID="ID_900332127" MODIFIED="1494793798004" TEXT="High freq detection = close to oval window"/>
<node COLOR="#111111" CREATED="1494793800328" ID="ID_1869373809" MODIFIED="1494793822908" TEXT="Low freq detection = far end of basilar membrane"/>
</node>
<node COLOR="#111111" CREATED="1494793633399" ID="ID_132961141" MODIFIED="1494793652371" TEXT="Outer hairs">
<node COLOR="#111111" CREATED="1494793657680" ID="ID_910568122" MODIFIED="1494793666652" TEXT="Acoustic preamp"/>
</node>
<node COLOR="#111111" CREATED="1494793669952" ID="ID_662497666" MODIFIED="1494793675964" TEXT="Inner hairs">
<node COLOR="#111111" CREATED="1494793679008" ID="ID_845931547" MODIFIED="1494793759355" TEXT="Sound to neural impulses"/>
</node>
</node>
</node>
<node COLOR="#990000" CREATED="1494793445873" ID="ID_300893333" MODIFIED="1494793461574" TEXT="Semicircular Canals">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494793510497" ID="ID_894374659" MODIFIED="1494793516565" TEXT="Control of balance"/>
</node>
<node COLOR="#990000" CREATED="1494793473785" ID="ID_991000529" MODIFIED="1494793484365" TEXT="Auditory nerve fibres">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494793540665" ID="ID_1118556443" MODIFIED="1494793559028" TEXT="Tuned to different centre freqs."/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1494862166628" ID="ID_1286658681" MODIFIED="1494862169199" POSITION="left" TEXT="Perception">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1494795587053" ID="ID_1046000505" MODIFIED="1494862479846" TEXT="Psychoacoustics is the branch of psychology concerned with perception of sound and its physiological effects. It examines how we perceive sound. Leads to analysis, compression and transformation tricks for speech and audio.">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#00b439" CREATED="1494862178230" ID="ID_13535697" MODIFIED="1494862178230" TEXT="Phase Locking">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494863379806" ID="ID_90966186" MODIFIED="1494863444519" TEXT="Hairs in the basilar membrane have a firing frequency">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494863410180" ID="ID_1433472386" MODIFIED="1494863433049" TEXT="They may not fire every cycle but every 2nd, 4th, 6th etc.">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494863447626" ID="ID_1846252430" MODIFIED="1494863474606" TEXT="The hairs have a recovery period between firings">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1494862178230" ID="ID_1121163164" MODIFIED="1494863731039" TEXT="Temporal Integration">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494863733506" ID="ID_629988322" MODIFIED="1494863781836" TEXT="Tones &gt; 500ms are detected irrespective of duration, complexity or pattern">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494863786759" ID="ID_1375636985" MODIFIED="1494863810555" TEXT="The shorter the tone the higher the intensity required">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1494862178230" ID="ID_1460209408" MODIFIED="1494863859044" TEXT="Masking">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494863836282" ID="ID_963417542" MODIFIED="1494863903615">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      <img src="05. Human Auditory System_5071768698770094726.jpeg" height="220" width="650" border="2" />
    </p>
  </body>
</html></richcontent>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494863860354" ID="ID_798806483" MODIFIED="1494863923475">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      <img src="05. Human Auditory System_8222663235386162212.jpeg" height="220" width="650" border="2" />
    </p>
  </body>
</html></richcontent>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1494862178230" ID="ID_510132090" MODIFIED="1494862178230" TEXT="Precedence">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494863947005" ID="ID_562974107" MODIFIED="1494863956902" TEXT="AKA Haas Effect">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#990000" CREATED="1494863952213" ID="ID_699182807" MODIFIED="1494864017332" TEXT="Ability of brain to deal with multipath delay">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494864109172" ID="ID_1675141525" MODIFIED="1494864128416" TEXT="E.g in a reverberant room"/>
</node>
<node COLOR="#990000" CREATED="1494863994579" ID="ID_1602079238" MODIFIED="1494864011583" TEXT="Multiple versions of sound arrive with delayed arrival times">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494864078102" ID="ID_41885378" MODIFIED="1494864100234" TEXT="Signals &lt; 50ms apart"/>
</node>
<node COLOR="#990000" CREATED="1494864027361" ID="ID_1496628633" MODIFIED="1494864057044" TEXT="Brain hears the first signal but suppresses subsequent versions">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494864061503" ID="ID_1072668467" MODIFIED="1494864071291" TEXT="Even if up to 10dB louder"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1494862178220" ID="ID_916893510" MODIFIED="1494879740157" TEXT="Residue Effect">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1494863218408" ID="ID_702225942" MODIFIED="1494863233420" TEXT="Two tones with f2 &gt; f1">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494863259741" ID="ID_1283624604" MODIFIED="1494863306855" TEXT="We perceive a third tone at f3 = 2f2 - f1">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494879258650" ID="ID_118777456" MODIFIED="1494879262002" TEXT="or">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494863259741" ID="ID_1153076632" MODIFIED="1494879285140" TEXT="We perceive a third tone at f3 = f2 - f1">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494879492507" ID="ID_1284491069" MODIFIED="1494879520227" TEXT="The perceived tone is called the RESIDUE">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#990000" CREATED="1494863240750" ID="ID_633032988" MODIFIED="1494863257865" TEXT="Caused by non-linear processing by auditory system">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1494879652779" ID="ID_598583058" MODIFIED="1494879655267" TEXT="Application">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1494863320137" ID="ID_763591490" MODIFIED="1494879661729" TEXT="Used by musicians to create harmonics">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1494879663529" ID="ID_99674915" MODIFIED="1494879699957" TEXT="Tone induction speakers adds a bass frequency in a small speaker"/>
<node COLOR="#111111" CREATED="1494879836746" ID="ID_1532607110" MODIFIED="1494879868547" TEXT="Sound strengthening when the perceived tone is already present"/>
</node>
<node COLOR="#990000" CREATED="1494879741943" ID="ID_1297487012" MODIFIED="1494879781353">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      <img src="05. Human Auditory System_5148536894169244118.jpeg" height="200" width="400" border="2" />
    </p>
  </body>
</html></richcontent>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
</node>
</map>
