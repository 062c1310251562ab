#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-12, then checks them.

Every document retells a real, dated public event in its author's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "united-states", "name": "United States",
     "aliases": ["US", "U.S.", "Washington", "White House", "U.S. government", "Treasury", "Treasury Department",
                 "Nixon administration", "Ford administration", "Obama administration",
                 "Department of Health, Education and Welfare", "HEW", "Center for Disease Control", "CDC",
                 "State Department"],
     "speakers": [
         {"name": "Richard Nixon", "role": "President", "from": "1969-01-20", "to": "1974-08-09"},
         {"name": "John B. Connally", "role": "Secretary of the Treasury", "from": "1971-02-11", "to": "1972-06-12"},
         {"name": "Gerald R. Ford", "role": "President", "from": "1974-08-09", "to": "1977-01-20"},
         {"name": "Ron Nessen", "role": "White House Press Secretary", "from": "1974-09-20", "to": "1977-01-20"},
         {"name": "F. David Mathews", "role": "Secretary of Health, Education and Welfare", "from": "1975-08-08", "to": "1977-01-20"},
         {"name": "Theodore Cooper", "role": "Assistant Secretary for Health", "from": "1975-01-01", "to": "1977-01-20"},
         {"name": "David J. Sencer", "role": "Director, Center for Disease Control", "from": "1966-01-01", "to": "1977-02-01"},
         {"name": "Jimmy Carter", "role": "President", "from": "1977-01-20", "to": "1981-01-20"},
         {"name": "Barack Obama", "role": "President", "from": "2009-01-20", "to": "2017-01-20"},
         {"name": "Leon Panetta", "role": "Director of the Central Intelligence Agency", "from": "2009-02-13", "to": "2011-06-30"},
         {"name": "John Kirby", "role": "Spokesman, State Department", "from": "2015-05-11", "to": "2017-01-20"}]},
    {"type": "actor", "id": "nuclear-regulatory-commission", "name": "Nuclear Regulatory Commission",
     "aliases": ["NRC", "U.S. Nuclear Regulatory Commission", "Nuclear Regulatory Commission officials",
                 "federal nuclear regulators"],
     "speakers": [
         {"name": "Joseph M. Hendrie", "role": "Chairman", "from": "1977-08-09", "to": "1979-12-07"},
         {"name": "Harold R. Denton", "role": "Director, Office of Nuclear Reactor Regulation", "from": "1978-07-01", "to": "1987-04-01"},
         {"name": "Roger J. Mattson", "role": "Director, Division of Systems Safety", "from": "1978-01-01", "to": "1980-12-31"},
         {"name": "Victor Gilinsky", "role": "Commissioner", "from": "1975-06-01", "to": "1984-06-30"}]},
    {"type": "actor", "id": "metropolitan-edison", "name": "Metropolitan Edison Co.",
     "aliases": ["Met Ed", "Metropolitan Edison", "Metropolitan Edison Company", "General Public Utilities",
                 "GPU", "General Public Utilities Corp."],
     "speakers": [
         {"name": "Walter M. Creitz", "role": "President, Metropolitan Edison", "from": "1975-01-01", "to": "1980-12-31"},
         {"name": "John G. Herbein", "role": "Vice President for Generation, Metropolitan Edison", "from": "1976-01-01", "to": "1979-12-31"},
         {"name": "Herman Dieckamp", "role": "President, General Public Utilities", "from": "1978-01-01", "to": "1986-12-31"},
         {"name": "George Troffer", "role": "Manager, Metropolitan Edison", "from": "1978-01-01", "to": "1980-12-31"}]},
    {"type": "actor", "id": "johnson-and-johnson", "name": "Johnson & Johnson",
     "aliases": ["J&J", "Johnson and Johnson", "McNeil Consumer Products Co.", "McNeil Consumer Products",
                 "McNeil", "Tylenol's maker", "maker of Tylenol"],
     "speakers": [
         {"name": "James E. Burke", "role": "Chairman and Chief Executive Officer", "from": "1976-01-01", "to": "1989-12-31"},
         {"name": "David E. Collins", "role": "Chairman, McNeil Consumer Products Co.", "from": "1982-01-01", "to": "1983-12-31"},
         {"name": "Lawrence G. Foster", "role": "Corporate Vice President for Public Relations", "from": "1957-01-01", "to": "1990-12-31"},
         {"name": "Robert Kniffin", "role": "Spokesman", "from": "1980-01-01", "to": "1990-12-31"}]},
    {"type": "actor", "id": "bridgestone-firestone", "name": "Bridgestone/Firestone Inc.",
     "aliases": ["Firestone", "Bridgestone/Firestone", "Bridgestone Firestone", "the tiremaker",
                 "Bridgestone/Firestone Americas"],
     "speakers": [
         {"name": "Masatoshi Ono", "role": "Chairman and Chief Executive Officer", "from": "1993-04-01", "to": "2000-10-16"},
         {"name": "John T. Lampe", "role": "Chairman and Chief Executive Officer", "from": "2000-10-16", "to": "2004-12-31"},
         {"name": "Gary Crigger", "role": "Executive Vice President", "from": "1998-01-01", "to": "2001-12-31"}]},
    {"type": "actor", "id": "south-africa", "name": "South Africa",
     "aliases": ["South African government", "Pretoria", "South African cabinet", "South Africa's cabinet",
                 "Department of Health", "health ministry", "Government Communication and Information System"],
     "speakers": [
         {"name": "Thabo Mbeki", "role": "President", "from": "1999-06-14", "to": "2008-09-24"},
         {"name": "Manto Tshabalala-Msimang", "role": "Minister of Health", "from": "1999-06-17", "to": "2008-09-25"},
         {"name": "Joel Netshitenzhe", "role": "Head, Government Communication and Information System", "from": "1998-05-01", "to": "2006-04-30"}]},
    {"type": "actor", "id": "kenya", "name": "Kenya",
     "aliases": ["Kenyan government", "Nairobi", "Government of Kenya", "Kibaki government"],
     "speakers": [
         {"name": "Mwai Kibaki", "role": "President", "from": "2002-12-30", "to": "2013-04-09"},
         {"name": "Alfred Mutua", "role": "Government Spokesman", "from": "2004-01-01", "to": "2012-12-31"},
         {"name": "John Michuki", "role": "Minister for Internal Security", "from": "2005-12-07", "to": "2008-01-08"},
         {"name": "John Michuki", "role": "Minister for Roads and Public Works", "from": "2008-01-08", "to": "2008-04-17"},
         {"name": "Moses Wetangula", "role": "Minister for Foreign Affairs", "from": "2008-01-08", "to": "2012-03-26"}]},
    {"type": "actor", "id": "electoral-commission-of-kenya", "name": "Electoral Commission of Kenya",
     "aliases": ["ECK", "Kenya's electoral commission", "Kenyan electoral commission"],
     "speakers": [
         {"name": "Samuel Kivuitu", "role": "Chairman", "from": "1997-01-01", "to": "2008-12-31"}]},
    {"type": "actor", "id": "egypt", "name": "Egypt",
     "aliases": ["Egyptian government", "Cairo", "Supreme Council of the Armed Forces",
                 "Egypt's armed forces supreme council", "Egyptian state television"],
     "speakers": [
         {"name": "Hosni Mubarak", "role": "President", "from": "1981-10-14", "to": "2011-02-11"},
         {"name": "Omar Suleiman", "role": "Vice President", "from": "2011-01-29", "to": "2011-02-11"},
         {"name": "Ahmed Shafik", "role": "Prime Minister", "from": "2011-01-29", "to": "2011-03-03"},
         {"name": "Anas el-Fiqi", "role": "Minister of Information", "from": "2005-07-01", "to": "2011-02-13"},
         {"name": "Mohamed Hussein Tantawi", "role": "Minister of Defence", "from": "1991-05-20", "to": "2012-08-12"},
         {"name": "Mohamed Hussein Tantawi", "role": "Chairman, Supreme Council of the Armed Forces", "from": "2011-02-11", "to": "2012-06-30"}]},
    {"type": "actor", "id": "gambia", "name": "The Gambia",
     "aliases": ["Gambia", "Gambian government", "Banjul", "Government of the Gambia"],
     "speakers": [
         {"name": "Yahya Jammeh", "role": "President", "from": "1994-07-22", "to": "2017-01-21"},
         {"name": "Adama Barrow", "role": "President", "from": "2017-01-19", "to": ONGOING}]},
    {"type": "actor", "id": "independent-electoral-commission-gambia", "name": "Independent Electoral Commission (The Gambia)",
     "aliases": ["IEC", "Independent Electoral Commission", "Gambia's electoral commission",
                 "Gambian electoral commission"],
     "speakers": [
         {"name": "Alieu Momarr Njai", "role": "Chairman", "from": "2014-01-01", "to": "2021-12-31"}]},
    {"type": "actor", "id": "bolivia", "name": "Bolivia",
     "aliases": ["Bolivian government", "La Paz", "Supreme Electoral Tribunal", "TSE",
                 "Bolivia's electoral tribunal", "interim government of Bolivia"],
     "speakers": [
         {"name": "Evo Morales", "role": "President", "from": "2006-01-22", "to": "2019-11-10"},
         {"name": "Alvaro Garcia Linera", "role": "Vice President", "from": "2006-01-22", "to": "2019-11-10"},
         {"name": "Diego Pary", "role": "Minister of Foreign Affairs", "from": "2018-01-23", "to": "2019-11-10"},
         {"name": "Hector Arce", "role": "Minister of Justice", "from": "2017-01-23", "to": "2019-11-10"},
         {"name": "Maria Eugenia Choque", "role": "President, Supreme Electoral Tribunal", "from": "2019-01-01", "to": "2019-11-10"},
         {"name": "Jeanine Anez", "role": "Interim President", "from": "2019-11-12", "to": "2020-11-08"},
         {"name": "Yerko Nunez", "role": "Minister of the Presidency", "from": "2019-11-13", "to": "2020-11-08"},
         {"name": "Salvador Romero", "role": "President, Supreme Electoral Tribunal", "from": "2019-11-23", "to": "2022-12-31"}]},
]

