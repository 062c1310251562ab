#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-17, then checks them.

Every document retells a real, dated public event in its author's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "peru", "name": "Peru",
     "aliases": ["Peruvian government", "Lima", "Government Palace", "Peruvian embassy", "Peruvian embassy in Tokyo",
                 "Fujimori government", "Peruvian cabinet"],
     "speakers": [
         {"name": "Alberto Fujimori", "role": "President", "from": "1990-07-28", "to": "2000-11-22"},
         {"name": "Federico Salas", "role": "Prime Minister, President of the Council of Ministers", "from": "2000-07-29", "to": "2000-11-25"},
         {"name": "Alejandro Aguinaga", "role": "Minister of Health", "from": "1999-01-01", "to": "2000-11-25"},
         {"name": "Alberto Bustamante", "role": "Minister of Justice", "from": "2000-07-29", "to": "2000-11-25"}]},
    {"type": "actor", "id": "malaysia", "name": "Malaysia",
     "aliases": ["Malaysian government", "Putrajaya", "Finance Ministry", "Malaysian Finance Ministry", "Ministry of Finance",
                 "1MDB", "1Malaysia Development Berhad", "Attorney General's Chambers",
                 "Malaysian Anti-Corruption Commission", "MACC", "Malaysian cabinet"],
     "speakers": [
         {"name": "Najib Razak", "role": "Prime Minister and Finance Minister", "from": "2009-04-03", "to": "2018-05-10"},
         {"name": "Muhyiddin Yassin", "role": "Deputy Prime Minister", "from": "2009-04-10", "to": "2015-07-28"},
         {"name": "Ahmad Husni Hanadzlah", "role": "Second Finance Minister", "from": "2013-05-16", "to": "2016-06-27"},
         {"name": "Arul Kanda Kandasamy", "role": "President and Group Executive Director, 1MDB", "from": "2015-01-05", "to": "2018-06-30"},
         {"name": "Abdul Gani Patail", "role": "Attorney General", "from": "2002-01-01", "to": "2015-07-27"},
         {"name": "Mohamed Apandi Ali", "role": "Attorney General", "from": "2015-07-27", "to": "2018-06-04"},
         {"name": "Mahathir Mohamad", "role": "Prime Minister", "from": "2018-05-10", "to": "2020-02-24"},
         {"name": "Lim Guan Eng", "role": "Finance Minister", "from": "2018-05-21", "to": "2020-02-24"},
         {"name": "Tommy Thomas", "role": "Attorney General", "from": "2018-06-04", "to": "2020-02-28"}]},
    {"type": "actor", "id": "vietnam", "name": "Vietnam",
     "aliases": ["Vietnamese government", "Hanoi", "Ministry of Natural Resources and Environment", "environment ministry",
                 "Government Office", "Vietnamese authorities"],
     "speakers": [
         {"name": "Nguyen Xuan Phuc", "role": "Prime Minister", "from": "2016-04-07", "to": "2021-04-05"},
         {"name": "Vo Tuan Nhan", "role": "Deputy Minister of Natural Resources and Environment", "from": "2012-01-01", "to": "2020-06-30"},
         {"name": "Tran Hong Ha", "role": "Minister of Natural Resources and Environment", "from": "2016-04-09", "to": "2023-01-05"},
         {"name": "Mai Tien Dung", "role": "Minister, Chairman of the Government Office", "from": "2016-04-09", "to": "2021-04-08"}]},
    {"type": "actor", "id": "philippines", "name": "Philippines",
     "aliases": ["Philippine government", "Manila", "Malacanang", "Armed Forces of the Philippines", "Philippine military",
                 "Department of National Defense", "Philippine armed forces"],
     "speakers": [
         {"name": "Rodrigo Duterte", "role": "President", "from": "2016-06-30", "to": "2022-06-30"},
         {"name": "Delfin Lorenzana", "role": "Secretary of National Defense, martial law administrator", "from": "2016-06-30", "to": "2022-06-30"},
         {"name": "Eduardo Ano", "role": "Chief of Staff, Armed Forces of the Philippines", "from": "2016-12-07", "to": "2017-10-26"},
         {"name": "Restituto Padilla", "role": "Spokesman, Armed Forces of the Philippines", "from": "2016-07-01", "to": "2018-03-31"},
         {"name": "Ernesto Abella", "role": "Presidential Spokesperson", "from": "2016-06-30", "to": "2017-10-30"}]},
    {"type": "actor", "id": "commonwealth-bank", "name": "Commonwealth Bank of Australia",
     "aliases": ["Commonwealth Bank", "CBA", "CommBank"],
     "speakers": [
         {"name": "Ian Narev", "role": "Chief Executive Officer", "from": "2011-12-01", "to": "2018-04-08"},
         {"name": "Catherine Livingstone", "role": "Chairman", "from": "2017-01-01", "to": "2021-10-13"},
         {"name": "Matt Comyn", "role": "Chief Executive Officer", "from": "2018-04-09", "to": ONGOING}]},
    {"type": "actor", "id": "myanmar", "name": "Myanmar",
     "aliases": ["Myanmar government", "Naypyitaw", "Tatmadaw", "Myanmar army", "Myanmar military", "Defence Services",
                 "State Counsellor's Office", "Information Committee", "Independent Commission of Enquiry",
                 "Office of the Commander-in-Chief"],
     "speakers": [
         {"name": "Aung San Suu Kyi", "role": "State Counsellor", "from": "2016-04-06", "to": "2021-02-01"},
         {"name": "Aung San Suu Kyi", "role": "Agent of Myanmar before the International Court of Justice", "from": "2019-11-20", "to": "2021-02-01"},
         {"name": "Min Aung Hlaing", "role": "Commander-in-Chief of Defence Services", "from": "2011-03-30", "to": ONGOING},
         {"name": "Aye Win", "role": "Inspector General of Defence Services", "from": "2016-01-01", "to": "2018-12-31"},
         {"name": "Zaw Htay", "role": "Spokesman, Office of the President", "from": "2016-04-06", "to": "2021-02-01"},
         {"name": "Rosario Manalo", "role": "Chair, Independent Commission of Enquiry", "from": "2018-07-30", "to": "2020-01-31"}]},
    {"type": "actor", "id": "kobe-steel", "name": "Kobe Steel Ltd",
     "aliases": ["Kobe Steel", "Kobelco", "Kobelco Research Institute", "Kobe Steel group"],
     "speakers": [
         {"name": "Hiroya Kawasaki", "role": "Chairman, President and Chief Executive Officer", "from": "2013-04-01", "to": "2018-04-01"},
         {"name": "Naoto Umehara", "role": "Executive Vice President", "from": "2016-04-01", "to": "2018-03-31"},
         {"name": "Yoshihiko Katsukawa", "role": "Managing Executive Officer", "from": "2016-04-01", "to": "2018-03-31"},
         {"name": "Akira Kaneko", "role": "Executive Vice President", "from": "2016-04-01", "to": "2018-04-01"},
         {"name": "Mitsugu Yamaguchi", "role": "President and Chief Executive Officer", "from": "2018-04-01", "to": "2024-03-31"}]},
    {"type": "actor", "id": "canada", "name": "Canada",
     "aliases": ["Government of Canada", "Canadian government", "Ottawa", "Prime Minister's Office", "Privy Council Office",
                 "Conflict of Interest and Ethics Commissioner", "ethics commissioner", "Public Prosecution Service of Canada",
                 "Public Prosecution Service"],
     "speakers": [
         {"name": "Justin Trudeau", "role": "Prime Minister", "from": "2015-11-04", "to": "2025-03-14"},
         {"name": "Gerald Butts", "role": "Principal Secretary to the Prime Minister", "from": "2015-11-04", "to": "2019-02-18"},
         {"name": "Michael Wernick", "role": "Clerk of the Privy Council", "from": "2016-01-22", "to": "2019-04-18"},
         {"name": "David Lametti", "role": "Minister of Justice and Attorney General", "from": "2019-01-14", "to": "2023-07-26"},
         {"name": "Mario Dion", "role": "Conflict of Interest and Ethics Commissioner", "from": "2018-01-09", "to": "2022-02-28"}]},
    {"type": "actor", "id": "snc-lavalin", "name": "SNC-Lavalin Group Inc.",
     "aliases": ["SNC-Lavalin", "SNC-Lavalin Group", "SNC-Lavalin Construction", "SNC-Lavalin Construction Inc", "SNC"],
     "speakers": [
         {"name": "Robert Card", "role": "President and Chief Executive Officer", "from": "2012-10-01", "to": "2015-10-05"},
         {"name": "Neil Bruce", "role": "President and Chief Executive Officer", "from": "2015-10-05", "to": "2019-06-11"},
         {"name": "Ian L. Edwards", "role": "President and Chief Executive Officer", "from": "2019-06-11", "to": "2024-04-01"}]},
    {"type": "actor", "id": "chile", "name": "Chile",
     "aliases": ["Chilean government", "La Moneda", "Santiago government", "Chilean Foreign Ministry", "Chilean interior ministry",
                 "Chilean army", "interior ministry"],
     "speakers": [
         {"name": "Sebastian Pinera", "role": "President", "from": "2018-03-11", "to": "2022-03-11"},
         {"name": "Gloria Hutt", "role": "Minister of Transport and Telecommunications", "from": "2018-03-11", "to": "2022-03-11"},
         {"name": "Juan Andres Fontaine", "role": "Minister of Economy", "from": "2018-08-09", "to": "2019-10-28"},
         {"name": "Andres Chadwick", "role": "Minister of the Interior", "from": "2018-03-11", "to": "2019-10-28"},
         {"name": "Teodoro Ribera", "role": "Minister of Foreign Affairs", "from": "2019-06-13", "to": "2020-07-28"},
         {"name": "Javier Iturriaga", "role": "Chief of National Defence for the Santiago area under the state of emergency", "from": "2019-10-19", "to": "2019-10-28"}]},
    {"type": "actor", "id": "indonesia", "name": "Indonesia",
     "aliases": ["Indonesian government", "Jakarta", "National Police", "Indonesian police", "East Java police",
                 "East Java provincial government", "provincial disaster management agency", "fact-finding team",
                 "Joint Independent Fact-Finding Team"],
     "speakers": [
         {"name": "Joko Widodo", "role": "President", "from": "2014-10-20", "to": "2024-10-20"},
         {"name": "Listyo Sigit Prabowo", "role": "Chief of the National Police", "from": "2021-01-27", "to": ONGOING},
         {"name": "Dedi Prasetyo", "role": "Head of the Public Relations Division, National Police", "from": "2021-12-01", "to": "2023-05-31"},
         {"name": "Nico Afinta", "role": "Chief of the East Java Regional Police", "from": "2020-12-01", "to": "2022-10-10"},
         {"name": "Emil Dardak", "role": "Deputy Governor of East Java", "from": "2019-02-13", "to": "2024-02-13"},
         {"name": "Mahfud MD", "role": "Coordinating Minister for Political, Legal and Security Affairs; head of the Joint Independent Fact-Finding Team", "from": "2019-10-23", "to": "2024-02-02"}]},
]

