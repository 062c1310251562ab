#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-23, then checks them.

Every document retells a real, dated public event in its own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "freeport-mcmoran", "name": "Freeport-McMoRan Inc.",
     "aliases": ["Freeport-McMoRan", "Freeport", "PT Freeport Indonesia", "Freeport Indonesia", "Freeport's unit"],
     "speakers": [
         {"name": "Richard Adkerson", "role": "President and Chief Executive Officer", "from": "2003-12-01", "to": "2024-06-11"}]},
    {"type": "actor", "id": "indonesia", "name": "Indonesia",
     "aliases": ["Indonesian government", "Jakarta", "Energy and Mineral Resources Ministry", "energy ministry",
                 "finance ministry", "Indonesian officials", "Inalum", "state mining holding company"],
     "speakers": [
         {"name": "Joko Widodo", "role": "President", "from": "2014-10-20", "to": "2024-10-20"},
         {"name": "Ignasius Jonan", "role": "Minister of Energy and Mineral Resources", "from": "2016-10-14", "to": "2019-10-23"},
         {"name": "Sri Mulyani Indrawati", "role": "Minister of Finance", "from": "2016-07-27", "to": "2025-09-08"},
         {"name": "Rini Soemarno", "role": "Minister of State-Owned Enterprises", "from": "2014-10-27", "to": "2019-10-23"}]},
    {"type": "actor", "id": "ablv-bank", "name": "ABLV Bank",
     "aliases": ["ABLV", "ABLV Bank AS", "the Latvian lender"],
     "speakers": [
         {"name": "Ernests Bernis", "role": "Chief Executive Officer", "from": "2010-01-01", "to": "2018-12-31"}]},
    {"type": "actor", "id": "ecuador", "name": "Ecuador",
     "aliases": ["Ecuadorian government", "Quito", "Ecuador's government", "Government Ministry", "presidency of Ecuador"],
     "speakers": [
         {"name": "Lenin Moreno", "role": "President", "from": "2017-05-24", "to": "2021-05-24"},
         {"name": "Maria Paula Romo", "role": "Minister of Government", "from": "2018-12-01", "to": "2020-11-24"}]},
    {"type": "actor", "id": "somalia", "name": "Somalia",
     "aliases": ["Somali government", "Federal Government of Somalia", "federal government", "Mogadishu", "Villa Somalia",
                 "House of the People", "lower house", "Somali foreign ministry", "Somali lawmakers"],
     "speakers": [
         {"name": "Mohamed Abdullahi Mohamed", "role": "President", "from": "2017-02-16", "to": "2022-05-23"},
         {"name": "Mohamed Hussein Roble", "role": "Prime Minister", "from": "2020-09-23", "to": "2022-06-25"}]},
    {"type": "actor", "id": "samoa", "name": "Samoa",
     "aliases": ["Samoan government", "Government of Samoa", "Apia", "caretaker government",
                 "O le Ao o le Malo", "attorney general's office"],
     "speakers": [
         {"name": "Tuimalealiifano Va'aletoa Sualauvi II", "role": "Head of State (O le Ao o le Malo)", "from": "2017-07-21", "to": ONGOING},
         {"name": "Tuilaepa Sailele Malielegaoi", "role": "Prime Minister (caretaker after the April 2021 election)", "from": "1998-11-23", "to": "2021-07-27"}]},
    {"type": "actor", "id": "novavax", "name": "Novavax Inc.",
     "aliases": ["Novavax", "Novavax Inc"],
     "speakers": [
         {"name": "Stanley Erck", "role": "President and Chief Executive Officer", "from": "2011-04-01", "to": "2023-01-03"}]},
    {"type": "actor", "id": "wta", "name": "Women's Tennis Association",
     "aliases": ["WTA", "WTA Tour", "the tour"],
     "speakers": [
         {"name": "Steve Simon", "role": "Chairman and Chief Executive Officer", "from": "2015-10-07", "to": "2024-07-01"}]},
    {"type": "actor", "id": "pga-tour", "name": "PGA Tour",
     "aliases": ["PGA TOUR", "the tour", "PGA Tour Enterprises", "PGA Tour officials"],
     "speakers": [
         {"name": "Jay Monahan", "role": "Commissioner", "from": "2017-01-01", "to": ONGOING},
         {"name": "Ron Price", "role": "Chief Operating Officer", "from": "2017-01-01", "to": ONGOING},
         {"name": "Jimmy Dunne", "role": "Member of the Policy Board", "from": "2020-01-01", "to": "2025-01-10"}]},
    {"type": "actor", "id": "uzbekistan", "name": "Uzbekistan",
     "aliases": ["Uzbek government", "Tashkent", "Uzbek authorities", "National Guard", "presidential press service",
                 "constitutional commission", "Central Election Commission"],
     "speakers": [
         {"name": "Shavkat Mirziyoyev", "role": "President", "from": "2016-12-14", "to": ONGOING}]},
    {"type": "actor", "id": "georgia", "name": "Georgia",
     "aliases": ["Georgian government", "Tbilisi", "Georgian Dream", "ruling party", "parliamentary majority",
                 "Georgia's parliament"],
     "speakers": [
         {"name": "Irakli Garibashvili", "role": "Prime Minister", "from": "2021-02-22", "to": "2024-02-08"},
         {"name": "Irakli Kobakhidze", "role": "Chairman, Georgian Dream", "from": "2021-01-11", "to": "2024-02-08"},
         {"name": "Irakli Kobakhidze", "role": "Prime Minister", "from": "2024-02-08", "to": ONGOING},
         {"name": "Mamuka Mdinaradze", "role": "Leader of the parliamentary majority", "from": "2021-01-01", "to": "2025-02-01"}]},
    {"type": "actor", "id": "european-union", "name": "European Union",
     "aliases": ["EU", "European Commission", "Brussels", "European Council", "EU leaders", "the bloc"],
     "speakers": [
         {"name": "Josep Borrell", "role": "High Representative for Foreign Affairs and Security Policy", "from": "2019-12-01", "to": "2024-11-30"},
         {"name": "Charles Michel", "role": "President of the European Council", "from": "2019-12-01", "to": "2024-11-30"},
         {"name": "Ursula von der Leyen", "role": "President of the European Commission", "from": "2019-12-01", "to": ONGOING}]},
]

