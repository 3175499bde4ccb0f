<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node BACKGROUND_COLOR="#99ffff" COLOR="#3333ff" CREATED="1446138046499" ID="ID_1618420949" MODIFIED="1451649514743" TEXT="Correlation">
<edge COLOR="#3333ff"/>
<font NAME="SansSerif" SIZE="20"/>
<hook NAME="accessories/plugins/AutomaticLayout.properties"/>
<node COLOR="#0033ff" CREATED="1451647125109" ID="ID_1869769895" MODIFIED="1451647127969" POSITION="right" TEXT="Definitions">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node BACKGROUND_COLOR="#ffff00" COLOR="#00b439" CREATED="1446138174369" ID="ID_1140072282" MODIFIED="1451649966564" TEXT="Measures strength and direction of the linear relationship between two variables  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node BACKGROUND_COLOR="#ffff00" COLOR="#00b439" CREATED="1446138111463" ID="ID_690335574" MODIFIED="1451649959256" TEXT="Measures extent to which two variables are related  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
</node>
<node COLOR="#0033ff" CREATED="1451647822255" ID="ID_1295396111" MODIFIED="1451647825451" POSITION="right" TEXT="Concepts">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1446138434544" ID="ID_236307091" MODIFIED="1451647827795" TEXT="Types">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1446138439439" ID="ID_909879369" MODIFIED="1451647827795" TEXT="Bi-variate">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1446138447126" ID="ID_317318968" MODIFIED="1451649949115" TEXT="Correlation between two variables">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1446138454887" ID="ID_1498129146" MODIFIED="1451647827797" TEXT="Partial">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1446138464173" ID="ID_1907578125" MODIFIED="1451647827798" TEXT="Two variables whilst controlling a third">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1451650610860" ID="ID_780740931" MODIFIED="1451650616983" TEXT="Semi-partial">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1446138576680" ID="ID_450508081" MODIFIED="1451647855389" TEXT="Interval &amp; Ratio Data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1446138241371" ID="ID_1761575332" MODIFIED="1451649241950" TEXT="Pearson Correlation">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#990000" CREATED="1446138588966" ID="ID_186616386" MODIFIED="1451647831975" TEXT="Parametric">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1446138713543" ID="ID_107300755" MODIFIED="1451647831976" TEXT="Normal distribution">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1446138611958" ID="ID_1646285456" MODIFIED="1451647849514" TEXT="Ordinal &amp; Ranked Data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1446138258914" ID="ID_1447028912" MODIFIED="1451647829865" TEXT="Spearman Rank Order Correlation">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#990000" CREATED="1446138692016" ID="ID_1778204741" MODIFIED="1451647829865" TEXT="Non-parametric">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1446138721742" ID="ID_398881193" MODIFIED="1451647829866" TEXT="Non-normal distribution">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1451649188981" ID="ID_930006949" MODIFIED="1451649196754" TEXT="Causality">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1451649197972" ID="ID_1006928123" MODIFIED="1451649229775" TEXT="Correlation does not imply causality">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="messagebox_warning"/>
</node>
<node COLOR="#990000" CREATED="1451649267493" ID="ID_1200512952" MODIFIED="1451649293921" TEXT="Correlation coefficients do not imply direction of causality">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1446138809545" ID="ID_742304341" MODIFIED="1451645910460" POSITION="right" TEXT="Assumptions">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1446138754261" ID="ID_1981915674" MODIFIED="1446138770546" TEXT="Variables must be paired">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1446139133485" ID="ID_1264304153" MODIFIED="1446139161281" TEXT="Exclude cases pairwise">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1446138784955" ID="ID_109653159" MODIFIED="1446138842351" TEXT="Observations must be independent ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1446138845975" ID="ID_1005032826" MODIFIED="1446138855468" TEXT="Normality">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1446138867518" ID="ID_473379186" MODIFIED="1446138888322" TEXT="Inspect histograms for variables">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1446138856463" ID="ID_299262174" MODIFIED="1446138861739" TEXT="Normal">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1446138890789" ID="ID_1691896413" MODIFIED="1446138896689" TEXT="Use Pearson"/>
</node>
<node COLOR="#990000" CREATED="1446138862158" ID="ID_1082382704" MODIFIED="1446138908105" TEXT="Non-normal">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1446138898236" ID="ID_107385675" MODIFIED="1446138903890" TEXT="Use Spearman"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1446138919187" ID="ID_1741391820" MODIFIED="1446138924272" TEXT="Linearity">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1446138941186" ID="ID_611572259" MODIFIED="1446138960838" TEXT="Linear relationship">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1446138929706" ID="ID_1020334153" MODIFIED="1446139037472" TEXT="Should see straight line in a scatterplot">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1446138972512" ID="ID_1810369788" MODIFIED="1451679747428" TEXT="Homoscedasticity">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1446138983799" ID="ID_2435406" MODIFIED="1451679749605" TEXT="Variability of variables is similar">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1446138347189" ID="ID_1732735194" MODIFIED="1451679778198" STYLE="fork" TEXT="Done by calculating COVARIANCE">
<edge COLOR="#3333ff" STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1446138386323" ID="ID_380460032" MODIFIED="1446139049902" TEXT="If the variance is similar they are likely to be related ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1446138366628" ID="ID_111026752" MODIFIED="1446139049902" TEXT="How much each score varies from the mean  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1446139018668" ID="ID_1068448100" MODIFIED="1451647167777" TEXT="Classic cigar shape in scatterplot">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1446139252008" ID="ID_681399689" MODIFIED="1451645910462" POSITION="left" TEXT="Covariance">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1446139262729" ID="ID_216404637" MODIFIED="1446139350091" TEXT="Variance is how much scores for one variable differ from the mean  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1446139309177" ID="ID_618718140" MODIFIED="1451647226208" TEXT="Covariance is how much two scores for two variables differ from the mean   ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#00b439" CREATED="1446139394347" ID="ID_1949636635" MODIFIED="1446139400105" TEXT="Calculation">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1446139469333" ID="ID_991943496" MODIFIED="1446140142569" TEXT="a1">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1446139400924" ID="ID_1264157130" MODIFIED="1446140133447" TEXT="Error between mean and score n (Variable 2)">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1446139473310" ID="ID_96789843" MODIFIED="1446140152794" TEXT="b1">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1446139400924" ID="ID_888274929" MODIFIED="1446139523567" TEXT="Error between mean and score n (Variable 1)">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1446139486970" ID="ID_1341431927" MODIFIED="1446140150262" TEXT="a1 * b1">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1451647588930" ID="ID_799308010" MODIFIED="1451647717524" TEXT="Cross product deviation">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-1"/>
<node COLOR="#111111" CREATED="1446140237581" ID="ID_533468766" MODIFIED="1451647597314" TEXT="a1*b1+a2*b2+...+an*bn     ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1446140262787" ID="ID_214711738" MODIFIED="1451647719805" TEXT="Covariance">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-2"/>
<node COLOR="#111111" CREATED="1446139527435" ID="ID_735555226" MODIFIED="1451647580141" TEXT="a1*b1+a2*b2+...+an*bn/n">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1446140217214" ID="ID_1099894822" MODIFIED="1451647706138" TEXT=" It is the average cross product deviation"/>
</node>
<node COLOR="#990000" CREATED="1446140358230" ID="ID_181839891" MODIFIED="1451648739795" TEXT="Correlation coefficient">
<arrowlink DESTINATION="ID_1972311911" ENDARROW="Default" ENDINCLINATION="119;7;" ID="Arrow_ID_691483418" STARTARROW="None" STARTINCLINATION="-97;-13;"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-3"/>
<node COLOR="#111111" CREATED="1451648464090" ID="ID_1292039103" MODIFIED="1451648835223" TEXT="r">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#111111" CREATED="1446140301649" ID="ID_1740800529" MODIFIED="1451648789350">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Standardise the covariance by
    </p>
    <p>
      dividing by SD of each variable
    </p>
  </body>
