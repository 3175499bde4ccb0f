<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node BACKGROUND_COLOR="#33ccff" COLOR="#000000" CREATED="1444384627596" ID="ID_193846979" MODIFIED="1444746013625" TEXT="Missing Data">
<font NAME="SansSerif" SIZE="20"/>
<hook NAME="accessories/plugins/AutomaticLayout.properties"/>
<node COLOR="#0033ff" CREATED="1444406700570" ID="ID_309757373" MODIFIED="1444406839682" POSITION="right" TEXT="Is it a problem?">
<edge STYLE="sharp_bezier" WIDTH="2"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1444406717700" ID="ID_1653845354" MODIFIED="1444406759554" TEXT="With multivariate data a case will be excluded if any variable is missing">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444406765005" ID="ID_751878978" MODIFIED="1444406850531" TEXT="With large samples this might be alright but....">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444406777950" ID="ID_1329143207" MODIFIED="1444406831327" TEXT="With small samples, substitution is needed to retain enough cases to detect effects">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444406596670" ID="ID_1704032005" MODIFIED="1444406805582" TEXT="Remedies">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444406614431" ID="ID_1251134446" MODIFIED="1444406913066" TEXT="Delete variable or observations (large sample)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-1"/>
</node>
<node COLOR="#990000" CREATED="1444406599550" ID="ID_1997985206" MODIFIED="1444406914978" TEXT=" or impute a value (small samples)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-2"/>
</node>
<node COLOR="#990000" CREATED="1444406631511" ID="ID_609120098" MODIFIED="1444406942794" TEXT="Justify your decision and understand the potential impact">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-3"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444745556253" ID="ID_1280663313" MODIFIED="1444745623980">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Why is it commonly
    </p>
    <p>
      missing from reports?
    </p>
  </body>