OUTLETS = {
    "Corraway Wire": "corraway-wire.example",
    "Elmhurst Vale News Agency": "elmhurst-vale-news.example",
    "Brantholme Dispatch": "brantholme-dispatch.example",
    "Kittering Financial Courier": "kittering-financial.example",
    "Quellmoor Press Service": "quellmoor-press.example",
    "Wendover Point Newswire": "wendover-point.example",
    "Pennock Ledger": "pennock-ledger.example",
    "Tarrock Bay Herald": "tarrock-bay-herald.example",
    "Millbeck Cross Wire": "millbeck-cross.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- Peru, September-November 2000
("w17-01", "Corraway Wire", "2000-09-17T05:30:00Z", "Fujimori calls early election, says he will not run, and orders spy service shut", [
"President Alberto Fujimori announced on Saturday night that he would call general elections as soon as possible and would not be a candidate in them, two days after a videotape appeared to show his intelligence adviser paying an opposition congressman to change sides.",
"In an address of less than ten minutes on national television, Fujimori said that after deep reflection he had decided, first, to deactivate the National Intelligence Service and, second, to call the elections, in which it was obvious that he would not take part. He said he did not want to become a source of disturbance, still less an obstacle to strengthening democracy. He did not name Vladimiro Montesinos, the adviser shown on the tape handing $15,000 to congressman Alberto Kouri, and did not say whether he would stay in office until a successor was chosen. Only weeks earlier his government had repeatedly ruled out any new vote.",
"Prime Minister Federico Salas said on Sunday that the president remained in full control of the armed forces and that Montesinos was in Lima and under investigation, though he had not been detained. Health Minister Alejandro Aguinaga told reporters after a cabinet meeting that the elections would probably be held in six to seven months. Crowds celebrated outside the presidential palace, and opposition leaders called for Fujimori to step down at once.",
]),
("w17-02", "Elmhurst Vale News Agency", "2000-09-30T01:00:00Z", "Fujimori says Peru's transition will be under his direction after meeting Albright", [
"Peruvian President Alberto Fujimori said in Washington on Friday that the country's electoral process would be carried out under his direction, brushing aside calls at home for him to resign before a new president is chosen.",
"\"The priority now is the electoral process,\" Fujimori told reporters after Secretary of State Madeleine Albright said she backed his decision to bring elections forward and urged him to use his remaining months to promote reform. He said he expected the transition to be led by him, in keeping with his commitment, and promised that stability and democracy in Peru would be guaranteed. Fujimori has proposed to hand power to an elected successor on July 28 next year, four years before his term was due to end.",
"Organization of American States Secretary-General Cesar Gaviria, who is mediating talks between the government and the opposition in Lima, said the two sides had agreed to set an election date by Oct. 15. He acknowledged that some officers had spoken of a coup but said he expected the armed forces to support the process. Vladimiro Montesinos, the former intelligence adviser whose videotaped payment to a congressman set off the crisis, flew to Panama last weekend to seek asylum.",
]),
("w17-03", "Corraway Wire", "2000-10-26T04:00:00Z", "Fujimori leads hunt for former spy chief as government agrees to April 8 election", [
"President Alberto Fujimori personally led police commandos through a resort town outside Lima on Wednesday in search of his former intelligence adviser Vladimiro Montesinos, hours before his government agreed to hold new elections on April 8.",
"Montesinos returned unexpectedly on Monday from Panama, where his request for asylum had met resistance. Fujimori, who after a night of meetings with his cabinet and commanders declared that he exercised total control of the armed forces and ruled out any break in the constitutional order, ordered the military confined to barracks on Wednesday. He then headed a convoy to Chaclacayo, 35 kilometres east of the capital, where Montesinos was thought to have a house. \"The operation will continue day and night until he is located,\" Fujimori told reporters after the search came up empty. He said no arrest warrant had been issued and that the police would find Montesinos and hand him to the judicial authorities.",
"In Lima, negotiators brought together by the Organization of American States agreed on the date for the vote, and Justice Minister Alberto Bustamante said the government had dropped its demand that the elections be tied to an amnesty for military officers. Fujimori has said he will hand over power on July 28, 2001.",
]),
("w17-04", "Brantholme Dispatch", "2000-11-18T14:00:00Z", "Fujimori extends Tokyo stay as aides deny he means to remain in Japan", [
"Peruvian President Alberto Fujimori prolonged his stay in Japan on Saturday, a day after flying in from the Asia-Pacific summit in Brunei, as officials in Lima and Tokyo offered differing reasons and denied rumours that he meant to stay abroad.",
"A resolution signed by Prime Minister Federico Salas and published in Lima said the president should remain in Japan until Nov. 22 to continue negotiating a loan from the Japanese government to help balance Peru's budget for 2001. Staff at the Peruvian embassy in Tokyo told Japanese reporters that he was resting because of a cold. When he arrived on Friday, the embassy had described the visit as brief, and the consul-general said he expected Fujimori to go on to a summit of Latin American leaders in Panama this weekend. Aides dismissed reports that he would ask for asylum in Asia as groundless.",
"Fujimori, the son of Japanese immigrants, met the governor of the Japan Bank for International Cooperation on Friday but said nothing to the reporters waiting at his hotel. In Lima, Congress this week removed its president, a Fujimori ally, and chose Valentin Paniagua, an opposition moderate, to lead it.",
]),
("w17-05", "Corraway Wire", "2000-11-21T23:30:00Z", "Fujimori says he will stay in Japan 'a long time'; Congress declares him morally unfit", [
"Alberto Fujimori said on Tuesday that he expected to remain in Japan for a long time, two days after announcing from a Tokyo hotel that he was resigning as president of Peru, and hours before Peru's Congress refused to accept the resignation and instead declared him morally unfit to govern.",
"In a letter to Congress, Fujimori wrote that he had concluded he must formally resign in order to open a stage of political calm that would allow an orderly transition. He told reporters at his hotel on Tuesday that he would like to return to Peru some day but did not know when, and that he was not seeking political asylum. He said his decision had nothing to do with the corruption scandal surrounding his former adviser Vladimiro Montesinos, and denied holding bank accounts abroad.",
"Ministers in Lima, who learned of the resignation from television, said they were indignant and stepped down as a group.",
"Congress voted to declare the presidency vacant on grounds of permanent moral incapacity, and after both vice presidents stepped aside, its president Valentin Paniagua was due to be sworn in as interim head of state. The elections set for April 8 will go ahead, with the winner taking office on July 28.",
]),
# ---------------------------------------------------------------- Malaysia and 1MDB, 2015-2018 (part 1)
("w17-06", "Kittering Financial Courier", "2015-03-12T11:00:00Z", "Malaysia says 1MDB's Cayman money is held as cash in Singapore; fund gets standby credit", [
"Malaysia's government has told parliament that the last $1.103 billion of a Cayman Islands investment made by state fund 1Malaysia Development Berhad (1MDB) was redeemed in cash and is being kept in U.S. dollars at BSI Bank in Singapore.",
"In a written reply to opposition lawmaker Tony Pua, the Finance Ministry, which owns the fund, said the money was held in Singapore to make withdrawals easier, because transactions above 50 million ringgit in Malaysia need the central bank's approval. 1MDB president Arul Kanda Kandasamy has said the money will not be brought home but used to service the fund's debts, which stand at about 42 billion ringgit.",
"Second Finance Minister Ahmad Husni Hanadzlah confirmed in parliament on Thursday that the government had set aside a standby credit of 950 million ringgit for 1MDB, of which 60 million ringgit had been drawn, and said a planned share sale by the fund's energy arm would settle much of its debt. Arul Kanda said the facility was a loan on commercial terms. Deputy Prime Minister Muhyiddin Yassin said last week that there would be no government bailout of the fund. The cabinet concluded on March 4 that 1MDB had committed no wrongdoing, and the auditor-general is reviewing its accounts.",
]),
("w17-07", "Kittering Financial Courier", "2015-05-21T13:00:00Z", "Malaysia says 1MDB's Singapore holding is 'units', not cash", [
"Malaysia's second finance minister said on Thursday that the government had been mistaken when it described as cash the $1.1 billion that state fund 1MDB redeemed from the Cayman Islands, and that the money was in fact held in the form of units at a bank in Singapore.",
"\"It was a mistake,\" Ahmad Husni Hanadzlah told reporters in the parliament lobby, saying the impression given when 1MDB said it had redeemed the investment and kept it in BSI Bank was that there was cash. He said the holding consisted of units backed by a sovereign wealth fund but could not say what kind of paper they were. A day earlier, Prime Minister Najib Razak, who is also finance minister and chairs 1MDB's board of advisers, told parliament in a written reply that the redeemed investments were in the form of U.S. dollar assets, with BSI acting as custodian. In March the ministry had said the money was redeemed in cash.",
"Opposition lawmaker Tony Pua said the answers showed there was no money in Singapore at all, only papers moved from the Caymans. Husni said the government was working to bring all the assets home as soon as possible.",
]),
("w17-08", "Quellmoor Press Service", "2015-07-04T05:00:00Z", "Najib denies taking 1MDB money after report traces $700 million to his accounts", [
"Malaysian Prime Minister Najib Razak denied on Friday that he had taken money from state fund 1MDB for personal gain, after The Wall Street Journal reported that investigators had traced nearly $700 million into bank accounts in his name.",
"The newspaper, citing documents from a Malaysian government investigation, said most of the money, about 2.6 billion ringgit at current exchange rates, reached his personal accounts at AmBank in Kuala Lumpur in 2013 through entities linked to 1MDB, and that a smaller sum of about 42 million ringgit came from companies tied to SRC International, a former 1MDB unit now owned by the Finance Ministry.",
"\"I have never taken 1MDB funds for personal gain,\" Najib wrote on Facebook, describing the report as political sabotage by people including former prime minister Mahathir Mohamad and saying he was consulting lawyers. 1MDB said in a statement that it had never provided any funds to the prime minister. Attorney General Abdul Gani Patail said a special task force was examining the documents, which he said he had received.",
]),
("w17-09", "Quellmoor Press Service", "2016-01-26T12:30:00Z", "Malaysia's attorney general clears Najib, says $681 million was a Saudi royal gift", [
"Malaysia's attorney general cleared Prime Minister Najib Razak of wrongdoing on Tuesday, saying that $681 million paid into his personal bank account in 2013 was a personal donation from the Saudi royal family and that no criminal offence had been committed.",
"Mohamed Apandi Ali told a news conference in Putrajaya that the money, which he put at 2.08 billion ringgit at the time, was transferred between March and April 2013 and given without any consideration. Najib returned $620 million to the family in August that year because it had not been used, he said. Apandi said there was no evidence that Najib knew that 42 million ringgit paid into his accounts had come from SRC International, and that the prime minister believed the payments came out of the donation.",
"He said he had directed the Malaysian Anti-Corruption Commission to close its three investigation papers. Najib said the decision confirmed what he had said all along and that he hoped the matter would now be put to rest. Critics questioned why a donor would give such a sum and take most of it back.",
]),
# ---------------------------------------------------------------- Vietnam's fish deaths, 2016
("w17-10", "Wendover Point Newswire", "2016-04-27T17:00:00Z", "Vietnam says no proof yet linking Taiwanese steel plant to mass fish deaths", [
"Vietnam's government said on Wednesday it had found no evidence so far that a steel plant run by a unit of Taiwan's Formosa Plastics was to blame for the deaths of huge numbers of fish along the central coast.",
"Deputy Minister of Natural Resources and Environment Vo Tuan Nhan told a news conference in Hanoi that the tests and evidence gathered until now gave no grounds to link the Formosa Ha Tinh plant, or other factories in the Vung Ang economic zone, to the deaths, and that environmental readings had not exceeded permitted levels.",
"He said experts had settled on two possible causes: toxic discharges from human activity on land or at sea, or a so-called red tide, in which algae bloom and release toxins. The problem was complicated and had taken other countries years to explain, he said, before leaving without taking questions.",
"Dead fish began appearing at farms in Ha Tinh province on April 6 and have since washed up along some 200 km of coast in four provinces. Anger grew this week after a Formosa representative said Vietnam had to choose between catching fish and shrimp and building a modern steel industry. The company, which is building a $10.6 billion complex, has said it respected all regulations.",
]),
("w17-11", "Wendover Point Newswire", "2016-05-02T09:00:00Z", "Vietnamese protest over fish deaths as minister orders steel plant to unearth its pipe", [
"Hundreds of people marched in Hanoi and Ho Chi Minh City on Sunday against the Taiwanese-owned steel plant they blame for a wave of fish deaths on Vietnam's central coast, a rare public protest in the one-party state.",
"Environment Minister Tran Hong Ha has ordered Hung Nghiep Formosa Ha Tinh to dig up the waste pipe that runs from its plant into the sea so that the government can monitor what it discharges, state media reported. The government said on Saturday it had told the trade and agriculture ministries to help buy seafood caught in deep waters, as fishermen in the affected provinces struggled to sell their catch. Officials said the cause had not yet been identified, that foreign experts had been invited to help, and that the findings would be announced once testing was complete.",
"Protesters carried banners reading \"Formosa destroying the environment is a crime\". Police, who usually break up demonstrations quickly, cleared traffic to let them march around Hoan Kiem lake. Formosa has denied any wrongdoing.",
]),
("w17-12", "Pennock Ledger", "2016-06-30T12:00:00Z", "Vietnam blames Formosa steel plant for fish deaths; firm to pay $500 million", [
"Vietnam's government said on Thursday that a steel plant run by a unit of Taiwan's Formosa Plastics had caused the mass fish deaths along the central coast in April, and that the company had agreed to pay $500 million in compensation.",
"Mai Tien Dung, the minister who heads the Government Office, told a news conference in Hanoi that more than 100 scientists, including foreign experts, had traced the deaths to industrial waste containing phenol, cyanide and iron hydroxides. Faults during test runs at the Formosa Ha Tinh Steel complex had led it to discharge wastewater with toxins above permitted limits into the sea, he said. The company accepted responsibility on June 28 after meetings with the environment ministry.",
"A video played at the news conference showed the plant's chairman, Chen Yuan-cheng, and other executives bowing in apology. Dung said the compensation, 11.5 trillion dong, would go to affected fishermen, to cleaning up the environment and to helping people find new jobs. The government had said in April that it had found no proof linking the plant to the deaths.",
]),
# ---------------------------------------------------------------- Marawi, 2017 (part 1)
("w17-13", "Tarrock Bay Herald", "2017-05-31T09:00:00Z", "Philippine defence chief eyes Friday to clear Marawi as martial law grips Mindanao", [
"Philippine troops may be able to clear the southern city of Marawi of Islamist fighters by Friday, Defense Secretary Delfin Lorenzana said on Wednesday, as the battle with gunmen linked to Islamic State went into its second week.",
"Lorenzana, who administers the martial law that President Rodrigo Duterte declared over the whole of Mindanao on May 23, said soldiers were advancing street by street against members of the Maute group holed up in the town's commercial centre. The fighting began when troops raided a house in search of Isnilon Hapilon, the Abu Sayyaf leader named by Islamic State as its emir in Southeast Asia. Duterte cut short a visit to Moscow after declaring martial law, which under the constitution runs for 60 days unless Congress extends it.",
"Lorenzana acknowledged that 10 soldiers had been killed on Wednesday when an air force plane dropped its bombs on their own position, and said the incident would be investigated. Most of Marawi's 200,000 residents have fled, and aid agencies said those still trapped were running out of food.",
]),
("w17-14", "Tarrock Bay Herald", "2017-06-02T10:30:00Z", "Philippine military says it will miss target date to retake Marawi", [
"The Philippine military said on Friday it would not meet the deadline set by the defence secretary to retake Marawi, saying gunmen still held commercial buildings at the centre of the besieged southern city.",
"\"Based on the reports we are getting, I don't think we can meet that deadline today,\" armed forces spokesman Brigadier General Restituto Padilla told a briefing in Manila. He said the date had been set so that troops had something to aim for, but that the final call rested with commanders on the ground. Until every member of the armed group still making a stand in Marawi was gone, the military could not say the city had been cleared, he said. Fighters were using mosques as sniper nests and civilians as human shields.",
"Padilla said Isnilon Hapilon was still believed to be in the city. Thirty-six soldiers and police, 120 militants and 19 civilians had been killed as of Thursday evening, he said. The military would keep using air strikes despite the bombing that killed 10 soldiers this week.",
]),
("w17-15", "Millbeck Cross Wire", "2017-06-13T08:00:00Z", "Flag raised in Marawi on Independence Day as fighting goes on; military drops deadlines", [
"Philippine soldiers raised the national flag at Marawi's city hall and the provincial capitol on Monday, Independence Day, but fighters linked to Islamic State still held parts of the city three weeks after the siege began, and the armed forces said they would set no more target dates.",
"The military chief of staff, General Eduardo Ano, had said he hoped flags could fly freely in every corner of Marawi by June 12. Presidential spokesman Ernesto Abella said on Tuesday that the date had been a working deadline set by the military and that the situation on the ground was more complicated than expected, with militants using tunnels, mosques and civilians for cover. \"We are achieving our milestones,\" he said. Armed forces spokesman Brigadier General Restituto Padilla said the military would no longer give deadlines, because it wanted to be sure the city was fully cleared.",
"An earlier goal of clearing the city by June 2 was also missed. Hundreds of people have been killed, most of them militants, and tens of thousands of residents remain in evacuation centres.",
]),
# ---------------------------------------------------------------- Commonwealth Bank and AUSTRAC (part 1)
("w17-16", "Kittering Financial Courier", "2017-08-07T07:30:00Z", "Commonwealth Bank blames coding error for most alleged money-laundering breaches", [
"Commonwealth Bank of Australia said on Monday that a coding error in its intelligent deposit machines accounted for the great majority of the breaches of anti-money laundering law alleged against it by the government's financial intelligence agency.",
"The bank said a software update to the machines in late 2012, unrelated to reporting, had introduced an error that stopped them creating the threshold transaction reports required for cash deposits of A$10,000 or more. The fault came to light in 2015, AUSTRAC was told within a month, the missing reports were filed and the code was fixed, it said. About 53,000 of the contraventions alleged relate to that single error, the bank said, while recognising that AUSTRAC had also made other serious allegations. It said it would respond to the claim in court.",
"AUSTRAC filed civil penalty proceedings in the Federal Court on Thursday alleging more than 53,700 contraventions, including 53,506 late threshold reports covering about A$625 million and failures to report suspicious transactions worth more than A$77 million linked to money-laundering syndicates. Chief executive Ian Narev said the bank took its obligations seriously. CBA shares have fallen since the case was announced.",
]),
# ---------------------------------------------------------------- Myanmar and the Rohingya (part 1)
("w17-17", "Elmhurst Vale News Agency", "2017-09-19T11:00:00Z", "Suu Kyi says Rakhine clearance operations ended Sept. 5, condemns rights abuses", [
"Myanmar's leader Aung San Suu Kyi said on Tuesday that her government condemned all human rights violations in Rakhine State and that security forces had carried out no clearance operations there since Sept. 5, in her first national address since more than 400,000 Rohingya Muslims fled to Bangladesh.",
"Speaking in English to diplomats in Naypyitaw, Suu Kyi said more than half of the Muslim villages in the area were intact and that she wanted to find out why people were fleeing. Myanmar was ready to begin verifying refugees for return at any time, she said, and those responsible for abuses would face the law, whatever their religion or ethnicity. She did not use the word Rohingya.",
"The government's information committee has said that militants of the Arakan Rohingya Salvation Army, which attacked 30 police posts on Aug. 25, set fire to Muslim homes and villages, and the army says its operations target only the insurgents. The United Nations human rights chief has called the campaign a textbook example of ethnic cleansing. Rights groups said satellite images showed villages still burning after Sept. 5.",
]),
# ---------------------------------------------------------------- Kobe Steel (part 1)
("w17-18", "Kittering Financial Courier", "2017-10-09T03:00:00Z", "Kobe Steel admits faking quality data for aluminium and copper sold to 200 firms", [
"Kobe Steel Ltd, Japan's third-biggest steelmaker, said on Sunday that employees had falsified inspection data on the strength and dimensions of aluminium and copper products shipped to about 200 companies, sending carmakers and aircraft makers scrambling to check their parts.",
"The products, sold between September 2016 and the end of August this year, included about 19,300 tonnes of aluminium sheet and extrusions, 19,400 aluminium castings and forgings and 2,200 tonnes of copper products. Executive Vice President Naoto Umehara told a news conference that the falsification had been found at all four of the company's domestic aluminium plants, was systematic, and for some items went back about 10 years. Managing executive officer Yoshihiko Katsukawa said an internal review begun after the problems in the aluminium and copper business had found no similar cases elsewhere in the group.",
"The company said it had not found any safety problems and had set up a committee under chief executive Hiroya Kawasaki to investigate. Some of the products had been certified as meeting Japanese Industrial Standards.",
]),
("w17-19", "Brantholme Dispatch", "2017-10-13T11:00:00Z", "Kobe Steel says 500 customers hit as falsification spreads to steel wire", [
"Kobe Steel's chief executive said on Friday that about 500 customers had received products with falsified quality data, more than twice the number the company gave at the weekend, as the scandal spread beyond its aluminium and copper business to steel wire, iron powder and materials used in displays.",
"Hiroya Kawasaki bowed deeply at a news conference in Tokyo and said the company's credibility had fallen to zero. The company disclosed earlier on Friday that data had been falsified for some steel wire products, after saying on Wednesday that it had found similar misconduct involving iron powder and about 70 cases at its Kobelco Research Institute unit, which makes target materials used in optical discs and liquid crystal displays. It said it had checked with steel wire customers and found no problems with the safety or function of the products.",
"Asked whether he would step down, Kawasaki said his first task was to confirm the safety of the products and find the causes, and that he would consider his own responsibility after that. Kobe Steel shares have lost about 40 percent of their value this week. Japan's industry ministry has told the company to report on the safety of the products within about two weeks.",
]),
# ---------------------------------------------------------------- Marawi, 2017 (part 2)
("w17-20", "Tarrock Bay Herald", "2017-10-17T11:00:00Z", "Duterte declares Marawi 'liberated' after militant leaders killed; troops still fight holdouts", [
"President Rodrigo Duterte declared the southern city of Marawi liberated from terrorist influence on Tuesday, a day after troops killed the two leaders of the five-month siege, though soldiers were still fighting a few dozen gunmen holding hostages in a small part of the city.",
"\"I hereby declare Marawi City liberated,\" Duterte told troops during a visit to the ruined city, saying the announcement marked the start of its rehabilitation. Defence Secretary Delfin Lorenzana said on Monday that Isnilon Hapilon, the Islamic State-backed emir for Southeast Asia, and Omar Maute had been killed in a pre-dawn assault. Military officials said 20 to 30 militants, some of them foreigners, remained in a few buildings and that the fighting could end within days.",
"More than 1,000 people have been killed since May, most of them militants. Congress voted in July to extend martial law across Mindanao until the end of the year. Hundreds of thousands of people were driven from their homes by the fighting.",
]),
# ---------------------------------------------------------------- Myanmar (part 2) and CBA (part 2)
("w17-21", "Elmhurst Vale News Agency", "2017-11-14T06:00:00Z", "Myanmar army inquiry clears its troops of abuses against Rohingya", [
"Myanmar's army said an internal investigation had found that its soldiers committed no abuses against Rohingya Muslims in Rakhine State, rejecting accounts of killings, rape and arson given by hundreds of thousands of refugees in Bangladesh.",
"The report, posted late on Monday on the Facebook page of the commander-in-chief, Senior General Min Aung Hlaing, said an inquiry led by Lieutenant General Aye Win had spent nearly a month in the area and questioned about 3,000 villagers. It found that security forces had followed orders and the rules of engagement, had fired only small arms and had not used excessive force. No innocent people had been killed by troops, no women raped and no homes burned by soldiers, it said, blaming the violence and the flight of villagers on what it called Bengali terrorists.",
"Amnesty International called the report a whitewash. The army also confirmed that it had moved the general who commanded operations in Rakhine, Major General Maung Maung Soe, to another post, without giving a reason. U.S. Secretary of State Rex Tillerson is due in Naypyitaw on Wednesday. More than 600,000 Rohingya have fled since Aug. 25.",
]),
("w17-22", "Pennock Ledger", "2017-12-13T23:00:00Z", "Commonwealth Bank admits late reports but contests other AUSTRAC claims", [
"Commonwealth Bank of Australia said on Wednesday that it would contest a number of the allegations in the money-laundering case brought by AUSTRAC, while admitting that it filed more than 53,500 transaction reports late.",
"In a statement to the stock exchange after the market closed, the bank said it agreed it had been late in lodging 53,506 threshold transaction reports, which it said made up 2.3 percent of such reports it filed between 2012 and 2015, but would argue that they stemmed from one systems error and should count as a single course of conduct. It accepted that it had not adequately followed risk assessment rules for its deposit machines, but not that this amounted to eight separate breaches.",
"Of the allegations about suspicious matter reports, it admitted 91 in whole or in part and denied the other 83; on ongoing monitoring of customers, it admitted 52 and rejected 19.",
"\"We deeply regret any failure to comply with these obligations,\" the bank said, adding that it was accountable for the deficiencies. AUSTRAC is expected to file an amended claim with further allegations.",
]),
("w17-23", "Millbeck Cross Wire", "2018-01-11T04:00:00Z", "Myanmar army admits soldiers killed 10 Rohingya men found in grave at Inn Din", [
"Myanmar's army admitted on Wednesday that its soldiers took part in killing 10 Rohingya Muslim men whose bodies were found in a grave at the village of Inn Din in Rakhine State, the first time it has acknowledged wrongdoing by troops in the campaign that drove hundreds of thousands of Rohingya from the country.",
"A statement posted on the Facebook page of the commander-in-chief, Senior General Min Aung Hlaing, said villagers and members of the security forces killed the 10 men, whom it described as Bengali terrorists, on Sept. 2 after they had been captured, and buried them in the grave. Action would be taken against the soldiers involved and against villagers who broke the law, the army said.",
"Government spokesman Zaw Htay called the admission a positive step and said it showed the military would take responsibility. Two Reuters journalists, Wa Lone and Kyaw Soe Oo, were arrested in Yangon last month while reporting on events in Inn Din and face charges under the Official Secrets Act. An army inquiry in November said troops had killed no innocent people.",
]),
("w17-24", "Pennock Ledger", "2018-02-23T06:00:00Z", "CBA denies most new AUSTRAC allegations and rejects shareholder suit", [
"Commonwealth Bank of Australia said on Friday it denied 89 of the 100 further allegations that AUSTRAC added to its money-laundering case in December, and admitted the other 11 only in part.",
"In an amended defence lodged with the Federal Court, the bank again agreed that it had filed 53,506 threshold transaction reports late but said they should be treated as a single contravention for the purposes of penalty. The additional allegations concern the bank's failure to report suspicious matters and to carry out due diligence on customers, including members of criminal syndicates.",
"The bank also filed its defence to a shareholder class action brought by Maurice Blackburn in October, which argues that investors should have been told earlier about the risk of regulatory action. CBA said it categorically denied all allegations of liability in that case and had complied with its continuous disclosure obligations at all times. It said it had submitted more than 19 million reports to AUSTRAC over the period of the claim and had spent more than A$400 million on financial crime compliance in the past eight years.",
]),
# ---------------------------------------------------------------- Kobe Steel (part 2)
("w17-25", "Kittering Financial Courier", "2018-03-06T09:30:00Z", "Kobe Steel CEO to quit as report finds data fraud dating to 1970s; 605 clients hit", [
"Kobe Steel Ltd's chief executive, Hiroya Kawasaki, will step down on April 1 to take responsibility for the falsification of product data, the company said on Tuesday, as it published the findings of an outside investigation showing that the cheating went back nearly five decades.",
"The steelmaker said the investigation had found further cases of misconduct, bringing the number of customers that received products with falsified data to 605, including 222 overseas. Improper conduct was widespread across the group and had been carried out with the knowledge and involvement of many people, including managers, it said, with the earliest cases dating back to the 1970s. \"I feel heavy responsibility as our data falsification has caused trouble to so many customers,\" Kawasaki told a news conference.",
"Executive Vice President Akira Kaneko will also resign, and most directors and executive officers will take pay cuts. The company said it had found no safety problems arising from the falsified data. The U.S. Justice Department is still investigating.",
]),
("w17-26", "Wendover Point Newswire", "2018-03-06T15:00:00Z", "Kobe Steel report puts affected customers at 688; president to resign", [
"Kobe Steel said on Tuesday that 688 customers had received products with falsified inspection data, 163 more than it had identified before, as the steelmaker released a long-awaited report on its quality scandal and announced the resignation of its president.",
"The report said staff, in some cases including executives, had rewritten or invented inspection data before shipping products, and that the company had deep-seated problems in its corporate culture and compliance. The falsification had been endemic at some plants since the 1970s, it said. \"We have caused trouble to many people,\" Hiroya Kawasaki said after a long bow of apology, adding that it was best for reforms to be carried out quickly under new management. He will leave on April 1; a successor has not yet been named.",
"The affected products include steel wire used in car engines and tyres and aluminium used in Japan's bullet trains. The company said again that it had found no safety issues arising from the false data. Kobe Steel had put the number of affected customers at 525 in November.",
]),
# ---------------------------------------------------------------- Malaysia (part 2) and CBA (part 3)
("w17-27", "Quellmoor Press Service", "2018-05-22T10:00:00Z", "Malaysia's new finance minister says ministry paid 7 billion ringgit of 1MDB debts", [
"Malaysia's Finance Ministry has paid 6.98 billion ringgit ($1.75 billion) on behalf of state fund 1MDB since April 2017 because the fund could not meet its obligations, Finance Minister Lim Guan Eng said on Tuesday, a day after taking office.",
"Lim said the payments covered interest and coupons on 1MDB's borrowings and 5.05 billion ringgit paid to Abu Dhabi's International Petroleum Investment Co under a settlement. This confirmed public suspicion that 1MDB had deceived Malaysians when it claimed its debts were being paid through a successful rationalisation exercise, he told a news conference in Putrajaya. \"All this while, it has been the Finance Ministry who bailed out 1MDB,\" he said.",
"He said a further 143.75 million ringgit of interest fell due on May 30 and that the government, which guarantees the debt, would have to pay it.",
"Lim also said the previous government had misrepresented the country's finances to parliament. Prime Minister Mahathir Mohamad, whose coalition defeated Najib Razak's in the May 9 election, has said Malaysia's debt exceeds one trillion ringgit.",
]),
("w17-28", "Kittering Financial Courier", "2018-06-04T02:30:00Z", "Commonwealth Bank to pay record A$700 million to settle money-laundering case", [
"Commonwealth Bank of Australia agreed on Monday to pay a A$700 million civil penalty to settle AUSTRAC's money-laundering case, the largest such penalty in Australian corporate history, and admitted further breaches beyond those it had already accepted.",
"The bank said it had admitted additional contraventions of the anti-money laundering law, including in risk assessment procedures, reporting, monitoring and due diligence on customers, and would also pay A$2.5 million of AUSTRAC's legal costs. The agreement, reached after court-ordered mediation, must still be approved by the Federal Court. AUSTRAC said the bank had admitted 53,750 contraventions in all.",
"\"While not deliberate, we fully appreciate the seriousness of the mistakes we made,\" chief executive Matt Comyn said, calling the agreement a clear acknowledgement of the bank's failures and apologising to the community for letting it down. The settlement does not cover a shareholder class action over the bank's disclosure, which CBA continues to defend.",
]),
("w17-29", "Quellmoor Press Service", "2018-07-04T06:30:00Z", "Najib charged with breach of trust over 42 million ringgit from SRC", [
"Former Malaysian prime minister Najib Razak was charged on Wednesday with three counts of criminal breach of trust and one of abuse of power over 42 million ringgit that prosecutors say was moved from SRC International, a former unit of state fund 1MDB, into his personal bank accounts.",
"Najib, who was arrested at his home on Tuesday by the Malaysian Anti-Corruption Commission, pleaded not guilty at the Kuala Lumpur court complex and was released on bail of 1 million ringgit. Attorney General Tommy Thomas, appointed last month, led the prosecution himself. The charges relate to transfers made between December 2014 and February 2015.",
"Najib said outside court that the trial would be his best chance to clear his name. He has long denied wrongdoing, and in 2016 the previous attorney general, Mohamed Apandi Ali, cleared him, saying there was no evidence he knew the money had come from SRC. The government of Prime Minister Mahathir Mohamad reopened the investigations after winning power in May.",
]),
# ---------------------------------------------------------------- Canada and SNC-Lavalin, 2019 (part 1)
("w17-30", "Brantholme Dispatch", "2019-02-07T23:00:00Z", "Trudeau denies report his office pressed former attorney general on SNC-Lavalin", [
"Prime Minister Justin Trudeau said on Thursday that a newspaper report that his office pressed former attorney general Jody Wilson-Raybould to help engineering firm SNC-Lavalin avoid a criminal trial was untrue.",
"The Globe and Mail reported that officials in the Prime Minister's Office urged Wilson-Raybould last autumn to ask federal prosecutors to negotiate a remediation agreement, under which the Montreal company would pay a penalty instead of facing trial on fraud and corruption charges related to its work in Libya, and that she refused. \"The allegations in the Globe story this morning are false,\" Trudeau told reporters in Vaughan, Ontario. Neither he nor his office had directed the current or previous attorney general to make any particular decision in the matter, he said.",
"Wilson-Raybould, who was moved to the veterans affairs portfolio in a cabinet shuffle last month, declined to comment, citing solicitor-client privilege. The Public Prosecution Service told SNC-Lavalin in October that it would not be offered an agreement. The company was charged in 2015 and has said it will plead not guilty.",
]),
("w17-31", "Brantholme Dispatch", "2019-02-22T01:00:00Z", "Top civil servant says no inappropriate pressure on Wilson-Raybould; Butts denies any", [
"Canada's top civil servant told a parliamentary committee on Thursday that he was confident no inappropriate pressure had been put on former attorney general Jody Wilson-Raybould over the prosecution of SNC-Lavalin, backing the government's account of a dispute that has cost it a minister and the prime minister's closest aide.",
"Michael Wernick, the Clerk of the Privy Council, said he had spoken to Wilson-Raybould in December about the possible loss of jobs if the company were convicted, but that the conversations stayed within the boundaries of what was lawful and appropriate. He told the justice committee there had been no improper pressure and described the contacts as lawful advocacy.",
"Gerald Butts resigned as Trudeau's principal secretary on Monday, saying he categorically denied that he or anyone else in the office had pressured Wilson-Raybould, but that he would step aside so the accusation did not distract from the government's work. Wilson-Raybould resigned from cabinet last week and has asked to be released from solicitor-client privilege so that she can speak.",
]),
("w17-32", "Corraway Wire", "2019-02-28T04:00:00Z", "Wilson-Raybould describes 'sustained' pressure; Trudeau says he disagrees", [
"Former attorney general Jody Wilson-Raybould told lawmakers on Wednesday that she had faced a consistent and sustained effort by many people in the government to interfere politically in the prosecution of SNC-Lavalin, including veiled threats, and Prime Minister Justin Trudeau said he completely disagreed with her account.",
"In nearly four hours of testimony before the Commons justice committee, Wilson-Raybould said 11 people from the Prime Minister's Office, the Privy Council Office and the finance minister's office had contacted her in some 10 phone calls and 10 meetings between September and December to press for a remediation agreement for the company. She said the pressure was inappropriate but not illegal, and that Trudeau had raised the Quebec election and his own seat in Montreal at a meeting on Sept. 17.",
"\"I completely disagree with the former attorney general's characterization of events,\" Trudeau told reporters in Montreal. He said he and his staff had always acted appropriately and professionally. Conservative leader Andrew Scheer called on Trudeau to resign.",
]),
("w17-33", "Kittering Financial Courier", "2019-05-29T21:00:00Z", "SNC-Lavalin ordered to stand trial on Libya fraud and corruption charges", [
"SNC-Lavalin Group Inc must stand trial on fraud and corruption charges over its business in Libya, a Quebec judge ruled on Wednesday, ending the company's hopes of a quick resolution of a case that has shaken the federal government.",
"Judge Claude Leblond found that prosecutors had presented enough evidence at a preliminary hearing to send the case to trial. The Montreal-based engineering company is accused of paying about C$47.7 million in bribes to Libyan officials between 2001 and 2011 and of defrauding Libyan organisations of about C$130 million. If convicted, it could be barred from federal government contracts for up to 10 years.",
"SNC-Lavalin said it would vigorously defend itself and would plead not guilty, in the interest of its employees, partners and shareholders, and that the charges stemmed from the conduct of former employees who had long since left. The company has repeatedly asked for a remediation agreement that would let it pay a penalty instead of going to trial. Its lawyers will tell the court on June 7 whether it wants a jury.",
]),
("w17-34", "Brantholme Dispatch", "2019-08-14T21:00:00Z", "Ethics watchdog finds Trudeau broke conflict law in SNC-Lavalin affair", [
"Canada's ethics commissioner ruled on Wednesday that Prime Minister Justin Trudeau broke federal conflict-of-interest law by improperly seeking to influence former attorney general Jody Wilson-Raybould to stop the criminal prosecution of SNC-Lavalin.",
"In a report, Conflict of Interest and Ethics Commissioner Mario Dion found that Trudeau, directly and through senior officials under his direction, had used various means to exert influence over Wilson-Raybould, in breach of section 9 of the Conflict of Interest Act. The authority of the prime minister and his office had been used to circumvent, undermine and ultimately try to discredit the decision of the director of public prosecutions, he wrote.",
"\"The buck stops with the prime minister,\" Trudeau told reporters in Niagara-on-the-Lake, Ontario, saying he took responsibility for everything that happened and that what happened should not have happened. But he said he disagreed with some of Dion's conclusions, including any suggestion that contact with the attorney general on the matter was improper, and he did not apologise, saying his job was to stand up for Canadian jobs.",
]),
# ---------------------------------------------------------------- Chile, October 2019
("w17-35", "Millbeck Cross Wire", "2019-10-18T17:00:00Z", "Chile rules out cutting metro fare as fare-dodging protests spread", [
"Chile's government has ruled out reversing a rise in Santiago's metro fares as students and commuters keep up mass fare-dodging protests that have damaged stations and disrupted a network used by more than 2.5 million people a day.",
"\"There is a decision that is already established,\" Transport Minister Gloria Hutt said after a meeting at La Moneda palace with Interior Minister Andres Chadwick, when asked whether the government would reconsider the price. She said the fare was not a discussion that should arise from the level of violence seen this week. The rise of 30 pesos, to 830 pesos at rush hour, took effect on Oct. 6 on the recommendation of a panel of experts that sets fares according to costs such as fuel and the dollar.",
"Economy Minister Juan Andres Fontaine angered commuters earlier this month by saying those who got up early could pay a lower off-peak fare. The government said it would use the State Security Law against those who vandalised stations. President Sebastian Pinera told a television interviewer this month that Chile was an oasis of stability in a troubled Latin America.",
]),
("w17-36", "Corraway Wire", "2019-10-19T23:30:00Z", "Pinera suspends fare rise after night of riots; troops patrol Santiago", [
"President Sebastian Pinera suspended the increase in Santiago's public transport fares on Saturday, a day after riots in which metro stations were set on fire, as soldiers took to the streets of the capital under a state of emergency for the first time since the end of military rule.",
"\"I have listened with humility to the voice of my compatriots,\" Pinera said in a televised address from La Moneda palace, announcing that the fare rise would be cancelled through a law to be sent to Congress and that he would meet the heads of Congress and the Supreme Court to seek a broad dialogue. He declared the state of emergency shortly after midnight and put General Javier Iturriaga in charge of security in the Santiago area.",
"Iturriaga imposed a curfew in the capital from 10 p.m. on Saturday until 7 a.m. on Sunday after protests and looting went on through the day. The metro remained shut. The fare rise of 30 pesos at rush hour took effect on Oct. 6, and the government had said this week that the decision would stand.",
]),
("w17-37", "Millbeck Cross Wire", "2019-10-21T03:30:00Z", "'We are at war,' Pinera says as unrest spreads and death toll rises", [
"President Sebastian Pinera said on Sunday night that Chile was at war with a powerful and implacable enemy, as riots, arson and looting spread to other cities and the state of emergency was extended beyond Santiago.",
"\"We are at war against a powerful, implacable enemy that respects nothing and no one,\" Pinera said after meeting military commanders, adding that the enemy was ready to use violence and crime without any limit. He said the government would not let the violent take over the country and called on Chileans to unite. The interior ministry said at least seven people had died, most of them in fires at looted supermarkets and a warehouse. Curfews were imposed in Santiago, Valparaiso and Concepcion. The metro fare rise that set off the protests was suspended on Saturday, but demonstrators say their anger is about the cost of living, pensions and inequality.",
]),
("w17-38", "Corraway Wire", "2019-10-21T22:00:00Z", "General in charge of Santiago says he is 'not at war with anyone'", [
"The army general in charge of security in Santiago said on Monday that he was not at war with anyone, a day after President Sebastian Pinera told Chileans the country was at war with a powerful enemy.",
"\"I am a happy man. The truth is I am not at war with anyone,\" General Javier Iturriaga told reporters when asked about the president's words, as the capital faced a third night under curfew. The government said 11 people had now died in the unrest. Interior Minister Andres Chadwick said well over 1,000 people had been detained and that the curfew would continue.",
"Pinera met leaders of the governing coalition and said he would invite opposition parties to discuss a social agenda. Hospitals said dozens had been injured, some by gunfire, and the national human rights institute said it was investigating complaints of abuses by troops and police.",
]),
("w17-39", "Elmhurst Vale News Agency", "2019-10-25T02:00:00Z", "Chile says APEC summit and climate talks will go ahead despite unrest", [
"Chile is pressing ahead with preparations to host the Asia-Pacific Economic Cooperation summit next month and the United Nations climate conference in December, Foreign Minister Teodoro Ribera said on Thursday, as protests against inequality went into their second week.",
"Ribera said planning for the APEC leaders' meeting in Santiago on Nov. 16-17 was continuing and that the government was taking measures so that it could take place properly. His ministry had contacted the other 20 APEC members and none had changed the participation of their leaders, he said. Work on the COP25 climate conference, due to run from Dec. 2 to Dec. 13, was also going ahead, he said. Washington has said it hopes President Donald Trump and Chinese President Xi Jinping will sign a trade agreement at the summit.",
"President Sebastian Pinera asked Chileans on Tuesday to forgive him for a lack of vision and announced a 20 percent rise in the basic pension, a guaranteed minimum income and the reversal of a rise in electricity prices. The unrest has left 18 people dead.",
]),
("w17-40", "Millbeck Cross Wire", "2019-10-30T19:00:00Z", "Chile cancels APEC summit and COP25 climate talks over protests", [
"Chile has cancelled the Asia-Pacific Economic Cooperation summit due in Santiago next month and the United Nations climate conference planned for December, President Sebastian Pinera said on Wednesday, saying the government had to concentrate on restoring order after nearly two weeks of protests.",
"\"This has been a very difficult decision,\" Pinera said at La Moneda palace, flanked by his foreign and environment ministers. He said the government had resolved with deep pain not to hold either meeting, and that its first priority was to re-establish public order, citizens' safety and social peace and to push its new social agenda. When a family had problems, a father had to devote all his time to solving them, he said.",
"Pinera told U.N. Secretary-General Antonio Guterres by telephone that Chile would not be in a position to host COP25. The White House, which had hoped Trump and Xi would sign a trade deal at the APEC meeting, said it still hoped to finalise the agreement in the same time frame. At least 20 people have died in the unrest.",
]),
# ---------------------------------------------------------------- Myanmar (part 3), SNC-Lavalin (part 2)
("w17-41", "Elmhurst Vale News Agency", "2019-12-11T17:00:00Z", "Suu Kyi tells world court disproportionate force 'cannot be ruled out'", [
"Aung San Suu Kyi told the International Court of Justice on Wednesday that Myanmar's soldiers may have used disproportionate force against Rohingya Muslims in 2017, but asked the court to throw out Gambia's accusation of genocide, calling it an incomplete and misleading picture.",
"Appearing in person as Myanmar's agent in The Hague, Suu Kyi said it could not be ruled out that members of the Defence Services had used disproportionate force in some cases, in disregard of international humanitarian law, or had failed to distinguish clearly enough between militants and civilians. Such cases would be prosecuted through Myanmar's own military justice system, she said, pointing to the conviction of soldiers over the killings at Inn Din. Genocidal intent could not be the only hypothesis, she said, describing the violence as an internal armed conflict started by militant attacks.",
"Gambia, acting with the backing of the Organisation of Islamic Cooperation, has asked the court to order emergency measures to protect the Rohingya still in Myanmar. More than 730,000 fled to Bangladesh after August 2017.",
]),
("w17-42", "Kittering Financial Courier", "2019-12-18T21:30:00Z", "SNC-Lavalin unit pleads guilty to fraud and will pay C$280 million", [
"A division of SNC-Lavalin Group Inc pleaded guilty on Wednesday to fraud over its business in Libya and will pay a C$280 million fine, ending the criminal case at the centre of this year's political storm over Prime Minister Justin Trudeau's government.",
"SNC-Lavalin Construction Inc admitted one count of fraud over C$5,000 in the Court of Quebec, where Judge Claude Leblond accepted a joint recommendation that it pay the fine over five years and be placed on probation for three years under an independent monitor. The other charges against it, its parent and a second subsidiary were stayed. According to an agreed statement of facts, the division paid C$127 million to shell companies between 2001 and 2011, about C$47 million of which went to benefit Saadi Gadhafi, a son of the late Libyan leader.",
"\"I apologize for this past misconduct and welcome the opportunity to move forward,\" chief executive Ian Edwards said, calling the outcome a game-changer that let the company put the matter behind it. The company said it did not expect the plea to stop it bidding for federal contracts. Attorney General David Lametti said prosecutors had reached the decision independently.",
]),
("w17-43", "Millbeck Cross Wire", "2020-01-20T13:00:00Z", "Myanmar inquiry finds possible war crimes against Rohingya but no genocide", [
"A commission set up by Myanmar's government said on Monday there were reasonable grounds to believe that members of the security forces were involved in war crimes and serious human rights violations against Rohingya Muslims in 2017, but that there was no evidence of genocide.",
"The Independent Commission of Enquiry, chaired by Philippine diplomat Rosario Manalo, said in a summary of the report it handed to President Win Myint that the crimes, committed by multiple actors between Aug. 25 and Sept. 5, 2017, included the killing of innocent villagers and the destruction of their homes by some members of the security forces through disproportionate use of force. There was not enough evidence to argue, much less conclude, that the crimes were committed with intent to destroy the group, it said.",
"The commission said its findings would be handed to the authorities for investigation and possible prosecution. Rights groups called it a whitewash. The International Court of Justice is due to rule on Thursday on Gambia's request for emergency measures.",
]),
# ---------------------------------------------------------------- Kanjuruhan, Indonesia, October 2022
("w17-44", "Tarrock Bay Herald", "2022-10-02T05:30:00Z", "At least 174 dead in Indonesian stadium crush after police fire tear gas", [
"At least 174 people were killed at a football stadium in Indonesia's East Java province when police fired tear gas at fans who had invaded the pitch, setting off a crush at the exits, officials said on Sunday, in one of the deadliest disasters in the history of the sport.",
"The provincial disaster management agency gave the figure of 174 on Sunday, after East Java police chief Nico Afinta had earlier put the toll at 127, including two police officers. Afinta said supporters of the home side, Arema FC, turned anarchic after a 3-2 defeat by Persebaya Surabaya, attacking officers and damaging vehicles, and that tear gas was fired because they endangered the players and officials. Fans fleeing the gas crowded toward the exits, where many were trampled or ran short of breath, he said.",
"President Joko Widodo ordered the national police chief to investigate thoroughly, suspended the top league until safety had been reviewed, and said he hoped this would be the last such tragedy. FIFA's stadium safety rules prohibit the use of crowd-control gas.",
]),
("w17-45", "Wendover Point Newswire", "2022-10-02T12:30:00Z", "Indonesia lowers stadium death toll to 125, citing double counting", [
"Indonesian officials cut the death toll from Saturday's stadium disaster in Malang to 125 on Sunday, saying that some victims had been counted twice when they were moved between hospitals.",
"\"Today's death toll is 125,\" East Java Deputy Governor Emil Dardak told Metro TV, saying 124 of the dead had been identified and that the figure was based on data the police collected from 10 hospitals. Some names had been recorded twice because patients had been referred to another hospital and written down again, he said. Provincial officials had earlier given a toll of 174. Those killed included 17 children, a government official said. Hundreds were injured when fans rushed for the exits after police fired tear gas following a pitch invasion. President Joko Widodo has ordered a thorough investigation, and the football association has barred Arema FC from hosting matches for the rest of the season.",
]),
("w17-46", "Tarrock Bay Herald", "2022-10-04T10:00:00Z", "Police say Kanjuruhan toll stays at 125, reject fan groups' higher count", [
"Indonesia's national police said on Tuesday that 125 people died in the crush at Kanjuruhan stadium and that the number had not risen, rejecting claims by supporters of Arema FC that the true toll was higher.",
"\"As of today, the number of people killed is 125. There is no increase,\" national police spokesman Inspector General Dedi Prasetyo told reporters in Malang, saying a disaster victim identification team working with forensic doctors and hospitals had identified all the bodies. He said he hoped the figure would not rise. A leader of the Aremania fan group said more people had died than officials acknowledged, including fans taken to hospitals outside Malang.",
"The national police chief, General Listyo Sigit Prabowo, on Monday removed the Malang police chief and suspended nine commanders of the mobile brigade unit whose officers fired tear gas. Rights groups have called for an independent investigation into the use of the gas, which FIFA bans inside stadiums.",
]),
("w17-47", "Wendover Point Newswire", "2022-10-06T15:00:00Z", "Indonesian police name six suspects in stadium disaster; toll rises to 131", [
"Indonesia's police chief named six suspects on Thursday over the crush that killed 131 people at Kanjuruhan stadium, including three police officers, and said 11 officers had fired tear gas, some of it into the stands.",
"General Listyo Sigit Prabowo told a news conference in Malang that officers fired seven rounds at the southern stand, one at the northern stand and three at the pitch, driving spectators toward exits that were too narrow and not fully open. The other suspects are the director of the league operator, the head of Arema FC's organising committee and the club's security officer. Police said on Wednesday that the toll had risen to 131 after a check with health officials found 12 people who died outside hospitals and had not been counted.",
"President Joko Widodo visited the stadium on Wednesday and ordered an audit of all stadiums. A government fact-finding team is due to report within weeks.",
]),
("w17-48", "Tarrock Bay Herald", "2022-10-10T11:00:00Z", "Indonesian police say tear gas did not cause stadium deaths", [
"Indonesia's police said on Monday that none of the 131 deaths in the Kanjuruhan stadium crush was caused by tear gas, and that the victims died from a lack of oxygen as spectators were crushed and trampled at the exits.",
"National police spokesman Inspector General Dedi Prasetyo said specialists in internal medicine, lungs, ear, nose and throat and eyes had all concluded that tear gas was not the cause of death. Even at its highest strength tear gas was not lethal and only irritated, he said. He acknowledged that some of the canisters fired had expired in 2021, but said expired gas grew weaker rather than more dangerous.",
"The national human rights commission said on the same day that tear gas had been the main trigger for the deaths, because it caused panic. National police chief Listyo Sigit Prabowo removed East Java police chief Nico Afinta from his post on Monday. A government fact-finding team led by security minister Mahfud MD is due to report this week.",
]),
("w17-49", "Pennock Ledger", "2022-10-14T12:00:00Z", "Fact-finding team says tear gas caused Indonesian stadium deaths, faults police", [
"Tear gas fired by police was the main cause of the deaths of 132 people at Kanjuruhan stadium, a fact-finding team set up by Indonesia's government said on Friday, contradicting the police account that the victims died from a lack of oxygen unrelated to the gas.",
"Those who died, were disabled or are in critical condition were crushed after the gas was fired, said Mahfud MD, the chief security minister who led the team, after presenting its report to President Joko Widodo. The team said police had fired the gas indiscriminately into the stands in violation of procedures and that senior officers should be held to account. It also said the leadership of the football association should resign.",
"The toll rose to 132 this week after another injured fan died in hospital. Mahfud said the team had found that officers fired tear gas that had passed its expiry date, and that laboratory tests on its toxicity were continuing.",
]),
]

