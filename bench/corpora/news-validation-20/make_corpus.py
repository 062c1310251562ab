#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-20, then checks them.

Every document retells a real, dated public event in its author's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "fiji", "name": "Fiji",
     "aliases": ["Republic of Fiji", "Fijian government", "Fiji's government", "interim government",
                 "Fiji Interim Government", "Suva", "Republic of Fiji Military Forces", "Fiji military"],
     "speakers": [
         {"name": "Frank Bainimarama", "role": "Commander, Republic of Fiji Military Forces", "from": "1999-03-01", "to": "2014-03-05"},
         {"name": "Frank Bainimarama", "role": "Interim Prime Minister", "from": "2007-01-05", "to": "2009-04-10"},
         {"name": "Frank Bainimarama", "role": "Prime Minister", "from": "2009-04-11", "to": "2022-12-24"},
         {"name": "Ratu Josefa Iloilo", "role": "President", "from": "2000-07-13", "to": "2009-07-30"}]},
    {"type": "actor", "id": "pacific-islands-forum", "name": "Pacific Islands Forum",
     "aliases": ["Forum", "Pacific Forum", "Forum leaders", "Pacific Islands Forum leaders", "Forum Secretariat",
                 "Pacific Islands Forum Secretariat"],
     "speakers": [
         {"name": "Feleti Sevele", "role": "Chair of the Pacific Islands Forum (Prime Minister of Tonga)", "from": "2007-10-16", "to": "2008-08-19"},
         {"name": "Toke Talagi", "role": "Chair of the Pacific Islands Forum (Premier of Niue)", "from": "2008-08-19", "to": "2009-08-05"}]},
    {"type": "actor", "id": "myanmar", "name": "Myanmar",
     "aliases": ["Burma", "Myanmar government", "Myanmar's military government", "junta", "State Peace and Development Council",
                 "Naypyidaw", "Myanmar foreign ministry", "New Light of Myanmar", "Myanmar state television", "MRTV"],
     "speakers": [
         {"name": "Than Shwe", "role": "Chairman of the State Peace and Development Council", "from": "1992-04-23", "to": "2011-03-30"},
         {"name": "Nyan Win", "role": "Foreign Minister", "from": "2004-09-18", "to": "2011-03-30"},
         {"name": "Soe Tha", "role": "Minister of National Planning and Economic Development", "from": "2003-01-01", "to": "2011-03-30"}]},
    {"type": "actor", "id": "united-nations", "name": "United Nations",
     "aliases": ["UN", "U.N.", "World Food Programme", "WFP", "U.N. Secretary-General", "U.N. officials"],
     "speakers": [
         {"name": "Ban Ki-moon", "role": "Secretary-General", "from": "2007-01-01", "to": "2016-12-31"}]},
    {"type": "actor", "id": "chile", "name": "Chile",
     "aliases": ["Chilean government", "Santiago", "La Moneda", "Chilean navy", "navy's hydrographic and oceanographic service",
                 "SHOA", "national emergency office", "ONEMI", "Chilean Interior Ministry"],
     "speakers": [
         {"name": "Michelle Bachelet", "role": "President", "from": "2006-03-11", "to": "2010-03-11"},
         {"name": "Francisco Vidal", "role": "Minister of Defence", "from": "2009-03-12", "to": "2010-03-11"},
         {"name": "Patricio Rosende", "role": "Undersecretary of the Interior", "from": "2008-01-08", "to": "2010-03-11"},
         {"name": "Edmundo Gonzalez", "role": "Commander-in-Chief of the Navy", "from": "2009-06-18", "to": "2013-06-18"}]},
    {"type": "actor", "id": "egypt", "name": "Egypt",
     "aliases": ["Egyptian government", "Cairo", "Egyptian presidency", "Egyptian Finance Ministry", "Egyptian cabinet"],
     "speakers": [
         {"name": "Mohamed Morsi", "role": "President", "from": "2012-06-30", "to": "2013-07-03"},
         {"name": "Yasser Ali", "role": "Spokesman, Presidency", "from": "2012-07-01", "to": "2013-01-06"},
         {"name": "Mahmoud Mekki", "role": "Vice President", "from": "2012-08-12", "to": "2012-12-22"},
         {"name": "Hisham Qandil", "role": "Prime Minister", "from": "2012-07-24", "to": "2013-07-16"},
         {"name": "Mumtaz al-Said", "role": "Minister of Finance", "from": "2012-08-02", "to": "2013-05-07"}]},
    {"type": "actor", "id": "argentina", "name": "Argentina",
     "aliases": ["Argentine government", "Buenos Aires", "Casa Rosada", "Argentine navy", "Argentina's navy",
                 "Argentina's defence ministry", "Argentine Foreign Ministry", "Macri government"],
     "speakers": [
         {"name": "Cristina Fernandez de Kirchner", "role": "President", "from": "2007-12-10", "to": "2015-12-10"},
         {"name": "Jorge Capitanich", "role": "Chief of Cabinet of Ministers", "from": "2013-11-19", "to": "2015-02-26"},
         {"name": "Hector Timerman", "role": "Foreign Minister", "from": "2010-06-22", "to": "2015-12-10"},
         {"name": "Anibal Fernandez", "role": "Secretary General of the Presidency", "from": "2014-12-22", "to": "2015-02-26"},
         {"name": "Mauricio Macri", "role": "President", "from": "2015-12-10", "to": "2019-12-10"},
         {"name": "Oscar Aguad", "role": "Minister of Defence", "from": "2017-07-17", "to": "2019-12-10"},
         {"name": "Enrique Balbi", "role": "Spokesman, Argentine Navy", "from": "2017-01-01", "to": "2018-12-31"},
         {"name": "Gabriel Galeazzi", "role": "Commander, Mar del Plata Naval Base", "from": "2017-01-01", "to": "2018-12-31"}]},
    {"type": "actor", "id": "philippines", "name": "Philippines",
     "aliases": ["Philippine government", "Manila", "Malacanang", "Philippine National Police", "PNP",
                 "Dangerous Drugs Board", "Philippine Drug Enforcement Agency", "PDEA"],
     "speakers": [
         {"name": "Rodrigo Duterte", "role": "Mayor of Davao City", "from": "2013-06-30", "to": "2016-06-30"},
         {"name": "Rodrigo Duterte", "role": "President", "from": "2016-06-30", "to": "2022-06-30"},
         {"name": "Ronald dela Rosa", "role": "Chief, Philippine National Police", "from": "2016-07-01", "to": "2018-04-19"},
         {"name": "Benjamin Reyes", "role": "Chairman, Dangerous Drugs Board", "from": "2016-08-01", "to": "2017-05-24"}]},
    {"type": "actor", "id": "australia", "name": "Australia",
     "aliases": ["Australian government", "Canberra", "Centrelink", "Department of Human Services", "Services Australia",
                 "Turnbull government", "Morrison government", "Commonwealth"],
     "speakers": [
         {"name": "Alan Tudge", "role": "Minister for Human Services", "from": "2016-02-18", "to": "2017-12-20"},
         {"name": "Christian Porter", "role": "Attorney-General", "from": "2017-12-20", "to": "2021-03-30"},
         {"name": "Stuart Robert", "role": "Minister for Government Services", "from": "2019-05-29", "to": "2022-05-23"},
         {"name": "Scott Morrison", "role": "Prime Minister", "from": "2018-08-24", "to": "2022-05-23"}]},
    {"type": "actor", "id": "algeria", "name": "Algeria",
     "aliases": ["Algerian government", "Algiers", "Algerian presidency", "APS", "People's National Army", "Algerian army",
                 "Constitutional Council"],
     "speakers": [
         {"name": "Abdelaziz Bouteflika", "role": "President", "from": "1999-04-27", "to": "2019-04-02"},
         {"name": "Ahmed Gaid Salah", "role": "Chief of Staff of the People's National Army", "from": "2004-08-03", "to": "2019-12-23"},
         {"name": "Ahmed Ouyahia", "role": "Prime Minister", "from": "2017-08-15", "to": "2019-03-11"},
         {"name": "Noureddine Bedoui", "role": "Prime Minister", "from": "2019-03-11", "to": "2019-12-19"},
         {"name": "Abdelghani Zaalane", "role": "Campaign Director for Abdelaziz Bouteflika", "from": "2019-03-02", "to": "2019-03-11"}]},
    {"type": "actor", "id": "tunisia", "name": "Tunisia",
     "aliases": ["Tunisian government", "Tunisian presidency", "Carthage Palace", "Tunis"],
     "speakers": [
         {"name": "Kais Saied", "role": "President", "from": "2019-10-23", "to": ONGOING},
         {"name": "Najla Bouden", "role": "Prime Minister", "from": "2021-10-11", "to": "2023-08-01"}]},
]

