<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node BACKGROUND_COLOR="#33ccff" COLOR="#000000" CREATED="1483443755949" ID="ID_900519748" MODIFIED="1483658282188" STYLE="fork" TEXT="Data Protection">
<edge COLOR="#3333ff" STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="20"/>
<hook NAME="accessories/plugins/AutomaticLayout.properties"/>
<node COLOR="#0033ff" CREATED="1483569036343" ID="ID_856961818" MODIFIED="1484090830398" POSITION="right" TEXT="What&apos;s the Idea?">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node BACKGROUND_COLOR="#ffff99" COLOR="#00b439" CREATED="1483569127510" ID="ID_1103731040" MODIFIED="1484090830396" TEXT="Data Protection is based on rights and responsibilities for both individuals and organisations. All parties must understand these rights &amp; responsibilities.">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483569202660" ID="ID_1643561058" MODIFIED="1484090830396" TEXT="There are laws to enforce Data Protection from the company&apos;s perspective  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483640212979" ID="ID_1081538556" MODIFIED="1484090830396" TEXT="Goals of Data Protection">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483640252972" ID="ID_958627045" MODIFIED="1484090830396" TEXT="Any personal data stored">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483640268709" ID="ID_1658432255" MODIFIED="1484090830396" TEXT="Factually correct">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483640283187" ID="ID_577350192" MODIFIED="1484090830395" TEXT="Only available to those who should have it">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483640283189" ID="ID_936993989" MODIFIED="1484090830395" TEXT="Only used for stated purposes">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483640283192" ID="ID_251033456" MODIFIED="1484090830395" TEXT="Enjoys adequate protection">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483640283193" ID="ID_32921099" MODIFIED="1484090830395" TEXT="Disposed of in a safe manner">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1483570873992" ID="ID_949938603" MODIFIED="1484090830395" POSITION="right" TEXT="Definitions">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1483570103806" ID="ID_597962055" MODIFIED="1484090830395" TEXT="Definitions are important for framing legislation">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="messagebox_warning"/>
</node>
<node COLOR="#00b439" CREATED="1483570965847" ID="ID_356512087" MODIFIED="1484090830395" TEXT="Data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483570452235" ID="ID_735976496" MODIFIED="1484135616090" TEXT="Personal Data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483570495420" ID="ID_1740887850" MODIFIED="1484090830395" TEXT="Data relating to a living individual who can be identified directly or with other data">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483570691338" ID="ID_1399247789" MODIFIED="1484090830394" TEXT="Examples">
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1483570695898" ID="ID_1335518153" MODIFIED="1484090830394" TEXT="Student records"/>
<node COLOR="#111111" CREATED="1483570702361" ID="ID_1541800346" MODIFIED="1484090830394" TEXT="Doctor letter"/>
<node COLOR="#111111" CREATED="1483570725065" ID="ID_591087364" MODIFIED="1484090830394" TEXT="Car registration"/>
<node COLOR="#111111" CREATED="1483570732857" ID="ID_1393717498" MODIFIED="1484090830394" TEXT="PPS Number"/>
<node COLOR="#111111" CREATED="1483640134175" ID="ID_1275132835" MODIFIED="1484090830394" TEXT="Photos or recordings"/>
</node>
<node COLOR="#111111" CREATED="1483640124368" ID="ID_1619792783" MODIFIED="1484090830394" TEXT="Automated or manual"/>
</node>
<node COLOR="#990000" CREATED="1483570457307" ID="ID_1097801811" MODIFIED="1484135621865" TEXT="Sensitive Personal Data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483570542923" ID="ID_576369157" MODIFIED="1484090830394" TEXT="Data that poses a risk of additional detriment if revealed">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483570756778" ID="ID_1889202860" MODIFIED="1484090830394" TEXT="Examples">
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1483570764169" ID="ID_642966392" MODIFIED="1484090830394" TEXT="Political affiliation"/>
<node COLOR="#111111" CREATED="1483570772137" ID="ID_1330648466" MODIFIED="1484090830394" TEXT="Sexual orientation"/>
<node COLOR="#111111" CREATED="1483570780280" ID="ID_1825778301" MODIFIED="1484090830394" TEXT="Medical records"/>
<node COLOR="#111111" CREATED="1483570797544" ID="ID_1952607898" MODIFIED="1484090830394" TEXT="Criminal record"/>
</node>
</node>
<node COLOR="#990000" CREATED="1483570120958" ID="ID_99537498" MODIFIED="1484090830395" TEXT="Automated Data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483570386956" ID="ID_1339301178" MODIFIED="1484090830395" TEXT="Any information on computer">
<font NAME="SansSerif" SIZE="12"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#111111" CREATED="1483570140045" ID="ID_41201652" MODIFIED="1484090830395" TEXT="Information processed by equipment operating automatically OR">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483570180509" ID="ID_137363908" MODIFIED="1484090830395" TEXT="...recorded with the INTENTION that it should be processed automatically">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1483570132093" ID="ID_1912188856" MODIFIED="1484090830395" TEXT="Manual Data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483570419995" ID="ID_753450422" MODIFIED="1484090830395" TEXT="Any information on paper">
<font NAME="SansSerif" SIZE="12"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#111111" CREATED="1483570228685" ID="ID_203738061" MODIFIED="1484090830395" TEXT="Information recorded as part of a filing system OR">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483570292477" ID="ID_1486482279" MODIFIED="1484090830395" TEXT="... with the INTENTION that it should form part of the filing system">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1483570465211" ID="ID_727834844" MODIFIED="1484090830394" TEXT="Relevant Filing System">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483570590762" ID="ID_49851405" MODIFIED="1484090830394" TEXT="Set of data structured by reference to individuals">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483570644601" ID="ID_1120691759" MODIFIED="1484090830394" TEXT="Not necessarily computerised">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
<node COLOR="#990000" CREATED="1483570484203" ID="ID_1781834906" MODIFIED="1484090830394" TEXT="Processing">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483570668362" ID="ID_320559338" MODIFIED="1484090830394" TEXT="All activities in data life cycle">
<font NAME="SansSerif" SIZE="12"/>
</node>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1483571219174" ID="ID_531050887" MODIFIED="1484147786982" POSITION="right" TEXT="Rules &amp; Responsibilities">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1484147789124" ID="ID_827872729" MODIFIED="1484147796319" TEXT="Acquire">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483571222037" ID="ID_1950564660" MODIFIED="1484147815918" TEXT="Fairly acquired and processed with consent  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-1"/>
</node>
<node COLOR="#990000" CREATED="1483571253397" ID="ID_1348949367" MODIFIED="1484147818828" TEXT="Collected for a specific purpose">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-2"/>
</node>
<node COLOR="#990000" CREATED="1483571307700" ID="ID_1786606836" MODIFIED="1484147869638" TEXT="Relevant and not excessive only what is required">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-3"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1484147796900" ID="ID_224624493" MODIFIED="1484147801055" TEXT="Possess">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483571294997" ID="ID_63241807" MODIFIED="1484147890358" TEXT="Kept accurate and up-to-date">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-4"/>
</node>
<node COLOR="#990000" CREATED="1483571267605" ID="ID_685981446" MODIFIED="1484147892932" TEXT="No disclosure unless &quot;compatible&quot;">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-5"/>
</node>
<node COLOR="#990000" CREATED="1483571332389" ID="ID_607310519" MODIFIED="1484147895250" TEXT="Right of access">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-6"/>
<node COLOR="#111111" CREATED="1483640758202" ID="ID_1484973255" MODIFIED="1484147810067" TEXT="EXCEPTIONS">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483640672302" ID="ID_1242680863" MODIFIED="1484147810067" TEXT="Unless information is kept for detecting/investigating offenses">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483640701450" ID="ID_729945167" MODIFIED="1484147810067" TEXT="Unless access might impair security of a prison">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483640766938" ID="ID_432676179" MODIFIED="1484147810068" TEXT="Information kept for anti-fraud purposes">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483640785099" ID="ID_1000487871" MODIFIED="1484147810068" TEXT="Harm to international relations">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483640805124" ID="ID_1870787699" MODIFIED="1484147810068" TEXT="Harm might arise against the organisation">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483640827861" ID="ID_1985356598" MODIFIED="1484147810069" TEXT="Legal privilege in court">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483640843870" ID="ID_627146456" MODIFIED="1484147810069" TEXT="Back-up data">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483640852830" ID="ID_1495603485" MODIFIED="1484147810069" TEXT="Information kept for statistical reasons/does not identify individual">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483640893688" ID="ID_642826601" MODIFIED="1484147810070" TEXT="Disproportionate effort to provide">
<font NAME="SansSerif" SIZE="12"/>
</node>
<node COLOR="#111111" CREATED="1483640911233" ID="ID_1993643047" MODIFIED="1484147810070" TEXT="Repeated access requests">
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1483640927706" ID="ID_1419624017" MODIFIED="1484090830393" TEXT="Reasonable time between requests"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1484147801506" ID="ID_1546373976" MODIFIED="1484147804399" TEXT="Dispose">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483571285365" ID="ID_1327478613" MODIFIED="1484147907235" TEXT="Kept safe and secure">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-7"/>
</node>
<node COLOR="#990000" CREATED="1483571320004" ID="ID_630453214" MODIFIED="1484147910161" TEXT="Retention period">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="full-8"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1483572239661" ID="ID_1244627395" MODIFIED="1484090830379" POSITION="right" TEXT="Rights of the Data Subject">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1483572263713" ID="ID_847364773" MODIFIED="1484090830379" TEXT="Access to personal data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483572263719" ID="ID_440648519" MODIFIED="1484090830379" TEXT="Assistance from the DP Commissioner">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483572263720" ID="ID_422551505" MODIFIED="1484090830379" TEXT="Compensation through the courts ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483572263715" ID="ID_975591569" MODIFIED="1484156925989" TEXT="Prevention of processing likely to cause damage or distress  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483572263718" ID="ID_873836223" MODIFIED="1484090830379" TEXT="Prevention of processing for direct marketing">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483572263716" ID="ID_571739406" MODIFIED="1484090830379" TEXT="Rectification, erasure and blocking">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483572333452" ID="ID_650746694" MODIFIED="1484157416294" TEXT="Section 3 of Data Protection Rights">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483572263722" ID="ID_414368213" MODIFIED="1484157393450" TEXT="Description of Information within 21 days  ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1483572333452" ID="ID_1758593800" MODIFIED="1484090830379" TEXT="Section 4 of Data Protection Rights">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483572263725" ID="ID_1343707465" MODIFIED="1484090830379" TEXT=" Copy of any information held">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483572437804" ID="ID_1090265862" MODIFIED="1484090830379" TEXT="Can be provided in full">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483572466348" ID="ID_693440496" MODIFIED="1484090830379" TEXT="Possible Decisions">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483572471628" ID="ID_978290197" MODIFIED="1484090830379" TEXT="Information provided in full"/>
<node COLOR="#111111" CREATED="1483572479019" ID="ID_1586747189" MODIFIED="1484090830378" TEXT="Partial information"/>
<node COLOR="#111111" CREATED="1483572484156" ID="ID_1016684595" MODIFIED="1484090830378" TEXT="Refuse provision of information"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1483572079711" ID="ID_1880017351" MODIFIED="1484090830393" POSITION="left" TEXT="Risks to data">
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1483572160014" ID="ID_686556166" MODIFIED="1484090830392" TEXT="Companies have an obligation to safeguard against risks to the data">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#00b439" CREATED="1483572084495" ID="ID_870763854" MODIFIED="1484090830392" TEXT="Information leaks">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483572091935" ID="ID_44512172" MODIFIED="1484090830392" TEXT="Corporate espionage">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483572102414" ID="ID_706552440" MODIFIED="1484090830392" TEXT="Hacking">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483572105711" ID="ID_1840582757" MODIFIED="1484090830392" TEXT="Misallocation of responsibilities of controllers">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483572124399" ID="ID_21477094" MODIFIED="1484090830392" TEXT="Misuse of data/wrongful use">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
</node>
<node COLOR="#0033ff" CREATED="1483569394547" ID="ID_1631942942" MODIFIED="1484090830391" POSITION="left" STYLE="fork" TEXT="Legislation">
<edge COLOR="#3333ff" STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1483569413059" ID="ID_1985461679" MODIFIED="1484090830391" TEXT="Ireland">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483569473235" ID="ID_679330852" MODIFIED="1484090830391" TEXT="Data Protection Act (1988)">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483569679686" ID="ID_1708906860" MODIFIED="1484090830386" TEXT="&#x2026;. to regulate in accordance with its provisions the collection, processing, keeping,&#xa;use and disclosure of certain information relating to individuals that is processed automatically"/>
<node COLOR="#111111" CREATED="1483569738560" ID="ID_825593530" MODIFIED="1484090830386" TEXT="Key aspects">
<node COLOR="#111111" CREATED="1483569749872" ID="ID_507800445" MODIFIED="1484090830385" TEXT="Collection">
<icon BUILTIN="button_ok"/>
</node>
<node COLOR="#111111" CREATED="1483569752736" ID="ID_1093305429" MODIFIED="1484090830385" TEXT="Processing ">
<icon BUILTIN="button_ok"/>
</node>
<node COLOR="#111111" CREATED="1483569756368" ID="ID_965452621" MODIFIED="1484090830385" TEXT="Retention">
<icon BUILTIN="button_ok"/>
</node>
<node COLOR="#111111" CREATED="1483569761823" ID="ID_1173291149" MODIFIED="1484090830385" TEXT="Disclosure">
<icon BUILTIN="button_ok"/>
</node>
</node>
</node>
<node COLOR="#990000" CREATED="1483569485026" ID="ID_987139072" MODIFIED="1484090830385" TEXT="Data Protection (Amendment) Act (2003)">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483569834179" ID="ID_710276275" MODIFIED="1484090830383" TEXT="...the protection of individuals with regard to the processing&#xa; of personal data and on the free movement of such data"/>
<node COLOR="#111111" CREATED="1483569865439" ID="ID_1968808431" MODIFIED="1484090830383" TEXT="Implemented the provisions of EU Data Protection Directive 95/46 (1995)">
<icon BUILTIN="idea"/>
</node>
</node>
<node COLOR="#990000" CREATED="1483569513858" ID="ID_1687408345" MODIFIED="1484090830383" TEXT="Communications (Retention of Data) Act (2011)">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483569906976" ID="ID_961620015" MODIFIED="1484090830383" TEXT="Regulates two obligations"/>
<node COLOR="#111111" CREATED="1483569919551" ID="ID_1084426609" MODIFIED="1484090830383" TEXT="Data retention">
<icon BUILTIN="full-1"/>
<node COLOR="#111111" CREATED="1483569956255" ID="ID_1167132747" MODIFIED="1484090830383" TEXT="Telephone call data">
<node COLOR="#111111" CREATED="1483569979663" ID="ID_1959502267" MODIFIED="1484090830383" TEXT="Two years"/>
</node>
<node COLOR="#111111" CREATED="1483569968670" ID="ID_1300746332" MODIFIED="1484090830383" TEXT="Internet services">
<node COLOR="#111111" CREATED="1483569986623" ID="ID_1966829716" MODIFIED="1484090830383" TEXT="One Year"/>
</node>
</node>
<node COLOR="#111111" CREATED="1483569930111" ID="ID_1591844763" MODIFIED="1484090830383" TEXT="Data disclosure">
<icon BUILTIN="full-2"/>
<node COLOR="#111111" CREATED="1483570000014" ID="ID_831148144" MODIFIED="1484090830383" TEXT="Obligation to disclose information by Internet and Telecoms"/>
<node COLOR="#111111" CREATED="1483570029710" ID="ID_38379786" MODIFIED="1484090830383" TEXT="On receipt of valid disclosure request"/>
</node>
</node>
</node>
<node COLOR="#00b439" CREATED="1483572912489" ID="ID_101351969" MODIFIED="1484090830382" TEXT="Safe Harbour Agreement">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483572923816" ID="ID_1118341174" MODIFIED="1484090830382" TEXT="Framework for trans-Atlantic data transfers">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="idea"/>
</node>
<node COLOR="#990000" CREATED="1483573535268" ID="ID_411272973" MODIFIED="1484148469695" TEXT="Motivated by 1988 EU Directive on Data Protection which had..">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483573577619" ID="ID_1940906051" MODIFIED="1484148487276" TEXT="&quot;Adequacy&quot; requirement"/>
</node>
<node COLOR="#990000" CREATED="1483573398149" ID="ID_379011191" MODIFIED="1484148396759" TEXT="Adequacy Requirement">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483573325334" ID="ID_1918158671" MODIFIED="1484090830382" TEXT="Companies self-certified that they complied"/>
<node COLOR="#111111" CREATED="1484148397871" ID="ID_1393486202" MODIFIED="1484148400491" TEXT="Considerations">
<node COLOR="#111111" CREATED="1483573434085" ID="ID_1982004393" MODIFIED="1484090830382" TEXT="Country of origin"/>
<node COLOR="#111111" CREATED="1483573460004" ID="ID_634381675" MODIFIED="1484090830382" TEXT="Rule of law in destination country"/>
<node COLOR="#111111" CREATED="1483573447188" ID="ID_992443555" MODIFIED="1484090830382" TEXT="Purpose for processing"/>
</node>
</node>
<node COLOR="#990000" CREATED="1483573720339" ID="ID_1878100223" MODIFIED="1484090830382" TEXT="Privacy Principles">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483573775378" ID="ID_1878886399" MODIFIED="1484090830382" TEXT="Notice"/>
<node COLOR="#111111" CREATED="1483573778162" ID="ID_903457703" MODIFIED="1484090830382" TEXT="Choice"/>
<node COLOR="#111111" CREATED="1483573783202" ID="ID_191169445" MODIFIED="1484090830382" TEXT="Onward Transfer"/>
<node COLOR="#111111" CREATED="1483573788706" ID="ID_1467364105" MODIFIED="1484090830382" TEXT="Access"/>
<node COLOR="#111111" CREATED="1483573790578" ID="ID_1682076151" MODIFIED="1484090830382" TEXT="Security"/>
<node COLOR="#111111" CREATED="1483573794082" ID="ID_1348679875" MODIFIED="1484090830382" TEXT="Data Integrity"/>
<node COLOR="#111111" CREATED="1483573801761" ID="ID_933768644" MODIFIED="1484090830382" TEXT="Enforcement"/>
</node>
<node COLOR="#990000" CREATED="1483573635267" ID="ID_1113998481" MODIFIED="1484148515916" TEXT="On the US side, companies that are covered are regulated by the FTC">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483572950713" ID="ID_430319246" MODIFIED="1484090830379" TEXT="EU Court of Justice ruled it invalid in Oct 2015">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483573282278" ID="ID_1470105431" MODIFIED="1484090830379" TEXT="Max Schrems case against FB Ireland"/>
<node COLOR="#111111" CREATED="1483573007576" ID="ID_1890532953" MODIFIED="1484090830379" TEXT="Complaint over FB handling of data and Snowden 2013"/>
</node>
<node COLOR="#990000" CREATED="1483630657524" ID="ID_1412796097" MODIFIED="1484090830379" TEXT="Replaced by EU-US Privacy Shield">
<font NAME="SansSerif" SIZE="14"/>
<icon BUILTIN="idea"/>
</node>
</node>
</node>
<node COLOR="#0033ff" CREATED="1483573867218" ID="ID_445489915" MODIFIED="1484090830378" POSITION="left">
<richcontent TYPE="NODE"><html>
  <head>
    
  </head>
  <body>
    <p>
      Data Security
    </p>
    <p>
      Management
    </p>
  </body>