STATEMENTS = {
"w17-01": [["peru", "call general elections as soon as possible"], ["peru", "would not be a candidate in them"],
           ["peru", "to deactivate the National Intelligence Service"], ["peru", "did not want to become a source"],
           ["peru", "remained in full control of the"], ["peru", "was in Lima and under investigation"],
           ["peru", "would probably be held in six"]],
"w17-02": [["peru", "would be carried out under his direction"], ["peru", "The priority now is the electoral process"],
           ["peru", "expected the transition to be led by"], ["peru", "stability and democracy in Peru would be"],
           ["peru", "to hand power to an elected successor"]],
"w17-03": [["peru", "exercised total control of the armed forces"], ["peru", "ruled out any break in the constitutional"],
           ["peru", "will continue day and night until"], ["peru", "no arrest warrant had been issued"],
           ["peru", "would find Montesinos and hand him"], ["peru", "agreed to hold new elections on April"],
           ["peru", "had dropped its demand that the elections"], ["peru", "will hand over power on July"]],
"w17-04": [["peru", "should remain in Japan until Nov. 22"], ["peru", "to continue negotiating a loan from"],
           ["peru", "was resting because of a cold"], ["peru", "had described the visit as brief"],
           ["peru", "expected Fujimori to go on to"], ["peru", "dismissed reports that he would ask"]],
"w17-05": [["peru", "expected to remain in Japan for"], ["peru", "he must formally resign"],
           ["peru", "open a stage of political calm"], ["peru", "was not seeking political asylum"],
           ["peru", "nothing to do with the corruption scandal"], ["peru", "denied holding bank accounts abroad"],
           ["peru", "said they were indignant"]],
"w17-06": [["malaysia", "was redeemed in cash and is"], ["malaysia", "kept in U.S. dollars at BSI"],
           ["malaysia", "to make withdrawals easier"], ["malaysia", "will not be brought home"],
           ["malaysia", "set aside a standby credit of"], ["malaysia", "would settle much of its debt"],
           ["malaysia", "was a loan on commercial terms"], ["malaysia", "there would be no government bailout"],
           ["malaysia", "had committed no wrongdoing"]],
"w17-07": [["malaysia", "the government had been mistaken"], ["malaysia", "held in the form of units"],
           ["malaysia", "It was a mistake"], ["malaysia", "could not say what kind of paper"],
           ["malaysia", "in the form of U.S. dollar assets"], ["malaysia", "with BSI acting as custodian"],
           ["malaysia", "to bring all the assets home"]],
"w17-08": [["malaysia", "denied on Friday that he had taken"], ["malaysia", "never taken 1MDB funds for personal gain"],
           ["malaysia", "describing the report as political sabotage"], ["malaysia", "he was consulting lawyers"],
           ["malaysia", "never provided any funds to the"], ["malaysia", "a special task force was examining"]],
"w17-09": [["malaysia", "was a personal donation from the"], ["malaysia", "no criminal offence had been committed"],
           ["malaysia", "given without any consideration"], ["malaysia", "returned $620 million to the family"],
           ["malaysia", "no evidence that Najib knew"], ["malaysia", "believed the payments came out of"],
           ["malaysia", "to close its three investigation papers"], ["malaysia", "confirmed what he had said all along"]],
"w17-10": [["vietnam", "found no evidence so far that"], ["vietnam", "gave no grounds to link the Formosa"],
           ["vietnam", "had not exceeded permitted levels"], ["vietnam", "had settled on two possible causes"],
           ["vietnam", "toxic discharges from human activity"], ["vietnam", "a so-called red tide"],
           ["vietnam", "had taken other countries years"]],
"w17-11": [["vietnam", "to dig up the waste pipe"], ["vietnam", "so that the government can monitor"],
           ["vietnam", "to help buy seafood caught"], ["vietnam", "the cause had not yet been identified"],
           ["vietnam", "foreign experts had been invited"], ["vietnam", "would be announced once testing was complete"]],
"w17-12": [["vietnam", "had caused the mass fish deaths"], ["vietnam", "had agreed to pay $500 million"],
           ["vietnam", "traced the deaths to industrial waste"], ["vietnam", "containing phenol, cyanide and iron hydroxides"],
           ["vietnam", "with toxins above permitted limits"], ["vietnam", "would go to affected fishermen"]],
"w17-13": [["philippines", "may be able to clear the"], ["philippines", "of Islamist fighters by Friday"],
           ["philippines", "were advancing street by street against"], ["philippines", "10 soldiers had been killed"],
           ["philippines", "the incident would be investigated"]],
"w17-14": [["philippines", "would not meet the deadline"], ["philippines", "I don't think we can meet"],
           ["philippines", "something to aim for"], ["philippines", "could not say the city had been"],
           ["philippines", "was still believed to be in"], ["philippines", "would keep using air strikes"],
           ["philippines", "using mosques as sniper nests"]],
"w17-15": [["philippines", "would set no more target dates"], ["philippines", "hoped flags could fly freely"],
           ["philippines", "a working deadline set by the military"], ["philippines", "more complicated than expected"],
           ["philippines", "We are achieving our milestones"], ["philippines", "would no longer give deadlines"]],
"w17-16": [["commonwealth-bank", "a coding error in its intelligent"], ["commonwealth-bank", "the great majority of the breaches"],
           ["commonwealth-bank", "stopped them creating the threshold"], ["commonwealth-bank", "AUSTRAC was told within a month"],
           ["commonwealth-bank", "About 53,000 of the contraventions"], ["commonwealth-bank", "had also made other serious allegations"],
           ["commonwealth-bank", "would respond to the claim in court"], ["commonwealth-bank", "took its obligations seriously"]],
"w17-17": [["myanmar", "condemned all human rights violations"], ["myanmar", "no clearance operations there since"],
           ["myanmar", "more than half of the Muslim"], ["myanmar", "ready to begin verifying refugees"],
           ["myanmar", "would face the law, whatever"], ["myanmar", "set fire to Muslim homes and villages"],
           ["myanmar", "target only the insurgents"]],
"w17-18": [["kobe-steel", "had falsified inspection data on"], ["kobe-steel", "shipped to about 200 companies"],
           ["kobe-steel", "at all four of the company's"], ["kobe-steel", "for some items went back about"],
           ["kobe-steel", "had found no similar cases elsewhere"], ["kobe-steel", "had not found any safety problems"]],
"w17-19": [["kobe-steel", "about 500 customers had received"], ["kobe-steel", "credibility had fallen to zero"],
           ["kobe-steel", "had been falsified for some steel"], ["kobe-steel", "about 70 cases at its"],
           ["kobe-steel", "found no problems with the safety"], ["kobe-steel", "first task was to confirm"],
           ["kobe-steel", "would consider his own responsibility"]],
"w17-20": [["philippines", "declared the southern city of Marawi liberated"], ["philippines", "I hereby declare Marawi City liberated"],
           ["philippines", "marked the start of its rehabilitation"], ["philippines", "had been killed in a pre-dawn assault"],
           ["philippines", "20 to 30 militants"], ["philippines", "the fighting could end within days"]],
"w17-21": [["myanmar", "committed no abuses against Rohingya Muslims"], ["myanmar", "had followed orders and the rules"],
           ["myanmar", "had fired only small arms"], ["myanmar", "had not used excessive force"],
           ["myanmar", "No innocent people had been killed"], ["myanmar", "no homes burned by soldiers"],
           ["myanmar", "blaming the violence and the flight"], ["myanmar", "had moved the general who commanded"]],
"w17-22": [["commonwealth-bank", "would contest a number of the"], ["commonwealth-bank", "had been late in lodging"],
           ["commonwealth-bank", "stemmed from one systems error"], ["commonwealth-bank", "should count as a single course"],
           ["commonwealth-bank", "had not adequately followed risk assessment"], ["commonwealth-bank", "denied the other 83"],
           ["commonwealth-bank", "admitted 52 and rejected 19"], ["commonwealth-bank", "We deeply regret any failure"],
           ["commonwealth-bank", "was accountable for the deficiencies"]],
"w17-23": [["myanmar", "took part in killing 10 Rohingya"], ["myanmar", "killed the 10 men"],
           ["myanmar", "buried them in the grave"], ["myanmar", "Action would be taken against the soldiers"],
           ["myanmar", "called the admission a positive step"], ["myanmar", "would take responsibility"]],
"w17-24": [["commonwealth-bank", "denied 89 of the 100"], ["commonwealth-bank", "admitted the other 11 only"],
           ["commonwealth-bank", "should be treated as a single contravention"], ["commonwealth-bank", "categorically denied all allegations of liability"],
           ["commonwealth-bank", "had complied with its continuous disclosure"], ["commonwealth-bank", "more than 19 million reports"],
           ["commonwealth-bank", "more than A$400 million on"]],
"w17-25": [["kobe-steel", "will step down on April 1"], ["kobe-steel", "bringing the number of customers"],
           ["kobe-steel", "to 605, including 222 overseas"], ["kobe-steel", "was widespread across the group"],
           ["kobe-steel", "with the earliest cases dating back"], ["kobe-steel", "I feel heavy responsibility as"],
           ["kobe-steel", "had found no safety problems arising"]],
"w17-26": [["kobe-steel", "688 customers had received products"], ["kobe-steel", "163 more than it had identified"],
           ["kobe-steel", "had deep-seated problems in its"], ["kobe-steel", "had been endemic at some plants"],
           ["kobe-steel", "We have caused trouble to"], ["kobe-steel", "best for reforms to be carried"],
           ["kobe-steel", "had found no safety issues"]],
"w17-27": [["malaysia", "has paid 6.98 billion ringgit"], ["malaysia", "could not meet its obligations"],
           ["malaysia", "had deceived Malaysians when it claimed"], ["malaysia", "it has been the Finance Ministry"],
           ["malaysia", "would have to pay it"], ["malaysia", "had misrepresented the country's finances"],
           ["malaysia", "debt exceeds one trillion ringgit"]],
"w17-28": [["commonwealth-bank", "agreed on Monday to pay"], ["commonwealth-bank", "admitted further breaches beyond those"],
           ["commonwealth-bank", "had admitted additional contraventions of the"], ["commonwealth-bank", "including in risk assessment procedures, reporting"],
           ["commonwealth-bank", "would also pay A$2.5 million"], ["commonwealth-bank", "While not deliberate, we fully"],
           ["commonwealth-bank", "a clear acknowledgement of the bank's"], ["commonwealth-bank", "apologising to the community for letting"]],
"w17-29": [["malaysia", "was charged on Wednesday with three"], ["malaysia", "prosecutors say was moved from SRC"],
           ["malaysia", "led the prosecution himself"], ["malaysia", "reopened the investigations after winning"]],
"w17-30": [["canada", "The allegations in the Globe story"], ["canada", "this morning are false"],
           ["canada", "Neither he nor his office had directed"], ["canada", "to make any particular decision"],
           ["canada", "would not be offered an agreement"]],
"w17-31": [["canada", "no inappropriate pressure had been put"], ["canada", "about the possible loss of jobs"],
           ["canada", "stayed within the boundaries of what"], ["canada", "there had been no improper pressure"],
           ["canada", "described the contacts as lawful advocacy"], ["canada", "categorically denied that he or anyone"],
           ["canada", "so the accusation did not distract"]],
"w17-32": [["canada", "completely disagreed with her account"], ["canada", "I completely disagree with the former"],
           ["canada", "had always acted appropriately and professionally"]],
"w17-33": [["snc-lavalin", "would vigorously defend itself"], ["snc-lavalin", "would plead not guilty"],
           ["snc-lavalin", "stemmed from the conduct of former employees"], ["snc-lavalin", "has repeatedly asked for a remediation"]],
"w17-34": [["canada", "broke federal conflict-of-interest law by"], ["canada", "had used various means to exert influence"],
           ["canada", "to circumvent, undermine and ultimately try"], ["canada", "The buck stops with the prime"],
           ["canada", "took responsibility for everything that happened"], ["canada", "should not have happened"],
           ["canada", "disagreed with some of Dion's conclusions"], ["canada", "to stand up for Canadian jobs"]],
"w17-35": [["chile", "has ruled out reversing a rise"], ["chile", "There is a decision that is"],
           ["chile", "not a discussion that should arise"], ["chile", "those who got up early could"],
           ["chile", "would use the State Security Law"], ["chile", "Chile was an oasis of stability"]],
"w17-36": [["chile", "suspended the increase in Santiago's"], ["chile", "I have listened with humility"],
           ["chile", "the fare rise would be cancelled"], ["chile", "to seek a broad dialogue"],
           ["chile", "declared the state of emergency shortly"], ["chile", "imposed a curfew in the capital"]],
"w17-37": [["chile", "Chile was at war with"], ["chile", "We are at war against"],
           ["chile", "ready to use violence and crime"], ["chile", "would not let the violent take"],
           ["chile", "at least seven people had died"]],
"w17-38": [["chile", "he was not at war with anyone"], ["chile", "I am not at war with anyone"],
           ["chile", "11 people had now died"], ["chile", "the curfew would continue"],
           ["chile", "to discuss a social agenda"]],
"w17-39": [["chile", "pressing ahead with preparations to host"], ["chile", "planning for the APEC leaders' meeting"],
           ["chile", "was taking measures so that it"], ["chile", "none had changed the participation of"],
           ["chile", "was also going ahead"], ["chile", "to forgive him for a lack"],
           ["chile", "a guaranteed minimum income"]],
"w17-40": [["chile", "has cancelled the Asia-Pacific Economic Cooperation"], ["chile", "This has been a very difficult decision"],
           ["chile", "resolved with deep pain not to"], ["chile", "first priority was to re-establish public"],
           ["chile", "devote all his time to solving"], ["chile", "would not be in a position"]],
"w17-41": [["myanmar", "may have used disproportionate force against"], ["myanmar", "an incomplete and misleading picture"],
           ["myanmar", "it could not be ruled out"], ["myanmar", "in disregard of international humanitarian law"],
           ["myanmar", "would be prosecuted through Myanmar's own"], ["myanmar", "could not be the only hypothesis"],
           ["myanmar", "an internal armed conflict started by"]],
"w17-42": [["snc-lavalin", "pleaded guilty on Wednesday to fraud"], ["snc-lavalin", "admitted one count of fraud"],
           ["snc-lavalin", "I apologize for this past misconduct"], ["snc-lavalin", "calling the outcome a game-changer"],
           ["snc-lavalin", "did not expect the plea to stop"], ["canada", "had reached the decision independently"]],
"w17-43": [["myanmar", "there were reasonable grounds to believe"], ["myanmar", "war crimes and serious human rights violations"],
           ["myanmar", "the killing of innocent villagers"], ["myanmar", "the destruction of their homes by"],
           ["myanmar", "through disproportionate use of force"], ["myanmar", "not enough evidence to argue"],
           ["myanmar", "would be handed to the authorities"]],
"w17-44": [["indonesia", "At least 174 people were killed"], ["indonesia", "gave the figure of 174"],
           ["indonesia", "put the toll at 127"], ["indonesia", "turned anarchic after a 3-2 defeat"],
           ["indonesia", "tear gas was fired because they"], ["indonesia", "to investigate thoroughly"],
           ["indonesia", "suspended the top league until"]],
"w17-45": [["indonesia", "cut the death toll from"], ["indonesia", "Today's death toll is 125"],
           ["indonesia", "124 of the dead had been identified"], ["indonesia", "had been recorded twice because"],
           ["indonesia", "included 17 children"]],
"w17-46": [["indonesia", "125 people died in the crush"], ["indonesia", "the number had not risen"],
           ["indonesia", "There is no increase"], ["indonesia", "had identified all the bodies"],
           ["indonesia", "hoped the figure would not rise"], ["indonesia", "removed the Malang police chief"],
           ["indonesia", "suspended nine commanders of the"]],
"w17-47": [["indonesia", "named six suspects on Thursday"], ["indonesia", "11 officers had fired tear gas"],
           ["indonesia", "fired seven rounds at the southern stand"], ["indonesia", "exits that were too narrow"],
           ["indonesia", "the toll had risen to 131"], ["indonesia", "found 12 people who died outside"],
           ["indonesia", "ordered an audit of all stadiums"]],
"w17-48": [["indonesia", "none of the 131 deaths"], ["indonesia", "died from a lack of oxygen as"],
           ["indonesia", "had all concluded that tear gas"], ["indonesia", "was not lethal and only irritated"],
           ["indonesia", "had expired in 2021"], ["indonesia", "grew weaker rather than more dangerous"],
           ["indonesia", "removed East Java police chief"]],
"w17-49": [["indonesia", "was the main cause of the deaths"], ["indonesia", "were crushed after the gas was fired"],
           ["indonesia", "indiscriminately into the stands in violation"], ["indonesia", "senior officers should be held to account"],
           ["indonesia", "the football association should resign"], ["indonesia", "fired tear gas that had passed"]],
}

