#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-22, then checks them.

Every document retells a real, dated public event in the project's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "maldives", "name": "Maldives",
     "aliases": ["Maldivian government", "Male", "President's Office", "Maldives Police Service", "Maldivian police",
                 "Yameen government", "Maldivian authorities"],
     "speakers": [
         {"name": "Abdulla Yameen", "role": "President", "from": "2013-11-17", "to": "2018-11-17"},
         {"name": "Mohamed Anil", "role": "Attorney General", "from": "2015-01-01", "to": "2018-11-17"},
         {"name": "Ahmed Areef", "role": "Commissioner of Police", "from": "2017-01-01", "to": "2018-02-02"},
         {"name": "Azima Shakoor", "role": "Minister of Legal Affairs", "from": "2017-01-01", "to": "2018-11-17"}]},
    {"type": "actor", "id": "mali", "name": "Mali",
     "aliases": ["Malian government", "Bamako", "transitional government", "National Committee for the Salvation of the People",
                 "CNSP", "Malian junta", "junta", "military government", "Malian authorities"],
     "speakers": [
         {"name": "Ismael Wague", "role": "Spokesman, National Committee for the Salvation of the People", "from": "2020-08-19", "to": "2021-01-18"},
         {"name": "Assimi Goita", "role": "Chairman, National Committee for the Salvation of the People", "from": "2020-08-19", "to": "2020-09-25"},
         {"name": "Assimi Goita", "role": "Vice President of the Transition", "from": "2020-09-25", "to": "2021-05-28"},
         {"name": "Assimi Goita", "role": "Transitional President", "from": "2021-05-28", "to": ONGOING},
         {"name": "Abdoulaye Diop", "role": "Foreign Minister", "from": "2021-06-11", "to": ONGOING},
         {"name": "Abdoulaye Maiga", "role": "Minister of Territorial Administration and Government Spokesman", "from": "2021-06-11", "to": "2024-11-21"},
         {"name": "Choguel Kokalla Maiga", "role": "Prime Minister", "from": "2021-06-07", "to": "2024-11-20"}]},
    {"type": "actor", "id": "ecowas", "name": "Economic Community of West African States",
     "aliases": ["ECOWAS", "ECOWAS Commission", "West African bloc", "regional bloc", "ECOWAS leaders",
                 "West African leaders"],
     "speakers": [
         {"name": "Mahamadou Issoufou", "role": "Chairman, ECOWAS Authority of Heads of State and Government", "from": "2019-06-29", "to": "2020-09-07"},
         {"name": "Nana Akufo-Addo", "role": "Chairman, ECOWAS Authority of Heads of State and Government", "from": "2020-09-07", "to": "2022-07-03"},
         {"name": "Umaro Sissoco Embalo", "role": "Chairman, ECOWAS Authority of Heads of State and Government", "from": "2022-07-03", "to": "2023-07-09"},
         {"name": "Jean-Claude Kassi Brou", "role": "President, ECOWAS Commission", "from": "2018-03-01", "to": "2022-07-16"},
         {"name": "Goodluck Jonathan", "role": "ECOWAS Mediator for Mali", "from": "2020-08-20", "to": "2023-12-31"}]},
    {"type": "actor", "id": "ivory-coast", "name": "Ivory Coast",
     "aliases": ["Cote d'Ivoire", "Ivorian government", "Abidjan", "Ivorian presidency", "Ivorian authorities"],
     "speakers": [
         {"name": "Alassane Ouattara", "role": "President", "from": "2010-12-04", "to": ONGOING},
         {"name": "Amadou Gon Coulibaly", "role": "Prime Minister", "from": "2017-01-10", "to": "2020-07-08"},
         {"name": "Hamed Bakayoko", "role": "Prime Minister", "from": "2020-07-08", "to": "2021-03-10"},
         {"name": "Richard Adou", "role": "Public Prosecutor, Abidjan", "from": "2017-01-01", "to": "2022-12-31"}]},
    {"type": "actor", "id": "haiti", "name": "Haiti",
     "aliases": ["Haitian government", "Port-au-Prince", "Haitian National Police", "Haitian police", "National Palace",
                 "Haitian authorities"],
     "speakers": [
         {"name": "Jovenel Moise", "role": "President", "from": "2017-02-07", "to": "2021-07-07"},
         {"name": "Claude Joseph", "role": "Acting Prime Minister", "from": "2021-04-14", "to": "2021-07-20"},
         {"name": "Claude Joseph", "role": "Foreign Minister", "from": "2021-07-20", "to": "2022-11-24"},
         {"name": "Ariel Henry", "role": "Prime Minister", "from": "2021-07-20", "to": "2024-04-25"},
         {"name": "Leon Charles", "role": "Director General, Haitian National Police", "from": "2020-11-01", "to": "2021-10-28"},
         {"name": "Mathias Pierre", "role": "Minister for Elections", "from": "2020-03-05", "to": "2021-11-24"},
         {"name": "Bed-Ford Claude", "role": "Chief Prosecutor, Port-au-Prince", "from": "2021-06-01", "to": "2021-09-14"}]},
    {"type": "actor", "id": "el-salvador", "name": "El Salvador",
     "aliases": ["Salvadoran government", "San Salvador", "Legislative Assembly", "Finance Ministry",
                 "National Bitcoin Office", "Salvadoran authorities"],
     "speakers": [
         {"name": "Nayib Bukele", "role": "President", "from": "2019-06-01", "to": ONGOING},
         {"name": "Alejandro Zelaya", "role": "Finance Minister", "from": "2019-09-01", "to": "2024-05-31"}]},
    {"type": "actor", "id": "kosovo", "name": "Kosovo",
     "aliases": ["Kosovo government", "Pristina", "Kosovo police", "Kosovo Interior Ministry", "Kosovar government"],
     "speakers": [
         {"name": "Albin Kurti", "role": "Prime Minister", "from": "2021-03-22", "to": ONGOING},
         {"name": "Xhelal Svecla", "role": "Interior Minister", "from": "2021-03-22", "to": ONGOING},
         {"name": "Besnik Bislimi", "role": "First Deputy Prime Minister and chief negotiator", "from": "2021-03-22", "to": ONGOING}]},
    {"type": "actor", "id": "serbia", "name": "Serbia",
     "aliases": ["Serbian government", "Belgrade", "Office for Kosovo and Metohija", "Serbian authorities"],
     "speakers": [
         {"name": "Aleksandar Vucic", "role": "President", "from": "2017-05-31", "to": ONGOING},
         {"name": "Ana Brnabic", "role": "Prime Minister", "from": "2017-06-29", "to": "2024-05-02"},
         {"name": "Petar Petkovic", "role": "Director, Office for Kosovo and Metohija", "from": "2020-11-01", "to": ONGOING}]},
    {"type": "actor", "id": "maersk", "name": "A.P. Moller-Maersk",
     "aliases": ["Maersk", "A.P. Moller - Maersk", "Danish shipping group", "Maersk Line"],
     "speakers": [
         {"name": "Vincent Clerc", "role": "Chief Executive Officer", "from": "2023-01-01", "to": ONGOING}]},
    {"type": "actor", "id": "france", "name": "France",
     "aliases": ["French government", "Paris", "Elysee", "Elysee Palace", "Matignon", "French Interior Ministry",
                 "French state", "French authorities"],
     "speakers": [
         {"name": "Emmanuel Macron", "role": "President", "from": "2017-05-14", "to": ONGOING},
         {"name": "Gabriel Attal", "role": "Prime Minister", "from": "2024-01-09", "to": "2024-09-05"},
         {"name": "Gerald Darmanin", "role": "Interior Minister", "from": "2020-07-06", "to": "2024-09-21"},
         {"name": "Michel Barnier", "role": "Prime Minister", "from": "2024-09-05", "to": "2024-12-13"}]},
    {"type": "actor", "id": "bangladesh", "name": "Bangladesh",
     "aliases": ["Bangladeshi government", "Dhaka", "Awami League government", "interim government",
                 "Bangladesh army", "Bangladeshi authorities"],
     "speakers": [
         {"name": "Sheikh Hasina", "role": "Prime Minister", "from": "2009-01-06", "to": "2024-08-05"},
         {"name": "Anisul Huq", "role": "Law Minister", "from": "2014-01-12", "to": "2024-08-05"},
         {"name": "Zunaid Ahmed Palak", "role": "State Minister for Posts, Telecommunications and ICT", "from": "2014-01-12", "to": "2024-08-05"},
         {"name": "Obaidul Quader", "role": "Minister of Road Transport and Bridges", "from": "2011-12-05", "to": "2024-08-05"},
         {"name": "Mohammad Ali Arafat", "role": "State Minister for Information and Broadcasting", "from": "2024-01-11", "to": "2024-08-05"},
         {"name": "Waker-Uz-Zaman", "role": "Chief of Army Staff", "from": "2024-06-23", "to": ONGOING},
         {"name": "Muhammad Yunus", "role": "Chief Adviser of the interim government", "from": "2024-08-08", "to": ONGOING},
         {"name": "Nahid Islam", "role": "Adviser for Posts, Telecommunications and ICT", "from": "2024-08-08", "to": "2025-02-25"}]},
    {"type": "actor", "id": "northvolt", "name": "Northvolt AB",
     "aliases": ["Northvolt", "Swedish battery maker", "battery maker"],
     "speakers": [
         {"name": "Peter Carlsson", "role": "Chief Executive Officer", "from": "2016-01-01", "to": "2024-11-21"}]},
]