OUTLETS = {
    "Greyhallow Wire": "greyhallow-wire.example",
    "Quenby Press Agency": "quenby-press.example",
    "Sallowmere Dispatch": "sallowmere-dispatch.example",
    "Tidewell Financial Courier": "tidewell-financial.example",
    "Ambergate Newswire": "ambergate-newswire.example",
    "Oakhollow Ledger": "oakhollow-ledger.example",
    "Fennick Bay Herald": "fennick-bay-herald.example",
    "Brightwater Cross Service": "brightwater-cross.example",
    "Kestle Point Wire": "kestle-point-wire.example",
    "Dunmarrow Chronicle": "dunmarrow-chronicle.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- Fiji, October 2007 (1 of 6)
("w20-01", "Greyhallow Wire", "2007-10-17T08:00:00Z", "Fiji's military leader pledges elections by March 2009 at Pacific forum", [
"Fiji's interim prime minister, Commodore Frank Bainimarama, told Pacific Islands Forum leaders in Tonga on Wednesday that Fiji would hold a general election by March 2009, ten months after he seized power in a bloodless coup.",
"Bainimarama, attending his first Forum summit since the takeover of December 2006, gave the undertaking at the leaders' retreat in Vava'u, officials said. He told the leaders that the vote would be held in the first quarter of 2009 and that the military would accept the result, whoever won.",
"The Forum welcomed the commitment in its communique and called on the interim government to draw up a credible roadmap to the election with a joint Forum-Fiji working group. Tonga's prime minister, Feleti Sevele, the new Forum chair, said leaders had agreed a seven-point position to hold the regime to its word, and that foreign ministers would review progress early next year. New Zealand's prime minister, Helen Clark, said the leaders would not have settled for anything later than the first quarter of 2009.",
]),
# ---------------------------------------------------------------- Cyclone Nargis, May 2008 (1-5)
("w20-02", "Quenby Press Agency", "2008-05-05T15:00:00Z", "Myanmar says cyclone killed thousands, referendum to go ahead", [
"Myanmar's military government said on Monday that thousands of people had been killed when Cyclone Nargis tore through the Irrawaddy delta and Yangon at the weekend, and that a national referendum on a new constitution would go ahead as planned on Saturday.",
"State television put the toll at several thousand dead and nearly 3,000 missing in the two worst-hit areas, but Foreign Minister Nyan Win told diplomats in Yangon that the provisional count was about 10,000 dead, according to a diplomat who attended the briefing. Winds of 190 km/h and a surge of seawater flattened villages across the low-lying delta.",
"In a rare step for a government that turned away outside help after the 2004 tsunami, the junta said it would welcome international assistance, and U.N. officials said they had been given a careful green light to send relief. A World Food Programme spokesman said the agency was preparing food, water and shelter to be flown in as quickly as possible. State media said voting on the charter, part of the army's roadmap to democracy, would take place on May 10 across the country.",
]),
("w20-03", "Sallowmere Dispatch", "2008-05-06T18:00:00Z", "Myanmar delays charter vote in cyclone areas as toll passes 22,000", [
"Myanmar's junta said on Tuesday it would postpone its constitutional referendum in the areas hardest hit by Cyclone Nargis, as state radio raised the death toll to 22,464, with 41,054 people missing.",
"Voting in 40 townships of Yangon division and seven in the Irrawaddy delta would be held on May 24 instead of May 10, state media said. Elsewhere the vote on the army-drafted charter would proceed on Saturday as scheduled. The decision came a day after officials said the referendum would go ahead as planned; under the referendum law, local commissions may put off voting in the event of a natural disaster.",
"Foreign Minister Nyan Win said on state television that 10,000 people had died in Bogalay township alone. The government has accepted offers of supplies from neighbouring countries, and the first relief flights have begun to arrive in Yangon. U.N. officials said hundreds of thousands of people were without shelter or clean water.",
]),
("w20-04", "Quenby Press Agency", "2008-05-09T10:00:00Z", "Myanmar 'not ready' for foreign rescue teams, will take supplies", [
"Myanmar will accept foreign relief supplies but is not ready to let in foreign rescue teams, its foreign ministry said on Friday, after a team that arrived from Qatar on an aid flight was sent back the same day.",
"In a statement printed in the state newspaper New Light of Myanmar, the ministry said the country had given priority to receiving emergency provisions and was making strenuous efforts to carry them to the delta by its own means. The international community could best help victims by donating food, medicine, clothing, generators and materials for shelter, or with money, it said. \"As such, Myanmar is not yet ready to receive search and rescue teams as well as media teams from foreign countries,\" the statement said. Myanmar's authorities had not known that the Qatari plane carried rescuers and journalists, it added.",
"The World Food Programme said the authorities had impounded food it had flown into Yangon and that it would hold back further flights until the matter was settled. U.N. officials said visas for dozens of relief experts were still pending, a week after the storm.",
]),
("w20-05", "Sallowmere Dispatch", "2008-05-12T11:00:00Z", "Junta says foreigners barred from disaster zone as first U.S. aid lands", [
"Myanmar's military government said it would accept aid from any country but that foreign relief workers would not be allowed into the areas devastated by Cyclone Nargis, as the first U.S. military aid flight landed in Yangon on Monday.",
"The minister of national planning, Soe Tha, told representatives of U.N. agencies and aid groups on Sunday that the delivery of relief goods could be handled by local organisations and by Myanmar citizens working for international agencies, state television reported. Foreigners would not be permitted to enter the disaster areas, he said. State media said the official toll had risen to more than 28,000 dead, with more than 33,000 missing.",
"U.N. Secretary-General Ban Ki-moon said he wanted to register his deep concern and immense frustration at what he called the unacceptably slow response to the crisis, and that he was still trying to reach the junta's leader, Senior General Than Shwe, by telephone. The World Food Programme resumed its flights on Saturday after a one-day pause over the impounded cargo.",
]),
("w20-06", "Quenby Press Agency", "2008-05-23T14:00:00Z", "Than Shwe agrees to let in all aid workers, Ban says", [
"Myanmar's junta leader, Senior General Than Shwe, has agreed to let in all foreign aid workers to help survivors of Cyclone Nargis, U.N. Secretary-General Ban Ki-moon said on Friday after the two men met in the new capital, Naypyidaw.",
"\"He has agreed to allow all aid workers regardless of nationalities,\" Ban told reporters after more than two hours of talks, and said he thought it was a breakthrough. Than Shwe also agreed that Yangon airport could serve as a hub for the international relief operation, Ban said. The general had not taken Ban's telephone calls in the days after the storm, and for three weeks the government had kept most foreign experts out of the Irrawaddy delta.",
"Relief officials in Bangkok greeted the news with caution, saying it remained to be seen whether foreigners would be free to travel in the delta. State television last week put the toll at 77,738 dead and 55,917 missing. Ban will return to Yangon on Sunday to chair, with the Association of Southeast Asian Nations, a conference of donors.",
]),
# ---------------------------------------------------------------- Fiji, August 2008-May 2009 (2-6)
("w20-07", "Fennick Bay Herald", "2008-08-20T10:00:00Z", "Pacific leaders rebuke Fiji as Bainimarama skips summit", [
"Pacific Islands Forum leaders meeting in Niue on Wednesday expressed deep disappointment that Fiji's interim prime minister, Commodore Frank Bainimarama, had stayed away from their summit, and urged his government to hold elections by March 2009 as he had promised in Tonga last year.",
"Bainimarama announced on Monday that he would not attend. His government has said the election cannot take place by March next year and that no vote will be held until electoral reforms under a proposed People's Charter are adopted, including an end to voting on separate ethnic rolls. In a statement he had prepared for the meeting, Bainimarama said Fiji would have reached the end of the road with the Forum if the leaders insisted on the March 2009 date.",
"Tonga's prime minister, Feleti Sevele, the outgoing Forum chair, said the commitments Bainimarama made last year had not been forced on him, and that he had agreed to and accepted the seven-point communique on Fiji. The leaders said they would consider a special meeting before the end of the year to discuss measures against Fiji, which could include suspension from the Forum.",
]),
("w20-08", "Greyhallow Wire", "2009-01-27T12:00:00Z", "Forum gives Fiji until May 1 to name election date", [
"Pacific Islands Forum leaders gave Fiji's military-backed government until May 1 to announce a date for elections to be held before the end of the year, or face suspension from the regional body, after a special meeting in Port Moresby on Tuesday.",
"The leaders said more than two years of rule by an unelected military government with no clear timetable for a return to constitutional rule was not acceptable. If the interim government failed to meet the deadline, Fiji would be barred from Forum leaders' meetings and from new assistance through the Forum, they said. They condemned its failure to hold the elections by March 2009 as it had undertaken in Tonga.",
"Commodore Frank Bainimarama, who stayed in Suva citing flood relief work, said on Tuesday that electoral reform under the People's Charter had to come before any election, and that it did not matter if that took five to ten years. Australia's prime minister, Kevin Rudd, said the interim government had shown complete contempt for its previous commitments.",
]),
("w20-09", "Fennick Bay Herald", "2009-04-09T10:00:00Z", "Fiji court rules coup government unlawful; Bainimarama to step aside", [
"Fiji's Court of Appeal ruled on Thursday that the military-backed government of Commodore Frank Bainimarama had been unlawfully appointed after the 2006 coup, and Bainimarama said his interim administration would step aside.",
"A three-judge bench, hearing a case brought by the ousted prime minister, Laisenia Qarase, overturned a High Court ruling of last October that had upheld the interim government. The judges said President Ratu Josefa Iloilo should appoint a distinguished person as caretaker prime minister, neither Bainimarama nor Qarase, to dissolve parliament and call an election as soon as possible.",
"In a broadcast on Thursday evening, Bainimarama said he and his ministers would vacate their offices in line with the judgement and that he would go back to commanding the military. Diplomats in Suva said the next step lay with the president.",
]),
("w20-10", "Greyhallow Wire", "2009-04-11T08:00:00Z", "Bainimarama sworn back in after Fiji's president scraps constitution", [
"Commodore Frank Bainimarama was sworn in again as Fiji's prime minister on Saturday, less than two days after the Court of Appeal declared his government illegal and he said it would step aside.",
"President Ratu Josefa Iloilo swore him in a day after abrogating the 1997 constitution, dismissing every judge in the country and declaring what he called a new legal order. In a national broadcast on Friday the president said a new government would need about five years to carry out reforms, and that true democratic elections would be held by September 2014. Emergency regulations now allow the security forces to ban gatherings, and officials told newsrooms not to publish material critical of the government.",
"Bainimarama reappointed nine ministers from his former cabinet on Saturday afternoon. Iloilo said the basic rights of all citizens would be protected in the new order. U.N. Secretary-General Ban Ki-moon called for calm and full respect for human rights and the rule of law.",
]),
("w20-11", "Fennick Bay Herald", "2009-05-02T04:00:00Z", "Pacific Islands Forum suspends Fiji", [
"The Pacific Islands Forum suspended Fiji with immediate effect on Saturday, the first time the regional body has suspended a member, after the military-backed government let a May 1 deadline pass without naming a date for elections.",
"The Forum chair, Niue's premier Toke Talagi, said in a statement that Fiji's leaders had shown no intention of returning the country to constitutional democracy. Fiji's government will be barred from Forum meetings and will receive no new development assistance through the Forum, he said.",
"Commodore Frank Bainimarama said in a speech to civil servants last month that his government was not an interim one and that no election would be held before 2014. Fiji's state of emergency has been extended, and censors remain in the country's newsrooms.",
]),
# ---------------------------------------------------------------- Chile, February-March 2010 (1-4)
("w20-12", "Brightwater Cross Service", "2010-02-27T16:00:00Z", "Huge quake strikes Chile; Bachelet says no tsunami expected", [
"One of the strongest earthquakes ever recorded, with a magnitude of 8.8, struck central Chile before dawn on Saturday, bringing down buildings, roads and bridges and killing at least 78 people, President Michelle Bachelet said.",
"The quake hit at 3:34 a.m. local time, centred near the coast of the Maule region north of Concepcion, the country's second city. Speaking on national television shortly after dawn from the national emergency office in Santiago, Bachelet said large waves were expected along the coast but that there was no tsunami. The navy's hydrographic and oceanographic service had told the government that the epicentre was on land and that a tsunami was therefore not expected, officials said. Bachelet asked Chileans to stay calm and to keep off the roads.",
"Bachelet said Chile did not need much help from other countries for the moment and would first assess the damage, though offers of assistance were welcome. Power and telephone lines were down across much of the centre of the country, and Santiago's international airport was closed. The Pacific Tsunami Warning Center issued warnings for Chile and Peru.",
]),
("w20-13", "Kestle Point Wire", "2010-02-28T23:00:00Z", "Chile quake toll rises to 708; minister says navy erred on tsunami", [
"The death toll from Saturday's earthquake in Chile rose to 708 on Sunday, and President Michelle Bachelet placed the two worst-hit regions, Maule and Biobio, under military control.",
"Coastal towns such as Constitucion were swept by waves within half an hour of the quake. Defence Minister Francisco Vidal said the navy had made a mistake by not issuing a tsunami warning. \"What happened here was a tsunami,\" he told reporters, adding that port captains had sounded alarms on their own authority, which had saved many lives. Waves also struck the Juan Fernandez islands and the port of Talcahuano.",
"Bachelet said the country was facing an emergency without parallel in its history. The government sent thousands of soldiers to Concepcion, where looters emptied supermarkets, and imposed a curfew there from Sunday night. Officials said some 2 million people had been affected.",
]),
("w20-14", "Brightwater Cross Service", "2010-03-03T01:00:00Z", "Chile asks for field hospitals and bridges as toll reaches 795", [
"Chile asked other countries on Tuesday for field hospitals, satellite telephones, generators, water purification plants and temporary bridges, as the official death toll from Saturday's earthquake and tsunami rose to 795.",
"President Michelle Bachelet, who said shortly after the quake that Chile did not need much outside help, told reporters alongside U.S. Secretary of State Hillary Clinton that the aim was for foreign cooperation to meet the country's most urgent needs. Her government had needed time to find out where the needs were greatest, she said. Chile had supplies, but it lacked the bridges and roads to get them to people, she said. Clinton handed over 25 satellite phones and said a U.S. field hospital was ready to go.",
"The national emergency office said 795 people had died, most of them in the Maule region. Bachelet said about 500,000 homes had been damaged and put the cost at about $30 billion. Troops patrolled Concepcion, where a curfew remained in force.",
]),
("w20-15", "Kestle Point Wire", "2010-03-05T22:00:00Z", "Chile cuts quake death toll, navy removes tsunami warning chief", [
"Chile's government cut the official death toll from last Saturday's earthquake and tsunami, saying an earlier count of 802 had wrongly included people who were missing but not confirmed dead.",
"Deputy Interior Minister Patricio Rosende read out the names of 279 people who had been killed and identified, and said the list would be updated regularly. President Michelle Bachelet said the missing had been added to the dead in Maule, where the toll was revised to 316 from 587. With disasters of this size the number of dead changes daily, Rosende said, and hundreds of bodies have yet to be identified.",
"The navy on Friday removed the head of its hydrographic and oceanographic service, Captain Mariano Rojas, and has acknowledged that the information it sent to the president after the quake lacked clarity. Bachelet will hand over to her elected successor, Sebastian Pinera, on March 11.",
]),
# ---------------------------------------------------------------- Egypt, November-December 2012 (1-5)
("w20-16", "Ambergate Newswire", "2012-11-23T01:00:00Z", "Morsi puts his decisions beyond the courts' reach", [
"Egyptian President Mohamed Morsi granted himself sweeping new powers on Thursday, declaring that his decisions could not be challenged in any court until a new constitution and a new parliament are in place.",
"In a constitutional declaration read on state television by his spokesman, Yasser Ali, Morsi said all constitutional declarations, laws and decrees he had issued since taking office on June 30 were final and binding and could not be appealed or suspended by any authority. No judicial body may dissolve the upper house of parliament or the assembly drafting the new constitution, the declaration said, and the assembly's deadline was extended by two months. Morsi also dismissed the prosecutor general, Abdel Meguid Mahmoud, and ordered new trials of officials accused of killing protesters during the 2011 uprising.",
"The spokesman said the measures were needed to protect the revolution and would speed the end of the transition. Opposition leaders urged protests on Friday, and Mohamed ElBaradei said Morsi had usurped all state powers and made himself a new pharaoh.",
]),
("w20-17", "Tidewell Financial Courier", "2012-11-27T00:00:00Z", "Morsi aide says decree stands, immunity limited to 'sovereign' acts", [
"President Mohamed Morsi will not change his decree placing his decisions beyond the reach of the courts, his spokesman said on Monday after a meeting with Egypt's highest judicial body, but the immunity will apply only to what he called sovereign matters.",
"\"No change was made to the declaration,\" spokesman Yasser Ali told reporters after Morsi met members of the Supreme Judicial Council. He said the president had stressed his respect for the judiciary and that the declaration was temporary and would lapse once a new constitution was in force. Retrials of officials accused of killing protesters would take place only if new evidence emerged, Ali said.",
"Judges and opposition groups said the explanation did not go far enough. Several courts remained on strike, and the opposition went ahead with plans for a mass protest in Tahrir Square on Tuesday. Members of the judicial council declined to say whether they were satisfied.",
]),
("w20-18", "Ambergate Newswire", "2012-12-09T01:00:00Z", "Morsi annuls decree but keeps Dec. 15 referendum", [
"President Mohamed Morsi has annulled the decree that put his decisions beyond judicial review, but Egyptians will vote on the new constitution on Dec. 15 as planned, an Islamist politician announced on his behalf after a meeting at the presidential palace late on Saturday.",
"Mohamed Selim al-Awa said the president had issued a new declaration cancelling the one of Nov. 22, though steps already taken under it, including the dismissal of the prosecutor general, would stand. The referendum date could not be changed, he said, because the rules required a vote within 15 days of the draft being delivered to the president. Earlier on Saturday Vice President Mahmoud Mekki had said Morsi might agree to delay the vote if the opposition promised not to challenge it in court.",
"The main opposition coalition, the National Salvation Front, boycotted the meeting and said it would study the new decree. Several people were killed in clashes outside the presidential palace on Wednesday, and tanks have been deployed around it since Thursday.",
]),
("w20-19", "Tidewell Financial Courier", "2012-12-09T18:00:00Z", "Egypt raises sales taxes on cigarettes, beer, phone calls", [
"Egypt has raised sales taxes on a long list of goods and services, from cigarettes and beer to mobile phone calls, cement and fertilisers, under a presidential decree published in the official gazette, as the government tries to cut a budget deficit running at about 11 percent of economic output.",
"The increases, approved by President Mohamed Morsi under the legislative powers he holds in the absence of a parliament, form part of an economic program the government has presented to the International Monetary Fund to secure a $4.8 billion loan. The fund's board is due to consider the loan on Dec. 19, and it has said approval depends on Egypt sticking to its plans. Officials said the measures were needed to reduce the deficit and restore investor confidence.",
"Opposition groups attacked the increases on television talk shows and social media within hours, saying they would hit the poor and accusing the government of rushing them out days before the constitutional referendum. The decree also changes property and income taxes.",
]),
("w20-20", "Tidewell Financial Courier", "2012-12-11T15:00:00Z", "Egypt delays IMF loan after Morsi halts tax rises", [
"Egypt has asked the International Monetary Fund to put off approval of a $4.8 billion loan until next month, Finance Minister Mumtaz al-Said said on Tuesday, a day after President Mohamed Morsi halted tax increases that were a key part of the program agreed with the fund.",
"In a post on his official Facebook page at about 2 a.m. on Monday, Morsi said he had decided to stop the increases from taking effect and had asked the government to hold an open public discussion of them, led by experts, to find out how much support they had. He did not want citizens to bear new burdens, the presidency said. The taxes had been made public only hours earlier.",
"Al-Said said the delay would give officials time to explain the reform package to Egyptians and that the IMF board was now expected to meet in January. Prime Minister Hisham Qandil said Egypt had requested a delay of about a month and that the challenges were economic, not political. The IMF confirmed that Egypt had asked for the postponement.",
]),
# ---------------------------------------------------------------- Argentina and Alberto Nisman, January-February 2015 (1-5)
("w20-21", "Kestle Point Wire", "2015-01-15T12:00:00Z", "Argentine prosecutor accuses Fernandez of shielding Iran over AMIA bombing", [
"Alberto Nisman, the prosecutor investigating the 1994 bombing of the AMIA Jewish community centre in Buenos Aires, accused President Cristina Fernandez de Kirchner on Wednesday of conspiring to shield Iranian officials suspected of the attack, which killed 85 people.",
"In a complaint filed in federal court, Nisman said Fernandez, Foreign Minister Hector Timerman and several political allies had worked out a secret plan to clear the Iranian suspects in exchange for trade, including Iranian oil. He said the 2013 memorandum of understanding with Tehran, which set up a joint truth commission, was part of the scheme, and asked Judge Ariel Lijo to summon the president for questioning and to freeze assets.",
"The government rejected the accusation. Timerman said the agreement had been meant to move the stalled investigation forward and that Argentina had never asked Interpol to withdraw its arrest notices for the Iranian suspects. Cabinet Chief Jorge Capitanich dismissed the complaint as baseless. Nisman is due to explain his findings to a congressional committee on Monday.",
]),
("w20-22", "Oakhollow Ledger", "2015-01-20T12:00:00Z", "Fernandez writes of 'stupor and questions' after prosecutor found dead", [
"President Cristina Fernandez de Kirchner said on Monday that the death of Alberto Nisman, the prosecutor who had accused her of covering up Iran's role in the 1994 AMIA bombing, left stupor and questions, asking in a long letter what had led a person to take the terrible decision to end his own life.",
"Nisman, 51, was found late on Sunday on the bathroom floor of his apartment in the Puerto Madero district with a gunshot wound to the head and a .22-calibre pistol beside him, hours before he was due to present his findings to a congressional committee. Viviana Fein, the prosecutor leading the inquiry, said the first results of the autopsy showed no sign that anyone else had been involved, but that no possibility had been ruled out.",
"In the letter, posted on Facebook and Twitter, Fernandez went over her government's efforts to solve the bombing and wrote the word suicide followed by a question mark. Thousands of people marched in Buenos Aires and other cities on Monday night carrying signs that read \"I am Nisman\".",
]),
("w20-23", "Kestle Point Wire", "2015-01-22T15:00:00Z", "Fernandez now says she is convinced Nisman did not kill himself", [
"President Cristina Fernandez de Kirchner said on Thursday she was convinced that the prosecutor Alberto Nisman did not kill himself, three days after she suggested in a first letter that he had taken his own life.",
"\"The suicide (which I am convinced of) was not a suicide,\" Fernandez wrote in a new letter on her website. She said she had no proof but no doubts either, and that the real operation against her government had been Nisman's death after he accused her. He had been used alive and was then needed dead, she wrote, suggesting that intelligence agents removed from their posts had fed him false information.",
"Fernandez asked why a man who on Saturday evening had sent a Jewish community leader a photograph of his desk ready for Monday's hearing would kill himself, and why he would borrow a gun when two were registered in his name. Nisman's complaint, she wrote, collapsed on its own. Investigators said on Wednesday that tests had found no gunpowder residue on Nisman's hands, which experts said did not rule out suicide with a small-calibre weapon.",
]),
("w20-24", "Oakhollow Ledger", "2015-02-02T20:00:00Z", "Cabinet chief tears up newspaper over report of Nisman arrest request", [
"Argentina's cabinet chief, Jorge Capitanich, tore up pages of the newspaper Clarin in front of reporters on Monday, calling its report that the late prosecutor Alberto Nisman had drafted a request for President Cristina Fernandez de Kirchner's arrest lies and garbage.",
"Clarin reported on Sunday that investigators had found, among papers in Nisman's apartment, a draft of his complaint in which he asked a judge to order the detention of Fernandez and Foreign Minister Hector Timerman. Capitanich said the story was part of a press operation against the government. Later on Monday the office of Viviana Fein, the prosecutor investigating Nisman's death, said in a statement that no such draft existed in the case file.",
"The government is pressing ahead with a bill, announced by Fernandez in a televised address last week, to dissolve the Intelligence Secretariat and replace it with a new federal intelligence agency. Fernandez has said rogue spies were behind the attacks on her government.",
]),
("w20-25", "Kestle Point Wire", "2015-02-03T21:00:00Z", "Prosecutor confirms Nisman drafted request for Fernandez's arrest", [
"The prosecutor investigating Alberto Nisman's death acknowledged on Tuesday that he had drafted a request for the arrest of President Cristina Fernandez de Kirchner, a day after her office denied it and the government dismissed the report as garbage.",
"Viviana Fein said she had made an error of interpretation. The 26-page draft, dated June 2014 and found among papers in the apartment, asked for the detention of Fernandez and Foreign Minister Hector Timerman once they had been stripped of immunity, but the request was left out of the complaint Nisman filed on Jan. 14, she said. Fein said she was under no pressure from the government.",
"Cabinet Chief Jorge Capitanich said the draft had no bearing because it was not part of the complaint, and called the revelation a crude press operation meant to hide a strategy of intelligence agents who had been pushed out. Anibal Fernandez, the secretary general of the presidency, called the prosecutor's reversal a fiasco and said legal blunders in the draft confirmed the government's view that Nisman had not written the complaint himself.",
]),
# ---------------------------------------------------------------- the Philippines' drug war, May 2016-May 2017 (1-2)
("w20-26", "Dunmarrow Chronicle", "2016-05-10T10:00:00Z", "Duterte heads for Philippine presidency on vow to crush crime", [
"Rodrigo Duterte, the tough-talking mayor of Davao City, held a commanding lead in the count from Monday's presidential election, putting him on course to take office on June 30 on a promise to wipe out crime and illegal drugs within months.",
"Duterte, 71, told voters throughout the campaign that he would suppress crime, drugs and corruption within three to six months of taking office, a pledge his rivals called impossible. He has said that drug dealers who resisted arrest would be killed, and has vowed to seek the return of the death penalty.",
"His closest rivals, Manuel Roxas and Grace Poe, conceded within a day of the vote. The official canvass of the vote by Congress is expected later this month. Under the constitution, the outgoing president, Benigno Aquino, was barred from seeking a second term.",
]),
("w20-27", "Dunmarrow Chronicle", "2016-09-19T06:00:00Z", "Duterte asks for six more months to end drug problem", [
"President Rodrigo Duterte asked on Sunday for six more months to rid the Philippines of illegal drugs and crime, saying he had not realised how serious the drug problem was when he promised during his campaign to end it within three to six months.",
"\"Just give me a little extension of maybe another six months,\" Duterte told reporters in Davao City after meeting a Norwegian hostage freed by Abu Sayyaf militants. He said about 700,000 drug users and pushers had surrendered to the police and military since he took office on June 30, and that a list he was preparing of officials linked to the trade ran to about 1,000 names, many of them village chiefs. \"I cannot kill them all,\" he said.",
"Police figures show that more than 3,000 people have been killed in police operations and by unidentified gunmen since the campaign began. Duterte said he would back calls to postpone village elections due in October because drug money had reached the lowest level of government.",
]),
# ---------------------------------------------------------------- Australia's "robodebt", January 2017 (1)
("w20-28", "Oakhollow Ledger", "2017-01-11T06:00:00Z", "Minister refuses to halt Centrelink debt system, says it is working", [
"Australia's human services minister, Alan Tudge, rejected calls on Wednesday to suspend Centrelink's automated system for recovering welfare overpayments, saying it was working and would continue despite complaints that thousands of people had been sent incorrect debt notices.",
"\"The system is working and we will continue with that system,\" Tudge told ABC radio, saying the government had recovered more than $300 million in the past six months. He said he did not accept that the system was fundamentally flawed, and that it used the same method as had been used for many years, only at greater volume. He was not aware of anyone who was sure they owed nothing but had been given a debt notice, he said.",
"The system matches income reported to Centrelink against annual tax office data and has produced nearly 170,000 notices of possible overpayments since July. The opposition has called for it to be suspended, and the Commonwealth Ombudsman has begun an investigation. Tudge said average call waiting times at Centrelink were about 12 minutes.",
]),
# ---------------------------------------------------------------- the Philippines' drug war (3-5)
("w20-29", "Dunmarrow Chronicle", "2017-01-30T10:00:00Z", "Duterte extends drug war to 2022, pulls police out of operations", [
"President Rodrigo Duterte said on Sunday night that his campaign against illegal drugs would go on until the last day of his term in 2022, and ordered the national police out of anti-drug operations after officers were accused of killing a South Korean businessman at their headquarters.",
"\"I will extend it to the last day of my term,\" Duterte told reporters at Malacanang. He had asked in September for six more months, to March, but said that timetable no longer applied because the problem was far larger than he had known, with at least four million Filipinos caught up in drugs. He called the police force corrupt to the core and said he would clean it out.",
"Police chief Ronald dela Rosa said on Monday he had dissolved all police anti-drug units and that officers would concentrate on cleansing their own ranks, with the Philippine Drug Enforcement Agency taking the lead. The police would return to the drug war in time, he said. The businessman, Jee Ick-joo, was abducted in October and killed inside Camp Crame.",
]),
("w20-30", "Kestle Point Wire", "2017-02-28T10:00:00Z", "Duterte brings police back into drug war", [
"President Rodrigo Duterte said on Tuesday he would bring the police back into his campaign against illegal drugs, a month after ordering them out, saying drug activity had risen since the suspension.",
"Duterte said he had told the police chief, Ronald dela Rosa, to recruit young officers with no record of corruption to serve in new anti-drug task forces, one at every station, because the Philippine Drug Enforcement Agency lacked the manpower. The drug agency would remain in overall charge of operations, he said. Duterte said on Monday that drug activity had gone up by about 20 percent since the police stood down.",
"Dela Rosa said the force was forming a new drug enforcement group made up of officers with a clean record and that dealers would be surprised when it began work. He gave no date.",
]),
("w20-31", "Dunmarrow Chronicle", "2017-05-24T12:00:00Z", "Duterte fires drugs board chief over count of drug users", [
"President Rodrigo Duterte fired the chairman of the Dangerous Drugs Board on Wednesday for citing a figure of 1.8 million drug users in the Philippines, well below the 4 million the president has used to justify his crackdown.",
"\"You do not contradict your own government,\" Duterte told reporters on his return from Russia, saying Benjamin Reyes was only a civilian member of a board and not an enforcer of the law. The correct count came from the police and the drug enforcement agency, he said. The board's figure comes from a nationwide survey it commissioned in 2015, which found 1.8 million users.",
"Reyes had told a television interviewer that the survey put users at 1.8 million, though he said intelligence reports suggested the number could be as high as 3 or 4 million. Duterte cut short his visit to Moscow after declaring martial law in Mindanao.",
]),
# ---------------------------------------------------------------- the ARA San Juan, November-December 2017 (1-5)
("w20-32", "Sallowmere Dispatch", "2017-11-19T03:00:00Z", "Argentina says satellite calls likely came from missing submarine", [
"Argentina's defence ministry said on Saturday that seven failed satellite calls received by navy bases were believed to have come from the missing submarine ARA San Juan, a sign that its 44 crew might be trying to re-establish contact.",
"The calls, made between late morning and mid-afternoon, lasted between 4 and 36 seconds and did not connect, the ministry said in a statement. It was working with a U.S. company that specialises in satellite communications to find the exact location of the transmitter. The submarine last reported its position early on Wednesday, about 430 km off the coast of Patagonia, while sailing from Ushuaia to its base at Mar del Plata.",
"Navy spokesman Enrique Balbi said a storm with waves of up to six metres was hampering the search by ships and aircraft from Argentina, the United States, Britain, Chile and Brazil. Defence Minister Oscar Aguad returned early from a trip to Canada to oversee the operation.",
]),
("w20-33", "Sallowmere Dispatch", "2017-11-20T22:00:00Z", "Calls were not from missing submarine, Argentine navy says", [
"Satellite calls detected at the weekend did not come from the missing Argentine submarine ARA San Juan, the navy said on Monday, dashing hopes raised by the defence ministry, as officials disclosed for the first time that the vessel had reported a breakdown before it went silent.",
"\"We've received the report from the company that analysed the signals. The seven attempted calls did not come from the submarine's satellite phone,\" navy spokesman Enrique Balbi told reporters in Buenos Aires. A noise picked up by sonar during the search on Monday had not come from the vessel either, he said.",
"Captain Gabriel Galeazzi, commander of the Mar del Plata naval base, said the submarine had surfaced and reported a short circuit in its batteries in its last communication, and had been ordered to return directly to base. Breakdowns were not unusual and did not necessarily mean an emergency, since a warship has many backup systems, he said. When last heard from, it was sailing submerged at five knots toward Mar del Plata. President Mauricio Macri met relatives of the crew at the base.",
]),
("w20-34", "Quenby Press Agency", "2017-11-23T18:00:00Z", "Navy says sound like an explosion detected near submarine's last position", [
"Argentina's navy said on Thursday that an unusual underwater sound consistent with an explosion was detected near the last known position of the submarine ARA San Juan a few hours after it last made contact on Nov. 15, a blow to relatives waiting for news of its 44 crew.",
"Navy spokesman Enrique Balbi said the event, described by international agencies as abnormal, short, violent and non-nuclear, was recorded at 10:31 a.m. that day about 30 nautical miles north of the submarine's last reported position. The information came from the United States and from the organisation that monitors the nuclear test ban treaty, he said. Balbi would not say what had caused the sound or whether the crew could still be alive, and said the search would go on with all available means.",
"Relatives gathered at the Mar del Plata naval base reacted with anger, some accusing the navy of withholding information. Ships and aircraft from more than a dozen countries are taking part in the search.",
]),
("w20-35", "Sallowmere Dispatch", "2017-11-28T01:00:00Z", "Missing submarine reported water entry and start of fire, message shows", [
"The missing Argentine submarine ARA San Juan reported that seawater had entered its ventilation system and caused a short circuit and the beginning of a fire in a battery compartment, according to the text of its last message, which the navy confirmed on Monday.",
"Navy spokesman Enrique Balbi said water had come in through the snorkel while the crew were charging the batteries, reaching a battery tank at the bow. The captain later reported by satellite phone that the problem had been contained, and the crew isolated the damaged battery and carried on toward Mar del Plata, submerged, on another circuit, he said. The message said the bow batteries were out of service.",
"The navy had said a week ago only that the vessel had reported a breakdown. Relatives said they had not been told about the fire. Balbi said the search would continue, twelve days after contact was lost; experts say the crew had oxygen for up to ten days if the hull remained intact.",
]),
("w20-36", "Quenby Press Agency", "2017-12-01T00:00:00Z", "Argentina ends rescue effort for submarine crew, search goes on", [
"Argentina's navy said on Thursday it had ended the effort to rescue the 44 crew of the submarine ARA San Juan, 15 days after it went missing, but would keep searching for the vessel.",
"Navy spokesman Enrique Balbi said the search for survivors had gone on for more than twice the time considered possible for the crew to survive, and that no trace of the submarine had been found. The operation would now concentrate on locating the hull on the seabed, with help from foreign ships carrying underwater vehicles, he said.",
"Relatives at the Mar del Plata base said they had not been told before the announcement. President Mauricio Macri has promised a thorough investigation into what happened. The German-built submarine entered service in the 1980s and was refitted in Argentina in a project completed in 2014.",
]),
# ---------------------------------------------------------------- Algeria, February-April 2019 (1-5)
("w20-37", "Ambergate Newswire", "2019-02-10T18:00:00Z", "Bouteflika to seek fifth term as Algeria's president", [
"Algerian President Abdelaziz Bouteflika said on Sunday he would run for a fifth term in the April 18 election, ending months of speculation about whether the 81-year-old, rarely seen in public since a stroke in 2013, would stand again.",
"In a letter to the nation carried by the official news agency APS, Bouteflika acknowledged that he no longer had the physical strength he once had, something he said he had never hidden, but said his will to serve the country was intact. If re-elected, he would hold an inclusive national conference before the end of the year to agree political, economic and social reforms, possibly including a revision of the constitution, he wrote.",
"The ruling National Liberation Front and its allies had already urged him to stand. Opposition parties have struggled to agree on a candidate. Bouteflika has been in power since 1999.",
]),
("w20-38", "Ambergate Newswire", "2019-03-03T22:00:00Z", "Bouteflika files candidacy, promises early election if he wins", [
"President Abdelaziz Bouteflika formally entered Algeria's April 18 presidential election on Sunday, and promised that if he won he would not serve a full term but would call an early election in which he would not be a candidate.",
"His new campaign director, Abdelghani Zaalane, submitted the papers to the Constitutional Council hours before the deadline, while Bouteflika remained in a hospital in Geneva, where the presidency said he was undergoing routine medical checks. In a letter read on state television, Bouteflika said he had heard the cry of the protesters, and that if re-elected he would organise a national conference to adopt reforms and a new constitution to be put to a referendum, followed by the early presidential election.",
"Students marched in Algiers and other cities on Sunday against a fifth term, after two Fridays of the largest protests in years. Prime Minister Ahmed Ouyahia told parliament last week that voters would settle the question at the ballot box.",
]),
("w20-39", "Greyhallow Wire", "2019-03-11T19:00:00Z", "Bouteflika drops bid for fifth term, postpones election", [
"President Abdelaziz Bouteflika abandoned his bid for a fifth term on Monday and postponed the April 18 presidential election, after three weeks of mass protests, in a letter to the nation carried by the official news agency.",
"\"There will be no fifth term,\" Bouteflika wrote, saying the new election would be held after an inclusive and independent national conference that would draft a new constitution by the end of the year, with the vote supervised by an independent electoral commission. He said he would not be a candidate under any circumstances, and that he understood the message of the young people who had marched.",
"Prime Minister Ahmed Ouyahia resigned and was replaced by the interior minister, Noureddine Bedoui, with the veteran diplomat Ramtane Lamamra as deputy prime minister. The letter set no date for the vote. Opposition figures said the president was extending his rule beyond the end of his term on April 28, and crowds celebrated in Algiers before calling for more protests.",
]),
("w20-40", "Greyhallow Wire", "2019-03-19T10:00:00Z", "Bouteflika says he will stay until successor is elected", [
"President Abdelaziz Bouteflika said on Monday he would remain in office until a successor is elected after a national conference on reform, brushing aside demands from millions of protesters that he step down when his term ends on April 28.",
"In a letter marking the anniversary of the end of Algeria's war of independence, Bouteflika said the national conference would be held very soon and would set the date of the presidential election. He would hand over his duties to the president chosen freely by the Algerian people, he wrote, and the country was about to enter a new era.",
"The letter was published as the new prime minister, Noureddine Bedoui, held talks on forming a government; Bedoui said last week it would be made up mainly of technocrats. Students and workers have called for new marches on Friday.",
]),
("w20-41", "Ambergate Newswire", "2019-04-03T00:30:00Z", "Bouteflika resigns under pressure from army and protesters", [
"Abdelaziz Bouteflika resigned as president of Algeria on Tuesday with immediate effect, a day after his office said he would step down before his term ended on April 28, bowing to six weeks of protests and to pressure from the army.",
"State television showed the frail 82-year-old handing his letter of resignation to the head of the Constitutional Council. Earlier on Tuesday the army chief of staff, Lieutenant General Ahmed Gaid Salah, had demanded that the constitutional procedure for removing the president be applied immediately, saying there was no room for further delay. Gaid Salah first called on March 26 for the president to be declared unfit to govern under Article 102 of the constitution.",
"On Monday the presidency had said Bouteflika would resign before April 28 after taking important decisions to ensure that state institutions kept working during the transition. Under the constitution the speaker of the upper house, Abdelkader Bensalah, is to serve as interim head of state for up to 90 days while an election is organised.",
]),
# ---------------------------------------------------------------- Australia's "robodebt", November 2019-November 2020 (2-5)
("w20-42", "Oakhollow Ledger", "2019-11-20T03:00:00Z", "Government stops debts based on income averaging alone", [
"The Australian government will no longer raise welfare debts based solely on averaged tax office income data, it said on Tuesday, pausing the heart of the automated \"robodebt\" system it has defended for three years.",
"Government Services Minister Stuart Robert said Centrelink would now require additional proof before raising a debt and would review existing debts calculated that way, freezing recovery while it did so. He described the change as a refinement of the system and said it would affect only a small cohort of people. Robert declined to apologise.",
"The announcement came a day after lawyers for the government signalled that it would not defend a Federal Court challenge brought by a Victorian woman, Deanna Amato, against a debt raised by averaging. A class action on behalf of hundreds of thousands of people is also before the court.",
]),
("w20-43", "Oakhollow Ledger", "2020-05-29T09:00:00Z", "Australia to refund $721 million in robodebts to 470,000 people", [
"The Australian government will refund about $721 million to some 470,000 people whose welfare debts were raised wholly or partly by averaging tax office income data, Government Services Minister Stuart Robert said on Friday.",
"Robert said the government had accepted that income averaging on its own was not a sufficient basis for a debt, and that refunds would begin in July. Centrelink would contact the people affected, and debts that had not yet been repaid would be cancelled, he said. Robert declined to apologise to those who had been pursued for the debts.",
"Six months ago Robert described the halt to averaging as a refinement affecting a small cohort. The opposition called the refunds a backflip and said ministers should apologise. A class action over the scheme is due to go to trial in July.",
]),
("w20-44", "Fennick Bay Herald", "2020-06-11T06:00:00Z", "Morrison apologises for 'any hurt or harm' over robodebt", [
"Prime Minister Scott Morrison apologised in parliament on Thursday for any hurt or harm caused by the government's handling of welfare debts raised by its automated \"robodebt\" system, after his ministers had declined to do so.",
"\"I would apologise for any hurt or harm in the way that the government has dealt with that issue, and to anyone else who has found themselves in those situations,\" Morrison said in answer to a question from the opposition. It was the first apology by a member of the government over the scheme, under which 470,000 debts are being refunded.",
"Government Services Minister Stuart Robert and Attorney-General Christian Porter declined to apologise when the refunds were announced last month, and Porter described averaging as legally insufficient. The opposition said the apology had been a long time coming.",
]),
("w20-45", "Fennick Bay Herald", "2020-11-17T04:00:00Z", "Robodebt class action settled for $1.2 billion; minister joins apology", [
"The Australian government has agreed to settle a class action over its \"robodebt\" welfare scheme in a deal worth about $1.2 billion, it said on Monday.",
"Under the settlement, the government will pay $112 million in compensation and interest, on top of $721 million in refunds already under way, and will drop about $398 million in debts that remain unpaid. The government admitted in the case that it had no proper legal basis to raise debts on averaged income alone, but did not admit negligence.",
"Asked on Tuesday whether he would now apologise, Government Services Minister Stuart Robert said the prime minister had already apologised on behalf of parliament and that he joined him in that apology. He said income averaging had been used by governments since the Hawke and Keating era, some 30 years ago, and that the current government had decided further proof was needed.",
]),
# ---------------------------------------------------------------- Tunisia, July 2021-March 2022 (1-5)
("w20-46", "Brightwater Cross Service", "2021-07-26T02:00:00Z", "Tunisia's president sacks prime minister, freezes parliament", [
"Tunisian President Kais Saied dismissed Prime Minister Hichem Mechichi and froze the work of parliament for 30 days on Sunday night, saying he was acting under the constitution to save the country after a day of protests over the economy and the handling of the coronavirus.",
"Speaking after an emergency meeting with military and security chiefs, Saied said he would exercise executive power with the help of a new head of government whom he would appoint, and that the immunity of members of parliament was lifted. He invoked Article 80, which allows exceptional measures in the event of imminent danger. \"The constitution does not allow the dissolution of parliament, but it does allow its work to be suspended,\" he said, and warned that anyone who resorted to violence would be met by the armed forces.",
"Rached Ghannouchi, the speaker of parliament and leader of the Islamist Ennahda party, called the move a coup against the revolution and the constitution. Crowds celebrated in the streets of Tunis overnight, and troops surrounded the parliament building.",
]),
("w20-47", "Brightwater Cross Service", "2021-08-24T08:00:00Z", "Saied extends suspension of Tunisia's parliament until further notice", [
"Tunisian President Kais Saied has extended the suspension of parliament until further notice, his office said late on Monday, minutes before the 30 days he set when he seized executive power on July 25 were due to run out.",
"A presidential decree also kept in place the lifting of immunity for members of parliament, the presidency said in a brief statement on its Facebook page, adding that the president would address the nation in the coming days. The statement gave no reason for the extension.",
"Saied has yet to name a prime minister or set out a plan, despite appeals from political parties and foreign governments. He has promised to protect rights and freedoms, and told a visiting journalist last month that he was not going to begin a career as a dictator at his age. Several politicians and businessmen have since been arrested or barred from travelling.",
]),
("w20-48", "Kestle Point Wire", "2021-09-23T08:00:00Z", "Saied to rule by decree, sets aside much of Tunisia's constitution", [
"Tunisian President Kais Saied will rule by decree and set aside much of the constitution while he prepares changes to the political system, under measures published on Wednesday that his opponents said amounted to abolishing the 2014 charter.",
"Under the decree, the president will issue laws in the form of decree-laws that cannot be challenged in the courts, appoint the cabinet and set its policies. Parliament will stay suspended, and its members will no longer be paid. Only the preamble and the parts of the constitution that do not conflict with the president's new powers will remain in force, and a committee will help draft amendments to establish what Saied called a true democracy in which the people are sovereign.",
"Saied set no time limit on the measures. On Monday, in Sidi Bouzid, he said the exceptional measures would continue and that he would appoint a head of government under transitional provisions. Ennahda's leader, Rached Ghannouchi, said the decree meant the constitution had been cancelled.",
]),
("w20-49", "Brightwater Cross Service", "2021-12-14T08:00:00Z", "Saied sets July referendum and December 2022 elections", [
"Tunisian President Kais Saied said on Monday that a referendum on constitutional reforms would be held on July 25 next year and parliamentary elections on Dec. 17, 2022, and that the suspended parliament would remain frozen until then.",
"In a televised address, Saied said an online public consultation on the reforms would run from Jan. 1 to March 20, after which a committee would draft proposals. The elections would be held under a new electoral law, he said. He also urged the judiciary to act against those who had committed crimes against the state.",
"The timetable was the first Saied has given since he assumed executive powers in July. The United States and European governments had urged him to set a clear path back to parliamentary rule. Najla Bouden, whom Saied named prime minister in September, leads a government sworn in in October.",
]),
("w20-50", "Kestle Point Wire", "2022-03-31T20:00:00Z", "Saied rules out elections within three months after dissolving parliament", [
"Tunisian President Kais Saied said on Thursday that there would be no parliamentary elections within three months, a day after he dissolved the parliament he had suspended last July.",
"Saied announced the dissolution on Wednesday night at a meeting of the National Security Council, hours after more than 100 members held an online session and voted to cancel the exceptional measures under which he has governed by decree. He called the session a failed coup attempt and said he was acting to protect the state, its institutions and the Tunisian people. The justice minister asked prosecutors to open an investigation into the members who took part.",
"Opposition leaders said the constitution required new elections within 90 days of a dissolution. Saied rejected that reading, saying he did not know where it came from, and said the referendum on July 25 and the elections on Dec. 17 would go ahead as planned.",
]),
]