OUTLETS = {
    "Ravelston Financial Wire": "ravelston-financial.example",
    "Dunwarren Street Wire": "dunwarren-street-wire.example",
    "Kilbride Press Agency": "kilbride-press.example",
    "Southmere Bulletin": "southmere-bulletin.example",
    "Oxley Point News Service": "oxley-point-news.example",
    "Tamsworth Ledger": "tamsworth-ledger.example",
    "Pemberton Falls Courier": "pemberton-falls-courier.example",
    "Gilchrist Bay Herald": "gilchrist-bay-herald.example",
    "Aldermoor Dispatch": "aldermoor-dispatch.example",
    "Larkhill Report": "larkhill-report.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- the dollar and gold, 1971 (01-04)
("w12-01", "Ravelston Financial Wire", "1971-05-28T18:00:00Z", "Connally tells bankers U.S. will not devalue or change gold price", [
"Treasury Secretary John B. Connally told an international banking conference in Munich on Friday that the United States would neither devalue the dollar nor alter the official price of gold, in an effort to steady markets shaken this month by a rush out of dollars and into German marks.",
"\"We are not going to devalue. We are not going to change the price of gold,\" Connally told the meeting, which was organised by the American Bankers Association. He said the monetary system faced a clear and present danger and that flexibility was essential, but he made plain that Washington expected its allies to do more. No longer, he said, could friendship or need justify the United States carrying so heavy a share of the common burdens.",
"Connally, a former governor of Texas who took over the Treasury in February, announced no new measures. European bankers said afterwards that his tone had been blunter than they were used to from an American finance minister. West Germany and the Netherlands let their currencies float earlier this month after their central banks were swamped with dollars.",
]),
("w12-02", "Dunwarren Street Wire", "1971-06-29T22:30:00Z", "Administration rules out wage-price controls and a tax cut", [
"President Nixon has decided against mandatory wage and price controls, a wage-price review board, a tax cut or any increase in federal spending, Treasury Secretary John B. Connally told reporters at the White House on Tuesday after the president met his economic advisers.",
"Connally, whom Nixon has named as the administration's chief spokesman on the economy, said the recovery was under way and that the president intended to stay the course. Inflation was slowing, he said, and the administration saw no case for the kind of incomes policy urged by Democrats in Congress and by the chairman of the Federal Reserve, Arthur F. Burns.",
"Union leaders said the announcement offered nothing to the five million Americans out of work, and on Capitol Hill Connally's four refusals were quickly dubbed the \"four no's.\"",
]),
("w12-03", "Ravelston Financial Wire", "1971-08-16T02:30:00Z", "Nixon freezes wages and prices, cuts the dollar's link to gold", [
"President Nixon on Sunday night ordered a 90-day freeze on wages, prices and rents, suspended the convertibility of the dollar into gold and imposed a temporary 10 percent surcharge on most imports, the most sweeping change in economic policy by an American government since the Second World War.",
"In a televised address, Nixon said he had directed Treasury Secretary John B. Connally to suspend temporarily the dollar's link to gold, except in amounts and conditions judged to be in the interest of monetary stability. He asked Congress for a 10 percent job development tax credit and for repeal of the 7 percent excise tax on cars, and he ordered a $4.7 billion cut in federal spending. The import tax, he said, would end once other countries stopped treating the United States unfairly on trade and exchange rates.",
"In late June Connally had said the president had decided against controls and a tax cut. He is to explain the new program at a news conference on Monday, and foreign exchange markets in Europe are expected to stay shut.",
]),
("w12-04", "Dunwarren Street Wire", "1971-12-19T01:00:00Z", "Dollar devalued as gold is raised to $38 in Smithsonian accord", [
"The United States agreed on Saturday to raise the official price of gold to $38 an ounce from $35, a devaluation of the dollar of about 8 percent, as finance ministers of the Group of Ten ended two days of talks at the Smithsonian Institution in Washington with a new pattern of exchange rates.",
"President Nixon, who came to the Smithsonian to announce the accord, called it the most significant monetary agreement in the history of the world. Treasury Secretary John B. Connally said the administration would ask Congress to approve the new gold price, and that the 10 percent import surcharge imposed in August would be lifted now that a realignment had been reached. Officials said the dollar would remain inconvertible into gold for the time being.",
"Under the agreement Japan revalues the yen by about 17 percent against the dollar and West Germany the mark by about 14 percent, and currencies may move within wider bands of 2.25 percent either side of their new rates. In May, Connally had told bankers in Munich that the United States was not going to change the price of gold.",
]),
# ---------------------------------------------------------------- swine flu, 1976 (05-08)
("w12-05", "Kilbride Press Agency", "1976-03-24T23:00:00Z", "Ford asks $135 million to vaccinate every American against swine flu", [
"President Ford asked Congress on Wednesday for $135 million to produce enough vaccine to inoculate every man, woman and child in the United States against a strain of swine influenza that killed an Army recruit at Fort Dix, N.J., last month.",
"Ford announced the program at the White House after meeting scientists and public health officials, among them Dr. Jonas Salk and Dr. Albert Sabin. No one knows exactly how serious the threat could be, he said, but the nation could not afford to take a chance with the health of its people. He said the Department of Health, Education and Welfare would plan to distribute the vaccine from September through November, so that Americans would be protected before the flu season.",
"Officials of the Center for Disease Control in Atlanta said the virus isolated at Fort Dix appeared related to the one blamed for the pandemic of 1918 and 1919, which killed about half a million Americans. They said there was no sign yet of its spread beyond the base, but that a vaccine could not be made on short notice once an epidemic had begun.",
]),
("w12-06", "Southmere Bulletin", "1976-10-13T00:30:00Z", "Officials find no link between flu shots and three Pittsburgh deaths", [
"Federal health officials said on Tuesday they had found no evidence that swine flu vaccine caused the deaths of three elderly people in Pittsburgh who died within hours of being inoculated at the same clinic, but at least nine states suspended or limited their programs while the cases were studied.",
"Officials of the Center for Disease Control said all three had histories of heart disease, and that when millions of older people were being vaccinated some deaths in the hours after a shot were to be expected by chance. Tests on the vaccine lot used at the Pittsburgh clinic had turned up nothing abnormal, the agency said.",
"Allegheny County halted its clinics on Monday. The national campaign opened on Oct. 1, about a month behind the schedule set in the spring, after a dispute over who would bear liability for adverse reactions held up production for much of the summer. The dispute was settled by a law that President Ford signed on Aug. 12.",
]),
("w12-07", "Kilbride Press Agency", "1976-10-14T22:00:00Z", "Ford takes swine flu shot on camera to reassure public", [
"President Ford rolled up his sleeve for a swine flu shot at the White House on Thursday, in front of television cameras, in an effort to restore public confidence in the national immunization campaign after the deaths of elderly people who had been vaccinated in Pittsburgh.",
"The White House said the president wanted to show that he considered the vaccine safe and believed every American should be inoculated. Federal health officials told reporters the vaccine had been tested on thousands of volunteers before the campaign began and that the risk of serious reactions was very small. They urged people not to let reports of the deaths keep them away from the clinics.",
"Several of the states that halted vaccinations earlier this week have resumed them, though health officials in some cities reported smaller crowds at the clinics.",
]),
("w12-08", "Southmere Bulletin", "1976-12-17T00:00:00Z", "U.S. suspends swine flu shots over paralysis cases", [
"The federal government suspended its swine flu immunization program on Thursday after reports that dozens of people had developed a rare form of paralysis, Guillain-Barre syndrome, within weeks of being vaccinated.",
"Dr. Theodore Cooper, assistant secretary for health, said the halt was ordered in the interest of the safety of the public and of the credibility of the program, and that it would last until the data could be examined. There was no proof that the vaccine caused the syndrome, he said, but the number of cases among people who had been vaccinated appeared higher than would be expected. The Center for Disease Control said on Tuesday it had reports of 30 cases in people who fell ill within a month of their shots.",
"More than 40 million Americans have been vaccinated since the campaign began on Oct. 1, well short of the goal President Ford set in March. No outbreak of swine flu has been found anywhere in the country.",
]),
# ---------------------------------------------------------------- Three Mile Island, 1979 (09-13)
("w12-09", "Oxley Point News Service", "1979-03-28T18:30:00Z", "Nuclear reactor near Harrisburg shut after accident; utility says no radiation escaped", [
"An accident early on Wednesday shut down one of the two reactors at the Three Mile Island nuclear plant near Harrisburg, Pa., and the plant's operator said a small amount of radioactive steam had been released inside the plant but that none had been detected beyond its boundaries.",
"Metropolitan Edison Co. said a pump feeding water to the steam generators failed at about 4 a.m., setting off an automatic shutdown of the Unit 2 reactor. The company declared a general emergency at 7:24 a.m. A spokesman said there was no danger to the public and that the reactor was being cooled down normally.",
"The Nuclear Regulatory Commission sent inspectors from its regional office in King of Prussia. Lieutenant Governor William Scranton 3d told a news conference in the morning that there had been no significant release off the site. Unit 2 began commercial operation three months ago.",
]),
("w12-10", "Tamsworth Ledger", "1979-03-29T23:30:00Z", "Utility concedes radiation left the site but calls the release minimal", [
"The operator of the crippled Three Mile Island reactor acknowledged on Thursday that radioactivity had escaped beyond the plant site after Wednesday's accident, but said the amounts were minimal and posed no threat to people living nearby.",
"\"We didn't injure anybody,\" John G. Herbein, Metropolitan Edison's vice president for generation, told a crowded news conference in Hershey. He said only a few workers had been exposed to enough radiation to need showers and fresh clothing, and that the company's biggest problem was some 250,000 gallons of contaminated water on the floor of the reactor building. He said the unit could stay shut for several weeks.",
"State officials complained on Wednesday afternoon that the company had given them conflicting information, and federal inspectors reported radioactivity in the air as far as 16 miles from the plant. An official of the Nuclear Regulatory Commission called the accident one of the most serious to occur at an American nuclear plant.",
]),
("w12-11", "Oxley Point News Service", "1979-03-31T02:00:00Z", "Pregnant women urged to leave area near stricken reactor", [
"Governor Dick Thornburgh advised pregnant women and pre-school children on Friday to leave the area within five miles of the Three Mile Island plant and told everyone within ten miles to stay indoors, after an unplanned release of radioactive gas from the damaged reactor.",
"The Nuclear Regulatory Commission said a bubble of gas, mostly hydrogen, had formed at the top of the reactor vessel and was keeping cooling water from parts of the core. Commission officials in Washington said engineers were still working out how to remove it and did not rule out a wider precautionary evacuation. At President Carter's request, the commission sent Harold R. Denton, its director of nuclear reactor regulation, to take charge of its team at the site.",
"Metropolitan Edison said the morning release had been a controlled one, made to relieve pressure in a waste gas tank, and was not a threat to the public. Schools within five miles of the plant were closed.",
]),
("w12-12", "Tamsworth Ledger", "1979-04-01T03:00:00Z", "Regulators say hydrogen bubble could become explosive", [
"Officials of the Nuclear Regulatory Commission said on Saturday that the hydrogen bubble inside the Three Mile Island reactor could become potentially explosive within days if oxygen kept building up in it, raising fears that a wider evacuation might be needed.",
"Commission officials in Bethesda, Md., said oxygen freed by radiation from the cooling water might be collecting in the bubble, and that their estimates showed the mixture approaching the point at which it could ignite. At the plant, Harold R. Denton, who is directing the federal effort, said there was no imminent danger and that engineers were weighing several ways to shrink the bubble. He would recommend an evacuation if he thought one was needed, he said.",
"Hundreds of thousands of people live within 20 miles of the plant, and many families in Middletown and Goldsboro have already left on their own. President Carter is to tour the plant on Sunday.",
]),
("w12-13", "Oxley Point News Service", "1979-04-02T21:00:00Z", "Bubble shrinks sharply; explosion warning was too cautious, NRC says", [
"The hydrogen bubble in the damaged Three Mile Island reactor has shrunk dramatically, and the oxygen estimate behind last weekend's warnings of a possible explosion now appears to have been too conservative, the Nuclear Regulatory Commission's senior official at the plant said on Monday.",
"Harold R. Denton told reporters in Middletown that calculations put the bubble at about 80 cubic feet, down from some 850 cubic feet a few days earlier. He cautioned that the equation used was a rough approximation and that he wanted more careful analysis before he could be sure. But he said the rate of oxygen generation he had been assuming when he spoke on Sunday of a possible detonation inside the vessel no longer seemed right, and that the danger of an explosion appeared far more remote than feared.",
"A Metropolitan Edison official had earlier told a reporter that the bubble was essentially gone. Governor Dick Thornburgh kept his advice to pregnant women and young children in force.",
]),
# ---------------------------------------------------------------- Tylenol, 1982 and 1986 (14-17)
("w12-14", "Pemberton Falls Courier", "1982-10-01T23:00:00Z", "Tylenol maker recalls second lot as cyanide deaths reach seven", [
"The maker of Extra-Strength Tylenol recalled a second batch of the capsules on Friday after the toll from cyanide-laced capsules in the Chicago area rose to seven, and it said the poison could not have been added at either of the plants where the drug was made.",
"McNeil Consumer Products Co., a Johnson & Johnson subsidiary, had recalled lot MC2880, some 93,400 bottles, on Thursday. On Friday morning a spokesman said the company would wait for more information before extending the withdrawal, but by the afternoon it added lot 1910MD, about 171,000 bottles made at its plant in Round Rock, Texas. The first lot came from its plant in Fort Washington, Pa. Because tainted bottles came from both plants, the company said, the tampering must have happened after the capsules left its hands.",
"Asked whether cyanide was used at McNeil, a Johnson & Johnson public relations executive said on Thursday that no cyanide was kept on the premises and that none was used anywhere in making Tylenol. The Food and Drug Administration advised consumers to avoid the capsules until the source was found.",
]),
("w12-15", "Gilchrist Bay Herald", "1982-10-06T01:00:00Z", "J&J pulls all Tylenol capsules; concedes cyanide was kept at plant laboratory", [
"Johnson & Johnson said on Tuesday that it was withdrawing all Extra-Strength Tylenol capsules from stores across the country, about 31 million bottles with a retail value of some $100 million, after capsules laced with strychnine turned up in California.",
"The company also acknowledged that a small amount of cyanide had been kept at its McNeil Consumer Products site in Fort Washington, Pa., in a laboratory in a separate building, where it was used to test the purity of raw materials. A spokesman said the company had been misinformed when it denied last week that there was any cyanide on the premises, and that the laboratory supply could not have been the source of the poison.",
"Chairman James E. Burke said there was still no evidence of tampering at the company's plants and that the recall was a precaution while so much remained unknown. The California capsules were found in Oroville, north of Sacramento.",
]),
("w12-16", "Pemberton Falls Courier", "1982-11-11T21:00:00Z", "Tylenol capsules to return in triple-sealed package", [
"Johnson & Johnson said on Thursday that Extra-Strength Tylenol capsules would return to stores in a new tamper-resistant package with three seals, six weeks after seven deaths in the Chicago area forced the company to withdraw them.",
"The carton's flaps are glued shut, a plastic band is wrapped around the bottle's neck and a foil seal covers its mouth, and a label tells buyers not to use the capsules if either seal is broken. Chairman James E. Burke, speaking to reporters in some 30 cities by closed-circuit television, said the company was committed to the capsule, which many consumers preferred, and that the new package would give them the protection they needed. The company will offer coupons worth $2.50 toward a purchase.",
"Johnson & Johnson has taken a $50 million after-tax charge against its third-quarter earnings for the recall. Tylenol held about 37 percent of the market for pain relievers before the deaths.",
]),
("w12-17", "Gilchrist Bay Herald", "1986-02-17T22:00:00Z", "Johnson & Johnson abandons capsules after second Tylenol poisoning", [
"Johnson & Johnson said on Monday that it would stop making and selling all capsule medicines sold without a prescription, Tylenol among them, because it could no longer guarantee their safety, nine days after a New York woman died from cyanide in Extra-Strength Tylenol capsules.",
"Chairman James E. Burke told a news conference at the company's headquarters in New Brunswick, N.J., that capsules could no longer be made safe to the standard the company owed its customers. He said owners of capsules could exchange them for caplets or tablets, and that the company had no plans to return to the capsule business for the foreseeable future. The decision is expected to cost about $150 million.",
"Burke said the company remained convinced that the poison had not been put in at its plants or warehouses. Diane Elsroth, 23, died on Feb. 8 in Yonkers, and a second tainted bottle was found in a store in nearby Bronxville on Feb. 13. After the 1982 deaths the company had brought capsules back in a triple-sealed package.",
]),
# ---------------------------------------------------------------- Firestone tires, 2000-2001 (18-22)
("w12-18", "Aldermoor Dispatch", "2000-08-09T21:00:00Z", "Firestone recalls 6.5 million tires linked to deaths", [
"Bridgestone/Firestone Inc. said on Wednesday it would recall 6.5 million tires, most of them fitted to Ford Explorer sport utility vehicles, after federal regulators received complaints linking tread separations on the tires to 46 deaths.",
"The recall covers Firestone Radial ATX and ATX II tires of the P235/75R15 size made in North America and Wilderness AT tires of that size made at the company's plant in Decatur, Ill. About 14.4 million of the tires were made, and the company estimates 6.5 million are still in use. Gary Crigger, an executive vice president, said the company was taking the extraordinary step as a precaution to ensure consumer safety and confidence, and would replace the tires however many miles they had on them.",
"Company officials maintained that the tires were not defective, saying most of the failures had occurred in hot southern states on tires that were underinflated, overloaded or poorly maintained. Ford Motor Co., which has already replaced the tires on vehicles in Venezuela and the Middle East, said other Wilderness AT tires on its vehicles were performing well.",
]),
("w12-19", "Larkhill Report", "2000-09-07T00:30:00Z", "Firestone chief apologizes to Congress; Ford says the problem is the tires", [
"The chief executive of Bridgestone/Firestone Inc. apologized on Wednesday to the families of people killed in crashes involving its tires, telling a House subcommittee that he accepted full and personal responsibility for the events that led to last month's recall.",
"Masatoshi Ono, reading a prepared statement, said the company was working to find the root cause of the tread separations and would share its findings with regulators and the public. He did not say whether the company believed the tires were defective. Federal safety regulators now link the tires to at least 88 deaths.",
"Jacques Nasser, Ford's chief executive, told lawmakers this week that the Explorer was safe and that the accidents were clearly a tire issue, not a vehicle issue. Members of both parties accused the two companies of knowing about the failures for years before they acted.",
]),
("w12-20", "Aldermoor Dispatch", "2000-12-19T21:00:00Z", "Firestone blames plant practices, low pressure and Explorer loads for failures", [
"Bridgestone/Firestone Inc. said on Tuesday that manufacturing practices at its Decatur, Ill., plant had contributed to the tread separations behind its recall, along with low inflation pressures and heavy loads, and that the design of the Ford Explorer played a part as well.",
"John T. Lampe, who became chief executive in October, said an outside expert hired by the company had found that a lubricant used in processing rubber at Decatur had weakened the bond between the belts of some tires. The 26 pounds per square inch that Ford recommended for the Explorer was too low for hot climates and heavy loads, he said. Lampe said the company had changed the process and that its other tires were safe.",
"Ford said the tires, not the vehicle, were to blame, and noted that Explorers fitted with Goodyear tires had few such failures.",
]),
("w12-21", "Larkhill Report", "2001-05-22T23:00:00Z", "Ford to replace 13 million Firestone tires; tiremaker calls move unjustified", [
"Ford Motor Co. said on Tuesday it would replace all 13 million Firestone Wilderness AT tires on its vehicles at a cost of about $3 billion, saying its own analysis showed the tires were failing at higher rates than competitors' and were not as durable as they should be.",
"Bridgestone/Firestone Inc., which a day earlier ended its nearly century-long relationship as a supplier to Ford, said the Wilderness tires were safe and that Ford's action was an effort to divert attention from the Explorer's own safety problems. Chief executive John T. Lampe said the company saw no reason to recall the tires, because its data showed they performed well.",
"In August Ford said Wilderness tires made outside the Decatur plant were performing well. Federal regulators, who have been studying the Wilderness tires for months, said they would review Ford's data.",
]),
("w12-22", "Aldermoor Dispatch", "2001-10-04T22:00:00Z", "Firestone bows to regulators, recalls 3.5 million more tires", [
"Bridgestone/Firestone Inc. agreed on Thursday to recall 3.5 million more Wilderness AT tires, yielding to the National Highway Traffic Safety Administration three months after it vowed to fight the agency's finding of a defect in court.",
"Chief executive John T. Lampe said the company did not agree with the agency's findings and that its testing showed the tires performed extremely well, but that replacing them was in the best interests of its employees, dealers and customers and would close this chapter in its history. The company said only about 768,000 of the tires were still on the road, many having been replaced under Ford's program.",
"The agency, which ordered the recall, raised to 271 the number of deaths it links to Firestone tire failures, and said it had found no evidence to support the company's claim that the Explorer's design was partly to blame.",
]),
# ---------------------------------------------------------------- South Africa and AIDS drugs, 2002-2004 (23-27)
("w12-23", "Kilbride Press Agency", "2002-02-21T16:00:00Z", "South Africa says nevirapine will stay limited to pilot sites", [
"South Africa's government said it would widen research into the use of nevirapine to stop mothers passing HIV to their babies but would not yet make the drug available at all state hospitals, setting out its position in an advertisement to be published on Friday amid a row within the governing party.",
"Universal access would be decided once the research had answered important questions, the government said, and it would go ahead with its appeal against a High Court order requiring it to provide the drug throughout the public health system. The appeal was about whether the courts or the elected government decide the detail of health services, it said. For now, nevirapine is offered only at 18 pilot sites.",
"President Thabo Mbeki and Health Minister Manto Tshabalala-Msimang have cited safety, cost and the capacity of clinics as obstacles to wider use. The minister has also described the antiretroviral drugs used to treat AIDS as toxic and has said the state cannot afford to give them to patients in public hospitals. The premier of Gauteng province said this week he would provide nevirapine at all of its hospitals.",
]),
("w12-24", "Southmere Bulletin", "2002-04-17T17:00:00Z", "South Africa to widen nevirapine use, states that HIV causes AIDS", [
"South Africa's cabinet said on Wednesday that the government would extend the use of nevirapine to prevent the transmission of HIV from mother to child beyond its pilot sites to hospitals and clinics able to provide it, and would offer antiretroviral drugs to survivors of sexual assault.",
"In a statement after its meeting, the cabinet said the government's starting point was the premise that HIV causes AIDS, a link President Thabo Mbeki has publicly questioned. It said there was no cure for AIDS and that awareness and prevention remained the core of its strategy, with spending on the epidemic rising to 1 billion rand this year from 350 million rand.",
"The statement did not commit the government to treating people with AIDS with antiretroviral drugs in state hospitals. The Treatment Action Campaign, which took the government to court over nevirapine, called the announcement cause for optimism.",
]),
("w12-25", "Kilbride Press Agency", "2003-08-08T18:00:00Z", "South African cabinet orders plan to give AIDS drugs in public hospitals", [
"South Africa's cabinet on Friday instructed the health ministry to draw up a detailed operational plan for providing antiretroviral drugs to people with AIDS through the public health system, a turnaround for a government that has long resisted such treatment.",
"The plan is to be ready by the end of September and to follow World Health Organization guidelines, the cabinet said in a statement. The government shared the impatience of many South Africans to strengthen the nation's armoury against AIDS, it said, and would see that the remaining obstacles were dealt with urgently. A joint health and treasury task team had found that the country could afford the drugs.",
"The decision follows years in which Health Minister Manto Tshabalala-Msimang questioned the drugs' safety and cost. The Treatment Action Campaign said there was cause for celebration.",
]),
("w12-26", "Southmere Bulletin", "2003-11-19T17:00:00Z", "South Africa approves AIDS treatment plan", [
"South Africa's cabinet on Wednesday approved a plan to provide antiretroviral treatment in the public health sector, aiming to have at least one treatment point in every health district within a year and one in every local municipality within five years.",
"Health Minister Manto Tshabalala-Msimang, presenting the plan, said it would also step up prevention, offer the option of traditional remedies to those who use them and improve the treatment of the infections that strike people with HIV. Health officials said the plan, handed to the minister by a government-appointed team at the end of September, projected that about 53,000 people would be on treatment by the end of March 2004.",
"Activists welcomed the decision but urged the government to name a date on which the first patients would receive the drugs.",
]),
("w12-27", "Kilbride Press Agency", "2004-02-09T18:00:00Z", "Health minister denies promising 53,000 on AIDS drugs by March", [
"South Africa's health minister, Manto Tshabalala-Msimang, denied on Monday that the government had committed itself to putting 53,000 people on antiretroviral drugs by the end of March, saying the figures would apply only once the treatment program was up and running.",
"\"We were very careful in crafting our statement,\" she told reporters. The government would announce the day it was ready to begin, she said, and every health district would be covered within a year of that day. She also denied having said that treatment sites would open in every district as soon as the program started. The national rollout has not yet begun.",
"Activists accused the ministry of stalling. The estimate that 53,000 people would be on treatment by the end of March was published when the cabinet approved the plan in November.",
]),
# ---------------------------------------------------------------- Kenya's disputed election, 2007-2008 (28-32)
("w12-28", "Tamsworth Ledger", "2007-12-30T19:00:00Z", "Kibaki declared winner of disputed Kenyan election, sworn in within the hour", [
"Kenya's electoral commission declared President Mwai Kibaki the winner of Thursday's presidential election on Sunday, and he was sworn in for a second term in Nairobi within an hour, as the opposition accused the government of stealing the vote.",
"Samuel Kivuitu, chairman of the Electoral Commission of Kenya, said Kibaki had received 4,584,721 votes against 4,352,993 for Raila Odinga of the Orange Democratic Movement, and declared him duly elected. The announcement had been delayed for more than a day as the two camps disputed tallies from several constituencies, and it was moved to a separate room after opposition officials protested. Kivuitu told aggrieved candidates to seek redress in the courts.",
"Kibaki urged Kenyans to accept the result and to begin healing the divisions of the campaign. The Internal Security Ministry ordered a halt to live television broadcasts. Riots broke out in Nairobi's Kibera slum and in the western city of Kisumu.",
]),
("w12-29", "Dunwarren Street Wire", "2008-01-02T11:00:00Z", "Kenya election chief says he does not know whether Kibaki won", [
"The chairman of Kenya's electoral commission said he did not know whether President Mwai Kibaki had won last week's election and that he had announced the result under pressure, deepening a crisis in which more than 300 people have been killed.",
"\"I do not know whether Kibaki won the election,\" Samuel Kivuitu told journalists at his Nairobi home on Tuesday night after meeting the commission's members. He said leaders of Kibaki's Party of National Unity and of a smaller opposition party had telephoned him again and again to demand an immediate announcement, while European ambassadors had urged him to wait until complaints were resolved. The dispute was so urgent, he said, that the courts should rule on it quickly.",
"Government officials said Kibaki had been legitimately elected and that his presidency was not open to negotiation. Those who disputed the result should take their case to court, government spokesman Alfred Mutua said, and he accused opposition supporters of ethnic cleansing after some 30 people were burned to death in a church near Eldoret.",
]),
("w12-30", "Tamsworth Ledger", "2008-01-05T18:00:00Z", "Kibaki offers unity government; opposition says no", [
"President Mwai Kibaki said on Saturday he was ready to form a government of national unity, after meeting the top U.S. diplomat for Africa, Jendayi Frazer, as pressure grew on both camps to end the bloodshed that followed the Dec. 27 election.",
"A statement from Kibaki's office said he was willing to work with all parties to restore peace but gave no sign that he would step aside. Orange Democratic Movement leader Raila Odinga rejected the offer, saying he would negotiate only through an international mediator and on the basis that the election had been rigged.",
"Four members of the electoral commission said this week that the results should be independently reviewed. Kibaki's aides have said Kenya is not at war and does not need foreign mediators.",
]),
("w12-31", "Dunwarren Street Wire", "2008-01-14T16:00:00Z", "Kenyan minister rebuffs Annan mediation: 'We won the election'", [
"A senior Kenyan cabinet minister rejected on Monday a mediation mission by former U.N. Secretary-General Kofi Annan, saying the government had won the election and saw no problem that needed solving.",
"\"If Kofi Annan is coming, he is not coming at our invitation,\" Roads and Public Works Minister John Michuki told reporters. The government did not see the point of anyone coming to mediate power-sharing, he said. A government spokesman said Kenya had not asked anyone to mediate its affairs and, as a sovereign state, expected the respect shown to other stable democracies.",
"Annan, who leads a panel of eminent Africans that includes Graca Machel and Benjamin Mkapa, is due in Nairobi on Tuesday. An effort by the African Union's chairman, Ghana's President John Kufuor, failed last week. Official figures put the death toll from the violence at 612.",
]),
("w12-32", "Tamsworth Ledger", "2008-02-28T17:00:00Z", "Kibaki and Odinga sign power-sharing deal", [
"President Mwai Kibaki and opposition leader Raila Odinga signed an agreement on Thursday to share power in a coalition government, creating the post of prime minister for Odinga, after talks mediated by Kofi Annan ended two months of violence in which more than 1,000 people have died.",
"Under the accord, the prime minister will coordinate and supervise the work of the government, and cabinet posts will be divided according to each party's strength in parliament. Kibaki, who remains president, said the agreement opened a new chapter for the country and urged Kenyans to unite behind it. Parliament is expected to pass the necessary constitutional changes within days.",
"Annan, who suspended the talks on Tuesday and took his case directly to the two leaders, announced the deal at Harambee House with Kibaki and Odinga beside him. Government negotiators had insisted for weeks that the presidency was not negotiable.",
]),
# ---------------------------------------------------------------- Egypt, February 2011 (33-37)
("w12-33", "Gilchrist Bay Herald", "2011-02-01T22:30:00Z", "Mubarak says he will not run again, vows to finish his term", [
"President Hosni Mubarak said on Tuesday he would not seek another term in September's election, but he rejected protesters' demands that he leave at once, vowing to spend his remaining months in office overseeing a peaceful transfer of power.",
"In a televised address after hundreds of thousands of people filled Tahrir Square, Mubarak said he had never intended to run again and would use the rest of his term to carry out constitutional changes. He asked parliament to amend the articles that govern who may stand for president and how long a president may serve. He said he would die on Egyptian soil and that history would judge him.",
"Protesters in the square chanted for him to go. In Washington, President Barack Obama said after speaking to Mubarak by telephone that an orderly transition must be meaningful and peaceful, and must begin now.",
]),
("w12-34", "Oxley Point News Service", "2011-02-06T20:00:00Z", "Suleiman opens talks with opposition; Mubarak to stay until September", [
"Vice President Omar Suleiman met opposition groups including the banned Muslim Brotherhood on Sunday and agreed to set up a committee to propose constitutional amendments by the first week of March, state media said, as the government tried to end nearly two weeks of protests.",
"The government said Mubarak would remain in office until his term ends in September, rejecting the protesters' central demand. Suleiman said last week that Mubarak's son Gamal would not run for president, and Mubarak told ABC News in an interview on Thursday that he was fed up with power and would like to leave but feared chaos if he resigned now.",
"The Brotherhood said the talks had not met its demands. Banks reopened in Cairo for the first time in a week.",
]),
("w12-35", "Gilchrist Bay Herald", "2011-02-10T16:00:00Z", "Army meets without Mubarak; prime minister says he may step down, minister denies it", [
"Egypt's armed forces supreme council met on Thursday without President Hosni Mubarak and said it supported the legitimate demands of the people, amid reports that Mubarak was about to hand over power.",
"Prime Minister Ahmed Shafik told the BBC that Mubarak might step down and that the situation would become clear soon. But Information Minister Anas el-Fiqi dismissed the reports as rumours. \"The president is still in power and he is not stepping down,\" he told reporters.",
"State television said Mubarak would address the nation from his palace later in the day. Hossam Badrawi, secretary-general of the ruling party, said he hoped the president would transfer his powers that night. In Washington, CIA Director Leon Panetta told Congress there was a strong likelihood that Mubarak would step down by the evening.",
]),
("w12-36", "Oxley Point News Service", "2011-02-10T23:00:00Z", "Defiant Mubarak hands powers to deputy but refuses to quit", [
"President Hosni Mubarak said on Thursday night that he was delegating powers to Vice President Omar Suleiman but would remain in office until September's election, dashing the hopes of hundreds of thousands of protesters who had gathered to celebrate his departure.",
"In a televised speech, Mubarak said he would not bow to foreign dictates and that he was committed to protecting the constitution and the people until power passed to whoever was elected in September. He promised to lift the emergency law when security allowed and to punish those responsible for killing protesters. Suleiman then urged the protesters to go home.",
"Crowds in Tahrir Square waved shoes in anger and chanted for him to leave. Opposition leaders called for even larger protests on Friday.",
]),
("w12-37", "Gilchrist Bay Herald", "2011-02-11T17:30:00Z", "Mubarak resigns and hands power to the army", [
"President Hosni Mubarak stepped down on Friday and handed power to the armed forces, ending 30 years of rule after 18 days of mass protests, Vice President Omar Suleiman announced on state television.",
"In a statement that lasted less than a minute, Suleiman said that in the difficult circumstances the country was going through, Mubarak had decided to give up the office of president and had charged the Supreme Council of the Armed Forces with running the affairs of the country. The council later said it would announce the steps of the transition, and it saluted Mubarak for his service.",
"Tahrir Square erupted in celebration. Mubarak had left Cairo for the Red Sea resort of Sharm el-Sheikh earlier in the day. The night before, he had said he would stay in office until September.",
]),
# ---------------------------------------------------------------- the Gambia, 2016-2017 (38-42)
("w12-38", "Larkhill Report", "2016-12-02T20:00:00Z", "Gambia's Jammeh concedes defeat after 22 years in power", [
"Gambian President Yahya Jammeh conceded defeat on Friday in an election he had been widely expected to win, congratulating opposition candidate Adama Barrow by telephone in a call shown on state television and promising not to contest the result.",
"The Independent Electoral Commission declared Barrow the winner with 263,515 votes to 212,099 for Jammeh and 102,969 for Mama Kandeh of the Gambia Democratic Congress. Commission chairman Alieu Momarr Njai said Jammeh had accepted defeat even before the result was announced, something he called unique. Jammeh told Barrow he would help with the handover and would go back to his farm in his home village of Kanilai.",
"\"You are the elected president of the Gambia,\" Jammeh told Barrow in the call, wishing him well. Jubilant crowds filled the streets of Banjul. Jammeh seized power in a coup in 1994.",
]),
("w12-39", "Aldermoor Dispatch", "2016-12-05T20:00:00Z", "Gambian commission corrects count, Barrow's margin narrows", [
"The Gambia's electoral commission said on Monday it had made an error in tallying last week's presidential election and published corrected figures that cut President-elect Adama Barrow's margin over Yahya Jammeh to about 19,000 votes from more than 50,000, while leaving the outcome unchanged.",
"Under the new count Barrow won 227,708 votes, Jammeh 208,487 and Mama Kandeh 89,768, the Independent Electoral Commission said. Votes had been counted correctly in the constituencies, it said, but when the regional totals were added up the total number of ballots cast in the Basse region had been credited to Barrow instead of his own votes there, an error repeated for the other candidates. Chairman Alieu Momarr Njai said representatives of all three candidates had endorsed the new result.",
"Turnout was lower than first reported, at about 59 percent. Parties have until Dec. 12 to challenge the outcome.",
]),
("w12-40", "Larkhill Report", "2016-12-10T20:00:00Z", "Jammeh rejects election result, calls for new vote", [
"Gambian President Yahya Jammeh rejected the results of last week's election on Friday night, a week after conceding defeat, citing what he called serious and unacceptable abnormalities and calling for a fresh vote under a new, God-fearing electoral commission.",
"In a statement on state television, Jammeh said that just as he had accepted the results faithfully, believing the commission to be independent and reliable, he now rejected them in their totality. He pointed to the commission's correction of the figures on Monday as evidence that the vote could not be trusted.",
"The electoral commission has said the correction did not change the winner. President-elect Adama Barrow urged Jammeh to accept the will of the people. In Washington, the State Department called the reversal a reprehensible and unacceptable breach of faith with the Gambian people.",
]),
("w12-41", "Aldermoor Dispatch", "2016-12-21T10:00:00Z", "Jammeh says he will not step down, rebuffs West African leaders", [
"Gambian President Yahya Jammeh said he would not step down when his term ends next month, rejecting a demand by West African leaders that he hand power to Adama Barrow, the opposition candidate who defeated him in the Dec. 1 election.",
"\"I will not step down,\" Jammeh said in a broadcast on state television on Tuesday night, calling the regional bloc's summit a formality whose conclusion had been decided in advance. Nobody could take his victory from him except God, he said, and he would pursue his challenge to the result in the Supreme Court.",
"The Economic Community of West African States has said Barrow must be sworn in on Jan. 19 and that it will take all necessary action to enforce the result. The Supreme Court has too few judges to hear the case.",
]),
("w12-42", "Aldermoor Dispatch", "2017-01-21T23:30:00Z", "Jammeh flies into exile, ending Gambia standoff", [
"Yahya Jammeh left the Gambia on Saturday, ending a six-week standoff in which he refused to give up power, after West African leaders persuaded him to go and troops from neighbouring states moved into the country.",
"Jammeh announced in a televised address overnight that he was stepping aside, saying he had taken the decision in good conscience and in the interest of the Gambian people, and that not a single drop of blood need be shed. He declared a state of emergency on Tuesday, and had said he would not leave until the Supreme Court ruled on his challenge. He flew out of Banjul with Guinea's President Alpha Conde.",
"Adama Barrow, sworn in as president on Thursday at the Gambian embassy in Dakar, said he would return home soon.",
]),
# ---------------------------------------------------------------- Bolivia, 2019-2020 (43-49)
("w12-43", "Southmere Bulletin", "2019-10-25T23:30:00Z", "Bolivia count gives Morales first-round win as OAS urges runoff", [
"Bolivia's Supreme Electoral Tribunal finished counting the votes from Sunday's election on Friday with President Evo Morales at 47.08 percent and former president Carlos Mesa at 36.51 percent, just over the 10-point lead Morales needed to avoid a runoff.",
"Morales, who is seeking a fourth term, declared on Thursday that he had won in the first round and accused his opponents of attempting a coup. The tribunal's president, Maria Eugenia Choque, said the tribunal was open to an audit. In Washington, Foreign Minister Diego Pary told the Organization of American States that the government would recognise the results of an audit, while Justice Minister Hector Arce said the winner was not in question and that no pressure could impose a runoff the constitution did not require.",
"The OAS observer mission has said it was deeply concerned by a drastic and hard-to-justify change in the trend of the count after the tribunal halted its quick count on Sunday night with Morales ahead by about 8 points. Protesters have blocked streets in La Paz and Santa Cruz.",
]),
("w12-44", "Pemberton Falls Courier", "2019-10-26T22:00:00Z", "Morales promises runoff if audit finds fraud", [
"President Evo Morales said on Saturday that Bolivia would hold a runoff the day after an audit proved there had been fraud in last Sunday's election, and he invited the foreign ministers of Argentina, Brazil, Colombia and the United States to take part in checking the count.",
"Let them come and audit vote by vote, polling table by polling table, Morales told supporters in Cochabamba, insisting that his government had never hidden anything or committed fraud. The four governments said earlier that a second round should be held if observers could not verify the result. Morales said a strike called by opposition groups in Santa Cruz was costing the region $3.5 million a day.",
"The OAS has agreed to carry out an audit, but its terms have not been settled. Mesa's alliance called for protests to continue.",
]),
("w12-45", "Southmere Bulletin", "2019-11-09T02:00:00Z", "Morales says he will not resign as police units join protests", [
"President Evo Morales said on Friday that he would not resign and called on his supporters to defend his government, as protests over last month's disputed election spread and police units in several cities refused to act against demonstrators.",
"\"I will not resign,\" Morales told a crowd in the border town of Desaguadero. He said he had been elected by the people and was respecting the constitution, and he accused the right-wing opposition of trying to force him from office. Later in the day he said a coup was under way.",
"Civic leaders in Santa Cruz have demanded his resignation since two people were killed in clashes between rival groups in the town of Montero late last month. The OAS team auditing the election is expected to report next week.",
]),
("w12-46", "Pemberton Falls Courier", "2019-11-11T01:00:00Z", "Morales resigns hours after calling new election", [
"Bolivian President Evo Morales resigned on Sunday, hours after he announced a new presidential election in response to an Organization of American States audit that found serious irregularities in last month's vote, and after the head of the armed forces urged him to step down.",
"In a televised address in the morning, Morales said he had decided to call new national elections so that Bolivians could choose new authorities, and that all the members of the Supreme Electoral Tribunal would be replaced. He did not say whether he would run. In the afternoon the armed forces commander, General Williams Kaliman, asked him to give up his mandate for the sake of peace. Speaking from Chimore in Cochabamba, Morales said he was resigning so that his supporters would no longer be harassed, and he denounced what he called a civic coup.",
"Vice President Alvaro Garcia Linera also resigned. The OAS auditors said it was statistically improbable that Morales had won the 10-point margin he needed to avoid a runoff.",
]),
("w12-47", "Southmere Bulletin", "2020-01-21T22:00:00Z", "Bolivia's interim president says she will not run in May election", [
"Bolivia's interim president, Jeanine Anez, said on Tuesday that she would not be a candidate in the May 3 presidential election, saying her task had been to call the vote and that she had done it.",
"Anez, a senator who took office on Nov. 12 after Evo Morales resigned, spoke as some of her ministers and allies were urging her to run. Her minister of the presidency, Yerko Nunez, said earlier this month that she would not seek the post. The reconstituted Supreme Electoral Tribunal, headed by Salvador Romero, has said it is preparing for the vote on May 3.",
"Morales, who is in exile in Argentina, named his former economy minister, Luis Arce, on Sunday as the candidate of the Movement for Socialism.",
]),
("w12-48", "Pemberton Falls Courier", "2020-01-25T02:00:00Z", "Anez reverses course and enters Bolivia's presidential race", [
"Bolivia's interim president, Jeanine Anez, announced on Friday that she would run in the May 3 presidential election, three days after saying she would not, opening her to charges from rivals that she would use the machinery of the state to campaign.",
"Taking part in the election had not been in her plans, Anez told supporters at a hotel in La Paz, but efforts to unite the parties opposed to the Movement for Socialism behind a single candidate had failed. She asked her ministers to resign so that she could form a cabinet for a new stage of the transition. La Paz mayor Luis Revilla said his party would back her.",
"Her entry further splits the field of candidates opposed to Morales's party, which leads in opinion polls.",
]),
("w12-49", "Southmere Bulletin", "2020-07-23T22:00:00Z", "Bolivia delays presidential election again, to October 18", [
"Bolivia's Supreme Electoral Tribunal put off the presidential election on Thursday to Oct. 18 from Sept. 6, the third time the vote has been delayed, saying the coronavirus made a September ballot unsafe.",
"Tribunal president Salvador Romero said Bolivian and international experts had advised that the epidemic, expected to peak between late July and early September, made it impossible to hold the vote as planned. The new date offered better conditions for protecting health, he said, and the tribunal did not need the legislature's approval to change it. A runoff, if one is needed, would be held on Nov. 29.",
"The vote was first set for May 3 and was moved to Sept. 6 by a law passed in June. Morales's party, which controls the legislature, called the delay illegal, and allied unions announced protests.",
]),
]