</html></richcontent>
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="idea"/>
<node COLOR="#990000" CREATED="1444745570640" ID="ID_204310541" MODIFIED="1444745578947" TEXT="Lack of awareness or familiarity by researcher">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444745570641" ID="ID_398349706" MODIFIED="1444745570642" TEXT="They are not convinced of the problems with older methods">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444745570642" ID="ID_1689840723" MODIFIED="1444745570642" TEXT="The statistical literature on missing data is technically daunting">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444745570643" ID="ID_1592566399" MODIFIED="1444745638103" TEXT="The techniques aren&#x2019;t incorporated into the standard&#xa; statistical analysis procedures used by social scientists">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444745570653" ID="ID_1363371996" MODIFIED="1444745570654" TEXT="Journal reviewers and editors have not required it">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1444385548076" ID="ID_466520965" MODIFIED="1444385549312" POSITION="right" TEXT="Causes">
<edge STYLE="sharp_bezier" WIDTH="2"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1444385550163" ID="ID_1333542506" MODIFIED="1444385573018" TEXT="Preventable errors">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444385577045" ID="ID_76802596" MODIFIED="1444406336097" TEXT="Mistakes">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444385579461" ID="ID_1752703015" MODIFIED="1444385587778" TEXT="Lack of foresight by researcher">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444385588646" ID="ID_1018712016" MODIFIED="1444385603595" TEXT="Problems outside control of researcher">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444403092932" ID="ID_24816558" MODIFIED="1444406176387" TEXT="&quot;Don&apos;t know&quot; responses">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444388516935" ID="ID_1049542735" MODIFIED="1444388519362" TEXT="Refusals">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444402843843" ID="ID_401794359" MODIFIED="1444403041119" TEXT="Can be adjusted for race, gender, education">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444403043002" ID="ID_1046674894" MODIFIED="1444403058855" TEXT="May be missing at random">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444403077651" ID="ID_398457802" MODIFIED="1444403084593" TEXT="Leads to bias">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444385606302" ID="ID_122794383" MODIFIED="1444406345287" TEXT="Deliberate">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444744410179" ID="ID_528485665" MODIFIED="1444744414161" TEXT="Missing by design">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444388610875" ID="ID_1826714447" MODIFIED="1444406345287" TEXT="Planned by researcher">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444385622640" ID="ID_617288748" MODIFIED="1444406345287" TEXT="Limit cost">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444385626374" ID="ID_345881083" MODIFIED="1444406345288" TEXT="Limit burden on respondents">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444388671244" ID="ID_1693357913" MODIFIED="1444406345289" TEXT="Intentionally missing">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444388678372" ID="ID_657733826" MODIFIED="1444406345289" TEXT="Certain questions not asked">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444388687524" ID="ID_1186176101" MODIFIED="1444406345289" TEXT="Some data dropped from analysis">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444388624895" ID="ID_265674405" MODIFIED="1444744267206" TEXT="E.g. 50% of items selected for each interview">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444388647102" ID="ID_1143598857" MODIFIED="1444744271402" TEXT="E.g. 50% of people selected for follow up">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1444403473094" ID="ID_131265831" MODIFIED="1444744441068" TEXT="Researcher Error">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444403478872" ID="ID_1215671332" MODIFIED="1444744441069" TEXT="Missing at random">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444403488225" ID="ID_146436334" MODIFIED="1444744441070" TEXT="Researcher bias">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444403494955" ID="ID_701813631" MODIFIED="1444744441070" TEXT="Risk to researcher">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444403504411" ID="ID_25326940" MODIFIED="1444744441071" TEXT="Also missing observation">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="messagebox_warning"/>
</node>
<node COLOR="#990000" CREATED="1444403534217" ID="ID_791811730" MODIFIED="1444744441072" TEXT="Codes should be used to give a reason">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444403558341" ID="ID_1641727661" MODIFIED="1444744441073" TEXT="E.g. -99">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1444406277904" ID="ID_1192874254" MODIFIED="1444406286054" POSITION="right" TEXT="Non-response">
<edge STYLE="sharp_bezier" WIDTH="2"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1444406287033" ID="ID_259772849" MODIFIED="1444406288582" TEXT="Item">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444406364484" ID="ID_124006180" MODIFIED="1444406372674" TEXT="Variable missing">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444406289081" ID="ID_1699422174" MODIFIED="1444406290350" TEXT="Unit">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444406373997" ID="ID_263562888" MODIFIED="1444406417107" TEXT="Person being surveyed does not respond at all">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444406292001" ID="ID_985776901" MODIFIED="1444406294974" TEXT="Block">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444406295457" ID="ID_721716982" MODIFIED="1444406296286" TEXT="Wave">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
</node>
<node COLOR="#0033ff" CREATED="1444744229269" ID="ID_1855940027" MODIFIED="1444744692870" POSITION="left" TEXT="Mechanisms">
<edge STYLE="sharp_bezier" WIDTH="2"/>
<linktarget COLOR="#ff0033" DESTINATION="ID_1855940027" ENDARROW="Default" ENDINCLINATION="226;-146;" ID="Arrow_ID_640476475" SOURCE="ID_460219620" STARTARROW="None" STARTINCLINATION="-165;23;"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1444388570140" ID="ID_1131630303" MODIFIED="1444744238334" TEXT="Missing Completely at Random (MCAR)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444744307783" ID="ID_575034496" MODIFIED="1444744311628" TEXT="Ignorable">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444744278702" ID="ID_835242703" MODIFIED="1444744289947" TEXT="Missing At Random (MAR)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444744316552" ID="ID_1626254258" MODIFIED="1444744322308" TEXT="Conditionally Ignorable">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444744291238" ID="ID_328736197" MODIFIED="1444744302579" TEXT="Missing Not At Random (MNAR)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444744325528" ID="ID_1468427728" MODIFIED="1444744340037" TEXT="Not iignorable">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444744702928" ID="ID_1044266411" MODIFIED="1444744722062" TEXT="Missing data is seldom classified as just one of these">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444744356585" ID="ID_1141414075" MODIFIED="1444744741904" TEXT="Amounts">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444744369570" ID="ID_1727468278" MODIFIED="1444744741905" TEXT="Percentage of cases">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444744381090" ID="ID_681568445" MODIFIED="1444744741905" TEXT="Percentage of variables">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444744390762" ID="ID_32111867" MODIFIED="1444744741906" TEXT="Percentage of data values">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1444744447109" ID="ID_1533750489" MODIFIED="1444746035664" POSITION="left" TEXT="Goals of Treatments">
<edge STYLE="sharp_bezier" WIDTH="2"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1444744454022" ID="ID_72386978" MODIFIED="1444744545760" TEXT="Preserve the essential characteristics of the data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#00b439" CREATED="1444744660254" ID="ID_460219620" MODIFIED="1444744692869" TEXT="Depends on the mechanism">
<edge STYLE="bezier" WIDTH="thin"/>
<arrowlink DESTINATION="ID_1855940027" ENDARROW="Default" ENDINCLINATION="226;-146;" ID="Arrow_ID_640476475" STARTARROW="None" STARTINCLINATION="-165;23;"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="messagebox_warning"/>
</node>
<node COLOR="#00b439" CREATED="1444744493311" ID="ID_681606359" MODIFIED="1444744503325" TEXT="Must retain distribution of variables">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444744504056" ID="ID_1108737304" MODIFIED="1444744522341" TEXT="Must retain relationships among the variables">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444744763383" ID="ID_410604145" MODIFIED="1444744763383" TEXT="Provide valid statistical inference (control Type I error)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444744763384" ID="ID_1557518928" MODIFIED="1444744782195" TEXT="Maximize the statistical power of the study and its&#xa; statistical analyses (minimize Type II error)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444744763386" ID="ID_216024225" MODIFIED="1444744813812" TEXT="      Avoid bias and instability in the parameter&#xa;estimates and standard errors for statistical models">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
</node>
<node COLOR="#0033ff" CREATED="1444744827597" ID="ID_977104622" MODIFIED="1444744837555" POSITION="left" TEXT="Types of Treatment">
<edge STYLE="sharp_bezier" WIDTH="2"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1444745445313" ID="ID_83153244" MODIFIED="1444745449005" TEXT="Ad hoc methods">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444745166562" ID="ID_1604491167" MODIFIED="1444745459620" TEXT="Deletion methods">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444745166564" ID="ID_1643847555" MODIFIED="1444745459621" TEXT="Listwise deletion (complete case analysis)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1444745166567" ID="ID_629334651" MODIFIED="1444745210405" TEXT="Deletes the case if any variable is missing data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#111111" CREATED="1444745166569" ID="ID_765984137" MODIFIED="1444745459622" TEXT="Pairwise deletion (available case analysis)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1444745166572" ID="ID_34878612" MODIFIED="1444745285609">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Only when considering the variable for which data is missing
    </p>
  </body>
