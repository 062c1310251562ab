#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-7, then checks them.

Every document retells a real, dated public event in the team's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "united-states", "name": "United States",
     "aliases": ["US", "U.S.", "Washington", "White House", "U.S. government", "U.S. officials",
                 "Bush administration", "Obama administration", "Pentagon", "Defense Department",
                 "State Department", "CIA", "Central Intelligence Agency", "Iraq Survey Group"],
     "speakers": [
         {"name": "George W. Bush", "role": "President", "from": "2001-01-20", "to": "2009-01-20"},
         {"name": "Donald Rumsfeld", "role": "Secretary of Defense", "from": "2001-01-20", "to": "2006-12-18"},
         {"name": "Colin Powell", "role": "Secretary of State", "from": "2001-01-20", "to": "2005-01-26"},
         {"name": "Ari Fleischer", "role": "White House Press Secretary", "from": "2001-01-20", "to": "2003-07-14"},
         {"name": "Charles Duelfer", "role": "Special Advisor to the Director of Central Intelligence, head of the Iraq Survey Group", "from": "2004-01-23", "to": "2005-04-30"},
         {"name": "Barack Obama", "role": "President", "from": "2009-01-20", "to": "2017-01-20"},
         {"name": "John Brennan", "role": "Assistant to the President for Homeland Security and Counterterrorism", "from": "2009-01-20", "to": "2013-03-07"},
         {"name": "Jay Carney", "role": "White House Press Secretary", "from": "2011-02-01", "to": "2014-06-20"},
         {"name": "Leon Panetta", "role": "Director of the Central Intelligence Agency", "from": "2009-02-13", "to": "2011-06-30"}]},
    {"type": "actor", "id": "united-kingdom", "name": "United Kingdom",
     "aliases": ["UK", "U.K.", "Britain", "British government", "London", "Downing Street",
                 "Treasury", "HM Treasury", "Bank of England", "Financial Services Authority", "FSA",
                 "Secret Intelligence Service", "MI6", "Metropolitan Police", "Scotland Yard", "the Met"],
     "speakers": [
         {"name": "Tony Blair", "role": "Prime Minister", "from": "1997-05-02", "to": "2007-06-27"},
         {"name": "Jack Straw", "role": "Foreign Secretary", "from": "2001-06-08", "to": "2006-05-05"},
         {"name": "Gordon Brown", "role": "Prime Minister", "from": "2007-06-27", "to": "2010-05-11"},
         {"name": "Alistair Darling", "role": "Chancellor of the Exchequer", "from": "2007-06-28", "to": "2010-05-11"},
         {"name": "Mervyn King", "role": "Governor, Bank of England", "from": "2003-07-01", "to": "2013-06-30"},
         {"name": "John Yates", "role": "Assistant Commissioner, Metropolitan Police", "from": "2009-04-01", "to": "2011-07-18"},
         {"name": "Sue Akers", "role": "Deputy Assistant Commissioner, Metropolitan Police", "from": "2011-01-26", "to": "2012-12-31"}]},
    {"type": "actor", "id": "china", "name": "China",
     "aliases": ["Chinese government", "People's Republic of China", "Ministry of Health",
                 "Chinese health ministry", "Chinese Foreign Ministry", "State Council", "Beijing city government"],
     "speakers": [
         {"name": "Zhang Wenkang", "role": "Minister of Health", "from": "1998-03-18", "to": "2003-04-26"},
         {"name": "Gao Qiang", "role": "Executive Vice Minister of Health", "from": "2003-01-01", "to": "2005-04-27"},
         {"name": "Wen Jiabao", "role": "Premier", "from": "2003-03-16", "to": "2013-03-16"},
         {"name": "Hu Jintao", "role": "President", "from": "2003-03-15", "to": "2013-03-14"},
         {"name": "Meng Xuenong", "role": "Mayor of Beijing", "from": "2003-01-20", "to": "2003-04-20"},
         {"name": "Liu Jianchao", "role": "Spokesman, Ministry of Foreign Affairs", "from": "2001-01-01", "to": "2011-12-31"}]},
    {"type": "actor", "id": "who", "name": "World Health Organization",
     "aliases": ["WHO", "World Health Organisation", "U.N. health agency", "UN health agency"],
     "speakers": [
         {"name": "Gro Harlem Brundtland", "role": "Director-General", "from": "1998-07-21", "to": "2003-07-21"},
         {"name": "David Heymann", "role": "Executive Director, Communicable Diseases", "from": "1998-07-01", "to": "2003-07-31"},
         {"name": "Shigeru Omi", "role": "Regional Director for the Western Pacific", "from": "1999-02-01", "to": "2009-01-31"}]},
    {"type": "actor", "id": "enron", "name": "Enron Corp.",
     "aliases": ["Enron", "Enron Corp", "Enron Corporation"],
     "speakers": [
         {"name": "Kenneth Lay", "role": "Chairman", "from": "1986-02-01", "to": "2002-01-23"},
         {"name": "Kenneth Lay", "role": "Chief Executive Officer", "from": "2001-08-14", "to": "2002-01-23"},
         {"name": "Jeffrey Skilling", "role": "President and Chief Executive Officer", "from": "2001-02-12", "to": "2001-08-14"},
         {"name": "Andrew Fastow", "role": "Chief Financial Officer", "from": "1998-03-01", "to": "2001-10-24"},
         {"name": "Jeffrey McMahon", "role": "Chief Financial Officer", "from": "2001-10-24", "to": "2002-01-30"}]},
    {"type": "actor", "id": "merck", "name": "Merck & Co.",
     "aliases": ["Merck", "Merck & Co", "Merck and Co.", "Merck & Co. Inc."],
     "speakers": [
         {"name": "Raymond Gilmartin", "role": "Chairman, President and Chief Executive Officer", "from": "1994-06-01", "to": "2005-05-05"},
         {"name": "Richard Clark", "role": "President and Chief Executive Officer", "from": "2005-05-05", "to": "2010-12-31"}]},
    {"type": "actor", "id": "news-corp", "name": "News Corporation",
     "aliases": ["News Corp", "News Corp.", "News International", "News Group Newspapers", "News of the World"],
     "speakers": [
         {"name": "Rupert Murdoch", "role": "Chairman and Chief Executive Officer", "from": "1979-01-01", "to": "2013-06-28"},
         {"name": "James Murdoch", "role": "Chairman, News International; Deputy Chief Operating Officer, News Corporation", "from": "2007-12-07", "to": "2012-02-29"},
         {"name": "Rebekah Brooks", "role": "Chief Executive, News International", "from": "2009-09-01", "to": "2011-07-15"}]},
    {"type": "actor", "id": "pakistan", "name": "Pakistan",
     "aliases": ["Islamabad", "Pakistani government", "Government of Pakistan", "Pakistan's Foreign Office",
                 "Pakistani Foreign Office", "Foreign Ministry of Pakistan", "Inter-Services Intelligence", "ISI",
                 "Pakistani army"],
     "speakers": [
         {"name": "Yousuf Raza Gilani", "role": "Prime Minister", "from": "2008-03-25", "to": "2012-04-26"},
         {"name": "Asif Ali Zardari", "role": "President", "from": "2008-09-09", "to": "2013-09-09"},
         {"name": "Salman Bashir", "role": "Foreign Secretary", "from": "2008-04-01", "to": "2012-03-05"}]},
    {"type": "actor", "id": "turkey", "name": "Turkey",
     "aliases": ["Ankara", "Turkish government", "Republic of Turkey", "Turkish military", "Turkish armed forces",
                 "Turkish Foreign Ministry", "Turkish presidency"],
     "speakers": [
         {"name": "Recep Tayyip Erdogan", "role": "President", "from": "2014-08-28", "to": ONGOING},
         {"name": "Ahmet Davutoglu", "role": "Prime Minister", "from": "2014-08-28", "to": "2016-05-24"},
         {"name": "Binali Yildirim", "role": "Prime Minister", "from": "2016-05-24", "to": "2018-07-09"},
         {"name": "Mevlut Cavusoglu", "role": "Minister of Foreign Affairs", "from": "2015-11-24", "to": "2023-06-03"},
         {"name": "Ibrahim Kalin", "role": "Presidential Spokesman", "from": "2014-08-28", "to": "2023-06-04"}]},
    {"type": "actor", "id": "russia", "name": "Russia",
     "aliases": ["Moscow", "Kremlin", "Russian government", "Russian Federation", "Russian Defence Ministry",
                 "Russian Defense Ministry", "Russian Foreign Ministry"],
     "speakers": [
         {"name": "Vladimir Putin", "role": "President", "from": "2012-05-07", "to": ONGOING},
         {"name": "Dmitry Medvedev", "role": "Prime Minister", "from": "2012-05-08", "to": "2020-01-16"},
         {"name": "Sergei Lavrov", "role": "Minister of Foreign Affairs", "from": "2004-03-09", "to": ONGOING},
         {"name": "Dmitry Peskov", "role": "Kremlin Spokesman", "from": "2012-05-22", "to": ONGOING},
         {"name": "Yuri Ushakov", "role": "Presidential Aide for Foreign Policy", "from": "2012-05-21", "to": ONGOING}]},
    {"type": "actor", "id": "saudi-arabia", "name": "Saudi Arabia",
     "aliases": ["Riyadh", "Saudi government", "Kingdom of Saudi Arabia", "Saudi Aramco", "Aramco",
                 "Saudi Arabian Oil Co.", "Public Investment Fund", "PIF", "Saudi Energy Ministry"],
     "speakers": [
         {"name": "Mohammed bin Salman", "role": "Crown Prince", "from": "2017-06-21", "to": ONGOING},
         {"name": "Khalid al-Falih", "role": "Minister of Energy, Industry and Mineral Resources", "from": "2016-05-07", "to": "2019-09-08"},
         {"name": "Amin Nasser", "role": "President and Chief Executive Officer, Saudi Aramco", "from": "2015-09-14", "to": ONGOING},
         {"name": "Yasir al-Rumayyan", "role": "Managing Director (later Governor), Public Investment Fund", "from": "2015-09-01", "to": ONGOING},
         {"name": "Yasir al-Rumayyan", "role": "Chairman, Saudi Aramco", "from": "2019-09-02", "to": ONGOING}]},
    {"type": "actor", "id": "adani", "name": "Adani Group",
     "aliases": ["Adani", "Adani Enterprises", "Adani Enterprises Ltd.", "Adani Enterprises Limited"],
     "speakers": [
         {"name": "Gautam Adani", "role": "Chairman", "from": "1988-07-20", "to": ONGOING},
         {"name": "Jugeshinder Singh", "role": "Group Chief Financial Officer", "from": "2016-01-01", "to": ONGOING},
         {"name": "Jatin Jalundhwala", "role": "Group Head, Legal", "from": "2015-01-01", "to": ONGOING}]},
]

