#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-21, then checks them.

Every document retells a real, dated public event in its author's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "kyrgyzstan", "name": "Kyrgyzstan",
     "aliases": ["Kyrgyz Republic", "Bishkek", "Kyrgyz government", "Kyrgyz parliament", "Jogorku Kenesh",
                 "Kyrgyz Foreign Ministry", "Kyrgyz officials"],
     "speakers": [
         {"name": "Kurmanbek Bakiyev", "role": "President", "from": "2005-08-14", "to": "2010-04-15"},
         {"name": "Igor Chudinov", "role": "Prime Minister", "from": "2007-12-24", "to": "2009-10-21"},
         {"name": "Kadyrbek Sarbayev", "role": "Foreign Minister", "from": "2009-01-01", "to": "2009-10-21"},
         {"name": "Aibek Sultangaziyev", "role": "Government spokesman", "from": "2008-01-01", "to": "2009-12-31"}]},
    {"type": "actor", "id": "united-states", "name": "United States",
     "aliases": ["US", "U.S.", "Washington", "Pentagon", "Defense Department", "State Department",
                 "U.S. embassy", "American Institute in Taiwan", "U.S. military"],
     "speakers": [
         {"name": "Robert Gates", "role": "Secretary of Defense", "from": "2006-12-18", "to": "2011-07-01"},
         {"name": "Geoff Morrell", "role": "Pentagon Press Secretary", "from": "2007-06-01", "to": "2011-06-30"},
         {"name": "Michelle Yerkin", "role": "Spokeswoman, U.S. embassy in Bishkek", "from": "2008-01-01", "to": "2010-12-31"},
         {"name": "Christopher Kavanagh", "role": "Press officer, American Institute in Taiwan", "from": "2008-01-01", "to": "2010-12-31"}]},
    {"type": "actor", "id": "taiwan", "name": "Taiwan",
     "aliases": ["Republic of China", "Taipei", "Taiwanese government", "Ministry of Foreign Affairs",
                 "Taiwan's Foreign Ministry", "Presidential Office", "Executive Yuan", "Ministry of National Defense",
                 "Central Emergency Operations Center"],
     "speakers": [
         {"name": "Ma Ying-jeou", "role": "President", "from": "2008-05-20", "to": "2016-05-20"},
         {"name": "Liu Chao-shiuan", "role": "Premier", "from": "2008-05-20", "to": "2009-09-10"},
         {"name": "Francisco Ou", "role": "Minister of Foreign Affairs", "from": "2008-05-20", "to": "2009-09-10"},
         {"name": "Andrew Hsia", "role": "Deputy Minister of Foreign Affairs", "from": "2008-08-01", "to": "2009-08-20"},
         {"name": "Chen Chao-min", "role": "Minister of National Defense", "from": "2008-05-20", "to": "2009-09-10"},
         {"name": "Mao Chi-kuo", "role": "Minister of Transportation and Communications; Commander, Central Emergency Operations Center", "from": "2008-05-20", "to": "2013-02-18"}]},
    {"type": "actor", "id": "south-korea", "name": "South Korea",
     "aliases": ["Republic of Korea", "Seoul", "South Korean government", "Blue House", "Cheong Wa Dae",
                 "presidential office", "Defense Ministry", "Ministry of National Defense", "Joint Chiefs of Staff",
                 "South Korean military", "Joint Investigation Group"],
     "speakers": [
         {"name": "Lee Myung-bak", "role": "President", "from": "2008-02-25", "to": "2013-02-24"},
         {"name": "Kim Tae-young", "role": "Minister of National Defense", "from": "2009-09-18", "to": "2010-12-04"},
         {"name": "Park Geun-hye", "role": "President", "from": "2013-02-25", "to": "2017-03-10"},
         {"name": "Lee Won-jong", "role": "Presidential Chief of Staff", "from": "2016-05-15", "to": "2016-10-30"},
         {"name": "Jung Youn-kuk", "role": "Presidential spokesman", "from": "2015-02-17", "to": "2017-05-10"},
         {"name": "Yoo Yeong-ha", "role": "Lawyer for the President", "from": "2016-11-14", "to": "2017-05-10"}]},
    {"type": "actor", "id": "north-korea", "name": "North Korea",
     "aliases": ["DPRK", "Democratic People's Republic of Korea", "Pyongyang", "National Defence Commission",
                 "Korean Central News Agency", "KCNA"],
     "speakers": [
         {"name": "Kim Jong-il", "role": "Chairman, National Defence Commission", "from": "1993-04-09", "to": "2011-12-17"}]},
    {"type": "actor", "id": "renault", "name": "Renault",
     "aliases": ["Renault SA", "Groupe Renault", "French carmaker"],
     "speakers": [
         {"name": "Carlos Ghosn", "role": "Chairman and Chief Executive Officer", "from": "2009-05-06", "to": "2019-01-24"},
         {"name": "Patrick Pelata", "role": "Chief Operating Officer", "from": "2008-10-01", "to": "2011-04-11"}]},
    {"type": "actor", "id": "mma", "name": "Montreal, Maine and Atlantic Railway",
     "aliases": ["MMA", "MM&A", "Montreal, Maine & Atlantic Railway", "Montreal, Maine and Atlantic Canada Co.",
                 "Rail World", "Rail World Inc."],
     "speakers": [
         {"name": "Edward Burkhardt", "role": "Chairman, Montreal, Maine and Atlantic Railway; President, Rail World Inc.", "from": "2003-01-01", "to": "2014-12-31"},
         {"name": "Yves Bourdon", "role": "Director, Montreal, Maine and Atlantic Railway", "from": "2010-01-01", "to": "2014-12-31"}]},
    {"type": "actor", "id": "armenia", "name": "Armenia",
     "aliases": ["Republic of Armenia", "Yerevan", "Armenian government", "Republican Party of Armenia",
                 "Republican Party", "Armenian authorities"],
     "speakers": [
         {"name": "Serzh Sargsyan", "role": "President", "from": "2008-04-09", "to": "2018-04-09"},
         {"name": "Serzh Sargsyan", "role": "Prime Minister", "from": "2018-04-17", "to": "2018-04-23"},
         {"name": "Karen Karapetyan", "role": "First Deputy Prime Minister", "from": "2018-04-17", "to": "2018-04-23"},
         {"name": "Karen Karapetyan", "role": "Acting Prime Minister", "from": "2018-04-23", "to": "2018-05-08"},
         {"name": "Eduard Sharmazanov", "role": "Deputy Speaker of the National Assembly; spokesman, Republican Party", "from": "2012-05-31", "to": "2019-01-14"}]},
    {"type": "actor", "id": "canada", "name": "Canada",
     "aliases": ["Ottawa", "Canadian government", "federal government", "Government of Canada", "Finance Canada",
                 "Transport Canada", "Trans Mountain Corp.", "Trans Mountain Corporation", "Trans Mountain",
                 "Export Development Canada"],
     "speakers": [
         {"name": "Bill Morneau", "role": "Minister of Finance", "from": "2015-11-04", "to": "2020-08-17"},
         {"name": "Chrystia Freeland", "role": "Deputy Prime Minister and Minister of Finance", "from": "2020-08-18", "to": "2024-12-16"},
         {"name": "Lisa Raitt", "role": "Minister of Transport", "from": "2013-07-15", "to": "2015-11-04"},
         {"name": "Ashley Kelahear", "role": "Spokeswoman for the Minister of Transport", "from": "2013-07-15", "to": "2014-12-31"},
         {"name": "Ian Anderson", "role": "President and Chief Executive Officer, Trans Mountain Corp.", "from": "2018-08-31", "to": "2023-03-31"}]},
    {"type": "actor", "id": "cathay-pacific", "name": "Cathay Pacific Airways",
     "aliases": ["Cathay Pacific", "Cathay", "Cathay Pacific Group"],
     "speakers": [
         {"name": "John Slosar", "role": "Chairman", "from": "2014-03-12", "to": "2019-11-06"},
         {"name": "Rupert Hogg", "role": "Chief Executive Officer", "from": "2017-05-01", "to": "2019-08-16"},
         {"name": "Augustus Tang", "role": "Chief Executive Officer", "from": "2019-08-16", "to": "2023-12-31"},
         {"name": "Patrick Healy", "role": "Chairman", "from": "2019-11-06", "to": ONGOING}]},
    {"type": "actor", "id": "rio-tinto", "name": "Rio Tinto",
     "aliases": ["Rio Tinto Group", "Rio Tinto plc", "Rio"],
     "speakers": [
         {"name": "Stephen McIntosh", "role": "Group Executive, Growth and Innovation", "from": "2017-03-01", "to": "2021-03-31"},
         {"name": "Jakob Stausholm", "role": "Chief Executive", "from": "2021-01-01", "to": "2025-08-25"}]},
    {"type": "actor", "id": "mongolia", "name": "Mongolia",
     "aliases": ["Ulaanbaatar", "Mongolian government", "Government of Mongolia", "Erdenes Oyu Tolgoi",
                 "State Great Khural", "Mongolian parliament"],
     "speakers": [
         {"name": "Oyun-Erdene Luvsannamsrai", "role": "Prime Minister", "from": "2021-01-27", "to": "2025-06-13"},
         {"name": "Khishgee Nyambaatar", "role": "Minister of Justice and Home Affairs; head of the government working group on Oyu Tolgoi", "from": "2020-07-08", "to": "2024-07-10"}]},
]