OUTLETS = {
    "Tollbridge Wire": "tollbridge-wire.example",
    "Hartwell Dispatch": "hartwell-dispatch.example",
    "Coldharbour Ledger": "coldharbour-ledger.example",
    "Ravenholt News Agency": "ravenholt-news.example",
    "Fennick Press Service": "fennick-press.example",
    "Brackenridge Report": "brackenridge-report.example",
    "Mossgrove Financial Wire": "mossgrove-financial.example",
    "Saltmarsh Courier": "saltmarsh-courier.example",
    "Quarrydale Newswire": "quarrydale-newswire.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- the Maldives, February and September-October 2018
("w22-01", "Tollbridge Wire", "2018-02-04T16:00:00Z", "Maldives police chief removed after pledge to enforce court order freeing prisoners", [
"The Maldives' Supreme Court on Thursday night ordered the release of nine jailed opposition figures, among them the exiled former president Mohamed Nasheed, saying their trials had been politically motivated, and reinstated 12 lawmakers who had lost their seats after leaving the ruling party. The ruling would give the opposition a majority in the 85-seat parliament.",
"Within hours the Maldives Police Service said it would abide by the court's order and carry it out, and Police Commissioner Ahmed Areef said officers would enforce the release of the prisoners. President Abdulla Yameen's office removed Areef from his post that night, and the officer named to act in his place was replaced the next day.",
"Attorney General Mohamed Anil said on Sunday that the government had information that the court was preparing to order the president's arrest or impeachment. Any such order would be unconstitutional, he said, and he had instructed the police and the army not to carry out an unlawful order. A sitting of parliament set for Monday was put off, and opposition leaders urged the government to respect the ruling.",
]),
("w22-02", "Hartwell Dispatch", "2018-02-06T14:00:00Z", "Maldives declares emergency and arrests chief justice; court drops order to free prisoners", [
"Maldives President Abdulla Yameen declared a 15-day state of emergency on Monday, and security forces entered the Supreme Court building overnight and arrested Chief Justice Abdulla Saeed and another judge, Ali Hameed. Former president Maumoon Abdul Gayoom, Yameen's half-brother and now an ally of the opposition, was detained at his home.",
"Legal Affairs Minister Azima Shakoor, announcing the emergency on state television, said some constitutional rights would be restricted but that general movement, services and businesses would not be affected. On Tuesday the three remaining judges of the court revoked last week's order to free nine political prisoners, citing concerns raised by the president. The prisoners remained in custody.",
"In a televised address Yameen said the judges had been plotting to overthrow his government and that he had declared the emergency so that the plot could be investigated. Mohamed Nasheed, the former president, who lives in exile and was in Sri Lanka, called on India to send an envoy backed by its military to free the judges and political detainees.",
]),
("w22-03", "Tollbridge Wire", "2018-02-21T12:00:00Z", "Maldives parliament extends state of emergency by 30 days", [
"Parliament in the Maldives voted on Tuesday to extend the state of emergency by 30 days at the request of President Abdulla Yameen. Only 38 members, all from the ruling coalition, attended the sitting; opposition lawmakers boycotted it and said the vote was unconstitutional because it lacked the majority of the full house that such a decision requires.",
"Yameen's government said the extension was needed because the threat to national security had not passed and investigations into what it called an attempt to overthrow the government were still going on. The emergency, declared on Feb. 5 for 15 days, would otherwise have expired on Tuesday night. Chief Justice Abdulla Saeed and Justice Ali Hameed remain in detention.",
"India, the United States and the European Union criticised the extension and urged the government to restore the rights it had suspended and to let parliament work. The government said daily life was normal and that the islands remained safe for tourists, whose spending is the mainstay of the economy.",
]),
("w22-04", "Coldharbour Ledger", "2018-09-24T14:00:00Z", "Yameen concedes defeat in Maldives presidential election", [
"Maldives President Abdulla Yameen conceded defeat on Monday, a day after the opposition's joint candidate, Ibrahim Mohamed Solih, won the presidential election with about 58 percent of the vote. Many in the opposition had feared that the incumbent, who jailed or exiled most of his rivals, would not accept a loss.",
"\u201cThe Maldivian people have decided what they want. I have accepted the results,\u201d Yameen said in a televised address. He said he would hand over power when his term ends on Nov. 17, and thanked those who had voted for him.",
"Solih, a veteran lawmaker backed by four parties, called for the release of political prisoners and said his victory was a moment of happiness and hope. India, the United States and the European Union welcomed the result and the concession. Turnout was close to 90 percent. On the eve of the vote police had raided the opposition's campaign headquarters in the capital, Male.",
]),
("w22-05", "Hartwell Dispatch", "2018-10-11T10:00:00Z", "Maldives' Yameen asks Supreme Court to annul election he lost", [
"Outgoing Maldives President Abdulla Yameen asked the Supreme Court on Wednesday to annul last month's presidential election, two and a half weeks after he went on television to accept his defeat by Ibrahim Mohamed Solih.",
"In the petition Yameen's lawyers said the vote had been rigged and asked the court to order a new election. They alleged that ballot papers had been treated with ink that disappeared after voters marked them and that the count had been manipulated. Members of the Elections Commission, several of whom left the country after the vote saying they had received threats, have rejected the allegations.",
"Solih's coalition called the petition an attempt by Yameen to cling to power, and Western governments urged a peaceful transfer of power on Nov. 17, when Yameen's term ends. The court has agreed to hear the case.",
]),
# ---------------------------------------------------------------- Ivory Coast, March-November 2020
("w22-06", "Ravenholt News Agency", "2020-03-06T09:00:00Z", "Ouattara says he will not seek a third term in Ivory Coast", [
"President Alassane Ouattara said on Thursday that he would not run in Ivory Coast's presidential election in October, ending months of speculation that he would seek a third term.",
"\u201cI have decided not to be a candidate in the presidential election of Oct. 31, 2020, and to transfer power to a younger generation,\u201d Ouattara, 78, told both houses of parliament meeting in congress in Yamoussoukro. He said the constitution adopted in 2016 would have allowed him to run again, but that he wanted to keep his word and set an example for the continent.",
"Lawmakers gave him a standing ovation, and French President Emmanuel Macron praised what he called a historic decision. The ruling Rally of Houphouetists for Democracy and Peace is expected to choose Prime Minister Amadou Gon Coulibaly as its candidate. Former president Henri Konan Bedie, 85, has said he may run. A dispute over the 2010 election led to fighting that killed about 3,000 people.",
]),
("w22-07", "Ravenholt News Agency", "2020-07-09T08:00:00Z", "Ivory Coast prime minister, ruling party's candidate, dies at 61", [
"Prime Minister Amadou Gon Coulibaly, the ruling party's candidate in October's presidential election, died on Wednesday after falling ill during a cabinet meeting in Abidjan. He was 61.",
"Gon Coulibaly had returned to Ivory Coast on July 2 after two months in France, where he was treated for a heart condition; he had received a heart transplant in 2012. President Alassane Ouattara, who chose him in March as his successor, said the country had lost a statesman and that he himself had lost \u201ca younger brother, a son.\u201d",
"The government declared a period of national mourning, and Defence Minister Hamed Bakayoko was asked to lead the government in the interim. The death leaves the ruling Rally of Houphouetists for Democracy and Peace without a candidate less than four months before the vote. Government officials said the election would still be held on Oct. 31 as set.",
]),
("w22-08", "Quarrydale Newswire", "2020-08-07T10:00:00Z", "Ouattara to run for a third term after death of chosen successor", [
"Ivory Coast President Alassane Ouattara said on Thursday that he would be a candidate in the Oct. 31 presidential election, five months after he told parliament he would step aside for a younger generation.",
"In an address on the eve of independence day, Ouattara said the death in July of Prime Minister Amadou Gon Coulibaly, whom he had chosen as the ruling party's candidate, was a case of force majeure, and that out of a sense of duty he had decided to answer the call of his supporters. He said the constitution allowed him to run and that he was making a sacrifice for the country.",
"Opposition leaders say the constitution limits presidents to two terms and that a third candidacy would be illegal; Ouattara's supporters argue that the constitution adopted in 2016 restarted the count. Opposition parties called on their supporters to protest, and the United Nations urged all sides to show restraint.",
]),
# ---------------------------------------------------------------- Mali and ECOWAS, 2020-2023 (1)
("w22-09", "Fennick Press Service", "2020-08-19T12:00:00Z", "Mali's president resigns after coup; soldiers promise transition to elections", [
"Mali's President Ibrahim Boubacar Keita resigned shortly after midnight and dissolved parliament, hours after mutinous soldiers detained him and Prime Minister Boubou Cisse in Bamako and drove them to the military camp at Kati. \u201cI do not wish blood to be shed to keep me in power,\u201d Keita said on state television.",
"At dawn the soldiers, calling themselves the National Committee for the Salvation of the People, said they were not keen on power and wanted a civilian political transition leading to credible general elections within a reasonable time. Their spokesman, Col.-Maj. Ismael Wague, deputy chief of staff of the air force, said the United Nations mission MINUSMA, France's Barkhane force, the G5 Sahel and the Takuba task force would remain their partners. The committee closed the borders and imposed a curfew.",
"The Economic Community of West African States condemned the coup, suspended Mali from its decision-making bodies, closed its members' borders with the country and demanded the reinstatement of Keita. The African Union also suspended Mali, and the United Nations Security Council was to meet on Wednesday.",
]),
("w22-10", "Quarrydale Newswire", "2020-09-15T12:00:00Z", "Ivory Coast council clears Ouattara to run, rejects Gbagbo and Soro", [
"Ivory Coast's Constitutional Council on Monday approved four of the 44 candidacies filed for the Oct. 31 presidential election, including President Alassane Ouattara's bid for a third term, and rejected those of former president Laurent Gbagbo and former rebel leader Guillaume Soro.",
"The council said the constitution adopted in 2016 had created a new legal order, so that Ouattara's two earlier terms did not bar him from running. Gbagbo and Soro were excluded because of criminal convictions. Besides Ouattara, the council cleared former president Henri Konan Bedie, former prime minister Pascal Affi N'Guessan and Kouadio Konan Bertin.",
"Prime Minister Hamed Bakayoko said the vote would be held on schedule and called on the candidates to campaign peacefully. Opposition leaders called the decision a constitutional coup and said they would meet to decide how to respond. Several people were killed in protests after Ouattara announced his candidacy in August.",
]),
("w22-11", "Ravenholt News Agency", "2020-11-03T11:00:00Z", "Ouattara wins third term with 94 percent after opposition boycott", [
"President Alassane Ouattara won a third term in Ivory Coast with 94.27 percent of the vote in Saturday's election, the Independent Electoral Commission said early on Tuesday. Turnout was 53.90 percent. The two main opposition candidates, Henri Konan Bedie and Pascal Affi N'Guessan, had called on their supporters to boycott the vote and block polling stations.",
"The opposition said it did not recognise the result and announced on Monday night a national transitional council headed by Bedie to organise a new election. The government said it would not allow the creation of a parallel authority, and public prosecutor Richard Adou said an investigation had been opened into the opposition leaders for plotting against the authority of the state.",
"Security forces surrounded the homes of several opposition leaders in Abidjan on Tuesday. Dozens of people have been killed in violence linked to the election since August. The Constitutional Council must still confirm the results.",
]),
("w22-12", "Fennick Press Service", "2021-05-31T09:00:00Z", "West African leaders suspend Mali after Goita is named transitional president", [
"West African leaders suspended Mali from the Economic Community of West African States on Sunday, after Col. Assimi Goita, who led last year's coup, had the transitional president and prime minister arrested and was then declared head of state by the Constitutional Court.",
"Goita, the vice president in charge of security, said last Tuesday that he had stripped interim President Bah Ndaw and Prime Minister Moctar Ouane of their powers because they had named a new government without consulting him. He said the transition would follow its normal course and that elections would be held in 2022 as planned. Ndaw and Ouane resigned in detention on Wednesday, and on Friday the court named Goita transitional president.",
"At an extraordinary summit in Accra, the bloc's leaders demanded that a civilian prime minister be named at once and said the presidential election set for Feb. 27, 2022, must be maintained. They stopped short of imposing economic sanctions.",
]),
# ---------------------------------------------------------------- El Salvador and bitcoin (1)
("w22-13", "Mossgrove Financial Wire", "2021-06-09T15:00:00Z", "El Salvador becomes first country to adopt bitcoin as legal tender", [
"El Salvador's Legislative Assembly approved early on Wednesday, with 62 of 84 votes, President Nayib Bukele's proposal to make bitcoin legal tender alongside the U.S. dollar, making it the first country to do so. The law takes effect 90 days after its publication.",
"Under the law every economic agent must accept bitcoin as payment when a buyer offers it, taxes can be paid in bitcoin, and the exchange rate with the dollar will be set by the market. The government will guarantee instant conversion to dollars through a $150 million trust at the state development bank. Bukele said the dollar would remain legal tender and that no one would be obliged to hold bitcoin.",
"Bukele said the law would bring investment and jobs, give financial services to the 70 percent of Salvadorans without a bank account and cut the cost of remittances, which bring in about $6 billion a year, a fifth of the country's economic output. Economists warned of the risks of tying public money to such a volatile asset.",
]),
# ---------------------------------------------------------------- Haiti after the assassination of Jovenel Moise, July-September 2021
("w22-14", "Brackenridge Report", "2021-07-08T06:00:00Z", "Haiti's president assassinated at home; interim prime minister says he is in charge", [
"Haitian President Jovenel Moise was killed early on Wednesday by gunmen who stormed his private residence in the hills above Port-au-Prince. His wife, Martine Moise, was wounded and flown to Miami for treatment. Interim Prime Minister Claude Joseph called the killing a hateful, inhuman and barbaric act and said the attackers were foreigners who spoke English and Spanish.",
"Joseph declared a state of siege and said the police and the army were in control of the situation. Late on Wednesday the police chief, Leon Charles, said four of the suspected gunmen had been killed in a shootout with the police and two others had been detained. Three officers who had been held hostage were freed, he said.",
"Elections Minister Mathias Pierre said Joseph remained in charge of the government. Ariel Henry, a neurosurgeon whom Moise named prime minister on Monday, had not been sworn in, he said, and Joseph would lead the country until a new president was elected. The presidential and legislative elections and the constitutional referendum set for Sept. 26 would go ahead as planned, Pierre said.",
]),
("w22-15", "Brackenridge Report", "2021-07-10T09:00:00Z", "Haiti police say 28 attackers, mostly Colombians, killed president", [
"Haiti's police chief, Leon Charles, said on Thursday night that the president had been killed by a commando of 28 people, 26 Colombians and two Haitian Americans. Seventeen of them had been detained, 15 Colombians and both Americans, three had been killed and eight were still at large, he said at a news conference where the detained men were shown to reporters with weapons and equipment seized.",
"Colombia said at least some of the suspects appeared to be retired members of its army and promised to cooperate with the investigation. The police said they were still searching for those who had planned and paid for the attack.",
"Joseph's government said it had asked the United States to send troops to protect key infrastructure such as the port, the airport and fuel depots. Washington said it had no plans to send troops but would send officials of the FBI and the Department of Homeland Security to help the investigation.",
]),
("w22-16", "Brackenridge Report", "2021-07-20T18:00:00Z", "Ariel Henry sworn in as Haiti's prime minister as Joseph steps aside", [
"Ariel Henry was sworn in as Haiti's prime minister on Tuesday, taking over from Claude Joseph, who had led the government since the assassination of President Jovenel Moise and who will return to the foreign ministry. The change followed a statement on Saturday by a group of ambassadors and representatives of international organisations that urged Henry to form a consensus government.",
"Joseph said he had agreed to hand power to Henry for the good of the nation and to end a dispute that threatened to deepen the crisis. Henry promised a broad consensus government, said his first task was to restore security, and said he would create the conditions for elections with broad participation as soon as possible.",
"Moise is to be buried on Friday in Cap-Haitien. The investigation into his killing continues; the police have also arrested a Haitian doctor living in Florida whom they accuse of helping to organise the plot.",
]),
("w22-17", "Mossgrove Financial Wire", "2021-09-08T12:00:00Z", "Bitcoin law takes effect in El Salvador amid glitches and price slump", [
"Bitcoin became legal tender in El Salvador on Tuesday, but the government's new digital wallet, Chivo, failed for many users during the day, and President Nayib Bukele said it had been taken offline for a time to increase server capacity. The price of bitcoin fell from about $52,000 to below $43,000 during the day before partly recovering.",
"Bukele said the government had bought 400 bitcoins on Monday and 150 more on Tuesday as the price fell, bringing its holdings to 550. Salvadorans who download Chivo receive $30 in bitcoin, and the government has installed some 200 cash machines where bitcoin can be changed into dollars.",
"Hundreds of people marched in San Salvador against the law, and polls show that most Salvadorans doubt it. Bukele said use of bitcoin was voluntary for citizens, who could keep paying and being paid in dollars, while businesses able to do so must accept it.",
]),
("w22-18", "Brackenridge Report", "2021-09-15T12:00:00Z", "Haiti's prime minister fires prosecutor who sought charges; elections put off to 2022", [
"Haitian Prime Minister Ariel Henry has dismissed the chief prosecutor of Port-au-Prince, Bed-Ford Claude, who asked a judge on Tuesday to charge Henry in connection with the assassination of President Jovenel Moise and to bar him from leaving the country. Claude cited two telephone calls between Henry and Joseph Felix Badio, a former justice ministry official wanted in the case, hours after the killing.",
"Henry has not explained the calls. He has called the accusations a distraction and said he would not be deterred from the task of restoring order and organising elections. The police say more than 40 people have been arrested in the investigation.",
"On Saturday Henry signed an agreement with opposition parties and civic groups under which a new electoral council will be named and elections and a constitutional referendum held in 2022. The vote that had been set for Sept. 26, and later moved by the electoral council to Nov. 7, will not take place this year.",
]),
# ---------------------------------------------------------------- Mali and ECOWAS (2)
("w22-19", "Saltmarsh Courier", "2022-01-02T12:00:00Z", "Mali proposes five more years of military-led transition", [
"Mali's transitional government has proposed to the Economic Community of West African States that the transition last up to five years from Jan. 1, 2022, Foreign Minister Abdoulaye Diop said on Saturday after handing the timetable to the bloc's mediator, former Nigerian president Goodluck Jonathan.",
"The proposal follows national consultations that ended on Dec. 30 and recommended extending the transition by six months to five years. Diop said the timetable took account of the security situation and of the reforms that Malians had asked for, and the government has said those reforms were needed before any credible election could be held.",
"At a summit in Abuja on Dec. 12, the bloc's leaders insisted that the election be held on Feb. 27 as agreed and warned of further sanctions from Jan. 1 if no credible timetable was presented. In November they imposed travel bans and asset freezes on about 150 Malian officials and their families. The leaders will hold an extraordinary summit on Jan. 9 to consider Bamako's proposal.",
]),
("w22-20", "Saltmarsh Courier", "2022-01-10T08:00:00Z", "West African bloc imposes sanctions on Mali; junta calls them illegal", [
"The Economic Community of West African States on Sunday closed its members' borders with Mali, froze Malian state assets at the regional central bank, suspended all but essential trade and financial transactions and recalled its members' ambassadors, calling the junta's plan for a five-year transition totally unacceptable. The sanctions would be lifted only gradually once an acceptable timetable was agreed and carried out, the bloc said.",
"Mali's government, in a statement read on state television by spokesman Col. Abdoulaye Maiga, condemned the sanctions as illegal and illegitimate, recalled its ambassadors from the bloc's member states and closed its own borders with them. It said it remained open to dialogue with the bloc to find a compromise.",
"The West African Economic and Monetary Union, whose members share the CFA franc, applied the measures as well. Prime Minister Choguel Kokalla Maiga called on Malians to rally against the sanctions on Friday.",
]),
("w22-21", "Mossgrove Financial Wire", "2022-01-26T14:00:00Z", "IMF urges El Salvador to end bitcoin's legal tender status", [
"The International Monetary Fund's executive board urged El Salvador on Tuesday to narrow the scope of its bitcoin law by removing the cryptocurrency's status as legal tender, citing risks to financial stability, financial integrity and consumer protection and the liabilities it could create for the public finances. The board also voiced concern about the government's plan to issue bonds backed by bitcoin.",
"The government has rejected such calls. Finance Minister Alejandro Zelaya has said that no international organisation would make El Salvador do anything, and that the bitcoin law was a sovereign decision the government would not give up to secure a loan of about $1.3 billion that it has been negotiating with the fund.",
"The price of bitcoin has fallen by about half since its peak in November, cutting the value of the roughly 1,800 bitcoins the government has bought. President Nayib Bukele, who announced more purchases last week, has dismissed the losses as temporary.",
]),
# ---------------------------------------------------------------- Kosovo and Serbia, June-November 2022 (1)
("w22-22", "Coldharbour Ledger", "2022-06-30T14:00:00Z", "Kosovo to require entry documents and new plates for Serbian-issued IDs and cars", [
"Kosovo's government said on Wednesday that from Aug. 1 holders of Serbian identity cards would be issued a temporary entry-exit document when they cross into Kosovo, mirroring what Serbia has required of Kosovo's citizens for more than a decade. Cars with Serbian-issued plates bearing the names of Kosovo towns will have to switch to Kosovo's RKS plates within two months starting Aug. 1, it said.",
"Prime Minister Albin Kurti said the measures applied the principle of reciprocity and that there must be the same rules on both sides of the border. Most of the cars concerned belong to ethnic Serbs in the north of Kosovo, who do not recognise its independence.",
"Petar Petkovic, head of the Serbian government's office for Kosovo, accused Pristina of trying to drive Serbs out of Kosovo. An attempt last September to make drivers from Serbia use temporary plates led to weeks of roadblocks in the north that ended in an agreement brokered by the European Union.",
]),
("w22-23", "Fennick Press Service", "2022-07-04T09:00:00Z", "West African bloc lifts Mali sanctions after junta sets 2024 election date", [
"Leaders of the Economic Community of West African States, meeting in Accra on Sunday, lifted the economic and financial sanctions imposed on Mali in January, accepting the military government's plan for a transition of 24 months that would end in March 2024. Mali remains suspended from the bloc's bodies until constitutional order is restored, and the bloc said it would monitor the timetable closely.",
"Transitional President Assimi Goita signed a decree on June 6 setting the length of the transition at 24 months from March 26, 2022. The government's timetable provides for a constitutional referendum on March 19, 2023, legislative elections in October and November 2023 and a presidential election on Feb. 4, 2024. Government spokesman Col. Abdoulaye Maiga said the transition would end with the handover to elected authorities in March 2024.",
"The summit also handed the bloc's chairmanship from Ghana's Nana Akufo-Addo to Guinea-Bissau's Umaro Sissoco Embalo. Borders with Mali were to reopen and ambassadors to return.",
]),
("w22-24", "Coldharbour Ledger", "2022-08-01T09:00:00Z", "Kosovo delays ID and plate rules by a month after tensions in the north", [
"Kosovo's government late on Sunday postponed by one month, to Sept. 1, the rules on Serbian identity documents and car plates, after Serbs in the north blocked roads with trucks, air-raid sirens sounded and shots were fired near two border crossings. No one was hurt. The police closed the crossings at Jarinje and Bernjak.",
"The government said it had agreed to the delay at the request of the United States and the European Union, on condition that the barricades were removed. Drivers would then have until Oct. 31 to re-register their cars. Prime Minister Albin Kurti blamed Belgrade for stirring up the unrest.",
"Serbian President Aleksandar Vucic said in a televised address that Serbs in Kosovo would not tolerate what he called persecution, and that Serbia wanted peace but would not stand by if they were attacked. The NATO-led peacekeeping force in Kosovo said it was ready to intervene if stability was threatened.",
]),
("w22-25", "Coldharbour Ledger", "2022-08-28T11:00:00Z", "EU brokers Kosovo-Serbia deal on ID documents; plates dispute unresolved", [
"Serbia and Kosovo have reached an agreement on freedom of movement, European Union foreign policy chief Josep Borrell said on Saturday. Serbia agreed to abolish the entry and exit documents it has required of holders of Kosovo identity cards, and Kosovo agreed not to introduce them for holders of Serbian identity cards.",
"Prime Minister Albin Kurti said the agreement showed that reciprocity worked. Serbian President Aleksandar Vucic said Serbia had agreed in order to avoid conflict and to keep Serbs in Kosovo safe.",
"The two sides did not settle the dispute over car plates. Kosovo's government said its rule requiring cars with Serbian-issued plates to switch to Kosovo plates would take effect on Sept. 1 as announced, with a transition period.",
]),
("w22-26", "Coldharbour Ledger", "2022-11-22T09:00:00Z", "Kosovo delays plate fines by 48 hours at U.S. request after EU talks fail", [
"Kosovo agreed late on Monday to postpone by 48 hours fines for drivers of cars with Serbian-issued plates, at the request of the United States, after talks in Brussels between Prime Minister Albin Kurti and Serbian President Aleksandar Vucic ended without agreement. EU foreign policy chief Josep Borrell said Serbia had accepted his proposal and blamed Kurti for rejecting it.",
"Under a plan Kosovo announced in October, police have issued warnings since Nov. 1, fines of 150 euros were to be imposed from Nov. 21, and the final deadline for switching plates was set at April 21, 2023. Kurti's office said the plan would go ahead after the 48-hour delay.",
"Serb police officers, judges, prosecutors, mayors and lawmakers quit Kosovo's institutions on Nov. 5 after the government dismissed a police commander in the north who refused to enforce the rule. Vucic said Serbia had accepted the EU proposal and that Pristina had rejected it.",
]),
("w22-27", "Coldharbour Ledger", "2022-11-24T09:00:00Z", "Kosovo and Serbia reach deal to end license plate dispute", [
"Kosovo and Serbia reached an agreement late on Wednesday to end their dispute over car plates, EU foreign policy chief Josep Borrell said. Serbia will stop issuing plates bearing the names of Kosovo towns, and Kosovo will halt further actions related to the re-registration of vehicles, he said. The deal was reached by the two sides' chief negotiators, Besnik Bislimi and Petar Petkovic.",
"Kosovo's government confirmed that it would suspend further steps in its re-registration plan, meaning the fines would not be imposed. Petkovic said Serbia had protected the interests of Serbs in Kosovo. Borrell said the sides would now turn to a broader agreement on normalising their relations.",
"Serbs who quit Kosovo's institutions this month have not returned, and early elections for the mayors' posts they left are planned for December.",
]),
("w22-28", "Saltmarsh Courier", "2023-09-26T10:00:00Z", "Mali postpones February presidential election", [
"Mali's military government said on Monday it would postpone slightly the presidential election set for February 2024, putting in doubt the return to civilian rule promised for March 2024. The first round had been set for Feb. 4 and a run-off for Feb. 18.",
"Government spokesman Col. Abdoulaye Maiga said the delay was for technical reasons, including the adoption of a new constitution in June, the revision of the electoral lists and a dispute with French company Idemia over the civil registry database. New dates would be announced later, he said. The constitutional referendum itself was held on June 18, three months after the date first set.",
"The postponement comes as the United Nations peacekeeping mission MINUSMA withdraws from Mali, after the government demanded in June that the mission leave without delay. French troops left the country last year after Bamako ended its defence accords with France. Fighting has resumed in the north between the army and former rebel groups.",
]),
# ---------------------------------------------------------------- Maersk and the Red Sea, December 2023-May 2024
("w22-29", "Mossgrove Financial Wire", "2023-12-16T10:00:00Z", "Maersk pauses Red Sea sailings after missile is fired at its ship", [
"A.P. Moller-Maersk said on Friday it had told all its vessels in the area that were bound for the Bab el-Mandeb strait to pause their journey until further notice, a day after a missile narrowly missed the container ship Maersk Gibraltar off Yemen. Yemen's Houthi movement said it had targeted the ship.",
"The Danish shipping group said it was deeply concerned about the situation in the southern Red Sea and that the recent attacks on commercial vessels posed a significant threat to the safety of seafarers. The crew of the Maersk Gibraltar, which was sailing from Salalah in Oman to Jeddah, was safe and the ship was not damaged, it said.",
"Germany's Hapag-Lloyd also paused transits after one of its ships was hit. About 12 percent of world trade passes through the Red Sea and the Suez Canal, and sending ships around the Cape of Good Hope adds about 10 days to a voyage between Asia and northern Europe.",
]),
("w22-30", "Mossgrove Financial Wire", "2023-12-25T09:00:00Z", "Maersk prepares to resume Red Sea sailings under naval protection", [
"A.P. Moller-Maersk said on Sunday it was preparing to allow its vessels to resume transit through the Red Sea and the Gulf of Aden, citing the deployment of Operation Prosperity Guardian, a naval mission led by the United States to protect merchant shipping from attacks by Yemen's Houthis.",
"The company said it had received confirmation that the operation was in place, that it was now preparing to let its ships return to the route and that it would publish the plans for the first sailings within days. It said the safety of its crews remained its priority and that it would keep monitoring the situation closely.",
"Other carriers were more cautious. Hapag-Lloyd said it would decide later this week whether to resume transits, and freight rates between Asia and Europe have more than doubled since the attacks began.",
]),
("w22-31", "Mossgrove Financial Wire", "2024-01-01T12:00:00Z", "Maersk halts Red Sea transits again after attack on its container ship", [
"A.P. Moller-Maersk said on Sunday it had paused all transits through the Red Sea for 48 hours after the container ship Maersk Hangzhou was attacked twice in less than a day. A missile struck the ship on Saturday evening, and early on Sunday four small boats tried to board it; U.S. Navy helicopters answering its distress call sank three of the boats, killing their crews.",
"The company said the pause would allow time to investigate the details of the incident and further assess the security situation. The crew was unharmed and the ship was able to continue its voyage north, it said.",
"Maersk ships had begun passing through the Red Sea again in the past week under the protection of the U.S.-led naval mission. The Houthis say they are attacking ships linked to Israel over the war in Gaza.",
]),
("w22-32", "Mossgrove Financial Wire", "2024-01-06T09:00:00Z", "Maersk to send all ships around Africa for 'the foreseeable future'", [
"A.P. Moller-Maersk said on Friday that all its vessels bound for the Red Sea and the Gulf of Aden would be diverted around the Cape of Good Hope for the foreseeable future, less than two weeks after saying it was preparing to send them back through the route under naval protection.",
"\u201cThe situation is constantly evolving and remains highly volatile, and all available intelligence at hand confirms that the security risk continues to be at a significantly elevated level,\u201d the company said. It said it hoped for a sustainable resolution in the near future and would do what it could to limit the disruption to customers.",
"The detour adds up to two weeks to journeys between Asia and Europe and raises fuel costs. Shipping analysts said most of the large container lines had now abandoned the route.",
]),
# ---------------------------------------------------------------- New Caledonia, May-October 2024 (1)
("w22-33", "Tollbridge Wire", "2024-05-15T20:00:00Z", "France declares state of emergency in New Caledonia after deadly riots", [
"France declared a state of emergency in New Caledonia on Wednesday after two nights of rioting that left four people dead, including a gendarme, over a constitutional change that would widen the electorate for the Pacific territory's provincial elections. The emergency will last 12 days, the government said. It also banned TikTok in the territory and sent the army to secure its ports and airport.",
"The National Assembly approved the bill early on Wednesday by 351 votes to 153. It would let people who have lived in New Caledonia for 10 years vote in provincial elections, which pro-independence Kanak groups say would dilute their vote. President Emmanuel Macron invited the territory's leaders to Paris and wrote that Congress, the joint session of parliament, would be convened before the end of June to adopt the change unless they agreed on a broader accord. The provincial elections, already put off once, must be held by Dec. 15 at the latest, the government has said.",
"Prime Minister Gabriel Attal said order would be restored. Interior Minister Gerald Darmanin accused Azerbaijan of meddling and said it was not a fantasy; Baku denied it.",
]),
("w22-34", "Mossgrove Financial Wire", "2024-05-21T08:00:00Z", "Maersk raises outlook as Red Sea disruption spreads across shipping", [
"A.P. Moller-Maersk raised its full-year earnings forecast on Monday, saying the disruption caused by the Red Sea crisis had extended beyond the region, causing congestion at ports and pushing up freight rates.",
"The company said it expected an industry-wide capacity loss of 15 to 20 percent on routes from the Far East to northern Europe and the Mediterranean in the second quarter, as ships sailed the longer route around Africa. It said it now expected the disruption to last at least until the end of the year.",
"Maersk has kept its ships away from the Red Sea since January, when it said it would divert them around the Cape of Good Hope for the foreseeable future. Its shares rose after the announcement.",
]),
("w22-35", "Tollbridge Wire", "2024-05-24T08:00:00Z", "Macron says New Caledonia voting reform will not be forced through", [
"President Emmanuel Macron said during a visit to Noumea on Thursday that the reform of New Caledonia's electorate would not be forced through in the current context, and that he wanted to give local leaders a few weeks to restore calm and resume talks on an overall agreement. He said he would take stock within a month.",
"Macron said the 3,000 police and gendarmes sent as reinforcements would stay as long as necessary, even during the Olympic Games. He said he would like the state of emergency to end, provided that local leaders called for the barricades that still block many roads to be dismantled.",
"Six people, two of them gendarmes, have been killed since the riots began on May 13. Pro-independence leaders welcomed the visit but said the reform should be withdrawn.",
]),
("w22-36", "Tollbridge Wire", "2024-05-28T06:00:00Z", "France lifts state of emergency in New Caledonia", [
"France lifted the state of emergency in New Caledonia on Tuesday morning local time after the presidency said it would not be extended beyond its 12 days. The decision was taken to allow meetings of pro-independence groups and so that their leaders could call for the barricades to be lifted, the Elysee said.",
"A curfew would remain in force, and the airport at Noumea would remain closed until at least Sunday, the authorities said. Reinforcements of police, gendarmes and soldiers will stay in the territory. Barricades still stand on several roads outside the capital.",
"Seven people have now been killed, after a man was shot by a police officer on Friday. Damage to shops, factories and public buildings has been estimated at more than 1 billion euros.",
]),
("w22-37", "Tollbridge Wire", "2024-06-13T08:00:00Z", "Macron suspends New Caledonia voting reform after calling snap election", [
"President Emmanuel Macron said on Wednesday he had decided to suspend the constitutional reform of New Caledonia's electorate, three days after he dissolved the National Assembly and called early legislative elections.",
"\u201cI have decided to suspend it, because we cannot leave any ambiguity during this period,\u201d Macron told a news conference in Paris. He said he wanted to give full voice to local dialogue and to the restoration of order. Congress, the joint session of parliament that was to adopt the change, would not be convened.",
"Pro-independence groups welcomed the decision but said the reform should be withdrawn altogether. The bill had passed both houses of parliament in the same terms and needed a three-fifths majority in Congress to enter the constitution. At least seven people have been killed since the unrest began in May.",
]),
# ---------------------------------------------------------------- Bangladesh, July-August 2024
("w22-38", "Hartwell Dispatch", "2024-07-15T12:00:00Z", "Hasina says quota dispute is for the courts as student protests grow", [
"Prime Minister Sheikh Hasina said on Sunday that the dispute over quotas for government jobs was before the courts and that her government could do nothing until the Supreme Court ruled. \u201cWhen the matter is in court, we have nothing to do,\u201d she told a news conference in Dhaka.",
"Hasina also asked why the students resented the families of those who fought for independence in 1971: if their grandchildren did not get the benefits, should the grandchildren of the Razakars, who collaborated with the Pakistani army, get them? Thousands of students marched on university campuses overnight in anger at the remark.",
"The High Court on June 5 restored a quota reserving 30 percent of government jobs for descendants of independence fighters, which the government had scrapped in 2018 after earlier protests. The Supreme Court's Appellate Division suspended that ruling for four weeks on July 10 and will hear the case on Aug. 7. In all, 56 percent of government jobs had been reserved for various groups.",
]),
("w22-39", "Hartwell Dispatch", "2024-07-19T10:00:00Z", "Bangladesh offers talks on quotas as internet goes dark and deaths mount", [
"Law Minister Anisul Huq said on Thursday that the government agreed in principle with the students' demand to reform the job quotas and was ready to sit with them whenever they wished. He said the government had asked the attorney general to seek an earlier hearing of the case in the Supreme Court. Protest leaders rejected talks while students were being killed.",
"Dozens of people have been killed since Tuesday in clashes between protesters and the police and ruling party activists. On Thursday protesters set fire to the headquarters of the state broadcaster, BTV. Access to the internet was cut across the country on Thursday night, and rights groups and internet monitors said the authorities had shut it down.",
"Zunaid Ahmed Palak, the state minister for information technology, said the government had not shut down the internet and blamed the nationwide outage on a fire set by protesters at a data centre in Dhaka, which he said had damaged cables and servers. Mobile data had been restricted since Wednesday.",
]),
("w22-40", "Hartwell Dispatch", "2024-07-24T09:00:00Z", "Bangladesh scraps most job quotas after court ruling; curfew eased", [
"Bangladesh's government on Tuesday issued a circular adopting Sunday's ruling by the Supreme Court's Appellate Division, which scrapped most of the job quotas: 93 percent of government jobs will now be filled on merit, 5 percent reserved for descendants of independence fighters, 1 percent for ethnic minorities and 1 percent for disabled and third-gender people.",
"Broadband internet was partly restored on Tuesday night, and Zunaid Ahmed Palak said mobile internet would return in phases. The curfew imposed on Friday night was eased for several hours a day. Soldiers have patrolled the streets since Saturday, and Obaidul Quader, a senior minister and general secretary of the ruling Awami League, had said the curfew carried shoot-on-sight orders in extreme cases.",
"More than 150 people have been killed, according to figures compiled by news agencies from hospitals and the police. Protest leaders said they would keep up their campaign until those responsible for the killings were punished.",
]),
("w22-41", "Hartwell Dispatch", "2024-08-04T18:00:00Z", "Scores killed in Bangladesh as Hasina calls protesters 'terrorists'", [
"At least 90 people were killed across Bangladesh on Sunday, among them 13 police officers at a police station in Sirajganj district, in the deadliest day since the protests began in July. The protest movement now demands the resignation of Prime Minister Sheikh Hasina.",
"After meeting the heads of the security forces, Hasina said those carrying out sabotage were not students but terrorists, and urged the people to resist them with a firm hand. The government imposed an indefinite nationwide curfew from 6 p.m. and declared a three-day public holiday, and mobile internet was cut again.",
"On Saturday Hasina had offered to meet the protest leaders, saying the doors of her official residence were open to them; they refused. Ministers said there was no question of the prime minister stepping down. The protesters have called for a march on Dhaka on Monday.",
]),
("w22-42", "Hartwell Dispatch", "2024-08-05T14:00:00Z", "Hasina resigns and flees Bangladesh; army chief says interim government will be formed", [
"Sheikh Hasina resigned as Bangladesh's prime minister on Monday and left the country, the army chief, Gen. Waker-Uz-Zaman, said in an address on state television. She flew to India on a military aircraft as crowds defying the curfew marched on Dhaka and then stormed her official residence.",
"Waker-Uz-Zaman said an interim government would be formed after talks with political parties and that he was taking full responsibility for the country. He asked people to stop the violence and promised justice for the killings of the past weeks.",
"Hasina had governed Bangladesh since 2009 and won a fourth consecutive term in a January election boycotted by the main opposition party. About 300 people have been killed since the protests began in July.",
]),
("w22-43", "Hartwell Dispatch", "2024-08-29T10:00:00Z", "Bangladesh's interim government says July internet blackout was ordered, not caused by fire", [
"Bangladesh's interim government said on Wednesday that the nationwide internet blackout of July was ordered by the former government and was not caused by a fire at a data centre, as Hasina's ministers had claimed at the time. Nahid Islam, the adviser for telecommunications and information technology, said an inquiry had found that the shutdown had been ordered by officials of the former government.",
"Zunaid Ahmed Palak, the former state minister who blamed the outage on protesters, was arrested this month and is being questioned. Nahid Islam, one of the student leaders of the protests, joined the interim government led by Muhammad Yunus, which was sworn in on Aug. 8.",
"A preliminary report by the United Nations human rights office said about 650 people were killed in the unrest between July 16 and Aug. 11. The interim government has said those responsible for the killings will be brought to justice.",
]),
# ---------------------------------------------------------------- Northvolt, 2024-25 (1)
("w22-44", "Mossgrove Financial Wire", "2024-09-10T09:00:00Z", "Northvolt to cut 1,600 jobs in Sweden and pause expansion", [
"Swedish battery maker Northvolt said on Monday it would cut about 1,600 jobs in Sweden, 1,000 of them at its Northvolt Ett plant in Skelleftea, 400 in Vasteras and 200 in Stockholm, and pause the expansion of Northvolt Ett, after a review of its operations.",
"Chief executive Peter Carlsson said the company would focus on its core business, the production of battery cells at Northvolt Ett, where output has lagged behind its plans, and that the measures were needed to put Northvolt on a sustainable footing. The company said its planned factories in Germany and Canada would go ahead, and that it was in talks with its owners and lenders about further financing.",
"BMW cancelled a 2 billion euro order for cells in June, and Northvolt has struggled to raise production at Skelleftea. Sweden's government has said it has no plans to take a stake in the company, whose owners include Volkswagen and Goldman Sachs.",
]),
("w22-45", "Tollbridge Wire", "2024-10-02T08:00:00Z", "France postpones New Caledonia provincial elections to late 2025", [
"Prime Minister Michel Barnier said on Tuesday that New Caledonia's provincial elections would be postponed to November 2025 at the latest, and that the constitutional reform of the territory's electorate would not be submitted to Congress.",
"In his first policy speech to the National Assembly, Barnier said the presidents of the Senate and the National Assembly would lead a mission of consultation to the territory, and that the priority was dialogue, calm and reconstruction. The government will ask parliament to pass the law needed to delay the elections.",
"More than ten people have been killed since the riots broke out in May, and much of the territory's economy has been damaged. Pro-independence and loyalist leaders both welcomed the chance to resume talks.",
]),
("w22-46", "Mossgrove Financial Wire", "2024-11-22T08:00:00Z", "Northvolt files for Chapter 11 bankruptcy protection in the United States", [
"Northvolt filed for Chapter 11 bankruptcy protection in the U.S. Bankruptcy Court for the Southern District of Texas on Thursday, saying it had secured $245 million in new financing, including $100 million from truck maker Scania, to keep operating during the restructuring.",
"The company said its operations would continue as normal, that it would keep paying suppliers and employees, and that it expected to complete the restructuring in the first quarter of 2025. Peter Carlsson stepped down as chief executive and will stay on as a senior adviser to the board. Court filings showed debts of $5.84 billion and cash of about $30 million, enough for about a week of operations.",
"Northvolt's subsidiaries in Germany and Canada are not part of the filing. Sweden's government said it would not take a stake in the company.",
]),
# ---------------------------------------------------------------- El Salvador and bitcoin (2)
("w22-47", "Mossgrove Financial Wire", "2024-12-19T10:00:00Z", "El Salvador reaches $1.4 billion IMF deal, agrees to scale back bitcoin law", [
"El Salvador reached a staff-level agreement with the International Monetary Fund on Wednesday for a 40-month loan of about $1.4 billion, a deal expected to unlock further financing from the World Bank, the Inter-American Development Bank and other lenders.",
"Under the agreement the government agreed that acceptance of bitcoin by the private sector would become voluntary, that taxes would be paid only in dollars, and that the public sector's involvement in bitcoin, including its purchases of the cryptocurrency, would be confined. The state's Chivo wallet is to be gradually wound down. The government also committed to cut the budget deficit by about 3.5 percent of economic output over three years.",
"The agreement still needs the approval of the fund's board and changes to the bitcoin law by the Legislative Assembly. The government has bought about one bitcoin a day since late 2022 and holds about 6,000.",
]),
("w22-48", "Mossgrove Financial Wire", "2025-01-30T12:00:00Z", "El Salvador lawmakers make bitcoin acceptance voluntary", [
"El Salvador's Legislative Assembly voted 55 to 2 on Wednesday to amend the bitcoin law so that businesses are no longer required to accept bitcoin and taxes and other debts to the state cannot be paid in it. The reform also removed references to bitcoin as a currency, ending in practice its status as legal tender alongside the dollar.",
"The changes were a condition of the loan of about $1.4 billion agreed in December with the International Monetary Fund, whose board is expected to vote on it in the coming weeks. Lawmakers from President Nayib Bukele's party, which holds a large majority, approved the bill without debate.",
"Few Salvadorans have used bitcoin for everyday payments since the law took effect in September 2021, surveys show.",
]),
("w22-49", "Mossgrove Financial Wire", "2025-03-05T10:00:00Z", "Bukele says bitcoin buying 'not stopping' despite IMF programme", [
"President Nayib Bukele said on Tuesday that El Salvador would keep buying bitcoin, days after the International Monetary Fund's board approved a loan of about $1.4 billion under which the public sector is not to accumulate more of the cryptocurrency.",
"\u201cNo, it's not stopping,\u201d Bukele wrote on the social media platform X. \u201cIf it didn't stop when the world ostracized us and most bitcoiners abandoned us, it won't stop now, and it won't stop in the future.\u201d The website of the government's National Bitcoin Office showed holdings rising above 6,100 coins.",
"The fund's documents say the authorities committed that the public sector would not voluntarily accumulate bitcoin. The fund said it would keep discussing the matter with the government. Bukele has made bitcoin a central part of his government's image abroad since the law was passed in 2021.",
]),
("w22-50", "Mossgrove Financial Wire", "2025-03-12T15:00:00Z", "Northvolt files for bankruptcy in Sweden", [
"Northvolt said on Wednesday it had filed for bankruptcy in Sweden, after failing to secure the financing it needed to continue in its current form. A court-appointed trustee will take over the company and its Swedish subsidiaries and look for buyers for the business.",
"\u201cLike many other companies in the European battery sector, Northvolt has faced a series of compounding challenges,\u201d the company said, citing rising capital costs, geopolitical instability, disruptions to supply chains and changes in demand. About 5,000 people work for the group in Sweden.",
"Northvolt filed for Chapter 11 protection in the United States in November, when it said it expected to complete its restructuring in the first quarter of this year. Its subsidiaries in Germany and North America are not part of the Swedish bankruptcy.",
]),
]