</html></richcontent>
<edge STYLE="sharp_bezier" WIDTH="8"/>
<font NAME="SansSerif" SIZE="18"/>
<node COLOR="#00b439" CREATED="1483574783259" ID="ID_710227456" MODIFIED="1484090830378" TEXT="Security policy should make compliance easy ">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
</node>
<node COLOR="#00b439" CREATED="1483575117736" ID="ID_1327647481" MODIFIED="1484090830378" TEXT="COMPROMISE">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<icon BUILTIN="idea"/>
<node COLOR="#990000" CREATED="1483575136472" ID="ID_1096445404" MODIFIED="1484090830378" TEXT="What the corporation wants">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483575146135" ID="ID_395914897" MODIFIED="1484090830378" TEXT="What it can achieve under the circumstances">
<font NAME="SansSerif" SIZE="14"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1483574871482" ID="ID_463500328" MODIFIED="1484090830378" TEXT="Constraints">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483574883898" ID="ID_962662824" MODIFIED="1484090830378" TEXT="Stakeholders">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483574935641" ID="ID_240322522" MODIFIED="1484090830378" TEXT="Concerns of customers, clients and partners"/>
</node>
<node COLOR="#990000" CREATED="1483574897593" ID="ID_812129965" MODIFIED="1484090830377" TEXT="Business">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483574953177" ID="ID_1838518120" MODIFIED="1484090830377" TEXT="Financial importance of data to company"/>
</node>
<node COLOR="#990000" CREATED="1483574915225" ID="ID_579691271" MODIFIED="1484090830377" TEXT="Regulator">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483574975945" ID="ID_7437518" MODIFIED="1484090830377" TEXT="Adherence to national &amp; int. law"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1483575006073" ID="ID_980422133" MODIFIED="1484090830377" TEXT="Influences on policy">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483575011785" ID="ID_482476918" MODIFIED="1484090830377" TEXT="Regulatory envir.">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483575024856" ID="ID_1458228041" MODIFIED="1484090830377" TEXT="E.g. retail vs. medical sector"/>
</node>
<node COLOR="#990000" CREATED="1483575043801" ID="ID_806182948" MODIFIED="1484090830377" TEXT="Business size">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483575055800" ID="ID_1524628385" MODIFIED="1484090830377" TEXT="SME vs. Corporate"/>
</node>
<node COLOR="#990000" CREATED="1483575049160" ID="ID_1104428075" MODIFIED="1484090830377" TEXT="Jusdiction">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483575073000" ID="ID_1284948018" MODIFIED="1484090830377" TEXT="Ireland vs. UK"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1483575196509" ID="ID_102504642" MODIFIED="1484090830377" TEXT="Defining">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483575199336" ID="ID_1465064964" MODIFIED="1484090830377" TEXT="Identify data assets">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483575212967" ID="ID_341207533" MODIFIED="1484090830377" TEXT="Decide on appropriate security policy">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483575237895" ID="ID_1442969616" MODIFIED="1484090830377" TEXT="Collaborative effort">
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483575293479" ID="ID_1412543685" MODIFIED="1484090830376" TEXT="Executives"/>
<node COLOR="#111111" CREATED="1483575252616" ID="ID_439687305" MODIFIED="1484090830376" TEXT="Data stewards"/>
<node COLOR="#111111" CREATED="1483575258647" ID="ID_1861906581" MODIFIED="1484090830376" TEXT="IT staff">
<node COLOR="#111111" CREATED="1483575310775" ID="ID_398662266" MODIFIED="1484090830376" TEXT="DBA"/>
<node COLOR="#111111" CREATED="1483575314582" ID="ID_1578134438" MODIFIED="1484090830376" TEXT="Security admin"/>
</node>
<node COLOR="#111111" CREATED="1483575263270" ID="ID_1886779424" MODIFIED="1484090830376" TEXT="Consultants"/>
<node COLOR="#111111" CREATED="1483575271958" ID="ID_1851100477" MODIFIED="1484090830376" TEXT="Legal team"/>
</node>
</node>
<node COLOR="#00b439" CREATED="1483575352119" ID="ID_1261390712" MODIFIED="1484090830376" TEXT="Considerations">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="16"/>
<node COLOR="#990000" CREATED="1483575355046" ID="ID_783874621" MODIFIED="1484090830376" TEXT="Encryption standards">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483575389878" ID="ID_625625648" MODIFIED="1484090830376" TEXT="Data classification">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483575398950" ID="ID_1873120773" MODIFIED="1484090830376" TEXT="Data retention">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483575407877" ID="ID_170337478" MODIFIED="1484090830376" TEXT="Database view control">
<font NAME="SansSerif" SIZE="14"/>
</node>
<node COLOR="#990000" CREATED="1483574848314" ID="ID_472312507" MODIFIED="1484090830376" TEXT="4 &quot;A&quot;s">
<edge STYLE="bezier" WIDTH="thin"/>
<font NAME="SansSerif" SIZE="14"/>
<node COLOR="#111111" CREATED="1483573883713" ID="ID_983575842" MODIFIED="1484090830376" TEXT="Authentication">
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1483573911602" ID="ID_1894000034" MODIFIED="1484090830376" TEXT="Validate the identity"/>
</node>
<node COLOR="#111111" CREATED="1483573898209" ID="ID_1730366602" MODIFIED="1484090830376" TEXT="Authorisation">
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1483573926001" ID="ID_1266850271" MODIFIED="1484090830376" TEXT="Regulate rights"/>
</node>
<node COLOR="#111111" CREATED="1483573904385" ID="ID_1817625632" MODIFIED="1484090830375" TEXT="Access">
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1483573934513" ID="ID_709265308" MODIFIED="1484090830375" TEXT="Control creation, reading, updating and deletion"/>
</node>
<node COLOR="#111111" CREATED="1483573906081" ID="ID_606499186" MODIFIED="1484090830375" TEXT="Auditing">
<font NAME="SansSerif" SIZE="12"/>
<node COLOR="#111111" CREATED="1483573980192" ID="ID_577989791" MODIFIED="1484090830375" TEXT="Review security policy and data access"/>
</node>
</node>
</node>
</node>
</node>
</map>