OUTLETS = {
    "Saltmarsh Wire": "saltmarsh-wire.example",
    "Kestrelgate News Service": "kestrelgate-news.example",
    "Ironmere Wire": "ironmere-wire.example",
    "Meadowlark Press Agency": "meadowlark-press.example",
    "Blackthorn Financial Wire": "blackthorn-financial.example",
    "Fernhollow Dispatch": "fernhollow-dispatch.example",
    "Quarrystone Newswire": "quarrystone-news.example",
    "Ashcombe Courier": "ashcombe-courier.example",
    "Wrenfield Wire Service": "wrenfield-wire.example",
    "Coppergate Ledger": "coppergate-ledger.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- Vioxx (1)
("x01", "Blackthorn Financial Wire", "2001-05-22T20:10:00Z", "Merck stands by heart safety of Vioxx after press reports", [
"Merck & Co. said on Tuesday that it stood behind the cardiovascular safety of Vioxx, its fast-selling arthritis painkiller, after newspaper reports questioned whether the drug could raise the risk of heart attacks.",
"In a statement reconfirming what it called the \"favorable cardiovascular safety profile\" of the medicine, the drugmaker said a review of its completed and continuing clinical trials, together with reports from doctors since the launch in 1999, had found no difference in the rate of heart attacks and similar events between patients on Vioxx, patients on other anti-inflammatory drugs and patients given a placebo.",
"The questions stem from VIGOR, a large study in which patients taking Vioxx suffered more heart attacks than those taking naproxen, an older painkiller. Merck has said the gap reflects a protective effect of naproxen on the heart rather than harm from its own drug, and it repeated that view on Tuesday. The company said it would keep sharing its data with physicians and with the Food and Drug Administration, whose advisers reviewed the VIGOR results in February."]),
# ---------------------------------------------------------------- Enron (1-5)
("x02", "Kestrelgate News Service", "2001-08-15T02:00:00Z", "Enron chief Skilling quits after six months; Lay takes back the job", [
"Jeffrey Skilling resigned as chief executive of Enron Corp. on Tuesday after barely six months in the job, citing personal reasons, and chairman Kenneth Lay took back the role he had handed over in February.",
"Skilling said his departure had nothing to do with the company's performance or with the slide in its shares, which have lost roughly half their value this year as investors fretted over its broadband venture and its power business in India.",
"Lay moved quickly to reassure analysts and reporters that no bad news lay behind the change. There were no accounting issues, no trading issues and no reserve issues, he said, and no problems that had not already been made public. \"The company is probably in the strongest and best shape that it has ever been in,\" Lay said, adding that Enron's strategy would not change."]),
("x03", "Ironmere Wire", "2001-10-16T16:20:00Z", "Enron posts $618 million loss after $1 billion of charges", [
"Enron Corp. reported a third-quarter net loss of $618 million on Tuesday after taking $1.01 billion in after-tax charges, mostly on investments outside its core trading business, among them its broadband unit and the water company Azurix.",
"Chairman and chief executive Kenneth Lay said the company had reviewed all of its businesses and decided to take the charges to clear away issues that had clouded the performance of its core operations. He called the charges non-recurring and said recurring earnings rose to 43 cents a share from 34 cents a year earlier.",
"On a call with analysts later in the day, Enron said it had also reduced shareholders' equity by $1.2 billion, largely as a result of ending transactions with a partnership run until recently by its chief financial officer, Andrew Fastow. Lay said the wholesale, retail and pipeline businesses remained very strong and that Enron was on track to meet its earnings targets for this year and next."]),
("x04", "Blackthorn Financial Wire", "2001-10-23T22:30:00Z", "Lay defends Enron finance chief as SEC asks about partnerships", [
"Enron Corp. Chairman Kenneth Lay on Tuesday defended chief financial officer Andrew Fastow and the company's dealings with partnerships that Fastow once managed, a day after Enron disclosed that the Securities and Exchange Commission had asked for information about the transactions.",
"\"Andy has been doing an outstanding job as CFO,\" Lay told analysts on a hastily arranged conference call. He said Enron was not hiding anything and would give investors more information as soon as it could, but that the SEC inquiry and pending lawsuits limited what he could say about the partnerships.",
"The call came a week after Enron reported a loss of 84 cents a share for the third quarter and disclosed the $1.2 billion cut to shareholders' equity. Its shares fell by about a fifth on Monday and slid again on Tuesday. Lay told the analysts that the company had ample access to cash."]),
("x05", "Fernhollow Dispatch", "2001-10-26T00:30:00Z", "Enron replaces finance chief Fastow, taps credit lines", [
"Enron Corp. replaced chief financial officer Andrew Fastow on Wednesday, naming Jeffrey McMahon, head of its industrial markets unit, to the post, one day after chairman Kenneth Lay had told investors that Fastow had been doing an outstanding job. Fastow will take a leave of absence, the company said.",
"In a statement, Lay said his talks with the financial community had made it clear to him that restoring investor confidence would require replacing Fastow as CFO. McMahon is a former Enron treasurer.",
"On Thursday Enron said it had drawn on its bank credit lines to bolster its cash position and to reassure the companies it trades with. The shares have lost more than half their value since the company reported its third-quarter loss on Oct. 16."]),
("x06", "Quarrystone Newswire", "2001-11-09T23:00:00Z", "Enron restates four years of results, agrees to Dynegy takeover", [
"Enron Corp. agreed on Friday to be acquired by its smaller Houston rival Dynegy Inc. for about $9 billion in stock, a day after it told investors that its financial statements for the past four and a half years could not be relied upon.",
"In a filing with the Securities and Exchange Commission on Thursday, Enron said it would restate its results from 1997 through the first half of this year, cutting previously reported net income by close to $600 million, because three entities tied to its partnerships, including one called Chewco, should have been included in its consolidated accounts. It also said it had fired its treasurer and a company lawyer over their roles in the partnerships.",
"Enron's board approved the merger on Friday. Dynegy will put $1.5 billion into Enron at once, money supplied by its largest shareholder ChevronTexaco and secured on Enron's Northern Natural Gas pipeline."]),
# ---------------------------------------------------------------- Iraq's weapons (1-4)
("x07", "Wrenfield Wire Service", "2002-09-24T16:00:00Z", "British dossier says Iraq could ready weapons within 45 minutes", [
"Britain published its dossier on Iraq's weapons on Tuesday, saying Saddam Hussein had continued to produce chemical and biological weapons and that Iraq's military planning allowed some of them to be ready within 45 minutes of an order to use them.",
"In a foreword, Prime Minister Tony Blair wrote that the assessed intelligence had established beyond doubt that Saddam was still producing such weapons and was working to develop nuclear arms. The document also said Iraq had sought significant quantities of uranium from Africa, although it had no civil nuclear programme that would need them.",
"Blair presented the dossier to the House of Commons, recalled from its summer recess for the debate, and told lawmakers the threat from Iraq was serious and current. Iraqi officials in Baghdad dismissed the document as baseless and said United Nations inspectors were free to return and see for themselves."]),
("x08", "Saltmarsh Wire", "2003-01-29T04:00:00Z", "Bush tells Congress Saddam is hiding deadly arsenal", [
"President George W. Bush used his State of the Union address on Tuesday night to press the case against Saddam Hussein, saying the United States would lead a coalition to disarm Iraq if the Iraqi leader did not give up his banned weapons.",
"Bush said the United Nations had concluded in 1999 that Iraq had enough material to produce over 25,000 liters of anthrax, and that Saddam had given no evidence he had destroyed it. U.S. intelligence, he said, estimated that Iraq had materials for as much as 500 tons of sarin, mustard and VX nerve agent.",
"\"The British government has learned that Saddam Hussein recently sought significant quantities of uranium from Africa,\" Bush said. He also cited Iraqi attempts to buy high-strength aluminum tubes suitable for producing nuclear weapons, and said Secretary of State Colin Powell would present intelligence on Iraq's weapons programs to the U.N. Security Council on Feb. 5."]),
("x09", "Ashcombe Courier", "2003-03-18T23:30:00Z", "Bush gives Saddam 48 hours; Blair wins Commons backing for war", [
"President George W. Bush gave Saddam Hussein and his sons 48 hours to leave Iraq or face military action, saying in a televised address on Monday night that intelligence gathered by the United States and other governments left no doubt that Iraq continued to possess and conceal some of the most lethal weapons ever devised.",
"In London on Tuesday, Prime Minister Tony Blair opened a Commons debate by arguing that the idea that Saddam had destroyed the weapons on his own, against all the intelligence and all his history, was \"palpably absurd.\" Blair said that to retreat now would put at risk the authority of the United Nations and the credibility of the demands it had made on Iraq.",
"Lawmakers approved the government's motion authorising the use of force by 412 votes to 149 late on Tuesday, although 139 of Blair's own Labour members had backed an amendment opposing the war."]),
("x10", "Saltmarsh Wire", "2003-03-30T19:00:00Z", "Rumsfeld says U.S. knows where Iraq's weapons are", [
"Defense Secretary Donald Rumsfeld said on Sunday that the United States knew where Iraq's banned weapons were kept, although coalition troops had not found any chemical or biological arms in the first 11 days of the war.",
"\"We know where they are. They're in the area around Tikrit and Baghdad and east, west, south and north somewhat,\" Rumsfeld told ABC's This Week, when asked why none had yet been turned up. He said the sites lay in parts of Iraq that coalition forces had not yet reached.",
"Rumsfeld, appearing on several Sunday programs, also defended the war plan against criticism from retired officers that too few troops had been sent, saying the campaign was proceeding as intended and that Iraqi resistance had been expected."]),
# ---------------------------------------------------------------- SARS in China (1-5)
("x11", "Meadowlark Press Agency", "2003-04-03T11:00:00Z", "China says SARS under control, safe to visit", [
"China's health minister said on Thursday that the outbreak of severe acute respiratory syndrome had been brought under effective control and that the country was safe for work, travel and daily life.",
"At his first news conference since the disease appeared in November, Zhang Wenkang said 1,190 cases and 46 deaths had been reported on the mainland by the end of March, nearly all of them in Guangdong province. Beijing had 12 cases and three deaths, he said, all of them brought in from other areas, with no spread inside the capital.",
"Zhang said new cases in Guangdong were falling and urged foreign companies and organisations that had cancelled trips to China to think again. Foreign Ministry spokesman Liu Jianchao urged other countries not to be misled by inaccurate information. The World Health Organization, which a day earlier advised travellers to postpone trips to Guangdong and Hong Kong, said it was too early to say the virus was under control anywhere."]),
("x12", "Ironmere Wire", "2003-04-14T10:00:00Z", "Chinese premier calls SARS situation grave", [
"Chinese Premier Wen Jiabao has said that although much progress had been made, the overall situation remained grave, state media reported on Monday, a sharp change of tone after weeks in which officials insisted the outbreak was under control.",
"Speaking at a national conference on the disease on Sunday, Wen said SARS could hurt China's economy, its international image and social stability. He ordered checks on passengers travelling by air, rail and ship and said anyone found to be infected must be isolated. Officials at every level, he said, had to report cases accurately and on time.",
"President Hu Jintao, touring hospitals in Guangdong, said he was very worried about the disease. Health officials reported four more deaths on Monday, bringing the mainland toll to 64, and 47 new cases in Shanxi province. A Chinese newspaper quoted Beijing's mayor, Meng Xuenong, as saying SARS had been first seen in the capital on March 1."]),
("x13", "Wrenfield Wire Service", "2003-04-20T12:00:00Z", "China admits Beijing SARS cases far higher, removes health minister", [
"China said on Sunday that Beijing had 339 confirmed cases of SARS, roughly nine times the 37 cases it had disclosed earlier in the week, and removed Health Minister Zhang Wenkang and Beijing mayor Meng Xuenong from their Communist Party posts.",
"Executive Vice Health Minister Gao Qiang told a televised news conference that the ministry had been poorly prepared, its disease-prevention system was weak and its instructions to hospitals had been unclear. He said 18 people had died in the capital and 402 more suspected cases were under observation, and that teams had been sent to every hospital in Beijing to find the true number.",
"Asked why officials had called Beijing safe only two weeks earlier, Gao said that judgement reflected the situation at the time, when the disease was confined to a few small parts of the city. The government also cut the week-long May Day holiday to stop hundreds of millions of people from travelling."]),
("x14", "Kestrelgate News Service", "2003-04-23T18:00:00Z", "WHO advises against travel to Beijing and Toronto", [
"The World Health Organization on Wednesday advised travellers to postpone all but essential trips to Beijing, China's Shanxi province and Toronto, extending a warning it first issued for Hong Kong and Guangdong three weeks ago.",
"David Heymann, the agency's executive director for communicable diseases, said the advice was based on the number of cases, the pattern of local transmission and the spread of cases from those places to others. He said the recommendations would be reconsidered as the situation changed.",
"Health officials in Ontario called the warning for Toronto unjustified, saying the outbreak there was confined to hospitals and a small number of contacts, and said they would ask the agency to review it within days. Toronto has had the largest outbreak outside Asia, concentrated in a handful of hospitals. Chinese officials did not immediately respond to the advisory."]),
("x15", "Meadowlark Press Agency", "2003-06-24T10:30:00Z", "WHO lifts Beijing travel warning, its last for SARS", [
"The World Health Organization lifted its advice against travel to Beijing on Tuesday and removed the Chinese capital from its list of areas with recent local transmission of SARS, saying the chain of human-to-human transmission there had been broken.",
"Shigeru Omi, the agency's regional director for the Western Pacific, told a joint news conference with China's Ministry of Health that the risk for travellers to Beijing was now minimal, noting that more than 20 days had passed since the last new case was isolated. He said surveillance must continue for at least a year.",
"According to the Chinese health ministry, Beijing has recorded 2,521 SARS cases and 191 deaths, out of 5,326 cases and 347 deaths on the mainland. Vice Health Minister Gao Qiang said life in the capital could return to normal and that it was now safe to travel anywhere in China."]),
# ---------------------------------------------------------------- Iraq (5)
("x16", "Ashcombe Courier", "2003-07-08T14:00:00Z", "White House concedes uranium claim should not have been in Bush speech", [
"The White House has acknowledged that President George W. Bush should not have told Congress in January that Iraq had tried to buy uranium in Africa, the first time the administration has conceded that part of its case for war rested on faulty information.",
"\"Knowing all that we know now, the reference to Iraq's attempt to acquire uranium from Africa should not have been included in the State of the Union speech,\" a senior administration official said in a statement on Monday evening. White House spokesman Ari Fleischer said on Tuesday that the claim had rested in part on documents that turned out to be forged.",
"In London, a spokesman for Prime Minister Tony Blair said Britain stood by the statement in its September dossier that Iraq had sought uranium from Africa, saying it was based on separate intelligence and not on the forged papers."]),
# ---------------------------------------------------------------- Vioxx (2-3)
("x17", "Blackthorn Financial Wire", "2004-08-25T21:00:00Z", "Merck disputes study linking Vioxx to heart attacks", [
"Merck & Co. on Wednesday disputed the findings of a large study that linked its painkiller Vioxx to a higher risk of heart attacks, saying it stood behind the drug's cardiovascular safety.",
"The study, presented at a medical conference in France by researchers from the health insurer Kaiser Permanente and a drug-safety reviewer at the Food and Drug Administration, looked at the records of about 1.4 million patients in California. It found that those on Vioxx had a 50 percent greater chance of heart attack and sudden cardiac death than patients on Pfizer Inc.'s Celebrex, and that at doses above 25 milligrams a day the risk was about three times that of people taking no such drug.",
"Merck said observational studies of this kind had serious limitations and could not establish cause and effect, and that randomised clinical trials involving thousands of patients supported the safety of Vioxx. The company noted that the drug's label already carried the cardiovascular data from its VIGOR study."]),
("x18", "Fernhollow Dispatch", "2004-09-30T17:00:00Z", "Merck pulls Vioxx worldwide over heart risk", [
"Merck & Co. withdrew its arthritis drug Vioxx from markets around the world on Thursday, wiping more than a quarter off its share price, after a three-year trial linked long-term use of the painkiller to heart attacks and strokes.",
"Chief executive Raymond Gilmartin said the company believed it could have kept selling the drug with new warnings on its label, but that withdrawing it was the most responsible course because other treatments were available. He said the decision was taken in the interest of patients.",
"Merck said the data came from APPROVe, a placebo-controlled study testing whether Vioxx prevented the return of colon polyps, which was halted early on the advice of an outside safety board. The trial showed an increased relative risk of confirmed cardiovascular events, such as heart attack and stroke, beginning after 18 months of treatment. Vioxx had worldwide sales of $2.5 billion last year and about 2 million people are taking it, the company said, adding that it would reimburse patients for unused pills."]),
# ---------------------------------------------------------------- Iraq (6-7)
("x19", "Kestrelgate News Service", "2004-10-07T20:00:00Z", "Bush concedes Iraq had no banned weapons, defends war", [
"President George W. Bush acknowledged on Thursday that Iraq did not have the weapons of mass destruction that U.S. intelligence believed it had, a day after the chief U.S. weapons inspector reported that Saddam Hussein's stockpiles had been destroyed years before the war.",
"Charles Duelfer, who leads the Iraq Survey Group, told Congress on Wednesday that Iraq had destroyed its chemical and biological stocks in the early 1990s and held no such weapons when the war began, and that its nuclear program had decayed after 1991. He said Saddam had intended to restart weapons programs once United Nations sanctions were lifted.",
"Bush said Saddam had kept the knowledge, the materials, the means and the intent to make such weapons and could have passed that knowledge to terrorists, and that the United States had been right to take action against him."]),
("x20", "Wrenfield Wire Service", "2004-10-12T17:00:00Z", "Straw withdraws 45-minute claim but defends Iraq war", [
"Foreign Secretary Jack Straw told the House of Commons on Tuesday that the intelligence behind the claim that Iraq could deploy chemical or biological weapons within 45 minutes had been formally withdrawn by the Secret Intelligence Service.",
"Straw said the chief of the service had written to Parliament's intelligence committee to withdraw the line of reporting, whose reliability had been questioned by Lord Butler's review of pre-war intelligence in July. He accepted that some of the intelligence on which the government had relied was wrong and that Iraq had not held stockpiles of such weapons when the war began, as the U.S.-led survey group reported last week.",
"But Straw said he did not accept, even with hindsight, that Britain had been wrong to act, arguing that Saddam had intended to rebuild his weapons programmes once international pressure eased. Prime Minister Tony Blair, who told MPs in July that the weapons might never be found, has apologised for the flawed intelligence but not for the war."]),
# ---------------------------------------------------------------- Vioxx (4)
("x21", "Quarrystone Newswire", "2005-08-20T01:00:00Z", "Texas jury orders Merck to pay $253 million in first Vioxx trial", [
"A jury in Angleton, Texas, found Merck & Co. liable on Friday for the death of a man who had taken Vioxx and awarded his widow $253.4 million, most of it punitive damages, in the first of thousands of lawsuits over the withdrawn painkiller to reach a verdict.",
"Merck said it would appeal. The company said the evidence did not show that Vioxx caused the death of Robert Ernst, a 59-year-old produce manager who died in 2001, and that his death had been caused by an irregular heartbeat rather than a heart attack. Ernst had taken the drug for about eight months.",
"Texas caps punitive damages, which legal experts said would cut the award to about $26 million. Merck, which faces more than 4,000 other lawsuits over the drug, said it would defend the cases one by one and had no plans for a global settlement."]),
# ---------------------------------------------------------------- Northern Rock (1-3)
("x22", "Coppergate Ledger", "2007-09-12T17:00:00Z", "King warns against bailing out banks in credit squeeze", [
"Bank of England Governor Mervyn King said on Wednesday that central banks should be wary of pumping extra money into markets at longer maturities and against a wider range of collateral, warning that such help rewarded reckless lending and sowed the seeds of a future financial crisis.",
"In a paper sent to the House of Commons Treasury Committee, King said providing such ex post insurance for risky behaviour would only be justified if the damage to the economy from holding back was large enough to outweigh the moral hazard. He said the Bank would continue to lend overnight against high-quality collateral and could act as lender of last resort to an individual bank in difficulty, at a penalty rate.",
"The stance sets the Bank apart from the European Central Bank, which has lent heavily to commercial banks since early August as losses on U.S. subprime mortgages drove up the cost of borrowing between banks. British lenders have complained that three-month borrowing costs remain stubbornly high."]),
("x23", "Saltmarsh Wire", "2007-09-14T15:00:00Z", "Northern Rock gets emergency Bank of England funding; savers queue", [
"The Bank of England agreed on Friday to provide emergency funding to Northern Rock, Britain's fifth-largest mortgage lender, after the Newcastle-based bank was unable to raise money in frozen credit markets. Savers queued outside its branches to withdraw their money, and its shares fell by almost a third.",
"Chancellor Alistair Darling said Northern Rock was solvent and that the support, agreed by the Treasury, the Bank and the Financial Services Authority, would let it keep operating while conditions in the money markets remained difficult. The FSA said the bank exceeded its regulatory capital requirement and had a good-quality loan book.",
"Under the arrangement Northern Rock will pay a penalty rate on the money it borrows from the central bank. The lender funds most of its mortgages by borrowing from other banks and investors rather than from savers, a model that left it exposed when credit markets froze in August."]),
("x24", "Fernhollow Dispatch", "2007-09-19T16:00:00Z", "Bank of England offers three-month loans against mortgage collateral", [
"The Bank of England said on Wednesday it would lend 10 billion pounds to banks for three months against a wider range of collateral, including mortgages, a week after Governor Mervyn King argued that such lending would encourage reckless risk-taking.",
"The Bank said the auction, to be held next week, was intended to ease strains in longer-maturity money markets, and that it would decide on the size of further operations in due course. Banks that take part will pay at least a percentage point above Bank Rate.",
"The move came two days after Chancellor Alistair Darling said the government, together with the Bank, would guarantee all existing deposits at Northern Rock during the current instability, ending days of queues outside the lender's branches."]),
# ---------------------------------------------------------------- Vioxx (5)
("x25", "Blackthorn Financial Wire", "2007-11-09T15:00:00Z", "Merck agrees to pay $4.85 billion to settle Vioxx suits", [
"Merck & Co. agreed on Friday to pay $4.85 billion to resolve most of the lawsuits over its painkiller Vioxx, ending three years in which it had vowed to contest every claim one by one.",
"Merck said the settlement covers about 27,000 suits brought on behalf of some 47,000 plaintiffs who say the drug caused heart attacks or strokes. The company said the agreement was not an admission of causation or fault and that it would take effect only if 85 percent of eligible claimants signed up.",
"Company officials said the deal was consistent with their strategy, arguing that winning most of the cases that went to trial had given Merck the leverage to settle on its own terms. Merck will take a fourth-quarter charge for the full amount."]),
# ---------------------------------------------------------------- Northern Rock (4-5)
("x26", "Quarrystone Newswire", "2008-01-21T17:00:00Z", "Darling offers state-backed bonds to speed Northern Rock sale", [
"Chancellor Alistair Darling on Monday proposed turning the roughly 25 billion pounds that Northern Rock owes the Bank of England into government-guaranteed bonds, in an attempt to attract a private buyer for the troubled lender.",
"Darling told the House of Commons the plan best met the government's aims of protecting taxpayers and depositors and maintaining financial stability. Bidders have until Feb. 4 to submit offers based on the scheme. But he said that if no private sale offered value for money for the taxpayer, the bank would be taken into temporary public ownership, and that legislation for that option was being prepared.",
"He said it would be irresponsible to rule out nationalisation at this stage, while stressing that a private-sector solution remained the government's preference. A consortium led by Virgin Group and another led by Olivant are among the interested parties."]),
("x27", "Coppergate Ledger", "2008-02-17T17:00:00Z", "Britain to nationalise Northern Rock", [
"Britain will take Northern Rock into temporary public ownership, Chancellor Alistair Darling said on Sunday, after concluding that neither of the two private offers for the bank gave taxpayers sufficient value for money.",
"Darling said emergency legislation would be put before Parliament on Monday and that the bank would open for business as usual, run at arm's length and on a commercial basis by Ron Sandler, a former chief executive of Lloyd's of London. He said savers' money remained safe and the guarantee on deposits would stay in place.",
"The government's financial adviser, Goldman Sachs, had concluded that public ownership better protected taxpayers, Darling said. The Virgin Group, whose consortium had been the leading bidder, said nationalisation was not the right answer."]),
# ---------------------------------------------------------------- phone hacking (1)
("x28", "Kestrelgate News Service", "2009-07-10T18:00:00Z", "News of the World publisher rejects hacking claims; police see no new evidence", [
"News International on Friday rejected reports that News of the World journalists had routinely hacked into the voicemails of public figures, calling the allegations irresponsible and unsubstantiated and accusing The Guardian of misleading the public.",
"In a statement, the company said that apart from the case that sent royal reporter Clive Goodman and private investigator Glenn Mulcaire to jail in 2007 and a related legal claim, there was not and never had been any evidence that its journalists had accessed anyone's voicemail or told others to do so. It said the police inquiry into the two men had been extremely thorough.",
"A day earlier, Assistant Commissioner John Yates of the Metropolitan Police said no additional evidence had come to light since the original case and that he saw no need for further investigation. The Guardian stood by its report that the publisher had paid more than 1 million pounds to settle cases that threatened to expose wider hacking."]),
# ---------------------------------------------------------------- bin Laden (1)
("x29", "Ironmere Wire", "2009-12-03T16:00:00Z", "Pakistan's prime minister says bin Laden is not in Pakistan", [
"Pakistani Prime Minister Yousuf Raza Gilani said on Thursday he did not believe Osama bin Laden was in Pakistan, days after British Prime Minister Gordon Brown said Islamabad should be doing more to track down the al Qaeda leader.",
"\"I doubt the information which you are giving is correct,\" Gilani told reporters at a joint news conference with Brown at Downing Street. He said Pakistan had not been given any credible or actionable intelligence about bin Laden's whereabouts and that its forces were fighting militants in South Waziristan and the Swat valley at great cost.",
"Brown, who had said at the weekend that Britain believed bin Laden was in Pakistan, struck a softer tone on Thursday, praising the Pakistani army's operations and promising 50 million pounds to help stabilise the border areas."]),
# ---------------------------------------------------------------- phone hacking (2-3)
("x30", "Meadowlark Press Agency", "2011-01-26T18:00:00Z", "Police reopen phone hacking inquiry after publisher hands over material", [
"Scotland Yard opened a new investigation into phone hacking at the News of the World on Wednesday after receiving what it called significant new information from News International, the paper's publisher.",
"News International said it had dismissed Ian Edmondson, the paper's assistant editor for news, after an internal review of his conduct, and had passed the material it found to the police. The company said it had always made clear that it would act swiftly if it found evidence of wrongdoing.",
"The new inquiry, led by Deputy Assistant Commissioner Sue Akers, follows the review that John Yates carried out in 2009, when he concluded that no further investigation was needed. Detectives will examine thousands of pages of notes seized from Mulcaire's home in 2006."]),
("x31", "Saltmarsh Wire", "2011-04-08T13:00:00Z", "News International admits liability in hacking cases, apologises", [
"News International said on Friday it would admit liability and offer an unreserved apology to some people whose voicemails were intercepted by the News of the World, and would set up a compensation scheme for justified claims.",
"The company said past behaviour at the paper was a matter of genuine regret. It acknowledged that its earlier internal inquiries had failed to uncover important evidence and that its actions at the time had not been robust enough. It said it would still contest claims it considered to be without merit.",
"The admission covers hacking between 2004 and 2006. It comes three days after Scotland Yard arrested the paper's chief reporter and a former news editor on suspicion of intercepting voicemails. The company said its own disclosure of evidence in January had led the police to reopen the case."]),
# ---------------------------------------------------------------- bin Laden (2-4)
("x32", "Wrenfield Wire Service", "2011-05-02T21:00:00Z", "U.S. forces kill bin Laden in Pakistan", [
"President Barack Obama announced late on Sunday that a small team of U.S. forces had killed Osama bin Laden in a raid on a fortified compound in the Pakistani garrison town of Abbottabad, nearly ten years after the Sept. 11 attacks.",
"John Brennan, Obama's chief counterterrorism adviser, told reporters on Monday that bin Laden had been engaged in a firefight with the team and that he did not know whether bin Laden had fired any rounds. Brennan said a woman among those killed had been used as a shield, and described bin Laden as hiding behind women in a million-dollar compound. He said Pakistan was told of the operation only after U.S. aircraft had left its airspace.",
"Pakistan's Foreign Office said the raid was carried out by U.S. forces in line with Washington's declared policy of eliminating bin Laden wherever he was found. It called his death a major setback for terrorist groups and said Pakistan had effective intelligence-sharing arrangements with several agencies, including those of the United States."]),
("x33", "Ashcombe Courier", "2011-05-04T01:30:00Z", "White House says bin Laden was unarmed; Pakistan protests raid", [
"Osama bin Laden was not armed when U.S. commandos shot him, the White House said on Tuesday, revising the account officials gave on Monday of the raid on his compound in Pakistan.",
"Reading from a Defense Department summary, spokesman Jay Carney said one of bin Laden's wives had rushed at a U.S. assaulter and was shot in the leg but not killed. Another woman, on the ground floor, died in crossfire. Carney said bin Laden had resisted but declined to say how, adding that resistance did not require a firearm. CIA Director Leon Panetta told Time magazine that Pakistan was not told in advance because officials feared it might alert the targets.",
"In Islamabad, the Foreign Office expressed deep concern and reservations about the way the United States had carried out the operation without informing or seeking permission from Pakistan, and warned that such unauthorised unilateral action must not set a precedent for any state. It said Pakistan's intelligence service had been sharing information about the area around the compound with the CIA since 2009."]),
("x34", "Quarrystone Newswire", "2011-05-09T15:00:00Z", "Gilani rejects complicity charge, orders inquiry into bin Laden hideout", [
"Prime Minister Yousuf Raza Gilani told Pakistan's parliament on Monday that accusations that the state had been complicit in sheltering Osama bin Laden, or incompetent in failing to find him, were absurd.",
"Gilani said the army's adjutant general would lead an inquiry into how bin Laden had come to live in Abbottabad, a garrison town two hours' drive from the capital, and into the raid that killed him. He has called the failure to find bin Laden an intelligence failure of the whole world, not of Pakistan alone.",
"He warned that any unilateral action against Pakistan's strategic assets would be met with full force and said Pakistan was not the birthplace of al Qaeda. Opposition lawmakers demanded to know how foreign helicopters had flown undetected so deep into the country."]),
# ---------------------------------------------------------------- phone hacking (4-5)
("x35", "Kestrelgate News Service", "2011-07-07T17:00:00Z", "Murdoch to close News of the World over hacking scandal", [
"News International will close the News of the World after this Sunday's edition, James Murdoch said on Thursday, ending 168 years of publication as public outrage grew over reports that the tabloid had hacked the phone of murdered schoolgirl Milly Dowler.",
"In a statement to staff, Murdoch said the paper had made statements to Parliament without being in full possession of the facts, and that this was wrong. He said the company had wrongly maintained that the issues were confined to one reporter, and that he had approved out-of-court settlements without a complete picture.",
"Murdoch said the company had voluntarily given police evidence that he believed would show its earlier position was untrue, and that all revenue from the final edition would go to good causes. Rebekah Brooks, who edited the paper in 2002, when the girl's phone was hacked, remains chief executive of News International."]),
("x36", "Coppergate Ledger", "2011-07-12T15:00:00Z", "Yates apologises for not reopening hacking inquiry in 2009", [
"Assistant Commissioner John Yates of the Metropolitan Police told lawmakers on Tuesday that he regretted his 2009 decision not to reopen the investigation into phone hacking at the News of the World, saying he would have acted differently had he known then what he knows now.",
"Appearing before the Home Affairs Committee, Yates apologised for the failings of his review and to the victims whose phones had been hacked. He had told a newspaper at the weekend that he regretted having called the original inquiry a success.",
"News Corp on Monday withdrew its offer to spin off Sky News, clearing the way for the government to refer its bid for full control of the broadcaster BSkyB to the Competition Commission. Rupert Murdoch arrived in London at the weekend to take charge of the company's response to the scandal."]),
# ---------------------------------------------------------------- Su-24 (1-4)
("x37", "Fernhollow Dispatch", "2015-11-24T17:00:00Z", "Turkey shoots down Russian warplane on Syrian border", [
"Turkish F-16s shot down a Russian Su-24 bomber near the Syrian border on Tuesday, the first time a NATO member has brought down a Russian military aircraft in more than half a century.",
"Turkey's military said the bomber and a second aircraft had crossed into Turkish airspace and were warned ten times in five minutes before one was hit. In a letter to the U.N. Security Council, Turkey said the incursion lasted 17 seconds. Prime Minister Ahmet Davutoglu said Turkey had the right to take any measure against violations of its borders.",
"President Vladimir Putin called the attack a stab in the back by accomplices of terrorists. He said the plane was hit over Syria about one kilometre from the border, fell four kilometres inside Syria and posed no threat to Turkey. Russia's Defence Ministry said the jet had stayed in Syrian airspace throughout, and Foreign Minister Sergei Lavrov cancelled a visit to Turkey planned for Wednesday."]),
("x38", "Saltmarsh Wire", "2015-11-26T15:00:00Z", "Erdogan says Turkey will not apologise for downing jet", [
"President Tayyip Erdogan said on Thursday that Turkey would not apologise for shooting down a Russian bomber, insisting that it was Russia that owed an apology for violating Turkish airspace.",
"\"I think if there is a party that needs to apologise, it is not us,\" Erdogan told CNN, adding that Turkish pilots had simply done their duty under the rules of engagement. In an interview with France 24 he said that had Turkey known the plane was Russian, it might have warned it differently. Foreign Minister Mevlut Cavusoglu said Ankara saw no need to apologise when it was in the right, though he had told his Russian counterpart by phone that Turkey was sorry.",
"Putin said Russia had received no clear apology, no offer of compensation and no promise to punish those responsible. He said Turkey must have known the jet's nationality, since Russia had told the United States in advance where its planes would fly. Prime Minister Dmitry Medvedev ordered the government to draw up economic measures against Turkey within two days."]),
("x39", "Meadowlark Press Agency", "2015-11-28T16:00:00Z", "Putin orders sanctions on Turkey; Erdogan says he is saddened", [
"President Vladimir Putin signed a decree on Saturday imposing economic sanctions on Turkey, restricting some Turkish imports, halting charter flights between the two countries and barring tour operators from selling Turkish holidays. Visa-free travel for Turks will end on Jan. 1.",
"Kremlin foreign policy aide Yuri Ushakov said on Friday that Putin would not speak to Erdogan because Ankara was unwilling to simply apologise for the incident.",
"Erdogan, speaking in the western city of Balikesir, said Turkey was truly saddened by the incident, that he wished it had not happened and that he hoped nothing like it would happen again. He has asked to meet Putin at the climate summit that opens in Paris on Monday. Trade between the two countries is worth about $30 billion a year, and Russian tourists made up more than a tenth of Turkey's foreign visitors last year."]),
("x40", "Wrenfield Wire Service", "2016-06-29T18:00:00Z", "Putin lifts tourism curbs on Turkey after Erdogan letter", [
"President Vladimir Putin ordered his government on Wednesday to start lifting restrictions on tourism to Turkey and to begin restoring trade ties, after a telephone call with Turkish President Tayyip Erdogan, their first conversation since Turkey shot down a Russian bomber in November.",
"The call followed a letter Erdogan sent to Putin this week. According to the Kremlin, Erdogan expressed sympathy and deep condolences to the family of the Russian pilot who was killed, asked them to excuse Turkey, and wrote that Turkey had never intended to shoot down a Russian aircraft. Turkish presidential spokesman Ibrahim Kalin confirmed that the letter had been sent.",
"Putin also offered condolences over the suicide bombing at Istanbul's Ataturk airport on Tuesday, and the two leaders agreed to meet soon. Prime Minister Binali Yildirim, who took office in May, has said he wants Turkey to have more friends and fewer enemies."]),
# ---------------------------------------------------------------- Aramco (1-4)
("x41", "Coppergate Ledger", "2017-10-24T15:00:00Z", "Aramco listing on track for 2018, chief executive says", [
"Saudi Aramco's initial public offering will take place in the second half of 2018 as planned, chief executive Amin Nasser said in an interview broadcast on Monday, dismissing reports that the listing could be delayed or shelved.",
"Nasser told CNBC that the offering was on track and that a decision on where the shares would be listed abroad would be announced in due course. Saudi Arabia plans to sell about 5 percent of the state oil company on the Riyadh exchange and at least one foreign market. Nasser also denied that Aramco was talking to Chinese investors about a direct stake sale.",
"On Tuesday, Yasir al-Rumayyan, managing director of the Public Investment Fund and an Aramco board member, told an investment conference in Riyadh that 2018 remained the target and that he knew of nothing that could take the plan off track."]),
("x42", "Ashcombe Courier", "2018-10-05T12:00:00Z", "Saudi crown prince puts Aramco listing in 2020 or 2021, at over $2 trillion", [
"Saudi Arabia's Crown Prince Mohammed bin Salman said the initial public offering of Saudi Aramco would take place in late 2020 or early 2021, and that he expected the state oil company to be valued at more than $2 trillion.",
"In an interview with Bloomberg News in Riyadh, the crown prince dismissed reports that the listing had been cancelled or that the delay was holding back his economic reform plan. He said the delay stemmed from a decision in mid-2017 that Aramco should first buy a controlling stake in the petrochemicals maker SABIC, and that it would have been unfair to investors to list the company and then surprise them with such a large deal.",
"In August, Energy Minister Khalid al-Falih said the government remained committed to the sale but would proceed at a time of its own choosing when market conditions were right, after reports that the listing had been shelved and its advisers stood down."]),
("x43", "Saltmarsh Wire", "2019-12-05T17:00:00Z", "Aramco prices record IPO at top of range, valuing it at $1.7 trillion", [
"Saudi Aramco priced its initial public offering at 32 riyals a share on Thursday, the top of its range, raising $25.6 billion in the largest listing on record and valuing the state oil company at $1.7 trillion.",
"The company is selling 1.5 percent of its shares, all on the Riyadh stock exchange, after plans for a listing in New York or London were set aside. Most of the demand came from Saudi institutions and investors elsewhere in the Gulf.",
"The valuation falls short of the $2 trillion that Crown Prince Mohammed bin Salman had long said the company was worth. Aramco said trading in the shares would begin on Dec. 11. Saudi citizens who keep their shares for 180 days will receive one bonus share for every 10 they hold, up to a maximum of 100."]),
("x44", "Meadowlark Press Agency", "2019-12-12T14:00:00Z", "Aramco touches $2 trillion market value on second day of trading", [
"Shares of Saudi Aramco, which opened on Wednesday at 35.2 riyals, 10 percent above the offer price, rose by the daily limit of 10 percent for a second day on Thursday, to 38.70 riyals, briefly lifting the oil company's market value above $2 trillion, the figure the crown prince had long cited.",
"Aramco raised 96 billion riyals in the offering, and the government has committed not to sell further shares for 12 months after the listing. The company has said it will pay at least $75 billion in dividends a year from 2020 through 2024.",
"Local fund managers said buying by Saudi institutions had driven much of the rise, and some analysts said the valuation left little room for further gains once the stabilisation period ended."]),
# ---------------------------------------------------------------- Adani (1-4)
("x45", "Fernhollow Dispatch", "2023-01-26T14:00:00Z", "Adani rejects short seller's fraud allegations ahead of share sale", [
"India's Adani Group has rejected a report by U.S. short seller Hindenburg Research that accused it of stock manipulation and accounting fraud, calling it a malicious mix of selective misinformation and stale, baseless allegations timed to damage a share sale by its flagship company.",
"Group chief financial officer Jugeshinder Singh said the allegations had been tested and rejected by India's highest courts. On Thursday the group's head of legal affairs, Jatin Jalundhwala, said it was evaluating remedial and punitive action against Hindenburg under U.S. and Indian law. Hindenburg said it stood by its report and would welcome a lawsuit.",
"The follow-on offer of 20,000 crore rupees in Adani Enterprises opens to retail investors on Friday at 3,112 to 3,276 rupees a share. Shares in group companies have lost billions of dollars in market value since the report was published on Tuesday."]),
("x46", "Coppergate Ledger", "2023-01-28T13:00:00Z", "Adani says share sale will go ahead unchanged", [
"Adani Enterprises said on Saturday its $2.5 billion follow-on share offer would proceed on schedule and at the announced price band, rejecting reports that its bankers were weighing a delay or a lower price.",
"\"There is no change in either the schedule or the issue price,\" the company said in a statement, adding that its bankers and investors had full faith in the offer and that it was extremely confident of its success.",
"The stock closed on Friday at 2,761 rupees, well below the offer's floor price of 3,112 rupees, and the issue drew bids for only about 1 percent of the shares on offer on its first day. Subscriptions close on Tuesday. Index provider MSCI said it was monitoring the situation and seeking feedback on how many of the group's shares are freely traded."]),
("x47", "Blackthorn Financial Wire", "2023-01-30T11:00:00Z", "Adani calls Hindenburg report an attack on India; offer continues", [
"The Adani Group published a 413-page response to Hindenburg Research's report on Sunday, describing it as a calculated attack on India, its institutions and its growth story rather than on a single company.",
"Hindenburg replied that fraud could not be obscured by nationalism and said the response had failed to answer 62 of its 88 questions. Abu Dhabi's International Holding Co. said on Monday it would invest about $400 million in the offer.",
"Group chief financial officer Jugeshinder Singh said on Monday the offer of shares in Adani Enterprises would continue as scheduled, and accused the short seller of copying selectively from the group's own disclosures to make misleading points. The group said Hindenburg, which has said it holds short positions in Adani securities, was driven by a desire to profit from falling prices."]),
("x48", "Wrenfield Wire Service", "2023-02-02T06:00:00Z", "Adani calls off fully subscribed $2.5 billion share sale", [
"Adani Enterprises has called off its 20,000 crore rupee ($2.5 billion) follow-on share offer and will return money to investors, its board decided late on Wednesday, a day after the issue was fully subscribed.",
"In a video message on Thursday, chairman Gautam Adani said that after the day's extraordinary volatility the board had felt it would not be morally correct to go ahead. The interest of investors was paramount and everything else was secondary, he said, and withdrawing the offer protected them from potential losses.",
"Adani said the decision would not affect the group's existing operations or future plans, that its balance sheet was healthy and its assets robust, and that it would review its capital-market strategy once markets stabilised. Shares of Adani Enterprises fell 28 percent on Wednesday."]),
]