STATEMENTS = {
"w22-01": [["maldives", "would abide by the court's order"], ["maldives", "said officers would enforce the release"],
           ["maldives", "removed Areef from his post"], ["maldives", "had information that the court was"],
           ["maldives", "such order would be unconstitutional"], ["maldives", "not to carry out an unlawful order"]],
"w22-02": [["maldives", "declared a 15-day state of emergency"], ["maldives", "arrested Chief Justice Abdulla Saeed"],
           ["maldives", "some constitutional rights would be restricted"], ["maldives", "businesses would not be affected"],
           ["maldives", "plotting to overthrow his government"], ["maldives", "so that the plot could be investigated"]],
"w22-03": [["maldives", "at the request of President Abdulla Yameen"], ["maldives", "the threat to national security had"],
           ["maldives", "an attempt to overthrow the government"], ["maldives", "daily life was normal"],
           ["maldives", "remained safe for tourists"]],
"w22-04": [["maldives", "Yameen conceded defeat on Monday"], ["maldives", "have decided what they want"],
           ["maldives", "I have accepted the results"], ["maldives", "hand over power when his term"]],
"w22-05": [["maldives", "asked the Supreme Court on Wednesday"], ["maldives", "the vote had been rigged"],
           ["maldives", "to order a new election"], ["maldives", "ink that disappeared after voters marked"],
           ["maldives", "the count had been manipulated"]],
"w22-06": [["ivory-coast", "would not run in Ivory Coast's"], ["ivory-coast", "decided not to be a candidate"],
           ["ivory-coast", "transfer power to a younger generation"], ["ivory-coast", "would have allowed him to run"],
           ["ivory-coast", "keep his word and set an example"]],
"w22-07": [["ivory-coast", "the country had lost a statesman"], ["ivory-coast", "a younger brother, a son"],
           ["ivory-coast", "declared a period of national mourning"], ["ivory-coast", "asked to lead the government in"],
           ["ivory-coast", "still be held on Oct. 31"]],
"w22-08": [["ivory-coast", "would be a candidate in the"], ["ivory-coast", "a case of force majeure"],
           ["ivory-coast", "decided to answer the call of"], ["ivory-coast", "the constitution allowed him to run"],
           ["ivory-coast", "making a sacrifice for the country"]],
"w22-09": [["mali", "were not keen on power"], ["mali", "a civilian political transition leading to"],
           ["mali", "credible general elections within a reasonable time"], ["mali", "would remain their partners"],
           ["mali", "closed the borders and imposed a curfew"],
           ["ecowas", "suspended Mali from its decision-making bodies"], ["ecowas", "closed its members' borders with the"],
           ["ecowas", "demanded the reinstatement of Keita"]],
"w22-10": [["ivory-coast", "the vote would be held on schedule"], ["ivory-coast", "called on the candidates to campaign peacefully"]],
"w22-11": [["ivory-coast", "would not allow the creation of"], ["ivory-coast", "an investigation had been opened into"],
           ["ivory-coast", "plotting against the authority of the state"], ["ivory-coast", "Security forces surrounded the homes of"]],
"w22-12": [["mali", "stripped interim President Bah Ndaw"], ["mali", "named a new government without consulting"],
           ["mali", "would follow its normal course"], ["mali", "elections would be held in 2022"],
           ["ecowas", "suspended Mali from the Economic Community"], ["ecowas", "a civilian prime minister be named"],
           ["ecowas", "Feb. 27, 2022, must be maintained"], ["ecowas", "stopped short of imposing economic sanctions"]],
"w22-13": [["el-salvador", "approved early on Wednesday, with 62"], ["el-salvador", "every economic agent must accept bitcoin"],
           ["el-salvador", "taxes can be paid in bitcoin"], ["el-salvador", "will be set by the market"],
           ["el-salvador", "guarantee instant conversion to dollars"], ["el-salvador", "the dollar would remain legal tender"],
           ["el-salvador", "no one would be obliged to hold"], ["el-salvador", "would bring investment and jobs"]],
"w22-14": [["haiti", "a hateful, inhuman and barbaric act"], ["haiti", "foreigners who spoke English and Spanish"],
           ["haiti", "declared a state of siege"], ["haiti", "in control of the situation"],
           ["haiti", "four of the suspected gunmen had"], ["haiti", "two others had been detained"],
           ["haiti", "Joseph remained in charge of the government"], ["haiti", "had not been sworn in"],
           ["haiti", "would go ahead as planned"]],
"w22-15": [["haiti", "a commando of 28 people"], ["haiti", "Seventeen of them had been detained"],
           ["haiti", "three had been killed"], ["haiti", "eight were still at large"],
           ["haiti", "still searching for those who had"], ["haiti", "asked the United States to send troops"]],
"w22-16": [["haiti", "Ariel Henry was sworn in"], ["haiti", "will return to the foreign ministry"],
           ["haiti", "agreed to hand power to Henry"], ["haiti", "for the good of the nation"],
           ["haiti", "a broad consensus government"], ["haiti", "his first task was to restore security"],
           ["haiti", "elections with broad participation as soon"], ["haiti", "the police have also arrested a"]],
"w22-17": [["el-salvador", "taken offline for a time"], ["el-salvador", "bought 400 bitcoins on Monday"],
           ["el-salvador", "bringing its holdings to 550"], ["el-salvador", "receive $30 in bitcoin"],
           ["el-salvador", "use of bitcoin was voluntary for citizens"], ["el-salvador", "businesses able to do so must"]],
"w22-18": [["haiti", "has dismissed the chief prosecutor of"], ["haiti", "asked a judge on Tuesday to"],
           ["haiti", "two telephone calls between Henry and"], ["haiti", "called the accusations a distraction"],
           ["haiti", "would not be deterred from the"], ["haiti", "more than 40 people have been"],
           ["haiti", "signed an agreement with opposition parties"], ["haiti", "a constitutional referendum held in 2022"]],
"w22-19": [["mali", "the transition last up to five"], ["mali", "took account of the security situation"],
           ["mali", "reforms that Malians had asked for"], ["mali", "needed before any credible election"],
           ["ecowas", "insisted that the election be held"], ["ecowas", "further sanctions from Jan. 1"],
           ["ecowas", "imposed travel bans and asset freezes"]],
"w22-20": [["ecowas", "froze Malian state assets at the"], ["ecowas", "suspended all but essential trade"],
           ["ecowas", "recalled its members' ambassadors"], ["ecowas", "lifted only gradually once an acceptable"],
           ["mali", "condemned the sanctions as illegal and illegitimate"], ["mali", "recalled its ambassadors from the bloc's"],
           ["mali", "closed its own borders with them"], ["mali", "remained open to dialogue with the"],
           ["mali", "called on Malians to rally against"]],
"w22-21": [["el-salvador", "no international organisation would make El Salvador"], ["el-salvador", "a sovereign decision the government would"],
           ["el-salvador", "would not give up to secure"], ["el-salvador", "announced more purchases last week"],
           ["el-salvador", "dismissed the losses as temporary"]],
"w22-22": [["kosovo", "from Aug. 1 holders of Serbian"], ["kosovo", "a temporary entry-exit document"],
           ["kosovo", "switch to Kosovo's RKS plates"], ["kosovo", "within two months starting Aug. 1"],
           ["kosovo", "applied the principle of reciprocity"], ["kosovo", "the same rules on both sides"],
           ["serbia", "accused Pristina of trying to drive"]],
"w22-23": [["ecowas", "lifted the economic and financial sanctions"], ["ecowas", "accepting the military government's plan"],
           ["ecowas", "would monitor the timetable closely"],
           ["mali", "24 months from March 26, 2022"], ["mali", "a constitutional referendum on March 19, 2023"],
           ["mali", "a presidential election on Feb. 4, 2024"], ["mali", "the handover to elected authorities in"]],
"w22-24": [["kosovo", "postponed by one month, to Sept. 1"], ["kosovo", "at the request of the United"],
           ["kosovo", "on condition that the barricades were"], ["kosovo", "until Oct. 31 to re-register"],
           ["kosovo", "blamed Belgrade for stirring up"],
           ["serbia", "would not tolerate what he called"], ["serbia", "wanted peace but would not stand"]],
"w22-25": [["serbia", "Serbia agreed to abolish the entry"], ["serbia", "agreed in order to avoid conflict"],
           ["kosovo", "agreed not to introduce them"], ["kosovo", "showed that reciprocity worked"],
           ["kosovo", "would take effect on Sept. 1"]],
"w22-26": [["kosovo", "postpone by 48 hours fines"], ["kosovo", "fines of 150 euros"],
           ["kosovo", "the final deadline for switching plates"], ["kosovo", "the plan would go ahead"],
           ["kosovo", "dismissed a police commander in the"],
           ["serbia", "Serbia had accepted the EU proposal"], ["serbia", "Pristina had rejected it"]],
"w22-27": [["serbia", "Serbia will stop issuing plates"], ["serbia", "had protected the interests of Serbs"],
           ["kosovo", "Kosovo will halt further actions"], ["kosovo", "would suspend further steps in"],
           ["kosovo", "the fines would not be imposed"]],
"w22-28": [["mali", "would postpone slightly the presidential election"], ["mali", "the delay was for technical reasons"],
           ["mali", "a dispute with French company Idemia"], ["mali", "New dates would be announced later"],
           ["mali", "demanded in June that the mission"], ["mali", "ended its defence accords with France"]],
"w22-29": [["maersk", "to pause their journey until further notice"], ["maersk", "deeply concerned about the situation"],
           ["maersk", "posed a significant threat to the"], ["maersk", "was safe and the ship"]],
"w22-30": [["maersk", "preparing to allow its vessels to"], ["maersk", "the operation was in place"],
           ["maersk", "now preparing to let its ships"], ["maersk", "publish the plans for the first"],
           ["maersk", "the safety of its crews remained"], ["maersk", "keep monitoring the situation closely"]],
"w22-31": [["maersk", "paused all transits through the Red"], ["maersk", "for 48 hours"],
           ["maersk", "investigate the details of the incident"], ["maersk", "further assess the security situation"],
           ["maersk", "The crew was unharmed"], ["maersk", "continue its voyage north"]],
"w22-32": [["maersk", "diverted around the Cape of Good"], ["maersk", "for the foreseeable future"],
           ["maersk", "remains highly volatile"], ["maersk", "continues to be at a significantly"],
           ["maersk", "a sustainable resolution in the near"], ["maersk", "limit the disruption to customers"]],
"w22-33": [["france", "declared a state of emergency in"], ["france", "will last 12 days"],
           ["france", "banned TikTok in the territory"], ["france", "would be convened before the end"],
           ["france", "unless they agreed on a broader"], ["france", "must be held by Dec. 15"],
           ["france", "order would be restored"], ["france", "it was not a fantasy"]],
"w22-34": [["maersk", "raised its full-year earnings forecast"], ["maersk", "had extended beyond the region"],
           ["maersk", "capacity loss of 15 to 20"], ["maersk", "last at least until the end"]],
"w22-35": [["france", "would not be forced through in"], ["france", "give local leaders a few weeks"],
           ["france", "take stock within a month"], ["france", "would stay as long as necessary"],
           ["france", "even during the Olympic Games"], ["france", "like the state of emergency to end"],
           ["france", "provided that local leaders called for"]],
"w22-36": [["france", "would not be extended beyond its"], ["france", "to allow meetings of pro-independence groups"],
           ["france", "A curfew would remain in force"], ["france", "remain closed until at least Sunday"]],
"w22-37": [["france", "decided to suspend the constitutional reform"], ["france", "I have decided to suspend it"],
           ["france", "cannot leave any ambiguity"], ["france", "give full voice to local dialogue"],
           ["france", "would not be convened"]],
"w22-38": [["bangladesh", "was before the courts"], ["bangladesh", "could do nothing until the Supreme"],
           ["bangladesh", "we have nothing to do"], ["bangladesh", "should the grandchildren of the Razakars"]],
"w22-39": [["bangladesh", "agreed in principle with the students'"], ["bangladesh", "ready to sit with them"],
           ["bangladesh", "seek an earlier hearing"], ["bangladesh", "had not shut down the internet"],
           ["bangladesh", "a fire set by protesters"], ["bangladesh", "had damaged cables and servers"]],
"w22-40": [["bangladesh", "issued a circular adopting Sunday's ruling"], ["bangladesh", "mobile internet would return in phases"],
           ["bangladesh", "carried shoot-on-sight orders in extreme cases"]],
"w22-41": [["bangladesh", "not students but terrorists"], ["bangladesh", "resist them with a firm hand"],
           ["bangladesh", "imposed an indefinite nationwide curfew"], ["bangladesh", "declared a three-day public holiday"],
           ["bangladesh", "the doors of her official residence"], ["bangladesh", "no question of the prime minister"]],
"w22-42": [["bangladesh", "Sheikh Hasina resigned as Bangladesh's prime minister"], ["bangladesh", "an interim government would be formed"],
           ["bangladesh", "taking full responsibility for the country"], ["bangladesh", "promised justice for the killings"]],
"w22-43": [["bangladesh", "was ordered by the former government"], ["bangladesh", "was not caused by a fire"],
           ["bangladesh", "had been ordered by officials of"], ["bangladesh", "will be brought to justice"]],
"w22-44": [["northvolt", "cut about 1,600 jobs in Sweden"], ["northvolt", "pause the expansion of Northvolt Ett"],
           ["northvolt", "focus on its core business"], ["northvolt", "on a sustainable footing"],
           ["northvolt", "would go ahead"], ["northvolt", "in talks with its owners"]],
"w22-45": [["france", "postponed to November 2025 at the latest"], ["france", "would not be submitted to Congress"],
           ["france", "a mission of consultation"], ["france", "the priority was dialogue, calm"],
           ["france", "ask parliament to pass the law"]],
"w22-46": [["northvolt", "filed for Chapter 11 bankruptcy protection"], ["northvolt", "secured $245 million in new financing"],
           ["northvolt", "operations would continue as normal"], ["northvolt", "keep paying suppliers and employees"],
           ["northvolt", "complete the restructuring in the first"], ["northvolt", "stepped down as chief executive"],
           ["northvolt", "debts of $5.84 billion"], ["northvolt", "enough for about a week"]],
"w22-47": [["el-salvador", "reached a staff-level agreement"], ["el-salvador", "acceptance of bitcoin by the private"],
           ["el-salvador", "taxes would be paid only in"], ["el-salvador", "including its purchases of the cryptocurrency"],
           ["el-salvador", "to be gradually wound down"], ["el-salvador", "committed to cut the budget deficit"],
           ["el-salvador", "bought about one bitcoin a day"]],
"w22-48": [["el-salvador", "voted 55 to 2 on Wednesday"], ["el-salvador", "no longer required to accept bitcoin"],
           ["el-salvador", "cannot be paid in it"], ["el-salvador", "removed references to bitcoin as"],
           ["el-salvador", "approved the bill without debate"]],
"w22-49": [["el-salvador", "would keep buying bitcoin"], ["el-salvador", "it's not stopping"],
           ["el-salvador", "it won't stop now"], ["el-salvador", "won't stop in the future"],
           ["el-salvador", "showed holdings rising above 6,100"]],
"w22-50": [["northvolt", "filed for bankruptcy in Sweden"], ["northvolt", "failing to secure the financing it"],
           ["northvolt", "a series of compounding challenges"], ["northvolt", "rising capital costs, geopolitical instability"]],
}

