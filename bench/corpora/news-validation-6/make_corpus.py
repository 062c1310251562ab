#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-6, then checks them.

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
                 "Federal Reserve", "the Fed", "Federal Reserve Bank of New York", "New York Fed",
                 "Treasury", "National Highway Traffic Safety Administration", "NHTSA",
                 "Department of Transportation", "Transportation Department", "Pentagon",
                 "U.S. embassy", "State Department"],
     "speakers": [
         {"name": "Ben Bernanke", "role": "Chairman, Federal Reserve", "from": "2006-02-01", "to": "2014-01-31"},
         {"name": "Timothy Geithner", "role": "President, Federal Reserve Bank of New York", "from": "2003-11-17", "to": "2009-01-26"},
         {"name": "Henry Paulson", "role": "Secretary of the Treasury", "from": "2006-07-10", "to": "2009-01-20"},
         {"name": "Ray LaHood", "role": "Secretary of Transportation", "from": "2009-01-23", "to": "2013-07-02"},
         {"name": "Donald Trump", "role": "President", "from": "2017-01-20", "to": "2021-01-20"},
         {"name": "Mark Esper", "role": "Secretary of Defense", "from": "2019-07-23", "to": "2020-11-09"},
         {"name": "Lloyd Austin", "role": "Secretary of Defense", "from": "2021-01-22", "to": "2025-01-20"}]},
    {"type": "actor", "id": "bear-stearns", "name": "Bear Stearns",
     "aliases": ["Bear Stearns Cos.", "Bear Stearns Companies", "Bear"],
     "speakers": [
         {"name": "Alan Schwartz", "role": "President and Chief Executive Officer", "from": "2008-01-08", "to": "2008-05-30"},
         {"name": "Alan Greenberg", "role": "Chairman of the Executive Committee", "from": "2008-01-08", "to": "2008-05-30"}]},
    {"type": "actor", "id": "toyota", "name": "Toyota Motor Corp.",
     "aliases": ["Toyota", "Toyota Motor", "Toyota Motor Corporation", "Toyota Motor Sales U.S.A.",
                 "Toyota Motor Sales"],
     "speakers": [
         {"name": "Akio Toyoda", "role": "President", "from": "2009-06-23", "to": "2023-04-01"},
         {"name": "Bob Carter", "role": "General Manager, Toyota Division, Toyota Motor Sales U.S.A.", "from": "2009-01-01", "to": "2010-12-31"},
         {"name": "Hiroyuki Yokoyama", "role": "Managing Officer", "from": "2010-01-01", "to": "2010-12-31"}]},
    {"type": "actor", "id": "ireland", "name": "Ireland",
     "aliases": ["Irish government", "Government of Ireland", "Dublin", "Department of Finance",
                 "Central Bank of Ireland", "Irish central bank"],
     "speakers": [
         {"name": "Brian Cowen", "role": "Taoiseach", "from": "2008-05-07", "to": "2011-03-09"},
         {"name": "Brian Lenihan", "role": "Minister for Finance", "from": "2008-05-07", "to": "2011-03-09"},
         {"name": "Patrick Honohan", "role": "Governor, Central Bank of Ireland", "from": "2009-09-26", "to": "2015-11-25"},
         {"name": "Dick Roche", "role": "Minister of State for European Affairs", "from": "2007-06-20", "to": "2011-03-09"}]},
    {"type": "actor", "id": "kenya", "name": "Kenya",
     "aliases": ["Kenyan government", "Government of Kenya", "Kenya Defence Forces", "KDF",
                 "Kenyan military", "Kenyan police", "National Police Service", "Interior Ministry"],
     "speakers": [
         {"name": "Uhuru Kenyatta", "role": "President", "from": "2013-04-09", "to": "2022-09-13"},
         {"name": "Joseph Ole Lenku", "role": "Cabinet Secretary for the Interior", "from": "2013-05-15", "to": "2014-12-02"},
         {"name": "Amina Mohamed", "role": "Cabinet Secretary for Foreign Affairs", "from": "2013-05-15", "to": "2018-01-26"},
         {"name": "Julius Karangi", "role": "Chief of the Defence Forces", "from": "2013-09-01", "to": "2013-12-31"},
         {"name": "David Kimaiyo", "role": "Inspector General of Police", "from": "2013-09-01", "to": "2013-12-31"},
         {"name": "Emmanuel Chirchir", "role": "Spokesman, Kenya Defence Forces", "from": "2013-09-01", "to": "2013-12-31"}]},
    {"type": "actor", "id": "japan", "name": "Japan",
     "aliases": ["Japanese government", "Government of Japan", "Finance Ministry", "Ministry of Finance",
                 "Cabinet Office"],
     "speakers": [
         {"name": "Shinzo Abe", "role": "Prime Minister", "from": "2012-12-26", "to": "2020-09-16"},
         {"name": "Taro Aso", "role": "Minister of Finance", "from": "2012-12-26", "to": "2021-10-04"},
         {"name": "Yoshihide Suga", "role": "Chief Cabinet Secretary", "from": "2012-12-26", "to": "2020-09-16"},
         {"name": "Yoshihide Suga", "role": "Prime Minister", "from": "2020-09-16", "to": "2021-10-04"},
         {"name": "Seiko Hashimoto", "role": "Minister for the Tokyo Olympic and Paralympic Games", "from": "2019-09-11", "to": "2021-02-18"},
         {"name": "Tamayo Marukawa", "role": "Minister for the Tokyo Olympic and Paralympic Games", "from": "2021-02-18", "to": "2021-10-04"}]},
    {"type": "actor", "id": "yahoo", "name": "Yahoo",
     "aliases": ["Yahoo Inc.", "Yahoo!", "Oath", "Oath Inc."],
     "speakers": [
         {"name": "Marissa Mayer", "role": "Chief Executive Officer", "from": "2012-07-17", "to": "2017-06-13"},
         {"name": "Bob Lord", "role": "Chief Information Security Officer", "from": "2016-01-01", "to": "2017-06-13"},
         {"name": "Ronald Bell", "role": "General Counsel", "from": "2014-01-01", "to": "2017-03-01"}]},
    {"type": "actor", "id": "united-kingdom", "name": "United Kingdom",
     "aliases": ["UK", "U.K.", "Britain", "British government", "Downing Street", "No 10",
                 "Conservative Party", "Conservatives", "Tories"],
     "speakers": [
         {"name": "Theresa May", "role": "Prime Minister", "from": "2016-07-13", "to": "2019-07-24"},
         {"name": "Jeremy Hunt", "role": "Health Secretary", "from": "2012-09-04", "to": "2018-07-09"},
         {"name": "Damian Green", "role": "Work and Pensions Secretary", "from": "2016-07-14", "to": "2017-06-11"}]},
    {"type": "actor", "id": "philippines", "name": "Philippines",
     "aliases": ["Philippine government", "Government of the Philippines", "Manila", "Malacanang",
                 "Department of Foreign Affairs", "Department of National Defense"],
     "speakers": [
         {"name": "Rodrigo Duterte", "role": "President", "from": "2016-06-30", "to": "2022-06-30"},
         {"name": "Salvador Panelo", "role": "Presidential Spokesperson", "from": "2019-01-01", "to": "2020-04-13"},
         {"name": "Teodoro Locsin Jr.", "role": "Secretary of Foreign Affairs", "from": "2018-10-17", "to": "2022-06-30"},
         {"name": "Delfin Lorenzana", "role": "Secretary of National Defense", "from": "2016-06-30", "to": "2022-06-30"},
         {"name": "Salvador Medialdea", "role": "Executive Secretary", "from": "2016-06-30", "to": "2022-06-30"}]},
    {"type": "actor", "id": "ioc", "name": "International Olympic Committee",
     "aliases": ["IOC", "IOC Executive Board", "Olympic Committee"],
     "speakers": [
         {"name": "Thomas Bach", "role": "President", "from": "2013-09-10", "to": "2025-06-23"}]},
    {"type": "actor", "id": "ethiopia", "name": "Ethiopia",
     "aliases": ["Ethiopian government", "Government of Ethiopia", "Addis Ababa",
                 "Ethiopian National Defense Force", "ENDF", "Ethiopian army"],
     "speakers": [
         {"name": "Abiy Ahmed", "role": "Prime Minister", "from": "2018-04-02", "to": ONGOING}]},
    {"type": "actor", "id": "eritrea", "name": "Eritrea",
     "aliases": ["Eritrean government", "Government of Eritrea", "Asmara", "Eritrean Information Ministry"],
     "speakers": [
         {"name": "Isaias Afwerki", "role": "President", "from": "1993-05-24", "to": ONGOING},
         {"name": "Osman Saleh Mohammed", "role": "Minister of Foreign Affairs", "from": "2007-04-01", "to": ONGOING},
         {"name": "Sophia Tesfamariam", "role": "Permanent Representative to the United Nations", "from": "2019-09-05", "to": ONGOING}]},
]

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- Bear Stearns, March 2008
("w01", "Larkspur Wire", "2008-03-10T21:30:00Z", "Bear Stearns dismisses talk of a cash squeeze as its shares slide", [
"Bear Stearns Cos. on Monday dismissed market rumours that it was running short of cash, saying there was \"absolutely no truth\" to them, after its shares lost about 11 percent in heavy trading on speculation about its funding.",
"\"Bear Stearns' balance sheet, liquidity and capital remain strong,\" the fifth-largest U.S. securities firm said in a statement issued by chief executive Alan Schwartz. Alan \"Ace\" Greenberg, the firm's former chief executive and now chairman of its executive committee, told CNBC the talk was totally ridiculous.",
"The denials did little to calm the market. The cost of insuring Bear's debt against default rose during the day. Bear, which saw two of its mortgage hedge funds collapse last summer, is among the Wall Street firms most exposed to the slump in housing."]),
("w02", "Fairhaven Financial Wire", "2008-03-12T20:00:00Z", "Bear Stearns chief says firm's liquidity cushion is unchanged", [
"Bear Stearns chief executive Alan Schwartz said on Wednesday the firm's liquidity had not weakened, as he tried for the second time this week to put to rest talk that the investment bank was struggling to fund itself.",
"\"We don't see any pressure on our liquidity, let alone a liquidity crisis,\" Schwartz told CNBC in an interview from Palm Beach, Florida, where the firm was holding a media conference. He said Bear had ended last year with about $17 billion in cash at the parent company as a cushion, and that the figure had been virtually unchanged since.",
"Rumours had taken on a momentum of their own in a nervous market, Schwartz said, adding that the firm's balance sheet had not weakened at all. Analysts said lenders and trading partners would be watching closely to see whether the reassurances were enough."]),
("w03", "Larkspur Wire", "2008-03-14T18:00:00Z", "Bear Stearns turns to JPMorgan and the Fed for emergency funding", [
"Bear Stearns said on Friday it had secured emergency funding from JPMorgan Chase & Co., backed by the Federal Reserve Bank of New York, after a rush by clients and lenders to pull money left it short of cash. Its shares fell 47 percent to $30.",
"\"Amidst this market chatter, our liquidity position in the last 24 hours had significantly deteriorated,\" chief executive Alan Schwartz said in a statement. The firm had been the subject of a multitude of market rumours, he said, and the facility, for an initial period of up to 28 days, would give it time to pursue strategic alternatives.",
"The Fed's board said it had voted to approve the arrangement, under which the central bank will lend through JPMorgan, and that it would continue to provide liquidity as necessary to keep the financial system functioning in an orderly way.",
"It was an abrupt turn for a firm whose chief executive said two days ago that he saw no pressure on its liquidity."]),
("w04", "Orchard Point Wire Service", "2008-03-17T06:00:00Z", "JPMorgan to buy Bear Stearns for $2 a share in Fed-backed rescue", [
"JPMorgan Chase & Co. agreed on Sunday to buy Bear Stearns for $2 a share in stock, or about $236 million, a sliver of the $30 a share the firm was worth at Friday's close, in a deal underpinned by Federal Reserve financing.",
"The Federal Reserve said it would fund up to $30 billion of Bear's less liquid assets. It also cut its discount rate by a quarter point to 3.25 percent and opened a lending facility to the primary dealers that trade with it. Treasury Secretary Henry Paulson said he supported the steps the Fed had taken to keep markets orderly.",
"Bear Stearns said its board had approved the deal, which it described as the best outcome available to the firm in the circumstances it faced after last week's run. JPMorgan said it would guarantee Bear's trading obligations until the acquisition closes."]),
("w05", "Fairhaven Financial Wire", "2008-03-24T14:00:00Z", "JPMorgan lifts its offer for Bear Stearns to $10 a share", [
"JPMorgan Chase raised its offer for Bear Stearns fivefold on Monday to $10 a share, or about $1.2 billion, to head off a shareholder revolt and to tighten terms that could have left it guaranteeing Bear's trades even if investors voted the deal down.",
"Under the amended agreement, JPMorgan will absorb the first $1 billion of any losses on the pool of Bear assets being financed by the central bank, and the Fed will lend $29 billion against the rest, the New York Fed said, adding that it had agreed to the new terms.",
"Bear Stearns said its board had unanimously approved the revised agreement and recommended that shareholders vote in favour. It will sell JPMorgan 95 million new shares, giving the bank 39.5 percent of Bear ahead of the vote.",
"The original price of $2 a share, agreed a week ago at the height of the crisis, had drawn threats of lawsuits from shareholders, many of them Bear employees."]),
# ---------------------------------------------------------------- Toyota, 2009-2010
("w06", "Hollowbrook News Agency", "2009-11-03T01:00:00Z", "Toyota says recall letters confirm no defect with properly fitted mats", [
"Toyota Motor Corp. said on Monday that letters going out to owners of 3.8 million recalled Toyota and Lexus vehicles in the United States confirm that no defect exists in cars whose driver's floor mat is compatible with the vehicle and properly secured.",
"The automaker, which recalled the vehicles in September after finding that loose or ill-fitting mats could trap the accelerator pedal, said it was asking owners to take out the driver's mat while it worked on a longer-term remedy. In its statement it cited regulators' recent rejection of a petition for a new investigation into acceleration complaints on Lexus models.",
"Bob Carter, general manager of the Toyota division at Toyota Motor Sales U.S.A., told reporters there was absolutely no evidence of a defect other than poorly fitting mats. The company also rejected suggestions that the electronic throttle could be to blame.",
"The recall followed an August crash near San Diego in which four people died when a Lexus ES 350 sped out of control."]),
("w07", "Hollowbrook News Agency", "2009-11-05T00:30:00Z", "U.S. safety agency calls Toyota's recall statement misleading", [
"The National Highway Traffic Safety Administration on Wednesday publicly rebuked Toyota, calling \"inaccurate and misleading\" a company statement that its recall letters confirmed there was no defect in vehicles with properly secured floor mats.",
"Removing the mats was simply an interim measure and did not correct the underlying defect in the vehicles, which was related to the design of the accelerator pedal and the floor pan, the agency said. The matter would not be closed until Toyota had provided a suitable remedy in the vehicles themselves, it added.",
"Toyota said later that it had never intended to mislead anyone. The company agreed that taking out the mats was an interim step and that further vehicle-based action was required, a spokesman said, and it was developing remedies to keep an unsecured or incompatible mat from trapping the pedal.",
"The recall covers models including the Camry, Prius, Tacoma and Lexus ES 350."]),
("w08", "Eastmere Press", "2010-01-21T22:00:00Z", "Toyota recalls 2.3 million vehicles over sticking accelerator pedals", [
"Toyota Motor Corp. said on Thursday it would recall about 2.3 million vehicles in the United States because their accelerator pedals can stick, a mechanical problem it said was separate from the floor-mat recall it began last year.",
"Toyota had looked into isolated reports of pedals sticking in vehicles with no floor mats in them, said Irv Miller, a group vice president at Toyota Motor Sales U.S.A. When the mechanism becomes worn, the pedal can become harder to press, slow to return to idle or, in the worst case, stuck partly down, the company said, adding that the condition was rare.",
"A driver whose pedal sticks can control the car with firm and steady use of the brakes and should not pump them, Toyota said. The recall covers eight models, among them the RAV4, Corolla, Camry and Tundra, and about 1.7 million vehicles are covered by both recalls.",
"In November Toyota said no defect existed in vehicles with properly secured mats, a statement federal regulators called inaccurate."]),
("w09", "Redwater Newsdesk", "2010-02-03T16:30:00Z", "LaHood tells owners of recalled Toyotas to stop driving them", [
"U.S. Transportation Secretary Ray LaHood told lawmakers on Wednesday that owners of recalled Toyota vehicles should stop driving them, the government's bluntest warning yet in a crisis that has already led the automaker to halt U.S. sales of eight models.",
"Asked at a House appropriations subcommittee hearing what he would tell owners, LaHood said anyone who owned one of the vehicles should \"stop driving it, take it to the Toyota dealer,\" because the company believed it had a fix. He said his department had also received complaints about the vehicles' electronics and would look into them.",
"Toyota said on Monday that dealers would begin repairing the pedals with a small steel reinforcement bar this week, and that it would resume production at five North American plants next week."]),
("w10", "Redwater Newsdesk", "2010-02-04T12:00:00Z", "LaHood backs away from 'stop driving' advice; Toyota weighs Prius brake fix", [
"Transportation Secretary Ray LaHood backtracked late on Wednesday on his advice that owners of recalled Toyotas stop driving them, saying they should instead contact their dealers and have the vehicles repaired as soon as possible.",
"\"What I said in there was obviously a misstatement,\" LaHood told reporters, hours after his testimony had knocked Toyota's shares. A department statement urged owners of any recalled model to call their local dealer and get the repair done.",
"In Tokyo on Thursday, Toyota said it had changed the software in the anti-lock brakes of its new Prius in late January after complaints of a brief loss of braking on bumpy or slippery roads, but had not decided whether to recall cars already on the road. The company did not find that vehicle safety was compromised, it said in a statement, describing the complaints as inconsistent brake feel.",
"\"We are investigating whether there are defects in the Prius,\" managing officer Hiroyuki Yokoyama told reporters. U.S. regulators said they had opened an inquiry after 124 consumer complaints, four of them involving crashes."]),
("w11", "Eastmere Press", "2010-02-09T08:00:00Z", "Toyota recalls 437,000 hybrids, including the new Prius, to fix brakes", [
"Toyota Motor Corp. said on Tuesday it would recall about 437,000 Prius and other hybrid vehicles worldwide to update anti-lock brake software, five days after it said it had not found that the cars' safety was compromised.",
"President Akio Toyoda apologised at a news conference in Tokyo and said he did not see Toyota as an infallible company that never made mistakes. \"We will face up to the facts and correct the problem,\" he said.",
"The recall includes about 223,000 vehicles in Japan and about 155,000 in the United States, among them the 2010 Prius and the Lexus HS 250h. Dealers will install new software in about 40 minutes, the company said.",
"U.S. Transportation Secretary Ray LaHood said in a statement that Toyota \"has acknowledged a safety defect,\" and that his department would stay in constant contact with the company to hold it to its promises."]),
# ---------------------------------------------------------------- Ireland, November 2010
("w12", "Corrigan Street Courier", "2010-11-12T21:00:00Z", "Ireland denies it is seeking an EU rescue as bond markets fret", [
"Irish Prime Minister Brian Cowen denied on Friday that his government was negotiating an emergency loan from the European Union, saying the country had made no request for help and had its borrowing covered well into next year.",
"\"We have made no application whatever for funding,\" Cowen told reporters while campaigning in Donegal. The state had funding in place until the middle of next year because of borrowing done in advance by the National Treasury Management Agency, he said, and there was no immediate need for a bailout.",
"A spokesman for the Department of Finance also rejected a Reuters report, citing a euro zone source, that talks were under way on drawing on the bloc's rescue fund. \"There are no talks on an application for emergency funding,\" he said.",
"Finance Minister Brian Lenihan said Ireland was following the correct course in its budget policy. Irish bond yields eased from record highs after European finance ministers said holders of existing debt would not be forced to take losses."]),
("w13", "Thistlegate Journal", "2010-11-16T19:00:00Z", "Cowen tells parliament Ireland has not applied for aid", [
"Brian Cowen told parliament on Tuesday that Ireland had made no application for external support, as euro zone finance ministers met in Brussels under pressure to agree a rescue that many investors now see as inevitable.",
"The Taoiseach said his government was in discussions with European partners about the Irish banking system, but that the issues on the table were not specific to Ireland. The state's finances were under control and it would not need to borrow on the markets before the middle of next year, he told the Dail.",
"Cowen said 15 billion euros of budget adjustments would be needed by 2014 to bring the deficit within European limits, and that the government would publish a four-year plan next week. Finance Minister Brian Lenihan is attending the meeting in Brussels."]),
("w14", "Corrigan Street Courier", "2010-11-18T12:00:00Z", "Irish central bank chief expects a loan of 'tens of billions'", [
"The governor of Ireland's central bank said on Thursday he expected the country to accept a very large loan from the European Union and the International Monetary Fund, the first senior official to say openly that a rescue was coming.",
"\"We're talking about a very substantial loan for sure, tens of billions, yes,\" Patrick Honohan told RTE radio from Frankfurt. The loan would be large in order to show that Ireland had enough firepower to deal with any concerns in the market, he said, while stressing that the decision was for the government.",
"Taoiseach Brian Cowen said the governor was entitled to his view but that he would not prejudge the outcome of talks with EU and IMF officials, who arrived in Dublin on Thursday. European affairs minister Dick Roche said a bailout was not inevitable.",
"Irish borrowing costs fell after the governor's comments."]),
("w15", "Thistlegate Journal", "2010-11-22T00:30:00Z", "Ireland asks the EU and IMF for a financial rescue", [
"Ireland formally asked the European Union and the International Monetary Fund for a loan on Sunday, becoming the second euro zone country after Greece to seek an international rescue, after a week in which its ministers insisted they had not applied for one.",
"Finance Minister Brian Lenihan said the cabinet had agreed to request assistance to support the banks and to cover the state's own borrowing needs. The amount would be less than 100 billion euros, he told RTE, adding that the details would be settled in the coming days.",
"Euro zone finance ministers said in a statement that they had agreed to the request, which they said was warranted to safeguard financial stability in Europe. Prime Minister Brian Cowen said Ireland's 12.5 percent corporate tax rate would not be changed as part of any deal."]),
("w16", "Orchard Point Wire Service", "2010-11-29T00:30:00Z", "Ireland agrees an 85 billion euro rescue with the EU and IMF", [
"Ireland has agreed to an 85 billion euro rescue with the European Union and the International Monetary Fund, the government said on Sunday, of which 17.5 billion euros will come from the country's own cash reserves and its National Pensions Reserve Fund.",
"According to the government, 35 billion euros would go to the banking system, 10 billion of it for immediate recapitalisation, and 50 billion euros would fund the state. The average interest rate would be about 5.8 percent, Finance Minister Brian Lenihan said, and the corporate tax rate stays unchanged.",
"Outside lenders will provide 67.5 billion euros, including bilateral loans from Britain, Sweden and Denmark. The Green Party, a junior partner in the coalition, has called for an election early next year."]),
# ---------------------------------------------------------------- Westgate mall, Nairobi, 2013
("w17", "Bramblewood Gazette", "2013-09-23T18:00:00Z", "Kenya says 10 to 15 gunmen in Nairobi mall as army moves in", [
"Kenyan security forces pressed an assault on Monday against Islamist gunmen still holding out in Nairobi's Westgate shopping mall, and the government said the attackers numbered between 10 and 15.",
"Interior Cabinet Secretary Joseph Ole Lenku told reporters that the number of people killed since the attack began on Saturday stood at 62, and that efforts to free hostages had been \"very, very successful.\" Those still held were very few, he said.",
"The chief of the defence forces, General Julius Karangi, said the militants had started a fire inside the mall as a diversion in a bid to escape, and that the building was surrounded. Somalia's al Shabaab has claimed the attack, saying it was revenge for Kenya's military presence in Somalia."]),
("w18", "Bramblewood Gazette", "2013-09-24T04:00:00Z", "Kenyan minister says Americans and a Briton were among mall attackers", [
"Kenya's foreign minister said late on Monday that two or three Americans and a British woman were among the attackers who stormed a Nairobi shopping mall, as the siege went into its fourth day.",
"The Americans were young men aged about 18 or 19 who had lived in Minnesota and another place in the United States, Amina Mohamed told PBS NewsHour, adding that this was \"from the information that we have.\" The woman, she said, had done this many times before.",
"U.S. officials said they were looking into the reports but could not confirm them. Al Shabaab has in the past recruited young men from the Somali community in Minnesota.",
"The gunmen stormed the upscale mall, popular with foreigners and well-off Kenyans, with grenades and assault rifles at midday on Saturday. Kenyan troops have since been clearing it floor by floor."]),
("w19", "Larkspur Wire", "2013-09-24T19:00:00Z", "Kenyatta says mall siege is over and five gunmen were killed", [
"President Uhuru Kenyatta declared an end on Tuesday to the siege at Nairobi's Westgate mall, saying security forces had killed five of the attackers and that 11 suspects were in custody.",
"In a televised address, Kenyatta said 61 civilians and six members of the security forces had died, and that three floors of the mall had collapsed, trapping an unknown number of bodies. \"We have ashamed and defeated our attackers,\" he said, announcing three days of national mourning.",
"He said he could not confirm reports that Americans and a British woman were among the gunmen, and that forensic experts were working to establish the nationalities of the attackers. Al Shabaab said on Twitter that its fighters were still holding out."]),
("w20", "Cinderford Chronicle", "2013-10-05T17:00:00Z", "Kenya names four Westgate attackers and says all of them died", [
"Kenya's military on Saturday named four men it said carried out the attack on Nairobi's Westgate mall and said all of them had died in the siege, as the police chief put the number of gunmen at four to six rather than the 10 to 15 announced at the time.",
"\"I confirm these were the terrorists; they all died in the raid,\" military spokesman Major Emmanuel Chirchir said of the men, whom he named as Abu Baara al-Sudani, Omar Nabhan, Khattab al-Kene and a man known only as Umayr. Closed-circuit television footage broadcast by Kenyan stations showed four gunmen walking through a storeroom in the mall.",
"Inspector General of Police David Kimaiyo told KTN television that none of the attackers escaped, and that Samantha Lewthwaite, the British woman sought by police, had not been involved. \"There was no woman,\" he said.",
"At least 67 people were killed in the attack, which began on Sept. 21."]),
# ---------------------------------------------------------------- Japan's consumption tax, 2014-2019
("w21", "Eastmere Press", "2014-11-18T12:30:00Z", "Abe delays sales tax rise and calls a snap election", [
"Japanese Prime Minister Shinzo Abe said on Tuesday he would put off the next increase in the consumption tax by 18 months, to April 2017, and dissolve the lower house of parliament for an election next month.",
"Abe told a news conference that raising the tax from 8 percent to 10 percent in October 2015 as planned risked derailing the economy's escape from deflation, a day after data showed it had shrunk for a second straight quarter. He said he would not delay the increase again, declaring that it would be carried out in April 2017 without fail.",
"The lower house will be dissolved on Friday, with a general election on Dec. 14. Abe said he would step down if his ruling coalition failed to win a majority."]),
("w22", "Cinderford Chronicle", "2015-03-31T09:00:00Z", "Japan enacts law fixing April 2017 date for sales tax rise", [
"Japan's parliament on Tuesday enacted tax legislation that sets the increase in the consumption tax to 10 percent for April 2017 and deletes a clause that would have allowed the government to put it off again if the economy weakened.",
"The government has said the removal of the escape clause shows its resolve to raise the tax on schedule, as it tries to rein in the heaviest public debt burden in the industrialised world. The legislation also cuts the standard effective corporate tax rate of 34.62 percent by 3.29 points over two years.",
"Finance Minister Taro Aso has said the increase is needed to pay for the rising social security costs of an ageing population. Abe postponed the increase in November, saying the economy had been hurt by the rise to 8 percent from 5 percent in April 2014, and his ruling coalition kept its two-thirds majority in the December election."]),
("w23", "Fairhaven Financial Wire", "2016-05-27T10:00:00Z", "Abe warns of Lehman-scale risk and keeps door open to tax delay", [
"Prime Minister Shinzo Abe said on Friday the world economy faced the risk of a crisis on the scale of the 2008 collapse of Lehman Brothers, in remarks at the close of a Group of Seven summit that were widely read as preparing the ground for another delay to a planned sales tax increase.",
"Abe told a news conference in Ise-Shima that Japan would mobilise all policies, including possibly delaying the increase in the consumption tax to 10 percent, to avoid such a crisis. He said he would announce his decision before the current session of parliament ends on June 1.",
"At the summit Abe showed fellow leaders data indicating that commodity prices had fallen by 55 percent since mid-2014, the same drop as after the Lehman failure. He has repeatedly said the tax would be raised as planned unless the economy suffered a shock on the scale of the Lehman collapse or a major earthquake."]),
("w24", "Eastmere Press", "2016-06-01T11:00:00Z", "Abe delays sales tax rise again, to October 2019", [
"Prime Minister Shinzo Abe said on Wednesday he would delay raising Japan's consumption tax for two and a half years, to October 2019, putting off for a second time an increase that had been due next April.",
"\"I decided that I should delay the sales tax increase because it might damage domestic demand,\" Abe told a news conference, citing worries about slowing growth in China and other emerging economies. He called it a new judgement and said he took seriously criticism that it broke his earlier promise.",
"Abe said he would seek voters' verdict in the upper house election on July 10 rather than call a lower house poll, and that he would submit a bill to delay the increase in the autumn.",
"When he first postponed the increase in November 2014, Abe said there would be no further delay."]),
# ---------------------------------------------------------------- UK snap election, 2016-2017 (1)
("w25", "Thistlegate Journal", "2016-09-04T12:00:00Z", "May rules out an early election, says the vote will be in 2020", [
"British Prime Minister Theresa May ruled out calling an early general election on Sunday, saying the country needed a period of stability as it prepared to leave the European Union and that the next vote should take place in 2020.",
"\"I'm not going to be calling a snap election,\" May told the BBC's Andrew Marr Show in her first major interview since taking office in July. Her government would carry on with the manifesto on which the Conservatives were elected in 2015, she said.",
"May, who is travelling to China for a Group of 20 summit, also said Britain would not accept free movement of people from the EU in the way it had in the past, and warned that there could be difficult times ahead."]),
# ---------------------------------------------------------------- Yahoo, 2016-2017 (1)
("w26", "Corrigan Street Courier", "2016-09-22T19:30:00Z", "Yahoo says data from 500 million accounts was stolen in 2014", [
"Yahoo Inc. said on Thursday that information associated with at least 500 million user accounts was stolen from its network in late 2014 by what it believes was a state-sponsored actor, a breach that security experts said was the largest ever disclosed by a single company.",
"A recent investigation had confirmed the theft, the company said. The stolen data may include names, email addresses, telephone numbers, dates of birth and hashed passwords, but not unprotected passwords, payment card data or bank account information, chief information security officer Bob Lord said in a statement.",
"The investigation had found no evidence that the state-sponsored actor was still in Yahoo's network, the company said. Verizon Communications, which agreed in July to buy Yahoo's internet business for $4.83 billion, said it had been told of the breach within the past two days."]),
("w27", "Corrigan Street Courier", "2016-12-14T23:00:00Z", "Yahoo discloses a second breach affecting more than a billion accounts", [
"Yahoo said on Wednesday that data associated with more than one billion user accounts was stolen in August 2013, in a breach it believes is likely distinct from the theft of at least 500 million accounts that it disclosed in September.",
"The company said it had not been able to identify the intrusion associated with the 2013 theft. Outside forensic experts had found that an intruder had got hold of Yahoo's proprietary code to learn how to forge cookies, which can give access to an account without a password, and Yahoo said it had connected some of that activity to the same state-sponsored actor.",
"The stolen information may include names, phone numbers, hashed passwords and security questions, the company said. Verizon said it would evaluate the situation as Yahoo continues its investigation."]),
("w28", "Redwater Newsdesk", "2017-03-01T23:30:00Z", "Yahoo says staff knew of the 2014 hack at the time; Mayer loses bonus", [
"Yahoo's security staff knew in 2014 that a state-sponsored intruder had got into user accounts, but the company failed to act sufficiently on it, an independent committee of Yahoo's board found, according to the annual report the company filed on Wednesday.",
"Senior executives and legal staff were aware in late 2014 that the intruder had accessed certain accounts, the filing said, but the incident was not properly comprehended or investigated, and the legal team had enough information to warrant substantial further inquiry. At the time the company believed 26 users had been targeted and notified them.",
"Chief executive Marissa Mayer will not receive her 2016 cash bonus and has given up her 2017 equity award, and general counsel Ronald Bell has resigned without severance, Yahoo said. Mayer wrote that she first learned in September 2016 that a large number of user database files had been stolen. Verizon cut the price of its deal by $350 million last month."]),
# ---------------------------------------------------------------- UK snap election, 2016-2017 (2)
("w29", "Thistlegate Journal", "2017-03-20T13:30:00Z", "Downing Street rules out an early general election", [
"Prime Minister Theresa May's office ruled out an early general election on Monday, after reports that senior Conservatives had discussed holding one on May 4, the day of local elections.",
"\"There is no change in our position on an early general election,\" May's official spokesman told reporters at a regular briefing. \"It is not going to happen.\" Asked whether that meant there would be no election before 2020, he said it did.",
"The spokesman pointed to the Fixed-term Parliaments Act and said the prime minister was getting on with delivering the will of the British people. Labour said it would back an early vote if one were proposed. May is due to trigger Britain's exit from the European Union on March 29."]),
("w30", "Larkspur Wire", "2017-04-18T12:00:00Z", "May calls a snap general election for June 8", [
"British Prime Minister Theresa May said on Tuesday she would seek an early general election on June 8, saying divisions in parliament risked undermining her preparations for talks on leaving the European Union.",
"\"I have only recently and reluctantly come to this conclusion,\" May said in a statement outside her Downing Street office. The country was coming together but Westminster was not, she said, and she would ask parliament on Wednesday to approve the vote, which needs the support of two-thirds of lawmakers.",
"May had repeatedly ruled out an early election since taking office last July, and her spokesman said as recently as last month that it was not going to happen. Labour leader Jeremy Corbyn said he welcomed the chance to offer voters an alternative."]),
("w31", "Orchard Point Wire Service", "2017-05-21T13:00:00Z", "Conservatives stand by care plan critics call a 'dementia tax'", [
"Britain's Conservatives said on Sunday they would not revisit a plan to make more elderly people pay for care in their own homes, despite mounting criticism from opponents and pensioners' groups.",
"Under the manifesto Theresa May launched on Thursday, people would pay for their care until their assets, including the value of their home, fell to 100,000 pounds. The plan set no upper limit on the total anyone could pay, dropping a proposal made under David Cameron for a cap of 72,000 pounds on lifetime care costs.",
"\"We have set out the policy, which we are not going to look at again,\" Work and Pensions Secretary Damian Green told the BBC's Andrew Marr Show. Health Secretary Jeremy Hunt said on Friday the government was dropping the cap and was doing so openly before an election.",
"Labour has called the plan a \"dementia tax\"."]),
("w32", "Thistlegate Journal", "2017-05-22T14:00:00Z", "May adds a cap on care costs and insists 'nothing has changed'", [
"Theresa May said on Monday a Conservative government would set an \"absolute limit\" on what people pay for social care, four days after publishing a manifesto that made no mention of a cap.",
"The limit would be part of a consultation in a green paper, May said at the launch of the Welsh Conservatives' manifesto in Wrexham, but she would not say at what level it would be set. People would still never have to go below 100,000 pounds of their savings, she said.",
"Pressed by reporters on whether she had made a U-turn, May said the principles of the policy were the same as in the manifesto. \"Nothing has changed, nothing has changed,\" she said.",
"Labour said the Conservative campaign had been thrown into chaos and confusion."]),
# ---------------------------------------------------------------- Yahoo, 2016-2017 (2)
("w33", "Cinderford Chronicle", "2017-10-03T21:00:00Z", "Yahoo says all 3 billion accounts were hit in 2013 breach", [
"Yahoo said on Tuesday that every one of its roughly 3 billion user accounts was affected by a data theft in August 2013, three times the number it gave when it first disclosed the breach last December.",
"The company, now part of Verizon Communications' Oath unit, said it had recently obtained new intelligence and now believed, after an investigation with outside forensic experts, that all accounts in existence at the time were affected. It is sending notices to the additional users.",
"In December, Yahoo said more than one billion of the accounts existing in 2013 had likely been affected. The stolen information did not include passwords in clear text, payment card data or bank account information, the company said on Tuesday. An Oath spokesman said the company had determined last week that the break-in was much worse than thought."]),
# ---------------------------------------------------------------- Japan's consumption tax (2)
("w34", "Hollowbrook News Agency", "2019-10-01T03:00:00Z", "Japan raises its sales tax to 10 percent, with food kept at 8 percent", [
"Japan raised its consumption tax to 10 percent from 8 percent on Tuesday, an increase Prime Minister Shinzo Abe postponed twice, while keeping the rate on most food and drink at 8 percent.",
"The government says the extra revenue is needed to pay for free preschool education and the social security costs of an ageing population. The lower rate applies to food and non-alcoholic drinks bought in shops or taken away, and to newspaper subscriptions, while meals eaten in restaurants are taxed at the full rate.",
"To soften the blow to spending, the government is offering rebates of up to 5 percent on cashless purchases at small retailers until next June. The last increase, to 8 percent from 5 percent in April 2014, was followed by a sharp fall in consumption."]),
# ---------------------------------------------------------------- Philippines and the VFA, 2020-2021 (1)
("w35", "Bramblewood Gazette", "2020-02-07T14:00:00Z", "Duterte orders notice to end U.S. troop pact, spokesman says", [
"Philippine President Rodrigo Duterte has ordered that the United States be notified that the Philippines is ending a two-decade-old agreement governing U.S. troops in the country, his spokesman said on Friday.",
"Duterte was instructing Executive Secretary Salvador Medialdea to tell Foreign Secretary Teodoro Locsin Jr. to send the notice of termination of the Visiting Forces Agreement, presidential spokesman Salvador Panelo told reporters. He said Duterte was also scheduled to speak by phone with U.S. President Donald Trump at any time, though no agenda had been set.",
"Duterte threatened last month to scrap the pact after Washington cancelled the U.S. visa of Senator Ronald dela Rosa, his former police chief, who led a bloody crackdown on illegal drugs. Panelo has said the visa decision was the last straw in a series of disrespectful acts by U.S. lawmakers."]),
("w36", "Bramblewood Gazette", "2020-02-08T12:00:00Z", "Philippine defence chief calls report of termination order 'fake news'", [
"Philippine Defence Secretary Delfin Lorenzana on Saturday dismissed as fake news an announcement by the president's own spokesman that Rodrigo Duterte had ordered the United States notified of the end of a military pact between the two allies.",
"\"This is fake news,\" Lorenzana said in a message to reporters, adding that Foreign Secretary Teodoro Locsin Jr. had not seen any such order. Executive Secretary Salvador Medialdea said he had not received any instruction to relay a message to anyone.",
"Presidential spokesman Salvador Panelo said there was no inconsistency, because he had been quoting Duterte, who was using the future tense. The order would come when Duterte was back in Manila on Monday, he said. Locsin told senators on Thursday that the formal notice was ready and awaited the president's go-ahead."]),
("w37", "Larkspur Wire", "2020-02-13T10:00:00Z", "Manila starts the clock on ending U.S. troop pact; no Duterte-Trump call", [
"The Philippines delivered formal notice on Tuesday that it is ending its Visiting Forces Agreement with the United States, starting a 180-day countdown, and President Rodrigo Duterte will not entertain any initiative from Washington to salvage the pact, his spokesman said on Thursday.",
"Presidential spokesman Salvador Panelo also said there had never been a schedule for the telephone call between Duterte and Trump that he announced last week. \"There was no schedule,\" he said, adding that Duterte no longer wanted to talk to the U.S. president.",
"The U.S. embassy called the decision a serious step with significant implications for the alliance, and Defense Secretary Mark Esper called it a move in the wrong direction. Trump told reporters on Wednesday that he did not mind much and that it would save the United States a lot of money."]),
# ---------------------------------------------------------------- Tokyo Olympics, 2020-2021 (1)
("w38", "Orchard Point Wire Service", "2020-03-17T18:00:00Z", "IOC sees no need for 'drastic decisions' on Tokyo; Abe backs a 'complete' Games", [
"The International Olympic Committee said on Tuesday it remained fully committed to staging the Tokyo Olympics, due to open on July 24, and that with more than four months to go there was no need for any drastic decisions.",
"\"Any speculation at this moment would be counter-productive,\" the IOC said in a statement after talks with sports federations, encouraging athletes to keep preparing as best they could.",
"In Tokyo, Prime Minister Shinzo Abe said Group of Seven leaders had backed his aim of holding the Games in complete form, as proof that mankind could defeat the coronavirus. Olympics Minister Seiko Hashimoto said a complete event meant one that started on schedule with spectators. An Asahi newspaper poll found 63 percent of Japanese wanted the Games postponed."]),
("w39", "Orchard Point Wire Service", "2020-03-23T10:00:00Z", "IOC weighs postponement; Abe says a delay may be unavoidable", [
"Japanese Prime Minister Shinzo Abe said on Monday a postponement of the Tokyo Olympics might be unavoidable if the Games could not be held in complete form, a day after the International Olympic Committee said it would consider delaying them.",
"The IOC said on Sunday it would start detailed discussions with the Japanese organisers and authorities about the rapidly changing health situation, including the scenario of postponement, and expected to finish them within the next four weeks. Cancelling the Games was not on the agenda, it said.",
"Canada said on Sunday it would not send athletes to Tokyo this summer, and Australia's Olympic committee told its athletes to prepare for Games in 2021. Pressure from athletes and national federations has mounted over the past week, while the torch relay is due to start in Fukushima on Thursday without spectators."]),
("w40", "Hollowbrook News Agency", "2020-03-24T15:00:00Z", "Tokyo Olympics postponed until 2021", [
"The Tokyo Olympics will be postponed until next year, Prime Minister Shinzo Abe and IOC President Thomas Bach agreed on Tuesday, the first time the modern Games have been delayed in peacetime.",
"The Games will be rescheduled to a date beyond 2020 but no later than summer 2021, the IOC and the Tokyo organisers said in a joint statement, and will keep the name Tokyo 2020. The Olympic flame will stay in Japan.",
"Abe said he had proposed a delay of about a year in a telephone call with Bach, who agreed \"100 percent\". Japan would hold the Games in complete form, as proof that humanity had beaten the virus, Abe said.",
"The decision came two days after the IOC said it would take up to four weeks to decide."]),
# ---------------------------------------------------------------- Philippines (2)
("w41", "Bramblewood Gazette", "2020-06-03T06:00:00Z", "Philippines suspends its move to end U.S. military pact", [
"The Philippines has suspended its decision to end the Visiting Forces Agreement with the United States, citing political and other developments in the region, Foreign Secretary Teodoro Locsin Jr. said late on Tuesday.",
"A diplomatic note sent to the U.S. embassy said the suspension would run for six months and could be extended by a further six. The abrogation had been suspended on the president's instruction, Locsin wrote on Twitter.",
"\"A man who does not change his mind cannot change anything,\" Locsin said on Wednesday when asked why Duterte had changed course, pointing to the pandemic and heightened tension between the big powers. The U.S. embassy said it welcomed the decision and that the alliance had benefited both countries.",
"The termination, announced in February, would have taken effect in August."]),
# ---------------------------------------------------------------- Tigray, 2020-2021 (1)
("w42", "Cinderford Chronicle", "2020-11-10T17:00:00Z", "Eritrea denies sending troops into Ethiopia's Tigray", [
"Eritrea denied on Tuesday that its troops had crossed into Ethiopia's Tigray region to support the federal government's offensive there, after the region's leader accused Asmara of attacking Tigrayan forces.",
"\"This is an internal conflict. We are not part of the conflict,\" Foreign Minister Osman Saleh Mohammed told Reuters by telephone. At the weekend he had said none of Eritrea's soldiers had crossed the border.",
"Tigray leader Debretsion Gebremichael said in a statement on regional television that Eritrean troops had crossed the frontier and were attacking near Humera with heavy weapons. He gave no evidence, and the claim could not be verified because phone and internet links to Tigray have been cut since Prime Minister Abiy Ahmed ordered the offensive last week."]),
("w43", "Redwater Newsdesk", "2020-11-30T16:00:00Z", "Abiy tells parliament troops killed no civilians in Tigray", [
"Ethiopian Prime Minister Abiy Ahmed told parliament on Monday that federal troops had not killed a single civilian in their nearly month-long offensive against the former ruling party of the northern Tigray region.",
"Every target struck had been approved and 99 percent had been hit without collateral damage, Abiy told lawmakers, describing the army as disciplined. \"Mekelle is ours,\" he said of the Tigray capital, which government forces entered on Saturday, adding that the army would not destroy it.",
"Abiy declared the military operation complete after the capture of the city. The Tigray People's Liberation Front, whose leaders have withdrawn to the mountains, has accused the government of targeting civilians in air strikes. Claims from both sides are hard to verify."]),
("w44", "Eastmere Press", "2020-12-09T20:00:00Z", "U.N. chief says Abiy assured him no Eritrean troops are in Tigray", [
"U.N. Secretary-General Antonio Guterres said on Wednesday Ethiopia's prime minister had assured him that Eritrean troops had not entered Tigray, and that the United Nations had no proof they were fighting in the region.",
"Guterres said he had put the question directly to Abiy Ahmed in a telephone call on Monday. Abiy \"guaranteed to me that they have not entered the Tigrayan territory,\" Guterres told reporters, adding that the only area where Eritrean forces were present, according to Abiy, was land along the border that a peace deal had awarded to Eritrea.",
"Guterres said a second agreement with Ethiopia on joint assessment missions should give aid workers full access to the region. Tigrayan leaders have accused Eritrea of sending troops, which Asmara has denied."]),
# ---------------------------------------------------------------- Philippines (3)
("w45", "Bramblewood Gazette", "2021-02-12T14:00:00Z", "Duterte tells the U.S. it must 'pay' to keep troop pact", [
"Philippine President Rodrigo Duterte said on Friday the United States would have to pay if it wanted to keep the Visiting Forces Agreement, a day after officials from the two allies began talks on the future of the pact.",
"\"You want the Visiting Forces Agreement done? You have to pay,\" Duterte said in a speech to troops at Clark air base, north of Manila. It was a shared responsibility, he said, but the American share did not come free because when war breaks out, everyone pays. He did not say how much, or in what form.",
"Duterte suspended the termination of the pact in June and extended the suspension in November. In December he threatened to go ahead with it unless Washington supplied at least 20 million doses of coronavirus vaccine."]),
# ---------------------------------------------------------------- Tigray (2)
("w46", "Redwater Newsdesk", "2021-03-23T15:00:00Z", "Abiy acknowledges Eritrean troops entered Tigray and atrocities took place", [
"Ethiopian Prime Minister Abiy Ahmed acknowledged for the first time on Tuesday that troops from neighbouring Eritrea had entered the Tigray region during the conflict there, and said reports indicated atrocities had been committed.",
"The Eritreans had crossed the border because they feared attack by forces of the Tigray People's Liberation Front, Abiy told parliament, adding that they had caused damage to the people of Tigray and that Ethiopia did not accept it. Eritrea had told him its troops would withdraw once the Ethiopian army controlled the border, he said.",
"Soldiers who raped women or committed other crimes would be held responsible, Abiy said, although he also accused the TPLF of exaggerated propaganda.",
"The admission follows months of denials, and reports by rights groups that Eritrean soldiers killed hundreds of civilians in the town of Axum."]),
("w47", "Cinderford Chronicle", "2021-04-17T09:00:00Z", "Eritrea tells the U.N. it will pull troops out of Tigray", [
"Eritrea has told the U.N. Security Council that it agreed to start withdrawing its troops from Ethiopia's Tigray region, its first public acknowledgment that its forces were involved in the conflict.",
"\"As the looming grave threat has been largely thwarted,\" Eritrea and Ethiopia had agreed at the highest levels to embark on the withdrawal of Eritrean forces, Ambassador Sophia Tesfamariam wrote in a letter posted on Friday by Eritrea's information ministry. Ethiopian troops would be redeployed along the border at the same time, she wrote.",
"The letter gave no timetable. It came a day after U.N. aid chief Mark Lowcock told the council that neither the United Nations nor aid agencies had seen proof of an Eritrean pullout, which Abiy announced on March 26. Until now Eritrea had repeatedly denied that its forces were in Tigray."]),
# ---------------------------------------------------------------- Tokyo Olympics (2)
("w48", "Hollowbrook News Agency", "2021-06-21T12:00:00Z", "Tokyo Olympics to allow up to 10,000 local fans per venue", [
"Tokyo Olympic venues will be allowed to fill up to half their capacity with spectators living in Japan, to a maximum of 10,000 people, the organisers, the International Olympic Committee and the Japanese government decided on Monday.",
"The five parties to the decision said that if a state of emergency or other measures were in force after July 12, the limits could be changed and holding events without spectators would be among the options. Spectators from abroad were barred in March.",
"Prime Minister Yoshihide Suga has said the Games can be held safely and securely, and that staging events without fans remains possible if infections surge. Fans will have to wear masks and will be asked not to cheer. The organising committee said more tickets had already been sold to residents of Japan than the new limit allows, and that a lottery would be held."]),
("w49", "Larkspur Wire", "2021-07-08T14:00:00Z", "Tokyo Olympics to be held without spectators under virus emergency", [
"The Tokyo Olympics will be held without spectators at venues in the capital, Japanese officials and Olympic organisers agreed on Thursday, after the government declared a state of emergency in Tokyo that will last through the Games.",
"Prime Minister Yoshihide Suga said the emergency would run from July 12 to Aug. 22 to stop a new wave of infections from spreading. Olympics Minister Tamayo Marukawa announced the decision on fans after a meeting of the national and Tokyo governments, the organisers and the International Olympic Committee.",
"Venues in the neighbouring prefectures of Kanagawa, Chiba and Saitama will also hold events without fans, officials said later. Last month the parties set a limit of 10,000 spectators per venue. The Games open on July 23."]),
# ---------------------------------------------------------------- Philippines (4)
("w50", "Corrigan Street Courier", "2021-07-30T09:00:00Z", "Duterte drops his plan to end U.S. troop pact", [
"Philippine President Rodrigo Duterte has withdrawn his decision to terminate the Visiting Forces Agreement with the United States, Defence Secretary Delfin Lorenzana said on Friday, restoring a pact Manila moved to scrap 18 months ago.",
"Duterte decided to recall the termination letter after meeting U.S. Defense Secretary Lloyd Austin at the presidential palace on Thursday evening, Lorenzana told a joint news conference with Austin in Manila. The letter had been retracted, he said, \"as if nothing happened.\" He said he did not know the reason for the president's decision.",
"\"We thank President Duterte for fully restoring the VFA,\" Austin said. Duterte had announced in February last year that he was ending the agreement after the U.S. cancelled the visa of one of his allies."]),
]

