#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-18, then checks them.

Every document retells a real, dated public event in its author's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "tesco", "name": "Tesco PLC",
     "aliases": ["Tesco", "Tesco Plc", "Tesco UK"],
     "speakers": [
         {"name": "Dave Lewis", "role": "Group Chief Executive", "from": "2014-09-01", "to": "2020-09-30"},
         {"name": "Richard Broadbent", "role": "Chairman", "from": "2011-11-01", "to": "2015-02-28"}]},
    {"type": "actor", "id": "lufthansa", "name": "Deutsche Lufthansa AG",
     "aliases": ["Lufthansa", "Lufthansa Group", "Germanwings", "Lufthansa flight school"],
     "speakers": [
         {"name": "Carsten Spohr", "role": "Chairman of the Executive Board and Chief Executive Officer", "from": "2014-05-01", "to": ONGOING}]},
    {"type": "actor", "id": "dr-congo", "name": "Democratic Republic of the Congo",
     "aliases": ["DR Congo", "Congo", "DRC", "Kinshasa", "Congolese government", "presidential majority",
                 "Independent National Electoral Commission", "CENI", "electoral commission"],
     "speakers": [
         {"name": "Joseph Kabila", "role": "President", "from": "2001-01-26", "to": "2019-01-24"},
         {"name": "Lambert Mende", "role": "Minister of Communication and Media, government spokesman", "from": "2008-10-26", "to": "2019-08-26"},
         {"name": "Corneille Nangaa", "role": "President, Independent National Electoral Commission", "from": "2015-11-01", "to": "2021-10-22"},
         {"name": "Jean-Pierre Kalamba", "role": "Rapporteur, Independent National Electoral Commission", "from": "2015-11-01", "to": "2021-10-22"},
         {"name": "Barnabe Kikaya Bin Karubi", "role": "Diplomatic adviser to the President", "from": "2017-01-01", "to": "2019-01-24"}]},
    {"type": "actor", "id": "sri-lanka", "name": "Sri Lanka",
     "aliases": ["Sri Lankan government", "Colombo", "President's office", "Presidential Secretariat"],
     "speakers": [
         {"name": "Maithripala Sirisena", "role": "President", "from": "2015-01-09", "to": "2019-11-18"},
         {"name": "Mahinda Rajapaksa", "role": "Prime Minister", "from": "2018-10-26", "to": "2018-12-15"},
         {"name": "Ranil Wickremesinghe", "role": "Prime Minister", "from": "2018-12-16", "to": "2019-11-21"}]},
    {"type": "actor", "id": "sudan", "name": "Sudan",
     "aliases": ["Sudanese government", "Khartoum", "Transitional Military Council", "TMC", "military council",
                 "Sovereign Council", "health ministry"],
     "speakers": [
         {"name": "Abdel Fattah al-Burhan", "role": "Chairman, Transitional Military Council", "from": "2019-04-12", "to": "2019-08-20"},
         {"name": "Abdel Fattah al-Burhan", "role": "Chairman, Sovereign Council", "from": "2019-08-21", "to": ONGOING},
         {"name": "Omar Zain al-Abideen", "role": "Head of the political committee, Transitional Military Council", "from": "2019-04-11", "to": "2019-04-24"},
         {"name": "Shams al-Din Kabbashi", "role": "Spokesman, Transitional Military Council", "from": "2019-04-13", "to": "2019-08-20"},
         {"name": "Mohamed Hamdan Dagalo", "role": "Deputy Chairman, Transitional Military Council", "from": "2019-04-13", "to": "2019-08-20"},
         {"name": "Mohammed Hassan al-Taishi", "role": "Member, Sovereign Council", "from": "2019-08-21", "to": "2021-10-25"}]},
    {"type": "actor", "id": "tanzania", "name": "United Republic of Tanzania",
     "aliases": ["Tanzania", "Tanzanian government", "Dodoma", "State House", "Ministry of Health", "health ministry"],
     "speakers": [
         {"name": "John Magufuli", "role": "President", "from": "2015-11-05", "to": "2021-03-17"},
         {"name": "Samia Suluhu Hassan", "role": "Vice President", "from": "2015-11-05", "to": "2021-03-19"},
         {"name": "Samia Suluhu Hassan", "role": "President", "from": "2021-03-19", "to": ONGOING},
         {"name": "Kassim Majaliwa", "role": "Prime Minister", "from": "2015-11-20", "to": ONGOING},
         {"name": "Dorothy Gwajima", "role": "Minister of Health, Community Development, Gender, Elderly and Children", "from": "2020-12-09", "to": "2022-01-08"}]},
    {"type": "actor", "id": "patanjali", "name": "Patanjali Ayurved Ltd",
     "aliases": ["Patanjali", "Patanjali Ayurved", "Patanjali Research Institute", "Divya Pharmacy"],
     "speakers": [
         {"name": "Acharya Balkrishna", "role": "Managing Director", "from": "2006-01-01", "to": ONGOING},
         {"name": "Ramdev", "role": "Co-founder", "from": "2006-01-01", "to": ONGOING}]},
    {"type": "actor", "id": "india", "name": "India",
     "aliases": ["Indian government", "Government of India", "New Delhi", "Centre", "Union government",
                 "Ministry of AYUSH", "AYUSH ministry", "ministry of traditional medicine", "Ministry of Agriculture"],
     "speakers": [
         {"name": "Narendra Modi", "role": "Prime Minister", "from": "2014-05-26", "to": ONGOING},
         {"name": "Narendra Singh Tomar", "role": "Minister of Agriculture and Farmers Welfare", "from": "2019-05-30", "to": "2023-12-07"},
         {"name": "Shripad Naik", "role": "Minister of State for AYUSH", "from": "2014-11-09", "to": "2021-07-07"},
         {"name": "Harsh Vardhan", "role": "Minister of Health and Family Welfare", "from": "2019-05-30", "to": "2021-07-07"}]},
    {"type": "actor", "id": "astrazeneca", "name": "AstraZeneca PLC",
     "aliases": ["AstraZeneca", "AstraZeneca plc", "AZ"],
     "speakers": [
         {"name": "Pascal Soriot", "role": "Chief Executive Officer", "from": "2012-10-01", "to": ONGOING}]},
    {"type": "actor", "id": "european-medicines-agency", "name": "European Medicines Agency",
     "aliases": ["EMA", "Pharmacovigilance Risk Assessment Committee", "PRAC", "EU medicines regulator"],
     "speakers": [
         {"name": "Emer Cooke", "role": "Executive Director", "from": "2020-11-16", "to": ONGOING}]},
    {"type": "actor", "id": "senegal", "name": "Senegal",
     "aliases": ["Senegalese government", "Dakar", "Presidency of the Republic", "National Assembly", "Council of Ministers"],
     "speakers": [
         {"name": "Macky Sall", "role": "President", "from": "2012-04-02", "to": "2024-04-02"},
         {"name": "Amadou Ba", "role": "Prime Minister", "from": "2022-09-17", "to": "2024-03-06"},
         {"name": "Sidiki Kaba", "role": "Prime Minister", "from": "2024-03-06", "to": "2024-04-02"}]},
]