OPTIONAL = {
"w22-02": [["maldives", "revoked last week's order to free"]],
"w22-05": [["maldives", "went on television to accept his"]],
"w22-07": [["ivory-coast", "who chose him in March as"]],
"w22-08": [["ivory-coast", "would step aside for a younger generation"]],
"w22-10": [["ivory-coast", "had created a new legal order"]],
"w22-12": [["mali", "the court named Goita transitional president"]],
"w22-18": [["haiti", "will not take place this year"]],
"w22-34": [["maersk", "said it would divert them around"]],
"w22-43": [["bangladesh", "as Hasina's ministers had claimed"]],
"w22-49": [["el-salvador", "the authorities committed that the public"]],
"w22-50": [["northvolt", "expected to complete its restructuring in"]],
}

MUST_FIRE = [
# claims negated
["w22-04", "w22-05", "maldives", "claim-negated: the president said the people had decided what they wanted and that he had accepted the results; two and a half weeks later he asks the Supreme Court to annul the election, saying the vote was rigged"],
["w22-09", "w22-12", "mali", "claim-negated: the soldiers who took power said they were not keen on power and wanted a civilian political transition; nine months later their leader has the civilian president and prime minister arrested and is named transitional president himself"],
["w22-09", "w22-28", "mali", "claim-negated: the junta said the UN mission and France's Barkhane force would remain its partners; the government has since ended its defence accords with France and demanded that the UN mission leave without delay"],
["w22-14", "w22-16", "haiti", "claim-negated: the elections minister said Joseph remained in charge, that Henry had not been sworn in and that Joseph would lead until a new president was elected; twelve days later Henry is sworn in and Joseph steps aside"],
["w22-13", "w22-48", "el-salvador", "claim-negated: the bitcoin law made bitcoin legal tender that every economic agent must accept and in which taxes can be paid; the assembly now makes acceptance voluntary, bars paying taxes in bitcoin and removes its status as a currency"],
["w22-47", "w22-49", "el-salvador", "claim-negated: the government agreed with the IMF that the public sector's involvement in bitcoin, including its purchases, would be confined; the president now says the buying is not stopping and will not stop in the future"],
["w22-46", "w22-50", "northvolt", "claim-negated: the company said its operations would continue as normal and that it expected to complete its restructuring in the first quarter of 2025; in March 2025 it files for bankruptcy in Sweden and hands the business to a trustee"],
# stance reversals
["w22-19", "w22-23", "mali", "stance-reversal: the government proposed a transition of up to five years and said the reforms were needed before any credible election; six months later it sets the transition at 24 months with a presidential election in February 2024"],
["w22-12", "w22-23", "ecowas", "stance-reversal: the bloc's leaders said the presidential election set for Feb. 27, 2022, must be maintained; they now accept a transition that runs to March 2024 and lift the sanctions"],
["w22-06", "w22-08", "ivory-coast", "stance-reversal: the president said he had decided not to be a candidate in the Oct. 31 election and to transfer power to a younger generation; five months later he says he will be a candidate"],
["w22-21", "w22-48", "el-salvador", "stance-reversal: the finance minister said no international organisation would make El Salvador do anything and that the bitcoin law would not be given up for an IMF loan; the assembly ends bitcoin's status as legal tender as a condition of the IMF loan"],
["w22-30", "w22-32", "maersk", "stance-reversal: the company said it was preparing to let its ships resume transits of the Red Sea under naval protection; twelve days later it diverts all of them around the Cape of Good Hope for the foreseeable future"],
["w22-38", "w22-39", "bangladesh", "stance-reversal: the prime minister said the quota dispute was before the courts and the government could do nothing until the Supreme Court ruled; four days later the law minister says the government agrees in principle to reform the quotas and has asked for an earlier hearing"],
# commitments reversed
["w22-01", "w22-02", "maldives", "commitment-reversed: the police said they would abide by the Supreme Court's order and enforce the release of the prisoners; two days later the government arrests the chief justice under an emergency, the order is revoked and the prisoners stay in custody"],
["w22-12", "w22-19", "mali", "commitment-reversed: the junta's leader said the transition would follow its normal course and elections would be held in 2022 as planned; the government now proposes a transition of up to five years from January 2022"],
["w22-14", "w22-18", "haiti", "commitment-reversed: the elections minister said the presidential and legislative elections and the referendum set for Sept. 26 would go ahead as planned; the prime minister has now agreed that they will be held in 2022"],
["w22-26", "w22-27", "kosovo", "commitment-reversed: the government said its plan to fine drivers and make them switch plates by April 2023 would go ahead after a 48-hour delay; two days later it suspends further steps and the fines will not be imposed"],
["w22-33", "w22-37", "france", "commitment-reversed: the president wrote that Congress would be convened before the end of June to adopt the electoral reform unless a broader accord was reached; with no accord, he suspends the reform and Congress will not be convened"],
# denial then action
["w22-41", "w22-42", "bangladesh", "denial-then-action: ministers said there was no question of the prime minister stepping down; the next day she resigns and leaves the country"],
# report denied, then borne out
["w22-39", "w22-43", "bangladesh", "report-denied: rights groups said the authorities had shut down the internet and the state minister denied it, blaming a fire set by protesters at a data centre; the government's own inquiry finds the shutdown was ordered and not caused by the fire"],
# number mismatch
["w22-14", "w22-15", "haiti", "number-mismatch: the police chief said four of the suspected gunmen had been killed and two detained; two days later he says three were killed and 17 detained"],
# dates moved
["w22-23", "w22-28", "mali", "date-mismatch: the government set the presidential election for Feb. 4, 2024, and the handover to elected authorities for March 2024; it now postpones the election with no new date"],
["w22-22", "w22-24", "kosovo", "date-mismatch: the government said the rules on identity documents and plates would apply from Aug. 1; it now puts them off to Sept. 1"],
["w22-24", "w22-26", "kosovo", "date-mismatch: drivers were to have until Oct. 31 to re-register their cars; the final deadline for switching plates is now April 21, 2023"],
["w22-33", "w22-45", "france", "date-mismatch: the government said the provincial elections must be held by Dec. 15 at the latest; the prime minister now postpones them to November 2025 at the latest"],
]