OUTLETS = {
    "Larchmere Wire": "larchmere-wire.example",
    "Copperdale Dispatch": "copperdale-dispatch.example",
    "Hollinsby News Agency": "hollinsby-news.example",
    "Granthorpe Ledger": "granthorpe-ledger.example",
    "Pellbrook Financial Report": "pellbrook-financial.example",
    "Eastmarch Press Service": "eastmarch-press.example",
    "Willowgate Courier": "willowgate-courier.example",
    "Harrowfell Newswire": "harrowfell-newswire.example",
    "Saltcote Herald": "saltcote-herald.example",
    "Ferncastle Sports Wire": "ferncastle-sports.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- Freeport and Grasberg, 2017 (1-3)
("x23-01", "Larchmere Wire", "2017-02-20T09:30:00Z", "Freeport rejects Indonesia's new mining licence, starts clock on arbitration", [
"Freeport-McMoRan Inc. said on Monday it could not accept the Indonesian government's demand that it give up its contract of work for the Grasberg copper and gold mine in exchange for a special mining licence, and that it had given Jakarta 120 days to resolve the dispute before it goes to international arbitration.",
"Chief executive Richard Adkerson told a news conference in Jakarta that the 1991 contract, which runs to 2021 with the right to two 10-year extensions, fixed the company's tax and legal terms, while the new licence would leave them open to change at any time. Freeport would not give up the rights in its contract, he said, and would not accept a requirement to sell down to 51 percent Indonesian ownership, which would cost it control of the mine. Concentrate exports have been halted since January, when new rules tied export permits to the switch, and Adkerson said Freeport was cutting spending and would reduce its workforce in Papua.",
"Energy and Mineral Resources Minister Ignasius Jonan said the government would not bend its rules for one company, and that arbitration was Freeport's right, though he hoped it could be avoided. Officials said any miner wanting to export concentrate would need the new licence and a commitment to build a smelter.",
]),
("x23-02", "Pellbrook Financial Report", "2017-08-29T11:00:00Z", "Freeport agrees to hand majority of Grasberg to Indonesia in return for extension to 2041", [
"Freeport-McMoRan agreed on Tuesday to reduce its holding in its Indonesian unit so that Indonesian owners hold 51 percent, to build a copper smelter within five years and to operate under a special mining licence instead of its contract of work, ending a seven-month standoff that had halted exports and raised the prospect of arbitration.",
"In return, the government will let the Grasberg operation run until 2041 through two 10-year extensions and will guarantee the company's fiscal terms for that period, Energy and Mineral Resources Minister Ignasius Jonan told a news conference alongside Freeport chief executive Richard Adkerson. Jonan said the state would receive more revenue under the new arrangement than under the old contract.",
"Adkerson said the agreement gave Freeport the long-term certainty it needed to invest in the underground expansion of the mine, and that the company had accepted the divestment as part of a package. The price and timing of the share sale are still to be negotiated. Freeport said it expected to go on running the mine after the sale.",
]),
("x23-03", "Larchmere Wire", "2017-09-29T10:00:00Z", "Freeport objects to Indonesia's terms for Grasberg share sale", [
"Freeport-McMoRan has told the Indonesian government that it does not agree with the government's proposal for how the company should sell a majority of its local unit, according to a letter from chief executive Richard Adkerson to the finance ministry that was reported on Friday.",
"In the letter, Adkerson said the shares had to be valued on the basis of the mine's operations through 2041, not 2021, and that the sale must not leave Freeport without control of the operation and its management. He said the company wanted to keep negotiating toward a final agreement.",
"Indonesian officials said the government stood by the agreement reached in August and that the 51 percent divestment was not in question. The finance ministry said talks on the price and the mechanism of the sale would continue, and that differences over valuation were to be expected in a negotiation of this size. Freeport-McMoRan owns a little over 90 percent of PT Freeport Indonesia, and the government holds the rest.",
]),
# ---------------------------------------------------------------- ABLV Bank, February 2018 (1-4)
("x23-04", "Granthorpe Ledger", "2018-02-14T15:00:00Z", "Latvia's ABLV rejects U.S. money laundering accusation, says business as usual", [
"ABLV Bank, Latvia's third-largest lender by assets, on Wednesday rejected an accusation by the U.S. Treasury that it had made money laundering a central part of its business, and said it was operating normally.",
"The Treasury's Financial Crimes Enforcement Network on Tuesday proposed cutting ABLV off from the U.S. financial system, saying its management had allowed the bank and its staff to organise and take part in money laundering, including transactions for clients linked to North Korea's weapons procurement. ABLV said it disagreed completely with the findings, that it had strengthened its controls substantially in recent years and that it had no business with North Korean customers.",
"Clients could use their accounts as usual, the bank said, adding that it had ample liquidity to meet any withdrawals. Latvia's Financial and Capital Market Commission said it was examining the allegations. Most of ABLV's deposits come from customers outside Latvia, many of them in Russia and other former Soviet republics.",
]),
("x23-05", "Granthorpe Ledger", "2018-02-19T19:00:00Z", "ECB orders payment freeze at ABLV after run on deposits", [
"Payments by ABLV Bank were frozen on Monday at the instruction of the European Central Bank, after customers withdrew hundreds of millions of euros in the days since the U.S. Treasury accused the Latvian lender of money laundering.",
"The moratorium, imposed by Latvia's Financial and Capital Market Commission at the central bank's instruction, bars ABLV from paying out deposits until it can show that it can meet its obligations. ABLV said it was working to restore its liquidity, that its assets were more than enough to cover every deposit, and that it expected to resume normal operations soon. Chief executive Ernests Bernis said the bank was solvent and would continue its business.",
"The freeze came as Latvia's anti-corruption bureau questioned Ilmars Rimsevics, the governor of the Bank of Latvia and a member of the ECB's Governing Council, who was detained on Saturday. Rimsevics, released on Monday, denies any wrongdoing.",
]),
("x23-06", "Pellbrook Financial Report", "2018-02-24T11:00:00Z", "ECB says ABLV is failing; EU resolution board leaves it to be wound up in Latvia", [
"The European Central Bank said late on Friday that ABLV Bank and its Luxembourg subsidiary were failing or likely to fail, and the EU's Single Resolution Board decided that a rescue was not in the public interest, leaving the Latvian lender to be wound up under national law.",
"The ECB said the bank's worsening liquidity meant it was likely to be unable to pay its debts as they fell due. ABLV said it disagreed with the assessment and that it had sufficient assets to pay all depositors and creditors in full. The bank said it was considering its options and would announce its next steps after consulting its shareholders.",
"Deposits of up to 100,000 euros per customer are covered by Latvia's deposit guarantee fund. Finance Minister Dana Reizniece-Ozola said no state money would be used to keep the bank afloat.",
]),
("x23-07", "Granthorpe Ledger", "2018-02-26T17:00:00Z", "ABLV shareholders vote to wind down Latvian bank", [
"Shareholders of ABLV Bank voted on Monday to liquidate the bank voluntarily, saying an orderly wind-down under the regulator's supervision was the best way to repay depositors after the European Central Bank declared it failing.",
"Chief executive Ernests Bernis said the bank had enough assets to repay all depositors and creditors in full, and that it would stop taking on new business and sell its assets in an orderly way. A week ago the bank said it expected to resume normal operations soon.",
"ABLV still rejects the U.S. Treasury's allegations, the bank said, and will go on contesting them. Latvia's Financial and Capital Market Commission must approve the liquidation plan, and the process is expected to take several years. The bank, founded in 1993 as Aizkraukles Banka, built its business on serving customers from outside Latvia.",
]),
# ---------------------------------------------------------------- Freeport and Grasberg, 2018 (4-5)
("x23-08", "Pellbrook Financial Report", "2018-07-12T12:00:00Z", "Indonesia to pay $3.85 billion for majority of Grasberg mine", [
"Indonesia's state mining holding company Inalum will pay $3.85 billion to raise the state's stake in PT Freeport Indonesia to 51 percent, under a preliminary agreement signed in Jakarta on Thursday with Freeport-McMoRan and Rio Tinto, the government said.",
"Of the total, $3.5 billion will go to Rio Tinto for its 40 percent participating interest in Grasberg, which will be converted into shares, and $350 million to Freeport for its stake in a holding company that owns part of the Indonesian unit. Finance Minister Sri Mulyani Indrawati and State-Owned Enterprises Minister Rini Soemarno attended the signing, and officials said they expected the deal to be completed before the end of the year.",
"Freeport chief executive Richard Adkerson said the company would remain the operator of the mine and called the agreement a major step, but said issues including the special licence, the smelter and the stability of fiscal terms were still being settled. A final agreement depends on those issues, the company said.",
]),
("x23-09", "Larchmere Wire", "2018-12-21T11:00:00Z", "Indonesia takes control of Grasberg as $3.85 billion purchase closes", [
"Indonesia completed its purchase of a majority of the Grasberg copper and gold mine on Friday, with Inalum paying $3.85 billion to lift the state's holding in PT Freeport Indonesia to just over 51 percent.",
"President Joko Widodo called it a historic moment, saying the mine, which Freeport has operated for decades in Papua, was now majority-owned by Indonesians. The energy ministry issued Freeport's unit a special mining licence valid until 2041, including the two extensions, and said the company must finish building a smelter within five years.",
"Freeport-McMoRan said the transaction gave it the certainty to invest in the underground mine through 2041 and that it would continue to run operations. Chief executive Richard Adkerson said the company and the government had worked through difficult issues to reach a fair outcome.",
]),
# ---------------------------------------------------------------- Ecuador's fuel subsidies, October 2019 (1-5)
("x23-10", "Harrowfell Newswire", "2019-10-02T03:30:00Z", "Ecuador's Moreno ends fuel subsidies in IMF-backed package", [
"Ecuador's President Lenin Moreno announced on Tuesday night that the government would end subsidies that have kept gasoline and diesel cheap for four decades, as part of a package of economic measures tied to a $4.2 billion loan agreement with the International Monetary Fund.",
"Under a decree that takes effect on Thursday, the price of diesel will more than double and regular gasoline will cost about 30 percent more. In a televised address, Moreno said the subsidies cost the state about $1.3 billion a year, benefited smugglers and the well-off more than the poor, and could no longer be sustained. Fuel prices would now follow international markets, he said.",
"The package also cuts holidays for public employees to 15 days from 30 and asks them to contribute a day's pay each month, while lowering some import tariffs. Transport unions said they would strike, and indigenous groups called the measures an attack on the poor.",
]),
("x23-11", "Harrowfell Newswire", "2019-10-04T03:00:00Z", "Moreno declares state of emergency as fuel strike halts Ecuador, rules out reversal", [
"President Lenin Moreno declared a 60-day state of emergency on Thursday as bus and taxi drivers stopped work and protesters blocked roads across Ecuador over the end of fuel subsidies, and said he would not reverse the decision.",
"Speaking to reporters, Moreno said the decree would stay, that he would not negotiate it away under pressure from those who sought chaos, and that the emergency would let the armed forces help the police keep order and guarantee supplies. Government Minister Maria Paula Romo said people had been detained in several cities and that police officers had been injured.",
"The new prices took effect at petrol stations on Thursday as planned. The CONAIE indigenous federation said it would join the protests, and schools in several provinces were closed.",
]),
("x23-12", "Eastmarch Press Service", "2019-10-08T04:30:00Z", "Moreno moves government to Guayaquil, accuses Correa of coup attempt", [
"President Lenin Moreno said on Monday night that he had moved the seat of government from Quito to the port city of Guayaquil as thousands of indigenous protesters marched on the capital, and accused his predecessor Rafael Correa and Venezuela's Nicolas Maduro of trying to overthrow him.",
"In a televised address, flanked by the vice president and the military high command, Moreno said he was open to dialogue with indigenous leaders but that the decree ending fuel subsidies would not be withdrawn. He said he would not step down and that the protests had been infiltrated by people seeking to destabilise the country.",
"The Constitutional Court has upheld the state of emergency but limited it to 30 days rather than the 60 the government had declared. Correa, who lives in Belgium, denied the accusation and called for early elections.",
]),
("x23-13", "Harrowfell Newswire", "2019-10-13T02:30:00Z", "Moreno orders curfew in Quito, says he will review fuel decree", [
"President Lenin Moreno ordered a curfew and placed Quito and its surroundings under military control on Saturday after protesters set fire to the comptroller's office, and for the first time said he was willing to revise the decree that ended fuel subsidies.",
"In a message to the country, Moreno said he had agreed to review decree 883 so that its resources would reach the people who most needed them, and that government representatives would meet indigenous leaders on Sunday. The talks will be mediated by the United Nations and the Catholic Church.",
"The ombudsman's office said several people had died in ten days of unrest and hundreds had been injured. The CONAIE federation, which had refused earlier offers of talks, said it would attend. Thousands of indigenous protesters have been camped in Quito's El Arbolito park.",
]),
("x23-14", "Eastmarch Press Service", "2019-10-14T04:00:00Z", "Ecuador withdraws fuel decree in deal with indigenous leaders", [
"President Lenin Moreno agreed on Sunday night to withdraw the decree that ended fuel subsidies, in a deal with indigenous leaders that ended 11 days of protests. Fuel prices will go back to their previous levels while a new decree is drafted.",
"The agreement was reached in talks broadcast live on television and mediated by the United Nations and the Catholic Church. Under it, the government and indigenous representatives will write a new decree together, with mechanisms to make sure that subsidies go to those who need them and not to smugglers. CONAIE president Jaime Vargas said the protests would end.",
"The ombudsman's office said seven people had died and more than 1,300 had been injured during the unrest, and that more than 1,100 people had been detained. Residents of Quito began clearing barricades from the streets within hours of the announcement.",
]),
# ---------------------------------------------------------------- Somalia's election crisis, 2021 (1)
("x23-15", "Saltcote Herald", "2021-02-09T13:00:00Z", "Somali president's term ends with no election; opposition withdraws recognition", [
"President Mohamed Abdullahi Mohamed's four-year term expired on Monday with no agreement on how to choose his successor, and a coalition of opposition presidential candidates said it no longer recognised him as the country's leader.",
"Talks in Dhusamareb between the federal government and the leaders of Somalia's member states collapsed at the weekend over the make-up of the electoral committees and control of the vote in the Gedo region. Prime Minister Mohamed Hussein Roble said the government remained committed to the agreement of Sept. 17, under which clan delegates would choose members of parliament who would then elect the president, and that he would keep working to hold the vote as soon as possible.",
"The opposition council, which includes two former presidents, called for a transitional arrangement to lead the country to elections. Government officials said state institutions would continue to function until a new president was chosen. The United Nations urged all sides to return to talks.",
]),
# ---------------------------------------------------------------- Novavax, 2021 (1)
("x23-16", "Pellbrook Financial Report", "2021-03-12T13:00:00Z", "Novavax vaccine 96% effective against original virus in final UK analysis", [
"Novavax Inc said on Thursday that its COVID-19 vaccine was 96.4 percent effective against the original version of the coronavirus in the final analysis of its British trial, and 86.3 percent effective against the more contagious variant first found in England. Across the whole trial, efficacy was 89.7 percent.",
"In a smaller trial in South Africa, where most cases were caused by the variant first identified there, the vaccine was 55.4 percent effective among volunteers who did not have HIV. No one who received the vaccine in the British trial developed severe disease, the company said.",
"Chief executive Stanley Erck said the company expected to begin filing for authorisation in the second quarter, starting with Britain's regulator, and was still waiting for the results of its larger trial in the United States and Mexico. Novavax has said it will be able to make up to 2 billion doses a year with its partners, including the Serum Institute of India.",
]),
# ---------------------------------------------------------------- Somalia's election crisis, 2021 (2-5)
("x23-17", "Saltcote Herald", "2021-04-13T16:00:00Z", "Somalia's president signs law extending his term by two years", [
"President Mohamed Abdullahi Mohamed signed into law on Tuesday a measure extending his mandate and that of parliament by two years, a day after the lower house approved it by 149 votes to 3.",
"The law sets aside the indirect election agreed on Sept. 17 in favour of a one-person, one-vote election to be held within two years. In a televised statement, the president said the law gave Somalis the right to choose their own leaders directly for the first time in half a century, and that the country would not go back to a system in which clan elders picked its lawmakers.",
"The leadership of the upper house called the vote unconstitutional, and opposition leaders described it as a power grab. Diplomats said the move risked splitting the security forces along clan lines.",
]),
("x23-18", "Hollinsby News Agency", "2021-04-15T11:00:00Z", "Somalia rejects Western criticism of term extension", [
"Somalia's federal government on Wednesday rejected criticism from the United States and other partners of the law extending the president's term, saying the decision belonged to the country's parliament and was a sovereign matter.",
"U.S. Secretary of State Antony Blinken said on Tuesday that Washington was deeply disappointed, would consider all the tools available, including sanctions and visa restrictions, and would re-evaluate its relations with the federal government. In a statement, the Somali foreign ministry said it regarded such threats as interference in the country's internal affairs, that it would not yield to outside pressure, and that Somalia's elected parliament had the final word on how its leaders were chosen.",
"The African Union and the United Nations urged the government and the opposition to return to talks. Opposition leaders said they would not recognise the extension.",
]),
("x23-19", "Saltcote Herald", "2021-04-28T05:00:00Z", "Somali president asks parliament to restore election deal after Mogadishu clashes", [
"President Mohamed Abdullahi Mohamed said late on Tuesday that he would ask parliament to return to the Sept. 17 election agreement, two days after fighting broke out in Mogadishu between government forces and troops loyal to opposition leaders who oppose the extension of his term.",
"In a televised address, the president said he would appear before the lower house on Saturday to seek its endorsement of the return to the agreement, and he called on political leaders to begin talks urgently. He welcomed statements by the prime minister and by the leaders of several member states. Earlier on Tuesday Prime Minister Mohamed Hussein Roble had rejected the extension and called for elections under the September agreement.",
"Thousands of residents fled their homes in parts of the capital after Sunday's clashes. Opposition leaders welcomed the announcement but said their forces would stay in position until an agreement was in place.",
]),
("x23-20", "Hollinsby News Agency", "2021-05-02T09:00:00Z", "Somali lawmakers scrap term extension, return to indirect vote", [
"Somalia's lower house voted unanimously on Saturday to restore the election agreement of Sept. 17 and to cancel the two-year extension of the president's and parliament's terms that it had approved last month.",
"Addressing lawmakers before the vote, President Mohamed Abdullahi Mohamed handed responsibility for organising the elections and their security to Prime Minister Mohamed Hussein Roble. Roble said he would soon convene talks with the leaders of the member states and that the vote would be held under the indirect model agreed in September, through clan delegates.",
"Opposition leaders welcomed the vote and said they would pull their forces back from the capital. Diplomats said the date of the election would depend on the talks. The vote came six days after clashes in the capital had forced thousands of residents from their homes.",
]),
# ---------------------------------------------------------------- Samoa's constitutional crisis, 2021 (1)
("x23-21", "Willowgate Courier", "2021-05-05T05:30:00Z", "Samoa's head of state voids April election, calls new vote for May 21", [
"Samoa's head of state, Tuimalealiifano Va'aletoa Sualauvi II, declared the results of last month's general election void on Tuesday and called a fresh vote for May 21, saying the deadlock between the two main parties could not otherwise be resolved.",
"The April 9 election left the Human Rights Protection Party, which has governed Samoa for almost four decades, and the new FAST party with 26 seats each, after the electoral commission gave the HRPP an extra seat to meet a constitutional quota for women and an independent joined FAST. Caretaker Prime Minister Tuilaepa Sailele Malielegaoi said a new vote was the only way out of the deadlock and that his party was ready for it.",
"FAST leader Fiame Naomi Mata'afa, a former deputy prime minister, called the proclamation unlawful and said her party would ask the Supreme Court to overturn it.",
]),
# ---------------------------------------------------------------- Novavax, 2021 (2)
("x23-22", "Pellbrook Financial Report", "2021-05-11T12:00:00Z", "Novavax delays vaccine filings to third quarter", [
"Novavax said on Monday it now expected to apply for authorisation of its COVID-19 vaccine in Britain, the European Union and the United States in the third quarter, later than planned, because it needed more time to validate the tests used to check its manufacturing.",
"The company said it expected to be able to produce 100 million doses a month by the end of the third quarter and 150 million a month by the fourth. Chief executive Stanley Erck said the remaining work concerned the tests rather than the vaccine itself.",
"Novavax had said in March that it expected to begin filing in the second quarter. The delay comes as several wealthy countries that ordered the vaccine have already given a first dose to large parts of their populations with other makers' shots.",
]),
# ---------------------------------------------------------------- Samoa's constitutional crisis, 2021 (2-4)
("x23-23", "Willowgate Courier", "2021-05-20T07:00:00Z", "Samoa's new parliament summoned for May 24 after court restores election result", [
"Samoa's head of state on Thursday summoned the new parliament to meet on Monday, May 24, after the Supreme Court ruled this week that he had no power to void the April election and struck down the extra seat awarded to the Human Rights Protection Party, leaving the FAST party with 26 of the 51 seats.",
"The constitution requires parliament to meet within 45 days of a general election. Caretaker Prime Minister Tuilaepa Sailele Malielegaoi said his government would appeal the rulings and would remain in charge until the appeals were heard.",
"FAST leader Fiame Naomi Mata'afa said her party was ready to form a government and called on the caretaker administration to respect the rulings. Church leaders appealed for calm in the capital, Apia.",
]),
("x23-24", "Willowgate Courier", "2021-05-23T01:30:00Z", "Samoa's head of state suspends opening of parliament", [
"Samoa's head of state issued a proclamation late on Saturday suspending the first sitting of the new parliament, set for Monday, two days after he had summoned it, saying only that it was for reasons I will make known in due course.",
"The proclamation gave no new date for the sitting. The FAST party, which won a majority after the Supreme Court's rulings this week, said it would challenge the suspension in court on Sunday, and its lawyers called it an attempt to keep the caretaker government in office.",
"Caretaker Prime Minister Tuilaepa Sailele Malielegaoi said the head of state had acted within his powers. Legal scholars said the constitution gave him no discretion to stop parliament from meeting within the required period. The HRPP has governed Samoa almost without a break since 1982.",
]),
("x23-25", "Copperdale Dispatch", "2021-05-25T04:00:00Z", "FAST sworn in outside locked parliament; Samoa's caretaker leader calls it treason", [
"Fiame Naomi Mata'afa was sworn in as Samoa's prime minister in a tent in the grounds of parliament on Monday after the speaker locked the building, despite a Supreme Court ruling on Sunday that parliament must meet.",
"Caretaker Prime Minister Tuilaepa Sailele Malielegaoi called the ceremony treason and the most serious of illegal acts, and said his Human Rights Protection Party remained the lawful government of Samoa. The attorney general's office said the swearing-in had no legal effect because parliament had not been properly convened by the head of state.",
"Australia and New Zealand urged all parties to respect the rule of law and the decisions of the courts. FAST said it would ask the courts to confirm its government. The HRPP holds 25 seats in the new parliament.",
]),
# ---------------------------------------------------------------- Novavax, 2021 (3)
("x23-26", "Pellbrook Financial Report", "2021-06-14T12:00:00Z", "Novavax vaccine 90% effective in large U.S. and Mexico trial", [
"Novavax said on Monday its COVID-19 vaccine was 90.4 percent effective overall in a trial of nearly 30,000 volunteers in the United States and Mexico, and gave complete protection against moderate and severe disease.",
"Against the variants of concern and interest circulating during the trial, most of them the variant first found in Britain, the vaccine was 93 percent effective, the company said. Side effects were mostly mild.",
"Chief executive Stanley Erck said the company planned to file for authorisations in the United States, Britain and Europe in the third quarter, and expected to be making 100 million doses a month by then. Analysts said the vaccine might matter most in lower-income countries, since the United States already has enough doses from other makers.",
]),
# ---------------------------------------------------------------- Samoa's constitutional crisis, 2021 (5)
("x23-27", "Copperdale Dispatch", "2021-07-26T08:00:00Z", "Samoa's Tuilaepa concedes, ending 22 years as prime minister", [
"Tuilaepa Sailele Malielegaoi accepted on Monday that the FAST party was Samoa's government, three days after the Court of Appeal ruled that the swearing-in held in a tent outside parliament on May 24 was valid and that FAST had been in office since that day.",
"Tuilaepa, prime minister since 1998, said his Human Rights Protection Party respected the court's decision and would take its place in opposition. Government ministries were handed over to Fiame Naomi Mata'afa's cabinet, and the caretaker ministers left their offices.",
"Fiame, the country's first woman prime minister, had been locked out of government buildings for two months. Leaders across the Pacific congratulated her and welcomed the end of the crisis. The standoff began with a tied result after the April 9 election and lasted more than three months, with two rival claims to government.",
]),
# ---------------------------------------------------------------- Novavax, 2021 (4-5)
("x23-28", "Pellbrook Financial Report", "2021-08-06T12:00:00Z", "Novavax pushes U.S. vaccine filing back to fourth quarter", [
"Novavax said on Thursday it now expected to ask the U.S. Food and Drug Administration for emergency use authorisation of its COVID-19 vaccine in the fourth quarter, after saying in June that it would file in the third.",
"The company said it expected to complete its filings in Britain, the European Union, Canada, Australia and New Zealand in the third quarter, and that it had already applied in India, Indonesia and the Philippines. Chief executive Stanley Erck said the company had to finish the manufacturing data that regulators required, and that it expected to be producing 100 million doses a month by the end of September.",
"The vaccine is not yet authorised anywhere. Novavax has agreed to supply 1.1 billion doses to the COVAX facility for poorer countries, together with the Serum Institute of India.",
]),
("x23-29", "Copperdale Dispatch", "2021-11-05T12:00:00Z", "Novavax says it will file with FDA by year-end after applications elsewhere", [
"Novavax said on Thursday it had completed its applications for authorisation of its COVID-19 vaccine in Britain and Australia, expected to complete its European filing in the coming weeks, and would file with the U.S. Food and Drug Administration by the end of the year.",
"The British application was completed on Oct. 27, although the company had said in August that it expected to complete its filings in Britain, Europe, Canada and Australia in the third quarter. Indonesia on Monday became the first country to authorise the vaccine, and the Philippines is reviewing it.",
"Chief executive Stanley Erck said the company now had the manufacturing data that regulators required. Novavax said it expected to deliver doses to several countries, including through the COVAX facility, before the end of the year.",
]),
# ---------------------------------------------------------------- the WTA and Peng Shuai, 2021-22 (1-4)
("x23-30", "Ferncastle Sports Wire", "2021-11-18T14:00:00Z", "WTA chief doubts Peng Shuai email, says tour ready to pull out of China", [
"The head of the Women's Tennis Association said on Wednesday he had a hard time believing that Peng Shuai wrote an email released by Chinese state television, in which the former doubles world No. 1 purportedly withdrew her allegation of sexual assault and said she was resting at home.",
"Peng accused former Vice Premier Zhang Gaoli in a social media post on Nov. 2 that was removed within about half an hour, and has not been seen in public since. WTA chairman and chief executive Steve Simon said the statement only raised his concerns about her safety and whereabouts, and the tour called for independent and verifiable proof that she was safe and for a full, fair and transparent investigation of her allegation, without censorship.",
"Simon told reporters on Thursday that the WTA was prepared to pull its tournaments out of China, including its season-ending Finals in Shenzhen, if its demands were not met. The tour was willing to deal with all the complications that came with that decision, he said.",
]),
("x23-31", "Ferncastle Sports Wire", "2021-11-22T09:00:00Z", "Peng tells IOC chief she is safe; WTA says call does not ease its concerns", [
"The International Olympic Committee said on Sunday that its president, Thomas Bach, had held a 30-minute video call with Peng Shuai, in which she said she was safe and well at her home in Beijing and wanted her privacy respected.",
"The Women's Tennis Association said the video did not alleviate or address its concerns about her well-being or her ability to communicate without censorship or coercion. The tour said it still required independent confirmation that she was free, and that it remained committed to its call for a full and transparent investigation of her allegation.",
"Earlier on Sunday, journalists from Chinese state media posted videos of Peng at a Beijing restaurant and at a youth tennis event. China's foreign ministry said the matter was not a diplomatic question.",
]),
("x23-32", "Ferncastle Sports Wire", "2021-12-02T00:30:00Z", "WTA suspends all tournaments in China over Peng Shuai", [
"The Women's Tennis Association on Wednesday suspended all of its tournaments in China, including Hong Kong, with immediate effect, saying it could not send its players there while Peng Shuai's safety and freedom remained in doubt.",
"\"In good conscience, I don't see how I can ask our athletes to compete there when Peng Shuai is not allowed to communicate freely and has seemingly been pressured to contradict her allegation of sexual assault,\" chairman and chief executive Steve Simon said. The suspension would stay in place, he said, while Peng could not speak freely and while there was no full and transparent investigation. Simon said the tour was prepared to bear the financial cost.",
"China's foreign ministry said Beijing firmly opposed the politicisation of sport. The men's ATP Tour said it was concerned about Peng but did not announce a similar step.",
]),
("x23-33", "Ferncastle Sports Wire", "2022-02-08T10:00:00Z", "Peng calls assault post a misunderstanding; WTA keeps China suspension", [
"Peng Shuai told the French sports daily L'Equipe in an interview in Beijing, held in the presence of a Chinese Olympic official, that her November post had been an enormous misunderstanding, that she had never said anyone sexually assaulted her, and that she would retire from professional tennis.",
"The Women's Tennis Association said the interview did not ease its concerns and that its position was unchanged: its tournaments in China would remain suspended until its call for a full, fair and transparent investigation had been answered.",
"Peng also had dinner with IOC President Thomas Bach during the Winter Olympics and watched events at the Games. The IOC said it was in regular contact with her. Peng, 36, won the women's doubles at Wimbledon in 2013 and at the French Open in 2014.",
]),
# ---------------------------------------------------------------- Novavax, 2022 (6)
("x23-34", "Pellbrook Financial Report", "2022-03-01T13:00:00Z", "Novavax forecasts $4 billion to $5 billion in 2022 revenue", [
"Novavax forecast on Monday that it would earn $4 billion to $5 billion in revenue this year as deliveries of its COVID-19 vaccine pick up, after authorisations in the European Union, Britain, Canada, Australia, India and other markets.",
"The company said it submitted its request for U.S. emergency use authorisation to the Food and Drug Administration on Jan. 31. It had said in November that it would file with the agency by the end of 2021. Chief executive Stanley Erck said the vaccine, which uses a more traditional protein-based technology, could appeal to people who had not wanted the messenger RNA shots.",
"The company said it was also testing a booster dose and a version of its vaccine aimed at the Omicron variant.",
]),
# ---------------------------------------------------------------- the PGA Tour and LIV Golf, 2022 (1-2)
("x23-35", "Ferncastle Sports Wire", "2022-06-10T01:00:00Z", "PGA Tour bars 17 players who joined Saudi-backed LIV series", [
"The PGA Tour on Thursday barred 17 players who teed off in the first event of the Saudi-financed LIV Golf Invitational Series near London, among them Phil Mickelson and Dustin Johnson, suspending those who were still members and saying that those who had resigned their membership were no longer eligible either.",
"In a memo to members, commissioner Jay Monahan said the players had made their choice for their own financial reasons, but could not expect the same membership benefits and opportunities as those who had stayed. Any member who played in future LIV events would face the same punishment, the tour said.",
"The LIV series, backed by Saudi Arabia's Public Investment Fund, offers $25 million in prize money at each event. Its chief executive, Greg Norman, called the suspensions vindictive.",
]),
("x23-36", "Ferncastle Sports Wire", "2022-06-13T01:00:00Z", "Monahan says PGA Tour can't compete with a 'foreign monarchy'", [
"PGA Tour commissioner Jay Monahan said on Sunday that the tour would not try to match the sums offered by the Saudi-funded LIV series, saying it could not compete with a foreign monarchy spending billions of dollars in an attempt to buy the game of golf.",
"In an interview broadcast during the final round of the RBC Canadian Open, Monahan referred to the families of Sept. 11 victims who had criticised the Saudi-backed events, and asked whether any player who had left or was thinking of leaving had ever had to apologise for being a member of the PGA Tour. He said the tour would keep investing in its own events and its players.",
"Rory McIlroy won the tournament in Toronto for the second time in a row; it had not been played in 2020 or 2021.",
]),
# ---------------------------------------------------------------- Karakalpakstan, 2022 (1-3)
("x23-37", "Hollinsby News Agency", "2022-06-27T09:00:00Z", "Uzbekistan proposes constitutional overhaul and longer presidential term", [
"Uzbekistan published draft amendments to its constitution at the weekend that would lengthen the presidential term to seven years from five and rewrite a large part of the basic law, ahead of a referendum expected later this year.",
"The draft drops the description of Karakalpakstan, the autonomous republic in the country's northwest, as a sovereign state, and removes its right to secede from Uzbekistan by referendum. The constitutional commission set up by parliament said the changes reflected proposals from citizens and that the draft was open to public discussion.",
"Critics said the changes could allow President Shavkat Mirziyoyev, in office since 2016 and re-elected last year, to serve two more terms. Karakalpakstan, home to about two million people, lies on the shrinking Aral Sea.",
]),
("x23-38", "Hollinsby News Agency", "2022-07-03T03:00:00Z", "Uzbek leader drops plan to curb Karakalpakstan's status after protests", [
"President Shavkat Mirziyoyev said on Saturday that the provisions of the constitution on Karakalpakstan's status would stay unchanged, a day after rare protests in the region's capital, Nukus, and declared a month-long state of emergency in the autonomous republic.",
"Speaking to local lawmakers in Nukus, Mirziyoyev said the articles defining Karakalpakstan as a sovereign republic with the right to secede would be kept in their present form. The state of emergency, with a night curfew, runs until Aug. 2. The presidential press service said the protesters had tried to seize local government buildings.",
"Protesters gathered on Friday after the draft amendments were published and after reports that a local journalist and lawyer, Dauletmurat Tazhimuratov, had been detained. Internet access in the region has been cut.",
]),
("x23-39", "Hollinsby News Agency", "2022-07-04T13:00:00Z", "Uzbekistan says 18 killed in Karakalpakstan unrest", [
"Eighteen people were killed and 243 injured in the unrest in Uzbekistan's Karakalpakstan region, the National Guard said on Monday, giving the first official toll after the protests at the weekend. It said 516 people had been detained.",
"President Shavkat Mirziyoyev said on Sunday that there had been deaths among both civilians and law enforcement officers, and blamed unnamed foreign forces for trying to undermine Uzbekistan's territorial integrity. He said those responsible for the violence would be punished.",
"The United Nations human rights office called for an independent investigation. The state of emergency in the region remains in force, and access to the internet there is still restricted. Nukus, the regional capital, lies about 800 kilometres west of Tashkent, and the region borders Kazakhstan and Turkmenistan.",
]),
# ---------------------------------------------------------------- Novavax, 2022 (7)
("x23-40", "Copperdale Dispatch", "2022-08-09T12:00:00Z", "Novavax halves 2022 revenue forecast as demand for COVID vaccines fades", [
"Novavax cut its forecast for revenue this year on Monday to $2 billion to $2.3 billion, from $4 billion to $5 billion, blaming weaker global demand for COVID-19 vaccines, a surplus of doses in many countries and the late arrival of its shot in the United States.",
"The U.S. Food and Drug Administration authorised the vaccine for adults on July 13, more than five months after the company applied. Chief executive Stanley Erck said the company expected demand to pick up in the autumn with booster campaigns and an updated vaccine aimed at newer variants.",
"Novavax's vaccine, which uses a protein-based technology, has struggled to win a share of markets dominated by the messenger RNA shots of Pfizer and BioNTech and of Moderna.",
]),
# ---------------------------------------------------------------- Georgia's foreign influence law, 2023 (1)
("x23-41", "Eastmarch Press Service", "2023-03-09T10:00:00Z", "Georgia's ruling party drops foreign agents bill after two nights of protests", [
"Georgia's ruling Georgian Dream party said on Thursday it would unconditionally withdraw a bill requiring organisations that receive more than 20 percent of their funding from abroad to register as agents of foreign influence, after two nights of protests outside parliament in Tbilisi.",
"In a joint statement with its ally People's Power, the party said it was dropping the bill to reduce confrontation in society, and that it had been misrepresented as a Russian law. Prime Minister Irakli Garibashvili had defended the bill earlier in the week, saying it met European standards. Parliament approved it in a first reading on Tuesday.",
"Police used water cannon and tear gas against protesters, who said the bill copied a Russian law used to silence critics. The European Union's foreign policy chief, Josep Borrell, had said the bill was incompatible with EU values and standards and could damage Georgia's bid to join the bloc.",
]),
# ---------------------------------------------------------------- the WTA and Peng Shuai, 2023 (5)
("x23-42", "Ferncastle Sports Wire", "2023-04-13T14:00:00Z", "WTA to return to China this year without Peng Shuai investigation", [
"The Women's Tennis Association said on Thursday it would resume tournaments in China in September, ending a suspension of 16 months, although the investigation into Peng Shuai's allegation that it had demanded has not taken place.",
"Chairman and chief executive Steve Simon said the tour had concluded that its demands would not be met and that keeping the suspension in place would only hurt players and tournaments. He said the WTA had received assurances from people close to Peng that she was safe and living with her family in Beijing, and that it was satisfied she was safe, although the tour has not met or spoken with her directly.",
"The WTA's Asian swing this autumn will include several events in China, which before the pandemic hosted the season-ending Finals under a 10-year agreement with Shenzhen.",
]),
# ---------------------------------------------------------------- Karakalpakstan, 2023 (4)
("x23-43", "Hollinsby News Agency", "2023-05-01T10:00:00Z", "Uzbeks approve new constitution; Karakalpakstan keeps its status", [
"Voters in Uzbekistan approved a new constitution in a referendum on Sunday, with about 90 percent in favour and turnout of about 85 percent, the Central Election Commission said on Monday.",
"The new basic law extends the presidential term to seven years and resets the count of President Shavkat Mirziyoyev's terms, allowing him to run twice more. Its final text keeps Karakalpakstan's status as a sovereign republic with the right to secede by referendum, as the president promised in July. The government said the new constitution would make Uzbekistan a social state.",
"The authorities put the toll from last year's unrest in Karakalpakstan at 21 dead. In January a court sentenced Dauletmurat Tazhimuratov, a journalist and lawyer from Nukus, to 16 years in prison over the protests.",
]),
# ---------------------------------------------------------------- the PGA Tour and LIV Golf, 2023 (3-4)
("x23-44", "Ferncastle Sports Wire", "2023-06-07T00:30:00Z", "PGA Tour agrees to join forces with Saudi backers of LIV Golf", [
"The PGA Tour, the European-based DP World Tour and Saudi Arabia's Public Investment Fund, which bankrolls LIV Golf, agreed on Tuesday to combine their commercial businesses in a new for-profit company, ending a year of lawsuits and a split that divided the men's professional game.",
"Under the framework agreement, the fund's governor, Yasir Al-Rumayyan, will be chairman of the new company and PGA Tour commissioner Jay Monahan its chief executive; the fund will invest in it, and the tour's board will keep control. The agreement sets up a process for players who left for LIV to reapply for membership after this season. The parties have given themselves until Dec. 31 to reach a definitive agreement.",
"\"I recognize that people are going to call me a hypocrite,\" Monahan told reporters, saying circumstances had changed and that it was better to take a competitor off the board. Several players said they had learned of the deal from the news.",
]),
("x23-45", "Larchmere Wire", "2023-07-12T00:00:00Z", "PGA Tour officials tell senators Saudi deal is far from final", [
"PGA Tour officials told a Senate subcommittee on Tuesday that the tour's agreement with Saudi Arabia's Public Investment Fund was a non-binding framework, and that many of its terms, including the size of the fund's investment, had yet to be settled.",
"Chief operating officer Ron Price and board member Jimmy Dunne testified in place of commissioner Jay Monahan, who is recovering from a medical condition. Price said the tour would keep control of the new company's board and that the deal was not done. Dunne said the tour had concluded that it could not keep up the fight with a fund of such resources indefinitely.",
"Senators of both parties questioned the fund's role in golf and its ties to the Saudi government. The Senate Permanent Subcommittee on Investigations has asked for documents about the talks.",
]),
# ---------------------------------------------------------------- Georgia and the EU, 2023 (2)
("x23-46", "Eastmarch Press Service", "2023-12-15T09:00:00Z", "EU grants Georgia candidate status", [
"European Union leaders granted Georgia the status of candidate for membership on Thursday, on the understanding that it takes the steps set out by the European Commission, including on disinformation, political polarisation and the independence of its institutions. The same summit agreed to open membership talks with Ukraine and Moldova.",
"Prime Minister Irakli Garibashvili called the decision historic and said the government's next goal was to open membership negotiations. Irakli Kobakhidze, chairman of the ruling Georgian Dream party, said Georgia would be ready to join the EU by 2030.",
"Opinion polls show strong support in Georgia for joining the bloc. The Commission had recommended candidate status in November while warning that progress on reforms had been uneven. Georgia applied for membership in March 2022, days after Russia's invasion of Ukraine, together with Ukraine and Moldova.",
]),
# ---------------------------------------------------------------- the PGA Tour and LIV Golf, 2024 (5)
("x23-47", "Ferncastle Sports Wire", "2024-02-01T01:00:00Z", "PGA Tour lands $3 billion from U.S. investors as Saudi talks run past deadline", [
"The PGA Tour said on Wednesday that a group of American sports team owners would invest up to $3 billion in its new commercial arm, PGA Tour Enterprises, while negotiations with Saudi Arabia's Public Investment Fund go on beyond the Dec. 31 deadline set in June.",
"In a memo to players at the turn of the year, commissioner Jay Monahan said the talks with the fund had made significant progress and would continue into 2024. The tour said on Wednesday that the fund remained a potential investor, subject to regulatory approval, and that about $1.5 billion of the new money would go to players as equity.",
"The investors, called Strategic Sports Group, are led by Fenway Sports Group, the owner of the Boston Red Sox and Liverpool. LIV Golf begins its third season this week in Mexico.",
]),
# ---------------------------------------------------------------- Georgia's foreign influence law and the EU, 2024 (3-5)
("x23-48", "Eastmarch Press Service", "2024-04-04T08:00:00Z", "Georgian Dream revives foreign influence bill withdrawn last year", [
"Georgia's ruling Georgian Dream party said on Wednesday it would reintroduce the bill on foreign influence that it withdrew last year, changing only the term agent of foreign influence to organisation pursuing the interests of a foreign power.",
"Mamuka Mdinaradze, the leader of the parliamentary majority, said the rest of the text would be unchanged and that the law was needed to make the funding of non-governmental groups transparent. He said the party aimed to pass it in the spring session.",
"Opposition parties and rights groups said the bill was a copy of Russian legislation and called for protests. The European Union said the draft ran counter to the steps Georgia had been asked to take as a candidate country. The original bill was withdrawn in March 2023 after two nights of clashes between police and protesters.",
]),
("x23-49", "Larchmere Wire", "2024-05-29T05:00:00Z", "Georgian parliament overrides veto; foreign influence law to take effect", [
"Georgia's parliament voted by 84 to 4 on Tuesday to override the president's veto of the foreign influence law, clearing the way for it to take effect despite weeks of mass protests and warnings from the European Union and the United States.",
"Prime Minister Irakli Kobakhidze said the law would make the financing of political activity transparent and would not stand in the way of Georgia's European path. He denied that the government was steering the country away from Europe and said Georgia would keep working to open membership negotiations.",
"The European Union said the adoption of the law negatively affects Georgia's progress on the path to membership. The United States said it would review its relations with Georgia and has announced visa restrictions on those it holds responsible.",
]),
("x23-50", "Eastmarch Press Service", "2024-11-29T07:00:00Z", "Georgia shelves EU membership talks until 2028", [
"Prime Minister Irakli Kobakhidze said on Thursday that Georgia would not put the opening of membership negotiations with the European Union on its agenda until the end of 2028, and that it would turn down EU budget grants until then.",
"Kobakhidze, whose Georgian Dream party was declared the winner of the October parliamentary election, accused the EU of using the accession process to blackmail Georgia, but said the country would still be ready to join the bloc by 2030. Thousands of protesters gathered outside parliament in Tbilisi after the announcement.",
"The European Parliament on Thursday called for the election to be rerun within a year under international supervision. The EU's leaders said in June that the foreign influence law had in effect halted Georgia's accession process.",
]),
]