STATEMENTS = {
"w01": [["bear-stearns", "dismissed market rumours that it was"], ["bear-stearns", "liquidity and capital remain strong"],
        ["bear-stearns", "the talk was totally ridiculous"]],
"w02": [["bear-stearns", "liquidity had not weakened"], ["bear-stearns", "any pressure on our liquidity"],
        ["bear-stearns", "about $17 billion in cash"], ["bear-stearns", "had been virtually unchanged since"],
        ["bear-stearns", "taken on a momentum of their own"], ["bear-stearns", "balance sheet had not weakened"]],
"w03": [["bear-stearns", "secured emergency funding from JPMorgan"], ["bear-stearns", "had significantly deteriorated"],
        ["bear-stearns", "a multitude of market rumours"], ["bear-stearns", "time to pursue strategic alternatives"],
        ["united-states", "voted to approve the arrangement"], ["united-states", "continue to provide liquidity as necessary"]],
"w04": [["united-states", "would fund up to $30 billion"], ["united-states", "cut its discount rate"],
        ["united-states", "supported the steps the Fed"], ["bear-stearns", "its board had approved the deal"],
        ["bear-stearns", "best outcome available to the firm"]],
"w05": [["united-states", "will lend $29 billion against"], ["united-states", "had agreed to the new terms"],
        ["bear-stearns", "unanimously approved the revised agreement"], ["bear-stearns", "recommended that shareholders vote in favour"],
        ["bear-stearns", "sell JPMorgan 95 million new shares"]],
"w06": [["toyota", "no defect exists in cars whose"], ["toyota", "take out the driver's mat"],
        ["toyota", "cited regulators' recent rejection of a"], ["toyota", "absolutely no evidence of a defect"],
        ["toyota", "rejected suggestions that the electronic throttle"]],
"w07": [["united-states", "publicly rebuked Toyota"], ["united-states", "simply an interim measure"],
        ["united-states", "did not correct the underlying defect"], ["united-states", "would not be closed until Toyota"],
        ["toyota", "never intended to mislead anyone"], ["toyota", "further vehicle-based action was required"],
        ["toyota", "developing remedies to keep an unsecured"]],
"w08": [["toyota", "would recall about 2.3 million vehicles"], ["toyota", "was separate from the floor-mat recall"],
        ["toyota", "isolated reports of pedals sticking"], ["toyota", "slow to return to idle"],
        ["toyota", "the condition was rare"], ["toyota", "firm and steady use of the brakes"],
        ["toyota", "1.7 million vehicles are covered"]],
"w09": [["united-states", "should stop driving them"], ["united-states", "take it to the Toyota dealer"],
        ["united-states", "received complaints about the vehicles' electronics"], ["toyota", "dealers would begin repairing the pedals"],
        ["toyota", "resume production at five North American"]],
"w10": [["united-states", "should instead contact their dealers"], ["united-states", "obviously a misstatement"],
        ["united-states", "call their local dealer"], ["united-states", "opened an inquiry after 124"],
        ["toyota", "changed the software in the anti-lock"], ["toyota", "had not decided whether to recall"],
        ["toyota", "did not find that vehicle safety"], ["toyota", "investigating whether there are defects"]],
"w11": [["toyota", "would recall about 437,000 Prius"], ["toyota", "did not see Toyota as an infallible"],
        ["toyota", "face up to the facts"], ["toyota", "install new software in about 40"],
        ["united-states", "acknowledged a safety defect"], ["united-states", "stay in constant contact with"]],
"w12": [["ireland", "made no request for help"], ["ireland", "no application whatever for funding"],
        ["ireland", "funding in place until the middle"], ["ireland", "no immediate need for a bailout"],
        ["ireland", "no talks on an application"], ["ireland", "following the correct course"]],
"w13": [["ireland", "made no application for external support"], ["ireland", "in discussions with European partners"],
        ["ireland", "not specific to Ireland"], ["ireland", "finances were under control"],
        ["ireland", "would not need to borrow"], ["ireland", "15 billion euros of budget adjustments"],
        ["ireland", "publish a four-year plan next week"]],
"w14": [["ireland", "expected the country to accept"], ["ireland", "very substantial loan for sure"],
        ["ireland", "enough firepower to deal with"], ["ireland", "the decision was for the government"],
        ["ireland", "would not prejudge the outcome"], ["ireland", "a bailout was not inevitable"]],
"w15": [["ireland", "request assistance to support the banks"], ["ireland", "cover the state's own borrowing needs"],
        ["ireland", "less than 100 billion euros"], ["ireland", "details would be settled in the coming"],
        ["ireland", "corporate tax rate would not be changed"]],
"w16": [["ireland", "an 85 billion euro rescue"], ["ireland", "will come from the country's own"],
        ["ireland", "35 billion euros would go"], ["ireland", "average interest rate would be about"],
        ["ireland", "the corporate tax rate stays unchanged"]],
"w17": [["kenya", "numbered between 10 and 15"], ["kenya", "stood at 62"],
        ["kenya", "efforts to free hostages had been"], ["kenya", "Those still held were very few"],
        ["kenya", "started a fire inside the mall"], ["kenya", "the building was surrounded"]],
"w18": [["kenya", "Americans and a British woman were"], ["kenya", "aged about 18 or 19"],
        ["kenya", "lived in Minnesota and another place"], ["kenya", "done this many times before"],
        ["united-states", "could not confirm them"]],
"w19": [["kenya", "killed five of the attackers"], ["kenya", "11 suspects were in custody"],
        ["kenya", "61 civilians and six members"], ["kenya", "three floors of the mall"],
        ["kenya", "ashamed and defeated our attackers"], ["kenya", "could not confirm reports that Americans"],
        ["kenya", "establish the nationalities of the attackers"]],
"w20": [["kenya", "named four men it said"], ["kenya", "all of them had died"],
        ["kenya", "four to six rather than"], ["kenya", "they all died in the raid"],
        ["kenya", "none of the attackers escaped"], ["kenya", "had not been involved"],
        ["kenya", "There was no woman"]],
"w21": [["japan", "put off the next increase"], ["japan", "derailing the economy's escape from deflation"],
        ["japan", "would not delay the increase again"], ["japan", "carried out in April 2017 without"],
        ["japan", "would step down if his"]],
"w22": [["japan", "sets the increase in the consumption tax"], ["japan", "removal of the escape clause shows"],
        ["japan", "raise the tax on schedule"], ["japan", "increase is needed to pay"]],
"w23": [["japan", "faced the risk of a crisis"], ["japan", "including possibly delaying the increase"],
        ["japan", "announce his decision before the current"], ["japan", "commodity prices had fallen by 55"]],
"w24": [["japan", "two and a half years"], ["japan", "might damage domestic demand"],
        ["japan", "called it a new judgement"], ["japan", "took seriously criticism that it broke"],
        ["japan", "seek voters' verdict in the upper"], ["japan", "submit a bill to delay the increase"]],
"w25": [["united-kingdom", "ruled out calling an early general election"], ["united-kingdom", "needed a period of stability"],
        ["united-kingdom", "next vote should take place in 2020"], ["united-kingdom", "not going to be calling"],
        ["united-kingdom", "carry on with the manifesto"], ["united-kingdom", "not accept free movement of people"],
        ["united-kingdom", "could be difficult times ahead"]],
"w26": [["yahoo", "at least 500 million user accounts"], ["yahoo", "what it believes was"],
        ["yahoo", "A recent investigation had confirmed"], ["yahoo", "may include names, email addresses"],
        ["yahoo", "not unprotected passwords, payment card data"], ["yahoo", "no evidence that the state-sponsored"]],
"w27": [["yahoo", "more than one billion user accounts"], ["yahoo", "likely distinct from the theft"],
        ["yahoo", "not been able to identify"], ["yahoo", "learn how to forge cookies"],
        ["yahoo", "connected some of that activity"], ["yahoo", "may include names, phone numbers"]],
"w28": [["yahoo", "failed to act sufficiently on it"], ["yahoo", "aware in late 2014 that"],
        ["yahoo", "not properly comprehended or investigated"], ["yahoo", "warrant substantial further inquiry"],
        ["yahoo", "believed 26 users had been targeted"], ["yahoo", "will not receive her 2016"],
        ["yahoo", "resigned without severance"], ["yahoo", "first learned in September 2016"]],
"w29": [["united-kingdom", "ruled out an early general election"], ["united-kingdom", "no change in our position"],
        ["united-kingdom", "It is not going to happen"], ["united-kingdom", "no election before 2020"],
        ["united-kingdom", "getting on with delivering the will"]],
"w30": [["united-kingdom", "early general election on June 8"], ["united-kingdom", "divisions in parliament risked undermining"],
        ["united-kingdom", "only recently and reluctantly"], ["united-kingdom", "Westminster was not"],
        ["united-kingdom", "ask parliament on Wednesday to approve"]],
"w31": [["united-kingdom", "would not revisit a plan"], ["united-kingdom", "pay for their care until"],
        ["united-kingdom", "set no upper limit on the total"], ["united-kingdom", "not going to look at again"],
        ["united-kingdom", "was dropping the cap"], ["united-kingdom", "doing so openly before an election"]],
"w32": [["united-kingdom", "on what people pay for"], ["united-kingdom", "part of a consultation"],
        ["united-kingdom", "would not say at what level"], ["united-kingdom", "never have to go below"],
        ["united-kingdom", "principles of the policy were the same"], ["united-kingdom", "Nothing has changed, nothing has changed"]],
"w33": [["yahoo", "every one of its roughly 3"], ["yahoo", "recently obtained new intelligence"],
        ["yahoo", "all accounts in existence at the"], ["yahoo", "sending notices to the additional users"],
        ["yahoo", "did not include passwords in clear"], ["yahoo", "much worse than thought"]],
"w34": [["japan", "pay for free preschool education"], ["japan", "lower rate applies to food"],
        ["japan", "taxed at the full rate"], ["japan", "offering rebates of up to 5"]],
"w35": [["philippines", "has ordered that the United States"], ["philippines", "Duterte was instructing Executive Secretary"],
        ["philippines", "scheduled to speak by phone"], ["philippines", "no agenda had been set"],
        ["philippines", "last straw in a series"]],
"w36": [["philippines", "dismissed as fake news an announcement"], ["philippines", "This is fake news"],
        ["philippines", "had not seen any such order"], ["philippines", "not received any instruction to relay"],
        ["philippines", "there was no inconsistency"], ["philippines", "using the future tense"],
        ["philippines", "order would come when Duterte"], ["philippines", "formal notice was ready"]],
"w37": [["philippines", "delivered formal notice on Tuesday"], ["philippines", "will not entertain any initiative"],
        ["philippines", "never been a schedule"], ["philippines", "There was no schedule"],
        ["philippines", "no longer wanted to talk"], ["united-states", "serious step with significant implications"],
        ["united-states", "a move in the wrong direction"], ["united-states", "did not mind much"]],
"w38": [["ioc", "remained fully committed to staging"], ["ioc", "no need for any drastic decisions"],
        ["ioc", "would be counter-productive"], ["ioc", "encouraging athletes to keep preparing"],
        ["japan", "Group of Seven leaders had backed"], ["japan", "started on schedule with spectators"]],
"w39": [["japan", "might be unavoidable if the Games"], ["ioc", "start detailed discussions with the Japanese"],
        ["ioc", "including the scenario of postponement"], ["ioc", "finish them within the next four"],
        ["ioc", "was not on the agenda"]],
"w40": [["ioc", "rescheduled to a date beyond 2020"], ["ioc", "keep the name Tokyo 2020"],
        ["ioc", "flame will stay in Japan"], ["japan", "proposed a delay of about a"],
        ["japan", "Japan would hold the Games"], ["japan", "will be postponed until next year"],
        ["ioc", "will be postponed until next year"]],
"w41": [["philippines", "suspended its decision to end"], ["philippines", "political and other developments in the"],
        ["philippines", "would run for six months"], ["philippines", "extended by a further six"],
        ["philippines", "suspended on the president's instruction"], ["philippines", "does not change his mind"],
        ["united-states", "said it welcomed the decision"], ["united-states", "alliance had benefited both countries"]],
"w42": [["eritrea", "denied on Tuesday that its troops"], ["eritrea", "This is an internal conflict"],
        ["eritrea", "not part of the conflict"], ["eritrea", "none of Eritrea's soldiers had crossed"]],
"w43": [["ethiopia", "had not killed a single civilian"], ["ethiopia", "Every target struck had been approved"],
        ["ethiopia", "describing the army as disciplined"], ["ethiopia", "the army would not destroy it"],
        ["ethiopia", "declared the military operation complete"]],
"w44": [["ethiopia", "assured him that Eritrean troops"], ["ethiopia", "they have not entered the Tigrayan territory"],
        ["ethiopia", "land along the border that"]],
"w45": [["philippines", "would have to pay if it"], ["philippines", "You have to pay"],
        ["philippines", "It was a shared responsibility"], ["philippines", "did not come free"]],
"w46": [["ethiopia", "troops from neighbouring Eritrea had entered"], ["ethiopia", "reports indicated atrocities had been committed"],
        ["ethiopia", "feared attack by forces of the"], ["ethiopia", "caused damage to the people"],
        ["ethiopia", "Ethiopia did not accept it"], ["ethiopia", "troops would withdraw once the Ethiopian"],
        ["ethiopia", "would be held responsible"], ["ethiopia", "accused the TPLF of exaggerated propaganda"]],
"w47": [["eritrea", "agreed to start withdrawing its troops"], ["eritrea", "looming grave threat has been largely"],
        ["eritrea", "embark on the withdrawal of Eritrean"], ["eritrea", "redeployed along the border at the"]],
"w48": [["japan", "fill up to half their capacity"], ["ioc", "fill up to half their capacity"],
        ["japan", "the limits could be changed"], ["ioc", "the limits could be changed"],
        ["japan", "without spectators would be among the"], ["ioc", "without spectators would be among the"],
        ["japan", "held safely and securely"], ["japan", "without fans remains possible"]],
"w49": [["japan", "will be held without spectators"], ["japan", "emergency would run from July 12"],
        ["japan", "stop a new wave of infections"], ["japan", "announced the decision on fans"]],
"w50": [["philippines", "withdrawn his decision to terminate"], ["philippines", "recall the termination letter"],
        ["philippines", "as if nothing happened"], ["philippines", "did not know the reason"],
        ["united-states", "fully restoring the VFA"]],
}