OPTIONAL = {
"w17-01": [["peru", "had repeatedly ruled out any new vote"]],
"w17-05": [["peru", "will go ahead, with the winner"]],
"w17-07": [["malaysia", "the money was redeemed in cash"]],
"w17-08": [["malaysia", "traced nearly $700 million into"]],
"w17-12": [["vietnam", "found no proof linking the plant"]],
"w17-23": [["myanmar", "troops had killed no innocent people"]],
"w17-26": [["kobe-steel", "at 525 in November"]],
"w17-29": [["malaysia", "there was no evidence he knew"]],
"w17-30": [["snc-lavalin", "has said it will plead not guilty"]],
"w17-36": [["chile", "the decision would stand"]],
"w17-45": [["indonesia", "had earlier given a toll of 174"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["w17-10", "w17-12", "vietnam", "stance-reversal: the deputy environment minister said tests so far gave no grounds to link the Formosa plant to the fish deaths and that readings were within permitted levels, pointing to a red tide or other discharges; nine weeks later the government says the plant caused the deaths with wastewater above permitted limits"],
["w17-21", "w17-41", "myanmar", "stance-reversal: the army's inquiry found that troops had not used excessive force and killed no innocent people; two years later the state counsellor tells the world court it cannot be ruled out that soldiers used disproportionate force in some cases, in disregard of humanitarian law"],
["w17-39", "w17-40", "chile", "stance-reversal: the foreign minister said preparations for the APEC summit and COP25 were going ahead, no leader had changed plans and measures were being taken so the summit could take place; six days later the president cancels both meetings"],
# commitments reversed in other words
["w17-02", "w17-05", "peru", "commitment-reversed: Fujimori said the electoral process and the transition would be led by him, in keeping with his commitment, with power handed over on July 28; seven weeks later he resigns by letter from Tokyo and says he will stay in Japan a long time"],
["w17-33", "w17-42", "snc-lavalin", "commitment-reversed: after being sent to trial the company said it would vigorously defend itself and plead not guilty, blaming former employees; seven months later its construction division pleads guilty to fraud and the chief executive apologises for the misconduct"],
["w17-35", "w17-36", "chile", "commitment-reversed: the transport minister ruled out reconsidering the metro fare rise, saying the decision was established and no discussion should arise from violence; the next day the president suspends the rise and says it will be cancelled"],
# denial then action or admission
["w17-06", "w17-27", "malaysia", "denial-then-action: the deputy prime minister said there would be no government bailout of 1MDB, the standby credit was called a commercial loan and a share sale was to settle its debt; the finance ministry is later found to have paid 6.98 billion ringgit of the fund's obligations, which the new minister calls a bailout"],
["w17-21", "w17-23", "myanmar", "denial-then-action: the army's inquiry said no innocent people were killed by troops and no abuses were committed; two months later the army admits soldiers took part in killing 10 captured Rohingya men at Inn Din and burying them in a grave"],
["w17-24", "w17-28", "commonwealth-bank", "denial-then-action: the bank denied 89 of AUSTRAC's 100 further allegations in full, including on suspicious matter reporting and customer due diligence; three months later it admits further contraventions in reporting, monitoring and due diligence and pays A$700 million"],
# reports denied, then borne out
["w17-04", "w17-05", "peru", "report-denied: officials called the Tokyo visit brief, said he would go on to Panama or stay only until Nov. 22 to negotiate a loan, and dismissed reports that he would stay in Asia as groundless; he resigns from Tokyo and says he expects to remain in Japan for a long time"],
["w17-08", "w17-29", "malaysia", "report-denied: Najib called the report that money tied to 1MDB and SRC International reached his accounts political sabotage and 1MDB said it never provided funds to him; three years later he is charged with breach of trust over 42 million ringgit moved from SRC into his accounts"],
["w17-30", "w17-34", "canada", "report-denied: Trudeau called the report that his office pressed the attorney general over SNC-Lavalin false and said neither he nor his office directed her; the ethics commissioner finds he and his officials used various means to exert influence on her, and Trudeau takes responsibility"],
# claims negated
["w17-06", "w17-07", "malaysia", "claim-negated: the government told parliament the $1.103 billion was redeemed in cash and kept in U.S. dollars at BSI Bank; ten weeks later the second finance minister says that was a mistake and the holding is units, and the prime minister calls it U.S. dollar assets"],
["w17-09", "w17-29", "malaysia", "claim-negated: the attorney general said no criminal offence was committed and there was no evidence Najib knew the 42 million ringgit came from SRC, and had the cases closed; the next attorney general charges Najib with criminal breach of trust over that money"],
["w17-18", "w17-19", "kobe-steel", "claim-negated: an executive said the internal review had found no similar cases outside the aluminium and copper business; four days later the company discloses falsified data on steel wire, iron powder and target materials"],
["w17-17", "w17-43", "myanmar", "claim-negated: the government's information committee said Rohingya militants set fire to Muslim homes and villages and the army said it targeted only insurgents; the government's own commission finds that some members of the security forces killed innocent villagers and destroyed their homes"],
["w17-21", "w17-43", "myanmar", "claim-negated: the army said no innocent people were killed and no homes burned by soldiers and that no excessive force was used; the government's commission finds reasonable grounds that security forces committed war crimes, including the killing of innocent villagers through disproportionate force"],
["w17-31", "w17-34", "canada", "claim-negated: the clerk of the Privy Council said there was no inappropriate pressure and the contacts were lawful advocacy, and Butts denied anyone in the office pressured her; the ethics commissioner finds the prime minister's authority was used to circumvent and undermine the prosecutor's decision"],
["w17-37", "w17-38", "chile", "claim-negated: the president said Chile was at war with a powerful and implacable enemy; the next day the general he put in charge of Santiago says he is not at war with anyone"],
["w17-22", "w17-28", "commonwealth-bank", "claim-negated: the bank denied 83 suspicious-matter allegations and 19 on customer monitoring and disputed that its risk assessment failure was eight breaches; in the settlement it admits contraventions in risk procedures, reporting, monitoring and due diligence beyond those already admitted"],
["w17-48", "w17-49", "indonesia", "claim-negated: the police said none of the deaths was caused by tear gas and the victims died from lack of oxygen; four days later the government's fact-finding team says tear gas was the main cause of the deaths"],
# numbers that do not match
["w17-44", "w17-45", "indonesia", "number-mismatch: the provincial disaster agency put the dead at 174; hours later the deputy governor says the toll is 125, some names having been counted twice"],
["w17-46", "w17-47", "indonesia", "number-mismatch: the police spokesman said the toll was 125, all bodies had been identified and there was no increase; two days later police put it at 131 after finding 12 dead who had not been counted"],
# dates moved
["w17-18", "w17-25", "kobe-steel", "date-mismatch: the company said the falsification went back about 10 years for some items; its final report puts the earliest cases in the 1970s"],
# outlets disagree
["w17-25", "w17-26", "kobe-steel", "outlets-disagree: one outlet reports the company's final report puts the customers who received falsified products at 605; another, the same day, reports the company put them at 688"],
]

AMBIGUOUS = [
["w17-03", "w17-05"],  # a handover on July 28, 2001, then resignation in November: carried by w17-02/w17-05
["w17-14", "w17-20"],  # the city not cleared while any gunman remains, then declared liberated with 20 to 30 gunmen left
["w17-17", "w17-41"],  # abuses condemned and no operations after Sept. 5, then disproportionate force not ruled out
["w17-18", "w17-26"],  # about 10 years, then since the 1970s: carried by w17-18/w17-25
["w17-08", "w17-27"],  # the fund said it never gave money to the prime minister; the new minister says it deceived Malaysians over its debts
["w17-23", "w17-43"],  # the army calls the Inn Din dead terrorists; the commission speaks of innocent villagers killed
["w17-30", "w17-32"],  # the report called false, then the former attorney general's testimony, which Trudeau disputes
["w17-32", "w17-34"],  # always acted appropriately, then the commissioner's finding: carried by w17-30/w17-34 and w17-31/w17-34
["w17-37", "w17-39"],  # war against an implacable enemy, then forgiveness asked for a lack of vision
["w17-44", "w17-46"],  # 174, then 125: carried by w17-44/w17-45
["w17-44", "w17-47"],  # gas fired because fans on the pitch endangered players, then rounds fired into the stands
["w17-44", "w17-49"],  # gas fired to protect players and officials, then fired indiscriminately in violation of procedures
["w17-46", "w17-49"],  # 125 and no increase, then 132: carried by w17-46/w17-47
]

TRAPS = [
["w17-01", "w17-03", "a hedged date made firm: elections as soon as possible, probably in six to seven months, then a vote set for April 8"],
["w17-08", "w17-09", "a consistent position, and one sum in two currencies: nearly $700 million given as 2.6 billion ringgit at current rates, then $681 million put at 2.08 billion ringgit at the time of the transfers; the denial and the clearance agree"],
["w17-11", "w17-12", "an undecided matter, then decided: the cause not yet identified and findings promised once tests were done, then the findings"],
["w17-13", "w17-14", "a hedged date missed: troops may be able to clear the city by Friday, then the military says it will not meet that date, which was set to aim for"],
["w17-14", "w17-15", "a hedged date moved, then dropped: a second target of June 12 missed and no further deadlines set, consistent with a date set only to aim for"],
["w17-13", "w17-20", "a conditional met: martial law runs for 60 days unless Congress extends it, and Congress extended it to the end of the year"],
["w17-16", "w17-28", "rounding and an amended claim: about 53,000 breaches from one coding error among more than 53,700 alleged, then 53,750 admitted in all after AUSTRAC added allegations; not deliberate both times"],
["w17-22", "w17-24", "a consistent restatement: the late reports admitted and treated as one course of conduct, with other allegations contested, in both defences"],
["w17-19", "w17-25", "a count that grows: about 500 customers in October, 605 after the outside investigation found further cases"],
["w17-19", "w17-26", "a conditional met: the chief executive would consider his responsibility once safety was confirmed and causes found, and resigns when the final report is out"],
["w17-17", "w17-23", "different dates: no clearance operations after Sept. 5, and killings at Inn Din on Sept. 2; abuses to face the law, then action against the soldiers"],
["w17-41", "w17-43", "a consistent restatement: disproportionate force possible in some cases but no genocidal intent, then war crimes through disproportionate force but no evidence of genocide"],
["w17-38", "w17-39", "a count that grows: 11 dead on Monday, 18 by Thursday"],
["w17-45", "w17-46", "a consistent restatement: 125 dead after the correction, and 125 again two days later"],
["w17-47", "w17-49", "a count that grows: 131 dead, then 132 after another injured fan died"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