# doc -> [actor, key phrase]: every statement a reader attributes to a tracked actor
STATEMENTS = {
"x23-01": [["freeport-mcmoran", "could not accept the Indonesian government's demand"], ["freeport-mcmoran", "had given Jakarta 120 days"],
           ["freeport-mcmoran", "fixed the company's tax and legal terms"], ["freeport-mcmoran", "would leave them open to change"],
           ["freeport-mcmoran", "would not give up the rights"], ["freeport-mcmoran", "would not accept a requirement to"],
           ["freeport-mcmoran", "would reduce its workforce in Papua"], ["indonesia", "would not bend its rules"],
           ["indonesia", "arbitration was Freeport's right"], ["indonesia", "would need the new licence"]],
"x23-02": [["freeport-mcmoran", "agreed on Tuesday to reduce its holding"], ["freeport-mcmoran", "a copper smelter within five years"],
           ["freeport-mcmoran", "gave Freeport the long-term certainty"], ["freeport-mcmoran", "had accepted the divestment"],
           ["freeport-mcmoran", "expected to go on running the mine"], ["indonesia", "will let the Grasberg operation run"],
           ["indonesia", "will guarantee the company's fiscal terms"], ["indonesia", "would receive more revenue"]],
"x23-03": [["freeport-mcmoran", "does not agree with the government's proposal"], ["freeport-mcmoran", "had to be valued on the basis"],
           ["freeport-mcmoran", "must not leave Freeport without control"], ["freeport-mcmoran", "wanted to keep negotiating"],
           ["indonesia", "stood by the agreement reached in August"], ["indonesia", "was not in question"],
           ["indonesia", "talks on the price and the mechanism"], ["indonesia", "were to be expected"]],
"x23-04": [["ablv-bank", "rejected an accusation by the U.S. Treasury"], ["ablv-bank", "said it was operating normally"],
           ["ablv-bank", "disagreed completely with the findings"], ["ablv-bank", "had strengthened its controls substantially"],
           ["ablv-bank", "no business with North Korean customers"], ["ablv-bank", "Clients could use their accounts as usual"],
           ["ablv-bank", "had ample liquidity to meet"]],
"x23-05": [["ablv-bank", "was working to restore its liquidity"], ["ablv-bank", "more than enough to cover every deposit"],
           ["ablv-bank", "expected to resume normal operations soon"], ["ablv-bank", "the bank was solvent"],
           ["ablv-bank", "would continue its business"]],
"x23-06": [["ablv-bank", "disagreed with the assessment"], ["ablv-bank", "sufficient assets to pay all depositors"],
           ["ablv-bank", "was considering its options"], ["ablv-bank", "would announce its next steps"]],
"x23-07": [["ablv-bank", "voted on Monday to liquidate the bank"], ["ablv-bank", "the best way to repay depositors"],
           ["ablv-bank", "enough assets to repay all depositors"], ["ablv-bank", "would stop taking on new business"],
           ["ablv-bank", "still rejects the U.S. Treasury's allegations"], ["ablv-bank", "will go on contesting them"]],
"x23-08": [["indonesia", "will pay $3.85 billion to raise"], ["indonesia", "expected the deal to be completed"],
           ["freeport-mcmoran", "would remain the operator of the mine"], ["freeport-mcmoran", "called the agreement a major step"],
           ["freeport-mcmoran", "were still being settled"], ["freeport-mcmoran", "A final agreement depends on those issues"]],
"x23-09": [["indonesia", "Indonesia completed its purchase of a majority"], ["indonesia", "called it a historic moment"],
           ["indonesia", "was now majority-owned by Indonesians"], ["indonesia", "special mining licence valid until 2041"],
           ["indonesia", "must finish building a smelter"], ["freeport-mcmoran", "gave it the certainty to invest"],
           ["freeport-mcmoran", "would continue to run operations"], ["freeport-mcmoran", "had worked through difficult issues"]],
"x23-10": [["ecuador", "would end subsidies that have kept"], ["ecuador", "a decree that takes effect on Thursday"],
           ["ecuador", "cost the state about $1.3 billion"], ["ecuador", "benefited smugglers and the well-off"],
           ["ecuador", "could no longer be sustained"], ["ecuador", "Fuel prices would now follow international markets"],
           ["ecuador", "cuts holidays for public employees"]],
"x23-11": [["ecuador", "declared a 60-day state of emergency"], ["ecuador", "would not reverse the decision"],
           ["ecuador", "the decree would stay"], ["ecuador", "would not negotiate it away"],
           ["ecuador", "let the armed forces help the police"], ["ecuador", "people had been detained in several cities"]],
"x23-12": [["ecuador", "had moved the seat of government"], ["ecuador", "accused his predecessor Rafael Correa"],
           ["ecuador", "open to dialogue with indigenous leaders"], ["ecuador", "would not be withdrawn"],
           ["ecuador", "would not step down"], ["ecuador", "had been infiltrated by people"]],
"x23-13": [["ecuador", "ordered a curfew and placed Quito"], ["ecuador", "willing to revise the decree"],
           ["ecuador", "had agreed to review decree 883"], ["ecuador", "would reach the people who most"],
           ["ecuador", "government representatives would meet indigenous leaders"]],
"x23-14": [["ecuador", "agreed on Sunday night to withdraw"], ["ecuador", "will go back to their previous levels"],
           ["ecuador", "will write a new decree together"], ["ecuador", "go to those who need them"]],
"x23-15": [["somalia", "remained committed to the agreement of"], ["somalia", "keep working to hold the vote"],
           ["somalia", "would continue to function until"]],
"x23-16": [["novavax", "was 96.4 percent effective against"], ["novavax", "86.3 percent effective against the"],
           ["novavax", "efficacy was 89.7 percent"], ["novavax", "55.4 percent effective among volunteers"],
           ["novavax", "No one who received the vaccine"], ["novavax", "expected to begin filing for authorisation"],
           ["novavax", "in the second quarter"], ["novavax", "up to 2 billion doses a year"]],
"x23-17": [["somalia", "signed into law on Tuesday"], ["somalia", "approved it by 149 votes to 3"],
           ["somalia", "sets aside the indirect election"], ["somalia", "gave Somalis the right to choose"],
           ["somalia", "would not go back to a system"]],
"x23-18": [["somalia", "rejected criticism from the United States"], ["somalia", "was a sovereign matter"],
           ["somalia", "regarded such threats as interference"], ["somalia", "would not yield to outside pressure"],
           ["somalia", "had the final word"]],
"x23-19": [["somalia", "would ask parliament to return"], ["somalia", "would appear before the lower house"],
           ["somalia", "called on political leaders to begin"], ["somalia", "welcomed statements by the prime minister"],
           ["somalia", "had rejected the extension"]],
"x23-20": [["somalia", "voted unanimously on Saturday to restore"], ["somalia", "to cancel the two-year extension"],
           ["somalia", "handed responsibility for organising the elections"], ["somalia", "would soon convene talks"],
           ["somalia", "held under the indirect model"]],
"x23-21": [["samoa", "declared the results of last month's"], ["samoa", "called a fresh vote for May 21"],
           ["samoa", "could not otherwise be resolved"], ["samoa", "the only way out of the deadlock"],
           ["samoa", "his party was ready for it"]],
"x23-22": [["novavax", "now expected to apply for authorisation"], ["novavax", "needed more time to validate"],
           ["novavax", "100 million doses a month"], ["novavax", "150 million a month by the fourth"],
           ["novavax", "concerned the tests rather than the vaccine"]],
"x23-23": [["samoa", "summoned the new parliament to meet"], ["samoa", "would appeal the rulings"],
           ["samoa", "would remain in charge until"]],
"x23-24": [["samoa", "suspending the first sitting of"], ["samoa", "reasons I will make known"],
           ["samoa", "gave no new date for the sitting"], ["samoa", "had acted within his powers"]],
"x23-25": [["samoa", "called the ceremony treason"], ["samoa", "the most serious of illegal acts"],
           ["samoa", "remained the lawful government of Samoa"], ["samoa", "had no legal effect"]],
"x23-26": [["novavax", "was 90.4 percent effective overall"], ["novavax", "gave complete protection against moderate"],
           ["novavax", "the vaccine was 93 percent effective"], ["novavax", "Side effects were mostly mild"],
           ["novavax", "planned to file for authorisations"], ["novavax", "expected to be making 100 million"]],
"x23-27": [["samoa", "accepted on Monday that the FAST"], ["samoa", "respected the court's decision"],
           ["samoa", "would take its place in opposition"]],
"x23-28": [["novavax", "now expected to ask the U.S."], ["novavax", "in the fourth quarter"],
           ["novavax", "expected to complete its filings in"], ["novavax", "had already applied in India"],
           ["novavax", "had to finish the manufacturing data"], ["novavax", "producing 100 million doses a month"],
           ["novavax", "agreed to supply 1.1 billion doses"]],
"x23-29": [["novavax", "had completed its applications for authorisation"], ["novavax", "expected to complete its European filing"],
           ["novavax", "by the end of the year"], ["novavax", "The British application was completed"],
           ["novavax", "now had the manufacturing data"], ["novavax", "expected to deliver doses to several"]],
"x23-30": [["wta", "had a hard time believing"], ["wta", "only raised his concerns"],
           ["wta", "independent and verifiable proof that"], ["wta", "a full, fair and transparent investigation"],
           ["wta", "prepared to pull its tournaments out"], ["wta", "willing to deal with all the complications"]],
"x23-31": [["wta", "did not alleviate or address its concerns"], ["wta", "still required independent confirmation"],
           ["wta", "remained committed to its call"]],
"x23-32": [["wta", "suspended all of its tournaments in China"], ["wta", "could not send its players there"],
           ["wta", "I don't see how I can ask"], ["wta", "The suspension would stay in place"],
           ["wta", "prepared to bear the financial cost"]],
"x23-33": [["wta", "did not ease its concerns"], ["wta", "its position was unchanged"],
           ["wta", "would remain suspended until its call"]],
"x23-34": [["novavax", "would earn $4 billion to $5 billion"], ["novavax", "submitted its request for U.S. emergency"],
           ["novavax", "could appeal to people who"], ["novavax", "was also testing a booster dose"]],
"x23-35": [["pga-tour", "barred 17 players who teed off"], ["pga-tour", "were no longer eligible either"],
           ["pga-tour", "had made their choice"], ["pga-tour", "could not expect the same membership benefits"],
           ["pga-tour", "would face the same punishment"]],
"x23-36": [["pga-tour", "would not try to match the sums"], ["pga-tour", "could not compete with a foreign monarchy"],
           ["pga-tour", "had ever had to apologise"], ["pga-tour", "would keep investing in its own"]],
"x23-37": [["uzbekistan", "published draft amendments to its constitution"], ["uzbekistan", "lengthen the presidential term to seven"],
           ["uzbekistan", "drops the description of Karakalpakstan"], ["uzbekistan", "removes its right to secede"],
           ["uzbekistan", "reflected proposals from citizens"], ["uzbekistan", "open to public discussion"]],
"x23-38": [["uzbekistan", "would stay unchanged"], ["uzbekistan", "declared a month-long state of emergency"],
           ["uzbekistan", "would be kept in their present form"], ["uzbekistan", "runs until Aug. 2"],
           ["uzbekistan", "had tried to seize local government"]],
"x23-39": [["uzbekistan", "Eighteen people were killed and 243 injured"], ["uzbekistan", "516 people had been detained"],
           ["uzbekistan", "deaths among both civilians and law"], ["uzbekistan", "blamed unnamed foreign forces"],
           ["uzbekistan", "would be punished"]],
"x23-40": [["novavax", "cut its forecast for revenue"], ["novavax", "$2 billion to $2.3 billion"],
           ["novavax", "blaming weaker global demand for"], ["novavax", "expected demand to pick up"]],
"x23-41": [["georgia", "would unconditionally withdraw a bill"], ["georgia", "to reduce confrontation in society"],
           ["georgia", "had been misrepresented as a Russian law"], ["georgia", "saying it met European standards"],
           ["european-union", "incompatible with EU values and standards"], ["european-union", "could damage Georgia's bid"]],
"x23-42": [["wta", "would resume tournaments in China"], ["wta", "its demands would not be met"],
           ["wta", "would only hurt players and tournaments"], ["wta", "received assurances from people close to Peng"],
           ["wta", "was satisfied she was safe"]],
"x23-43": [["uzbekistan", "with about 90 percent in favour"], ["uzbekistan", "keeps Karakalpakstan's status as a sovereign republic"],
           ["uzbekistan", "would make Uzbekistan a social state"], ["uzbekistan", "put the toll from last year's"]],
"x23-44": [["pga-tour", "agreed on Tuesday to combine"], ["pga-tour", "the tour's board will keep control"],
           ["pga-tour", "a process for players who left"], ["pga-tour", "until Dec. 31 to reach"],
           ["pga-tour", "going to call me a hypocrite"], ["pga-tour", "saying circumstances had changed"],
           ["pga-tour", "take a competitor off the board"]],
"x23-45": [["pga-tour", "was a non-binding framework"], ["pga-tour", "had yet to be settled"],
           ["pga-tour", "would keep control of the new"], ["pga-tour", "the deal was not done"],
           ["pga-tour", "could not keep up the fight"]],
"x23-46": [["european-union", "granted Georgia the status of candidate"], ["european-union", "on the understanding that it takes"],
           ["european-union", "had recommended candidate status in November"], ["european-union", "progress on reforms had been uneven"],
           ["georgia", "called the decision historic"], ["georgia", "next goal was to open membership negotiations"],
           ["georgia", "ready to join the EU by 2030"]],
"x23-47": [["pga-tour", "would invest up to $3 billion"], ["pga-tour", "had made significant progress"],
           ["pga-tour", "would continue into 2024"], ["pga-tour", "remained a potential investor"],
           ["pga-tour", "would go to players as equity"]],
"x23-48": [["georgia", "would reintroduce the bill on foreign influence"], ["georgia", "rest of the text would be unchanged"],
           ["georgia", "needed to make the funding"], ["georgia", "aimed to pass it"],
           ["european-union", "ran counter to the steps"]],
"x23-49": [["georgia", "voted by 84 to 4"], ["georgia", "would make the financing of political"],
           ["georgia", "would not stand in the way"], ["georgia", "denied that the government was steering"],
           ["georgia", "keep working to open membership negotiations"], ["european-union", "negatively affects Georgia's progress"]],
"x23-50": [["georgia", "would not put the opening"], ["georgia", "would turn down EU budget grants"],
           ["georgia", "accused the EU of using"], ["georgia", "would still be ready to join"]],
}