STATEMENTS = {
"w20-01": [["fiji", "hold a general election by March 2009"], ["fiji", "vote would be held in the first"],
           ["fiji", "the military would accept the result"], ["pacific-islands-forum", "welcomed the commitment in its communique"],
           ["pacific-islands-forum", "draw up a credible roadmap to"], ["pacific-islands-forum", "agreed a seven-point position"],
           ["pacific-islands-forum", "would review progress early next year"]],
"w20-02": [["myanmar", "thousands of people had been killed"], ["myanmar", "would go ahead as planned on Saturday"],
           ["myanmar", "several thousand dead and nearly 3,000 missing"], ["myanmar", "provisional count was about 10,000 dead"],
           ["myanmar", "would welcome international assistance"], ["myanmar", "would take place on May 10"],
           ["united-nations", "given a careful green light"], ["united-nations", "preparing food, water and shelter"]],
"w20-03": [["myanmar", "would postpone its constitutional referendum"], ["myanmar", "raised the death toll to 22,464"],
           ["myanmar", "would be held on May 24"], ["myanmar", "would proceed on Saturday as scheduled"],
           ["myanmar", "10,000 people had died in Bogalay"], ["myanmar", "has accepted offers of supplies"],
           ["united-nations", "hundreds of thousands of people were without"]],
"w20-04": [["myanmar", "will accept foreign relief supplies"], ["myanmar", "not ready to let in foreign"],
           ["myanmar", "given priority to receiving emergency provisions"], ["myanmar", "to the delta by its own means"],
           ["myanmar", "could best help victims by donating"], ["myanmar", "not yet ready to receive search"],
           ["myanmar", "had not known that the Qatari plane"], ["united-nations", "had impounded food it had flown"],
           ["united-nations", "hold back further flights"], ["united-nations", "visas for dozens of relief experts"]],
"w20-05": [["myanmar", "would accept aid from any country"], ["myanmar", "foreign relief workers would not be allowed"],
           ["myanmar", "delivery of relief goods could be handled"], ["myanmar", "Foreigners would not be permitted to enter"],
           ["myanmar", "risen to more than 28,000 dead"], ["united-nations", "deep concern and immense frustration"],
           ["united-nations", "the unacceptably slow response to the crisis"], ["united-nations", "still trying to reach the junta's leader"],
           ["united-nations", "resumed its flights on Saturday"]],
"w20-06": [["myanmar", "agreed to let in all foreign aid"], ["united-nations", "He has agreed to allow all aid"],
           ["united-nations", "he thought it was a breakthrough"], ["myanmar", "Yangon airport could serve as a hub"],
           ["myanmar", "put the toll at 77,738 dead"], ["united-nations", "Ban will return to Yangon on Sunday"]],
"w20-07": [["pacific-islands-forum", "expressed deep disappointment"], ["pacific-islands-forum", "urged his government to hold elections"],
           ["fiji", "he would not attend"], ["fiji", "cannot take place by March next year"],
           ["fiji", "no vote will be held until"], ["fiji", "reached the end of the road"],
           ["pacific-islands-forum", "had not been forced on him"], ["pacific-islands-forum", "agreed to and accepted the seven-point"],
           ["pacific-islands-forum", "consider a special meeting before the end"], ["pacific-islands-forum", "could include suspension from the Forum"]],
"w20-08": [["pacific-islands-forum", "until May 1 to announce a date"], ["pacific-islands-forum", "constitutional rule was not acceptable"],
           ["pacific-islands-forum", "would be barred from Forum leaders' meetings"], ["pacific-islands-forum", "condemned its failure to hold the elections"],
           ["fiji", "electoral reform under the People's Charter"], ["fiji", "did not matter if that took"]],
"w20-09": [["fiji", "administration would step aside"], ["fiji", "would vacate their offices in line"],
           ["fiji", "go back to commanding the military"]],
"w20-10": [["fiji", "sworn in again as Fiji's prime minister"], ["fiji", "abrogating the 1997 constitution"],
           ["fiji", "dismissing every judge in the country"], ["fiji", "what he called a new legal order"],
           ["fiji", "would need about five years"], ["fiji", "would be held by September 2014"],
           ["fiji", "officials told newsrooms not to publish"], ["fiji", "allow the security forces to ban gatherings"], ["fiji", "reappointed nine ministers from his former"],
           ["fiji", "basic rights of all citizens"], ["united-nations", "called for calm and full respect"]],
"w20-11": [["pacific-islands-forum", "suspended Fiji with immediate effect"], ["pacific-islands-forum", "had shown no intention of returning"],
           ["pacific-islands-forum", "barred from Forum meetings"], ["pacific-islands-forum", "receive no new development assistance"],
           ["fiji", "was not an interim one"], ["fiji", "no election would be held before 2014"],
           ["fiji", "state of emergency has been extended"], ["fiji", "censors remain in the country's newsrooms"]],
"w20-12": [["chile", "killing at least 78 people"], ["chile", "large waves were expected along the coast"],
           ["chile", "but that there was no tsunami"], ["chile", "the epicentre was on land"],
           ["chile", "a tsunami was therefore not expected"], ["chile", "asked Chileans to stay calm"],
           ["chile", "did not need much help from"], ["chile", "would first assess the damage"],
           ["chile", "offers of assistance were welcome"]],
"w20-13": [["chile", "rose to 708 on Sunday"], ["chile", "placed the two worst-hit regions"],
           ["chile", "had made a mistake by not issuing"], ["chile", "What happened here was a tsunami"],
           ["chile", "port captains had sounded alarms"], ["chile", "an emergency without parallel in its history"],
           ["chile", "sent thousands of soldiers to Concepcion"], ["chile", "imposed a curfew there from Sunday"],
           ["chile", "some 2 million people had been affected"]],
"w20-14": [["chile", "asked other countries on Tuesday for"], ["chile", "foreign cooperation to meet the country's"],
           ["chile", "had needed time to find out"], ["chile", "lacked the bridges and roads"],
           ["chile", "795 people had died"], ["chile", "about 500,000 homes had been damaged"],
           ["chile", "put the cost at about $30 billion"]],
"w20-15": [["chile", "cut the official death toll"], ["chile", "had wrongly included people who were missing"],
           ["chile", "names of 279 people who had been"], ["chile", "would be updated regularly"],
           ["chile", "missing had been added to the dead"], ["chile", "revised to 316 from 587"],
           ["chile", "the number of dead changes daily"], ["chile", "hundreds of bodies have yet to"],
           ["chile", "removed the head of its hydrographic"], ["chile", "acknowledged that the information it sent"]],
"w20-16": [["egypt", "granted himself sweeping new powers"], ["egypt", "could not be challenged in any court"],
           ["egypt", "were final and binding and could"], ["egypt", "No judicial body may dissolve"],
           ["egypt", "deadline was extended by two months"], ["egypt", "dismissed the prosecutor general"],
           ["egypt", "ordered new trials of officials"], ["egypt", "needed to protect the revolution"],
           ["egypt", "would speed the end of the transition"]],
"w20-17": [["egypt", "will not change his decree"], ["egypt", "only to what he called sovereign"],
           ["egypt", "No change was made to the declaration"], ["egypt", "stressed his respect for the judiciary"],
           ["egypt", "would lapse once a new constitution"], ["egypt", "only if new evidence emerged"]],
"w20-18": [["egypt", "has annulled the decree that put"], ["egypt", "will vote on the new constitution"],
           ["egypt", "cancelling the one of Nov. 22"], ["egypt", "prosecutor general, would stand"],
           ["egypt", "The referendum date could not be changed"], ["egypt", "might agree to delay the vote"]],
"w20-19": [["egypt", "has raised sales taxes on a long"], ["egypt", "form part of an economic program"],
           ["egypt", "needed to reduce the deficit"], ["egypt", "also changes property and income taxes"]],
"w20-20": [["egypt", "asked the International Monetary Fund to put"], ["egypt", "stop the increases from taking effect"],
           ["egypt", "hold an open public discussion"], ["egypt", "did not want citizens to bear"],
           ["egypt", "give officials time to explain"], ["egypt", "expected to meet in January"],
           ["egypt", "requested a delay of about a month"], ["egypt", "the challenges were economic, not political"]],
"w20-21": [["argentina", "The government rejected the accusation"], ["argentina", "meant to move the stalled investigation forward"],
           ["argentina", "never asked Interpol to withdraw"], ["argentina", "dismissed the complaint as baseless"]],
"w20-22": [["argentina", "left stupor and questions"], ["argentina", "what had led a person to"],
           ["argentina", "terrible decision to end his own"], ["argentina", "went over her government's efforts"],
           ["argentina", "wrote the word suicide followed by"]],
"w20-23": [["argentina", "she was convinced that the prosecutor"], ["argentina", "which I am convinced of"],
           ["argentina", "no proof but no doubts either"], ["argentina", "the real operation against her government"],
           ["argentina", "used alive and was then needed dead"], ["argentina", "fed him false information"],
           ["argentina", "why he would borrow a gun"], ["argentina", "a photograph of his desk ready"], ["argentina", "collapsed on its own"]],
"w20-24": [["argentina", "lies and garbage"], ["argentina", "part of a press operation against"],
           ["argentina", "pressing ahead with a bill"], ["argentina", "rogue spies were behind the attacks"]],
"w20-25": [["argentina", "had no bearing because it was"], ["argentina", "a crude press operation meant to"],
           ["argentina", "called the prosecutor's reversal a fiasco"], ["argentina", "Nisman had not written the complaint himself"]],
"w20-26": [["philippines", "suppress crime, drugs and corruption within"], ["philippines", "drug dealers who resisted arrest"],
           ["philippines", "seek the return of the death penalty"]],
"w20-27": [["philippines", "asked on Sunday for six more"], ["philippines", "had not realised how serious the drug"],
           ["philippines", "a little extension of maybe another"], ["philippines", "about 700,000 drug users and pushers"],
           ["philippines", "ran to about 1,000 names"], ["philippines", "I cannot kill them all"],
           ["philippines", "more than 3,000 people have been killed"], ["philippines", "back calls to postpone village elections"]],
"w20-28": [["australia", "rejected calls on Wednesday to suspend"], ["australia", "The system is working and we"],
           ["australia", "recovered more than $300 million"], ["australia", "not accept that the system was"],
           ["australia", "only at greater volume"], ["australia", "not aware of anyone who was"],
           ["australia", "call waiting times at Centrelink were"]],
"w20-29": [["philippines", "would go on until the last day"], ["philippines", "ordered the national police out"],
           ["philippines", "I will extend it to the"], ["philippines", "that timetable no longer applied"],
           ["philippines", "at least four million Filipinos"], ["philippines", "corrupt to the core"], ["philippines", "said he would clean it out"],
           ["philippines", "dissolved all police anti-drug units"], ["philippines", "cleansing their own ranks"],
           ["philippines", "would return to the drug war"]],
"w20-30": [["philippines", "bring the police back into"], ["philippines", "recruit young officers with no record"],
           ["philippines", "lacked the manpower"], ["philippines", "would remain in overall charge"],
           ["philippines", "gone up by about 20 percent"], ["philippines", "forming a new drug enforcement group"],
           ["philippines", "dealers would be surprised"]],
"w20-31": [["philippines", "fired the chairman of the Dangerous"], ["philippines", "4 million the president has used"],
           ["philippines", "You do not contradict your own"], ["philippines", "only a civilian member of a"],
           ["philippines", "The correct count came from"], ["philippines", "which found 1.8 million users"],
           ["philippines", "the survey put users at 1.8"], ["philippines", "could be as high as 3"],
           ["philippines", "after declaring martial law in Mindanao"]],
"w20-32": [["argentina", "believed to have come from the missing"], ["argentina", "might be trying to re-establish contact"],
           ["argentina", "lasted between 4 and 36 seconds"], ["argentina", "working with a U.S. company"],
           ["argentina", "last reported its position early on"], ["argentina", "hampering the search by ships"]],
"w20-33": [["argentina", "did not come from the missing"], ["argentina", "The seven attempted calls did not"],
           ["argentina", "had not come from the vessel"], ["argentina", "reported a short circuit in its"],
           ["argentina", "ordered to return directly to base"], ["argentina", "did not necessarily mean an emergency"],
           ["argentina", "sailing submerged at five knots"]],
"w20-34": [["argentina", "consistent with an explosion was detected"], ["argentina", "recorded at 10:31 a.m."],
           ["argentina", "30 nautical miles north of the"], ["argentina", "came from the United States and"],
           ["argentina", "would not say what had caused"], ["argentina", "search would go on with all"]],
"w20-35": [["argentina", "seawater had entered its ventilation system"], ["argentina", "which the navy confirmed on Monday"],
           ["argentina", "water had come in through the"], ["argentina", "problem had been contained"],
           ["argentina", "isolated the damaged battery"], ["argentina", "bow batteries were out of service"],
           ["argentina", "search would continue, twelve days"]],
"w20-36": [["argentina", "ended the effort to rescue the"], ["argentina", "would keep searching for the vessel"],
           ["argentina", "more than twice the time considered"], ["argentina", "no trace of the submarine had"],
           ["argentina", "concentrate on locating the hull"], ["argentina", "promised a thorough investigation"]],
"w20-37": [["algeria", "would run for a fifth term"], ["algeria", "no longer had the physical strength"],
           ["algeria", "his will to serve the country"], ["algeria", "hold an inclusive national conference"],
           ["algeria", "possibly including a revision of the constitution"]],
"w20-38": [["algeria", "formally entered Algeria's April 18"], ["algeria", "would not serve a full term"],
           ["algeria", "call an early election in which"], ["algeria", "undergoing routine medical checks"],
           ["algeria", "had heard the cry of the"], ["algeria", "organise a national conference to adopt"],
           ["algeria", "voters would settle the question"]],
"w20-39": [["algeria", "abandoned his bid for a fifth term"], ["algeria", "postponed the April 18 presidential election"],
           ["algeria", "There will be no fifth term"], ["algeria", "new election would be held after an"], ["algeria", "draft a new constitution by the end"],
           ["algeria", "supervised by an independent electoral commission"], ["algeria", "would not be a candidate under"],
           ["algeria", "understood the message of the young"], ["algeria", "Ouyahia resigned and was replaced"],
           ["algeria", "set no date for the vote"]],
"w20-40": [["algeria", "would remain in office until a"], ["algeria", "would be held very soon"],
           ["algeria", "would set the date of the"], ["algeria", "hand over his duties to the"],
           ["algeria", "about to enter a new era"], ["algeria", "made up mainly of technocrats"]],
"w20-41": [["algeria", "resigned as president of Algeria"], ["algeria", "procedure for removing the president be"],
           ["algeria", "no room for further delay"], ["algeria", "be declared unfit to govern"],
           ["algeria", "would resign before April 28 after"], ["algeria", "ensure that state institutions kept working"]],
"w20-42": [["australia", "will no longer raise welfare debts"], ["australia", "require additional proof before raising"],
           ["australia", "review existing debts calculated"], ["australia", "freezing recovery while it did so"],
           ["australia", "a refinement of the system"], ["australia", "only a small cohort of people"],
           ["australia", "Robert declined to apologise"], ["australia", "would not defend a Federal Court"]],
"w20-43": [["australia", "will refund about $721 million"], ["australia", "some 470,000 people whose welfare debts"],
           ["australia", "not a sufficient basis for a"], ["australia", "refunds would begin in July"],
           ["australia", "would contact the people affected"], ["australia", "had not yet been repaid would be"],
           ["australia", "declined to apologise to those"]],
"w20-44": [["australia", "apologised in parliament on Thursday"], ["australia", "I would apologise for any hurt"],
           ["australia", "470,000 debts are being refunded"], ["australia", "described averaging as legally insufficient"]],
"w20-45": [["australia", "agreed to settle a class action"], ["australia", "pay $112 million in compensation"],
           ["australia", "drop about $398 million in debts"], ["australia", "had no proper legal basis"],
           ["australia", "did not admit negligence"], ["australia", "joined him in that apology"],
           ["australia", "since the Hawke and Keating era"], ["australia", "decided further proof was needed"]],
"w20-46": [["tunisia", "dismissed Prime Minister Hichem Mechichi"], ["tunisia", "froze the work of parliament"],
           ["tunisia", "acting under the constitution to save"], ["tunisia", "exercise executive power with the help"],
           ["tunisia", "immunity of members of parliament was"], ["tunisia", "He invoked Article 80, which allows"],
           ["tunisia", "does not allow the dissolution of parliament"], ["tunisia", "would be met by the armed forces"]],
"w20-47": [["tunisia", "extended the suspension of parliament until"], ["tunisia", "kept in place the lifting of"],
           ["tunisia", "would address the nation in the"], ["tunisia", "promised to protect rights and freedoms"],
           ["tunisia", "not going to begin a career"]],
"w20-48": [["tunisia", "will rule by decree and set"], ["tunisia", "cannot be challenged in the courts"],
           ["tunisia", "appoint the cabinet and set its"], ["tunisia", "Parliament will stay suspended"],
           ["tunisia", "will no longer be paid"], ["tunisia", "Only the preamble and the parts"],
           ["tunisia", "a true democracy in which the"], ["tunisia", "a committee will help draft amendments"], ["tunisia", "set no time limit on the"],
           ["tunisia", "exceptional measures would continue"], ["tunisia", "appoint a head of government under"]],
"w20-49": [["tunisia", "a referendum on constitutional reforms would"], ["tunisia", "parliamentary elections on Dec. 17, 2022"],
           ["tunisia", "would remain frozen until then"], ["tunisia", "run from Jan. 1 to March 20"],
           ["tunisia", "under a new electoral law"], ["tunisia", "urged the judiciary to act against"]],
"w20-50": [["tunisia", "no parliamentary elections within three months"], ["tunisia", "dissolved the parliament he had suspended"],
           ["tunisia", "called the session a failed coup"], ["tunisia", "to protect the state, its institutions"],
           ["tunisia", "asked prosecutors to open an investigation"], ["tunisia", "Saied rejected that reading"],
           ["tunisia", "would go ahead as planned"]],
}