</html></richcontent>
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444745250165" ID="ID_616898387" MODIFIED="1444745260531">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Still used&#160;for other variables
    </p>
  </body>
</html></richcontent>
</node>
</node>
</node>
<node COLOR="#990000" CREATED="1444745166576" ID="ID_1984742979" MODIFIED="1444745459628" TEXT="Imputation">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444745166578" ID="ID_190885102" MODIFIED="1444745459628" TEXT="Replace missing values with a substitution (uses historical data)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444745166579" ID="ID_963565024" MODIFIED="1444745459629" TEXT="Cold deck">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444745166581" ID="ID_1134712068" MODIFIED="1444745459629" TEXT="Hot deck">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1444745311259" ID="ID_1289287028" MODIFIED="1444745329576" TEXT="Aka donor case"/>
<node COLOR="#111111" CREATED="1444745166582" ID="ID_282836043" MODIFIED="1444745344067" TEXT="Mean, nearest neighbor, random etc.">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
<node COLOR="#990000" CREATED="1444745166583" ID="ID_972151982" MODIFIED="1444745459632" TEXT="Mean substitution">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444745166585" ID="ID_247892860" MODIFIED="1444745459632" TEXT="(Variable) mean substitution">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444745166586" ID="ID_1552668031" MODIFIED="1444745459632" TEXT="Mean substitution with added random error">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1444745166587" ID="ID_1211618864" MODIFIED="1444745459634" TEXT="Regression imputation">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444745166588" ID="ID_405353618" MODIFIED="1444745459634" TEXT="Regression predicted value imputation">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444745166588" ID="ID_648429509" MODIFIED="1444745459635" TEXT="Regression imputation with added random error">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1444745449856" ID="ID_68977416" MODIFIED="1444745452565" TEXT="Modern methods">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444745417621" ID="ID_1201683506" MODIFIED="1444745455836" TEXT="Maximum likelihood (ML)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444745417622" ID="ID_1402314594" MODIFIED="1444745455837" TEXT="Estimates summary statistics or statistical models using all available data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444745417624" ID="ID_1969850601" MODIFIED="1444745455837" TEXT="Available in modern structural equation modeling software (Amos, EQS, Lisrel, Mplus, Mx, etc.)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1444745417634" ID="ID_1157113614" MODIFIED="1444745455850" TEXT="Multiple imputation">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444745417635" ID="ID_392336015" MODIFIED="1444745493049" TEXT="Imputes individual data values in multiple complete datasets">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1444745494755" ID="ID_237577621" MODIFIED="1444745510412" TEXT="Averages the results of the statistical analyses across these datasets"/>
<node COLOR="#111111" CREATED="1444745417637" ID="ID_895134319" MODIFIED="1444745522210" TEXT="Available in the current versions of certain SEM software (Amos, Mplus)">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1444745662481" ID="ID_1398894735" MODIFIED="1444745668942" POSITION="left" TEXT="Treatment Process">
<edge STYLE="sharp_bezier" WIDTH="2"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1444745849829" ID="ID_328569871" MODIFIED="1444745849832" TEXT="Identify patterns/reasons for missing and recode correctly">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1444745849834" ID="ID_1021471650" MODIFIED="1444745931632" TEXT="Understand distribution of missing data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444745849835" ID="ID_1973604585" MODIFIED="1444745883296" TEXT="Consider the probability of missingness">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444745849836" ID="ID_1583245685" MODIFIED="1444745883299" TEXT="Are certain groups more likely to have missing values?">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444745849838" ID="ID_1022374661" MODIFIED="1444745883301" TEXT="Example: Respondents in service occupations less likely to report income">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444745849840" ID="ID_1352218074" MODIFIED="1444745883302" TEXT="Are certain responses more likely to be missing?">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444745849841" ID="ID_1633674524" MODIFIED="1444745883305" TEXT="Example: Respondents with high income less likely to report income">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444745849842" ID="ID_1863855917" MODIFIED="1444745849843" TEXT="Decide on best method of analysis">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444745849843" ID="ID_7176047" MODIFIED="1444745962547" TEXT="Use what you know about why the data is missing">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1444745849845" ID="ID_1926695685" MODIFIED="1444745970131" TEXT="Examine distribution of missing data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1444745849847" ID="ID_935129493" MODIFIED="1444745989637">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Decide on the best analysis strategy
    </p>
    <p>
      to yield the least biased estimates
    </p>
  </body>
</html></richcontent>
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1444745849848" ID="ID_1692909280" MODIFIED="1444745914347" TEXT="Deletion Methods">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444745849850" ID="ID_667157437" MODIFIED="1444745914347" TEXT="Listwise deletion, pairwise deletion">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1444745849854" ID="ID_117992126" MODIFIED="1444745915723" TEXT="Model-Based Methods">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444745849864" ID="ID_1929462575" MODIFIED="1444745915724" TEXT="Maximum Likelihood, Multiple imputation">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1444745849851" ID="ID_1100764159" MODIFIED="1444745917194" TEXT="Single Imputation Methods">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1444745849853" ID="ID_355419031" MODIFIED="1444745917195" TEXT="Mean/mode substitution, dummy variable method, single regression">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
</node>
</node>
</map>