OUTLETS = {
    "Bramhope Wire": "bramhope-wire.example",
    "Tollesbury News Agency": "tollesbury-news.example",
    "Skelwith Dispatch": "skelwith-dispatch.example",
    "Calverley Financial Report": "calverley-financial.example",
    "Nettlecombe Newswire": "nettlecombe-newswire.example",
    "Ardmillan Ledger": "ardmillan-ledger.example",
    "Fowey Reach Press Service": "fowey-reach-press.example",
    "Stanlow Point Courier": "stanlow-point-courier.example",
    "Ormond Cross Wire": "ormond-cross.example",
    "Kildale Herald": "kildale-herald.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- Tesco's accounts, 2014 (01-04)
("w18-01", "Calverley Financial Report", "2014-08-29T09:30:00Z", "Tesco cuts interim dividend by 75 percent and lowers profit outlook again", [
"Tesco cut its interim dividend by three quarters on Friday and lowered its profit forecast for the second time in little more than a month, blaming a fierce price war among British grocers and its own spending on lower prices.",
"Britain's biggest retailer said it now expected group trading profit for the 2014/15 financial year to land in a range of 2.4 billion to 2.5 billion pounds. Trading profit for the six months to Aug. 23 should come in at about 1.1 billion pounds, the company added. The interim payout will be 1.16 pence a share, and capital spending this year will be held to no more than 2.1 billion pounds, about 400 million less than planned.",
"Chairman Richard Broadbent said the board had taken prudent and decisive action and that the steps on spending and dividends had not been taken lightly. Dave Lewis, hired from Unilever in July, will now start as chief executive on Monday, a month earlier than arranged, and review every part of the group's operations. Analysts had been pencilling in nearer 3 billion pounds for the year, and the shares fell sharply in early trading.",
]),
("w18-02", "Ardmillan Ledger", "2014-09-22T12:00:00Z", "Tesco suspends four executives after profit guidance found overstated by 250 million pounds", [
"Tesco said on Monday that the first-half profit guidance it gave investors last month was overstated by about 250 million pounds, and it suspended four senior executives, among them the managing director of its British business, while outside accountants look into what went wrong.",
"The problem came to light on Friday, when a member of staff took concerns to the company's general counsel. It arose mainly from income from suppliers being booked too early and costs being accrued too late, the retailer said. Deloitte and the law firm Freshfields have been asked to carry out an independent review, and Tesco said it was still working out what the problem would mean for its full-year results. Interim results, due on Oct. 1, have been pushed back to Oct. 23, and the Financial Conduct Authority has been told.",
"\"We have uncovered a serious issue and have responded accordingly,\" said chief executive Dave Lewis, three weeks into the job. Chairman Richard Broadbent said it was up to shareholders to decide whether he was part of the solution or part of the problem. The shares fell as much as 12 percent, to an 11-year low.",
]),
("w18-03", "Calverley Financial Report", "2014-10-23T11:00:00Z", "Tesco chairman to step down as profit hole is put at 263 million pounds", [
"Tesco chairman Richard Broadbent will step down, the grocer said on Thursday, as it put the overstatement of its profits at 263 million pounds after an inquiry by Deloitte and reported a 92 percent fall in first-half pre-tax profit, to 112 million pounds.",
"The review found that income had been pulled forward and costs deferred in breach of group accounting policies, and that the practice reached back before the current year. Of the total, 118 million pounds related to the first half of this year, 70 million to the 2013/14 financial year and about 75 million to earlier periods. Eight employees are now suspended. Tesco said it had found no evidence of fraud or personal gain.",
"\"The issues that have come to light over recent weeks are a matter of profound regret,\" Broadbent said in a statement, adding that his decision reflected the principle of accountability. He set no date for leaving and said he would prepare for an orderly succession. Chief executive Dave Lewis said his immediate priorities were to restore competitiveness in Britain, protect the balance sheet and begin rebuilding trust.",
]),
("w18-04", "Bramhope Wire", "2014-12-09T10:30:00Z", "Tesco warns full-year trading profit will not exceed 1.4 billion pounds", [
"Tesco issued yet another profit warning on Tuesday, saying group trading profit for the year to February would not exceed 1.4 billion pounds as it spends on prices, staff and stock in its British stores and changes the way it earns money from suppliers. Its shares fell as much as 16 percent, to a 14-year low.",
"Analysts had been expecting something between 1.8 billion and 2.2 billion pounds. The company said it had added about 6,000 staff to its stores and that the 900 people who negotiate with suppliers had been retrained after the accounting scandal, under a new framework for how those talks are run.",
"Chief executive Dave Lewis said the measures were hurting profit in the short term but were essential to restore the health of the business, and that Tesco would not take short-term actions that compromised what it offered shoppers. He will set out more of his plans on Jan. 8. The Serious Fraud Office opened a criminal investigation into the overstatement of profits in October.",
]),
# ---------------------------------------------------------------- Lufthansa and Germanwings flight 9525, March 2015 (05-07)
("w18-05", "Nettlecombe Newswire", "2015-03-26T18:00:00Z", "Lufthansa chief says co-pilot was fully fit to fly, sees no need to change cockpit rules", [
"The chief executive of Lufthansa said on Thursday that the co-pilot whom French prosecutors accuse of deliberately flying a Germanwings jet into a mountainside had passed every medical and flying test and was 100 percent fit to fly, and that the airline was at a loss to explain what he had done.",
"Carsten Spohr told a news conference in Cologne that Andreas Lubitz, 27, started training at the group's flight school in Bremen in 2008 and interrupted it for several months before resuming, but he said medical confidentiality prevented him from giving the reason.",
"Lubitz joined Germanwings in 2013 and had flown about 630 hours. Spohr said the company could not have imagined such a tragedy even in its worst nightmares.",
"Asked whether airlines should require two people on the flight deck at all times, Spohr said he saw no need to change Lufthansa's procedures, calling the crash an isolated case, though he said the group would look at the question with its experts and the authorities. EasyJet and Norwegian Air Shuttle said they would adopt such a rule. Earlier, Marseille prosecutor Brice Robin said the cockpit recorder showed the captain had been locked out.",
]),
("w18-06", "Skelwith Dispatch", "2015-03-27T15:00:00Z", "Lufthansa and other German airlines adopt two-person cockpit rule", [
"Lufthansa said on Friday that every airline in its group, Germanwings among them, would require two authorised people to be in the cockpit throughout a flight, a day after its chief executive said he saw no reason to change the company's procedures.",
"The German aviation association BDL said late on Thursday that its members had agreed, after talks with the transport ministry and the Federal Aviation Office, to bring in the rule as a precautionary measure. Lufthansa said its passenger airlines would adopt it as soon as possible in agreement with their national regulators, and it named a group safety pilot to review all flight safety procedures, reporting directly to chief executive Carsten Spohr.",
"The European Aviation Safety Agency recommended the same practice for all airlines in Europe. In Duesseldorf, prosecutors said they had found torn-up sick notes in the co-pilot's flat, one of them covering the day of the crash, and Germanwings said it had received no sick note for that day. All 150 people on board Flight 9525 from Barcelona were killed on Tuesday.",
]),
("w18-07", "Tollesbury News Agency", "2015-03-31T17:00:00Z", "Lufthansa says crash co-pilot told its flight school of severe depression in 2009", [
"Lufthansa said on Tuesday that the Germanwings co-pilot suspected of crashing his plane in the French Alps had told the group's flight school in 2009 that he had been through a previous episode of severe depression, information it has now passed to prosecutors.",
"In a statement, the airline said internal research had turned up emails that Andreas Lubitz sent to the school in Bremen when he resumed training after a break of several months, together with medical documents that referred to the depression. He later passed the medical checks and was given a certificate confirming his fitness to fly, the company said. It declined to comment further, citing the investigation, and said it would continue to give investigators its full and unlimited support.",
"Chief executive Carsten Spohr had said last week that the co-pilot was fully fit and that medical confidentiality barred him from explaining the break in his training. Lufthansa has set aside about $300 million to cover claims and other costs from the crash. Prosecutors in Duesseldorf said on Monday that Lubitz had been treated for suicidal tendencies before he obtained his pilot's licence.",
]),
# ---------------------------------------------------------------- Congo's elections, 2016-19 (08, 09, 14, 16, 17, 18)
("w18-08", "Ormond Cross Wire", "2017-01-01T14:00:00Z", "Congo's ruling camp and opposition sign deal for elections by end of 2017", [
"Representatives of President Joseph Kabila's ruling majority and the main opposition signed an agreement late on Saturday under which a presidential election is to be held by the end of 2017, with Kabila staying in office until then and pledging not to seek a third term.",
"The accord, reached after weeks of talks mediated by the Catholic bishops' conference, CENCO, also bars any change to the constitution during the transition. It provides for a prime minister drawn from the opposition bloc known as the Rassemblement and for a council to oversee the electoral process, to be chaired by veteran opposition leader Etienne Tshisekedi. Kabila's second and final term expired on Dec. 19, after the electoral commission said a vote could not be organised in time.",
"Government spokesman Lambert Mende told local media on Sunday that national institutions would now have to ensure an inclusive process involving all political actors. Archbishop Marcel Utembi, who led the mediation, said the government had been asked to take the steps needed to hold elections no later than the end of the coming year. Dozens of people were killed in protests against the delay in September and December.",
]),
("w18-09", "Kildale Herald", "2017-11-06T09:00:00Z", "Congo sets presidential election for Dec. 23, 2018", [
"Democratic Republic of Congo will hold its presidential, legislative and provincial elections together on Dec. 23, 2018, the electoral commission announced on Sunday, confirming that the vote promised for this year under last December's accord will slip by twelve months.",
"Commission president Corneille Nangaa said the calendar was in line with the Dec. 31 agreement and that holding the three ballots in a single round would cut the excessive cost of elections. Provisional presidential results are to be announced on Dec. 30, 2018, final results on Jan. 9, 2019, and the new president is to be sworn in on Jan. 12, the commission's rapporteur, Jean-Pierre Kalamba, said. In October the commission said it would need 504 days after the end of voter registration to organise a vote.",
"Opposition parties rejected the timetable, saying it handed Kabila another year in power. The announcement followed a visit to Kinshasa by U.S. ambassador to the United Nations Nikki Haley, who told the authorities that elections had to take place in 2018 or Congo would risk losing American support.",
]),
# ---------------------------------------------------------------- Sri Lanka's constitutional crisis, 2018 (10-13, 15)
("w18-10", "Stanlow Point Courier", "2018-10-28T18:30:00Z", "Sirisena says assassination plot drove him to sack prime minister", [
"Sri Lankan President Maithripala Sirisena said on Sunday that he had dismissed Prime Minister Ranil Wickremesinghe mainly because a cabinet minister had been named in an alleged plot to kill him, and that appointing former president Mahinda Rajapaksa in his place had been the only option left to him.",
"In a televised address, his first since Friday's surprise move, Sirisena said an informant had given investigators the name of a minister involved in the conspiracy, though he did not identify him. He also accused Wickremesinghe of arrogance and of taking decisions without consultation, and insisted he had acted within the constitution. On Saturday he suspended parliament until Nov. 16.",
"Wickremesinghe has refused to leave the prime minister's official residence, saying he remains the lawful prime minister and commands a majority in the 225-member parliament. Speaker Karu Jayasuriya wrote to the president that he continued to recognise Wickremesinghe and urged him to recall the house. One person was killed on Sunday when a bodyguard of the ousted petroleum minister opened fire on a crowd in Colombo.",
]),
("w18-11", "Fowey Reach Press Service", "2018-11-05T16:00:00Z", "Sirisena tells rally he has 113 votes for Rajapaksa; parliament to meet Nov. 14", [
"President Maithripala Sirisena told a rally in Colombo on Monday that he already had the support of 113 lawmakers, a majority in the 225-seat parliament, for Mahinda Rajapaksa, the former president he named prime minister on Oct. 26, and that he would not go back on the step he had taken.",
"Sirisena issued a notice on Sunday reconvening parliament on Nov. 14, when Rajapaksa is expected to face a test of his majority. The house had been suspended until Nov. 16. Speaker Karu Jayasuriya said on Monday that he would not recognise Rajapaksa as prime minister unless he won a vote on the floor, and called the president's actions unconstitutional and undemocratic.",
"At the rally, the first time the two men had appeared together in public since the crisis began, Sirisena said he had offered the premiership to other politicians before turning to Rajapaksa. Several members of Wickremesinghe's United National Party have crossed over to the new government, but by most counts Rajapaksa's camp remains several votes short.",
]),
("w18-12", "Bramhope Wire", "2018-11-10T02:00:00Z", "Sri Lanka's president dissolves parliament, calls election for Jan. 5", [
"Sri Lankan President Maithripala Sirisena dissolved parliament late on Friday, nearly two years before its term ends, and called a snap general election for Jan. 5, days before the house was due to meet and vote on whether his chosen prime minister had its confidence.",
"A special gazette notice signed by the president said the dissolution would take effect at midnight, that nominations would be received from Nov. 19 to 26 and that the new parliament would convene on Jan. 17. Hours earlier, a spokesman for Sirisena's alliance had conceded that Prime Minister Mahinda Rajapaksa was still several votes short of the 113 needed for a majority. Rajapaksa welcomed the decision, saying an election would establish the will of the people and make way for a stable country.",
"Ranil Wickremesinghe's United National Party said it would fight the decision, calling it illegal and a breach of a constitutional amendment that bars dissolving parliament in the first four and a half years of its term unless two-thirds of its members ask for it.",
]),
("w18-13", "Ormond Cross Wire", "2018-11-25T12:00:00Z", "Sirisena vows never to reappoint Wickremesinghe, 'not in my lifetime'", [
"President Maithripala Sirisena said on Sunday that he would not make Ranil Wickremesinghe prime minister again even if his United National Party commanded a majority in parliament, deepening a month-old crisis that has left Sri Lanka without a functioning government.",
"\"Not in my lifetime,\" Sirisena told foreign correspondents at his official residence in Colombo, fighting back tears as he described his former ally as highly corrupt and said his economic policies were too liberal for the country. He said there had been more than 100 open clashes between the two men and that he would set up a commission to investigate corruption under Wickremesinghe's government since January 2015. He defended his attempt to dissolve parliament, saying the constitution gave him that power in three places and restricted it in only one.",
"The Supreme Court suspended the dissolution on Nov. 13, and parliament has since passed no-confidence motions against Rajapaksa, which Sirisena says were not carried according to procedure. Wickremesinghe's party says it holds a majority.",
]),
("w18-14", "Nettlecombe Newswire", "2018-12-13T14:00:00Z", "Fire destroys Kinshasa voting machines; commission says Dec. 23 vote will go ahead", [
"A fire overnight at an electoral commission warehouse in Kinshasa destroyed about 8,000 of the 10,368 voting machines meant for the capital, ten days before Democratic Republic of Congo's long-delayed elections, but the commission said the vote would take place as scheduled on Dec. 23.",
"Commission president Corneille Nangaa said the blaze broke out at about 2 a.m. and that officials were assessing the damage to see how the polls could still be held on that date. Barnabe Kikaya Bin Karubi, an adviser to President Joseph Kabila, said replacement machines were available and that police guarding the site had been detained while forensic officers investigated.",
"Kabila's Common Front for Congo accused opposition candidate Martin Fayulu of having urged supporters to destroy election material, which he denied. Fayulu said the warehouse was guarded by the Republican Guard and suggested that people around Kabila did not want elections; another opposition candidate, Felix Tshisekedi, asked how such a closely protected site could burn so easily.",
]),
("w18-15", "Stanlow Point Courier", "2018-12-16T09:00:00Z", "Sirisena swears in Wickremesinghe as prime minister, ending 51-day standoff", [
"President Maithripala Sirisena swore in Ranil Wickremesinghe as Sri Lanka's prime minister on Sunday, reinstating the man he dismissed on Oct. 26 and ending a power struggle that had left the country without a working government for seven weeks.",
"The ceremony at the Presidential Secretariat in Colombo was held behind closed doors, with reporters kept out and about 18 lawmakers from Wickremesinghe's United National Front present. It came a day after Mahinda Rajapaksa resigned as prime minister, having failed to win a majority in parliament, and three days after the Supreme Court ruled that the dissolution of parliament was unconstitutional. Lawmakers passed a motion of confidence in Wickremesinghe on Dec. 12.",
"Wickremesinghe told supporters at his official residence that his first task would be to restore normality and restart development projects, and that a cabinet would be named shortly. Officials said a stopgap budget had to be approved before Jan. 1 to keep the state running. Sirisena agreed to the reappointment after a telephone conversation with Wickremesinghe on Friday, according to officials.",
]),
("w18-16", "Tollesbury News Agency", "2018-12-20T17:00:00Z", "Congo delays elections by a week to Dec. 30, citing warehouse fire", [
"Democratic Republic of Congo's electoral commission on Thursday put back Sunday's presidential, legislative and provincial elections by one week to Dec. 30, saying it could not supply enough ballot papers to Kinshasa after last week's warehouse fire.",
"\"We cannot organise general elections without the province of Kinshasa,\" commission president Corneille Nangaa told reporters, noting that the capital's voters make up about a tenth of the electorate. He said replacement voting machines would arrive at the weekend and that about 5 million new ballots had to be printed and prepared. Barnabe Kikaya Bin Karubi, an adviser to President Joseph Kabila, said the decision bothered the ruling camp but that it accepted it.",
"Opposition candidate Martin Fayulu said Nangaa had promised a vote on Dec. 23 come rain or shine and that no delay could be justified; his coalition accused Kabila of trying to cling to power. Protesters gathered outside the commission's offices and were pushed back by police. The governor of Kinshasa banned campaign rallies in the city on Wednesday, citing security.",
]),
("w18-17", "Kildale Herald", "2018-12-26T16:00:00Z", "Congo puts off vote in Beni, Butembo and Yumbi to March; results due Jan. 6", [
"Democratic Republic of Congo's electoral commission said on Wednesday that voting would not take place on Dec. 30 in the eastern cities of Beni and Butembo, because of the Ebola epidemic and the threat of armed attacks, or in Yumbi in the west, where deadly clashes this month drove out much of the population and destroyed election material. Those areas will vote in March 2019, it said.",
"The rest of the country will vote on Sunday as planned. Under an updated timetable, provisional results of the presidential election are to be published on Jan. 6, final results on Jan. 15, and the new president is to take the oath of office on Jan. 18.",
"Opposition candidate Martin Fayulu, who is popular in Beni and Butembo, had warned the commission against any attempt to cancel the vote there. About 1.2 million voters live in the three areas, which means they will have no say in choosing Kabila's successor. Health workers have been battling an Ebola outbreak in North Kivu since August.",
]),
("w18-18", "Skelwith Dispatch", "2019-01-10T06:00:00Z", "Congo names Tshisekedi winner of presidential vote after delay", [
"Opposition leader Felix Tshisekedi won Democratic Republic of Congo's presidential election, the electoral commission announced in the early hours of Thursday, four days after the date it had set for provisional results.",
"Commission president Corneille Nangaa said Tshisekedi had received 7,051,013 votes, or 38.57 percent, ahead of fellow opposition candidate Martin Fayulu with 34.83 percent and the ruling coalition's Emmanuel Ramazani Shadary with 23.84 percent.",
"On Saturday the commission said it could not publish results on Sunday as planned, because fewer than half of the tally sheets had reached it. Outgoing President Joseph Kabila, in power since 2001, did not run.",
"Fayulu called the result an electoral coup. The Catholic bishops' conference, which deployed about 40,000 observers, said the results did not match its own findings. Tshisekedi paid tribute to Kabila, saying he should now be seen as a partner in democratic change rather than an adversary. The Constitutional Court must confirm the result.",
]),
# ---------------------------------------------------------------- Sudan's transition, 2019-20 (19-25)
("w18-19", "Fowey Reach Press Service", "2019-04-12T14:00:00Z", "Sudan's military council says it will not hand Bashir to the ICC", [
"Sudan's new military rulers will not extradite Omar al-Bashir, the president they removed on Thursday, to face charges at the International Criminal Court, though he may be put on trial at home, a senior member of the transitional military council said on Friday.",
"\"We as a military council will not deliver the president abroad during our period,\" Lt. Gen. Omar Zain al-Abideen, head of the council's political committee, told a news conference in Khartoum, adding that Bashir was in custody. He said the removal had not been a coup but a response to the people's demands, that the council had no ambition to hold on to power and that it would stay for at most two years, or hand over within a month if the political forces formed a government.",
"Protest leaders rejected the council and vowed to keep up their sit-in outside army headquarters, which thousands kept going through the night in defiance of a curfew. The ICC issued warrants for Bashir in 2009 and 2010 over killings in Darfur, and Amnesty International urged the new authorities to hand him over.",
]),
("w18-20", "Ardmillan Ledger", "2019-06-03T10:00:00Z", "Sudan military says it did not break up Khartoum sit-in, targeted nearby area", [
"Sudan's ruling military council denied on Monday that its forces had broken up the protest sit-in outside army headquarters in Khartoum, saying they had moved against a lawless area nearby, after a doctors' group linked to the protesters said at least nine people had been killed.",
"\"We did not disperse the sit-in by force,\" council spokesman Lt. Gen. Shams al-Din Kabbashi told an Arabic television channel. He said security forces had acted against a neighbourhood known as Colombia, which he called a long-standing hotbed of crime, and that people fleeing it had run into the sit-in area. The tents were still standing and young people were moving about freely, he said, adding that he hoped talks with the protest movement would go on.",
"Protest leaders said the council had killed peaceful demonstrators, suspended all contact with it and called for civil disobedience. Witnesses described heavy gunfire and burning tents, and the Central Committee of Sudan Doctors said the toll was rising through the day.",
]),
("w18-21", "Kildale Herald", "2019-06-04T08:00:00Z", "Burhan scraps deal with protesters, promises elections within nine months", [
"The head of Sudan's transitional military council, Lt. Gen. Abdel Fattah al-Burhan, said early on Tuesday that the council was cancelling everything it had agreed with the opposition alliance, ending negotiations with it, and would hold general elections within nine months under regional and international supervision.",
"In a televised statement, hours after security forces cleared the protest camp outside army headquarters, Burhan said the alliance bore equal responsibility for dragging out the talks and had tried to shut out other forces in order to impose another totalitarian regime. He said the council regretted what had accompanied the clean-up operation in Nile Street, which had gone beyond the plans, and promised an investigation. A caretaker government would be formed to run the transition, he said.",
"The Forces for Freedom and Change, which had agreed with the generals on a three-year transition before talks stalled over control of a sovereign council, rejected the announcement and called for the military rulers to be brought down. Doctors linked to the movement put Monday's death toll at more than 30.",
]),
("w18-22", "Stanlow Point Courier", "2019-06-13T19:00:00Z", "Sudan's military council admits it ordered dispersal of Khartoum sit-in", [
"Sudan's ruling military council acknowledged on Thursday for the first time that it had decided to break up the protest sit-in outside army headquarters in Khartoum on June 3, an operation in which dozens of people were killed.",
"\"We ordered the commanders to come up with a plan to disperse this sit-in,\" council spokesman Lt. Gen. Shams al-Din Kabbashi told a news conference. \"They made a plan and implemented it, but we regret that some mistakes happened.\" He said the results of an investigation would be released on Saturday and that the military would not allow any more protest camps near army sites.",
"The health ministry has put the death toll on June 3 at 61, while doctors linked to the protest movement say about 120 people have been killed since that day, some of them pulled from the Nile. Protest leaders called off a general strike on Tuesday and agreed to return to talks under Ethiopian mediation.",
]),
("w18-23", "Tollesbury News Agency", "2019-07-05T12:00:00Z", "Sudan's generals and protest alliance agree to share power for three years", [
"Sudan's ruling military council and the main protest alliance agreed early on Friday to share power through a sovereign council for a little over three years until elections, reviving a transition that collapsed a month ago when security forces broke up a sit-in in Khartoum.",
"The council will rotate between military and civilian leadership \"for a period of three years or slightly more,\" African Union mediator Mohamed Hassan Lebatt told reporters after two days of talks. The military will lead it for the first 21 months and civilians for the final 18, and it will have five military and five civilian members plus a civilian chosen by both sides. The two sides also agreed on a government of technocrats and on a transparent, independent investigation into the violence of recent weeks, and put off forming a legislative council.",
"\"This agreement will be comprehensive and will not exclude anyone,\" said the council's deputy head, Gen. Mohamed Hamdan Dagalo, who commands the Rapid Support Forces that protesters blame for the June 3 killings. Crowds poured into the streets of Omdurman chanting for civilian rule.",
]),
("w18-24", "Skelwith Dispatch", "2019-07-28T08:00:00Z", "Sudan inquiry says officers defied orders in sit-in killings, puts toll at 87", [
"An investigation set up by Sudan's authorities found that members of the security forces who stormed the Khartoum protest camp on June 3 had acted against orders, and that the operation approved by the military leadership was meant only to clear a nearby area, the head of the inquiry said on Saturday.",
"Fath al-Rahman Saeed told a televised news conference that forces had been sent to clean up the neighbourhood known as Colombia, but that a general in the Rapid Support Forces disobeyed his instructions, led troops into the sit-in and ordered them to whip protesters, and that others opened fire. Eight officers will be charged with crimes against humanity, he said.",
"The inquiry counted 87 people killed between June 3 and June 10, 17 of them inside the sit-in area, and 168 wounded, and found no evidence of rape.",
"On June 15 the military council said reports quoting its spokesman as saying it had ordered the camp's removal were wrong. Protest leaders rejected the findings as a cover-up and repeated their demand for an international inquiry; doctors linked to the movement say 127 people were killed.",
]),
("w18-25", "Nettlecombe Newswire", "2020-02-11T15:00:00Z", "Sudan agrees Bashir should face International Criminal Court", [
"Sudan's transitional authorities have agreed that former president Omar al-Bashir and others wanted by the International Criminal Court must appear before it, a member of the ruling Sovereign Council said on Tuesday, less than a year after the generals who removed him refused to send him abroad.",
"\"Those who have been indicted by the ICC, they have to go there,\" Mohammed Hassan al-Taishi, a council member and government negotiator, told reporters in Juba, the South Sudanese capital, where the government is holding peace talks with rebel groups from Darfur. He said the two sides had agreed that the four people wanted by the court, Bashir among them, should be handed over, but he did not say when. Justice could not be done without attending to the suffering of the victims, he said.",
"Sudan would first have to ratify the Rome Statute. Bashir, 76, is serving two years in a reform facility for corruption and faces charges over the killing of protesters. The ICC accuses him of genocide, war crimes and crimes against humanity in Darfur, where the United Nations says about 300,000 people died.",
]),
# ---------------------------------------------------------------- Tanzania and COVID-19, 2020-21 (26, 33, 38, 40, 44)
("w18-26", "Fowey Reach Press Service", "2020-06-08T10:00:00Z", "Tanzania's Magufuli declares country free of coronavirus", [
"Tanzanian President John Magufuli told worshippers in the capital Dodoma on Sunday that the coronavirus had been eliminated from the country thanks to God and the prayers of Tanzanians, and praised the congregation for not wearing face masks.",
"\"The corona disease has been eliminated by God,\" Magufuli said at a Catholic church service, adding that it gave him joy to lead a country that put God first. He also thanked health workers. Last week he said only four patients with the disease remained in hospital in Dar es Salaam, the largest city.",
"Universities and some secondary schools have reopened, international flights have resumed, and the government has said arriving tourists will not face a 14-day quarantine.",
"Tanzania has published no figures since April 29, when it reported 509 cases and 21 deaths. The World Health Organization has urged it to share data, and neighbouring Kenya has closed its border to all but cargo after truck drivers from Tanzania tested positive. Opposition politicians accuse the government of hiding the true scale of the outbreak.",
]),
# ---------------------------------------------------------------- Patanjali's Coronil, 2020-21 (27, 28, 34, 35)
("w18-27", "Calverley Financial Report", "2020-06-23T16:00:00Z", "Ramdev's Patanjali launches herbal Coronil as COVID-19 cure; ministry orders halt to ads", [
"Patanjali Ayurved, the consumer goods company co-founded by yoga guru Ramdev, launched two ayurvedic medicines on Tuesday that it said could cure COVID-19, but within hours India's ministry of traditional medicine told it to stop advertising the claims until they had been examined.",
"At an event in Haridwar, Ramdev said Coronil and Swasari had been tested in a clinical trial on COVID-19 patients and had produced 100 percent favourable results, with every patient recovering within seven days, except those on life support. \"We have released the world's first ayurvedic medicine to cure COVID-19,\" he said. The company said the trial was run with the National Institute of Medical Sciences, a private institution in Jaipur, and that a kit would cost 545 rupees.",
"The Ministry of AYUSH said the facts of the claimed study were not known to it and asked Patanjali for the names and composition of the medicines, the sites and results of the research and its ethics clearances. It also asked the licensing authority in Uttarakhand, where the company is based, for copies of the licence. Managing director Acharya Balkrishna said the ministry had now been given all the information and that the communication gap had been filled.",
]),
("w18-28", "Ardmillan Ledger", "2020-07-01T14:00:00Z", "Patanjali says it never claimed Coronil cures COVID-19; ministry allows sale as immunity booster", [
"India's ministry of traditional medicine said on Wednesday that Patanjali Ayurved could sell its herbal product Coronil only as an immunity booster and not as a cure for COVID-19, a day after the company's managing director said it had never claimed the tablets cured the disease.",
"\"We never said the medicine can cure or control corona,\" Acharya Balkrishna told the ANI news agency on Tuesday, adding that the company had made the medicines, used them in a clinical controlled trial and seen patients recover. Yoga guru Ramdev told a news conference in Haridwar that the ministry had asked Patanjali to speak of COVID management rather than treatment and that it was following that instruction. The kit would now be sold across the country, he said.",
"The Ministry of AYUSH said it had given permission to sell the formulation only as an immunity booster and that no claim of a cure should appear on the packs. Last week the Ayurveda department of Uttarakhand said Patanjali's licence application had mentioned only an immunity booster and remedies for cough and fever, not the coronavirus. Police in Jaipur have registered a complaint against Ramdev and others over the claims.",
]),
# ---------------------------------------------------------------- India's farm laws, 2020-21 (29-31, 45)
("w18-29", "Bramhope Wire", "2020-12-14T15:00:00Z", "India will amend, not repeal, farm laws, agriculture minister says", [
"India's agriculture minister said on Monday that the government would not repeal three new farm laws that have drawn tens of thousands of protesting farmers to the edges of New Delhi, but that it was ready to go through them clause by clause and amend them.",
"\"We want the discussions to be held clause-by-clause,\" Narendra Singh Tomar told reporters after meeting farm groups from several states who, he said, had written to him in support of the reforms. The government has sent the protesting unions a draft proposal that includes a written assurance that the system of minimum support prices for crops will continue, but they have turned it down and are demanding that the laws be scrapped. Five rounds of talks have failed.",
"Farm leaders held a hunger strike at the protest sites on Monday. The laws, passed by parliament in September, let farmers sell outside state-regulated wholesale markets and sign contracts with private buyers. Prime Minister Narendra Modi says they will raise farmers' incomes; the unions fear they will end guaranteed prices and leave growers at the mercy of large companies.",
]),
("w18-30", "Ormond Cross Wire", "2021-01-08T14:30:00Z", "Government tells farm unions it cannot and will not repeal laws; talks fail again", [
"India's government told protesting farm unions on Friday that it could not and would not repeal three agricultural laws, according to leaders who attended the eighth round of talks in New Delhi, deepening a standoff that has kept farmers camped on the capital's borders for more than six weeks.",
"Agriculture Minister Narendra Singh Tomar told reporters afterwards that no decision had been reached because the unions had offered no alternative to their demand for repeal, and that many groups around the country backed the reforms. The government would consider any proposal other than a repeal, he said. The next meeting is set for Jan. 15.",
"\"We will either die or win,\" union leaders chanted inside the meeting, according to people present. Farmers drove tractors in convoys on roads around Delhi this week in what they called a rehearsal for a parade on Republic Day, Jan. 26. The Supreme Court is due to hear petitions on the laws on Monday.",
]),
("w18-31", "Nettlecombe Newswire", "2021-01-20T15:30:00Z", "India offers to suspend farm laws for 18 months to end protests", [
"The Indian government offered on Wednesday to put three contested farm laws on hold for up to a year and a half and to set up a joint committee with farmers to examine them, its biggest concession since the protests began in November.",
"\"We said the government is ready to put the farm laws on hold for one or one-and-a-half years,\" Agriculture Minister Narendra Singh Tomar said after the tenth round of talks, adding that he was glad the unions were taking the offer seriously. The government could give the undertaking to the Supreme Court in an affidavit, farm leaders said. Officials again ruled out repealing the laws and offered to amend them.",
"The Supreme Court suspended the laws on Jan. 12 and appointed an expert committee, which the unions refuse to deal with. \"We rejected the proposal, but since it has come from the government, we will meet tomorrow and deliberate over it,\" said Joginder Singh Ugrahan of the Bharatiya Kisan Union (Ugrahan). The two sides meet again on Friday.",
]),
# ---------------------------------------------------------------- AstraZeneca and the European Medicines Agency, 2021 (32, 36, 37, 39, 41-43)
("w18-32", "Kildale Herald", "2021-01-31T20:00:00Z", "AstraZeneca to deliver 40 million vaccine doses to EU in first quarter, von der Leyen says", [
"AstraZeneca will deliver 9 million more doses of its COVID-19 vaccine to the European Union in the first quarter than it offered last week, bringing the total to 40 million, and will start deliveries a week earlier than planned, European Commission President Ursula von der Leyen said on Sunday.",
"The drugmaker told EU officials on Jan. 22 that production problems at a European plant would cut first-quarter supplies by 60 percent, to 31 million doses, setting off a bitter dispute; the bloc had been counting on about 80 million. Chief executive Pascal Soriot told European newspapers last week that the company's contract with the EU committed it only to its best efforts, and that output from its British plants was reserved for Britain under an earlier deal.",
"AstraZeneca said it would increase output in Europe. The commission published a redacted version of the contract on Friday and introduced controls on vaccine exports from the bloc. The EU authorised the vaccine, developed with the University of Oxford, for all adults on the same day.",
]),
("w18-33", "Stanlow Point Courier", "2021-02-01T16:00:00Z", "Tanzania has no plans to accept COVID-19 vaccines, health minister says", [
"Tanzania's health ministry has no plans to receive COVID-19 vaccines, Health Minister Dorothy Gwajima said on Monday, days after President John Magufuli warned officials against vaccines from abroad and suggested, without evidence, that they could harm Tanzanians.",
"\"The ministry has its own procedure on how to receive any medicines, and we do so after we have satisfied ourselves with the product,\" Gwajima told reporters in Dodoma. She urged people to wash their hands, exercise, eat well and use herbal steam inhalation and natural remedies, and said the government chemist had found several local remedies safe to use. Neither she nor the officials beside her wore masks. She warned institutions against issuing unofficial health information.",
"Tanzania stopped publishing case numbers in late April last year, when it had recorded 509 infections. The Catholic Church has reported a rise in funeral masses, and the World Health Organization's Africa director urged Tanzania last week to share its data. Magufuli has said God protected the country from the virus.",
]),
("w18-34", "Skelwith Dispatch", "2021-02-19T13:00:00Z", "Patanjali relaunches Coronil as evidence-based COVID medicine, cites certificate", [
"Patanjali Ayurved presented what it called the first evidence-based COVID-19 medicine on Friday, relaunching its herbal tablet Coronil at an event in New Delhi attended by Health Minister Harsh Vardhan and Transport Minister Nitin Gadkari.",
"The company said Coronil had received a Certificate of Pharmaceutical Product from the AYUSH section of India's Central Drugs Standard Control Organisation, under the World Health Organization's certification scheme. A banner behind the stage described the product as CoPP and WHO GMP certified. Ramdev said the AYUSH ministry had recognised Coronil as a medicine supporting COVID-19 treatment on the basis of the data Patanjali presented, and released a research paper on the tablet. Senior executive Rakesh Mittal wrote on Twitter that Coronil had been recognised by the WHO as the first evidence-based medicine for the coronavirus.",
"Last June the ministry barred Patanjali from advertising Coronil as a cure and allowed it to be sold only as an immunity booster. Doctors have questioned the size and design of the company's trials.",
]),
("w18-35", "Tollesbury News Agency", "2021-02-22T12:00:00Z", "Patanjali says WHO does not approve drugs after WHO denies certifying Coronil", [
"Patanjali Ayurved has said that the certificate it holds for its herbal tablet Coronil was issued by India's drug regulator and not by the World Health Organization, after the WHO said it had not reviewed or certified any traditional medicine for treating COVID-19.",
"Managing director Acharya Balkrishna wrote on Twitter late on Friday that, to avoid confusion, he wanted to make clear that Coronil's certificate of compliance with WHO manufacturing standards had been issued by the Drugs Controller General of India. The WHO neither approves nor disapproves any drugs, he added. A tweet by a Patanjali executive on Friday saying Coronil had been recognised by the WHO was deleted.",
"The Indian Medical Association said on Monday it was shocked by what it called a blatant lie about WHO certification and demanded an explanation from Health Minister Harsh Vardhan, who attended the launch. \"WHO has not reviewed or certified the effectiveness of any traditional medicine for the treatment of COVID-19,\" the WHO's South-East Asia office said on Friday.",
]),
("w18-36", "Calverley Financial Report", "2021-02-24T11:00:00Z", "AstraZeneca says it aims to deliver contracted doses to EU in second quarter, disputing report", [
"AstraZeneca said late on Tuesday it was working to deliver the full 180 million doses of its COVID-19 vaccine that it owes the European Union in the second quarter, after a report that it had warned the bloc it would supply fewer than half of them.",
"An EU official told Reuters on Tuesday that the company had informed the bloc it expected to deliver less than half of the second-quarter volume. A company spokesman said AstraZeneca was raising productivity at its European plants and drawing on its global supply chain so as to deliver 180 million doses between April and June, and that roughly half of them would come from outside the EU.",
"AstraZeneca has already cut its first-quarter deliveries to about 40 million doses. Chief executive Pascal Soriot is due to answer questions from members of the European Parliament on Thursday. Several EU governments have limited the vaccine to younger people for lack of trial data on the elderly, and some have reported doses going unused.",
]),
("w18-37", "Bramhope Wire", "2021-03-11T17:00:00Z", "EU regulator sees no sign AstraZeneca shot caused clots as Denmark pauses use", [
"The European Medicines Agency said on Thursday there was currently no indication that AstraZeneca's COVID-19 vaccine had caused the blood clots reported in some people who received it, after Denmark, Norway and Iceland suspended its use as a precaution.",
"The agency said its safety committee, PRAC, was already reviewing all reports of thromboembolic events and that the number seen in vaccinated people was no higher than in the general population. As of March 10, 30 such cases had been reported among close to 5 million people given the AstraZeneca shot in the European Economic Area, it said. The vaccine's benefits continue to outweigh its risks and it can go on being used while the investigation goes ahead, the agency said, noting that clots are not listed among the vaccine's side effects.",
"Danish health authorities said they had paused the AstraZeneca shot for 14 days after cases of serious blood clots, one of them fatal, and that it was too early to say whether there was a link. Austria stopped using one batch on Sunday after a nurse died. Britain's medicines regulator said there was no evidence the vaccine caused clots.",
]),
("w18-38", "Ardmillan Ledger", "2021-03-12T15:00:00Z", "Tanzanian PM says Magufuli is healthy and working, dismissing illness reports", [
"Tanzanian Prime Minister Kassim Majaliwa said on Friday that President John Magufuli was in good health and carrying on with his work, and told people to ignore reports that he was seriously ill, in the government's first response to two weeks of speculation about the leader's absence.",
"\"Tanzanians be calm, your president is there, in good health, he is working,\" Majaliwa said after Friday prayers at a mosque in Njombe region, according to state broadcaster TBC. He said he had spoken to Magufuli by phone that morning and asked whether the president should appear in public on other people's schedules rather than his own. Spreading rumours that the president was sick was the product of hatred, he said.",
"Magufuli, 61, has not been seen in public since Feb. 27. Opposition politician Tundu Lissu said this week that the president was being treated for COVID-19 in Kenya, and later that he had been flown to India; the government has not said where he is. Several senior officials have died in recent weeks, among them Zanzibar's first vice president, Seif Sharif Hamad, whose party said he had COVID-19.",
]),
("w18-39", "Nettlecombe Newswire", "2021-03-14T20:00:00Z", "AstraZeneca cuts EU first-quarter deliveries again, to 30 million doses", [
"AstraZeneca said it would deliver only 30 million doses of its COVID-19 vaccine to the European Union in the first quarter, blaming export restrictions, and that it aimed to supply 100 million in the first half of the year, well short of what the bloc had been promised.",
"In a statement issued late on Friday, the company said half of the EU's second-quarter supply, and 10 million of its first-quarter doses, were to have come from its international supply chain, and that export restrictions would reduce first-quarter deliveries and probably affect those in the second quarter. Its contract provides for 180 million doses in the second quarter. EU internal market commissioner Thierry Breton has said he saw efforts from the company, but not best efforts.",
"In a separate statement on Sunday, AstraZeneca said a review of safety data on more than 17 million people vaccinated in the EU and Britain had shown no evidence of an increased risk of pulmonary embolism, deep vein thrombosis or low platelet counts in any age group, sex, batch or country. Ireland and the Netherlands joined the countries pausing use of the shot on Sunday.",
]),
("w18-40", "Fowey Reach Press Service", "2021-03-17T21:00:00Z", "Tanzania's President Magufuli dies of heart condition, vice president says", [
"Tanzanian President John Magufuli has died of heart disease at the age of 61, Vice President Samia Suluhu Hassan announced on state television on Wednesday night, after more than two weeks in which he had not been seen in public and officials had insisted he was well.",
"Hassan said Magufuli died at about 6 p.m. at Mzena hospital in Dar es Salaam, where he was being treated. He had suffered from chronic atrial fibrillation for about ten years, she said; he was admitted to the Jakaya Kikwete Cardiac Institute on March 6, discharged the next day, and taken to Mzena on March 14 after falling ill again. She declared 14 days of national mourning.",
"On Monday Hassan told Tanzanians not to listen to rumours from outside the country, saying it was normal for a person to be checked for flu or fever. Police arrested several people in recent days for spreading rumours about the president's health. Under the constitution Hassan will be sworn in to serve the rest of the five-year term that began in November.",
]),
("w18-41", "Kildale Herald", "2021-03-22T12:00:00Z", "AstraZeneca says U.S. trial shows vaccine 79 percent effective", [
"AstraZeneca said on Monday that its COVID-19 vaccine was 79 percent effective at preventing symptomatic disease in a large trial in the United States, Chile and Peru, and completely prevented severe disease and hospitalisation, a week after several European countries briefly suspended its use.",
"The interim analysis of the trial, which enrolled 32,449 volunteers, found efficacy of 80 percent in people aged 65 and over, the company said, and an independent review found no increased risk of blood clots among those vaccinated. AstraZeneca said it would file for U.S. emergency use authorisation in the coming weeks. Germany, France, Italy and other countries resumed use of the vaccine on Friday after the European Medicines Agency said it was safe and effective. Investigators said the results were in line with earlier trials in Britain, Brazil and South Africa.",
]),
("w18-42", "Skelwith Dispatch", "2021-03-25T08:00:00Z", "AstraZeneca lowers U.S. trial efficacy figure to 76 percent after monitors' rebuke", [
"AstraZeneca said on Thursday its COVID-19 vaccine was 76 percent effective against symptomatic illness in its U.S. trial, slightly lower than the 79 percent it announced on Monday, after an independent monitoring board complained that the earlier figure relied on outdated information.",
"The full primary analysis, covering 190 cases of COVID-19 among trial participants, showed the vaccine remained 100 percent effective against severe or critical disease and hospitalisation, and 85 percent effective in people aged 65 and over, the company said. It said the new figures were consistent with its earlier interim analysis and that it would present them to regulators.",
"On Tuesday the U.S. National Institute of Allergy and Infectious Diseases said its data and safety monitoring board was concerned that AstraZeneca may have included outdated data, which may have given an incomplete view of the efficacy results. Anthony Fauci called the episode an unforced error. The company had said Monday's figures came from a prespecified interim analysis with data up to Feb. 17.",
]),
("w18-43", "Ormond Cross Wire", "2021-04-07T16:00:00Z", "EU regulator lists rare blood clots as possible side effect of AstraZeneca vaccine", [
"The European Medicines Agency concluded on Wednesday that unusual blood clots combined with low levels of blood platelets should be listed as very rare side effects of AstraZeneca's COVID-19 vaccine, but said the shot's benefits still outweighed the risks.",
"The agency's safety committee found a possible link after reviewing cases that included clots in veins in the brain and the abdomen, most of them in women under 60 within two weeks of vaccination, though it identified no specific risk factors. Executive director Emer Cooke told reporters the combination was very rare and had been seen in all ages and in both men and women. One plausible explanation was an immune response similar to one sometimes seen in patients given heparin, the agency said. It has asked for new studies.",
"On March 18 the agency said the vaccine was not associated with a higher overall risk of clots but that it could not rule out a link to rare cases. Britain said on Wednesday that people under 30 should be offered another vaccine where possible. The vaccine is now marketed as Vaxzevria.",
]),
("w18-44", "Bramhope Wire", "2021-07-28T14:00:00Z", "Tanzania's president takes COVID-19 vaccine, launching campaign her predecessor shunned", [
"Tanzanian President Samia Suluhu Hassan received a Johnson & Johnson COVID-19 vaccine on live television on Wednesday, opening a vaccination campaign in a country whose previous government denied the pandemic and spurned vaccines.",
"\"I would not put myself in danger,\" Hassan said at State House in Dar es Salaam, describing herself as a mother, grandmother and commander-in-chief, and saying she was satisfied that the vaccine was safe and effective. The prime minister and senior officials were also vaccinated. Tanzania received 1,058,400 doses donated by the United States through the COVAX scheme on Saturday. The health ministry says vaccination will be voluntary and free.",
"Hassan, who took office in March after John Magufuli's death, formed an expert committee on the virus in April, saying Tanzania could not isolate itself like an island. Earlier this month she said a third wave had already reached the country and there was nothing to hide, and last week the health ministry reported 176 new cases and 29 deaths in a single day.",
]),
("w18-45", "Stanlow Point Courier", "2021-11-19T06:00:00Z", "Modi announces repeal of farm laws after a year of protests", [
"Prime Minister Narendra Modi said on Friday that his government would withdraw three agricultural laws that set off a year of protests by farmers, a rare retreat announced in a televised address on the birth anniversary of Guru Nanak, the founder of Sikhism.",
"\"We have decided to repeal the three farm laws,\" Modi said, adding that the process would be completed in the session of parliament starting later this month. He apologised to the nation, saying there must have been some shortcoming in the government's efforts since it had failed to convince some farmers of the truth. The laws had been meant to help small farmers, he said, and whatever he had done had been for farmers. He asked protesters to go home and said a committee would be set up to look at crop prices and other issues.",
"Farm unions welcomed the decision but said they would stay in their camps until parliament voted and until the government acted on their demand for guaranteed prices. State elections are due early next year in Punjab and Uttar Pradesh, where the protests have been strongest.",
]),
# ---------------------------------------------------------------- Senegal's presidential election, 2023-24 (46-50)
("w18-46", "Tollesbury News Agency", "2023-07-04T00:30:00Z", "Senegal's Sall says he will not run for a third term", [
"Senegalese President Macky Sall said on Monday he would not stand in the presidential election due on Feb. 25, 2024, even though he believed the constitution allowed him to, ending years of speculation that had fed deadly unrest.",
"\"My decision, long and carefully considered, is not to be a candidate,\" Sall said in a televised address, citing his code of honour and his word. He said his 2019 term was his second and last, and he instructed the government to take all necessary measures to organise the Feb. 25 election properly, as it had done in the past.",
"Opposition leader Ousmane Sonko, whose conviction last month on a charge of corrupting youth could keep him off the ballot, had called for protests if Sall sought another term. At least 16 people were killed in clashes in June, according to officials. Several foreign governments welcomed the announcement.",
]),
("w18-47", "Kildale Herald", "2024-02-03T20:00:00Z", "Senegal's Sall postpones presidential election hours before campaign", [
"President Macky Sall postponed Senegal's Feb. 25 presidential election on Saturday, announcing in an address to the nation that he had repealed the decree calling voters to the polls, hours before campaigning was due to begin. He gave no new date.",
"Sall said a dispute between the National Assembly and the Constitutional Council over the list of candidates, and accusations of corruption against two of the council's judges, risked undermining the credibility of the vote and sowing the seeds of disputes before and after it. He said he would open a national dialogue to create the conditions for a free, transparent and inclusive election, and that his decision not to run remained unchanged.",
"It is the first time since 1963 that a presidential election in Senegal has been put off. The Constitutional Council had approved 20 candidates and excluded others, among them Sonko and Karim Wade, son of former president Abdoulaye Wade, whose party had asked for a delay. Opposition candidates called the move a constitutional coup.",
]),
("w18-48", "Ardmillan Ledger", "2024-02-06T08:00:00Z", "Senegal's lawmakers set election for Dec. 15, extending Sall's stay", [
"Senegal's National Assembly voted late on Monday to hold the presidential election on Dec. 15, 2024, more than nine months after the original date, and to keep President Macky Sall in office until his successor takes over, after gendarmes removed opposition lawmakers from the chamber.",
"The bill, put forward by lawmakers from Karim Wade's party and supported by Sall's coalition, passed with 105 votes in favour and one against. Sall's second term had been due to end on April 2. \"President Macky Sall said he would serve two terms. He has kept his word,\" said Moussa Diakhate, the pro-government chairman of the assembly's law committee.",
"The opposition called the vote an institutional coup and said it would challenge it before the Constitutional Council. Security forces fired tear gas at protesters in Dakar, and the government cut mobile internet access, citing hateful and subversive messages on social media. The West African bloc ECOWAS has urged the authorities to set a new date quickly.",
]),
("w18-49", "Nettlecombe Newswire", "2024-02-23T09:00:00Z", "Sall says his term ends April 2 but sets no election date before dialogue", [
"Senegalese President Macky Sall said on Thursday that his term would end on April 2 as scheduled and that he had never thought of staying beyond it, but that it was unlikely a new president would be elected by then and that he would not set a date before a national dialogue next week.",
"\"April 2, 2024 will be the end of my term at the head of the country,\" Sall said in an interview on national television. \"I would like this debate to be clearly settled.\"",
"He said the dialogue would open on Monday and should finish by Tuesday, and that if it reached a consensus on a date he would sign a decree straight away; otherwise he would refer the matter to the Constitutional Council. He said he was ready to consider an amnesty for acts linked to the political unrest since 2021.",
"On Feb. 15 the Constitutional Council annulled the postponement and the law setting a Dec. 15 vote, and asked for the election to be held as soon as possible. Sall said the next day that he would fully carry out the ruling. Most of the 19 approved candidates say they will stay away from the dialogue.",
]),
("w18-50", "Skelwith Dispatch", "2024-03-07T10:00:00Z", "Senegal sets presidential vote for March 24; Sall replaces prime minister", [
"Senegal will hold its presidential election on March 24, the government said on Wednesday, after the Constitutional Council rejected a proposal from the national dialogue to hold the vote on June 2, saying an election after President Macky Sall's term ends on April 2 would be unconstitutional.",
"\"The President of the Republic informed the Council of Ministers of the setting of the date of the presidential election for Sunday March 24,\" government spokesman Abdou Karim Fofana said in a statement. Sall also dissolved the government and replaced Prime Minister Amadou Ba, the ruling coalition's candidate, with Interior Minister Sidiki Kaba, so that Ba could concentrate on his campaign. The council also ruled that the list of 19 candidates could not be reopened. Lawmakers on Wednesday passed an amnesty for offences linked to political protests since February 2021, which could lead to the release of jailed opposition leader Ousmane Sonko and of Bassirou Diomaye Faye, the candidate standing in his place.",
]),
]