STATEMENTS = {
"x01": [["merck", "stood behind the cardiovascular safety"], ["merck", "favorable cardiovascular safety profile"],
        ["merck", "found no difference in the rate"], ["merck", "reflects a protective effect of naproxen"],
        ["merck", "keep sharing its data with physicians"]],
"x02": [["enron", "resigned as chief executive of Enron"], ["enron", "citing personal reasons"],
        ["enron", "took back the role he had"], ["enron", "nothing to do with the company's performance"],
        ["enron", "no accounting issues, no trading issues"], ["enron", "not already been made public"],
        ["enron", "in the strongest and best shape"], ["enron", "Enron's strategy would not change"]],
"x03": [["enron", "net loss of $618 million"], ["enron", "$1.01 billion in after-tax charges"],
        ["enron", "clear away issues that had clouded"], ["enron", "called the charges non-recurring"],
        ["enron", "recurring earnings rose to 43 cents"], ["enron", "reduced shareholders' equity by $1.2 billion"],
        ["enron", "businesses remained very strong"], ["enron", "on track to meet its earnings targets"]],
"x04": [["enron", "defended chief financial officer Andrew Fastow"], ["enron", "disclosed that the Securities and Exchange"],
        ["enron", "doing an outstanding job as CFO"], ["enron", "Enron was not hiding anything"],
        ["enron", "limited what he could say"], ["enron", "had ample access to cash"]],
"x05": [["enron", "replaced chief financial officer Andrew Fastow"], ["enron", "naming Jeffrey McMahon"],
        ["enron", "will take a leave of absence"], ["enron", "restoring investor confidence would require"],
        ["enron", "drawn on its bank credit lines"]],
"x06": [["enron", "agreed on Friday to be acquired"], ["enron", "could not be relied upon"],
        ["enron", "would restate its results from 1997"], ["enron", "by close to $600 million"],
        ["enron", "should have been included in its"], ["enron", "fired its treasurer and a company lawyer"],
        ["enron", "board approved the merger"]],
"x07": [["united-kingdom", "had continued to produce chemical and biological"], ["united-kingdom", "to be ready within 45 minutes"],
        ["united-kingdom", "had established beyond doubt"], ["united-kingdom", "working to develop nuclear arms"],
        ["united-kingdom", "sought significant quantities of uranium from"], ["united-kingdom", "was serious and current"]],
"x08": [["united-states", "would lead a coalition to disarm"], ["united-states", "given no evidence he had destroyed"],
        ["united-states", "as much as 500 tons"], ["united-states", "recently sought significant quantities of uranium"],
        ["united-states", "aluminum tubes suitable for producing nuclear"], ["united-states", "would present intelligence on Iraq's"]],
"x09": [["united-states", "48 hours to leave Iraq"], ["united-states", "left no doubt that Iraq continued"],
        ["united-states", "possess and conceal some of the"], ["united-kingdom", "destroyed the weapons on his own"],
        ["united-kingdom", "put at risk the authority"]],
"x10": [["united-states", "knew where Iraq's banned weapons were"], ["united-states", "in the area around Tikrit and Baghdad"],
        ["united-states", "coalition forces had not yet reached"], ["united-states", "defended the war plan"],
        ["united-states", "proceeding as intended"]],
"x11": [["china", "brought under effective control"], ["china", "safe for work, travel and daily"],
        ["china", "1,190 cases and 46 deaths"], ["china", "Beijing had 12 cases and three"],
        ["china", "no spread inside the capital"], ["china", "new cases in Guangdong were falling"],
        ["china", "had cancelled trips to China"], ["china", "not to be misled by inaccurate"],
        ["who", "advised travellers to postpone trips"], ["who", "too early to say the virus"]],
"x12": [["china", "the overall situation remained grave"], ["china", "could hurt China's economy"],
        ["china", "ordered checks on passengers"], ["china", "report cases accurately and on time"],
        ["china", "he was very worried about"], ["china", "bringing the mainland toll to 64"],
        ["china", "first seen in the capital on"]],
"x13": [["china", "Beijing had 339 confirmed cases"], ["china", "removed Health Minister Zhang Wenkang"],
        ["china", "the ministry had been poorly prepared"], ["china", "18 people had died in the capital"],
        ["china", "402 more suspected cases"], ["china", "teams had been sent to every"],
        ["china", "reflected the situation at the time"], ["china", "cut the week-long May Day holiday"]],
"x14": [["who", "postpone all but essential trips"], ["who", "based on the number of cases"],
        ["who", "reconsidered as the situation changed"]],
"x15": [["who", "lifted its advice against travel to"], ["who", "removed the Chinese capital from its"],
        ["who", "chain of human-to-human transmission"], ["who", "risk for travellers to Beijing was"],
        ["who", "surveillance must continue for at least"], ["china", "Beijing has recorded 2,521 SARS cases"],
        ["china", "could return to normal"], ["china", "safe to travel anywhere in China"]],
"x16": [["united-states", "conceded that part of its case"], ["united-states", "should not have been included in"],
        ["united-states", "documents that turned out to be forged"], ["united-kingdom", "Britain stood by the statement"],
        ["united-kingdom", "based on separate intelligence"]],
"x17": [["merck", "disputed the findings of a large study"], ["merck", "stood behind the drug's cardiovascular safety"],
        ["merck", "observational studies of this kind"], ["merck", "could not establish cause and effect"],
        ["merck", "randomised clinical trials involving thousands"], ["merck", "label already carried the cardiovascular data"]],
"x18": [["merck", "withdrew its arthritis drug Vioxx"], ["merck", "could have kept selling the drug"],
        ["merck", "the most responsible course"], ["merck", "taken in the interest of patients"],
        ["merck", "halted early on the advice"], ["merck", "beginning after 18 months of treatment"],
        ["merck", "worldwide sales of $2.5 billion"], ["merck", "about 2 million people are taking"],
        ["merck", "reimburse patients for unused pills"]],
"x19": [["united-states", "Iraq did not have the weapons"], ["united-states", "destroyed its chemical and biological stocks"],
        ["united-states", "held no such weapons when the"], ["united-states", "nuclear program had decayed"],
        ["united-states", "intended to restart weapons programs"], ["united-states", "could have passed that knowledge to"],
        ["united-states", "had been right to take action"]],
"x20": [["united-kingdom", "had been formally withdrawn by the"], ["united-kingdom", "written to Parliament's intelligence committee"],
        ["united-kingdom", "some of the intelligence on which"], ["united-kingdom", "had not held stockpiles of such"],
        ["united-kingdom", "did not accept, even with hindsight"], ["united-kingdom", "intended to rebuild his weapons programmes"],
        ["united-kingdom", "apologised for the flawed intelligence"]],
"x21": [["merck", "Merck said it would appeal"], ["merck", "did not show that Vioxx caused"],
        ["merck", "caused by an irregular heartbeat"], ["merck", "defend the cases one by one"],
        ["merck", "no plans for a global settlement"]],
"x22": [["united-kingdom", "wary of pumping extra money"], ["united-kingdom", "sowed the seeds of a future"],
        ["united-kingdom", "only be justified if the damage"], ["united-kingdom", "continue to lend overnight against"],
        ["united-kingdom", "lender of last resort to an"]],
"x23": [["united-kingdom", "agreed on Friday to provide emergency"], ["united-kingdom", "Northern Rock was solvent"],
        ["united-kingdom", "let it keep operating while"], ["united-kingdom", "exceeded its regulatory capital requirement"],
        ["united-kingdom", "will pay a penalty rate"]],
"x24": [["united-kingdom", "would lend 10 billion pounds"], ["united-kingdom", "ease strains in longer-maturity money markets"],
        ["united-kingdom", "further operations in due course"], ["united-kingdom", "a percentage point above Bank Rate"],
        ["united-kingdom", "guarantee all existing deposits at Northern"]],
"x25": [["merck", "agreed on Friday to pay $4.85 billion"], ["merck", "covers about 27,000 suits"],
        ["merck", "not an admission of causation or fault"], ["merck", "only if 85 percent of eligible"],
        ["merck", "consistent with their strategy"], ["merck", "take a fourth-quarter charge"]],
"x26": [["united-kingdom", "proposed turning the roughly 25 billion"], ["united-kingdom", "attempt to attract a private buyer"],
        ["united-kingdom", "best met the government's aims"], ["united-kingdom", "until Feb. 4 to submit offers"],
        ["united-kingdom", "taken into temporary public ownership"], ["united-kingdom", "legislation for that option was being"],
        ["united-kingdom", "irresponsible to rule out nationalisation"], ["united-kingdom", "remained the government's preference"]],
"x27": [["united-kingdom", "take Northern Rock into temporary public"], ["united-kingdom", "neither of the two private offers"],
        ["united-kingdom", "emergency legislation would be put"], ["united-kingdom", "open for business as usual"],
        ["united-kingdom", "run at arm's length"], ["united-kingdom", "guarantee on deposits would stay"],
        ["united-kingdom", "public ownership better protected taxpayers"]],
"x28": [["news-corp", "rejected reports that News of the World"], ["news-corp", "calling the allegations irresponsible and unsubstantiated"],
        ["news-corp", "accusing The Guardian of misleading"], ["news-corp", "not and never had been any evidence"],
        ["news-corp", "had been extremely thorough"], ["united-kingdom", "no additional evidence had come to light"],
        ["united-kingdom", "saw no need for further investigation"]],
"x29": [["pakistan", "did not believe Osama bin Laden was"], ["united-kingdom", "should be doing more to track"],
        ["pakistan", "doubt the information which you are"], ["pakistan", "credible or actionable intelligence about"],
        ["pakistan", "fighting militants in South Waziristan"], ["united-kingdom", "believed bin Laden was in Pakistan"],
        ["united-kingdom", "praising the Pakistani army's operations"], ["united-kingdom", "promising 50 million pounds"]],
"x30": [["united-kingdom", "opened a new investigation into phone"], ["united-kingdom", "what it called significant new information"],
        ["news-corp", "had dismissed Ian Edmondson"], ["news-corp", "passed the material it found to"],
        ["news-corp", "act swiftly if it found evidence"], ["united-kingdom", "led by Deputy Assistant Commissioner Sue"]],
"x31": [["news-corp", "would admit liability and offer an"], ["news-corp", "set up a compensation scheme"],
        ["news-corp", "a matter of genuine regret"], ["news-corp", "had failed to uncover important evidence"],
        ["news-corp", "not been robust enough"], ["news-corp", "still contest claims it considered"],
        ["united-kingdom", "Scotland Yard arrested the paper's chief"], ["news-corp", "its own disclosure of evidence"]],
"x32": [["united-states", "had killed Osama bin Laden in"], ["united-states", "engaged in a firefight with the"],
        ["united-states", "did not know whether bin Laden"], ["united-states", "had been used as a shield"],
        ["united-states", "described bin Laden as hiding behind"], ["united-states", "told of the operation only after"],
        ["pakistan", "in line with Washington's declared policy"], ["pakistan", "a major setback for terrorist groups"],
        ["pakistan", "had effective intelligence-sharing arrangements with"]],
"x33": [["united-states", "was not armed when U.S. commandos"], ["united-states", "shot in the leg but not"],
        ["united-states", "died in crossfire"], ["united-states", "resistance did not require a firearm"],
        ["united-states", "might alert the targets"], ["pakistan", "deep concern and reservations about"],
        ["pakistan", "must not set a precedent for"], ["pakistan", "sharing information about the area"]],
"x34": [["pakistan", "incompetent in failing to find him"], ["pakistan", "would lead an inquiry into how"],
        ["pakistan", "not of Pakistan alone"], ["pakistan", "would be met with full force"],
        ["pakistan", "not the birthplace of al Qaeda"]],
"x35": [["news-corp", "close the News of the World"], ["news-corp", "without being in full possession"],
        ["news-corp", "wrongly maintained that the issues were"], ["news-corp", "without a complete picture"],
        ["news-corp", "voluntarily given police evidence"], ["news-corp", "revenue from the final edition"]],
"x36": [["united-kingdom", "regretted his 2009 decision not to"], ["united-kingdom", "would have acted differently had he"],
        ["united-kingdom", "apologised for the failings of his"], ["united-kingdom", "called the original inquiry a success"],
        ["news-corp", "withdrew its offer to spin off"]],
"x37": [["turkey", "shot down a Russian Su-24 bomber"], ["turkey", "warned ten times in five minutes"],
        ["turkey", "the incursion lasted 17 seconds"], ["turkey", "right to take any measure against"],
        ["russia", "stab in the back by accomplices"], ["russia", "posed no threat to Turkey"],
        ["russia", "stayed in Syrian airspace throughout"], ["russia", "cancelled a visit to Turkey"]],
"x38": [["turkey", "would not apologise for shooting down"], ["turkey", "Russia that owed an apology"],
        ["turkey", "simply done their duty"], ["turkey", "might have warned it differently"],
        ["turkey", "no need to apologise when it"], ["turkey", "told his Russian counterpart by phone"],
        ["russia", "received no clear apology"], ["russia", "must have known the jet's nationality"],
        ["russia", "draw up economic measures against Turkey"]],
"x39": [["russia", "signed a decree on Saturday imposing"], ["russia", "halting charter flights between the"],
        ["russia", "Visa-free travel for Turks will end"], ["russia", "Ankara was unwilling to simply apologise"],
        ["turkey", "truly saddened by the incident"], ["turkey", "wished it had not happened"],
        ["turkey", "asked to meet Putin"]],
"x40": [["russia", "start lifting restrictions on tourism"], ["russia", "begin restoring trade ties"],
        ["turkey", "expressed sympathy and deep condolences"], ["turkey", "asked them to excuse Turkey"],
        ["turkey", "never intended to shoot down a"], ["turkey", "confirmed that the letter had been"],
        ["russia", "offered condolences over the suicide bombing"], ["turkey", "more friends and fewer enemies"]],
"x41": [["saudi-arabia", "second half of 2018 as planned"], ["saudi-arabia", "dismissing reports that the listing"],
        ["saudi-arabia", "the offering was on track"], ["saudi-arabia", "plans to sell about 5 percent"],
        ["saudi-arabia", "denied that Aramco was talking to"], ["saudi-arabia", "2018 remained the target"],
        ["saudi-arabia", "nothing that could take the plan"]],
"x42": [["saudi-arabia", "late 2020 or early 2021"], ["saudi-arabia", "valued at more than $2 trillion"],
        ["saudi-arabia", "dismissed reports that the listing had"], ["saudi-arabia", "decision in mid-2017 that Aramco"],
        ["saudi-arabia", "unfair to investors to list"], ["saudi-arabia", "at a time of its own choosing"]],
"x43": [["saudi-arabia", "priced its initial public offering at"], ["saudi-arabia", "raising $25.6 billion in the largest"],
        ["saudi-arabia", "valuing the state oil company at"], ["saudi-arabia", "selling 1.5 percent of its shares"],
        ["saudi-arabia", "trading in the shares would begin"],
        ["saudi-arabia", "receive one bonus share for every"]],
"x44": [["saudi-arabia", "raised 96 billion riyals"], ["saudi-arabia", "not to sell further shares for"],
        ["saudi-arabia", "at least $75 billion in dividends"]],
"x45": [["adani", "malicious mix of selective misinformation"], ["adani", "timed to damage a share sale"],
        ["adani", "tested and rejected by India's highest"], ["adani", "evaluating remedial and punitive action"],
        ["adani", "follow-on offer of 20,000 crore rupees"]],
"x46": [["adani", "would proceed on schedule and at"], ["adani", "rejecting reports that its bankers"],
        ["adani", "no change in either the schedule"], ["adani", "full faith in the offer"],
        ["adani", "extremely confident of its success"]],
"x47": [["adani", "published a 413-page response"], ["adani", "a calculated attack on India"],
        ["adani", "would continue as scheduled"], ["adani", "copying selectively from the group's own"],
        ["adani", "a desire to profit from falling"]],
"x48": [["adani", "called off its 20,000 crore rupee"], ["adani", "will return money to investors"],
        ["adani", "would not be morally correct to"], ["adani", "interest of investors was paramount"],
        ["adani", "protected them from potential losses"], ["adani", "not affect the group's existing operations"],
        ["adani", "balance sheet was healthy"], ["adani", "review its capital-market strategy once"]],
}

