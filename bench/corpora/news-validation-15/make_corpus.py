#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-15, then checks them.

Every document retells a real, dated public event in its author's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "united-states", "name": "United States",
     "aliases": ["US", "U.S.", "Washington", "U.S. government", "Environmental Protection Agency", "EPA",
                 "Pentagon", "Defense Department", "Department of Defense", "U.S. Army", "Army",
                 "Army Special Operations Command", "Consumer Product Safety Commission", "CPSC",
                 "Consumer Financial Protection Bureau", "CFPB", "Office of the Comptroller of the Currency"],
     "speakers": [
         {"name": "Christine Todd Whitman", "role": "Administrator, Environmental Protection Agency", "from": "2001-01-31", "to": "2003-06-27"},
         {"name": "Marianne Horinko", "role": "Acting Administrator, Environmental Protection Agency", "from": "2003-07-12", "to": "2003-11-05"},
         {"name": "Nikki Tinsley", "role": "Inspector General, Environmental Protection Agency", "from": "1998-02-01", "to": "2006-01-31"},
         {"name": "Donald Rumsfeld", "role": "Secretary of Defense", "from": "2001-01-20", "to": "2006-12-18"},
         {"name": "Philip R. Kensinger Jr.", "role": "Commanding General, U.S. Army Special Operations Command", "from": "2002-10-01", "to": "2005-11-01"},
         {"name": "Thomas F. Gimble", "role": "Acting Inspector General, Department of Defense", "from": "2005-07-01", "to": "2007-12-31"},
         {"name": "Richard Cordray", "role": "Director, Consumer Financial Protection Bureau", "from": "2012-01-04", "to": "2017-11-24"},
         {"name": "Robert S. Adler", "role": "Acting Chairman, Consumer Product Safety Commission", "from": "2019-10-01", "to": "2021-10-12"}]},
    {"type": "actor", "id": "fonterra", "name": "Fonterra Co-operative Group",
     "aliases": ["Fonterra", "Fonterra Co-operative", "the cooperative", "NZMP"],
     "speakers": [
         {"name": "Theo Spierings", "role": "Chief Executive Officer", "from": "2011-09-01", "to": "2018-08-31"},
         {"name": "Gary Romano", "role": "Managing Director, New Zealand Milk Products", "from": "2011-01-01", "to": "2013-12-31"}]},
    {"type": "actor", "id": "new-zealand", "name": "New Zealand",
     "aliases": ["New Zealand government", "Wellington", "Ministry for Primary Industries", "MPI",
                 "New Zealand officials"],
     "speakers": [
         {"name": "John Key", "role": "Prime Minister", "from": "2008-11-19", "to": "2016-12-12"},
         {"name": "Nathan Guy", "role": "Minister for Primary Industries", "from": "2013-01-28", "to": "2017-10-26"},
         {"name": "Scott Gallacher", "role": "Deputy Director-General, Ministry for Primary Industries", "from": "2012-01-01", "to": "2016-12-31"}]},
    {"type": "actor", "id": "ukraine", "name": "Ukraine",
     "aliases": ["Ukrainian government", "Kiev", "Kyiv", "Cabinet of Ministers", "Ukrainian cabinet"],
     "speakers": [
         {"name": "Viktor Yanukovych", "role": "President", "from": "2010-02-25", "to": "2014-02-22"},
         {"name": "Mykola Azarov", "role": "Prime Minister", "from": "2010-03-11", "to": "2014-01-28"},
         {"name": "Yuriy Boyko", "role": "Deputy Prime Minister", "from": "2012-12-24", "to": "2014-02-27"},
         {"name": "Leonid Kozhara", "role": "Foreign Minister", "from": "2012-12-24", "to": "2014-02-23"}]},
    {"type": "actor", "id": "toshiba", "name": "Toshiba Corp.",
     "aliases": ["Toshiba", "Toshiba Corporation"],
     "speakers": [
         {"name": "Hisao Tanaka", "role": "President and Chief Executive Officer", "from": "2013-06-25", "to": "2015-07-21"},
         {"name": "Masashi Muromachi", "role": "Chairman", "from": "2014-06-25", "to": "2016-06-22"},
         {"name": "Masashi Muromachi", "role": "Acting President", "from": "2015-07-21", "to": "2016-06-22"}]},
    {"type": "actor", "id": "wells-fargo", "name": "Wells Fargo & Co.",
     "aliases": ["Wells Fargo", "Wells Fargo & Company", "Wells Fargo Bank"],
     "speakers": [
         {"name": "John Stumpf", "role": "Chairman and Chief Executive Officer", "from": "2007-06-27", "to": "2016-10-12"},
         {"name": "Tim Sloan", "role": "Chief Executive Officer", "from": "2016-10-12", "to": "2019-03-28"},
         {"name": "Stephen Sanger", "role": "Lead Independent Director", "from": "2012-01-01", "to": "2016-10-12"},
         {"name": "Stephen Sanger", "role": "Chairman", "from": "2016-10-12", "to": "2017-12-31"}]},
    {"type": "actor", "id": "peloton", "name": "Peloton Interactive Inc.",
     "aliases": ["Peloton", "Peloton Interactive"],
     "speakers": [
         {"name": "John Foley", "role": "Co-founder and Chief Executive Officer", "from": "2012-01-01", "to": "2022-02-09"}]},
    {"type": "actor", "id": "belarus", "name": "Belarus",
     "aliases": ["Belarusian government", "Minsk", "Belarusian authorities", "Belarusian officials",
                 "Belarusian transport ministry", "Belarusian air force"],
     "speakers": [
         {"name": "Alexander Lukashenko", "role": "President", "from": "1994-07-20", "to": ONGOING},
         {"name": "Artem Sikorsky", "role": "Director, Aviation Department, Ministry of Transport and Communications", "from": "2019-01-01", "to": ONGOING},
         {"name": "Vladimir Makei", "role": "Foreign Minister", "from": "2012-08-20", "to": "2022-11-26"}]},
    {"type": "actor", "id": "kazakhstan", "name": "Kazakhstan",
     "aliases": ["Kazakh government", "Kazakh authorities", "Kazakh officials", "Nur-Sultan", "Akorda",
                 "Kazakh interior ministry", "Kazakh health ministry"],
     "speakers": [
         {"name": "Kassym-Jomart Tokayev", "role": "President", "from": "2019-03-20", "to": ONGOING},
         {"name": "Askar Mamin", "role": "Prime Minister", "from": "2019-02-25", "to": "2022-01-05"},
         {"name": "Alikhan Smailov", "role": "Prime Minister", "from": "2022-01-11", "to": "2024-02-05"},
         {"name": "Serik Shalabayev", "role": "Head of Criminal Prosecution, Prosecutor General's Office", "from": "2020-01-01", "to": "2023-12-31"}]},
    {"type": "actor", "id": "south-korea", "name": "South Korea",
     "aliases": ["Republic of Korea", "Seoul", "South Korean government", "presidential office",
                 "martial law command"],
     "speakers": [
         {"name": "Yoon Suk Yeol", "role": "President", "from": "2022-05-10", "to": "2025-04-04"},
         {"name": "Han Duck-soo", "role": "Prime Minister", "from": "2022-05-21", "to": "2025-05-01"},
         {"name": "Han Duck-soo", "role": "Acting President", "from": "2024-12-14", "to": "2024-12-27"},
         {"name": "Kim Yong-hyun", "role": "Chief, Presidential Security Service", "from": "2022-05-10", "to": "2024-09-05"},
         {"name": "Kim Yong-hyun", "role": "Minister of National Defense", "from": "2024-09-06", "to": "2024-12-05"},
         {"name": "Park An-soo", "role": "Martial Law Commander, Army Chief of Staff", "from": "2024-12-03", "to": "2024-12-04"}]},
]