STATEMENTS = {
"w18-01": [["tesco", "cut its interim dividend by three quarters"], ["tesco", "lowered its profit forecast for the"],
           ["tesco", "blaming a fierce price war"], ["tesco", "expected group trading profit for the"],
           ["tesco", "2.4 billion to 2.5 billion pounds"], ["tesco", "should come in at about 1.1 billion"],
           ["tesco", "interim payout will be 1.16 pence"], ["tesco", "held to no more than 2.1"],
           ["tesco", "taken prudent and decisive action"], ["tesco", "had not been taken lightly"],
           ["tesco", "review every part of the group's"]],
"w18-02": [["tesco", "was overstated by about 250 million"], ["tesco", "suspended four senior executives"],
           ["tesco", "income from suppliers being booked too"], ["tesco", "costs being accrued too late"],
           ["tesco", "carry out an independent review"], ["tesco", "still working out what the problem"],
           ["tesco", "have been pushed back to Oct."], ["tesco", "uncovered a serious issue"],
           ["tesco", "up to shareholders to decide whether"]],
"w18-03": [["tesco", "Broadbent will step down"], ["tesco", "overstatement of its profits at 263 million"],
           ["tesco", "92 percent fall in first-half pre-tax"], ["tesco", "income had been pulled forward"],
           ["tesco", "in breach of group accounting policies"], ["tesco", "reached back before the current year"],
           ["tesco", "118 million pounds related to the"], ["tesco", "Eight employees are now suspended"],
           ["tesco", "no evidence of fraud or personal"], ["tesco", "a matter of profound regret"],
           ["tesco", "reflected the principle of accountability"], ["tesco", "prepare for an orderly succession"],
           ["tesco", "restore competitiveness in Britain"]],
"w18-04": [["tesco", "would not exceed 1.4 billion pounds"], ["tesco", "changes the way it earns money"],
           ["tesco", "added about 6,000 staff"], ["tesco", "had been retrained after the accounting"],
           ["tesco", "hurting profit in the short term"], ["tesco", "would not take short-term actions"],
           ["tesco", "set out more of his plans"]],
"w18-05": [["lufthansa", "passed every medical and flying test"], ["lufthansa", "was 100 percent fit to fly"],
           ["lufthansa", "at a loss to explain what"], ["lufthansa", "interrupted it for several months"],
           ["lufthansa", "medical confidentiality prevented him from giving"], ["lufthansa", "had flown about 630 hours"],
           ["lufthansa", "could not have imagined such a"], ["lufthansa", "saw no need to change Lufthansa's"],
           ["lufthansa", "calling the crash an isolated case"], ["lufthansa", "look at the question with its"]],
"w18-06": [["lufthansa", "would require two authorised people"], ["lufthansa", "adopt it as soon as possible"],
           ["lufthansa", "named a group safety pilot"], ["lufthansa", "received no sick note for that"]],
"w18-07": [["lufthansa", "told the group's flight school in"], ["lufthansa", "previous episode of severe depression"],
           ["lufthansa", "information it has now passed to"], ["lufthansa", "internal research had turned up emails"],
           ["lufthansa", "medical documents that referred to the"], ["lufthansa", "later passed the medical checks"],
           ["lufthansa", "declined to comment further, citing the"], ["lufthansa", "full and unlimited support"],
           ["lufthansa", "set aside about $300 million"]],
"w18-08": [["dr-congo", "presidential election is to be held"], ["dr-congo", "pledging not to seek a third"],
           ["dr-congo", "bars any change to the constitution"], ["dr-congo", "prime minister drawn from the opposition"],
           ["dr-congo", "ensure an inclusive process involving all"]],
"w18-09": [["dr-congo", "elections together on Dec. 23, 2018"], ["dr-congo", "calendar was in line with the"],
           ["dr-congo", "cut the excessive cost of elections"], ["dr-congo", "to be announced on Dec. 30"],
           ["dr-congo", "final results on Jan. 9"], ["dr-congo", "sworn in on Jan. 12"],
           ["dr-congo", "would need 504 days after the"]],
"w18-10": [["sri-lanka", "mainly because a cabinet minister had"], ["sri-lanka", "the only option left to him"],
           ["sri-lanka", "informant had given investigators the name"], ["sri-lanka", "accused Wickremesinghe of arrogance"],
           ["sri-lanka", "acted within the constitution"], ["sri-lanka", "suspended parliament until Nov. 16"]],
"w18-11": [["sri-lanka", "already had the support of 113"], ["sri-lanka", "would not go back on the"],
           ["sri-lanka", "reconvening parliament on Nov. 14"], ["sri-lanka", "offered the premiership to other politicians"]],
"w18-12": [["sri-lanka", "dissolved parliament late on Friday"], ["sri-lanka", "called a snap general election"],
           ["sri-lanka", "dissolution would take effect at midnight"], ["sri-lanka", "new parliament would convene on Jan. 17"],
           ["sri-lanka", "establish the will of the people"], ["sri-lanka", "make way for a stable country"]],
"w18-13": [["sri-lanka", "would not make Ranil Wickremesinghe prime"], ["sri-lanka", "Not in my lifetime"],
           ["sri-lanka", "his former ally as highly corrupt"], ["sri-lanka", "economic policies were too liberal"],
           ["sri-lanka", "more than 100 open clashes"], ["sri-lanka", "set up a commission to investigate"],
           ["sri-lanka", "defended his attempt to dissolve parliament"], ["sri-lanka", "were not carried according to procedure"]],
"w18-14": [["dr-congo", "destroyed about 8,000 of the 10,368"], ["dr-congo", "would take place as scheduled"],
           ["dr-congo", "broke out at about 2 a.m."], ["dr-congo", "assessing the damage to see how"],
           ["dr-congo", "replacement machines were available"], ["dr-congo", "police guarding the site had been"]],
"w18-15": [["sri-lanka", "swore in Ranil Wickremesinghe as Sri"], ["sri-lanka", "resigned as prime minister, having failed"],
           ["sri-lanka", "restore normality and restart development projects"], ["sri-lanka", "a cabinet would be named shortly"],
           ["sri-lanka", "approved before Jan. 1"], ["sri-lanka", "agreed to the reappointment after a"]],
"w18-16": [["dr-congo", "by one week to Dec. 30"], ["dr-congo", "could not supply enough ballot papers"],
           ["dr-congo", "cannot organise general elections without"], ["dr-congo", "replacement voting machines would arrive"],
           ["dr-congo", "5 million new ballots had to"], ["dr-congo", "bothered the ruling camp"]],
"w18-17": [["dr-congo", "would not take place on Dec. 30"], ["dr-congo", "will vote in March 2019"],
           ["dr-congo", "vote on Sunday as planned"], ["dr-congo", "to be published on Jan. 6"],
           ["dr-congo", "final results on Jan. 15"], ["dr-congo", "take the oath of office on"]],
"w18-18": [["dr-congo", "Tshisekedi had received 7,051,013 votes"], ["dr-congo", "could not publish results on Sunday"],
           ["dr-congo", "fewer than half of the tally"]],
"w18-19": [["sudan", "will not extradite Omar al-Bashir"], ["sudan", "may be put on trial at home"],
           ["sudan", "will not deliver the president abroad"], ["sudan", "Bashir was in custody"],
           ["sudan", "had not been a coup"], ["sudan", "no ambition to hold on to"],
           ["sudan", "stay for at most two years"], ["sudan", "hand over within a month"]],
"w18-20": [["sudan", "denied on Monday that its forces"], ["sudan", "did not disperse the sit-in by"],
           ["sudan", "moved against a lawless area nearby"], ["sudan", "long-standing hotbed of crime"],
           ["sudan", "The tents were still standing"], ["sudan", "hoped talks with the protest movement"]],
"w18-21": [["sudan", "cancelling everything it had agreed with"], ["sudan", "ending negotiations with it"],
           ["sudan", "hold general elections within nine months"], ["sudan", "bore equal responsibility for dragging out"],
           ["sudan", "impose another totalitarian regime"], ["sudan", "regretted what had accompanied the clean-up"],
           ["sudan", "had gone beyond the plans"], ["sudan", "promised an investigation"],
           ["sudan", "caretaker government would be formed"]],
"w18-22": [["sudan", "decided to break up the protest"], ["sudan", "ordered the commanders to come up"],
           ["sudan", "They made a plan and implemented"], ["sudan", "regret that some mistakes happened"],
           ["sudan", "results of an investigation would be"], ["sudan", "would not allow any more protest"],
           ["sudan", "put the death toll on June"]],
"w18-23": [["sudan", "share power through a sovereign council"], ["sudan", "lead it for the first 21"],
           ["sudan", "government of technocrats"], ["sudan", "transparent, independent investigation into the"],
           ["sudan", "put off forming a legislative council"], ["sudan", "will not exclude anyone"]],
"w18-24": [["sudan", "had acted against orders"], ["sudan", "meant only to clear a nearby"],
           ["sudan", "disobeyed his instructions"], ["sudan", "charged with crimes against humanity"],
           ["sudan", "counted 87 people killed between"], ["sudan", "found no evidence of rape"],
           ["sudan", "reports quoting its spokesman as saying"]],
"w18-25": [["sudan", "must appear before it"], ["sudan", "they have to go there"],
           ["sudan", "four people wanted by the court"], ["sudan", "attending to the suffering of the"]],
"w18-26": [["tanzania", "eliminated from the country thanks to"], ["tanzania", "praised the congregation for not wearing"],
           ["tanzania", "has been eliminated by God"], ["tanzania", "lead a country that put God"],
           ["tanzania", "only four patients with the disease"], ["tanzania", "will not face a 14-day quarantine"]],
"w18-27": [["patanjali", "that it said could cure COVID-19"], ["patanjali", "produced 100 percent favourable results"],
           ["patanjali", "every patient recovering within seven days"], ["patanjali", "world's first ayurvedic medicine to cure"],
           ["patanjali", "trial was run with the National"], ["patanjali", "would cost 545 rupees"],
           ["patanjali", "communication gap had been filled"],
           ["india", "stop advertising the claims until"], ["india", "were not known to it"],
           ["india", "asked Patanjali for the names"], ["india", "asked the licensing authority in Uttarakhand"]],
"w18-28": [["patanjali", "never claimed the tablets cured the"], ["patanjali", "never said the medicine can cure"],
           ["patanjali", "used them in a clinical controlled"], ["patanjali", "speak of COVID management rather than"],
           ["patanjali", "would now be sold across the"],
           ["india", "could sell its herbal product Coronil"], ["india", "given permission to sell the formulation"],
           ["india", "no claim of a cure should"]],
"w18-29": [["india", "would not repeal three new farm"], ["india", "ready to go through them clause"],
           ["india", "discussions to be held clause-by-clause"], ["india", "written to him in support of"],
           ["india", "minimum support prices for crops will"], ["india", "will raise farmers' incomes"]],
"w18-30": [["india", "could not and would not repeal"], ["india", "offered no alternative to their demand"],
           ["india", "many groups around the country backed"], ["india", "consider any proposal other than a"]],
"w18-31": [["india", "on hold for up to a"], ["india", "set up a joint committee with"],
           ["india", "ready to put the farm laws"], ["india", "glad the unions were taking the"],
           ["india", "give the undertaking to the Supreme"], ["india", "again ruled out repealing the laws"],
           ["india", "offered to amend them"]],
"w18-32": [["astrazeneca", "deliver 9 million more doses"], ["astrazeneca", "bringing the total to 40 million"],
           ["astrazeneca", "start deliveries a week earlier"], ["astrazeneca", "cut first-quarter supplies by 60 percent"],
           ["astrazeneca", "to 31 million doses"], ["astrazeneca", "only to its best efforts"],
           ["astrazeneca", "reserved for Britain under an earlier"], ["astrazeneca", "would increase output in Europe"]],
"w18-33": [["tanzania", "no plans to receive COVID-19 vaccines"], ["tanzania", "warned officials against vaccines from abroad"],
           ["tanzania", "they could harm Tanzanians"], ["tanzania", "its own procedure on how to"],
           ["tanzania", "satisfied ourselves with the product"], ["tanzania", "use herbal steam inhalation"],
           ["tanzania", "found several local remedies safe"], ["tanzania", "against issuing unofficial health information"],
           ["tanzania", "God protected the country from"]],
"w18-34": [["patanjali", "the first evidence-based COVID-19 medicine"], ["patanjali", "received a Certificate of Pharmaceutical Product"],
           ["patanjali", "under the World Health Organization's certification"], ["patanjali", "CoPP and WHO GMP certified"],
           ["patanjali", "recognised Coronil as a medicine supporting"], ["patanjali", "recognised by the WHO as the"]],
"w18-35": [["patanjali", "issued by India's drug regulator"], ["patanjali", "not by the World Health Organization"],
           ["patanjali", "certificate of compliance with WHO manufacturing"], ["patanjali", "neither approves nor disapproves any drugs"]],
"w18-36": [["astrazeneca", "working to deliver the full 180"], ["astrazeneca", "raising productivity at its European plants"],
           ["astrazeneca", "drawing on its global supply chain"], ["astrazeneca", "deliver 180 million doses between April"],
           ["astrazeneca", "half of them would come from"]],
"w18-37": [["european-medicines-agency", "no indication that AstraZeneca's COVID-19 vaccine"],
           ["european-medicines-agency", "already reviewing all reports of thromboembolic"],
           ["european-medicines-agency", "no higher than in the general"],
           ["european-medicines-agency", "30 such cases had been reported"],
           ["european-medicines-agency", "benefits continue to outweigh its risks"],
           ["european-medicines-agency", "can go on being used"],
           ["european-medicines-agency", "clots are not listed among the"]],
"w18-38": [["tanzania", "was in good health and carrying"], ["tanzania", "told people to ignore reports"],
           ["tanzania", "your president is there, in good"], ["tanzania", "spoken to Magufuli by phone"],
           ["tanzania", "on other people's schedules rather"], ["tanzania", "was the product of hatred"]],
"w18-39": [["astrazeneca", "deliver only 30 million doses"], ["astrazeneca", "blaming export restrictions"],
           ["astrazeneca", "aimed to supply 100 million in"], ["astrazeneca", "were to have come from its"],
           ["astrazeneca", "probably affect those in the second"], ["astrazeneca", "no evidence of an increased risk"]],
"w18-40": [["tanzania", "died of heart disease at the"], ["tanzania", "died at about 6 p.m."],
           ["tanzania", "chronic atrial fibrillation for about ten"], ["tanzania", "admitted to the Jakaya Kikwete Cardiac"],
           ["tanzania", "taken to Mzena on March 14"], ["tanzania", "14 days of national mourning"],
           ["tanzania", "not to listen to rumours from"], ["tanzania", "normal for a person to be"],
           ["tanzania", "arrested several people in recent days"]],
"w18-41": [["astrazeneca", "79 percent effective at preventing symptomatic"], ["astrazeneca", "completely prevented severe disease"],
           ["astrazeneca", "efficacy of 80 percent in people"], ["astrazeneca", "no increased risk of blood clots"],
           ["astrazeneca", "file for U.S. emergency use"]],
"w18-42": [["astrazeneca", "76 percent effective against symptomatic illness"], ["astrazeneca", "remained 100 percent effective against severe"],
           ["astrazeneca", "85 percent effective in people aged"], ["astrazeneca", "consistent with its earlier interim analysis"],
           ["astrazeneca", "present them to regulators"], ["astrazeneca", "came from a prespecified interim analysis"]],
"w18-43": [["european-medicines-agency", "should be listed as very rare"],
           ["european-medicines-agency", "benefits still outweighed the risks"],
           ["european-medicines-agency", "found a possible link after reviewing"],
           ["european-medicines-agency", "identified no specific risk factors"],
           ["european-medicines-agency", "combination was very rare"],
           ["european-medicines-agency", "One plausible explanation was an"],
           ["european-medicines-agency", "asked for new studies"]],
"w18-44": [["tanzania", "received a Johnson & Johnson COVID-19"], ["tanzania", "would not put myself in danger"],
           ["tanzania", "the vaccine was safe and effective"], ["tanzania", "received 1,058,400 doses donated by"],
           ["tanzania", "will be voluntary and free"], ["tanzania", "could not isolate itself like an"],
           ["tanzania", "third wave had already reached the"], ["tanzania", "there was nothing to hide"],
           ["tanzania", "176 new cases and 29 deaths"]],
"w18-45": [["india", "would withdraw three agricultural laws"], ["india", "decided to repeal the three farm"],
           ["india", "completed in the session of parliament"], ["india", "some shortcoming in the government's efforts"],
           ["india", "failed to convince some farmers"], ["india", "meant to help small farmers"],
           ["india", "had been for farmers"], ["india", "committee would be set up"]],
"w18-46": [["senegal", "would not stand in the presidential"], ["senegal", "believed the constitution allowed him"],
           ["senegal", "is not to be a candidate"], ["senegal", "was his second and last"],
           ["senegal", "take all necessary measures"], ["senegal", "organise the Feb. 25 election properly"]],
"w18-47": [["senegal", "postponed Senegal's Feb. 25 presidential election"], ["senegal", "repealed the decree calling voters"],
           ["senegal", "risked undermining the credibility of the"], ["senegal", "open a national dialogue"],
           ["senegal", "decision not to run remained unchanged"]],
"w18-48": [["senegal", "presidential election on Dec. 15"], ["senegal", "in office until his successor takes"],
           ["senegal", "passed with 105 votes in favour"], ["senegal", "He has kept his word"],
           ["senegal", "cut mobile internet access"], ["senegal", "hateful and subversive messages"]],
"w18-49": [["senegal", "his term would end on April"], ["senegal", "never thought of staying beyond it"],
           ["senegal", "unlikely a new president would be"], ["senegal", "would not set a date before"],
           ["senegal", "will be the end of my"], ["senegal", "sign a decree straight away"],
           ["senegal", "refer the matter to the Constitutional"], ["senegal", "ready to consider an amnesty"],
           ["senegal", "fully carry out the ruling"]],
"w18-50": [["senegal", "hold its presidential election on March"], ["senegal", "setting of the date of the"],
           ["senegal", "dissolved the government and replaced"], ["senegal", "concentrate on his campaign"],
           ["senegal", "passed an amnesty for offences"]],
}