OUTLETS = {
    "Halvergate Wire": "halvergate-wire.example",
    "Ormsby Press Agency": "ormsby-press.example",
    "Kelderby Dispatch": "kelderby-dispatch.example",
    "Brackenholm News Service": "brackenholm-news.example",
    "Tarnbrook Ledger": "tarnbrook-ledger.example",
    "Cressingham Herald": "cressingham-herald.example",
    "Wetherden Newswire": "wetherden-newswire.example",
    "Fennick Cross Report": "fennick-cross.example",
    "Lowmoor Press Service": "lowmoor-press.example",
    "Sallowmere Financial Report": "sallowmere-financial.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- Kyrgyzstan and the Manas air base, 2009 (01-05)
("w21-01", "Halvergate Wire", "2009-02-03T18:30:00Z", "Kyrgyzstan to close U.S. air base at Manas, Bakiyev says after Moscow talks", [
"Kyrgyz President Kurmanbek Bakiyev said on Tuesday that his government had decided to close the U.S. air base at Manas airport outside Bishkek, announcing the move in Moscow hours after Russia promised his poor Central Asian country more than $2 billion in loans and aid.",
"\"The government of Kyrgyzstan has made the decision on ending the term for the American base on the territory of Kyrgyzstan,\" Bakiyev told reporters after talks with President Dmitry Medvedev. He said the base had been meant to stay for a year or two when it opened in 2001, and that Washington had not been willing to discuss paying more for its use. He also cited the base's poor standing among ordinary Kyrgyz. Russia agreed to lend Kyrgyzstan $2 billion, to give it $150 million in aid and to write off $180 million of its debt.",
"In Washington, Pentagon spokesman Geoff Morrell said talks with Bishkek on the base were still under way and called Manas a hugely important air base for the war in Afghanistan, where the new administration of President Barack Obama is preparing to send more troops.",
]),
("w21-02", "Ormsby Press Agency", "2009-02-06T13:00:00Z", "Kyrgyzstan says decision to close U.S. base is final", [
"The Kyrgyz government said on Friday that the closure of the U.S. air base at Manas was final, even as Washington said it still hoped to keep using the facility to supply its forces in Afghanistan.",
"\"The decision has been made,\" government spokesman Aibek Sultangaziyev told reporters. The U.S. embassy and the Kyrgyz Foreign Ministry were exchanging views on the matter, he said, but there were no discussions on keeping the base. Prime Minister Igor Chudinov said the decision had nothing to do with the loans and aid promised by Russia this week, and that the bills ending the agreement on the base would go to parliament shortly. Once the agreement was formally ended, officials said, the United States would have 180 days to withdraw its personnel.",
"The Pentagon said it was still talking to Kyrgyz officials about the base, which handles troops, cargo and refuelling flights for the war in Afghanistan. Neighbouring Tajikistan said on Friday it would let non-military supplies bound for Afghanistan cross its territory.",
]),
("w21-03", "Kelderby Dispatch", "2009-02-20T15:00:00Z", "Bakiyev signs law to close Manas base; Gates says U.S. may pay more", [
"President Kurmanbek Bakiyev signed a law on Friday ending the agreement that lets U.S. forces use the Manas air base, the last step before Kyrgyzstan serves the Americans with a formal notice giving them 180 days to leave.",
"Parliament approved the closure on Thursday by 78 votes to one. During the debate several deputies accused Washington of paying too little for the base, and some recalled the fatal shooting of a Kyrgyz fuel truck driver by a U.S. airman at the base in 2006, a case that still angers many in the country.",
"U.S. Defense Secretary Robert Gates, speaking at a meeting of NATO defence ministers in Krakow, said the United States would consider paying more rent for Manas but would not \"be ridiculous about it\". The United States pays about $17.4 million a year for the base. U.S. officials suspect that Russia, wary of an American military presence in former Soviet Central Asia, was behind the decision, which both Moscow and Bishkek deny.",
]),
("w21-04", "Brackenholm News Service", "2009-06-23T16:00:00Z", "Kyrgyzstan agrees to let U.S. keep using Manas as a transit center at triple the rent", [
"Kyrgyzstan agreed on Tuesday to let the United States keep using Manas airport to supply its forces in Afghanistan, four months after it ordered the Americans out, in a deal that more than triples the rent Washington pays.",
"Foreign Minister Kadyrbek Sarbayev told a parliamentary committee, which backed the accord, that the government had decided to hold talks and sign an agreement creating a transit center at the airport for shipments to the international force in Afghanistan. Rent will rise to $60 million a year from $17.4 million, he said, and the United States will also pay $36.6 million for new aircraft parking and storage and $30 million for navigation equipment. The original decision to end the U.S. presence had been an economic one, Sarbayev said, and the worsening situation in Afghanistan and Pakistan threatened the whole region.",
"The deal, which falls short of a full military air base, still needs a vote by the full parliament. \"We applaud the decision by the Kyrgyz Republic to continue to play a key role,\" U.S. embassy spokeswoman Michelle Yerkin said.",
]),
("w21-05", "Tarnbrook Ledger", "2009-06-25T15:00:00Z", "Kyrgyz parliament ratifies Manas deal; officials say it is now a transit center", [
"Kyrgyzstan's parliament ratified an agreement on Thursday that lets the United States go on using Manas airport near Bishkek to ship non-lethal supplies to Afghanistan, four months after deputies voted to close the U.S. air base there.",
"The accord, to be renewed year by year, now goes to President Kurmanbek Bakiyev for his signature. Kyrgyz officials insisted that Manas would no longer be a military air base but a \"center of transit shipments\". Foreign Minister Kadyrbek Sarbayev said the situation around Afghanistan was beginning to present a real threat to Central Asia, and to Kyrgyzstan in particular. Washington will set up a $20 million joint fund for economic development and give $21.5 million to fight drug trafficking near Afghanistan, he said.",
"Manas is the last U.S. base in Central Asia since Uzbekistan expelled American forces from the Karshi-Khanabad base in 2005. About 15,000 troops and 500 tons of cargo pass through it each month.",
]),
# ---------------------------------------------------------------- Taiwan and Typhoon Morakot, August 2009 (06-10)
("w21-06", "Cressingham Herald", "2009-08-12T09:00:00Z", "Taiwan says it can cope with typhoon on its own, asks for cash rather than rescue teams", [
"Taiwan's Foreign Ministry said on Tuesday that the island could cope with the aftermath of Typhoon Morakot on its own and would decline offers of foreign rescue workers and relief goods for now, asking governments that wanted to help to give money instead.",
"In a cable dated Aug. 11, the ministry told its missions abroad to thank foreign governments for their offers and encourage cash donations. The United States offered help on Monday. Officials said the armed forces were leading the rescue effort in the flooded south, where the storm dumped record rain over the weekend and washed away roads and bridges.",
"In Kaohsiung County, rescuers had yet to reach much of Hsiaolin village, which was buried by a mudslide on Sunday, and local officials said hundreds of people could be trapped there. Dozens of people have been confirmed dead across the south and hundreds more are missing. President Ma Ying-jeou visited survivors on Tuesday.",
]),
("w21-07", "Fennick Cross Report", "2009-08-14T07:00:00Z", "Taiwan asks foreign governments for helicopters and shelters; defence chief says U.S., Japan cannot send heavy-lift aircraft", [
"Taiwan has asked foreign governments for heavy-lift helicopters, prefabricated housing, water purifiers and other equipment for typhoon relief, two days after its Foreign Ministry said the island could handle the disaster by itself.",
"The ministry sent the list of needs to foreign governments on Thursday, officials said, as rescuers struggled to reach mountain villages cut off by landslides. But Defense Minister Chen Chao-min said on Friday that the United States and Japan would not provide the specialised helicopters able to carry heavy loads, because the aircraft did not have the range to fly to Taiwan from Guam or from Japan.",
"Opposition lawmakers accused the government of reacting too slowly and of turning away help in the first days after the storm. President Ma Ying-jeou said this week that more than 500 people were feared dead, most of them in Kaohsiung County.",
]),
("w21-08", "Wetherden Newswire", "2009-08-14T14:00:00Z", "Taiwan Foreign Ministry apologises for aid cable; deputy minister says U.S., Japan still weighing helicopters", [
"Taiwan's Foreign Ministry apologised on Friday for a cable that told its missions abroad to decline all foreign aid except cash after Typhoon Morakot, but Acting Foreign Minister Andrew Hsia said the document had been poorly worded rather than mistaken.",
"The cable \"neglected\" to say that Taiwan was only temporarily declining donations of goods and rescue workers, Hsia told reporters, calling it perhaps a technical error. The ministry's standing policy had always been that Taiwan would seek international assistance if it needed it, he said. Hsia, who was in charge while Foreign Minister Francisco Ou was abroad, said he would shoulder responsibility, and that the Cabinet had not been informed of the cable.",
"Hsia also rebutted Defense Minister Chen Chao-min, who had said earlier in the day that the United States and Japan would not supply heavy-lift helicopters. \"The U.S. and Japan did not say that such a requirement is not doable. Everything is still under negotiation,\" Hsia said, adding that both countries had responded positively to Taiwan's requests.",
]),
("w21-09", "Lowmoor Press Service", "2009-08-17T10:00:00Z", "First U.S. military helicopter lands in Taiwan for typhoon relief", [
"A U.S. CH-53E Super Stallion helicopter landed at Tainan Air Base on Monday afternoon to join relief work in southern Taiwan, the first of four U.S. military helicopters sent from the amphibious transport ship USS Denver.",
"Transportation Minister Mao Chi-kuo, who heads Taiwan's Central Emergency Operations Center, said the heavy-lift aircraft, able to carry about 16 tonnes, would start work on Tuesday in mountain areas that have been cut off since the storm. A second CH-53E and two SH-60 Seahawks will follow, said Christopher Kavanagh, a press officer of the American Institute in Taiwan, which represents U.S. interests on the island. The helicopters will return to the Denver each night, he said.",
"U.S. C-130 transport planes delivered plastic sheeting for temporary shelters on Sunday and half a tonne of water purification tablets on Monday. Officials said more than 1,000 people were still stranded in the mountains more than a week after the typhoon. Aid from mainland China and other donors has also arrived.",
]),
("w21-10", "Sallowmere Financial Report", "2009-08-18T11:00:00Z", "Ma apologises for typhoon response but will not resign; deputy foreign minister quits", [
"President Ma Ying-jeou apologised on Tuesday for his government's handling of Typhoon Morakot and said he took full responsibility, but ruled out resigning, as Deputy Foreign Minister Andrew Hsia became the first official to quit over the response.",
"\"I have noticed the public outcry, but at this critical moment, I cannot resign,\" Ma told a news conference, after bowing in apology with senior officials. \"I must supervise the rebuilding of the disaster areas.\" He said rescues would have started earlier had it not been for the weather, blamed the impression of a slow and disorderly effort on poor communication, and ordered an inquiry whose findings he wants published by early September. Ma had apologised for the pace of the rescues on Saturday.",
"Ma also said the armed forces would give disaster relief a bigger role. \"Now our enemy is not necessarily people across the Taiwan Strait, but nature,\" he said. Premier Liu Chao-shiuan's office said Hsia's resignation, over the cable that told missions to decline foreign aid, had not yet been approved.",
]),
# ---------------------------------------------------------------- The Cheonan, March-May 2010 (11-15)
("w21-11", "Halvergate Wire", "2010-03-27T03:00:00Z", "South Korean navy ship sinks near sea border with North; 46 sailors missing", [
"A South Korean navy corvette with 104 crew sank on Friday night in the Yellow Sea near the disputed sea border with North Korea after an explosion tore open its hull, and 46 sailors were missing early on Saturday, the military said.",
"The Joint Chiefs of Staff said the explosion struck the stern of the 1,200-ton Cheonan at about 9:45 p.m. as it patrolled off Baengnyeong Island, and that 58 crew members had been rescued. The cause was not known. A nearby navy ship, the Sokcho, fired its guns toward an unidentified object moving north at high speed, military officials said, but it was not clear what the object was.",
"President Lee Myung-bak held an emergency meeting of security ministers overnight and ordered a swift rescue and a thorough inquiry into the cause. Officials said there was no sign so far that North Korea had been involved, and that no unusual movements by North Korean forces had been detected.",
]),
("w21-12", "Ormsby Press Agency", "2010-03-30T12:00:00Z", "Defence minister says mine may have sunk South Korean warship; diver dies in search", [
"A naval mine may have sunk the South Korean corvette Cheonan, Defense Minister Kim Tae-young told parliament on Monday, raising the possibility that a mine left over from the Korean War had drifted into the area or that one had been sent deliberately from the North.",
"Kim said a torpedo attack could not be ruled out either, but that there was no definitive evidence of North Korean involvement. The military, which first said the blast came at 9:45 p.m. on Friday, has since given earlier times, and lawmakers questioned why its account kept changing. North Korea has made no comment on the sinking.",
"A navy diver, Chief Warrant Officer Han Ju-ho, died on Tuesday after losing consciousness while searching the sunken stern for the 46 missing sailors. Strong currents and cold water have hampered divers trying to reach the wreck.",
]),
("w21-13", "Kelderby Dispatch", "2010-04-01T09:00:00Z", "Military revises time of Cheonan blast again, to 9:22 p.m.; says navy fired at birds", [
"South Korea's military changed its account of when the corvette Cheonan was hit once more on Thursday, saying the explosion happened at 9:22 p.m. on March 26, not at 9:45 p.m. as it first announced.",
"The Defense Ministry said the new time matched a seismic wave of magnitude 1.4 to 1.5 recorded at 9:21:58 p.m. near the site by the Korea Institute of Geoscience and Mineral Resources. It had earlier given 9:30 p.m. and then 9:25 p.m. The time would be finally confirmed by the joint civilian-military investigation, a spokesman said.",
"The ministry also said the corvette Sokcho had fired its main gun that night at an object on its radar that its crew took to be a North Korean ship fleeing north, but that later analysis showed was most likely a flock of birds. The military has been criticised for releasing only excerpts of its communications with the Cheonan.",
]),
("w21-14", "Brackenholm News Service", "2010-05-20T06:00:00Z", "Investigators say North Korean torpedo sank the Cheonan; Pyongyang calls findings a fabrication", [
"A North Korean torpedo fired from a small submarine sank the South Korean corvette Cheonan in March, killing 46 sailors, an international team of investigators said on Thursday, and Seoul vowed firm measures in response.",
"\"The evidence points overwhelmingly to the conclusion that the torpedo was fired by a North Korean submarine. There is no other plausible explanation,\" the South Korean-led Joint Investigation Group said. Experts from the United States, Britain, Australia and Sweden took part. The team showed parts of a torpedo recovered from the seabed, including a propulsion section marked \"No. 1\" in Korean script, and said their design matched a North Korean model offered for export.",
"North Korea's National Defence Commission called the findings a fabrication and said it would send its own inspectors to examine the evidence. It warned that it would answer any punishment or sanctions with all-out war.",
]),
("w21-15", "Tarnbrook Ledger", "2010-05-24T05:00:00Z", "Lee halts trade with North Korea over the Cheonan, takes the case to the U.N.", [
"President Lee Myung-bak said on Monday that South Korea would halt nearly all trade with North Korea and take the sinking of the corvette Cheonan to the U.N. Security Council, in Seoul's toughest response to the North in years.",
"\"North Korea will pay a price corresponding to its provocation,\" Lee said in a televised address from the War Memorial in Seoul. North Korean merchant ships would be barred from South Korean waters, he said, and the South would resume propaganda broadcasts across the border and exercise its right of self-defence against any further military provocation. The Kaesong industrial park, run jointly by the two Koreas, would remain open, officials said.",
"North Korea has denied any role in the sinking. Washington said it fully supported Lee's measures.",
]),
# ---------------------------------------------------------------- Renault's espionage affair, January-March 2011 (16-20)
("w21-16", "Lowmoor Press Service", "2011-01-05T17:00:00Z", "Renault suspends three senior managers over suspected leak of electric-car information", [
"Renault has suspended three senior managers suspected of leaking information about its electric-vehicle programme, the French carmaker said on Wednesday, in a case that the government described as economic war.",
"The company said it had begun an internal inquiry in August and that the conduct of the three had put the group's strategic assets at risk, without saying who might have received the information. One of the three is a member of Renault's management committee. All three deny wrongdoing. Renault and its partner Nissan plan to spend 4 billion euros on battery-powered cars.",
"Industry Minister Eric Besson said France faced \"economic war\" and called for better protection of industrial secrets. French newspapers reported that possible links with China were being examined, which the company declined to discuss.",
]),
("w21-17", "Wetherden Newswire", "2011-01-14T16:00:00Z", "Renault fires three executives, files espionage complaint", [
"Renault has dismissed the three senior managers it accused of leaking information on its electric cars and filed a criminal complaint alleging organised industrial espionage, corruption, breach of trust, theft and receiving stolen goods, the carmaker said on Thursday.",
"The company said the three had committed serious faults and that its complaint was against persons unknown. It has not said what information left the company, how it was passed on or who received it. The managers, who include a vice president of advanced engineering with three decades at the company, have denied any wrongdoing and have started legal action against Renault.",
"China's Foreign Ministry called suggestions that Chinese interests were involved \"groundless and irresponsible\". French counter-intelligence officers are assisting the Paris prosecutor's office.",
]),
("w21-18", "Cressingham Herald", "2011-01-23T20:30:00Z", "Ghosn says Renault has 'certainties' in spying case", [
"Renault chief executive Carlos Ghosn said on Sunday that the company had certainties about the guilt of the three managers it fired this month and multiple pieces of evidence against them, in his first television interview about the case.",
"Ghosn told TF1's evening news that Renault had relied on an internal investigation carried out since August. In an interview with Le Journal du Dimanche published the same day, he said the information that had leaked was not technological but could concern the economic model of Renault's electric cars, since Renault was the only company making all three key parts of such a car: batteries, motors and chargers. He declined to say where the information had gone.",
"The three managers have denied the accusations and are suing the company. The Paris prosecutor's office is examining Renault's complaint.",
]),
("w21-19", "Fennick Cross Report", "2011-02-02T10:00:00Z", "Ghosn: 'We did not invent this affair'", [
"Carlos Ghosn defended Renault's handling of its espionage case on Wednesday, telling a French news magazine that the carmaker had not made up the affair against the three managers it fired last month.",
"\"We did not invent this affair from scratch,\" the chief executive told L'Express. \"Do you believe for a moment that the Paris prosecutor would have taken our complaint into consideration if our file were empty?\" Renault has said its case rests on an internal investigation that began in August.",
"Lawyers for the dismissed managers say their clients have no foreign bank accounts and were never told precisely what they were accused of. Investigators have asked authorities in Switzerland and Liechtenstein for information on accounts that Renault says received payments. The Paris prosecutor's office has opened a preliminary investigation into Renault's complaint.",
]),
("w21-20", "Halvergate Wire", "2011-03-14T21:00:00Z", "Renault apologises to fired managers as prosecutor says spy accounts do not exist", [
"Renault apologised on Monday to three managers it fired in January for alleged industrial espionage, after the Paris prosecutor said the foreign bank accounts at the heart of the case did not exist and that the carmaker might have been the victim of fraud.",
"Chief executive Carlos Ghosn and chief operating officer Patrick Pelata \"present their sincere apologies and regrets, personally and in the name of Renault\" to the three men, \"who were wrongly accused in this affair\", the company said, promising reparations and to restore their honour. \"I was wrong,\" Ghosn said on TF1's evening news. He said he and Pelata would give up their bonuses for 2010, and that Pelata had offered to resign but that he had refused.",
"Prosecutor Jean-Claude Marin said Renault had paid 310,000 euros for false information and was due to pay 390,000 euros more. A member of Renault's security service, Dominique Gevrey, was detained on Friday. Renault said it had joined the fraud case as a civil party.",
]),
# ---------------------------------------------------------------- Lac-Megantic, July-August 2013 (21-24)
("w21-21", "Kelderby Dispatch", "2013-07-09T02:00:00Z", "Railway chief says firefighters' shutdown of engine let Lac-Megantic train roll", [
"The chairman of the railway whose runaway oil train exploded in Lac-Megantic, Quebec, said on Monday that the train's air brakes had been released because local firefighters shut down its locomotive while putting out a fire hours before the disaster.",
"\"They went out there by themselves, shut the engine off, doused the fire. A very small fire,\" Edward Burkhardt, chairman of the Montreal, Maine and Atlantic Railway, said in an interview from Chicago. With the engine stopped, he said, the air brakes lost the pressure that held them. The train of 72 tank cars of crude oil had been parked for the night at Nantes, a few kilometres up the line, after its engineer went off duty.",
"Nantes fire chief Patrick Lambert rejected Burkhardt's account and said the facts would be cleared up within days. An MMA director, Yves Bourdon, said firefighters had called a railway dispatcher when the fire broke out at about 11:30 p.m., and that a track worker had gone to the scene. Police said 13 people were confirmed dead and about 50 were missing.",
]),
("w21-22", "Wetherden Newswire", "2013-07-09T22:00:00Z", "Engineer pulled tank cars away from burning wreck, railway chairman says", [
"The engineer of the runaway train that devastated Lac-Megantic rushed from his hotel after the explosions and pulled tank cars away from the burning wreckage, the chairman of the Montreal, Maine and Atlantic Railway said on Tuesday, praising his actions on the night of the disaster.",
"Edward Burkhardt said the engineer, who had parked the train at Nantes and gone to a hotel in Lac-Megantic, found a small rail vehicle known as a Trackmobile and used it to haul cars at the rear of the train away from the fire, going back a second time and moving nine cars in all. Railway officials described his response as heroic. The company has declined to name him.",
"\"This is where it becomes a bit inconclusive,\" Burkhardt said of what happened between the time a track worker met firefighters at Nantes and the moment the train began to roll. Investigators from the Transportation Safety Board are examining the locomotive and the brakes.",
]),
("w21-23", "Brackenholm News Service", "2013-07-10T21:00:00Z", "Rail chief blames engineer, says hand brakes were not properly set", [
"The head of the railway whose train destroyed the centre of Lac-Megantic said on Wednesday that the engineer had failed to set enough hand brakes before leaving the train for the night, and that the man had been suspended without pay.",
"\"I think he did something wrong,\" Edward Burkhardt told reporters on his first visit to the town, where residents heckled him. \"He told us that he applied 11 hand brakes and our general feeling is now that that is not true. Initially we believed him but now we don't.\" It was questionable whether the hand brakes had been put in place, Burkhardt said, adding: \"I don't think any employees removed brakes. They failed to set the brakes.\" He said he did not expect the engineer to work for the company again.",
"Burkhardt said the railway would stop leaving trains unattended on main lines and called for a rule forbidding the practice. Police, who took him for questioning after the news conference, said 20 bodies had been found and that 30 more people were presumed dead.",
]),
("w21-24", "Tarnbrook Ledger", "2013-08-07T20:00:00Z", "Railway in Lac-Megantic disaster files for bankruptcy", [
"The Montreal, Maine and Atlantic Railway filed for bankruptcy protection in the United States and Canada on Wednesday, a month after its runaway oil train killed 47 people in Lac-Megantic, saying its obligations now exceeded the value of its assets.",
"\"It has become apparent that the obligations of MM&A now exceed the value of its assets, including prospective insurance recoveries,\" chairman Edward Burkhardt said. The railway would keep working with Quebec's environment ministry and the town on the cleanup \"as long as is necessary\", he said, and would do everything within its capacity to complete it. Court filings showed the Canadian unit had liability insurance of only C$25 million. The railway has stopped carrying crude oil.",
"Quebec has demanded that the railway pay for the cleanup. \"This announcement does not mean that MM&A is off the hook for their responsibilities to the people of Lac-Megantic,\" said Ashley Kelahear, a spokeswoman for federal Transport Minister Lisa Raitt, adding that Ottawa would work with Quebec to make sure the cleanup continued.",
]),
# ---------------------------------------------------------------- Armenia: Sargsyan's pledge, 2014 (25)
("w21-25", "Ormsby Press Agency", "2014-04-10T12:00:00Z", "Sargsyan says he will not seek presidency or premiership again", [
"Armenian President Serzh Sargsyan said on Thursday he would never again run for president, and that he would not seek the post of prime minister either if Armenia became a parliamentary republic under a constitutional reform now being drafted.",
"\"I, Serzh Sargsyan, will never run for President of the Republic of Armenia,\" he told members of the commission on constitutional reforms in Yerevan. If the final discussions led to a parliamentary model of government, against his own wishes, \"then I will not run also for the position of prime minister,\" he said. He was convinced that the same person should not lead the country more than twice in his lifetime, he added.",
"The commission's draft concept, published on Thursday, proposes that the president be elected by parliament for a single seven-year term. Sargsyan said he still considered the present presidential model the most acceptable for Armenia at this stage, but that the proposal should be discussed in public. His second and final term ends in 2018.",
]),
# ---------------------------------------------------------------- South Korea: Park Geun-hye and Choi Soon-sil, 2016-17 (26-31)
("w21-26", "Halvergate Wire", "2016-10-21T09:00:00Z", "Presidential chief of staff dismisses report that Park's friend edited speeches", [
"President Park Geun-hye's chief of staff on Friday dismissed as nonsense a report that her longtime friend Choi Soon-sil had edited the president's speeches before she delivered them, as opposition lawmakers pressed the presidential office over Choi's influence.",
"Lee Won-jong told a parliamentary committee that the claim made no sense and was not something that could happen in the presidential office. The presidential office has described rumours that Choi, who holds no government post, influenced state affairs as groundless.",
"Opposition parties say Choi, the daughter of a late religious leader who was Park's mentor, used her ties to the president to raise tens of millions of dollars from big companies for two foundations, Mir and K-Sports. Park said on Thursday that anyone found to have committed irregularities at the foundations would be severely punished. Last month she warned that \"rampant slander and unconfirmed disclosures\" would shake society at a time of crisis.",
]),
("w21-27", "Fennick Cross Report", "2016-10-25T08:00:00Z", "Park apologises, admits friend helped with speeches", [
"President Park Geun-hye apologised to the nation on Tuesday and acknowledged that her longtime friend Choi Soon-sil had helped her with speeches and public relations, a day after a television channel reported finding dozens of presidential speeches on a computer used by Choi.",
"In a brief televised statement, Park said Choi had given her opinions and help with some speeches and publicity material during her election campaign and for a certain period after she took office, when she was looking for advice on how to express herself. Once her secretarial system was in place, Park said, she had stopped receiving that help. \"Regardless of the reasons, I am sorry,\" she said, bowing, and she apologised for causing concern to the public. She took no questions.",
"The cable channel JTBC reported on Monday that a tablet computer used by Choi, who holds no official post, held 44 presidential speeches she had received before they were delivered, including the address Park gave in Dresden in 2014. Four days earlier Park's chief of staff had called the idea that Choi edited speeches nonsense.",
]),
("w21-28", "Lowmoor Press Service", "2016-11-04T03:00:00Z", "Park says she will accept questioning and an independent counsel", [
"President Park Geun-hye said on Friday she was willing to be questioned by prosecutors investigating her friend Choi Soon-sil and would accept an inquiry by an independent counsel, in her second apology in ten days over a scandal that has sent her approval rating to a record low.",
"\"I am willing to be investigated by prosecutors if necessary, and I will also accept an investigation by an independent counsel,\" Park said in a televised address. She said it was her fault for trusting someone close to her too much and letting her guard down, and that she felt so ashamed that she wondered whether this was what she had become president for. Anyone found to have done wrong would be held responsible, she said, and she was ready to bear any responsibility of her own.",
"Choi was arrested on Thursday on charges of abuse of power and attempted fraud. Park's approval rating fell to 5 percent this week in a Gallup Korea survey, the lowest for any South Korean president.",
]),
("w21-29", "Cressingham Herald", "2016-11-20T09:00:00Z", "Prosecutors name Park as accomplice; presidential office calls findings 'a house built on sand'", [
"South Korean prosecutors said on Sunday that President Park Geun-hye had colluded with her friend Choi Soon-sil in pressing big companies to give money to two foundations, and the presidential office rejected their findings and said Park would not meet them for questioning.",
"Presidential spokesman Jung Youn-kuk said the findings were based on imagination and speculation, \"a house built on sand\". Park's lawyer, Yoo Yeong-ha, said the president would no longer respond to the prosecution's requests for questioning and would instead cooperate fully with an independent counsel. Prosecutors charged Choi and two former presidential aides and said Park had been a co-conspirator in several of the charges. A sitting president cannot be indicted except for insurrection or treason.",
"Last week Yoo had asked prosecutors for more time, saying he needed to review the case and that questioning in writing would be preferable. Opposition parties said the findings gave grounds for impeachment.",
]),
("w21-30", "Sallowmere Financial Report", "2016-11-29T07:00:00Z", "Park offers to step down, leaves timing to parliament", [
"President Park Geun-hye said on Tuesday she would leave it to parliament to decide how and when she should step down, including cutting short her term, in her third address to the nation since the scandal over her friend Choi Soon-sil broke.",
"\"I will leave my fate, including the shortening of my presidential term, to the decision of the National Assembly,\" Park said. She would step down once lawmakers arranged a stable transfer of power, she said, and insisted that she had never pursued any private interest. She took no questions, saying she would explain the events in detail at a later date.",
"Opposition parties called the offer a ploy to avoid impeachment and said they would press ahead with a vote. Park turned down a prosecution request to be questioned by Tuesday, her lawyer said on Monday, citing her schedule.",
]),
("w21-31", "Kelderby Dispatch", "2017-02-09T06:00:00Z", "Park's lawyers scrap agreed questioning by special prosecutor", [
"Lawyers for impeached South Korean President Park Geun-hye have rejected a plan for a special prosecutor to question her on Thursday, scrapping an arrangement the two sides had agreed, the special prosecutor's office said.",
"Park's office notified the special prosecutor's team that it was cancelling the agreement on the questioning, which was to have taken place at an undisclosed location, spokesman Lee Kyu-chul told a briefing. Park's side objected that the date had been leaked to the media, he said. The special prosecutor, whose mandate runs until Feb. 28, is investigating whether Park took bribes from Samsung in return for favours.",
"Parliament voted 234 to 56 on Dec. 9 to impeach Park, suspending her powers, and the Constitutional Court is hearing the case. Park has denied all the allegations and told reporters on New Year's Day that she had been framed.",
]),
# ---------------------------------------------------------------- Armenia: Sargsyan's premiership, March-April 2018 (32-35)
("w21-32", "Tarnbrook Ledger", "2018-03-19T12:00:00Z", "Sargsyan does not rule out becoming prime minister despite 2014 pledge", [
"Armenian President Serzh Sargsyan said on Monday he did not aspire to become prime minister but did not rule it out, weeks before his second and last presidential term ends and the premiership becomes the most powerful office under a new constitution.",
"Asked in an interview with the Tert.am news site whether he would become prime minister in April, Sargsyan said it was time to stop \"quoting out of context\" his 2014 statement, which he said had concerned his aspirations rather than a pledge about a post. \"Yes, I do not even aspire to the post of prime minister,\" he said, but he added that he could not ignore reality or his responsibility for the country's future at a time of growing threats. The question was being discussed in his Republican Party and its partner, the Armenian Revolutionary Federation, he said.",
"Republican Party spokesman Eduard Sharmazanov has said that the interests of the state come before what the president said in the past. \"Statements are made at different times based on different realities,\" he said.",
]),
("w21-33", "Halvergate Wire", "2018-04-20T12:00:00Z", "Sargsyan, now prime minister, tells critics to 'get more votes'", [
"Serzh Sargsyan, elected Armenia's prime minister by parliament on Tuesday a week after ending a decade as president, said he had broken no law by taking the post and told the protesters who have filled Yerevan's streets to win more votes if they did not like the result.",
"Parliament, dominated by his Republican Party, voted 77 to 17 to make him prime minister under the constitution adopted in a 2015 referendum, which moved most powers from the president to the head of government. In an interview with Shant TV, Sargsyan said his party had decided to nominate him and that no one had been compelled. \"If you do not like the results, get more votes and enjoy the power. For me, power is not pleasure,\" he said. The constitutional changes had not been made for personal motives, he said.",
"Thousands have marched daily since April 13 in protests led by opposition lawmaker Nikol Pashinyan, who accuses Sargsyan of breaking his 2014 promise not to seek the premiership. Police have detained dozens of demonstrators.",
]),
("w21-34", "Wetherden Newswire", "2018-04-22T09:00:00Z", "Sargsyan walks out of talks with protest leader, calls resignation demand blackmail", [
"Armenian Prime Minister Serzh Sargsyan walked out of a meeting with protest leader Nikol Pashinyan after a few minutes on Sunday, calling his demand for the prime minister's resignation an ultimatum and blackmail of the state.",
"\"That is not negotiations, that is not a dialogue. That is simply an ultimatum, blackmailing the state and legitimate authorities,\" Sargsyan told Pashinyan at a Yerevan hotel, in front of dozens of reporters broadcasting live. \"You did not learn the lessons of March 1,\" he said, referring to clashes after the 2008 presidential election in which 10 people died, and he said a faction that won 7 to 8 percent of the vote had no right to speak for the people. Pashinyan said he had come only to discuss Sargsyan's resignation.",
"Pashinyan and two other opposition lawmakers were detained hours later as police broke up a march. First Deputy Prime Minister Karen Karapetyan said the remark about March 1 was not a threat but a reminder of bitter days, and that an ultimatum was not a dialogue.",
]),
("w21-35", "Kelderby Dispatch", "2018-04-23T13:00:00Z", "Sargsyan resigns: 'Nikol Pashinyan was right, I was wrong'", [
"Serzh Sargsyan resigned as Armenia's prime minister on Monday after more than a week of street protests against his rule, a day after walking out of talks with the protest leader, Nikol Pashinyan, and six days after taking office.",
"\"Nikol Pashinyan was right, I was wrong,\" Sargsyan said in a written statement. \"The current situation has several solutions, but I will not resort to any of them. I am leaving the post of the head of the country. The street movement is against my tenure. I am fulfilling your demand.\" Pashinyan and two other lawmakers had been released from custody hours earlier.",
"First Deputy Prime Minister Karen Karapetyan became acting prime minister. Crowds celebrated in Yerevan's Republic Square into the evening.",
]),
# ---------------------------------------------------------------- Trans Mountain, May 2018 (36)
("w21-36", "Sallowmere Financial Report", "2018-05-29T18:00:00Z", "Ottawa to buy Trans Mountain pipeline for C$4.5 billion", [
"Canada will buy Kinder Morgan's Trans Mountain oil pipeline and its planned expansion for C$4.5 billion to make sure the project is built, Finance Minister Bill Morneau said on Tuesday, two days before a deadline the company had set for deciding whether to abandon it.",
"\"Our government's position is clear: it must be built and it will be built,\" Morneau told reporters in Ottawa. He said the purchase was a sound investment that would not hit the government's finances, and that Ottawa did not intend to be a long-term owner: at an appropriate time it would transfer the project to new owners, and pension funds and Indigenous groups had already shown interest. He could not say how much the government would spend on construction. Work will resume this summer, backed by a federal loan guarantee.",
"Kinder Morgan, which halted non-essential spending on the project in April citing opposition from British Columbia's government, had estimated the cost of the expansion at C$7.4 billion. The expansion would nearly triple the line's capacity to 890,000 barrels a day from Alberta to the coast near Vancouver.",
]),
# ---------------------------------------------------------------- Oyu Tolgoi, July 2019 (37)
("w21-37", "Fennick Cross Report", "2019-07-16T08:00:00Z", "Rio Tinto warns of up to $1.9 billion overrun and 30-month delay at Mongolia's Oyu Tolgoi", [
"Rio Tinto said on Tuesday the underground expansion of its Oyu Tolgoi copper and gold mine in Mongolia could cost up to $1.9 billion more than planned and start producing up to two and a half years late, because the rock is weaker than expected.",
"The capital cost of the project is now estimated at $6.5 billion to $7.2 billion, against the $5.3 billion approved in 2016, and first sustainable production is expected between May 2022 and June 2023, a delay of 16 to 30 months, the company said in its quarterly operations review. \"The ground conditions are more challenging than expected,\" said Stephen McIntosh, Rio's head of growth and innovation. A new mine design is not expected to be ready until next year, Rio said.",
"Rio manages the project and owns 50.8 percent of Turquoise Hill Resources, which holds 66 percent of Oyu Tolgoi; the Mongolian government owns the remaining 34 percent. Turquoise Hill's shares fell sharply in early trading.",
]),
# ---------------------------------------------------------------- Cathay Pacific and the Hong Kong protests, August-September 2019 (38-42)
("w21-38", "Sallowmere Financial Report", "2019-08-07T10:00:00Z", "Cathay Pacific says it will not tell staff what to think about Hong Kong protests", [
"Cathay Pacific Airways chairman John Slosar said on Wednesday the airline would not tell its employees what to think about the protests that have gripped Hong Kong for two months, after members of its staff joined demonstrations and one of its pilots was charged with rioting.",
"\"We employ 27,000 staff in Hong Kong doing all sorts of different jobs,\" Slosar told a news conference on the airline's interim results. \"We certainly wouldn't dream of telling them what they have to think about something.\" The airline has said it will not stop its staff from taking part in demonstrations.",
"Cathay's flight attendants' union joined a protest at Hong Kong International Airport on July 26. Chinese state media have criticised the airline over the part played by its employees, and some mainland users of social media have called for a boycott of the carrier.",
]),
("w21-39", "Tarnbrook Ledger", "2019-08-10T12:00:00Z", "Cathay to comply with Beijing ban on protest-supporting crew; pilot removed, two staff fired", [
"Cathay Pacific said on Saturday it would fully comply with new Chinese aviation rules that bar staff who support or take part in Hong Kong's protests from flights to or over mainland China, and that it had removed a pilot charged with rioting from flying duties and fired two airport employees.",
"China's Civil Aviation Administration told the airline on Friday that such staff could not work on flights into Chinese airspace, and that it must submit the names of crew on those flights for approval. \"Cathay Pacific Group is committed to fully comply with all CAAC conditions,\" the airline said, adding that it had zero tolerance for inappropriate behaviour that affects the safe operation of its flights. The two ground staff were dismissed for misconduct over the misuse of company information, Cathay said.",
"The regulator said the move was needed because of increased risks to flight safety and security on routes between Hong Kong and the mainland.",
]),
("w21-40", "Ormsby Press Agency", "2019-08-12T11:00:00Z", "Cathay warns staff they could be fired for joining illegal protests", [
"Cathay Pacific's chief executive warned employees on Monday that those who support or take part in illegal protests in Hong Kong face disciplinary action that could include dismissal, as the airline's shares fell to their lowest close in ten years.",
"\"Cathay Pacific Group has a zero-tolerance approach to illegal activities. Specifically, in the current context, there will be disciplinary consequences for employees who support or participate in illegal protests,\" Rupert Hogg wrote in a note to staff. \"These consequences could be serious and may include termination of employment.\" It was important to remember, he added, that the actions and words of employees outside working hours could have a significant effect on the company.",
"Cathay's shares fell 4.9 percent to HK$9.80, and those of its main shareholder, Swire Pacific, lost 6.2 percent. Protesters occupied the terminal of Hong Kong's airport on Monday, and all remaining departures were cancelled.",
]),
("w21-41", "Halvergate Wire", "2019-08-16T11:00:00Z", "Cathay Pacific chief executive Hogg resigns", [
"Cathay Pacific chief executive Rupert Hogg resigned on Friday to take responsibility for what the airline called recent events, after a week of pressure from Beijing over the part its staff have played in Hong Kong's protests. The airline's chief customer and commercial officer, Paul Loo, also stepped down.",
"\"These have been challenging weeks for the airline and it is right that Paul and I take responsibility as leaders of the company,\" Hogg said. Chairman John Slosar said recent events had called into question Cathay's commitment to flight safety and security and put its reputation and brand under pressure. \"We therefore think it is time to put a new management team in place who can reset confidence,\" he said, adding that the airline was fully committed to Hong Kong under the principle of \"one country, two systems\". Augustus Tang, head of the Swire group's aircraft engineering company, will succeed Hogg.",
"Cathay confirmed this week that it had dismissed two pilots, one charged with rioting and one accused of misusing company information.",
]),
("w21-42", "Kelderby Dispatch", "2019-09-04T12:00:00Z", "Cathay chairman Slosar to retire, second top departure in weeks", [
"Cathay Pacific chairman John Slosar will step down on Nov. 6, the airline said on Wednesday, less than three weeks after chief executive Rupert Hogg resigned under pressure from Chinese regulators over employees' part in Hong Kong's protests.",
"Slosar, 63, confirmed that he was leaving because of his retirement and that he was not aware of any disagreement with the board, Cathay said in a filing to the stock exchange. \"Recent weeks have brought some of the most extraordinary and challenging times we have ever experienced,\" he wrote to staff. He will be succeeded by Patrick Healy, a long-time executive of the main shareholder, Swire Pacific. Last month Slosar said the airline would not dream of telling staff what to think.",
"Cathay said last month that forward bookings had fallen sharply because of the unrest. Its shares rose 7.2 percent on Wednesday on reports that Hong Kong's leader would withdraw the extradition bill that set off the protests.",
]),
# ---------------------------------------------------------------- Trans Mountain, February 2020 (43)
("w21-43", "Brackenholm News Service", "2020-02-07T20:00:00Z", "Trans Mountain expansion cost jumps to C$12.6 billion", [
"The cost of expanding the federally owned Trans Mountain oil pipeline has risen to C$12.6 billion from an estimate of C$7.4 billion made in 2017, the Crown corporation building it said on Friday, blaming higher material and labour costs, years of legal battles and renewed consultation with Indigenous communities.",
"Trans Mountain Corp. chief executive Ian Anderson said he was very confident the expansion could be built for C$12.6 billion, that construction would be under way in British Columbia before the end of this year, and that the line would be in service by the end of 2022. \"I'm confident the project itself remains very, very strongly economically viable,\" he said, noting that most of its capacity was sold to oil producers under 20-year contracts and that it would generate C$1.5 billion a year in cash flow once running.",
"The new figure includes C$1.1 billion spent by Kinder Morgan before Ottawa bought the project in 2018. The Federal Court of Appeal this week dismissed a challenge to the project by four First Nations.",
]),
# ---------------------------------------------------------------- Oyu Tolgoi, December 2020 to January 2022 (44-47)
("w21-44", "Lowmoor Press Service", "2020-12-18T08:00:00Z", "Rio Tinto puts Oyu Tolgoi expansion at $6.75 billion, production from October 2022", [
"Rio Tinto confirmed on Friday that the underground expansion of the Oyu Tolgoi copper mine in Mongolia would cost $6.75 billion, about $1.45 billion more than its original budget, and said first sustainable production was now expected in October 2022.",
"The definitive estimate follows a redesign of the first section of the mine after the company identified stability risks in the original design, Rio said. It said Oyu Tolgoi was still on course to become the world's fourth-largest copper mine by 2030. How the extra cost will be paid for is the subject of a dispute between Rio and Turquoise Hill Resources, which started arbitration proceedings last month.",
"Mongolia, which owns 34 percent of the mine, has asked for an independent review of the overruns and delays.",
]),
("w21-45", "Kelderby Dispatch", "2021-08-09T09:00:00Z", "Review rejects Rio Tinto's explanation for Oyu Tolgoi overruns", [
"An independent review commissioned by Mongolia and Turquoise Hill Resources has found that weak ground was not the main cause of the cost overruns and delays at the Oyu Tolgoi underground project, rejecting the explanation given by the operator, Rio Tinto, in 2019.",
"\"The review found that the cause of the cost blowout and delays at the underground expansion wasn't geotechnical issues,\" Mongolian Justice Minister Khishgee Nyambaatar, who heads the government's working group on the project, said on Monday. The reviewers blamed the management of the project instead, finding that work had fallen behind schedule within six months of its approval in 2016. Rio Tinto said it would engage with the Oyu Tolgoi board as soon as it had reviewed the report in detail.",
"Mongolia's government has said the project must be economically beneficial to the country if it is to proceed, and earlier this year it threatened to revoke the development plan agreed in 2015. Rio has put the overrun at $1.45 billion and the delay at 22 months.",
]),
("w21-46", "Wetherden Newswire", "2021-12-14T07:00:00Z", "Rio Tinto offers to write off Mongolia's $2.3 billion Oyu Tolgoi debt", [
"Rio Tinto has offered to write off $2.3 billion that Mongolia owes for its share of the Oyu Tolgoi copper mine, Prime Minister Oyun-Erdene Luvsannamsrai said on Monday, reading out a letter from the company as part of a proposal to end a long dispute over the project.",
"In the letter, Rio also proposed an independent audit of the financing of the underground expansion and better governance, and said first production from the underground mine was expected in the first half of 2023. \"The above decision is difficult to make and represents our final offer,\" chief executive Jakob Stausholm wrote. The government said Rio had agreed to complete the expansion by 2023.",
"Mongolia owns 34 percent of the mine through the state company Erdenes Oyu Tolgoi, which under the proposal would take on no further debt once the underground mine starts operating.",
]),
("w21-47", "Halvergate Wire", "2022-01-25T08:00:00Z", "Rio Tinto and Mongolia settle Oyu Tolgoi dispute; underground mining to start", [
"Rio Tinto, Turquoise Hill Resources and Mongolia's government said on Tuesday they had reached an agreement to end their dispute over the Oyu Tolgoi copper mine, clearing the way for underground operations to begin within days.",
"Turquoise Hill will waive a $2.4 billion loan to Mongolia's state company, including accrued interest, and the capital cost of the underground project is now forecast at $6.925 billion, including $175 million of known effects of COVID-19 up to the end of 2021, Rio said. First sustainable production is expected in the first half of 2023. \"We strongly believe in the future of this country and I am personally committed to ensuring that the people of Mongolia benefit from Oyu Tolgoi,\" chief executive Jakob Stausholm said.",
"Mongolia's parliament passed a resolution settling the issues under negotiation since 2019, and the Oyu Tolgoi board, which includes Mongolian representatives, unanimously approved the start of underground work.",
]),
# ---------------------------------------------------------------- Trans Mountain, February 2022 to May 2024 (48-50)
("w21-48", "Brackenholm News Service", "2022-02-18T22:00:00Z", "Trans Mountain cost soars to C$21.4 billion; Freeland says no more public money", [
"The cost of the Trans Mountain pipeline expansion has jumped 70 percent to C$21.4 billion and the project will not be finished until the third quarter of 2023, nine months later than planned, the government-owned company said on Friday, citing the COVID-19 pandemic and last November's floods in British Columbia.",
"\"I want to assure Canadians that there will be no additional public money invested in Trans Mountain Corp.,\" Finance Minister Chrystia Freeland said. The company will instead raise what it needs in the public debt markets or from banks, she said, adding that BMO Capital Markets and TD Securities had advised the government that the project remained commercially viable. Chief executive Ian Anderson said the project was advancing with significantly improved safety and environmental management.",
"The previous estimate, made in February 2020, was C$12.6 billion, with the line in service at the end of 2022. Environmental groups renewed their calls for the project to be cancelled.",
]),
("w21-49", "Ormsby Press Agency", "2023-03-10T22:00:00Z", "Trans Mountain expansion cost rises again, to C$30.9 billion", [
"Trans Mountain Corp. raised the cost estimate for its pipeline expansion to C$30.9 billion on Friday, 44 percent more than a year ago, and said the expanded line should now enter service in the first quarter of 2024.",
"The federal Crown corporation blamed global inflation and supply chain pressures, among other factors, and said construction should be mechanically complete by the end of this year. It had said last year that the project would be finished in the third quarter of 2023. The company, which obtained a C$10 billion loan guarantee from Export Development Canada last year, said it would pay for the rest of the work with third-party financing.",
"The estimate has more than quadrupled from the C$7.4 billion forecast in 2017. Once running, the expanded line will carry up to 890,000 barrels a day.",
]),
("w21-50", "Cressingham Herald", "2024-05-01T20:00:00Z", "Expanded Trans Mountain pipeline starts commercial service", [
"The expanded Trans Mountain pipeline began commercial operations on Wednesday, nearly tripling the capacity to ship crude from Alberta to Canada's Pacific coast to 890,000 barrels a day, after years of delays.",
"The federally owned Trans Mountain Corp. has put the cost of the expansion at about C$34 billion, up from C$30.9 billion a year ago, when it said the line would enter service in the first quarter of this year. Its commercial borrowing is backed by federal loan guarantees. The government, which bought the project from Kinder Morgan in 2018 to make sure it was built, has said it intends to sell it once it is operating.",
"Analysts expect the added capacity to narrow the discount on Canadian heavy crude by giving producers easier access to buyers in Asia and California.",
]),
]