OUTLETS = {
    "Quillmere Wire": "quillmere-wire.example",
    "Hollin Ridge News Agency": "hollin-ridge-news.example",
    "Brackenfold Dispatch": "brackenfold-dispatch.example",
    "Greyhaven Financial Post": "greyhaven-financial.example",
    "Eskdale Press Service": "eskdale-press.example",
    "Marlowe Point Courier": "marlowe-point-courier.example",
    "Saltcote Herald": "saltcote-herald.example",
    "Wyvernmoor Newswire": "wyvernmoor-newswire.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- the EPA and the air of lower Manhattan, 2001-03 (01-04)
("w15-01-epa-readings", "Quillmere Wire", "2001-09-14T01:30:00Z", "EPA says lower Manhattan air readings give no cause for alarm", [
"The Environmental Protection Agency said on Thursday that most of the air samples it had taken in lower Manhattan since the collapse of the World Trade Center showed asbestos at levels that posed no significant threat to the public, and that the city's drinking water had not been affected.",
"Administrator Christine Todd Whitman, who toured the area with city officials, said the agency was monitoring the air around the clock and that the readings so far were reassuring. Only a handful of samples taken right beside the debris pile had gone over the agency's threshold, the EPA said, and rescue workers there were being issued respirators and told to wear them.",
"The agency said it was also vacuuming streets with special equipment and would post its results publicly. It advised residents going back to apartments near the site to clean up dust with wet mops and cloths rather than brooms, and city health officials told people with asthma to stay indoors where smoke was still visible.",
]),
("w15-02-epa-safe", "Hollin Ridge News Agency", "2001-09-18T23:00:00Z", "Whitman tells New Yorkers their air is safe to breathe", [
"Christine Todd Whitman, the head of the Environmental Protection Agency, said on Tuesday that the latest tests gave New Yorkers no reason to worry about the air or the water near the ruins of the World Trade Center. \"I am glad to reassure the people of New York and Washington, D.C., that their air is safe to breathe and their water is safe to drink,\" she said in a statement issued in Washington.",
"The agency said new samples of dust and air showed asbestos and other pollutants at or below levels of concern for the general public, and that it would keep testing at sites across lower Manhattan and in New Jersey. People working on the pile itself still needed protective gear, officials added.",
"The statement came a day after the New York Stock Exchange reopened a few blocks from the site. Some residents and local doctors said they were still troubled by an acrid smell that hung over the district and by the grey dust that coated apartments near the towers.",
]),
("w15-03-epa-cleanup", "Brackenfold Dispatch", "2002-05-08T21:00:00Z", "EPA to clean apartments near Ground Zero, calls the step a precaution", [
"The Environmental Protection Agency said on Wednesday it would pay to clean and test apartments in lower Manhattan for dust from the World Trade Center, nearly eight months after the towers fell, in a program to be run with the Federal Emergency Management Agency and the city.",
"Residents south of Canal Street will be able to ask for their homes to be professionally cleaned or for the air inside to be tested for asbestos, agency officials said. They described the program as a precaution, saying that outdoor air in the area had met federal health standards for months and that the agency's monitoring had shown no long-term risk to the public.",
"Tenants' groups and several local officials, who had pressed the agency since the autumn to take responsibility for indoor dust, welcomed the plan but said it came late. Many apartments, they said, had already been cleaned by residents themselves, often without any protection.",
]),
("w15-04-epa-inspector", "Quillmere Wire", "2003-08-22T20:00:00Z", "EPA lacked data for its post-Sept. 11 air assurance, watchdog finds", [
"The Environmental Protection Agency did not have the data and analysis it needed when it told New Yorkers a week after the Sept. 11 attacks that their air was safe to breathe, the agency's inspector general said in a report released on Friday.",
"Inspector General Nikki Tinsley found that the agency's early public statements had been shaped by the White House Council on Environmental Quality, which persuaded it to add reassuring language to its press releases and to drop cautionary notes. At the time of the assurance, the report said, the agency had no monitoring data at all for several pollutants, among them PCBs and dioxin.",
"Marianne Horinko, the acting administrator, said the agency stood by its statements and that they had reflected the best judgement of its scientists at the time. Christine Todd Whitman, who left the agency in June, told reporters that no one at the White House had pushed her to say anything the data did not support.",
]),
# ---------------------------------------------------------------- Pat Tillman, 2004 and 2007 (05-08)
("w15-05-tillman-killed", "Eskdale Press Service", "2004-04-24T01:00:00Z", "Former NFL player Pat Tillman killed in Afghanistan", [
"Pat Tillman, who turned down a multimillion-dollar contract with the Arizona Cardinals to enlist in the Army after the Sept. 11 attacks, was killed in a firefight with enemy forces in southeastern Afghanistan, the military said on Friday.",
"Tillman, 27, an Army Ranger, died on Thursday evening when his patrol came under attack near the Pakistani border, about 25 miles southwest of the U.S. base at Khost, a military spokesman at Bagram air base said. An Afghan militiaman fighting alongside the Americans was also killed and two U.S. soldiers were wounded, the spokesman said.",
"Defense Secretary Donald Rumsfeld called Tillman an inspiration on and off the football field, and said he had walked away from fame and fortune to serve his country. Flags were lowered at the Cardinals' stadium in Tempe, and fans left flowers and jerseys outside.",
]),
("w15-06-tillman-silver-star", "Saltcote Herald", "2004-05-01T00:30:00Z", "Army awards Tillman the Silver Star", [
"The Army has posthumously awarded the Silver Star to Pat Tillman and promoted him to corporal, saying the former football player was shot as he led his team up a slope to protect fellow Rangers who were pinned down in an ambush.",
"According to the account released by the Army on Friday, Tillman left his vehicle when his platoon came under attack in a canyon in eastern Afghanistan, ordered his men forward and directed their fire at enemy positions, allowing the rest of the platoon to get out of the kill zone. He was fatally wounded by enemy fire, the citation said.",
"Army officials said the medal recognised gallantry in action against an armed enemy. A memorial service is planned for Monday in San Jose, Calif., where Tillman grew up, and Sen. John McCain is among those due to speak.",
]),
("w15-07-tillman-friendly-fire", "Eskdale Press Service", "2004-05-30T00:00:00Z", "Tillman probably killed by fire from his own unit, Army says", [
"Army Ranger Pat Tillman was probably killed by fellow American soldiers who mistook members of his team for the enemy in the confusion of a firefight in Afghanistan, the Army said on Saturday, five weeks after announcing that he had died fighting enemy forces.",
"Lt. Gen. Philip Kensinger, head of Army Special Operations Command, told reporters that an investigation had found Tillman was most likely hit by shots from another vehicle of his own platoon, which had been split in two in a narrow canyon as darkness fell. He said the findings did not diminish Tillman's courage in any way and that the Silver Star would stand.",
"Kensinger said the family had been briefed once the inquiry had reached its conclusions, and that the Army had not wanted to release details while investigators were still at work.",
]),
("w15-08-tillman-inspector", "Saltcote Herald", "2007-03-27T00:00:00Z", "Pentagon watchdog faults Army over handling of Tillman death", [
"Army officers suspected within days that Pat Tillman had been killed by his own comrades but did not tell his family for more than five weeks, the Defense Department's inspector general said on Monday, and nine officers, four of them generals, now face possible punishment.",
"Acting Inspector General Thomas Gimble said commanders knew before Tillman's nationally televised memorial service that fratricide was the likely cause of his death, and that the Army had broken its own rules by withholding that suspicion from his next of kin. The report also found that the paperwork for Tillman's Silver Star contained materially inaccurate statements about how he died.",
"The Army said it would review the medal citation and act on the findings, though officials said the award itself was expected to stand. Tillman's mother, Mary Tillman, said the family had been lied to from the start.",
]),
# ---------------------------------------------------------------- Fonterra's botulism scare, 2013 (09-11)
("w15-09-fonterra-recall", "Marlowe Point Courier", "2013-08-03T12:00:00Z", "Fonterra warns of botulism-causing bacteria in whey ingredient", [
"Fonterra, the world's biggest dairy exporter, said on Saturday that a whey protein ingredient made at one of its New Zealand plants had been contaminated with a strain of Clostridium bacteria that can cause botulism, and that it had alerted eight customers who used it in infant formula, sports drinks and other products.",
"Gary Romano, managing director of the cooperative's milk products business, said three batches of the concentrate, about 38 tonnes in all, had been made at the Hautapu plant in May 2012, and that an unclean pipe was the likely source. Fonterra had first detected a clostridium in March, he said, but learned only on Wednesday that it was the botulinum strain.",
"The Ministry for Primary Industries said tests had confirmed the presence of the botulinum strain, and that it was tracing the affected products in New Zealand and overseas and had notified regulators in Australia, China and other markets. Parents holding the batches of formula named in the recall should not use them, the ministry said.",
]),
("w15-10-fonterra-beijing", "Wyvernmoor Newswire", "2013-08-05T08:00:00Z", "Fonterra chief apologises in Beijing as China halts whey imports", [
"Fonterra's chief executive, Theo Spierings, flew to Beijing and apologised on Sunday for the contamination scare, saying the cooperative deeply regretted the worry caused to parents, as China halted imports of New Zealand whey powder and some dairy base powders.",
"Spierings told a news conference that all of the suspect product had been traced and that most of it had been secured, and he repeated that the whey concentrate in question carried a bacterium capable of producing the botulism toxin. He said he would stay in China until the matter was resolved.",
"In Wellington, Prime Minister John Key said the government wanted to know why it had taken Fonterra so long to raise the alarm, and that an inquiry was likely once the recall was complete. Primary Industries Minister Nathan Guy said officials were confident they knew where the affected ingredient had gone within New Zealand.",
]),
("w15-11-fonterra-false-alarm", "Marlowe Point Courier", "2013-08-28T06:00:00Z", "New Zealand says botulism scare was a false alarm", [
"The whey protein concentrate at the centre of this month's dairy recall never contained the bacterium that causes botulism, New Zealand's Ministry for Primary Industries said on Wednesday, after further testing in New Zealand and the United States.",
"The ministry said 195 tests had instead found a different, related organism, Clostridium sporogenes, which is not known to produce toxins and poses no food safety risk at the levels found. Primary Industries Minister Nathan Guy called the result good news for New Zealand and said the scare had turned out to be a false alarm, but added that the government inquiry into how Fonterra handled the matter would go ahead.",
"Fonterra said it welcomed the findings and that consumers could be reassured. Chief executive Theo Spierings said the cooperative had acted on the basis of the best information it had at the time and did not regret its decision to recall the product. Chinese officials said they would review the import restrictions.",
]),
# ---------------------------------------------------------------- Ukraine and the EU association agreement, 2013 (12-16)
("w15-12-ukraine-cabinet", "Hollin Ridge News Agency", "2013-09-18T16:00:00Z", "Ukraine's cabinet backs EU association pact ahead of Vilnius summit", [
"Ukraine's government unanimously approved the draft of a far-reaching association and free trade agreement with the European Union on Wednesday, and said it wanted the pact signed at the EU's Eastern Partnership summit in Vilnius at the end of November.",
"Prime Minister Mykola Azarov told ministers the agreement would open the European market to Ukrainian goods and draw in investment, and said Kiev had no intention of joining the Russian-led customs union in its place. Moscow has warned that it may restrict imports from Ukraine if the deal goes ahead.",
"European officials have said the signing also depends on Ukraine ending what they call selective justice, including the jailing of former prime minister Yulia Tymoshenko. Foreign Minister Leonid Kozhara said Ukraine expected to meet the bloc's conditions in time for the summit.",
]),
("w15-13-ukraine-suspends", "Brackenfold Dispatch", "2013-11-21T18:00:00Z", "Ukraine halts preparations for EU pact, seeks to mend Russian trade", [
"Ukraine's government on Thursday suspended its preparations to sign the association agreement with the European Union, a week before it was due to be signed in Vilnius, citing the need to protect national security and to restore trade with Russia.",
"A decree issued by the cabinet said Kiev wanted to revive economic ties with Russia and other former Soviet states, and proposed three-way talks with Moscow and Brussels on trade. Deputy Prime Minister Yuriy Boyko said the country could not afford the losses in output and exports that the pact would bring in the short term.",
"The announcement came hours after parliament voted down bills that would have let Yulia Tymoshenko travel abroad for medical treatment, one of the EU's conditions. The bloc's foreign policy chief, Catherine Ashton, said she was disappointed, and opposition leaders called supporters to Independence Square in Kiev.",
]),
("w15-14-ukraine-imf", "Hollin Ridge News Agency", "2013-11-26T17:00:00Z", "Azarov blames IMF terms; Yanukovych says European course unchanged", [
"Prime Minister Mykola Azarov said on Tuesday that tough conditions set by the International Monetary Fund for a new loan, among them higher household gas prices and a freeze on wages, were what finally persuaded the government to put off the agreement with the European Union.",
"Azarov told parliament that the IMF's letter of Nov. 20 had been the last straw, and described the suspension as a pause rather than a change of direction. President Viktor Yanukovych said in a televised interview on Monday evening that there was no alternative to building a society of European standards, and that Ukraine would sign the agreement once its terms had been improved.",
"Tens of thousands of people have rallied in Kiev since Sunday against the government's decision. European Commission President Jose Manuel Barroso said the EU's offer to Ukraine remained on the table.",
]),
("w15-15-ukraine-vilnius", "Wyvernmoor Newswire", "2013-11-29T16:00:00Z", "Yanukovych leaves Vilnius without signing EU pact", [
"President Viktor Yanukovych left the EU's Eastern Partnership summit in Vilnius on Friday without signing the association agreement his government had spent years negotiating, telling European leaders that Ukraine needed help to withstand pressure from Russia before it could go ahead.",
"Yanukovych said Ukraine still intended to sign the agreement in the near future, and he again proposed three-way talks with Russia and the EU. He asked the bloc for financial support to cover what his government says will be the cost of adapting its economy to European rules.",
"EU leaders said they would not accept a veto by a third country on the bloc's relations with its neighbours. Georgia and Moldova initialled their own agreements at the meeting, and protesters gathered again in Kiev's Independence Square.",
]),
("w15-16-ukraine-moscow-deal", "Greyhaven Financial Post", "2013-12-17T17:00:00Z", "Russia to buy $15 billion of Ukrainian debt and cut gas price", [
"Russia will buy $15 billion of Ukrainian government bonds and cut the price Ukraine pays for natural gas by about a third, President Vladimir Putin said on Tuesday after talks in the Kremlin with President Viktor Yanukovych.",
"The gas price will fall to $268.50 per 1,000 cubic metres from around $400, Putin said. Yanukovych said the agreements would help Ukraine's economy through a difficult period, and that Ukraine's joining the Russian-led customs union had not been discussed.",
"In Kiev, Prime Minister Mykola Azarov told reporters that the deals had saved the country from bankruptcy and social collapse, and that the government still meant to continue negotiations with the European Union. Protesters camped in the capital's centre denounced the agreement as a sale of the country.",
]),
# ---------------------------------------------------------------- Toshiba's accounts, 2015 (17-22)
("w15-17-toshiba-probe", "Greyhaven Financial Post", "2015-04-03T09:00:00Z", "Toshiba sets up special committee to probe project accounting", [
"Toshiba Corp. said on Friday it had set up a special committee to investigate how it accounted for some infrastructure projects in the business year that ended in March 2014, sending its shares lower in Tokyo trading.",
"The company said the inquiry would examine how the costs of long-term contracts had been estimated under the percentage-of-completion method, and that it could not yet say whether past earnings would have to be revised, or by how much. A Toshiba spokesman declined to say which projects were involved.",
"Analysts said the company, which makes everything from nuclear reactors to memory chips, had been under pressure to lift its profit margins, and that investors would want to know quickly whether the problem went beyond a few contracts.",
]),
("w15-18-toshiba-estimate", "Quillmere Wire", "2015-05-13T09:00:00Z", "Toshiba sees profit cut of about 50 billion yen, widens inquiry", [
"Toshiba Corp. said on Wednesday that its operating profit for the three business years through March 2014 would have to be cut by about 50 billion yen ($420 million) because of improper accounting for infrastructure projects, and that it was bringing in an independent panel to widen the inquiry.",
"The company had said last week that it would not pay a year-end dividend and was withdrawing its earnings forecast for the year that ended in March. President Hisao Tanaka apologised to shareholders for the trouble the affair had caused.",
"The independent committee, to be headed by a former prosecutor general, will also look at other parts of the business, Toshiba said. Its shares have lost about a fifth of their value since early April.",
]),
("w15-19-toshiba-tanaka-quits", "Greyhaven Financial Post", "2015-07-21T10:00:00Z", "Toshiba chief resigns after panel finds $1.2 billion profit padding", [
"Toshiba Corp. President Hisao Tanaka resigned on Tuesday, a day after an independent panel found that the company had overstated its pretax profit by 151.8 billion yen ($1.2 billion) over nearly seven years, under pressure from top managers to meet unrealistic targets.",
"The panel's report said successive presidents had set profit \"challenges\" that divisions felt unable to refuse, and that improper accounting had spread from infrastructure projects to personal computers, chips and televisions. Tanaka, bowing at a news conference, said he took responsibility for damaging the company's reputation, but said he had never directed anyone to carry out inappropriate accounting and had not been aware of it.",
"Vice Chairman Norio Sasaki and adviser Atsutoshi Nishida, both former presidents, also stepped down, and Chairman Masashi Muromachi will serve as acting president. Toshiba said it would publish restated earnings, together with its results for the year that ended in March, by Aug. 31.",
]),
("w15-20-toshiba-delay", "Eskdale Press Service", "2015-08-31T09:00:00Z", "Toshiba delays results again after finding more problems", [
"Toshiba Corp. said on Monday it would hold back its annual results and the restatement of past earnings until Sept. 7, missing the Aug. 31 date it had set, after finding about 10 further instances of questionable accounting.",
"Acting President Masashi Muromachi apologised for the delay, saying the company's auditors needed more time to check the newly found problems, most of them at subsidiaries. Toshiba said it had asked the financial regulator for a second extension of the deadline for filing its annual securities report.",
"It was the second time the company had put off the report since the scandal broke in April. Toshiba shares fell in Tokyo after the announcement, and analysts said the delay raised fresh doubts about its internal controls.",
]),
("w15-21-toshiba-restates", "Greyhaven Financial Post", "2015-09-07T09:00:00Z", "Toshiba cuts past profits by 224.8 billion yen, posts annual loss", [
"Toshiba Corp. on Monday reduced its pretax profits for the period from April 2008 to December 2014 by a total of 224.8 billion yen ($1.9 billion), more than four times the figure it had put on the problem in May, and reported a net loss for the year that ended in March.",
"The company said the restatement covered the inflated profits identified by the independent panel in July, the further items found since then, and write-downs on assets whose value it had overstated. Acting President Masashi Muromachi apologised again to shareholders.",
"Muromachi said Toshiba would overhaul its governance, with a majority of outside directors on a new board, and that it would consider legal action against former executives. The company said it expected to return to profit in the current year.",
]),
("w15-22-toshiba-sues", "Quillmere Wire", "2015-11-07T10:00:00Z", "Toshiba sues five former executives over accounting scandal", [
"Toshiba Corp. said on Saturday it had filed a lawsuit seeking 300 million yen in damages from five former executives, among them three former presidents, over the accounting scandal that forced it to restate seven years of profits.",
"A committee of outside lawyers appointed by the company found that Hisao Tanaka and his two predecessors, Norio Sasaki and Atsutoshi Nishida, along with two former chief financial officers, had either been aware of or had pushed for accounting that inflated profits and had failed to stop it, breaching their duty to the company, Toshiba said.",
"The company said the amount it was seeking could be raised later. Japan's securities watchdog is also examining Toshiba's disclosures and is expected to recommend a fine.",
]),
# ---------------------------------------------------------------- Wells Fargo's sales practices, 2016-17 (23-28)
("w15-23-wells-fine", "Greyhaven Financial Post", "2016-09-08T21:00:00Z", "Wells Fargo fined $185 million over accounts opened without consent", [
"Wells Fargo & Co. will pay $185 million in penalties to settle charges that its employees secretly opened bank and credit card accounts in customers' names without their permission in order to meet sales targets, federal and Los Angeles authorities said on Thursday.",
"The Consumer Financial Protection Bureau, which is levying $100 million of the total, the largest fine in its history, said bank employees had opened about 1.5 million deposit accounts and submitted about 565,000 credit card applications that may not have been authorized between 2011 and 2015. Director Richard Cordray said the practice had been widespread and illegal. The Office of the Comptroller of the Currency is imposing $35 million and the city of Los Angeles $50 million.",
"Wells Fargo said it regretted the practices, had fired about 5,300 employees over several years and had refunded about $2.6 million in fees. It neither admitted nor denied the allegations in settling.",
]),
("w15-24-wells-stumpf-interview", "Marlowe Point Courier", "2016-09-13T22:00:00Z", "Wells Fargo to drop sales goals; Stumpf defends bank's culture", [
"Wells Fargo & Co. said on Tuesday it would stop setting product sales goals for its retail bank employees from Jan. 1, 2017, days after agreeing to pay $185 million over accounts opened without customers' knowledge.",
"Chief Executive John Stumpf, in an interview with The Wall Street Journal, defended the bank's culture and said the roughly 5,300 employees who had been fired had acted against it. \"There was no incentive to do bad things,\" he said. He said the bank's own review had identified about 2.1 million accounts that might not have been authorized, and that affected customers had been repaid.",
"Senators including Elizabeth Warren and Sherrod Brown have called for a hearing, and Stumpf is due to testify before the Senate Banking Committee next week. The bank's shares have fallen since the settlement was announced.",
]),
("w15-25-wells-senate", "Hollin Ridge News Agency", "2016-09-21T01:00:00Z", "Stumpf apologises to senators, says sales goals already ended", [
"Wells Fargo Chief Executive John Stumpf told the Senate Banking Committee on Tuesday that he was deeply sorry the bank had failed to live up to its customers' trust, and that he accepted full responsibility for the unethical sales practices uncovered by regulators.",
"Stumpf said the bank had brought forward the end of product sales goals for retail bankers to Oct. 1. He declined to say whether he would give back any of his own pay, telling senators that compensation decisions were for the board. The misconduct had not been a scheme orchestrated from the top, he said, and he had first learned of it around 2013.",
"Sen. Elizabeth Warren told Stumpf he should resign and be criminally investigated, accusing him of gutless leadership. Republicans on the committee also criticised the bank, and several asked why senior managers had not been fired.",
]),
("w15-26-wells-clawback", "Greyhaven Financial Post", "2016-09-27T23:00:00Z", "Wells Fargo board claws back $41 million from Stumpf", [
"Wells Fargo's board said on Tuesday that Chief Executive John Stumpf would forfeit about $41 million in unvested stock awards and receive no salary while its independent directors investigate the bank's sales practices.",
"Carrie Tolstedt, who ran the community banking division where the unauthorized accounts were opened and who retired in July, will forfeit about $19 million in stock awards and will receive no severance or bonus for 2016, the board said. Lead independent director Stephen Sanger said the board was taking these steps while its inquiry went on and could take further action.",
"Stumpf told senators last week that decisions on his pay were for the board. He is due to appear before the House Financial Services Committee on Thursday.",
]),
("w15-27-wells-board-report", "Marlowe Point Courier", "2017-04-10T20:00:00Z", "Wells Fargo board report blames sales culture, claws back $75 million more", [
"A high-pressure sales culture in Wells Fargo's community bank, built on aggressive targets and a pay system that rewarded employees for opening accounts, pushed staff into creating accounts that customers did not want, the bank's independent directors said in a report released on Monday.",
"The report faulted former Chief Executive John Stumpf for being slow to grasp the scale of the problem and for continuing to defend the sales model, and found that Carrie Tolstedt had resisted outside scrutiny of her division. The board said it would claw back a further $28 million from Stumpf and $47.3 million from Tolstedt.",
"Chairman Stephen Sanger said the board had acted to hold the executives accountable, and that the bank had since ended sales goals and changed how retail staff are paid. Stumpf stepped down in October.",
]),
("w15-28-wells-recount", "Quillmere Wire", "2017-08-31T21:00:00Z", "Wells Fargo raises count of unauthorized accounts to 3.5 million", [
"Wells Fargo & Co. said on Thursday that its employees may have opened as many as 3.5 million accounts without customers' permission, two-thirds more than the 2.1 million it had identified last year.",
"The bank said a broader review, reaching back to January 2009 and running to September 2016, had found about 1.4 million more potentially unauthorized accounts, as well as 528,000 online bill-pay enrollments that customers may not have asked for. Chief Executive Tim Sloan apologised and said the bank would pay refunds to those who had been charged fees.",
"Sloan said the review was a necessary step in rebuilding trust with customers. Consumer groups said the new figures showed the damage had been far wider than the bank had admitted.",
]),
# ---------------------------------------------------------------- Peloton's Tread+, 2021 (29-31)
("w15-29-peloton-child-death", "Wyvernmoor Newswire", "2021-03-18T21:00:00Z", "Peloton says child died in accident involving its Tread+ treadmill", [
"Peloton Interactive Inc. said on Thursday that a child had died in an accident involving its Tread+ treadmill, and its chief executive urged owners to keep children and pets away from the machine.",
"In a letter to members, John Foley said the company was aware of only a small handful of incidents in which children had been hurt by the Tread+, and called the death a tragedy. He asked owners to remove the safety key after each workout and to keep it out of children's reach, and reminded them that the machine's warnings and instructions should always be followed.",
"Peloton did not give details of the accident or say where it had happened. The company, whose sales have soared during the pandemic, sells the Tread+ for about $4,295.",
]),
("w15-30-peloton-cpsc-warning", "Eskdale Press Service", "2021-04-17T18:00:00Z", "Safety agency urges Tread+ owners with children to stop using it; Peloton objects", [
"The U.S. Consumer Product Safety Commission warned on Saturday that Peloton's Tread+ treadmill posed a serious risk to children and urged owners with young children at home to stop using it at once, citing 39 incidents including the death of a child.",
"Acting Chairman Robert Adler said the agency had received multiple reports of children being pulled under the rear of the machine, and it released a video showing a child being drawn beneath a running Tread+. The agency said it was also aware of a pet being hurt.",
"Peloton called the warning inaccurate and misleading, and said there was no reason to stop using the Tread+ as long as all warnings and safety instructions were followed. The company said it had tried to agree on a joint statement with the commission and was disappointed that it had not.",
]),
("w15-31-peloton-recall", "Marlowe Point Courier", "2021-05-05T18:00:00Z", "Peloton recalls treadmills, says it erred in fighting regulator", [
"Peloton Interactive Inc. on Wednesday recalled about 125,000 Tread+ treadmills and about 1,050 of its cheaper Tread machines and told owners to stop using them, three weeks after it rejected a federal safety warning about the Tread+.",
"Chief Executive John Foley said Peloton had made a mistake in its initial response to the Consumer Product Safety Commission's request for a recall, and that the company should have engaged more productively with the agency from the start. Owners can return the Tread+ for a full refund, the company said.",
"The company said it had received 72 reports of adults, children, pets and objects being pulled under the rear of the Tread+, including 29 involving children. The smaller Tread was recalled because its touchscreen could come loose and fall. Acting Chairman Robert Adler welcomed the recall.",
]),
# ---------------------------------------------------------------- the Ryanair flight diverted to Minsk, 2021-22 (32-35, 43)
("w15-32-belarus-diversion", "Saltcote Herald", "2021-05-23T18:00:00Z", "Belarus scrambles fighter, diverts Ryanair jet and detains dissident journalist", [
"Belarus diverted a Ryanair airliner flying from Athens to Vilnius to Minsk on Sunday, sending a MiG-29 fighter jet to accompany it, and police then detained the opposition journalist Roman Protasevich, who was among the passengers.",
"The press service of President Alexander Lukashenko said he had personally given an unequivocal order for the plane to turn around and land in Minsk after being told of a bomb threat. Belarusian authorities said later that the aircraft had been searched and that no explosives were found.",
"Ryanair said Belarusian air traffic control had told the crew of a potential security threat on board and instructed them to divert to Minsk. Lithuania's president called the diversion unprecedented, and several European leaders said it amounted to state hijacking.",
]),
("w15-33-belarus-email", "Brackenfold Dispatch", "2021-05-24T17:00:00Z", "Belarus says Ryanair pilot chose Minsk, reads out bomb threat email", [
"Belarusian aviation officials said on Monday that the captain of the Ryanair flight had decided on his own to land in Minsk after being told of a bomb threat, and that the fighter jet sent up by the air force had been there only to help the crew if needed.",
"Artem Sikorsky, head of the transport ministry's aviation department, read out an email that he said had reached Minsk airport before controllers alerted the crew, signed by \"soldiers of Hamas\" and threatening to blow up the plane over Vilnius unless Israel agreed to a ceasefire in Gaza. He said Belarus had acted in line with international rules. The commander of the air force told reporters that no one had forced the plane to land.",
"Hamas denied any involvement. Meeting in Brussels, European Union leaders agreed to ban Belarusian airlines from the bloc's airspace and told European carriers to avoid flying over Belarus.",
]),
("w15-34-belarus-lukashenko", "Saltcote Herald", "2021-05-26T14:00:00Z", "Lukashenko defends diversion, says threat came from Switzerland", [
"President Alexander Lukashenko said on Wednesday that he had acted lawfully to protect the passengers when the Ryanair flight was brought to Minsk, and accused Western countries of waging a hybrid war against Belarus.",
"In his first public remarks on the incident, made to parliament, Lukashenko said the warning of a bomb had come from Switzerland, and that the fighter had been sent up to escort the airliner, not to force it down. He called the journalist Roman Protasevich a terrorist who had been planning a bloody rebellion. Protasevich appeared in a video from detention on Monday evening saying he had organised mass unrest, a statement his supporters said had been forced out of him.",
"Opposition leader Sviatlana Tsikhanouskaya, in exile in Lithuania, said the speech was full of lies. Britain and France have joined the EU in closing their airspace to Belarusian carriers, and the bloc is preparing sanctions against key sectors of the Belarusian economy.",
]),
("w15-35-belarus-proton", "Hollin Ridge News Agency", "2021-05-28T15:00:00Z", "Email provider says bomb threat was sent after jet was warned; Minsk says it has nothing to hide", [
"Proton, the Swiss service from which the bomb threat against the Ryanair flight was sent, said the message had gone out only after Belarusian controllers had already warned the crew of a bomb on board, casting doubt on Minsk's account of the diversion.",
"The company said it had seen no credible evidence that the email had been sent before the warning, and an independent investigative group said a copy of it reached Minsk airport nearly half an hour after the crew was contacted.",
"Belarus's foreign ministry said the country had nothing to hide and had invited experts from the International Civil Aviation Organization, the European Union and the United States to examine its records. President Alexander Lukashenko flew to Sochi for talks with President Vladimir Putin.",
]),
# ---------------------------------------------------------------- Kazakhstan's January unrest, 2022 (36-42)
("w15-36-kazakhstan-protests", "Wyvernmoor Newswire", "2022-01-03T16:00:00Z", "Protests spread in western Kazakhstan over doubled gas price", [
"Protests over a sharp rise in the price of liquefied petroleum gas spread across the Mangystau region of western Kazakhstan on Monday, as residents of the oil towns of Zhanaozen and Aktau blocked roads and gathered in central squares for a second day.",
"The price of the fuel, which most cars in the region run on, roughly doubled to about 120 tenge a litre after the government lifted price caps on Jan. 1 and moved trading to an electronic exchange. The government has defended the change, saying prices were now set by the market and that the old regulated price had been too low for producers to cover their costs, which had caused shortages.",
"A government commission was sent to Zhanaozen to meet the protesters, and police said the rallies had so far been peaceful.",
]),
("w15-37-kazakhstan-emergency", "Quillmere Wire", "2022-01-06T04:00:00Z", "Kazakh government resigns; Tokayev declares emergency and calls in Russian-led bloc", [
"President Kassym-Jomart Tokayev accepted the resignation of the government on Wednesday and declared a state of emergency in Almaty and Mangystau after protesters stormed official buildings in Almaty, and late in the evening he asked a Russian-led military alliance for help.",
"The government had cut the price of gas in Mangystau to 50 tenge a litre on Tuesday, and Tokayev ordered that state regulation of fuel prices be restored across the country for 180 days. He also said he was taking over as chairman of the Security Council from former president Nursultan Nazarbayev.",
"In a televised address, Tokayev said the unrest was the work of terrorist bands trained abroad, and that he had asked the Collective Security Treaty Organization to help the country overcome the threat. The alliance said early on Thursday that it would send peacekeeping forces.",
]),
("w15-38-kazakhstan-shoot", "Saltcote Herald", "2022-01-07T10:00:00Z", "Tokayev orders troops to shoot to kill, rules out talks", [
"President Kassym-Jomart Tokayev said on Friday he had authorised security forces to open fire to kill without warning, and rejected calls from abroad for negotiations with the protesters, whom he described as criminals and murderers.",
"In a televised address, Tokayev said 20,000 bandits had attacked Almaty and that constitutional order had largely been restored across the country. He thanked President Vladimir Putin for his help and said the troops sent by the Collective Security Treaty Organization would stay in the country only temporarily.",
"The interior ministry said 26 armed criminals had been killed and more than 3,000 people detained, and that 18 members of the security forces had died. Internet access remained largely cut across the country. Russian paratroopers and smaller units from Belarus, Armenia, Tajikistan and Kyrgyzstan began arriving on Thursday.",
]),
("w15-39-kazakhstan-164", "Brackenfold Dispatch", "2022-01-09T10:00:00Z", "Kazakh state media say 164 killed in week of unrest", [
"One hundred and sixty-four people have been killed across Kazakhstan in a week of unrest, the state news channel Khabar 24 reported on Sunday, citing the health ministry, a far higher toll than officials had given before.",
"The figure, published on the channel's Telegram account, included 103 deaths in Almaty, the country's largest city, and three children, the report said. The interior ministry said 5,800 people had been detained, among them several foreign nationals.",
"President Kassym-Jomart Tokayev's office said the situation had stabilised in all regions and that security forces were still carrying out counter-terrorist operations in Almaty, where shops and some public transport began to reopen. Residents of the city described bodies lying in the streets in the first days of the violence, and its airport, seized by protesters on Wednesday, remained closed.",
]),
("w15-40-kazakhstan-retraction", "Wyvernmoor Newswire", "2022-01-10T12:00:00Z", "Kazakhstan disowns 164 death toll; Tokayev calls unrest attempted coup", [
"Kazakh authorities said late on Sunday that the report of 164 deaths carried by state television earlier in the day was wrong, leaving the country without an official count of the civilians killed in last week's unrest.",
"The information ministry said the figure had been published in error because of a technical fault, and that final numbers would be released once investigators had finished their work. The post citing it was taken down.",
"President Kassym-Jomart Tokayev told a video summit of the Collective Security Treaty Organization on Monday that the unrest had been an attempted coup by armed groups directed from a single command centre, and said the hunt for those who took part would continue. Human rights groups urged the authorities to publish full figures and to account for the thousands of people detained.",
]),
("w15-41-kazakhstan-withdrawal", "Quillmere Wire", "2022-01-11T09:00:00Z", "Tokayev says Russian-led troops will start leaving in two days", [
"The peacekeeping force sent to Kazakhstan by the Collective Security Treaty Organization has done its job and will begin to withdraw in two days, President Kassym-Jomart Tokayev told parliament on Tuesday, adding that the pullout would take no more than 10 days.",
"Tokayev said the foreign troops had guarded strategic facilities and had not taken part in operations against protesters. He nominated Alikhan Smailov, the first deputy prime minister, as prime minister, and lawmakers approved him within the hour.",
"In unusually sharp remarks about the era of his predecessor, Nursultan Nazarbayev, Tokayev said a layer of wealthy people had emerged in the country, and said they should pay into a new fund for social needs. He spoke in a session broadcast live on state television, his first address to parliament since the unrest began.",
]),
("w15-42-kazakhstan-225", "Hollin Ridge News Agency", "2022-01-15T14:00:00Z", "Kazakhstan puts death toll from unrest at 225", [
"The bodies of 225 people killed during this month's unrest have been handed to morgues, among them 19 members of the police and the military, Kazakhstan's prosecutor general's office said on Saturday, the first official toll since the authorities withdrew a figure of 164 last week.",
"Serik Shalabayev, who heads the office's criminal prosecution department, told a briefing that most of the dead were armed bandits who had attacked buildings and security forces, but that some civilians had also been killed. Investigations into the deaths were under way, he said.",
"The last of the troops sent by the Russian-led alliance are due to leave the country next week. Human rights groups called for an independent inquiry into the use of force.",
]),
# ---------------------------------------------------------------- the ICAO's findings on the Ryanair flight, 2022 (43)
("w15-43-belarus-icao", "Brackenfold Dispatch", "2022-07-19T18:00:00Z", "UN aviation council finds bomb threat against Ryanair flight was false", [
"The governing council of the International Civil Aviation Organization said on Monday that the bomb threat which led to the diversion of a Ryanair flight to Minsk in May 2021 had been deliberately false and had put the aircraft in danger, and it condemned the Belarusian government's part in it.",
"The council acted on an updated report by its fact-finding team, which drew on testimony from a former Belarusian air traffic controller who had left the country and who said an officer of the security services in the control room had dictated what the crew was told.",
"Belarus's transport ministry rejected the council's conclusions as politically motivated and said it had cooperated fully with the investigation. It said again that the decision to land in Minsk had been the captain's.",
]),
# ---------------------------------------------------------------- South Korea's martial law, 2024-25 (44-50)
("w15-44-korea-denial", "Hollin Ridge News Agency", "2024-09-02T09:00:00Z", "Defence minister nominee dismisses opposition claims of martial law plans", [
"Kim Yong-hyun, President Yoon Suk Yeol's nominee for defence minister, on Monday dismissed opposition claims that the government was preparing to declare martial law, telling lawmakers at his confirmation hearing that such a step was unthinkable in today's South Korea and that the military would not go along with it.",
"Lawmakers of the opposition Democratic Party have said in recent weeks that the choice of Kim, the head of the presidential security service and an alumnus of Yoon's high school, was part of a plan to prepare for martial law. Kim called the suspicion groundless and said it amounted to a political attack on the government.",
"The presidential office has also rejected the claims, calling them irresponsible fake news meant to stir up public fears. Democratic Party leaders said they would keep raising the matter in parliament.",
]),
("w15-45-korea-martial-law", "Eskdale Press Service", "2024-12-03T14:50:00Z", "South Korean president declares emergency martial law", [
"South Korean President Yoon Suk Yeol declared emergency martial law late on Tuesday in an unannounced televised address, accusing the opposition-controlled parliament of paralysing the government and of sympathising with North Korea.",
"Yoon said he was acting to root out shameless pro-North Korean anti-state forces and to protect the country's free constitutional order. He pointed to the opposition's repeated motions to impeach officials and to its cuts to the government's budget.",
"A decree issued by the martial law command, headed by the army chief of staff, Gen. Park An-soo, banned all political activity, including that of the National Assembly and local councils, and put the media under military control. Troops and helicopters arrived at the assembly building in Seoul, where lawmakers were rushing to gather.",
]),
("w15-46-korea-lifted", "Wyvernmoor Newswire", "2024-12-03T21:00:00Z", "Yoon lifts martial law after parliament votes it down", [
"President Yoon Suk Yeol said early on Wednesday that he would lift the martial law he had declared about six hours earlier, after the National Assembly voted to end it and troops withdrew from the parliament building.",
"In a brief televised statement, Yoon said he had accepted the assembly's demand and pulled out the troops, and the cabinet formally ended the measure at about 4:30 a.m. He urged lawmakers to stop what he called reckless impeachments and cuts to the budget.",
"All 190 lawmakers present voted for the resolution shortly after 1 a.m., some of them having climbed over fences to get into the building. The opposition Democratic Party said Yoon should resign or face impeachment. The won, which fell sharply overnight, recovered some of its losses after the finance ministry said it was ready to support markets with unlimited liquidity.",
]),
("w15-47-korea-apology", "Marlowe Point Courier", "2024-12-07T03:00:00Z", "Yoon apologises for martial law, leaves his fate to his party", [
"President Yoon Suk Yeol apologised to the nation on Saturday for declaring martial law, saying he was very sorry for the anxiety and distress it had caused, and left it to his ruling party to decide how to steady the political situation, including the question of his term in office.",
"In a two-minute televised address, his first public appearance since Wednesday, Yoon said the declaration had come from his desperation as president and that he would not avoid legal or political responsibility for it. There would be no second martial law declaration, he said.",
"The leader of the ruling People Power Party, Han Dong-hoon, said Yoon could no longer carry out his duties normally and that an early exit was inevitable. Parliament is due to vote on a motion to impeach the president later on Saturday.",
]),
("w15-48-korea-fight", "Eskdale Press Service", "2024-12-12T03:00:00Z", "Yoon vows to fight to the end, calls martial law an act of governance", [
"President Yoon Suk Yeol said on Thursday that his declaration of martial law had been a legitimate act of governance and not an insurrection, and vowed to fight to the end against the efforts to remove him from office.",
"In a televised address of nearly half an hour, Yoon said he had declared martial law to alert the public to what he called the opposition's abuse of power, and that he had sent only a small number of troops to the assembly to keep order, not to shut it down. Whether he was impeached or investigated, he said, he would face it squarely.",
"The speech came two days before a second impeachment vote. The ruling party's leader said it amounted to an admission of insurrection and urged his lawmakers to vote to impeach.",
]),
("w15-49-korea-impeached", "Saltcote Herald", "2024-12-14T10:00:00Z", "South Korea's parliament impeaches Yoon", [
"South Korea's National Assembly voted on Saturday to impeach President Yoon Suk Yeol over his short-lived declaration of martial law, suspending him from office while the Constitutional Court decides whether to remove him. The motion passed by 204 votes to 85.",
"In a statement after the vote, Yoon said he would step aside for now but would never give up, and asked officials to keep the government running. Prime Minister Han Duck-soo, who takes over as acting president, said he would do his utmost to ensure stable government.",
"The court has up to 180 days to rule. Opposition leader Lee Jae-myung called the vote a victory for the people, and tens of thousands of people who had gathered outside the assembly in freezing weather cheered the result.",
]),
("w15-50-korea-arrest", "Quillmere Wire", "2025-01-15T03:00:00Z", "Yoon arrested in insurrection inquiry after weeks of resistance", [
"Investigators arrested impeached President Yoon Suk Yeol at his residence in Seoul on Wednesday, the first time a sitting South Korean president has been detained, after he had ignored three summonses for questioning and his security service had blocked an earlier attempt to take him in.",
"In a recorded video message released as he was led away, Yoon said he had agreed to go to the investigators' office to prevent bloodshed, but that he did not recognise the legitimacy of the investigation, which he called illegal. His lawyers have argued that the anti-corruption office leading the inquiry has no authority to investigate insurrection.",
"More than 3,000 police officers were deployed around the residence for the operation. Yoon had stayed inside the compound since his impeachment, and an attempt to arrest him on Jan. 3 was called off after a standoff of more than five hours with his guards.",
]),
]