OPTIONAL = {
"w18-06": [["lufthansa", "saw no reason to change the"]],
"w18-07": [["lufthansa", "co-pilot was fully fit and that"]],
"w18-08": [["dr-congo", "said a vote could not be"]],
"w18-11": [["sri-lanka", "The house had been suspended"]],
"w18-12": [["sri-lanka", "still several votes short of the"]],
"w18-25": [["sudan", "refused to send him abroad"]],
"w18-28": [["india", "mentioned only an immunity booster and"]],
"w18-34": [["india", "barred Patanjali from advertising Coronil"]],
"w18-36": [["astrazeneca", "cut its first-quarter deliveries to"]],
"w18-42": [["astrazeneca", "79 percent it announced on Monday"]],
"w18-43": [["european-medicines-agency", "could not rule out a link"],
           ["european-medicines-agency", "not associated with a higher overall"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["w18-05", "w18-06", "lufthansa", "stance-reversal: the chief executive saw no need to change the group's cockpit procedures and called the crash an isolated case, though the question would be looked at; the next day every airline in the group is to require two authorised people in the cockpit at all times"],
["w18-48", "w18-49", "senegal", "stance-reversal: the law passed with the president's coalition keeps Sall in office until his successor takes over, with a vote on Dec. 15; two and a half weeks later Sall says April 2 will be the end of his term and that he never thought of staying beyond it"],
# commitments reversed in other words
["w18-14", "w18-16", "dr-congo", "commitment-reversed: after the warehouse fire the commission said the vote would take place as scheduled on Dec. 23; a week later it puts the elections back to Dec. 30"],
["w18-11", "w18-12", "sri-lanka", "commitment-reversed: the president issued a notice reconvening parliament on Nov. 14, where his prime minister was to face a test of his majority; four days later he dissolves parliament and calls a snap election"],
["w18-13", "w18-15", "sri-lanka", "commitment-reversed: the president said he would not make Wickremesinghe prime minister again even with a majority, 'not in my lifetime'; three weeks later he swears him in"],
["w18-21", "w18-23", "sudan", "commitment-reversed: the council cancelled everything agreed with the opposition alliance, ended negotiations and promised elections within nine months; a month later it agrees with the same alliance to share power for a little over three years"],
["w18-19", "w18-25", "sudan", "commitment-reversed: the military council said it would not deliver Bashir abroad and that he might be tried at home; ten months later the Sovereign Council agrees that he and the others indicted by the ICC must appear before it"],
["w18-30", "w18-45", "india", "commitment-reversed: the government told the unions it could not and would not repeal the farm laws and would consider anything but repeal; ten months later the prime minister announces that the three laws will be repealed"],
["w18-46", "w18-47", "senegal", "commitment-reversed: the president told the government to take all necessary measures to organise the Feb. 25 election properly; seven months later he repeals the decree calling voters and postpones the election with no new date"],
# denials then action or admission
["w18-20", "w18-22", "sudan", "denial-then-action: the council's spokesman said its forces did not disperse the sit-in by force and had moved against a lawless area nearby; ten days later the same spokesman says the council decided to break up the sit-in and ordered the commanders to plan it"],
["w18-33", "w18-44", "tanzania", "denial-then-action: the health ministry had no plans to receive COVID-19 vaccines and would accept medicines only once satisfied with them; six months later the president is vaccinated on television after the country receives 1,058,400 donated doses"],
# reports denied, then borne out
["w18-38", "w18-40", "tanzania", "report-denied: the prime minister told people to ignore reports that the president was ill, saying he was in good health and working; five days later the vice president announces he has died of heart disease, after being admitted to a cardiac institute on March 6"],
["w18-36", "w18-39", "astrazeneca", "report-denied: after a report that it would supply fewer than half of the second-quarter doses, the company said it was working to deliver the full 180 million; three weeks later it aims for 100 million in the first half, 30 million of them in the first quarter"],
# claims negated
["w18-01", "w18-02", "tesco", "claim-negated: the company said first-half trading profit should come in at about 1.1 billion pounds; three weeks later it says that guidance was overstated by about 250 million pounds"],
["w18-05", "w18-07", "lufthansa", "claim-negated: the chief executive said the airline was at a loss to explain the co-pilot's act and that confidentiality kept him from giving the reason for the break in training; five days later the company says its flight school was told in 2009 of a previous episode of severe depression"],
["w18-26", "w18-44", "tanzania", "claim-negated: the president said the coronavirus had been eliminated from the country by God; a year later his successor says a third wave has reached the country and the ministry reports 29 deaths in a day"],
["w18-27", "w18-28", "patanjali", "claim-negated: the company launched Coronil as the world's first ayurvedic medicine to cure COVID-19; a week later its managing director says it never said the medicine can cure or control the disease"],
["w18-34", "w18-35", "patanjali", "claim-negated: the company said Coronil was certified under the WHO's scheme and an executive wrote that it had been recognised by the WHO; three days later the managing director says the certificate came from India's regulator and the WHO neither approves nor disapproves any drugs"],
["w18-37", "w18-43", "european-medicines-agency", "claim-negated: the agency said there was no indication that the vaccine had caused the reported clots, which were not listed as side effects; four weeks later it concludes that unusual clots with low platelets should be listed as very rare side effects"],
# number mismatches
["w18-01", "w18-04", "tesco", "number-mismatch: full-year group trading profit was expected at 2.4 billion to 2.5 billion pounds; in December the company says it will not exceed 1.4 billion"],
["w18-32", "w18-39", "astrazeneca", "number-mismatch: the company was to deliver 40 million doses to the EU in the first quarter; six weeks later it will deliver only 30 million"],
["w18-41", "w18-42", "astrazeneca", "number-mismatch: the U.S. trial showed 79 percent efficacy against symptomatic disease and 80 percent in people over 65; three days later the figures are 76 and 85 percent"],
# dates moved
["w18-08", "w18-09", "dr-congo", "date-mismatch: under the accord signed by the ruling majority a presidential election was to be held by the end of 2017; ten months later the electoral commission sets it for Dec. 23, 2018"],
["w18-17", "w18-18", "dr-congo", "date-mismatch: provisional presidential results were to be published on Jan. 6; the commission could not publish them that day and announced them on Jan. 10"],
["w18-46", "w18-48", "senegal", "date-mismatch: the government was to organise the presidential election on Feb. 25, 2024; the National Assembly sets it for Dec. 15, 2024"],
]

AMBIGUOUS = [
["w18-01", "w18-03"],  # about 1.1 billion pounds of trading profit expected, then first-half pre-tax profit of 112 million: different measures, and the overstatement carried by w18-01/w18-02
["w18-02", "w18-03"],  # an overstatement of about 250 million pounds, then 263 million, of which only 118 million falls in the first half
["w18-09", "w18-16"],  # Dec. 23, 2018 in the calendar, then Dec. 30: carried by w18-14/w18-16
["w18-09", "w18-17"],  # provisional results on Dec. 30 and swearing-in on Jan. 12, then Jan. 6 and Jan. 18, after the vote itself was moved
["w18-10", "w18-11"],  # parliament suspended until Nov. 16, then reconvened on Nov. 14: a date brought forward
["w18-10", "w18-12"],  # suspended until Nov. 16, then dissolved: carried by w18-11/w18-12
["w18-10", "w18-15"],  # Rajapaksa appointed as the only option, then resigned for want of a majority and Wickremesinghe reinstated
["w18-21", "w18-22"],  # violence that went beyond the plans of a clean-up, then a plan to disperse the sit-in itself
["w18-22", "w18-24"],  # the council decided to disperse the sit-in, then its inquiry finds the forces defied orders to clear only a nearby area
["w18-27", "w18-34"],  # a cure for COVID-19, then a medicine supporting COVID-19 treatment
["w18-28", "w18-34"],  # never claimed a cure, sold as an immunity booster, then the first evidence-based COVID-19 medicine
["w18-29", "w18-45"],  # the laws would not be repealed, only amended, then repealed: carried by w18-30/w18-45
["w18-31", "w18-45"],  # laws put on hold with repeal again ruled out, then repealed
["w18-47", "w18-50"],  # postponed with no new date, then March 24
["w18-48", "w18-50"],  # Dec. 15, annulled by the court, then March 24
["w18-49", "w18-50"],  # no date before the dialogue and a new president unlikely by April 2, then a vote on March 24
]

TRAPS = [
["w18-02", "w18-04", "an undecided matter, then decided: the company was still working out what the overstatement meant for the full year, then says trading profit will not exceed 1.4 billion pounds"],
["w18-08", "w18-18", "a stated commitment kept: Kabila pledged not to seek a third term, and he did not run"],
["w18-16", "w18-17", "different scopes: the country votes on Dec. 30, and three areas are put off to March"],
["w18-12", "w18-13", "a consistent restatement: parliament dissolved, then the dissolution defended as within the president's powers"],
["w18-11", "w18-13", "a consistent restatement: the president will not go back on his step, then will not make Wickremesinghe prime minister again"],
["w18-20", "w18-24", "a consistent restatement: forces moved against the Colombia area near the sit-in, and the inquiry says the approved operation was meant only to clear that area"],
["w18-19", "w18-21", "a bound respected: the council would stay at most two years, then elections within nine months"],
["w18-26", "w18-33", "a consistent restatement: the virus eliminated by God, then God protected the country and no plans for vaccines"],
["w18-29", "w18-30", "a consistent restatement: the laws will not be repealed, only amended, then any proposal other than repeal will be considered"],
["w18-30", "w18-31", "an offer that is not a reversal: no repeal, then the laws put on hold for up to 18 months while repeal is again ruled out"],
["w18-32", "w18-36", "different periods: 40 million doses in the first quarter, and 180 million in the second"],
["w18-37", "w18-39", "two actors agreeing: the regulator sees no indication of a link, and the company finds no evidence of increased risk"],
["w18-39", "w18-43", "one actor differing from another: the company finds no evidence of increased risk, and the regulator lists very rare clots as side effects"],
["w18-46", "w18-49", "a stated commitment kept: Sall will not be a candidate and his 2019 term is his last, then his term ends on April 2"],
["w18-47", "w18-48", "an undecided matter, then decided: the election postponed with no new date, then set for Dec. 15"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