# defensible either way: mostly the narrator recalling an earlier statement
OPTIONAL = {
"x23-07": [["ablv-bank", "it expected to resume normal operations"]],
"x23-12": [["ecuador", "limited it to 30 days"]],
"x23-17": [["somalia", "called the vote unconstitutional"]],
"x23-21": [["samoa", "gave the HRPP an extra seat"]],
"x23-22": [["novavax", "had said in March that it expected"]],
"x23-23": [["samoa", "had no power to void"]],
"x23-25": [["samoa", "the speaker locked the building"]],
"x23-27": [["samoa", "Government ministries were handed over"]],
"x23-28": [["novavax", "after saying in June that it would"]],
"x23-29": [["novavax", "had said in August that it expected"], ["indonesia", "became the first country to authorise"]],
"x23-34": [["novavax", "had said in November that it"]],
"x23-41": [["georgia", "Parliament approved it in a first reading"]],
"x23-43": [["uzbekistan", "as the president promised in July"]],
"x23-48": [["georgia", "The original bill was withdrawn"]],
"x23-50": [["european-union", "had in effect halted Georgia's accession"], ["european-union", "called for the election to be rerun"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["x23-12", "x23-13", "ecuador", "stance-reversal: the president offered dialogue with indigenous leaders but said the decree ending fuel subsidies would not be withdrawn; five days later he says he has agreed to review the decree"],
["x23-18", "x23-19", "somalia", "stance-reversal: the government called the term extension a sovereign matter for parliament and said it would not yield to outside pressure; two weeks later the president asks parliament to go back to the September agreement"],
["x23-33", "x23-42", "wta", "stance-reversal: the tour said its position was unchanged and its Chinese tournaments would stay suspended until its call for a full investigation was answered; fourteen months later it returns to China with no investigation held"],
["x23-36", "x23-44", "pga-tour", "stance-reversal: the commissioner said the tour would not try to match the Saudi money and could not compete with a foreign monarchy trying to buy the game; a year later the tour agrees to combine its business with the Saudi fund behind LIV"],
["x23-46", "x23-50", "georgia", "stance-reversal: the government said its next goal was to open membership negotiations with the EU; eleven months later the prime minister says opening them will not be on the agenda until the end of 2028"],
["x23-37", "x23-38", "uzbekistan", "stance-reversal: the draft constitution dropped Karakalpakstan's description as a sovereign state and its right to secede; a week later the president says those provisions will be kept in their present form"],
# commitments reversed in other words
["x23-01", "x23-02", "freeport-mcmoran", "commitment-reversed: the company said it would not give up the rights in its contract and would not accept a requirement to sell down to 51 percent Indonesian ownership; six months later it agrees to reduce its holding so that Indonesians hold 51 percent and to operate under the special licence"],
["x23-05", "x23-07", "ablv-bank", "commitment-reversed: the bank said it was solvent, would continue its business and expected to resume normal operations soon; a week later its shareholders vote to liquidate it"],
["x23-10", "x23-14", "ecuador", "commitment-reversed: the government ended the fuel subsidies by decree and said fuel prices would now follow international markets; twelve days later it withdraws the decree and prices go back to their previous levels"],
["x23-15", "x23-17", "somalia", "commitment-reversed: the prime minister said the government remained committed to the Sept. 17 agreement on an indirect vote; two months later a law signed by the president sets that agreement aside for a direct vote within two years and extends the president's term"],
["x23-32", "x23-42", "wta", "commitment-reversed: the tour said it could not ask its players to compete in China while Peng could not communicate freely and that the suspension would stay while there was no full and transparent investigation; it now returns to China although it has neither met her nor obtained an investigation"],
["x23-35", "x23-44", "pga-tour", "commitment-reversed: players who joined LIV were suspended or declared no longer eligible and anyone who played in future LIV events would face the same punishment; a year later the tour sets up a process for them to reapply for membership"],
["x23-41", "x23-48", "georgia", "commitment-reversed: the ruling party said it would unconditionally withdraw the foreign agents bill; a year later it reintroduces the same bill with one term changed"],
# denials then action
["x23-11", "x23-14", "ecuador", "denial-then-action: the president said he would not reverse the decision and that the decree would stay; ten days later he agrees to withdraw it"],
["x23-49", "x23-50", "georgia", "denial-then-action: the prime minister denied the government was steering the country away from Europe and said it would keep working to open membership negotiations; six months later he shelves the opening of negotiations until the end of 2028 and turns down EU grants"],
# claims negated
["x23-17", "x23-20", "somalia", "claim-negated: the president said the country would not go back to a system in which clan elders picked its lawmakers; three weeks later the vote is to be held under the indirect model, through clan delegates"],
["x23-25", "x23-27", "samoa", "claim-negated: the caretaker prime minister said his party remained the lawful government of Samoa and called FAST's swearing-in treason; two months later he accepts that FAST is the government"],
["x23-31", "x23-42", "wta", "claim-negated: the tour said a video call did not address its concerns and that it still required independent confirmation that Peng was free; it now says it is satisfied she is safe on the assurance of people close to her, without having met or spoken with her"],
# number mismatch
["x23-34", "x23-40", "novavax", "number-mismatch: the company forecast revenue of $4 billion to $5 billion for 2022; five months later it puts the same year's revenue at $2 billion to $2.3 billion"],
# dates moved
["x23-16", "x23-22", "novavax", "date-mismatch: the company expected to begin filing for authorisation in the second quarter; two months later it expects to apply in the third quarter"],
["x23-26", "x23-28", "novavax", "date-mismatch: the company planned to file for U.S. authorisation in the third quarter; seven weeks later it expects to ask the FDA in the fourth quarter"],
["x23-28", "x23-29", "novavax", "date-mismatch: the company expected to complete its filings in Britain, Europe, Canada and Australia in the third quarter; the British application was completed on Oct. 27 and the European one was still to come in November"],
["x23-29", "x23-34", "novavax", "date-mismatch: the company said it would file with the FDA by the end of the year; it submitted its request on Jan. 31"],
["x23-23", "x23-24", "samoa", "date-mismatch: the head of state summoned the new parliament to meet on Monday, May 24; two days later he suspends the sitting and gives no new date"],
["x23-44", "x23-47", "pga-tour", "date-mismatch: the parties gave themselves until Dec. 31 to reach a definitive agreement; in the new year the talks continue into 2024 past that deadline"],
]

AMBIGUOUS = [
["x23-01", "x23-08"],  # no sale down to 51 percent, then a price agreed for 51 percent: carried by x23-01/x23-02
["x23-01", "x23-09"],  # the same, against the completed sale: carried by x23-01/x23-02
["x23-04", "x23-05"],  # ample liquidity to meet any withdrawals, then working to restore its liquidity under a payment freeze ordered by the ECB
["x23-04", "x23-07"],  # operating normally, then liquidation: carried by x23-05/x23-07
["x23-10", "x23-13"],  # prices to follow international markets, then a decree to be reviewed
["x23-11", "x23-13"],  # the decision not to be reversed, then to be reviewed: carried by x23-11/x23-14 and x23-12/x23-13
["x23-12", "x23-14"],  # the decree not to be withdrawn, then withdrawn: carried by x23-12/x23-13 and x23-11/x23-14
["x23-17", "x23-19"],  # the extension signed, then a request to return to the September agreement: carried by x23-17/x23-20
["x23-18", "x23-20"],  # a sovereign decision not to yield, then scrapped: carried by x23-18/x23-19
["x23-21", "x23-23"],  # an election declared void and a new vote called, then the parliament from that election summoned after the court ruled
["x23-16", "x23-28"],  # filings from the second quarter, then the U.S. filing in the fourth: carried by x23-16/x23-22 and x23-26/x23-28
["x23-22", "x23-28"],  # U.S. filing in the third quarter, then the fourth: carried by x23-26/x23-28
["x23-28", "x23-34"],  # FDA filing in the fourth quarter, then Jan. 31: carried by x23-29/x23-34
["x23-30", "x23-42"],  # willing to pull out of China, then a return: carried by x23-32/x23-42
["x23-37", "x23-43"],  # Karakalpakstan's sovereignty dropped in the draft, kept in the final text: carried by x23-37/x23-38
["x23-39", "x23-43"],  # 18 dead in the first official toll, 21 in the later one; a revised toll, without a reason given
["x23-44", "x23-45"],  # an agreement to combine, then a non-binding framework and a deal not done
["x23-36", "x23-47"],  # no competing with a foreign monarchy, then the Saudi fund still a potential investor: carried by x23-36/x23-44
["x23-41", "x23-49"],  # the bill unconditionally withdrawn, then the law passed over a veto: carried by x23-41/x23-48
]

TRAPS = [
["x23-02", "x23-03", "an agreement in principle, then a dispute over its terms: the sale of 51 percent stands while price and control are argued"],
["x23-02", "x23-09", "a consistent restatement: a smelter within five years and operations to 2041, at the agreement and at completion"],
["x23-03", "x23-08", "an undecided matter, then decided: the valuation disputed in September, a price agreed the next July"],
["x23-08", "x23-09", "a stated date kept: completion expected before the end of the year, and completed in December"],
["x23-06", "x23-07", "a consistent restatement: enough assets to pay all depositors in full, said before and after the decision to liquidate"],
["x23-10", "x23-11", "a plan carried out as announced: a decree taking effect on Thursday, and prices that rose on Thursday"],
["x23-11", "x23-12", "another speaker's voice: the government's 60-day emergency, and the court's limit of 30 days"],
["x23-13", "x23-14", "an undecided matter, then decided: a decree to be reviewed, then withdrawn"],
["x23-15", "x23-20", "a consistent position at both ends: commitment to the September agreement in February, and a return to it in May"],
["x23-17", "x23-18", "a consistent restatement: the extension signed, and defended against foreign criticism"],
["x23-19", "x23-20", "a plan carried out as announced: the president would go to parliament on Saturday, and parliament voted on Saturday"],
["x23-16", "x23-26", "different things measured: efficacy in the British trial and in the trial in the United States and Mexico"],
["x23-22", "x23-26", "a consistent restatement: filings in the third quarter, said in May and again in June"],
["x23-23", "x23-27", "a condition met: the caretaker government would stay until its appeals were heard, and concedes after losing"],
["x23-24", "x23-25", "a consistent position: parliament suspended, and a swearing-in called void because parliament was not convened"],
["x23-30", "x23-32", "a plan carried out: the tour said it was prepared to pull its tournaments from China, and did"],
["x23-31", "x23-33", "a consistent restatement: neither the video call nor the interview eases the tour's concerns"],
["x23-32", "x23-33", "a consistent restatement: the suspension announced in December and kept in February"],
["x23-35", "x23-36", "a consistent restatement: players suspended, and the commissioner's criticism of LIV's backers"],
["x23-38", "x23-43", "a stated plan kept: Karakalpakstan's status to stay unchanged, and kept in the final text"],
["x23-45", "x23-47", "an undecided matter, still undecided: a deal not yet done, and talks that continue"],
["x23-46", "x23-48", "a condition attached: candidate status on the understanding that steps are taken, then a warning that a bill runs against them"],
["x23-46", "x23-49", "a consistent restatement: the goal of opening membership negotiations, in December and again in May"],
["x23-48", "x23-49", "a plan carried out as announced: the bill reintroduced, and passed"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