STATEMENTS = {
"w15-01-epa-readings": [["united-states", "posed no significant threat to the public"], ["united-states", "drinking water had not been affected"],
        ["united-states", "monitoring the air around the clock"], ["united-states", "the readings so far were reassuring"],
        ["united-states", "had gone over the agency's threshold"], ["united-states", "being issued respirators and told to"],
        ["united-states", "would post its results publicly"], ["united-states", "clean up dust with wet mops"]],
"w15-02-epa-safe": [["united-states", "no reason to worry about the"], ["united-states", "their air is safe to breathe"],
        ["united-states", "their water is safe to drink"], ["united-states", "at or below levels of concern"],
        ["united-states", "would keep testing at sites across"], ["united-states", "still needed protective gear"]],
"w15-03-epa-cleanup": [["united-states", "would pay to clean and test"], ["united-states", "described the program as a precaution"],
        ["united-states", "had met federal health standards for"], ["united-states", "had shown no long-term risk"]],
"w15-04-epa-inspector": [["united-states", "did not have the data and"], ["united-states", "had been shaped by the White"],
        ["united-states", "persuaded it to add reassuring language"], ["united-states", "had no monitoring data at all"],
        ["united-states", "stood by its statements"], ["united-states", "reflected the best judgement of its"]],
"w15-05-tillman-killed": [["united-states", "killed in a firefight with enemy forces"], ["united-states", "came under attack near the Pakistani"],
        ["united-states", "two U.S. soldiers were wounded"], ["united-states", "called Tillman an inspiration on and"],
        ["united-states", "walked away from fame and fortune"]],
"w15-06-tillman-silver-star": [["united-states", "posthumously awarded the Silver Star"], ["united-states", "was shot as he led his"],
        ["united-states", "directed their fire at enemy positions"], ["united-states", "fatally wounded by enemy fire"],
        ["united-states", "recognised gallantry in action"]],
"w15-07-tillman-friendly-fire": [["united-states", "probably killed by fellow American soldiers"], ["united-states", "most likely hit by shots from"],
        ["united-states", "did not diminish Tillman's courage"], ["united-states", "the Silver Star would stand"],
        ["united-states", "had been briefed once the inquiry"], ["united-states", "had not wanted to release details"]],
"w15-08-tillman-inspector": [["united-states", "suspected within days that Pat Tillman"], ["united-states", "did not tell his family for"],
        ["united-states", "fratricide was the likely cause"], ["united-states", "had broken its own rules"],
        ["united-states", "contained materially inaccurate statements"], ["united-states", "would review the medal citation"],
        ["united-states", "award itself was expected to stand"]],
"w15-09-fonterra-recall": [["fonterra", "had been contaminated with a strain"], ["fonterra", "had alerted eight customers"],
        ["fonterra", "about 38 tonnes in all"], ["fonterra", "an unclean pipe was the likely"],
        ["fonterra", "learned only on Wednesday that it"], ["new-zealand", "confirmed the presence of the botulinum"],
        ["new-zealand", "was tracing the affected products"], ["new-zealand", "should not use them, the ministry"]],
"w15-10-fonterra-beijing": [["fonterra", "deeply regretted the worry caused"], ["fonterra", "all of the suspect product had"],
        ["fonterra", "carried a bacterium capable of producing"], ["fonterra", "would stay in China until"],
        ["new-zealand", "why it had taken Fonterra so"], ["new-zealand", "an inquiry was likely"],
        ["new-zealand", "were confident they knew where"]],
"w15-11-fonterra-false-alarm": [["new-zealand", "never contained the bacterium that causes"], ["new-zealand", "found a different, related organism"],
        ["new-zealand", "poses no food safety risk"], ["new-zealand", "called the result good news"],
        ["new-zealand", "had turned out to be a"], ["new-zealand", "would go ahead"],
        ["fonterra", "it welcomed the findings"], ["fonterra", "consumers could be reassured"],
        ["fonterra", "on the basis of the best"], ["fonterra", "did not regret its decision"]],
"w15-12-ukraine-cabinet": [["ukraine", "unanimously approved the draft"], ["ukraine", "wanted the pact signed at"],
        ["ukraine", "would open the European market"], ["ukraine", "no intention of joining the Russian-led"],
        ["ukraine", "expected to meet the bloc's conditions"]],
"w15-13-ukraine-suspends": [["ukraine", "suspended its preparations to sign"], ["ukraine", "citing the need to protect national"],
        ["ukraine", "wanted to revive economic ties"], ["ukraine", "proposed three-way talks with Moscow"],
        ["ukraine", "could not afford the losses"]],
"w15-14-ukraine-imf": [["ukraine", "finally persuaded the government to"], ["ukraine", "had been the last straw"],
        ["ukraine", "a pause rather than a change"], ["ukraine", "no alternative to building a society"],
        ["ukraine", "would sign the agreement once its"]],
"w15-15-ukraine-vilnius": [["ukraine", "needed help to withstand pressure"], ["ukraine", "still intended to sign the agreement"],
        ["ukraine", "again proposed three-way talks"], ["ukraine", "asked the bloc for financial support"]],
"w15-16-ukraine-moscow-deal": [["ukraine", "would help Ukraine's economy through"], ["ukraine", "customs union had not been discussed"],
        ["ukraine", "saved the country from bankruptcy"], ["ukraine", "still meant to continue negotiations"]],
"w15-17-toshiba-probe": [["toshiba", "had set up a special committee"], ["toshiba", "would examine how the costs"],
        ["toshiba", "could not yet say whether past"], ["toshiba", "declined to say which projects"]],
"w15-18-toshiba-estimate": [["toshiba", "cut by about 50 billion yen"], ["toshiba", "bringing in an independent panel"],
        ["toshiba", "would not pay a year-end dividend"], ["toshiba", "withdrawing its earnings forecast"],
        ["toshiba", "apologised to shareholders for the trouble"], ["toshiba", "will also look at other parts"]],
"w15-19-toshiba-tanaka-quits": [["toshiba", "took responsibility for damaging the company's"], ["toshiba", "had never directed anyone to carry"],
        ["toshiba", "had not been aware of it"], ["toshiba", "would publish restated earnings"],
        ["toshiba", "by Aug. 31"]],
"w15-20-toshiba-delay": [["toshiba", "would hold back its annual results"], ["toshiba", "until Sept. 7"],
        ["toshiba", "about 10 further instances"], ["toshiba", "apologised for the delay"],
        ["toshiba", "auditors needed more time to check"], ["toshiba", "asked the financial regulator for"]],
"w15-21-toshiba-restates": [["toshiba", "by a total of 224.8 billion"], ["toshiba", "reported a net loss"],
        ["toshiba", "the restatement covered the inflated profits"], ["toshiba", "apologised again to shareholders"],
        ["toshiba", "would overhaul its governance"], ["toshiba", "would consider legal action against"],
        ["toshiba", "expected to return to profit"]],
"w15-22-toshiba-sues": [["toshiba", "had filed a lawsuit seeking"], ["toshiba", "had either been aware of or"],
        ["toshiba", "breaching their duty to the company"], ["toshiba", "could be raised later"]],
"w15-23-wells-fine": [["united-states", "opened about 1.5 million deposit accounts"], ["united-states", "about 565,000 credit card applications"],
        ["united-states", "had been widespread and illegal"], ["united-states", "is imposing $35 million"],
        ["wells-fargo", "it regretted the practices"], ["wells-fargo", "had fired about 5,300 employees"],
        ["wells-fargo", "refunded about $2.6 million in fees"], ["wells-fargo", "neither admitted nor denied the allegations"]],
"w15-24-wells-stumpf-interview": [["wells-fargo", "would stop setting product sales goals"], ["wells-fargo", "defended the bank's culture"],
        ["wells-fargo", "had acted against it"], ["wells-fargo", "no incentive to do bad things"],
        ["wells-fargo", "identified about 2.1 million accounts"], ["wells-fargo", "affected customers had been repaid"]],
"w15-25-wells-senate": [["wells-fargo", "was deeply sorry the bank"], ["wells-fargo", "accepted full responsibility for the unethical"],
        ["wells-fargo", "brought forward the end of product"], ["wells-fargo", "for retail bankers to Oct. 1"],
        ["wells-fargo", "compensation decisions were for the board"], ["wells-fargo", "not been a scheme orchestrated"],
        ["wells-fargo", "had first learned of it"]],
"w15-26-wells-clawback": [["wells-fargo", "would forfeit about $41 million"], ["wells-fargo", "receive no salary while its"],
        ["wells-fargo", "will forfeit about $19 million"], ["wells-fargo", "no severance or bonus for 2016"],
        ["wells-fargo", "could take further action"]],
"w15-27-wells-board-report": [["wells-fargo", "rewarded employees for opening accounts"], ["wells-fargo", "pushed staff into creating accounts"],
        ["wells-fargo", "faulted former Chief Executive John Stumpf"], ["wells-fargo", "continuing to defend the sales model"],
        ["wells-fargo", "had resisted outside scrutiny"], ["wells-fargo", "would claw back a further $28"],
        ["wells-fargo", "had acted to hold the executives"], ["wells-fargo", "had since ended sales goals"]],
"w15-28-wells-recount": [["wells-fargo", "as many as 3.5 million accounts"], ["wells-fargo", "about 1.4 million more potentially unauthorized"],
        ["wells-fargo", "528,000 online bill-pay enrollments"], ["wells-fargo", "Tim Sloan apologised"],
        ["wells-fargo", "would pay refunds to those"], ["wells-fargo", "a necessary step in rebuilding trust"]],
"w15-29-peloton-child-death": [["peloton", "a child had died in an"], ["peloton", "keep children and pets away"],
        ["peloton", "aware of only a small handful"], ["peloton", "called the death a tragedy"],
        ["peloton", "remove the safety key after"], ["peloton", "warnings and instructions should always be"]],
"w15-30-peloton-cpsc-warning": [["united-states", "posed a serious risk to children"], ["united-states", "urged owners with young children"],
        ["united-states", "citing 39 incidents including the death"], ["united-states", "children being pulled under the rear"],
        ["united-states", "also aware of a pet"], ["peloton", "called the warning inaccurate and misleading"],
        ["peloton", "no reason to stop using the"], ["peloton", "had tried to agree on a"]],
"w15-31-peloton-recall": [["peloton", "recalled about 125,000 Tread+ treadmills"], ["peloton", "told owners to stop using them"],
        ["peloton", "had made a mistake in its"], ["peloton", "should have engaged more productively"],
        ["peloton", "return the Tread+ for a full"], ["peloton", "had received 72 reports"],
        ["peloton", "touchscreen could come loose and fall"], ["united-states", "Adler welcomed the recall"]],
"w15-32-belarus-diversion": [["belarus", "given an unequivocal order for the"], ["belarus", "turn around and land in Minsk"],
        ["belarus", "no explosives were found"]],
"w15-33-belarus-email": [["belarus", "decided on his own to land"], ["belarus", "had been there only to help"],
        ["belarus", "had reached Minsk airport before controllers"], ["belarus", "had acted in line with international"],
        ["belarus", "no one had forced the plane"]],
"w15-34-belarus-lukashenko": [["belarus", "had acted lawfully to protect the"], ["belarus", "waging a hybrid war against Belarus"],
        ["belarus", "had come from Switzerland"], ["belarus", "to escort the airliner, not to"],
        ["belarus", "planning a bloody rebellion"]],
"w15-35-belarus-proton": [["belarus", "had nothing to hide"], ["belarus", "had invited experts from the International"]],
"w15-36-kazakhstan-protests": [["kazakhstan", "prices were now set by the"], ["kazakhstan", "too low for producers to cover"],
        ["kazakhstan", "which had caused shortages"], ["kazakhstan", "rallies had so far been peaceful"]],
"w15-37-kazakhstan-emergency": [["kazakhstan", "accepted the resignation of the government"], ["kazakhstan", "cut the price of gas"],
        ["kazakhstan", "state regulation of fuel prices be"], ["kazakhstan", "taking over as chairman of the"],
        ["kazakhstan", "terrorist bands trained abroad"], ["kazakhstan", "help the country overcome the threat"]],
"w15-38-kazakhstan-shoot": [["kazakhstan", "open fire to kill without warning"], ["kazakhstan", "rejected calls from abroad for negotiations"],
        ["kazakhstan", "20,000 bandits had attacked Almaty"], ["kazakhstan", "had largely been restored"],
        ["kazakhstan", "would stay in the country only"], ["kazakhstan", "26 armed criminals had been killed"],
        ["kazakhstan", "18 members of the security forces"]],
"w15-39-kazakhstan-164": [["kazakhstan", "have been killed across Kazakhstan"], ["kazakhstan", "included 103 deaths in Almaty"],
        ["kazakhstan", "5,800 people had been detained"], ["kazakhstan", "had stabilised in all regions"]],
"w15-40-kazakhstan-retraction": [["kazakhstan", "earlier in the day was wrong"], ["kazakhstan", "had been published in error"],
        ["kazakhstan", "final numbers would be released"], ["kazakhstan", "had been an attempted coup"],
        ["kazakhstan", "from a single command centre"], ["kazakhstan", "the hunt for those who took"]],
"w15-41-kazakhstan-withdrawal": [["kazakhstan", "has done its job and will"], ["kazakhstan", "begin to withdraw in two days"],
        ["kazakhstan", "take no more than 10 days"], ["kazakhstan", "had guarded strategic facilities"],
        ["kazakhstan", "had not taken part in operations"], ["kazakhstan", "a layer of wealthy people"]],
"w15-42-kazakhstan-225": [["kazakhstan", "bodies of 225 people killed"], ["kazakhstan", "19 members of the police"],
        ["kazakhstan", "most of the dead were armed"], ["kazakhstan", "some civilians had also been killed"],
        ["kazakhstan", "Investigations into the deaths were under"]],
"w15-43-belarus-icao": [["belarus", "rejected the council's conclusions as politically"], ["belarus", "had cooperated fully with the investigation"],
        ["belarus", "had been the captain's"]],
"w15-44-korea-denial": [["south-korea", "dismissed opposition claims that the government"], ["south-korea", "was unthinkable in today's South Korea"],
        ["south-korea", "the military would not go along"], ["south-korea", "called the suspicion groundless"],
        ["south-korea", "a political attack on the government"], ["south-korea", "irresponsible fake news meant to stir"]],
"w15-45-korea-martial-law": [["south-korea", "declared emergency martial law late"], ["south-korea", "paralysing the government"],
        ["south-korea", "root out shameless pro-North Korean"], ["south-korea", "protect the country's free constitutional order"],
        ["south-korea", "banned all political activity"], ["south-korea", "put the media under military control"]],
"w15-46-korea-lifted": [["south-korea", "would lift the martial law"], ["south-korea", "had accepted the assembly's demand"],
        ["south-korea", "pulled out the troops"], ["south-korea", "formally ended the measure"],
        ["south-korea", "reckless impeachments and cuts"], ["south-korea", "support markets with unlimited liquidity"]],
"w15-47-korea-apology": [["south-korea", "apologised to the nation on Saturday"], ["south-korea", "very sorry for the anxiety"],
        ["south-korea", "left it to his ruling party"], ["south-korea", "the question of his term"],
        ["south-korea", "had come from his desperation"], ["south-korea", "would not avoid legal or political"],
        ["south-korea", "no second martial law declaration"]],
"w15-48-korea-fight": [["south-korea", "a legitimate act of governance"], ["south-korea", "not an insurrection"],
        ["south-korea", "vowed to fight to the end"], ["south-korea", "to alert the public to"],
        ["south-korea", "only a small number of troops"], ["south-korea", "to keep order, not to shut"],
        ["south-korea", "he would face it squarely"]],
"w15-49-korea-impeached": [["south-korea", "would step aside for now"], ["south-korea", "would never give up"],
        ["south-korea", "keep the government running"], ["south-korea", "do his utmost to ensure stable"]],
"w15-50-korea-arrest": [["south-korea", "agreed to go to the investigators'"], ["south-korea", "to prevent bloodshed"],
        ["south-korea", "did not recognise the legitimacy"], ["south-korea", "which he called illegal"]],
}