STATEMENTS = {
"w12-01": [["united-states", "neither devalue the dollar nor alter"], ["united-states", "We are not going to devalue"],
           ["united-states", "not going to change the price"], ["united-states", "faced a clear and present danger"],
           ["united-states", "flexibility was essential"], ["united-states", "Washington expected its allies to do more"],
           ["united-states", "carrying so heavy a share"]],
"w12-02": [["united-states", "decided against mandatory wage and price"], ["united-states", "a tax cut or any increase"],
           ["united-states", "the recovery was under way"], ["united-states", "intended to stay the course"],
           ["united-states", "Inflation was slowing, he said"], ["united-states", "saw no case for the kind"]],
"w12-03": [["united-states", "ordered a 90-day freeze on wages"], ["united-states", "suspended the convertibility of the dollar"],
           ["united-states", "imposed a temporary 10 percent surcharge"], ["united-states", "to suspend temporarily the dollar's link"],
           ["united-states", "a 10 percent job development"], ["united-states", "repeal of the 7 percent excise"],
           ["united-states", "a $4.7 billion cut in"], ["united-states", "would end once other countries stopped"],
           ["united-states", "explain the new program at a"]],
"w12-04": [["united-states", "raise the official price of gold"], ["united-states", "the most significant monetary agreement"],
           ["united-states", "ask Congress to approve the new"], ["united-states", "would be lifted now that a"],
           ["united-states", "remain inconvertible into gold"]],
"w12-05": [["united-states", "to produce enough vaccine to inoculate"], ["united-states", "No one knows exactly how serious"],
           ["united-states", "could not afford to take a chance"], ["united-states", "distribute the vaccine from September through"],
           ["united-states", "protected before the flu season"], ["united-states", "appeared related to the one blamed"],
           ["united-states", "no sign yet of its spread"], ["united-states", "could not be made on short notice"]],
"w12-06": [["united-states", "no evidence that swine flu vaccine"], ["united-states", "had histories of heart disease"],
           ["united-states", "to be expected by chance"], ["united-states", "had turned up nothing abnormal"]],
"w12-07": [["united-states", "rolled up his sleeve for a"], ["united-states", "he considered the vaccine safe"],
           ["united-states", "every American should be inoculated"], ["united-states", "tested on thousands of volunteers"],
           ["united-states", "the risk of serious reactions was"], ["united-states", "not to let reports of the deaths"]],
"w12-08": [["united-states", "suspended its swine flu immunization program"], ["united-states", "in the interest of the safety"],
           ["united-states", "until the data could be examined"], ["united-states", "no proof that the vaccine caused"],
           ["united-states", "appeared higher than would be expected"], ["united-states", "reports of 30 cases in people"]],
"w12-09": [["metropolitan-edison", "a small amount of radioactive steam"], ["metropolitan-edison", "none had been detected beyond its"],
           ["metropolitan-edison", "a pump feeding water to the"], ["metropolitan-edison", "declared a general emergency at 7:24"],
           ["metropolitan-edison", "no danger to the public"], ["metropolitan-edison", "being cooled down normally"],
           ["nuclear-regulatory-commission", "sent inspectors from its regional office"]],
"w12-10": [["metropolitan-edison", "radioactivity had escaped beyond the plant"], ["metropolitan-edison", "the amounts were minimal"],
           ["metropolitan-edison", "posed no threat to people living"], ["metropolitan-edison", "We didn't injure anybody"],
           ["metropolitan-edison", "need showers and fresh clothing"], ["metropolitan-edison", "250,000 gallons of contaminated water"],
           ["metropolitan-edison", "could stay shut for several weeks"], ["nuclear-regulatory-commission", "reported radioactivity in the air"],
           ["nuclear-regulatory-commission", "one of the most serious to"]],
"w12-11": [["nuclear-regulatory-commission", "a bubble of gas, mostly hydrogen"], ["nuclear-regulatory-commission", "keeping cooling water from parts"],
           ["nuclear-regulatory-commission", "still working out how to remove"], ["nuclear-regulatory-commission", "did not rule out a wider"],
           ["nuclear-regulatory-commission", "sent Harold R. Denton, its director"], ["metropolitan-edison", "had been a controlled one"],
           ["metropolitan-edison", "relieve pressure in a waste gas"], ["metropolitan-edison", "was not a threat to the"]],
"w12-12": [["nuclear-regulatory-commission", "could become potentially explosive within days"], ["nuclear-regulatory-commission", "oxygen freed by radiation from the"],
           ["nuclear-regulatory-commission", "approaching the point at which it"], ["nuclear-regulatory-commission", "there was no imminent danger"],
           ["nuclear-regulatory-commission", "weighing several ways to shrink"], ["nuclear-regulatory-commission", "would recommend an evacuation if he"]],
"w12-13": [["nuclear-regulatory-commission", "has shrunk dramatically"], ["nuclear-regulatory-commission", "appears to have been too conservative"],
           ["nuclear-regulatory-commission", "at about 80 cubic feet"], ["nuclear-regulatory-commission", "was a rough approximation"],
           ["nuclear-regulatory-commission", "wanted more careful analysis"], ["nuclear-regulatory-commission", "no longer seemed right"],
           ["nuclear-regulatory-commission", "far more remote than feared"], ["metropolitan-edison", "the bubble was essentially gone"]],
"w12-14": [["johnson-and-johnson", "recalled a second batch of the"], ["johnson-and-johnson", "could not have been added at"],
           ["johnson-and-johnson", "had recalled lot MC2880"], ["johnson-and-johnson", "would wait for more information"],
           ["johnson-and-johnson", "it added lot 1910MD"], ["johnson-and-johnson", "must have happened after the capsules"],
           ["johnson-and-johnson", "no cyanide was kept on the"], ["johnson-and-johnson", "none was used anywhere in making"]],
"w12-15": [["johnson-and-johnson", "withdrawing all Extra-Strength Tylenol capsules"], ["johnson-and-johnson", "about 31 million bottles"],
           ["johnson-and-johnson", "a small amount of cyanide had"], ["johnson-and-johnson", "to test the purity of raw"],
           ["johnson-and-johnson", "had been misinformed when it denied"], ["johnson-and-johnson", "could not have been the source"],
           ["johnson-and-johnson", "still no evidence of tampering"], ["johnson-and-johnson", "the recall was a precaution"]],
"w12-16": [["johnson-and-johnson", "would return to stores in a"], ["johnson-and-johnson", "not to use the capsules if"],
           ["johnson-and-johnson", "committed to the capsule"], ["johnson-and-johnson", "the protection they needed"],
           ["johnson-and-johnson", "offer coupons worth $2.50"], ["johnson-and-johnson", "taken a $50 million after-tax"]],
"w12-17": [["johnson-and-johnson", "stop making and selling all capsule"], ["johnson-and-johnson", "could no longer guarantee their safety"],
           ["johnson-and-johnson", "could no longer be made safe"], ["johnson-and-johnson", "exchange them for caplets or tablets"],
           ["johnson-and-johnson", "no plans to return to the"], ["johnson-and-johnson", "had not been put in at"]],
"w12-18": [["bridgestone-firestone", "would recall 6.5 million tires"], ["bridgestone-firestone", "6.5 million are still in use"],
           ["bridgestone-firestone", "as a precaution to ensure consumer"], ["bridgestone-firestone", "replace the tires however many miles"],
           ["bridgestone-firestone", "the tires were not defective"], ["bridgestone-firestone", "underinflated, overloaded or poorly maintained"]],
"w12-19": [["bridgestone-firestone", "apologized on Wednesday to the families"], ["bridgestone-firestone", "accepted full and personal responsibility"],
           ["bridgestone-firestone", "working to find the root cause"], ["bridgestone-firestone", "would share its findings with regulators"]],
"w12-20": [["bridgestone-firestone", "manufacturing practices at its Decatur"], ["bridgestone-firestone", "contributed to the tread separations"],
           ["bridgestone-firestone", "played a part as well"], ["bridgestone-firestone", "had weakened the bond between"],
           ["bridgestone-firestone", "was too low for hot climates"], ["bridgestone-firestone", "had changed the process"],
           ["bridgestone-firestone", "its other tires were safe"]],
"w12-21": [["bridgestone-firestone", "ended its nearly century-long relationship"], ["bridgestone-firestone", "the Wilderness tires were safe"],
           ["bridgestone-firestone", "an effort to divert attention from"], ["bridgestone-firestone", "saw no reason to recall the tires"],
           ["bridgestone-firestone", "its data showed they performed well"]],
"w12-22": [["bridgestone-firestone", "agreed on Thursday to recall"], ["bridgestone-firestone", "did not agree with the agency's"],
           ["bridgestone-firestone", "the tires performed extremely well"], ["bridgestone-firestone", "in the best interests of its"],
           ["bridgestone-firestone", "close this chapter in its history"], ["bridgestone-firestone", "only about 768,000 of the tires"]],
"w12-23": [["south-africa", "would widen research into the use"], ["south-africa", "would not yet make the drug"],
           ["south-africa", "Universal access would be decided once"], ["south-africa", "go ahead with its appeal"],
           ["south-africa", "whether the courts or the elected"], ["south-africa", "cited safety, cost and the capacity"],
           ["south-africa", "described the antiretroviral drugs used"], ["south-africa", "the state cannot afford to give"]],
"w12-24": [["south-africa", "extend the use of nevirapine"], ["south-africa", "offer antiretroviral drugs to survivors"],
           ["south-africa", "the premise that HIV causes AIDS"], ["south-africa", "there was no cure for AIDS"],
           ["south-africa", "remained the core of its strategy"], ["south-africa", "rising to 1 billion rand"]],
"w12-25": [["south-africa", "draw up a detailed operational plan"], ["south-africa", "ready by the end of September"],
           ["south-africa", "follow World Health Organization guidelines"], ["south-africa", "shared the impatience of many"],
           ["south-africa", "were dealt with urgently"], ["south-africa", "the country could afford the drugs"]],
"w12-26": [["south-africa", "approved a plan to provide antiretroviral"], ["south-africa", "at least one treatment point in"],
           ["south-africa", "step up prevention"], ["south-africa", "the option of traditional remedies"],
           ["south-africa", "about 53,000 people would be on"]],
"w12-27": [["south-africa", "denied on Monday that the government"], ["south-africa", "only once the treatment program was"],
           ["south-africa", "very careful in crafting our statement"], ["south-africa", "announce the day it was ready"],
           ["south-africa", "covered within a year of that"], ["south-africa", "denied having said that treatment sites"]],
"w12-28": [["electoral-commission-of-kenya", "declared President Mwai Kibaki the winner"], ["electoral-commission-of-kenya", "Kibaki had received 4,584,721 votes"],
           ["electoral-commission-of-kenya", "declared him duly elected"], ["electoral-commission-of-kenya", "seek redress in the courts"],
           ["kenya", "urged Kenyans to accept the result"], ["kenya", "begin healing the divisions"],
           ["kenya", "ordered a halt to live television"]],
"w12-29": [["electoral-commission-of-kenya", "did not know whether President Mwai"], ["electoral-commission-of-kenya", "announced the result under pressure"],
           ["electoral-commission-of-kenya", "I do not know whether Kibaki"], ["electoral-commission-of-kenya", "telephoned him again and again"],
           ["electoral-commission-of-kenya", "the courts should rule on it"], ["kenya", "had been legitimately elected"],
           ["kenya", "not open to negotiation"], ["kenya", "take their case to court"],
           ["kenya", "accused opposition supporters of ethnic cleansing"]],
"w12-30": [["kenya", "ready to form a government of"], ["kenya", "willing to work with all parties"],
           ["kenya", "does not need foreign mediators"], ["electoral-commission-of-kenya", "should be independently reviewed"]],
"w12-31": [["kenya", "he is not coming at our invitation"], ["kenya", "the government had won the election"],
           ["kenya", "saw no problem that needed solving"], ["kenya", "the point of anyone coming to"],
           ["kenya", "had not asked anyone to mediate"], ["kenya", "the respect shown to other stable"],
           ["kenya", "the violence at 612"]],
"w12-32": [["kenya", "signed an agreement on Thursday to"], ["kenya", "creating the post of prime minister"],
           ["kenya", "opened a new chapter for the"], ["kenya", "urged Kenyans to unite behind it"]],
"w12-33": [["egypt", "would not seek another term"], ["egypt", "rejected protesters' demands that he"],
           ["egypt", "overseeing a peaceful transfer of power"], ["egypt", "had never intended to run again"],
           ["egypt", "use the rest of his term"], ["egypt", "asked parliament to amend the articles"],
           ["egypt", "would die on Egyptian soil"], ["egypt", "history would judge him"],
           ["united-states", "an orderly transition must be meaningful"], ["united-states", "must begin now"]],
"w12-34": [["egypt", "set up a committee to propose"], ["egypt", "would remain in office until his"],
           ["egypt", "Gamal would not run for president"], ["egypt", "was fed up with power"],
           ["egypt", "feared chaos if he resigned now"]],
"w12-35": [["egypt", "supported the legitimate demands of the"], ["egypt", "Mubarak might step down"],
           ["egypt", "would become clear soon"], ["egypt", "dismissed the reports as rumours"],
           ["egypt", "he is not stepping down"], ["egypt", "would address the nation from"],
           ["united-states", "a strong likelihood that Mubarak"]],
"w12-36": [["egypt", "delegating powers to Vice President Omar"], ["egypt", "would remain in office until September's"],
           ["egypt", "would not bow to foreign dictates"], ["egypt", "committed to protecting the constitution"],
           ["egypt", "lift the emergency law"], ["egypt", "punish those responsible for killing"],
           ["egypt", "urged the protesters to go home"]],
"w12-37": [["egypt", "stepped down on Friday and handed"], ["egypt", "had decided to give up the"],
           ["egypt", "charged the Supreme Council of the"], ["egypt", "would announce the steps of"],
           ["egypt", "saluted Mubarak for his service"]],
"w12-38": [["gambia", "conceded defeat on Friday"], ["gambia", "promising not to contest the result"],
           ["gambia", "would help with the handover"], ["gambia", "go back to his farm"],
           ["gambia", "You are the elected president"], ["independent-electoral-commission-gambia", "Barrow the winner with 263,515 votes"],
           ["independent-electoral-commission-gambia", "had accepted defeat even before"], ["independent-electoral-commission-gambia", "something he called unique"]],
"w12-39": [["independent-electoral-commission-gambia", "had made an error in tallying"], ["independent-electoral-commission-gambia", "leaving the outcome unchanged"],
           ["independent-electoral-commission-gambia", "Barrow won 227,708 votes"], ["independent-electoral-commission-gambia", "counted correctly in the constituencies"],
           ["independent-electoral-commission-gambia", "credited to Barrow instead of"], ["independent-electoral-commission-gambia", "had endorsed the new result"]],
"w12-40": [["gambia", "rejected the results of last week's"], ["gambia", "serious and unacceptable abnormalities"],
           ["gambia", "calling for a fresh vote"], ["gambia", "rejected them in their totality"],
           ["gambia", "the vote could not be trusted"], ["united-states", "a reprehensible and unacceptable breach"]],
"w12-41": [["gambia", "would not step down when his"], ["gambia", "I will not step down"],
           ["gambia", "a formality whose conclusion had been"], ["gambia", "Nobody could take his victory from"],
           ["gambia", "pursue his challenge to the result"]],
"w12-42": [["gambia", "he was stepping aside"], ["gambia", "in good conscience and in the"],
           ["gambia", "not a single drop of blood"], ["gambia", "declared a state of emergency"],
           ["gambia", "would return home soon"]],
"w12-43": [["bolivia", "finished counting the votes from Sunday's"], ["bolivia", "he had won in the first"],
           ["bolivia", "accused his opponents of attempting a"], ["bolivia", "the tribunal was open to an"],
           ["bolivia", "would recognise the results of an"], ["bolivia", "the winner was not in question"],
           ["bolivia", "no pressure could impose a runoff"]],
"w12-44": [["bolivia", "would hold a runoff the day"], ["bolivia", "invited the foreign ministers of Argentina"],
           ["bolivia", "audit vote by vote"], ["bolivia", "had never hidden anything or committed"],
           ["bolivia", "costing the region $3.5 million"]],
"w12-45": [["bolivia", "that he would not resign"], ["bolivia", "I will not resign"],
           ["bolivia", "elected by the people"], ["bolivia", "respecting the constitution"],
           ["bolivia", "trying to force him from office"], ["bolivia", "a coup was under way"]],
"w12-46": [["bolivia", "resigned on Sunday, hours after"], ["bolivia", "call new national elections"],
           ["bolivia", "Supreme Electoral Tribunal would be replaced"], ["bolivia", "he was resigning so that"],
           ["bolivia", "denounced what he called a civic"], ["bolivia", "Garcia Linera also resigned"]],
"w12-47": [["bolivia", "would not be a candidate"], ["bolivia", "her task had been to call"],
           ["bolivia", "she would not seek the post"], ["bolivia", "preparing for the vote on"]],
"w12-48": [["bolivia", "that she would run in the"], ["bolivia", "had not been in her plans"],
           ["bolivia", "behind a single candidate had failed"], ["bolivia", "asked her ministers to resign"],
           ["bolivia", "a new stage of the transition"]],
"w12-49": [["bolivia", "put off the presidential election"], ["bolivia", "made a September ballot unsafe"],
           ["bolivia", "had advised that the epidemic"], ["bolivia", "offered better conditions for protecting health"],
           ["bolivia", "did not need the legislature's approval"], ["bolivia", "would be held on Nov. 29"]],
}