OPTIONAL = {
"w03": [["bear-stearns", "saw no pressure on its liquidity"]],
"w07": [["toyota", "no defect in vehicles with properly"]],
"w08": [["toyota", "no defect existed in vehicles with"]],
"w11": [["toyota", "not found that the cars' safety"]],
"w15": [["ireland", "insisted they had not applied"]],
"w20": [["kenya", "10 to 15 announced at the time"]],
"w23": [["japan", "raised as planned unless the economy"]],
"w24": [["japan", "there would be no further delay"]],
"w27": [["yahoo", "500 million accounts that it disclosed"]],
"w30": [["united-kingdom", "repeatedly ruled out an early election"]],
"w33": [["yahoo", "more than one billion of the"]],
"w40": [["ioc", "take up to four weeks to"]],
"w44": [["eritrea", "which Asmara has denied"]],
"w45": [["philippines", "unless Washington supplied at least 20"]],
"w47": [["eritrea", "repeatedly denied that its forces were"]],
"w49": [["japan", "set a limit of 10,000 spectators"]],
"w50": [["philippines", "announced in February last year"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["w13", "w15", "ireland", "stance-reversal: the Taoiseach said the talks were about banking issues not specific to Ireland, that the state's finances were under control and that it would not need to borrow before the middle of next year; five days later the finance minister says Ireland will request assistance for its banks and for the state's own borrowing"],
["w21", "w23", "japan", "stance-reversal: the prime minister said he would not delay the increase again and that it would be carried out in April 2017 without fail; at the G7 summit he says Japan will mobilise all policies, including possibly delaying the increase"],
["w37", "w41", "philippines", "stance-reversal: the president will not entertain any initiative from Washington to salvage the pact; four months later the termination is suspended in light of developments in the region, and the foreign secretary says a man who does not change his mind cannot change anything"],
["w38", "w39", "ioc", "stance-reversal: the IOC remained fully committed, saw no need for any drastic decisions and called speculation counter-productive; six days later it starts discussions that include the scenario of postponement (the prime minister likewise moves from a complete Games to a postponement that might be unavoidable)"],
# commitments reversed in other words
["w21", "w24", "japan", "commitment-reversed: the increase will not be delayed again and will be carried out in April 2017 without fail; it is now put off for two and a half years"],
["w31", "w32", "united-kingdom", "commitment-reversed: the party will not revisit the care plan, which sets no upper limit; the health secretary says the cap is being dropped and the work and pensions secretary says the policy will not be looked at again; the next day the prime minister promises an absolute limit on what people pay, and says nothing has changed"],
["w37", "w50", "philippines", "commitment-reversed: formal notice ending the Visiting Forces Agreement is delivered and no US initiative to salvage it will be entertained; the president later recalls the termination letter as if nothing happened"],
# denials then action or admission
["w01", "w03", "bear-stearns", "denial-then-action: the firm dismissed rumours that it was running short of cash and said its liquidity remained strong; four days later it needs emergency funding from JPMorgan backed by the Fed because its liquidity has significantly deteriorated"],
["w10", "w11", "toyota", "denial-then-action: the company did not find that the Prius's safety was compromised, called the complaints inconsistent brake feel and had not decided on a recall; five days later it recalls 437,000 hybrids to fix the brakes and the regulator says it has acknowledged a safety defect"],
["w12", "w15", "ireland", "denial-then-action: the Taoiseach made no application whatever for funding, saw no immediate need for a bailout, and the finance department said there were no talks on an application; nine days later Ireland formally asks the EU and IMF for a loan"],
["w29", "w30", "united-kingdom", "denial-then-action: Downing Street said an early general election was not going to happen and that there would be none before 2020; four weeks later the prime minister calls one for June 8"],
["w44", "w46", "ethiopia", "denial-then-action: the prime minister guaranteed to the UN secretary-general that Eritrean troops had not entered the Tigrayan territory; he now acknowledges that they entered Tigray"],
["w42", "w47", "eritrea", "denial-then-action: the foreign minister said Eritrea was not part of the conflict and none of its soldiers had crossed the border; Eritrea now tells the Security Council it has agreed to withdraw its forces from Tigray"],
# claims negated
["w02", "w03", "bear-stearns", "claim-negated: the chief executive saw no pressure on the firm's liquidity and said its cushion was virtually unchanged; two days later he says its liquidity position had significantly deteriorated in the last 24 hours"],
["w06", "w08", "toyota", "claim-negated: no defect exists in cars whose mats are compatible and properly secured, and there is absolutely no evidence of a defect other than poorly fitting mats; the company now recalls 2.3 million vehicles because worn pedal mechanisms can stick with no floor mat present"],
["w18", "w20", "kenya", "claim-negated: the foreign minister said two or three Americans and a British woman were among the attackers; the police chief now says the British woman was not involved and there was no woman"],
["w35", "w36", "philippines", "claim-negated: the presidential spokesman says the president has ordered the notice of termination sent; the next day the defence secretary calls it fake news and the executive secretary says he received no instruction"],
["w35", "w37", "philippines", "claim-negated: the spokesman said the president was scheduled to speak by phone with President Trump at any time; he now says there was never a schedule for the call"],
["w43", "w46", "ethiopia", "claim-negated: the prime minister told parliament federal troops had not killed a single civilian; he now says reports indicate atrocities were committed and that soldiers who raped women will be held responsible"],
# number mismatches
["w17", "w20", "kenya", "number-mismatch: the government said the attackers numbered between 10 and 15; the police chief now puts them at four to six"],
["w19", "w20", "kenya", "number-mismatch: the president said five attackers were killed and 11 suspects were in custody; the military now names four attackers and says all of them died in the raid"],
["w27", "w33", "yahoo", "number-mismatch: more than one billion accounts were affected by the August 2013 theft; every one of the roughly 3 billion accounts was affected"],
# dates moved
["w22", "w24", "japan", "date-mismatch: the law sets the increase for April 2017 and deletes the clause that allowed another postponement; the increase is moved to October 2019"],
["w25", "w30", "united-kingdom", "date-mismatch: the prime minister is not going to call a snap election and says the next vote should take place in 2020; she calls an election for June 8, 2017"],
["w38", "w40", "japan", "date-mismatch: the prime minister aims for a complete Games, which the Olympics minister says means one that starts on schedule on July 24 with spectators; the Games are moved to no later than summer 2021"],
]

AMBIGUOUS = [
["w01", "w04"],  # no truth to rumours of a cash squeeze, then a sale at $2 a share in a Fed-backed rescue: carried by w01-w03
["w03", "w04"],  # an initial 28-day facility to pursue strategic alternatives, then a sale two days later: a sale was one of the alternatives
["w06", "w07"],  # 'no defect' with secured mats, then agreeing that vehicle-based action is required: a retreat the company does not call a defect
["w12", "w14"],  # no talks on an application, then the central bank governor expects a loan of tens of billions: a different institution, and the request is carried by w12-w15
["w13", "w14"],  # the Taoiseach's 'no application' against the governor's expectation; the Taoiseach himself will not prejudge the talks
["w14", "w15"],  # a minister says a bailout is not inevitable; three days later Ireland applies: a hedge overtaken by events
["w12", "w16"],  # no application and no immediate need, then an 85 billion euro rescue: carried by w12-w15
["w18", "w19"],  # the foreign minister names Americans and a Briton among the attackers; the president cannot confirm it: two speakers, one hedging
["w22", "w23"],  # the deleted escape clause shows resolve to raise the tax on schedule, then the prime minister may delay it: a government statement against the prime minister's hedge
["w26", "w28"],  # a recent investigation confirmed the 2014 theft, then staff knew of an intrusion in 2014: at the time only 26 accounts were thought targeted
["w36", "w37"],  # 'fake news', no order given, then the notice is delivered three days later: the denial was about timing
["w37", "w45"],  # no US initiative to salvage the pact will be entertained, then the US must pay if it wants to keep it: a condition, not a reversal
["w45", "w50"],  # the US must pay to keep the pact, then the pact is restored with no payment announced
["w38", "w49"],  # a complete Games means spectators, then no spectators a year later under an emergency: a different situation
]

TRAPS = [
["w04", "w05", "a renegotiated figure with its reasons: $2 a share, then $10 a share to win shareholders and close a loophole; up to $30 billion of Fed financing, then $29 billion once JPMorgan takes the first $1 billion of losses"],
["w09", "w10", "a correction announced as such: the transportation secretary tells owners to stop driving, then calls it obviously a misstatement and tells them to see their dealer"],
["w15", "w16", "a hedged figure made precise and a different scope: less than 100 billion euros, then 85 billion euros, of which 67.5 billion comes from outside lenders"],
["w17", "w19", "a toll that grows as the siege ends: 62 dead on Monday, then 61 civilians and six members of the security forces"],
["w23", "w24", "a hedge then a firmer version: Japan may delay the increase to avoid a crisis, then it delays it"],
["w24", "w34", "a stated date kept and a different scope: 10 percent from October 2019, and on Oct. 1, 2019 the rate rises to 10 percent while food stays at 8 percent"],
["w26", "w27", "different incidents: at least 500 million accounts in the late-2014 theft, more than one billion in a distinct August 2013 theft"],
["w39", "w40", "a hedged deadline beaten: the IOC expects to finish its discussions within four weeks, and decides two days later"],
["w48", "w49", "a conditional met: up to 10,000 fans, but no spectators among the options if a state of emergency is in force; an emergency is declared and the Games go ahead without spectators"],
["w42", "w46", "one actor differing from another: Eritrea says it is not part of the conflict; Ethiopia's prime minister says Eritrean troops entered Tigray"],
["w08", "w09", "one actor differing from another: the automaker says a sticking pedal is rare and can be controlled with firm braking; the transportation secretary tells owners to stop driving"],
["w41", "w50", "a hedge then a firmer version: the termination is suspended for six months, extendable; it is later withdrawn altogether"],
]

def doc_records():
    out = []
    for did, src, ts, title, paras in DOCS:
        out.append({"type": "document", "id": did, "source": src, "url": "https://news.example/" + did,
                    "publishedAt": ts, "title": title, "text": "\n\n".join(paras)})
    return out

def write():
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in ACTORS + doc_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE,
            "ambiguous": AMBIGUOUS, "traps": TRAPS}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")

KINDS = ["stance-reversal", "commitment-reversed", "denial-then-action", "claim-negated",
         "number-mismatch", "date-mismatch", "report-denied", "outlets-disagree"]

def check():
    errors = []
    recs = []
    with open(os.path.join(HERE, "corpus.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                errors.append(f"corpus.jsonl line {n} does not parse: {e}")
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    actors = [r for r in recs if r["type"] == "actor"]
    docs = [r for r in recs if r["type"] == "document"]
    first_doc = next(i for i, r in enumerate(recs) if r["type"] == "document")
    if any(r["type"] == "actor" for r in recs[first_doc:]):
        errors.append("actor record after a document")
    ids = {a["id"] for a in actors}
    if not 8 <= len(actors) <= 12:
        errors.append(f"{len(actors)} actors")
    if not 40 <= len(docs) <= 50:
        errors.append(f"{len(docs)} documents")
    text = {}
    prev = ""
    for d in docs:
        text[d["id"]] = d["text"]
        if d["publishedAt"] < prev:
            errors.append(f"{d['id']} out of publication order")
        prev = d["publishedAt"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d["publishedAt"]):
            errors.append(f"{d['id']} publishedAt {d['publishedAt']}")
        words = len(d["text"].split())
        paras = d["text"].split("\n\n")
        if not 120 <= words <= 250:
            errors.append(f"{d['id']} has {words} words")
        if not 2 <= len(paras) <= 4:
            errors.append(f"{d['id']} has {len(paras)} paragraphs")
    used = set()
    for section in ("statements", "optional"):
        for did, items in gold[section].items():
            if did not in text:
                errors.append(f"{section}: unknown doc {did}")
                continue
            for act, key in items:
                used.add(act)
                if act not in ids:
                    errors.append(f"{section} {did}: unknown actor {act}")
                n = len(key.split())
                if not 3 <= n <= 7:
                    errors.append(f"{section} {did}: key phrase of {n} words: {key!r}")
                if key not in text[did]:
                    errors.append(f"{section} {did}: key phrase not in text: {key!r}")
                if text[did].count(key) > 1:
                    errors.append(f"{section} {did}: key phrase occurs more than once: {key!r}")
    for did in text:
        if did not in gold["statements"]:
            errors.append(f"{did} has no statements")
    pairs = {}
    order = {d["id"]: i for i, d in enumerate(docs)}
    for e, l, act, why in gold["must_fire"]:
        kind = why.split(":")[0]
        if kind not in KINDS:
            errors.append(f"must_fire {e}-{l}: kind {kind}")
        if order[e] >= order[l]:
            errors.append(f"must_fire {e}-{l}: earlier doc is not earlier")
        for d in (e, l):
            if not any(a == act for a, _ in gold["statements"].get(d, [])):
                errors.append(f"must_fire {e}-{l}: no statement of {act} in {d}")
        key = tuple(sorted((e, l)))
        if key in pairs:
            errors.append(f"pair {key} listed twice")
        pairs[key] = "must"
    for e, l in gold["ambiguous"]:
        key = tuple(sorted((e, l)))
        if key in pairs:
            errors.append(f"ambiguous pair {key} also {pairs[key]}")
        pairs[key] = "ambiguous"
    for e, l, why in gold["traps"]:
        key = tuple(sorted((e, l)))
        if key in pairs:
            errors.append(f"trap pair {key} also {pairs[key]}")
        pairs[key] = "trap"
    # report
    kinds = {}
    for _, _, _, why in gold["must_fire"]:
        k = why.split(":")[0]
        kinds[k] = kinds.get(k, 0) + 1
    print(f"actors {len(actors)}, documents {len(docs)}, words {sum(len(t.split()) for t in text.values())}")
    print(f"statements {sum(len(v) for v in gold['statements'].values())}, optional {sum(len(v) for v in gold['optional'].values())}")
    print(f"must_fire {len(gold['must_fire'])}: " + ", ".join(f"{k} {kinds.get(k, 0)}" for k in KINDS))
    print(f"ambiguous {len(gold['ambiguous'])}, traps {len(gold['traps'])}")
    print("actors with statements:", sorted(used))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("all checks pass")
    return 0

if __name__ == "__main__":
    if "--check" not in sys.argv:
        write()
    sys.exit(check())