OPTIONAL = {
"w15-04-epa-inspector": [["united-states", "their air was safe to breathe"]],
"w15-07-tillman-friendly-fire": [["united-states", "he had died fighting enemy forces"]],
"w15-21-toshiba-restates": [["toshiba", "the figure it had put on"]],
"w15-26-wells-clawback": [["wells-fargo", "decisions on his pay were for"]],
"w15-28-wells-recount": [["wells-fargo", "the 2.1 million it had identified"]],
"w15-31-peloton-recall": [["peloton", "rejected a federal safety warning"]],
"w15-42-kazakhstan-225": [["kazakhstan", "withdrew a figure of 164"]],
"w15-46-korea-lifted": [["south-korea", "the martial law he had declared"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["w15-30-peloton-cpsc-warning", "w15-31-peloton-recall", "peloton", "stance-reversal: the company called the safety agency's warning inaccurate and misleading and said there was no reason to stop using the Tread+ if the warnings were followed; three weeks later it recalls the machine, tells owners to stop using it and says its first response was a mistake"],
["w15-36-kazakhstan-protests", "w15-37-kazakhstan-emergency", "kazakhstan", "stance-reversal: the government defended market pricing of gas, saying the old regulated price was too low and caused shortages; two days later it cuts the price to 50 tenge and state regulation of fuel prices is restored for 180 days"],
["w15-47-korea-apology", "w15-48-korea-fight", "south-korea", "stance-reversal: the president apologised for martial law, said it came from desperation and left his term to his party; five days later he calls it a legitimate act of governance and vows to fight to the end"],
# commitments reversed in other words
["w15-12-ukraine-cabinet", "w15-13-ukraine-suspends", "ukraine", "commitment-reversed: the government approved the association agreement and wanted it signed at the Vilnius summit; a week before the summit it suspends its preparations to sign and turns to restoring trade with Russia"],
["w15-45-korea-martial-law", "w15-46-korea-lifted", "south-korea", "commitment-reversed: the president imposes emergency martial law to root out anti-state forces and the command bans all political activity; about six hours later he lifts it and pulls out the troops"],
["w15-47-korea-apology", "w15-50-korea-arrest", "south-korea", "commitment-reversed: the president said he would not avoid legal or political responsibility for martial law; five weeks later, arrested after ignoring summonses, he says he does not recognise the legitimacy of the investigation and calls it illegal"],
# denials then action or admission
["w15-19-toshiba-tanaka-quits", "w15-22-toshiba-sues", "toshiba", "denial-then-action: the president said he had never directed improper accounting and had not been aware of it; the company now sues him, saying he and four others were aware of or pushed for accounting that inflated profits"],
# claims negated
["w15-01-epa-readings", "w15-04-epa-inspector", "united-states", "claim-negated: the agency said the readings posed no significant threat to the public and were reassuring; its own inspector general finds that it lacked the data to make its early assurances and had no data at all for several pollutants"],
["w15-02-epa-safe", "w15-04-epa-inspector", "united-states", "claim-negated: the administrator told New Yorkers their air was safe to breathe; the agency's inspector general finds that it did not have the data and analysis to say so and that reassuring language was added at the White House's urging"],
["w15-05-tillman-killed", "w15-07-tillman-friendly-fire", "united-states", "claim-negated: the military said Tillman was killed in a firefight with enemy forces; five weeks later the Army says he was probably killed by fellow American soldiers"],
["w15-06-tillman-silver-star", "w15-07-tillman-friendly-fire", "united-states", "claim-negated: the Army's Silver Star citation said Tillman was fatally wounded by enemy fire; a month later the Army says he was most likely hit by shots from his own platoon"],
["w15-06-tillman-silver-star", "w15-08-tillman-inspector", "united-states", "claim-negated: the Army's account of the Silver Star action had Tillman killed by enemy fire; the Pentagon's inspector general finds the award paperwork contained materially inaccurate statements about how he died"],
["w15-07-tillman-friendly-fire", "w15-08-tillman-inspector", "united-states", "claim-negated: the Army said it briefed the family once the inquiry reached its conclusions and had held back details while investigators worked; the inspector general finds officers suspected fratricide within days and broke Army rules by withholding it from the family"],
["w15-09-fonterra-recall", "w15-11-fonterra-false-alarm", "new-zealand", "claim-negated: the ministry said tests had confirmed the botulinum strain in the whey concentrate; four weeks later it says the concentrate never contained the bacterium that causes botulism"],
["w15-10-fonterra-beijing", "w15-11-fonterra-false-alarm", "fonterra", "claim-negated: the chief executive repeated that the whey concentrate carried a bacterium capable of producing the botulism toxin; the company now welcomes findings that it held a harmless related organism and says consumers can be reassured"],
["w15-24-wells-stumpf-interview", "w15-27-wells-board-report", "wells-fargo", "claim-negated: the chief executive said there was no incentive to do bad things and blamed the fired employees; the board's report says targets and a pay system that rewarded opening accounts pushed staff into creating accounts customers did not want"],
["w15-32-belarus-diversion", "w15-33-belarus-email", "belarus", "claim-negated: the president's press service said he gave an unequivocal order for the plane to turn around and land in Minsk; the next day officials say the captain decided on his own, the fighter was there only to help and no one forced the plane to land"],
["w15-32-belarus-diversion", "w15-34-belarus-lukashenko", "belarus", "claim-negated: the president's press service said he ordered the airliner to turn around and land in Minsk; three days later the president says the fighter was sent to escort it, not to force it down"],
["w15-39-kazakhstan-164", "w15-40-kazakhstan-retraction", "kazakhstan", "claim-negated: state television, citing the health ministry, put the death toll at 164; hours later the authorities say the figure was published in error"],
["w15-45-korea-martial-law", "w15-48-korea-fight", "south-korea", "claim-negated: the martial law decree banned all political activity, the National Assembly's included, as troops arrived at the assembly; the president later says he sent a few troops only to keep order, not to shut it down"],
# reports denied, then borne out
["w15-44-korea-denial", "w15-45-korea-martial-law", "south-korea", "report-denied: the defence minister nominee and the presidential office called opposition claims that martial law was being prepared groundless fake news and said it was unthinkable; three months later the president declares emergency martial law"],
# number mismatches
["w15-18-toshiba-estimate", "w15-21-toshiba-restates", "toshiba", "number-mismatch: the company put the profit correction at about 50 billion yen; four months later it cuts past profits by 224.8 billion yen, more than four times as much"],
["w15-24-wells-stumpf-interview", "w15-28-wells-recount", "wells-fargo", "number-mismatch: the chief executive said the bank's review had found about 2.1 million accounts that might not have been authorized; a year later the bank puts the count at as many as 3.5 million"],
# dates moved
["w15-19-toshiba-tanaka-quits", "w15-20-toshiba-delay", "toshiba", "date-mismatch: the company said it would publish its restated and annual results by Aug. 31; on Aug. 31 it puts them off until Sept. 7"],
["w15-24-wells-stumpf-interview", "w15-25-wells-senate", "wells-fargo", "date-mismatch: the bank said it would stop setting product sales goals from Jan. 1, 2017; a week later the chief executive says their end was brought forward to Oct. 1"],
]

AMBIGUOUS = [
["w15-02-epa-safe", "w15-03-epa-cleanup"],  # air safe to breathe, then paid indoor cleaning called a precaution: outdoor air and indoor dust
["w15-03-epa-cleanup", "w15-04-epa-inspector"],  # monitoring showed no long-term risk (2002), then no data for some pollutants at the time of the first assurances (2001)
["w15-05-tillman-killed", "w15-08-tillman-inspector"],  # killed by the enemy, then suspected fratricide within days: carried by the 05-07 pair
["w15-12-ukraine-cabinet", "w15-15-ukraine-vilnius"],  # the pact to be signed at Vilnius, then no signature there: carried by the 12-13 pair
["w15-13-ukraine-suspends", "w15-14-ukraine-imf"],  # suspended for trade with Russia, then the IMF's terms the last straw and "a pause"
["w15-18-toshiba-estimate", "w15-19-toshiba-tanaka-quits"],  # about 50 billion yen in operating profit, then the panel's 151.8 billion yen over seven years
["w15-23-wells-fine", "w15-28-wells-recount"],  # the regulator's counts for 2011-15, then the bank's 3.5 million for 2009-16
["w15-25-wells-senate", "w15-27-wells-board-report"],  # no scheme orchestrated from the top, then a culture of targets set by the division's leadership
["w15-29-peloton-child-death", "w15-31-peloton-recall"],  # "a small handful" of incidents with children, then 29 reports involving children seven weeks later
["w15-32-belarus-diversion", "w15-43-belarus-icao"],  # the ordered landing, then the captain's decision: carried by the 32-33 pair
["w15-37-kazakhstan-emergency", "w15-41-kazakhstan-withdrawal"],  # allied help to overcome a terrorist threat, then troops that only guarded facilities
["w15-39-kazakhstan-164", "w15-42-kazakhstan-225"],  # 164 dead, disowned, then 225
["w15-47-korea-apology", "w15-49-korea-impeached"],  # his term left to the party, then "never give up": carried by the 47-48 pair
["w15-48-korea-fight", "w15-50-korea-arrest"],  # he would face an investigation squarely, then he does not recognise its legitimacy
]

TRAPS = [
["w15-01-epa-readings", "w15-02-epa-safe", "a consistent restatement: readings that posed no significant threat, then air safe to breathe, both with protective gear for those on the pile"],
["w15-05-tillman-killed", "w15-06-tillman-silver-star", "a consistent restatement: killed in a firefight with the enemy, then fatally wounded by enemy fire in the medal citation"],
["w15-09-fonterra-recall", "w15-10-fonterra-beijing", "a consistent restatement: a strain that can cause botulism and 38 tonnes affected, then an apology repeating that the bacterium can produce the toxin"],
["w15-12-ukraine-cabinet", "w15-16-ukraine-moscow-deal", "a consistent position: no intention of joining the customs union, and a Russian loan and gas deal in which membership was not discussed"],
["w15-17-toshiba-probe", "w15-18-toshiba-estimate", "an undecided matter, then decided: the company cannot yet say whether earnings must be revised, then it puts the correction at about 50 billion yen"],
["w15-19-toshiba-tanaka-quits", "w15-21-toshiba-restates", "different things counted: the panel's 151.8 billion yen of inflated profit, then a restatement of 224.8 billion yen that also covers later items and write-downs"],
["w15-23-wells-fine", "w15-24-wells-stumpf-interview", "different measures that add up: about 1.5 million deposit accounts and 565,000 card applications, then about 2.1 million accounts in all"],
["w15-25-wells-senate", "w15-26-wells-clawback", "an undecided matter, then decided: the chief executive leaves his pay to the board, and a week later the board claws back $41 million"],
["w15-26-wells-clawback", "w15-27-wells-board-report", "a stated possibility carried out: the board could take further action, and six months later it claws back more"],
["w15-29-peloton-child-death", "w15-30-peloton-cpsc-warning", "a consistent restatement by the company: keep children away and follow the warnings, then no reason to stop using the machine if the warnings are followed"],
["w15-33-belarus-email", "w15-34-belarus-lukashenko", "different things: an email signed in the name of Hamas, and a warning that came from Switzerland, where the email service is based"],
["w15-33-belarus-email", "w15-35-belarus-proton", "one party disputing another: Belarus says the email arrived before the crew was warned, and the Swiss email service says it was sent after; Belarus's own account does not change"],
["w15-38-kazakhstan-shoot", "w15-41-kazakhstan-withdrawal", "a stated plan kept: the allied troops to stay only temporarily, then their withdrawal announced"],
["w15-38-kazakhstan-shoot", "w15-42-kazakhstan-225", "a count that grows: 18 members of the security forces dead, then 19 police and soldiers among the bodies a week later"],
["w15-40-kazakhstan-retraction", "w15-42-kazakhstan-225", "an undecided matter, then decided: no official count until investigators finish, then a first official toll of 225"],
["w15-46-korea-lifted", "w15-47-korea-apology", "a consistent position: martial law lifted, then a promise that there will be no second declaration"],
["w15-48-korea-fight", "w15-49-korea-impeached", "a consistent restatement: he will fight to the end, and after the vote he will never give up"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