</html>
</richcontent>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1451648735624" ID="ID_1425494050" MODIFIED="1451649026099" TEXT="Coefficient of determination">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-4"/>
<node COLOR="#111111" CREATED="1451649041049" ID="ID_1845106047" MODIFIED="1451649120628">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      r<sup>2</sup>
    </p>
  </body>
</html>
</richcontent>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#111111" CREATED="1451649361444" ID="ID_625208066" MODIFIED="1451649432523">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      The proportion of variance in one
    </p>
    <p>
      variable shared by the other
    </p>
  </body>
</html>
</richcontent>
</node>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1451647859280" ID="ID_213270872" MODIFIED="1451648017482" POSITION="left" TEXT="Calculating">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1451647878671" ID="ID_1138020396" MODIFIED="1451647972585" TEXT="Check assumptions">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="full-1"/>
<node COLOR="#990000" CREATED="1451647888942" ID="ID_1863213664" MODIFIED="1451647949578" TEXT="Check linearity using scatter plot">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1451647952062" ID="ID_423923207" MODIFIED="1451647963930" TEXT="Check normality using histogram">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1451647980365" ID="ID_75229696" MODIFIED="1451648032876" TEXT="Assumptions met">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="full-2"/>
<node COLOR="#990000" CREATED="1451648027646" ID="ID_1778496314" MODIFIED="1451648047258" TEXT="No bias">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1451648047789" ID="ID_314472456" MODIFIED="1451648386874" TEXT="Pearson r">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="button_ok"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1451648087149" ID="ID_991843575" MODIFIED="1451648103815" TEXT="Assumptions not met ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="full-3"/>
<node COLOR="#990000" CREATED="1451648114605" ID="ID_631531847" MODIFIED="1451648125865" TEXT="Outliers, non normal">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1451648135100" ID="ID_665427661" MODIFIED="1451648390613" TEXT="Spearman r">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="button_ok"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1446140358230" ID="ID_1972311911" MODIFIED="1451649141040" POSITION="left" TEXT="Correlation Coefficient">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<linktarget COLOR="#b0b0b0" DESTINATION="ID_1972311911" ENDARROW="Default" ENDINCLINATION="119;7;" ID="Arrow_ID_691483418" SOURCE="ID_181839891" STARTARROW="None" STARTINCLINATION="-97;-13;"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1451648296140" ID="ID_68931590" MODIFIED="1451648455829" TEXT="Ranges from -1 to 1">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1451648310219" ID="ID_1719331731" MODIFIED="1451648523457" TEXT="0 = no relationship">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1451648531369" ID="ID_1221439503" MODIFIED="1451648535638" TEXT="Effect size">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1451648536713" ID="ID_1968485625" MODIFIED="1451648652117" TEXT="Cohen&apos;s heuristics">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1451648549050" ID="ID_16788576" MODIFIED="1451648603302" TEXT="+- 0.1 small effect">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1451648603930" ID="ID_439266088" MODIFIED="1451648621861" TEXT="+- 0.3 medium effect">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1451648622554" ID="ID_395287195" MODIFIED="1451648634533" TEXT="+- 0.5 large effect">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1451649517650" ID="ID_880461428" MODIFIED="1451649526009" POSITION="right" TEXT="Reporting">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1451649500434" ID="ID_1716928822" MODIFIED="1451649524535" TEXT="Caution">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="messagebox_warning"/>
<node COLOR="#990000" CREATED="1451649508450" ID="ID_71722186" MODIFIED="1451649907686" TEXT="A small correlation can be highly statistically significant">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1451649679233" ID="ID_497859925" MODIFIED="1451649874508" TEXT="This can be meaningless in practice">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1451649527091" ID="ID_1405463994" MODIFIED="1451649565086" TEXT="Value of correlation coefficient r ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1451649779200" ID="ID_1184482774" MODIFIED="1451649783757" TEXT="r = 0.2">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1451649538530" ID="ID_1039226356" MODIFIED="1451649551438" TEXT="Value of significance p">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1451649785488" ID="ID_769369312" MODIFIED="1451649794796" TEXT="p &lt; 0.001">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1451649576274" ID="ID_149543002" MODIFIED="1451649641607">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Value of coefficient of determination r <sup>2 </sup>
    </p>
  </body>
</html>
</richcontent>
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1451649796816" ID="ID_348483245" MODIFIED="1451679858589">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      E.g. r<sup>2</sup>&#160;= 5%
    </p>
  </body>
</html>
</richcontent>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1451679815326" ID="ID_1392900682" MODIFIED="1451679843977" TEXT="&quot;5% of variance in x can be explained by variance in y&quot;">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
</node>
</map>