STATEMENTS = {
"w21-01": [["kyrgyzstan", "decided to close the U.S. air base"], ["kyrgyzstan", "made the decision on ending the term"],
           ["kyrgyzstan", "meant to stay for a year"], ["kyrgyzstan", "had not been willing to discuss paying"],
           ["kyrgyzstan", "cited the base's poor standing"], ["united-states", "talks with Bishkek on the base"],
           ["united-states", "a hugely important air base"]],
"w21-02": [["kyrgyzstan", "the closure of the U.S. air"], ["kyrgyzstan", "The decision has been made"],
           ["kyrgyzstan", "were exchanging views on the matter"], ["kyrgyzstan", "there were no discussions on keeping"],
           ["kyrgyzstan", "had nothing to do with the loans"], ["kyrgyzstan", "would go to parliament shortly"],
           ["kyrgyzstan", "would have 180 days to withdraw"], ["united-states", "it still hoped to keep using"],
           ["united-states", "it was still talking to Kyrgyz"]],
"w21-03": [["kyrgyzstan", "signed a law on Friday ending"], ["kyrgyzstan", "approved the closure on Thursday by"],
           ["kyrgyzstan", "accused Washington of paying too little"], ["united-states", "would consider paying more rent for"],
           ["united-states", "be ridiculous about it"], ["united-states", "U.S. officials suspect that Russia"],
           ["kyrgyzstan", "which both Moscow and Bishkek deny"]],
"w21-04": [["kyrgyzstan", "let the United States keep using"], ["kyrgyzstan", "which backed the accord"],
           ["kyrgyzstan", "decided to hold talks and sign"], ["kyrgyzstan", "Rent will rise to $60 million"],
           ["kyrgyzstan", "will also pay $36.6 million"], ["kyrgyzstan", "had been an economic one"],
           ["kyrgyzstan", "threatened the whole region"], ["united-states", "We applaud the decision by the"]],
"w21-05": [["kyrgyzstan", "ratified an agreement on Thursday that"], ["kyrgyzstan", "would no longer be a military"],
           ["kyrgyzstan", "beginning to present a real threat"], ["kyrgyzstan", "set up a $20 million joint"]],
"w21-06": [["taiwan", "could cope with the aftermath of"], ["taiwan", "would decline offers of foreign rescue"],
           ["taiwan", "asking governments that wanted to help"], ["taiwan", "to thank foreign governments for their"],
           ["taiwan", "the armed forces were leading the"], ["taiwan", "hundreds of people could be trapped"],
           ["united-states", "The United States offered help on"]],
"w21-07": [["taiwan", "asked foreign governments for heavy-lift helicopters"], ["taiwan", "sent the list of needs"],
           ["taiwan", "would not provide the specialised helicopters"], ["taiwan", "did not have the range to fly"],
           ["taiwan", "more than 500 people were feared"]],
"w21-08": [["taiwan", "apologised on Friday for a cable"], ["taiwan", "had been poorly worded rather than"],
           ["taiwan", "was only temporarily declining donations"], ["taiwan", "calling it perhaps a technical error"],
           ["taiwan", "would seek international assistance if"], ["taiwan", "he would shoulder responsibility"],
           ["taiwan", "had not been informed of the"], ["taiwan", "did not say that such a"],
           ["taiwan", "Everything is still under negotiation"], ["taiwan", "had responded positively to Taiwan's requests"]],
"w21-09": [["taiwan", "would start work on Tuesday in"], ["taiwan", "more than 1,000 people were still"],
           ["united-states", "A second CH-53E and two"], ["united-states", "will return to the Denver each"]],
"w21-10": [["taiwan", "he took full responsibility"], ["taiwan", "but ruled out resigning"],
           ["taiwan", "at this critical moment, I cannot"], ["taiwan", "I must supervise the rebuilding"],
           ["taiwan", "would have started earlier had it"], ["taiwan", "a slow and disorderly effort on"],
           ["taiwan", "ordered an inquiry whose findings"], ["taiwan", "would give disaster relief a bigger"],
           ["taiwan", "our enemy is not necessarily people"], ["taiwan", "had not yet been approved"]],
"w21-11": [["south-korea", "46 sailors were missing early on"], ["south-korea", "struck the stern of the 1,200-ton"],
           ["south-korea", "at about 9:45 p.m."], ["south-korea", "58 crew members had been rescued"],
           ["south-korea", "The cause was not known"], ["south-korea", "fired its guns toward an unidentified"],
           ["south-korea", "ordered a swift rescue and a"], ["south-korea", "no sign so far that North"],
           ["south-korea", "no unusual movements by North Korean"]],
"w21-12": [["south-korea", "A naval mine may have sunk"], ["south-korea", "a mine left over from the"],
           ["south-korea", "one had been sent deliberately from"], ["south-korea", "could not be ruled out either"],
           ["south-korea", "no definitive evidence of North Korean"], ["south-korea", "has since given earlier times"]],
"w21-13": [["south-korea", "the explosion happened at 9:22 p.m."], ["south-korea", "not at 9:45 p.m. as"],
           ["south-korea", "matched a seismic wave of magnitude"], ["south-korea", "It had earlier given 9:30"],
           ["south-korea", "would be finally confirmed by the"], ["south-korea", "had fired its main gun that"],
           ["south-korea", "took to be a North Korean"], ["south-korea", "was most likely a flock of birds"]],
"w21-14": [["south-korea", "A North Korean torpedo fired from"], ["south-korea", "vowed firm measures in response"],
           ["south-korea", "The evidence points overwhelmingly to the"], ["south-korea", "There is no other plausible explanation"],
           ["south-korea", "their design matched a North Korean"], ["north-korea", "called the findings a fabrication"],
           ["north-korea", "would send its own inspectors"], ["north-korea", "answer any punishment or sanctions with"]],
"w21-15": [["south-korea", "would halt nearly all trade with"], ["south-korea", "take the sinking of the corvette"],
           ["south-korea", "will pay a price corresponding to"], ["south-korea", "would be barred from South Korean"],
           ["south-korea", "resume propaganda broadcasts across the border"], ["south-korea", "exercise its right of self-defence"],
           ["south-korea", "would remain open, officials said"], ["north-korea", "has denied any role in the"],
           ["united-states", "it fully supported Lee's measures"]],
"w21-16": [["renault", "suspended three senior managers suspected of"], ["renault", "had begun an internal inquiry in"],
           ["renault", "put the group's strategic assets at"], ["renault", "which the company declined to discuss"]],
"w21-17": [["renault", "dismissed the three senior managers it"], ["renault", "filed a criminal complaint alleging organised"],
           ["renault", "the three had committed serious faults"], ["renault", "its complaint was against persons unknown"]],
"w21-18": [["renault", "had certainties about the guilt of"], ["renault", "multiple pieces of evidence against them"],
           ["renault", "had relied on an internal investigation"], ["renault", "was not technological but could concern"],
           ["renault", "the only company making all three"], ["renault", "declined to say where the information"]],
"w21-19": [["renault", "had not made up the affair"], ["renault", "We did not invent this affair"],
           ["renault", "would have taken our complaint into"], ["renault", "its case rests on an internal"],
           ["renault", "accounts that Renault says received payments"]],
"w21-20": [["renault", "apologised on Monday to three managers"], ["renault", "present their sincere apologies and regrets"],
           ["renault", "who were wrongly accused in this"], ["renault", "promising reparations and to restore their"],
           ["renault", "I was wrong"], ["renault", "would give up their bonuses for"],
           ["renault", "Pelata had offered to resign"], ["renault", "had joined the fraud case as"]],
"w21-21": [["mma", "had been released because local firefighters"], ["mma", "They went out there by themselves"],
           ["mma", "shut the engine off, doused the"], ["mma", "the air brakes lost the pressure"],
           ["mma", "had called a railway dispatcher when"], ["mma", "a track worker had gone to"]],
"w21-22": [["mma", "pulled tank cars away from the"], ["mma", "praising his actions on the night"],
           ["mma", "used it to haul cars at"], ["mma", "moving nine cars in all"],
           ["mma", "described his response as heroic"], ["mma", "The company has declined to name"],
           ["mma", "where it becomes a bit inconclusive"]],
"w21-23": [["mma", "had failed to set enough hand"], ["mma", "had been suspended without pay"],
           ["mma", "I think he did something wrong"], ["mma", "He told us that he applied"],
           ["mma", "Initially we believed him but now"], ["mma", "questionable whether the hand brakes had"],
           ["mma", "I don't think any employees removed"], ["mma", "They failed to set the brakes"],
           ["mma", "did not expect the engineer to"], ["mma", "would stop leaving trains unattended"],
           ["mma", "called for a rule forbidding the"]],
"w21-24": [["mma", "filed for bankruptcy protection in the"], ["mma", "the obligations of MM&A now exceed"],
           ["mma", "as long as is necessary"], ["mma", "would do everything within its capacity"],
           ["mma", "has stopped carrying crude oil"], ["canada", "This announcement does not mean that"],
           ["canada", "Ottawa would work with Quebec to"]],
"w21-25": [["armenia", "would never again run for president"], ["armenia", "would not seek the post of"],
           ["armenia", "will never run for President of"], ["armenia", "then I will not run also"],
           ["armenia", "the same person should not lead"], ["armenia", "the present presidential model the most"],
           ["armenia", "should be discussed in public"]],
"w21-26": [["south-korea", "dismissed as nonsense a report that"], ["south-korea", "the claim made no sense"],
           ["south-korea", "not something that could happen in"], ["south-korea", "influenced state affairs as groundless"],
           ["south-korea", "would be severely punished"]],
"w21-27": [["south-korea", "apologised to the nation on Tuesday"], ["south-korea", "had helped her with speeches and"],
           ["south-korea", "for a certain period after she"], ["south-korea", "she had stopped receiving that help"],
           ["south-korea", "Regardless of the reasons, I am"], ["south-korea", "apologised for causing concern to the"]],
"w21-28": [["south-korea", "was willing to be questioned by"], ["south-korea", "would accept an inquiry by an"],
           ["south-korea", "I am willing to be investigated"], ["south-korea", "I will also accept an investigation"],
           ["south-korea", "her fault for trusting someone close"], ["south-korea", "whether this was what she had"],
           ["south-korea", "would be held responsible"], ["south-korea", "ready to bear any responsibility"]],
"w21-29": [["south-korea", "rejected their findings and said Park"], ["south-korea", "based on imagination and speculation"],
           ["south-korea", "a house built on sand"], ["south-korea", "would no longer respond to the"],
           ["south-korea", "cooperate fully with an independent counsel"]],
"w21-30": [["south-korea", "would leave it to parliament to"], ["south-korea", "I will leave my fate, including"],
           ["south-korea", "once lawmakers arranged a stable transfer"], ["south-korea", "never pursued any private interest"],
           ["south-korea", "would explain the events in detail"], ["south-korea", "turned down a prosecution request to"]],
"w21-31": [["south-korea", "rejected a plan for a special"], ["south-korea", "was cancelling the agreement on the"],
           ["south-korea", "the date had been leaked to"], ["south-korea", "has denied all the allegations"],
           ["south-korea", "she had been framed"]],
"w21-32": [["armenia", "did not aspire to become prime"], ["armenia", "but did not rule it out"],
           ["armenia", "quoting out of context"], ["armenia", "had concerned his aspirations rather than"],
           ["armenia", "I do not even aspire to"], ["armenia", "could not ignore reality or his"],
           ["armenia", "was being discussed in his Republican"], ["armenia", "the interests of the state come"],
           ["armenia", "Statements are made at different times"]],
"w21-33": [["armenia", "he had broken no law by"], ["armenia", "to win more votes if they"],
           ["armenia", "voted 77 to 17 to make"], ["armenia", "his party had decided to nominate"],
           ["armenia", "no one had been compelled"], ["armenia", "get more votes and enjoy the power"],
           ["armenia", "power is not pleasure"], ["armenia", "had not been made for personal"]],
"w21-34": [["armenia", "walked out of a meeting with"], ["armenia", "calling his demand for the prime"],
           ["armenia", "That is not negotiations"], ["armenia", "That is simply an ultimatum, blackmailing"],
           ["armenia", "You did not learn the lessons"], ["armenia", "had no right to speak for"],
           ["armenia", "was not a threat but a"], ["armenia", "an ultimatum was not a dialogue"]],
"w21-35": [["armenia", "resigned as Armenia's prime minister on"], ["armenia", "Nikol Pashinyan was right, I was"],
           ["armenia", "I will not resort to any"], ["armenia", "I am leaving the post of"],
           ["armenia", "The street movement is against my"], ["armenia", "I am fulfilling your demand"]],
"w21-36": [["canada", "will buy Kinder Morgan's Trans Mountain"], ["canada", "it must be built and it"],
           ["canada", "the purchase was a sound investment"], ["canada", "would not hit the government's finances"], ["canada", "did not intend to be a"],
           ["canada", "would transfer the project to new"], ["canada", "had already shown interest"],
           ["canada", "could not say how much the"], ["canada", "backed by a federal loan guarantee"]],
"w21-37": [["rio-tinto", "could cost up to $1.9 billion"], ["rio-tinto", "start producing up to two and"],
           ["rio-tinto", "the rock is weaker than expected"], ["rio-tinto", "is now estimated at $6.5 billion"],
           ["rio-tinto", "between May 2022 and June 2023"], ["rio-tinto", "ground conditions are more challenging than"],
           ["rio-tinto", "is not expected to be ready"]],
"w21-38": [["cathay-pacific", "would not tell its employees what"], ["cathay-pacific", "We employ 27,000 staff in Hong"],
           ["cathay-pacific", "certainly wouldn't dream of telling them"], ["cathay-pacific", "will not stop its staff from"]],
"w21-39": [["cathay-pacific", "would fully comply with new Chinese"], ["cathay-pacific", "had removed a pilot charged with"],
           ["cathay-pacific", "fired two airport employees"], ["cathay-pacific", "committed to fully comply with all"],
           ["cathay-pacific", "zero tolerance for inappropriate behaviour"], ["cathay-pacific", "were dismissed for misconduct over the"]],
"w21-40": [["cathay-pacific", "face disciplinary action that could include"], ["cathay-pacific", "a zero-tolerance approach to illegal activities"],
           ["cathay-pacific", "there will be disciplinary consequences for"], ["cathay-pacific", "may include termination of employment"],
           ["cathay-pacific", "outside working hours could have a"]],
"w21-41": [["cathay-pacific", "to take responsibility for what the"], ["cathay-pacific", "it is right that Paul and"],
           ["cathay-pacific", "had called into question Cathay's commitment"], ["cathay-pacific", "time to put a new management"],
           ["cathay-pacific", "fully committed to Hong Kong under"], ["cathay-pacific", "will succeed Hogg"],
           ["cathay-pacific", "it had dismissed two pilots"]],
"w21-42": [["cathay-pacific", "will step down on Nov. 6"], ["cathay-pacific", "leaving because of his retirement"],
           ["cathay-pacific", "not aware of any disagreement with"], ["cathay-pacific", "most extraordinary and challenging times"],
           ["cathay-pacific", "will be succeeded by Patrick Healy"], ["cathay-pacific", "forward bookings had fallen sharply"]],
"w21-43": [["canada", "has risen to C$12.6 billion from"], ["canada", "blaming higher material and labour costs"],
           ["canada", "could be built for C$12.6 billion"], ["canada", "would be under way in British"],
           ["canada", "in service by the end of"], ["canada", "remains very, very strongly economically viable"],
           ["canada", "most of its capacity was sold"], ["canada", "C$1.5 billion a year in cash"],
           ["canada", "The new figure includes C$1.1 billion"]],
"w21-44": [["rio-tinto", "would cost $6.75 billion"], ["rio-tinto", "was now expected in October 2022"],
           ["rio-tinto", "identified stability risks in the original"], ["rio-tinto", "still on course to become the"],
           ["mongolia", "has asked for an independent review"]],
"w21-45": [["mongolia", "the cause of the cost blowout"], ["mongolia", "wasn't geotechnical issues"],
           ["rio-tinto", "would engage with the Oyu Tolgoi"], ["mongolia", "must be economically beneficial to the"],
           ["mongolia", "threatened to revoke the development plan"]],
"w21-46": [["rio-tinto", "offered to write off $2.3 billion"], ["rio-tinto", "an independent audit of the financing"],
           ["rio-tinto", "expected in the first half of"], ["rio-tinto", "represents our final offer"],
           ["mongolia", "Rio had agreed to complete the"], ["rio-tinto", "would take on no further debt"]],
"w21-47": [["rio-tinto", "had reached an agreement to end"], ["mongolia", "and Mongolia's government said on Tuesday"], ["rio-tinto", "is now forecast at $6.925 billion"],
           ["rio-tinto", "First sustainable production is expected in"], ["rio-tinto", "We strongly believe in the future"],
           ["rio-tinto", "personally committed to ensuring that the"], ["mongolia", "passed a resolution settling the issues"]],
"w21-48": [["canada", "has jumped 70 percent to C$21.4"], ["canada", "until the third quarter of 2023"],
           ["canada", "citing the COVID-19 pandemic and last"], ["canada", "no additional public money invested in"],
           ["canada", "raise what it needs in the"], ["canada", "the project remained commercially viable"],
           ["canada", "was advancing with significantly improved safety"]],
"w21-49": [["canada", "raised the cost estimate for its"], ["canada", "should now enter service in the"],
           ["canada", "blamed global inflation and supply chain"], ["canada", "should be mechanically complete by the"],
           ["canada", "would pay for the rest of"]],
"w21-50": [["canada", "began commercial operations on Wednesday"], ["canada", "has put the cost of the"],
           ["canada", "it intends to sell it once"]],
}