AMBIGUOUS = [
["w22-02", "w22-03"],  # a 15-day emergency, then extended by 30 days at the president's request, with a reason given
["w22-09", "w22-19"],  # elections within a reasonable time, then a proposal of five more years: hedged
["w22-09", "w22-23"],  # a civilian transition to elections within a reasonable time, then a transition running to March 2024
["w22-12", "w22-28"],  # elections in 2022 as planned, then the 2024 election postponed: carried by w22-12/w22-19
["w22-06", "w22-11"],  # no candidacy, then a third term won: carried by w22-06/w22-08
["w22-16", "w22-18"],  # elections as soon as possible and a pledge to restore order, then elections in 2022 and a prosecutor dismissed
["w22-13", "w22-47"],  # mandatory acceptance, then an agreement that it will become voluntary: carried by w22-13/w22-48
["w22-21", "w22-47"],  # no organisation will make us, then an IMF deal that scales back the law: carried by w22-21/w22-48
["w22-17", "w22-48"],  # businesses able to do so must accept, then no longer required: carried by w22-13/w22-48
["w22-22", "w22-26"],  # two months from Aug. 1, then a final deadline in April 2023: carried by the two date pairs
["w22-25", "w22-27"],  # the plate rule to take effect on Sept. 1, then further steps suspended: carried by w22-26/w22-27
["w22-30", "w22-31"],  # preparing to resume, then a 48-hour pause after an attack: carried by w22-30/w22-32
["w22-31", "w22-32"],  # a 48-hour pause to assess, then a diversion for the foreseeable future
["w22-33", "w22-35"],  # Congress before the end of June, then no forcing through in the current context and a month to take stock
["w22-35", "w22-36"],  # the emergency to end provided barricades come down, then lifted while some still stand
["w22-44", "w22-46"],  # cuts to put the company on a sustainable footing, then Chapter 11
["w22-44", "w22-50"],  # talks on further financing and factories that go ahead, then bankruptcy in Sweden
]