OPTIONAL = {
"w12-03": [["united-states", "the president had decided against controls"]],
"w12-04": [["united-states", "was not going to change the"]],
"w12-17": [["johnson-and-johnson", "brought capsules back in a triple-sealed"]],
"w12-22": [["bridgestone-firestone", "vowed to fight the agency's finding"]],
"w12-25": [["south-africa", "questioned the drugs' safety and cost"]],
"w12-27": [["south-africa", "was published when the cabinet approved"]],
"w12-32": [["kenya", "the presidency was not negotiable"]],
"w12-37": [["egypt", "he would stay in office until"]],
"w12-40": [["independent-electoral-commission-gambia", "the correction did not change the"]],
"w12-42": [["gambia", "would not leave until the Supreme"]],
"w12-43": [["bolivia", "halted its quick count"]],
"w12-49": [["bolivia", "first set for May 3"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["w12-02", "w12-03", "united-states", "stance-reversal: the Treasury secretary said the president had decided against mandatory wage and price controls and a tax cut and intended to stay the course; seven weeks later the president orders a 90-day freeze on wages, prices and rents and asks for a job development tax credit and the repeal of the car excise tax"],
["w12-07", "w12-08", "united-states", "stance-reversal: the White House said the president considered the swine flu vaccine safe and that every American should be inoculated, and health officials urged people not to stay away from the clinics; two months later the government suspends the whole program in the interest of public safety"],
["w12-12", "w12-13", "nuclear-regulatory-commission", "stance-reversal: the commission warned that the hydrogen bubble could become potentially explosive within days as oxygen built up; two days later its chief official at the site says the oxygen estimate appears to have been too conservative and the danger of an explosion far more remote than feared"],
["w12-23", "w12-25", "south-africa", "stance-reversal: the health minister described antiretroviral drugs as toxic and said the state could not afford to give them to patients in public hospitals; the cabinet now orders a plan to provide them through the public health system and says the country can afford them"],
["w12-31", "w12-32", "kenya", "stance-reversal: the government said it had won the election, saw no problem that needed solving, had not invited Annan and saw no point in anyone mediating power-sharing; six weeks later the president signs an Annan-mediated agreement to share power with the opposition leader as prime minister"],
["w12-36", "w12-37", "egypt", "stance-reversal: the president said he would remain in office until September's election and would not bow to foreign dictates; the next day he gives up the presidency and hands power to the army"],
["w12-38", "w12-40", "gambia", "stance-reversal: the president conceded defeat, congratulated the winner and promised not to contest the result; a week later he rejects the results in their totality and calls for a fresh vote"],
["w12-43", "w12-46", "bolivia", "stance-reversal: the president declared he had won in the first round and the justice minister said the winner was not in question and no pressure could impose a runoff; two weeks later the president calls new national elections and then resigns"],
# commitments reversed in other words
["w12-01", "w12-04", "united-states", "commitment-reversed: the Treasury secretary said the United States was not going to devalue and not going to change the price of gold; seven months later Washington raises the official gold price to $38 from $35, devaluing the dollar by about 8 percent"],
["w12-16", "w12-17", "johnson-and-johnson", "commitment-reversed: the chairman said the company was committed to the capsule and that the triple-sealed package would give consumers the protection they needed; after a second poisoning the company stops making capsules altogether, saying it can no longer guarantee their safety"],
["w12-23", "w12-24", "south-africa", "commitment-reversed: the government said it would not yet make nevirapine available at all state hospitals, keeping it to 18 pilot sites until research answered its questions, and would pursue its appeal; eight weeks later the cabinet extends nevirapine beyond the pilot sites to hospitals and clinics able to provide it"],
["w12-33", "w12-37", "egypt", "commitment-reversed: the president vowed to spend his remaining months in office overseeing the transition and to use the rest of his term for constitutional changes; ten days later he steps down and hands power to the armed forces"],
["w12-41", "w12-42", "gambia", "commitment-reversed: the president said he would not step down when his term ended and would pursue his challenge in the Supreme Court; a month later he announces he is stepping aside and leaves the country"],
["w12-45", "w12-46", "bolivia", "commitment-reversed: the president told a crowd \"I will not resign\" and said he had been elected by the people; two days later he resigns"],
# denials then action or admission
["w12-14", "w12-15", "johnson-and-johnson", "denial-then-action: a company executive said no cyanide was kept on the premises at McNeil and none was used anywhere in making Tylenol; days later the company acknowledges that a small amount of cyanide was kept in a laboratory at its Fort Washington site"],
["w12-18", "w12-20", "bridgestone-firestone", "denial-then-action: company officials maintained that the recalled tires were not defective and blamed underinflation, overloading and poor maintenance; four months later the company says manufacturing practices at its Decatur plant contributed to the tread separations"],
["w12-21", "w12-22", "bridgestone-firestone", "denial-then-action: the company said the Wilderness tires were safe and that it saw no reason to recall them; four months later it agrees to recall 3.5 million more Wilderness AT tires"],
# reports denied, then borne out
["w12-35", "w12-37", "egypt", "report-denied: as the prime minister and ruling-party officials said the president might hand over power, the information minister called the reports rumours and said the president was not stepping down; the next day he steps down"],
["w12-47", "w12-48", "bolivia", "report-denied: as ministers and allies urged her to run, the interim president said she would not be a candidate and that her task had been to call the vote; three days later she announces her candidacy"],
# claims negated
["w12-09", "w12-10", "metropolitan-edison", "claim-negated: the utility said radioactive steam had been released inside the plant but none had been detected beyond its boundaries; the next day it acknowledges that radioactivity escaped beyond the plant site, calling the amounts minimal"],
["w12-26", "w12-27", "south-africa", "claim-negated: health officials said the approved plan projected about 53,000 people on antiretroviral treatment by the end of March 2004; the health minister denies that the government committed itself to that figure, saying it applies only once the program is running"],
["w12-28", "w12-29", "electoral-commission-of-kenya", "claim-negated: the commission's chairman declared Kibaki duly elected with 4,584,721 votes; two days later he says he does not know whether Kibaki won and that he announced the result under pressure"],
# number mismatches
["w12-38", "w12-39", "independent-electoral-commission-gambia", "number-mismatch: the commission declared Barrow the winner with 263,515 votes to Jammeh's 212,099 and Kandeh's 102,969; three days later it publishes corrected figures of 227,708, 208,487 and 89,768, cutting the margin to about 19,000 votes"],
# dates moved
["w12-05", "w12-06", "united-states", "date-mismatch: the president said the vaccine would be distributed from September through November; the campaign opened on Oct. 1, about a month behind the schedule set in the spring"],
["w12-47", "w12-49", "bolivia", "date-mismatch: the electoral tribunal said it was preparing for the vote on May 3; six months later it puts the election off to Oct. 18, the third delay"],
]

AMBIGUOUS = [
["w12-01", "w12-03"],  # not going to devalue or change the gold price, then the dollar's convertibility into gold suspended: the gold price itself is unchanged until w12-04
["w12-05", "w12-08"],  # every American to be inoculated, then the program suspended: carried by w12-07 - w12-08
["w12-09", "w12-11"],  # no danger and a reactor cooling down normally, then an unplanned release and a bubble keeping water from the core
["w12-11", "w12-13"],  # a wider evacuation not ruled out, then the danger of an explosion far more remote: carried by w12-12 - w12-13
["w12-19", "w12-20"],  # full and personal responsibility, then the Explorer's design played a part
["w12-19", "w12-21"],  # full and personal responsibility, then Ford trying to divert attention from the Explorer
["w12-23", "w12-26"],  # antiretrovirals toxic and unaffordable, then a plan approved: carried by w12-23 - w12-25
["w12-24", "w12-25"],  # prevention the core and no commitment to treatment, then a treatment plan ordered
["w12-28", "w12-30"],  # the commission declares Kibaki duly elected, then four of its members want the results reviewed
["w12-30", "w12-31"],  # ready to form a government of national unity, then no point in anyone mediating power-sharing
["w12-34", "w12-37"],  # the government says Mubarak stays until September, then he steps down: carried by w12-33 - w12-37
["w12-33", "w12-35"],  # serve out the term, then the prime minister says he might step down
["w12-38", "w12-41"],  # no contest of the result, then he will not step down: carried by w12-38 - w12-40
["w12-40", "w12-42"],  # a fresh vote demanded before any handover, then he leaves
["w12-44", "w12-46"],  # a runoff if an audit proves fraud, then new elections after the audit, and a resignation
["w12-48", "w12-49"],  # a candidacy for the May 3 vote, then the vote on Oct. 18: carried by w12-47 - w12-49
]

TRAPS = [
["w12-01", "w12-02", "different topics: the Treasury secretary rules out a devaluation and a change in the gold price, then rules out wage-price controls and a tax cut; neither statement touches the other"],
["w12-03", "w12-04", "a condition met: the import surcharge was to end once other countries stopped treating the United States unfairly on exchange rates; it is lifted when the realignment is agreed, and the dollar stays inconvertible as before"],
["w12-05", "w12-07", "a consistent restatement: every American should be vaccinated, said in March and again when the president takes his own shot"],
["w12-06", "w12-08", "different matters: no evidence that the vaccine caused three heart deaths in Pittsburgh, then a suspension over a possible link with Guillain-Barre syndrome"],
["w12-10", "w12-11", "a consistent restatement: the utility calls Thursday's off-site release minimal and no threat, then calls Friday's controlled release no threat"],
["w12-11", "w12-12", "a hedged warning made more specific: a wider evacuation not ruled out, then a bubble that could become explosive within days and an official who would recommend evacuation if needed"],
["w12-15", "w12-16", "an update explained as such: capsules withdrawn nationwide as a precaution, then returned six weeks later in a triple-sealed package"],
["w12-15", "w12-17", "a consistent restatement years apart: no evidence of tampering at the company's plants in 1982, and the same conviction in 1986"],
["w12-18", "w12-22", "a consistent position with an action attached: the tires called not defective at the 2000 recall, and the agency's defect finding still disputed while a further recall is accepted"],
["w12-20", "w12-21", "a consistent restatement: the company's other tires called safe in December and the Wilderness tires called safe in May"],
["w12-25", "w12-26", "a stated date kept: the plan was due by the end of September, was handed to the minister at the end of September and approved in November"],
["w12-29", "w12-31", "a consistent restatement, and counts that grow: the president legitimately elected and the government the winner of the election; more than 300 dead, then 612"],
["w12-29", "w12-32", "different scopes: the presidency was not open to negotiation, and under the accord Kibaki remains president while a prime minister's post is created"],
["w12-33", "w12-34", "a consistent restatement: Mubarak will not run again and serves until September, and his son will not run either"],
["w12-35", "w12-36", "a hedge that is not a commitment: the prime minister said Mubarak might step down; the information minister said he was not stepping down, and that night he stays"],
["w12-39", "w12-40", "one actor disputing another: the electoral commission says its correction left the outcome unchanged, and the president cites the correction to reject the result"],
["w12-40", "w12-41", "a consistent restatement: the result rejected and a fresh vote demanded, then no handover while the challenge goes on"],
["w12-38", "w12-42", "a promise kept in the end: a concession and an offer to help with the handover, and seven weeks later a departure"],
["w12-43", "w12-44", "a conditional: no pressure could impose a runoff the constitution did not require, and a runoff only if an audit proves fraud"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