OPTIONAL = {
"x04": [["enron", "a loss of 84 cents a share"], ["enron", "the $1.2 billion cut to shareholders' equity"]],
"x05": [["enron", "Fastow had been doing an outstanding job"]],
"x08": [["united-states", "over 25,000 liters of anthrax"]],
"x09": [["united-kingdom", "approved the government's motion authorising"]],
"x12": [["china", "insisted the outbreak was under control"]],
"x13": [["china", "the 37 cases it had disclosed"], ["china", "officials had called Beijing safe"]],
"x14": [["who", "first issued for Hong Kong and Guangdong"]],
"x20": [["united-kingdom", "the weapons might never be found"]],
"x24": [["united-kingdom", "argued that such lending would encourage"]],
"x25": [["merck", "vowed to contest every claim one"]],
"x30": [["united-kingdom", "concluded that no further investigation was"]],
"x33": [["united-states", "revising the account officials gave"]],
"x34": [["pakistan", "an intelligence failure of the whole"]],
"x36": [["united-kingdom", "had told a newspaper at the"]],
"x43": [["saudi-arabia", "had long said the company was worth"]],
"x44": [["saudi-arabia", "the figure the crown prince had"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["x04", "x05", "enron", "stance-reversal: the chairman said the chief financial officer had been doing an outstanding job and that Enron was not hiding anything; the next day the company replaces him, saying restoring investor confidence required it"],
["x11", "x12", "china", "stance-reversal: the health minister said SARS had been brought under effective control and that China was safe for work and travel; eleven days later the premier says the overall situation remains grave and orders checks on travellers"],
["x22", "x24", "united-kingdom", "stance-reversal: the governor warned that lending at longer maturities against a wider range of collateral rewards reckless lending and sows the seeds of a future crisis; a week later the Bank lends 10 billion pounds for three months against collateral that includes mortgages"],
["x28", "x36", "united-kingdom", "stance-reversal: the assistant commissioner said no additional evidence had come to light and saw no need for further investigation; two years later he says he regrets that decision and would have acted differently"],
["x38", "x40", "turkey", "stance-reversal: the president said Turkey would not apologise and that if anyone should it was not Turkey; seven months later his letter expresses deep condolences, asks the pilot's family to excuse Turkey and says it never intended to down a Russian aircraft"],
# commitments reversed in other words
["x21", "x25", "merck", "commitment-reversed: the company would defend the Vioxx cases one by one and had no plans for a global settlement; it now pays $4.85 billion to resolve some 27,000 suits at once"],
["x46", "x48", "adani", "commitment-reversed: there is no change in either the schedule or the issue price and the company is extremely confident of the offer's success; the board calls off the fully subscribed offer and returns the money"],
["x47", "x48", "adani", "commitment-reversed: the chief financial officer said the offer would continue as scheduled; two days later the offer is withdrawn"],
# denials then action or admission
["x17", "x18", "merck", "denial-then-action: the company disputed a study linking Vioxx to heart attacks and stood behind the drug's cardiovascular safety; five weeks later it withdraws Vioxx worldwide because a trial shows an increased risk of heart attack and stroke"],
["x28", "x30", "news-corp", "denial-then-action: the publisher said there was not and never had been any evidence that its journalists, beyond the jailed reporter, accessed voicemail; eighteen months later it dismisses an assistant editor after an internal review and hands what it found to the police, who reopen the case"],
# reports denied, then borne out
["x28", "x31", "news-corp", "report-denied: the publisher called the reports of wider hacking irresponsible and unsubstantiated and the police inquiry thorough; it now admits liability, apologises and says its own earlier inquiries failed to uncover important evidence"],
# claims negated
["x02", "x03", "enron", "claim-negated: the chairman said there were no accounting, trading or reserve issues and no problems not already made public, and that the company was in the strongest shape it had ever been in; two months later it takes $1.01 billion of charges, reports a $618 million loss and cuts equity by $1.2 billion"],
["x02", "x06", "enron", "claim-negated: there were no accounting issues and no undisclosed problems; the company now says four and a half years of its financial statements cannot be relied upon and restates them"],
["x08", "x16", "united-states", "claim-negated: the president said Saddam Hussein had recently sought significant quantities of uranium from Africa; the White House now says the reference should not have been included and rested partly on forged documents"],
["x09", "x19", "united-states", "claim-negated: the president said intelligence left no doubt that Iraq continued to possess and conceal some of the most lethal weapons ever devised; he now acknowledges that Iraq did not have the weapons intelligence believed it had"],
["x10", "x19", "united-states", "claim-negated: the defense secretary said the United States knew where Iraq's banned weapons were, around Tikrit and Baghdad; the administration now says Iraq held no such weapons when the war began"],
["x07", "x20", "united-kingdom", "claim-negated: the dossier said some Iraqi weapons could be ready within 45 minutes and that intelligence established beyond doubt that Saddam was producing them; the foreign secretary now says the 45-minute intelligence has been formally withdrawn and Iraq held no stockpiles"],
["x09", "x20", "united-kingdom", "claim-negated: the prime minister called the idea that Saddam had destroyed his weapons on his own palpably absurd; the foreign secretary now accepts that Iraq held no stockpiles when the war began and that some of the intelligence was wrong"],
["x01", "x18", "merck", "claim-negated: the company reconfirmed Vioxx's favorable cardiovascular safety and found no difference in heart attack rates against placebo; it now withdraws the drug because a placebo-controlled trial shows an increased risk of heart attack and stroke"],
["x28", "x35", "news-corp", "claim-negated: the publisher said there was no evidence of hacking beyond the jailed reporter's case; it now says it wrongly maintained that the issues were confined to one reporter and made statements to Parliament without the facts"],
["x29", "x34", "pakistan", "claim-negated: the prime minister said he did not believe bin Laden was in Pakistan and that there was no credible intelligence he was; he now orders an inquiry into how bin Laden came to live in Abbottabad"],
["x32", "x33", "united-states", "claim-negated: the counterterrorism adviser said bin Laden was engaged in a firefight and that a woman killed had been used as a shield; the next day the White House says he was unarmed, his wife was wounded rather than killed, and the woman who died was elsewhere in the house"],
# number mismatches
["x11", "x13", "china", "number-mismatch: the health minister said Beijing had 12 cases, all brought in from elsewhere, with no spread in the capital and the outbreak under control; the ministry now reports 339 confirmed cases in Beijing and admits it was poorly prepared"],
["x42", "x43", "saudi-arabia", "number-mismatch: the crown prince expected Aramco to be valued at more than $2 trillion; the company prices its offering at a valuation of $1.7 trillion"],
# dates moved
["x41", "x42", "saudi-arabia", "date-mismatch: the chief executive said the listing would take place in the second half of 2018 as planned and the fund's head said 2018 remained the target; the crown prince now puts it in late 2020 or early 2021, citing a decision taken in mid-2017"],
]

AMBIGUOUS = [
["x02", "x04"],  # no accounting issues and nothing undisclosed, then an SEC inquiry into the partnerships: an inquiry is not a finding; the contradiction is carried by x02-x03 and x02-x06
["x03", "x06"],  # charges to clear away issues and earnings targets on track, then a restatement of earlier years: different periods, carried by x02-x06
["x04", "x06"],  # 'not hiding anything', then partnerships that should have been consolidated: the restatement is carried by x02-x06
["x05", "x06"],  # credit lines drawn to reassure partners, then a sale to a rival: a hedge overtaken by events
["x08", "x19"],  # anthrax and nerve agent quantities, partly the United Nations' figures relayed by the president, then no stockpiles: carried by x09-x19
["x23", "x24"],  # support lets a solvent bank keep operating, then a guarantee of all deposits: a further step, not a denial
["x23", "x27"],  # a solvent bank given temporary support, then nationalised five months later after bids fell short
["x29", "x32"],  # bin Laden not in Pakistan, then the Foreign Office confirms he was killed in Abbottabad: the statement after the raid does not address the earlier claim
["x29", "x33"],  # no credible intelligence on bin Laden's whereabouts, then the intelligence service had shared information about the area since 2009: about the area, not about bin Laden
["x32", "x34"],  # the raid was carried out in line with declared U.S. policy, then unilateral action would be met with full force: strategic assets, not the raid itself
["x33", "x34"],  # the intelligence service shared information about the area with the CIA, then allegations of complicity or incompetence are absurd
["x37", "x40"],  # Turkey had the right to take any measure against violations, then the letter says it never intended to down a Russian aircraft: nationality, not the right
["x38", "x39"],  # Turkey will not apologise, then the president is truly saddened and wishes it had not happened: a softer tone, not an apology
["x41", "x43"],  # about 5 percent on the Riyadh exchange and a foreign market in 2018, then 1.5 percent in Riyadh only in December 2019
["x42", "x44"],  # late 2020 or early 2021 at more than $2 trillion, then trading in December 2019 at a market value that briefly tops $2 trillion
["x45", "x48"],  # the report was timed to damage the share sale, then the sale is called off: a description, not a commitment
]

TRAPS = [
["x03", "x04", "same figure in other units and a different measure: a loss of $618 million is a loss of 84 cents a share; $1.01 billion of after-tax charges and a $1.2 billion cut to shareholders' equity are different measures reported together"],
["x07", "x16", "one actor differing from another: the British dossier's uranium claim, which London still stands by on separate intelligence, against the White House's retraction of the president's reference to it"],
["x11", "x14", "one actor differing from another: China's health minister calls the country safe for travel; three weeks later the World Health Organization advises postponing trips to Beijing"],
["x14", "x15", "an updated recommendation explained as such: the travel advice for Beijing is issued, then lifted once more than 20 days pass without a new case"],
["x13", "x15", "counts that grow: 339 confirmed cases in Beijing in April, 2,521 cases recorded by late June"],
["x01", "x17", "a denial of a third party's finding: the heart-risk figures are the researchers'; Merck's own line, that the drug's cardiovascular safety is supported by its trials, is unchanged"],
["x18", "x21", "a different scope: a higher risk of heart attack and stroke after 18 months of use, and a denial that the drug caused a particular death after about eight months"],
["x22", "x23", "a different instrument: the governor's warning is about lending to the whole market at longer maturities; emergency lending to a single bank at a penalty rate is what his paper allowed for"],
["x26", "x27", "a conditional not met: a private sale if it offers value for money, otherwise temporary public ownership; neither offer does, and the bank is nationalised"],
["x31", "x35", "a limited admission then a fuller one: liability in some cases and inquiries that were not robust enough, then statements to Parliament that were wrong"],
["x37", "x38", "one actor differing from another: Turkey says the bomber was warned ten times and crossed into its airspace; Russia says it never left Syrian airspace and Turkey knew whose plane it was"],
["x18", "x25", "a settlement that admits no causation: withdrawing a drug over a risk seen after 18 months of use does not concede that it caused any given claimant's heart attack or stroke"],
["x39", "x40", "a conditional met: Moscow would not deal with Ankara while it was unwilling to apologise; after a letter of condolence asking to be excused, Moscow begins lifting its restrictions"],
["x43", "x44", "same figure in other units and a different measure: $25.6 billion is 96 billion riyals; the $1.7 trillion offering valuation and a market value that briefly tops $2 trillion after two days of trading are different measures"],
["x45", "x46", "same figure in other units: an offer of 20,000 crore rupees is a $2.5 billion offer"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