TRAPS = [
["w22-02", "w22-04", "different matters: a president who defies a court order and arrests judges in February, and who accepts the voters' verdict in September"],
["w22-06", "w22-10", "a consistent position: the president said in March that the 2016 constitution would have allowed him to run, and the council rules that it does"],
["w22-08", "w22-10", "a consistent restatement: the president says the constitution allows him to run, and the government says the vote will be held on schedule"],
["w22-07", "w22-11", "a stated date kept: the election still to be held on Oct. 31, and held on Oct. 31"],
["w22-19", "w22-20", "a consistent position: the government defends its five-year timetable, calls the sanctions illegal and says it remains open to dialogue"],
["w22-20", "w22-23", "a condition, then met: the sanctions to be lifted once an acceptable timetable is agreed, and lifted after the 24-month timetable is set"],
["w22-15", "w22-18", "a count that grows: 17 suspects detained, then more than 40 people arrested as the investigation goes on"],
["w22-13", "w22-17", "a consistent restatement: no one obliged to hold bitcoin and the dollar kept, then use voluntary for citizens while businesses able to do so must accept it"],
["w22-17", "w22-49", "a count that grows: 550 bitcoins held in September 2021, more than 6,100 in March 2025"],
["w22-47", "w22-48", "an agreement carried out: acceptance to become voluntary and taxes paid in dollars under the IMF deal, then a law that does both"],
["w22-48", "w22-49", "different scopes: businesses no longer required to accept bitcoin, and the government itself still buying it"],
["w22-22", "w22-25", "a condition, then met: entry-exit documents for holders of Serbian IDs as a matter of reciprocity, then dropped when Serbia abolishes its own"],
["w22-24", "w22-25", "a condition, then met: entry documents postponed to Sept. 1 on grounds of reciprocity, then not introduced because Serbia abolishes its own"],
["w22-29", "w22-30", "an update announced as such: transits paused until further notice, then the notice that they will resume"],
["w22-32", "w22-34", "a consistent restatement: ships diverted for the foreseeable future, then disruption expected at least until the end of the year, with a forecast raised for reasons given"],
["w22-33", "w22-36", "a stated period kept: a state of emergency of 12 days, lifted when the 12 days end"],
["w22-35", "w22-37", "a consistent position: the reform will not be forced through, then it is suspended"],
["w22-37", "w22-45", "a consistent position: the reform suspended, then not submitted to Congress"],
["w22-38", "w22-40", "a consistent position: nothing to do while the matter is before the courts, then the court's ruling adopted by circular"],
["w22-39", "w22-40", "a commitment kept: agreement in principle to reform the quotas, then most quotas scrapped"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