OPTIONAL = {
"w20-03": [["myanmar", "officials said the referendum would go ahead"]],
"w20-06": [["myanmar", "had kept most foreign experts out"]],
"w20-07": [["fiji", "as he had promised in Tonga"]],
"w20-08": [["fiji", "as it had undertaken in Tonga"]],
"w20-10": [["fiji", "he said it would step aside"]],
"w20-14": [["chile", "did not need much outside help"]],
"w20-23": [["argentina", "suggested in a first letter that"]],
"w20-25": [["argentina", "the government dismissed the report as garbage"]],
"w20-26": [["philippines", "a promise to wipe out crime"]],
"w20-27": [["philippines", "promised during his campaign to end it"]],
"w20-29": [["philippines", "had asked in September for six"]],
"w20-35": [["argentina", "had said a week ago only"]],
"w20-41": [["algeria", "his office said he would step down"]],
"w20-43": [["australia", "described the halt to averaging as"]],
"w20-44": [["australia", "declined to apologise when the refunds"]],
"w20-45": [["australia", "had already apologised on behalf of"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["w20-04", "w20-06", "myanmar", "stance-reversal: the foreign ministry said the country would take supplies and carry them to the delta by its own means and was not yet ready to receive foreign rescue teams; two weeks later the junta leader agrees to let in all aid workers regardless of nationality"],
["w20-12", "w20-14", "chile", "stance-reversal: the president said Chile did not need much help from other countries for the moment and would first assess the damage; three days later Chile asks other countries for field hospitals, satellite telephones, generators and temporary bridges"],
["w20-17", "w20-18", "egypt", "stance-reversal: after meeting the judges the presidency said no change was made to the declaration and the president would not change his decree; twelve days later the decree is annulled"],
["w20-22", "w20-23", "argentina", "stance-reversal: the president asked what had led a person to take the terrible decision to end his own life, writing suicide with a question mark; three days later she says she is convinced the suicide was not a suicide"],
["w20-28", "w20-42", "australia", "stance-reversal: the minister said the system was working and would continue, rejecting calls to suspend it and denying it was fundamentally flawed; the government later stops raising debts on averaged income alone and freezes recovery of those debts"],
["w20-43", "w20-44", "australia", "stance-reversal: the minister declined to apologise to those pursued for the debts; two weeks later the prime minister apologises in parliament for any hurt or harm"],
# commitments reversed in other words
["w20-01", "w20-07", "fiji", "commitment-reversed: the interim prime minister undertook to hold a general election by March 2009; ten months later his government says the election cannot take place by March next year and no vote will be held until the People's Charter reforms"],
["w20-09", "w20-10", "fiji", "commitment-reversed: after the court ruling the interim prime minister said his administration would step aside and he would go back to commanding the military; two days later he is sworn in again as prime minister under an abrogated constitution"],
["w20-16", "w20-18", "egypt", "commitment-reversed: the president's decisions were declared final and binding, beyond appeal until a new constitution and parliament are in place; sixteen days later the declaration is annulled"],
["w20-19", "w20-20", "egypt", "commitment-reversed: sales taxes are raised on a long list of goods by presidential decree as part of the IMF program; hours later the president stops the increases from taking effect and the loan is put off"],
["w20-37", "w20-39", "algeria", "commitment-reversed: the president said he would run for a fifth term; a month later he abandons his bid and says there will be no fifth term"],
["w20-40", "w20-41", "algeria", "commitment-reversed: the president said he would remain in office until a successor is elected after a national conference; two weeks later he resigns with immediate effect"],
["w20-46", "w20-47", "tunisia", "commitment-reversed: the president froze parliament for 30 days; when the 30 days run out he extends the suspension until further notice"],
# denial then action
["w20-46", "w20-50", "tunisia", "denial-then-action: the president said the constitution does not allow the dissolution of parliament, only the suspension of its work; eight months later he dissolves it"],
# report denied, then borne out
["w20-24", "w20-25", "argentina", "report-denied: the cabinet chief called the report that Nisman had drafted a request for the president's arrest lies and garbage; the next day the prosecutor confirms the draft exists and the government calls it of no bearing"],
# claims negated
["w20-12", "w20-13", "chile", "claim-negated: the president said large waves were expected but there was no tsunami, the navy having said the epicentre was on land; the next day the defence minister says the navy made a mistake and that what happened was a tsunami"],
["w20-42", "w20-43", "australia", "claim-negated: the minister said the change would affect only a small cohort of people; six months later the government refunds some 470,000 debts worth about $721 million"],
["w20-32", "w20-33", "argentina", "claim-negated: the defence ministry said seven satellite calls were believed to have come from the missing submarine; two days later the navy says the calls did not come from it"],
# numbers that do not match
["w20-14", "w20-15", "chile", "number-mismatch: the emergency office said 795 people had died; three days later the government cuts the count, saying the earlier 802 wrongly included the missing, and reads out 279 identified dead"],
["w20-29", "w20-31", "philippines", "number-mismatch: the president put the number caught up in drugs at at least four million; the government's own drugs board cites a survey that found 1.8 million users"],
# dates moved
["w20-01", "w20-10", "fiji", "date-mismatch: an election by March 2009, in the first quarter of the year; eighteen months later the president says elections will be held by September 2014"],
["w20-02", "w20-03", "myanmar", "date-mismatch: the referendum would go ahead as planned on Saturday, May 10, across the country; the next day voting in 47 townships is put off to May 24"],
["w20-38", "w20-39", "algeria", "date-mismatch: the president formally entered the April 18 election; eight days later the election of April 18 is postponed, with no new date"],
["w20-26", "w20-27", "philippines", "date-mismatch: crime and drugs were to be suppressed within three to six months of taking office; three months in, the president asks for another six months"],
["w20-27", "w20-29", "philippines", "date-mismatch: a little extension of maybe another six months, to March; four months later the campaign is to go on until the last day of the term in 2022 and the March timetable no longer applies"],
]

AMBIGUOUS = [
["w20-02", "w20-04"],  # international assistance welcomed, then supplies only and no foreign rescue teams: different scopes
["w20-05", "w20-06"],  # foreigners barred from the disaster areas, then all aid workers let in: carried by w20-04/w20-06
["w20-01", "w20-08"],  # elections by March 2009, then reform first even if it takes five to ten years: carried by w20-01/w20-07
["w20-01", "w20-11"],  # elections by March 2009, then none before 2014: carried by w20-01/w20-10
["w20-12", "w20-15"],  # no tsunami, then a breakdown in the tsunami warning acknowledged: carried by w20-12/w20-13
["w20-13", "w20-15"],  # 708 dead, then 279 identified dead: carried by w20-14/w20-15
["w20-16", "w20-17"],  # every decree final and beyond appeal, then immunity only for sovereign matters
["w20-26", "w20-29"],  # three to six months, then until 2022: carried by w20-26/w20-27 and w20-27/w20-29
["w20-28", "w20-43"],  # the system is working, then 470,000 debts refunded: carried by w20-28/w20-42
["w20-42", "w20-44"],  # the minister declines to apologise, then the prime minister apologises: carried by w20-43/w20-44
["w20-43", "w20-45"],  # the minister declines to apologise, then joins the prime minister's apology: carried by w20-43/w20-44
["w20-42", "w20-45"],  # a small cohort, then a $1.2 billion settlement: carried by w20-42/w20-43
["w20-33", "w20-35"],  # a short circuit that did not necessarily mean an emergency, then seawater, the start of a fire and bow batteries out of service
["w20-39", "w20-41"],  # an election after the conference with no date, then resignation before the term ends
["w20-46", "w20-48"],  # acting under the constitution, then much of the constitution set aside by decree
["w20-49", "w20-50"],  # parliament to stay frozen until the December 2022 elections, then dissolved
]

TRAPS = [
["w20-04", "w20-05", "a consistent restatement: supplies welcome but no foreign rescue teams, then aid from any country but no foreigners in the disaster areas"],
["w20-03", "w20-05", "counts that grow: 22,464 dead and 41,054 missing, then more than 28,000 dead as the count goes on"],
["w20-03", "w20-06", "counts that grow: 22,464 dead, then 77,738 dead and 55,917 missing as the toll is established"],
["w20-07", "w20-08", "a consistent restatement: no vote until the People's Charter reforms are adopted, then reform first even if it takes five to ten years"],
["w20-10", "w20-11", "a consistent restatement: elections by September 2014, then no election before 2014"],
["w20-08", "w20-11", "a stated deadline kept: the Forum gives Fiji until May 1 to name an election date or face suspension, and suspends it when the date passes"],
["w20-13", "w20-14", "counts that grow: 708 dead on Sunday, then 795 on Tuesday"],
["w20-21", "w20-23", "a consistent restatement: the government rejects the prosecutor's complaint, and the president later writes that it collapsed on its own"],
["w20-23", "w20-24", "a consistent restatement: intelligence agents removed from their posts fed the prosecutor false information, then rogue spies were behind the attacks on the government"],
["w20-27", "w20-31", "different things counted: about 700,000 drug users and pushers who surrendered, and survey estimates of all drug users in the country"],
["w20-29", "w20-30", "an update explained as such: police pulled out of drug operations to cleanse their ranks, with the police chief saying they would return; a month later they are brought back under the drug agency's oversight"],
["w20-44", "w20-45", "a consistent restatement: the prime minister apologises for any hurt or harm, and the minister later joins that apology"],
["w20-35", "w20-36", "different scopes: the search would continue, then the rescue of the crew ends while the search for the hull goes on"],
["w20-37", "w20-38", "a consistent restatement: a fifth-term candidacy announced, then filed with a promise to call an early election in which he would not stand"],
["w20-39", "w20-40", "a consistent restatement: an election after a national conference, then the president staying until a successor is elected after that conference"],
["w20-47", "w20-48", "a consistent restatement: parliament suspended until further notice, then kept suspended with no time limit"],
["w20-48", "w20-49", "an undecided matter, then decided: no time limit on the measures, then a referendum on July 25 and elections on Dec. 17, 2022"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