OPTIONAL = {
"w21-05": [["kyrgyzstan", "four months after deputies voted to"]],
"w21-07": [["taiwan", "could handle the disaster by itself"]],
"w21-08": [["taiwan", "the United States and Japan would"]],
"w21-10": [["taiwan", "apologised for the pace of the"]],
"w21-26": [["south-korea", "rampant slander and unconfirmed disclosures"]],
"w21-27": [["south-korea", "had called the idea that Choi"]],
"w21-29": [["south-korea", "had colluded with her friend Choi"], ["south-korea", "had been a co-conspirator in several"],
           ["south-korea", "had asked prosecutors for more time"]],
"w21-48": [["canada", "was C$12.6 billion, with the line"]],
"w21-42": [["cathay-pacific", "would not dream of telling staff"]],
"w21-45": [["rio-tinto", "Rio has put the overrun at"]],
"w21-47": [["rio-tinto", "will waive a $2.4 billion loan"]],
"w21-49": [["canada", "It had said last year that"]],
"w21-50": [["canada", "it said the line would enter"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["w21-06", "w21-07", "taiwan", "stance-reversal: the Foreign Ministry said the island could cope with the typhoon's aftermath on its own and would decline foreign rescue workers and relief goods for now; two days later Taiwan asks foreign governments for heavy-lift helicopters, prefabricated housing and water purifiers"],
["w21-38", "w21-40", "cathay-pacific", "stance-reversal: the chairman said the airline certainly wouldn't dream of telling its 27,000 Hong Kong staff what to think; five days later the chief executive warns that staff who support or take part in illegal protests face disciplinary consequences up to dismissal"],
["w21-32", "w21-33", "armenia", "stance-reversal: the president said he did not even aspire to the post of prime minister, though he would not rule it out; a month later parliament makes him prime minister and he says his party decided to nominate him"],
["w21-34", "w21-35", "armenia", "stance-reversal: the prime minister called the demand for his resignation an ultimatum and blackmail of the state and walked out; the next day he resigns, saying the protest leader was right and that he is fulfilling the street's demand"],
["w21-22", "w21-23", "mma", "stance-reversal: the railway's chairman praised the engineer's actions on the night, and officials called his response heroic; a day later the chairman says the engineer did something wrong, failed to set enough hand brakes and has been suspended without pay"],
# commitments reversed in other words
["w21-01", "w21-04", "kyrgyzstan", "commitment-reversed: the president announced the decision to end the term of the American base at Manas; four and a half months later Kyrgyzstan agrees to let the United States keep using Manas as a transit center for triple the rent"],
["w21-25", "w21-33", "armenia", "commitment-reversed: the president said that if a parliamentary model were chosen he would not run for the position of prime minister, since one person should not lead the country more than twice; four years later, after two presidential terms, parliament elects him prime minister"],
["w21-28", "w21-29", "south-korea", "commitment-reversed: the president said she was willing to be investigated by prosecutors; sixteen days later her office rejects the prosecutors' findings and her lawyer says she will no longer respond to their requests for questioning"],
["w21-28", "w21-31", "south-korea", "commitment-reversed: the president said she would accept an investigation by an independent counsel; three months later her side scraps the questioning it had agreed with the special prosecutor"],
["w21-29", "w21-31", "south-korea", "commitment-reversed: the president's lawyer said she would cooperate fully with an independent counsel instead of the prosecutors; her side then cancels the agreed questioning by the special prosecutor"],
["w21-38", "w21-39", "cathay-pacific", "commitment-reversed: the airline said it would not stop staff from taking part in demonstrations and would not tell them what to think; three days later it will fully comply with rules barring staff who support the protests from mainland flights, and it has removed a pilot from flying duties"],
# denials then action or admission
["w21-02", "w21-04", "kyrgyzstan", "denial-then-action: the government said the decision was made and there were no discussions on keeping the base; in June it holds talks and signs an agreement that keeps the Americans at Manas"],
# reports denied, then borne out
["w21-26", "w21-27", "south-korea", "report-denied: the president's chief of staff dismissed as nonsense the report that her friend edited her speeches; four days later the president acknowledges that the friend helped her with speeches after she took office"],
# claims negated
["w21-11", "w21-14", "south-korea", "claim-negated: officials said there was no sign that North Korea had been involved in the sinking; the investigation the government convened finds that a North Korean torpedo sank the ship and that there is no other plausible explanation"],
["w21-07", "w21-08", "taiwan", "claim-negated: the defence minister said the United States and Japan would not provide heavy-lift helicopters; the same day the deputy foreign minister says the two countries did not say so and that everything is still under negotiation"],
["w21-21", "w21-23", "mma", "claim-negated: the chairman said the air brakes were released because firefighters shut down the locomotive; two days later he says no employee removed brakes, that the railway's own engineer failed to set enough hand brakes"],
["w21-17", "w21-20", "renault", "claim-negated: the carmaker dismissed three managers for serious faults and filed a complaint alleging organised industrial espionage and corruption; two months later it apologises to the three men, who it says were wrongly accused"],
["w21-18", "w21-20", "renault", "claim-negated: the chief executive said Renault had certainties about the managers' guilt and multiple pieces of evidence; seven weeks later he says 'I was wrong' and the company apologises"],
["w21-19", "w21-20", "renault", "claim-negated: the chief executive said Renault did not invent the affair and that its file was not empty; six weeks later the accounts in the file do not exist and the company says the managers were wrongly accused"],
# number mismatches
["w21-44", "w21-47", "rio-tinto", "number-mismatch: the definitive estimate put the cost of the underground expansion at $6.75 billion, with first sustainable production in October 2022; thirteen months later the cost is forecast at $6.925 billion and first sustainable production in the first half of 2023"],
["w21-43", "w21-48", "canada", "number-mismatch: the Crown corporation put the expansion at C$12.6 billion, was very confident it could be built for that and said the line would be in service by the end of 2022; two years later the cost is C$21.4 billion and completion the third quarter of 2023"],
["w21-48", "w21-49", "canada", "number-mismatch: the cost was C$21.4 billion and completion was set for the third quarter of 2023; a year later the cost is C$30.9 billion and service is to start in the first quarter of 2024"],
["w21-49", "w21-50", "canada", "number-mismatch: the cost was put at C$30.9 billion with service in the first quarter of 2024; the line enters commercial service on May 1, 2024, at a cost of about C$34 billion"],
# dates moved
["w21-11", "w21-13", "south-korea", "date-mismatch: the Joint Chiefs of Staff said the explosion struck the ship at about 9:45 p.m.; the Defense Ministry now says it happened at 9:22 p.m., after giving 9:30 p.m. and 9:25 p.m. in between"],
["w21-44", "w21-46", "rio-tinto", "date-mismatch: the company said first sustainable production from the underground mine was expected in October 2022; a year later its letter to the government says the first half of 2023"],
]

AMBIGUOUS = [
["w21-03", "w21-04"],  # a law ending the base agreement and a 180-day notice, then a new agreement: carried by w21-01/w21-04
["w21-03", "w21-05"],  # parliament votes to close the base, then ratifies the transit-center deal
["w21-01", "w21-05"],  # the decision on ending the base, then its ratified replacement: carried by w21-01/w21-04
["w21-06", "w21-08"],  # aid declined, then a ministry that says the refusal was only temporary and that its policy was always to seek help if needed
["w21-06", "w21-09"],  # the island can cope on its own, then U.S. military helicopters at work: carried by w21-06/w21-07
["w21-07", "w21-09"],  # no heavy-lift helicopters from the U.S., then a U.S. CH-53E lands: carried by w21-07/w21-08
["w21-11", "w21-12"],  # 9:45 p.m., then earlier times not given
["w21-12", "w21-13"],  # earlier times not given, then 9:22 p.m.
["w21-12", "w21-14"],  # a mine may have sunk the ship and there is no definitive evidence of North Korean involvement, then a North Korean torpedo
["w21-11", "w21-15"],  # no sign of North Korean involvement, then sanctions on the North: carried by w21-11/w21-14
["w21-16", "w21-20"],  # managers suspected of a leak, then wrongly accused: carried by w21-17/w21-20
["w21-21", "w21-22"],  # the firefighters blamed, then the engineer praised and the sequence of events called inconclusive
["w21-25", "w21-32"],  # a pledge not to run for prime minister, then the same words called an aspiration quoted out of context
["w21-25", "w21-35"],  # a pledge not to seek the premiership, then resignation from it
["w21-33", "w21-35"],  # no law broken and critics told to win more votes, then resignation
["w21-27", "w21-29"],  # help with speeches limited to a certain period, then prosecutors who say the president colluded with her friend
["w21-28", "w21-30"],  # willing to be investigated by prosecutors, then a prosecution request turned down: carried by w21-28/w21-29
["w21-38", "w21-41"],  # staff not told what to think, then a chief executive who resigns over their part in the protests: carried by w21-38/w21-40
["w21-36", "w21-43"],  # a purchase that would not hit public finances and Kinder Morgan's C$7.4 billion, then C$12.6 billion
["w21-48", "w21-50"],  # no additional public money, then commercial borrowing backed by federal loan guarantees
["w21-43", "w21-49"],  # C$12.6 billion and end-2022, then C$30.9 billion and 2024: carried by the pairs between
]

TRAPS = [
["w21-01", "w21-02", "a consistent restatement: the president announces the decision to end the base, and the government calls it final"],
["w21-02", "w21-03", "one actor differing from another: Kyrgyzstan says the decision is final while the U.S. says it is still talking and would consider paying more rent"],
["w21-04", "w21-05", "a consistent restatement: a committee backs the transit-center accord and parliament ratifies it, with the same payments described"],
["w21-08", "w21-10", "a consistent position: the acting foreign minister says he will shoulder responsibility for the cable, and then resigns over it; the president takes full responsibility"],
["w21-13", "w21-14", "different things, both true: the radar contact the Sokcho fired at was probably a flock of birds rather than a fleeing North Korean ship, and the torpedo came from a North Korean submarine"],
["w21-14", "w21-15", "a consistent restatement: the investigators blame a North Korean torpedo and the president announces measures against the North; the North denies any role both times"],
["w21-17", "w21-18", "a consistent restatement: the managers are dismissed and the chief executive says the company has certainties about their guilt"],
["w21-18", "w21-19", "a consistent restatement: what leaked was not technology but the economic model, and the affair was not invented; the internal investigation since August cited twice"],
["w21-23", "w21-24", "a consistent position with a cost attached: the railway stops leaving trains unattended and then stops carrying crude oil, while promising to keep working on the cleanup as far as its means allow"],
["w21-27", "w21-28", "a consistent restatement: the president apologises over her friend twice, the second time adding that she will accept questioning"],
["w21-29", "w21-30", "a consistent restatement: the president's side declines the prosecutors' questioning twice, first in favour of an independent counsel, then citing her schedule"],
["w21-30", "w21-31", "a decision left to another body, then taken by it: the president leaves her fate to parliament, which votes to impeach her"],
["w21-33", "w21-34", "a consistent restatement: the prime minister says his election was lawful and the protest movement too small to speak for the people, and then calls its demand blackmail of legitimate authorities"],
["w21-36", "w21-50", "a commitment kept: the government buys the pipeline saying it will be built, and the expanded line enters service; it still intends to sell it"],
["w21-37", "w21-44", "a figure within a range given earlier: a cost of $6.5 billion to $7.2 billion and production between May 2022 and June 2023, then a definitive $6.75 billion and October 2022"],
["w21-46", "w21-47", "a figure restated with interest: an offer to write off $2.3 billion of debt, then a $2.4 billion loan waived including accrued interest; production in the first half of 2023 both times"],
["w21-45", "w21-47", "a condition, then met: Mongolia says the project must benefit the country to proceed and threatens to revoke its plan, then settles the open issues and approves underground work"],
["w21-39", "w21-40", "a consistent restatement: zero tolerance for behaviour that endangers flights, then a zero-tolerance approach to illegal activities"],
["w21-41", "w21-42", "a consistent position: the chairman says new management is needed after the chief executive's resignation and then retires, saying he knows of no disagreement with the board"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
