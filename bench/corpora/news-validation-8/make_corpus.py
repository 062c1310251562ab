#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-8, then checks them.

Every document retells a real, dated public event in the team's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "russia", "name": "Russia",
     "aliases": ["Russian Federation", "Moscow", "Kremlin", "Russian government", "Central Bank of Russia",
                 "Russian central bank", "Bank of Russia", "Russian Finance Ministry", "Federal Security Service",
                 "FSB", "Russian Transport Ministry", "Rosaviatsia", "Federal Air Transport Agency"],
     "speakers": [
         {"name": "Boris Yeltsin", "role": "President", "from": "1991-07-10", "to": "1999-12-31"},
         {"name": "Sergei Kiriyenko", "role": "Prime Minister", "from": "1998-03-23", "to": "1998-08-23"},
         {"name": "Viktor Chernomyrdin", "role": "Acting Prime Minister", "from": "1998-08-23", "to": "1998-09-11"},
         {"name": "Sergei Dubinin", "role": "Chairman, Central Bank of Russia", "from": "1995-11-22", "to": "1998-09-11"},
         {"name": "Anatoly Chubais", "role": "Presidential Envoy to International Financial Institutions", "from": "1998-06-17", "to": "1998-08-28"},
         {"name": "Vladimir Putin", "role": "President", "from": "2012-05-07", "to": ONGOING},
         {"name": "Dmitry Peskov", "role": "Kremlin Spokesman", "from": "2012-05-22", "to": ONGOING},
         {"name": "Alexander Bortnikov", "role": "Director, Federal Security Service", "from": "2008-05-12", "to": ONGOING},
         {"name": "Maxim Sokolov", "role": "Minister of Transport", "from": "2012-05-21", "to": "2018-05-18"},
         {"name": "Alexander Neradko", "role": "Head, Federal Air Transport Agency", "from": "2010-03-01", "to": "2021-01-01"}]},
    {"type": "actor", "id": "imf", "name": "International Monetary Fund",
     "aliases": ["IMF", "the Fund", "IMF executive board", "International Monetary Fund's executive board"],
     "speakers": [
         {"name": "Michel Camdessus", "role": "Managing Director", "from": "1987-01-16", "to": "2000-02-14"},
         {"name": "Stanley Fischer", "role": "First Deputy Managing Director", "from": "1994-09-01", "to": "2001-08-31"},
         {"name": "Horst Koehler", "role": "Managing Director", "from": "2000-05-01", "to": "2004-03-04"},
         {"name": "Anne Krueger", "role": "First Deputy Managing Director", "from": "2001-09-01", "to": "2006-08-31"},
         {"name": "Thomas Dawson", "role": "Director, External Relations Department", "from": "1999-01-01", "to": "2005-12-31"}]},
    {"type": "actor", "id": "argentina", "name": "Argentina",
     "aliases": ["Argentine government", "Buenos Aires", "Argentine Economy Ministry", "Economy Ministry",
                 "Casa Rosada", "Central Bank of Argentina"],
     "speakers": [
         {"name": "Fernando de la Rua", "role": "President", "from": "1999-12-10", "to": "2001-12-21"},
         {"name": "Domingo Cavallo", "role": "Minister of Economy", "from": "2001-03-20", "to": "2001-12-20"},
         {"name": "Adolfo Rodriguez Saa", "role": "Interim President", "from": "2001-12-23", "to": "2001-12-30"},
         {"name": "Eduardo Duhalde", "role": "President", "from": "2002-01-01", "to": "2003-05-25"},
         {"name": "Jorge Remes Lenicov", "role": "Minister of Economy", "from": "2002-01-03", "to": "2002-04-27"}]},
    {"type": "actor", "id": "united-nations", "name": "United Nations",
     "aliases": ["UN", "U.N.", "world body", "UN Secretariat", "MINUSTAH", "U.N. Stabilization Mission in Haiti",
                 "United Nations Stabilization Mission in Haiti", "U.N. peacekeeping mission in Haiti"],
     "speakers": [
         {"name": "Ban Ki-moon", "role": "Secretary-General", "from": "2007-01-01", "to": "2016-12-31"},
         {"name": "Martin Nesirky", "role": "Spokesperson for the Secretary-General", "from": "2010-09-01", "to": "2014-01-31"},
         {"name": "Farhan Haq", "role": "Deputy Spokesperson for the Secretary-General", "from": "2008-01-01", "to": ONGOING},
         {"name": "Edmond Mulet", "role": "Special Representative for Haiti, head of MINUSTAH", "from": "2010-03-01", "to": "2011-06-01"},
         {"name": "Vincenzo Pugliese", "role": "Spokesman, MINUSTAH", "from": "2010-01-01", "to": "2011-12-31"}]},
    {"type": "actor", "id": "olympus", "name": "Olympus Corp.",
     "aliases": ["Olympus", "Olympus Corporation", "Olympus Corp"],
     "speakers": [
         {"name": "Tsuyoshi Kikukawa", "role": "Chairman", "from": "2001-06-28", "to": "2011-10-26"},
         {"name": "Tsuyoshi Kikukawa", "role": "President and Chief Executive Officer", "from": "2011-10-14", "to": "2011-10-26"},
         {"name": "Michael Woodford", "role": "President", "from": "2011-04-01", "to": "2011-10-14"},
         {"name": "Michael Woodford", "role": "Chief Executive Officer", "from": "2011-10-01", "to": "2011-10-14"},
         {"name": "Shuichi Takayama", "role": "President", "from": "2011-10-26", "to": "2012-04-20"},
         {"name": "Hisashi Mori", "role": "Executive Vice President", "from": "2009-06-26", "to": "2011-11-08"}]},
    {"type": "actor", "id": "egypt", "name": "Egypt",
     "aliases": ["Egyptian government", "Cairo", "Egyptian Civil Aviation Ministry", "civil aviation ministry",
                 "Egyptian investigation committee", "Egyptian Foreign Ministry", "Egyptian presidency"],
     "speakers": [
         {"name": "Abdel Fattah el-Sisi", "role": "President", "from": "2014-06-08", "to": ONGOING},
         {"name": "Sherif Ismail", "role": "Prime Minister", "from": "2015-09-19", "to": "2018-06-07"},
         {"name": "Hossam Kamal", "role": "Minister of Civil Aviation", "from": "2015-03-05", "to": "2016-03-23"},
         {"name": "Ayman el-Muqaddem", "role": "Head, technical investigation committee", "from": "2015-10-31", "to": "2017-12-31"},
         {"name": "Sameh Shoukry", "role": "Foreign Minister", "from": "2014-06-17", "to": "2024-07-03"}]},
    {"type": "actor", "id": "united-states", "name": "United States",
     "aliases": ["US", "U.S.", "Washington", "White House", "Pentagon", "Defense Department", "U.S. military",
                 "U.S. Forces-Afghanistan", "U.S. forces in Afghanistan"],
     "speakers": [
         {"name": "Barack Obama", "role": "President", "from": "2009-01-20", "to": "2017-01-20"},
         {"name": "Ash Carter", "role": "Secretary of Defense", "from": "2015-02-17", "to": "2017-01-20"},
         {"name": "John Campbell", "role": "Commander, Resolute Support and U.S. Forces-Afghanistan", "from": "2014-08-26", "to": "2016-03-02"},
         {"name": "Brian Tribus", "role": "Spokesman, U.S. Forces-Afghanistan", "from": "2015-01-01", "to": "2015-12-31"},
         {"name": "Josh Earnest", "role": "White House Press Secretary", "from": "2014-06-20", "to": "2017-01-20"}]},
    {"type": "actor", "id": "msf", "name": "Medecins Sans Frontieres",
     "aliases": ["MSF", "Doctors Without Borders", "Médecins Sans Frontières"],
     "speakers": [
         {"name": "Joanne Liu", "role": "International President", "from": "2013-10-01", "to": "2019-10-01"},
         {"name": "Christopher Stokes", "role": "General Director", "from": "2014-01-01", "to": "2017-12-31"}]},
    {"type": "actor", "id": "nigeria", "name": "Nigeria",
     "aliases": ["Nigerian government", "Abuja", "Nigerian military", "Defence Headquarters", "Nigerian presidency",
                 "Nigerian army", "Federal Government of Nigeria"],
     "speakers": [
         {"name": "Goodluck Jonathan", "role": "President", "from": "2010-05-06", "to": "2015-05-29"},
         {"name": "Muhammadu Buhari", "role": "President", "from": "2015-05-29", "to": "2023-05-29"},
         {"name": "Alex Badeh", "role": "Chief of Defence Staff", "from": "2014-01-16", "to": "2015-07-13"},
         {"name": "Chris Olukolade", "role": "Director of Defence Information, Defence Headquarters", "from": "2013-01-01", "to": "2015-12-31"},
         {"name": "Hassan Tukur", "role": "Principal Private Secretary to the President", "from": "2011-06-01", "to": "2015-05-29"}]},
    {"type": "actor", "id": "south-korea", "name": "South Korea",
     "aliases": ["South Korean government", "Seoul", "Blue House", "Cheong Wa Dae", "presidential office",
                 "Korea Coast Guard", "Ministry of Security and Public Administration",
                 "Central Disaster and Safety Countermeasures Headquarters", "maritime ministry",
                 "Ministry of Oceans and Fisheries"],
     "speakers": [
         {"name": "Park Geun-hye", "role": "President", "from": "2013-02-25", "to": "2017-03-10"},
         {"name": "Chung Hong-won", "role": "Prime Minister", "from": "2013-02-26", "to": "2015-02-16"},
         {"name": "Lee Gyeong-og", "role": "Vice Minister of Security and Public Administration", "from": "2013-03-01", "to": "2014-12-31"},
         {"name": "Kim Suk-kyoon", "role": "Commissioner General, Korea Coast Guard", "from": "2013-03-01", "to": "2014-11-18"},
         {"name": "Yoon Doo-hyun", "role": "Senior Presidential Secretary for Public Affairs", "from": "2014-06-12", "to": "2015-12-31"}]},
    {"type": "actor", "id": "rba", "name": "Reserve Bank of Australia",
     "aliases": ["RBA", "Reserve Bank", "Australia's central bank", "Australian central bank"],
     "speakers": [
         {"name": "Philip Lowe", "role": "Governor", "from": "2016-09-18", "to": "2023-09-17"},
         {"name": "Guy Debelle", "role": "Deputy Governor", "from": "2016-09-18", "to": "2022-03-01"},
         {"name": "Michele Bullock", "role": "Deputy Governor", "from": "2022-04-05", "to": "2023-09-17"}]},
    {"type": "actor", "id": "canada", "name": "Canada",
     "aliases": ["Canadian government", "Government of Canada", "Ottawa", "Liberal government", "Prime Minister's Office"],
     "speakers": [
         {"name": "Justin Trudeau", "role": "Prime Minister", "from": "2015-11-04", "to": "2025-03-14"},
         {"name": "Maryam Monsef", "role": "Minister of Democratic Institutions", "from": "2015-11-04", "to": "2017-01-10"},
         {"name": "Karina Gould", "role": "Minister of Democratic Institutions", "from": "2017-01-10", "to": "2019-11-20"},
         {"name": "David Johnston", "role": "Governor General", "from": "2010-10-01", "to": "2017-10-02"}]},
]

OUTLETS = {
    "Ravensgate Financial Wire": "ravensgate-financial.example",
    "Hollowmere News Service": "hollowmere-news.example",
    "Quillford Dispatch": "quillford-dispatch.example",
    "Amberley Press Agency": "amberley-press.example",
    "Dunmore Courier": "dunmore-courier.example",
    "Sedgefield Newswire": "sedgefield-news.example",
    "Larchmont Ledger": "larchmont-ledger.example",
    "Whitlow Wire Service": "whitlow-wire.example",
    "Brackenridge Herald": "brackenridge-herald.example",
    "Fenwick Wire": "fenwick-wire.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- the rouble, 1998 (1-5)
("y01", "Ravensgate Financial Wire", "1998-07-21T01:30:00Z", "IMF approves $11.2 billion for Russia but trims first payment", [
"The International Monetary Fund's executive board on Monday approved an $11.2 billion loan to Russia, the centrepiece of a $22.6 billion international rescue, but cut the first installment to $4.8 billion from the $5.6 billion that the Fund's management had proposed.",
"Directors scaled back the initial payment after the State Duma last week refused to pass several of the tax measures Moscow had promised, leaving President Boris Yeltsin to impose some of them by decree. First Deputy Managing Director Stanley Fischer said in a statement that the program was strong, and that the rest of the money could flow later in the year if the government kept its commitments on revenue. A second installment of about $4.3 billion is pencilled in for September.",
"Anatoly Chubais, the Kremlin's envoy to international lenders, told reporters before the vote that a cut of less than $1 billion would do Russia no harm. He said the loans would give the central bank enough reserves to defend the rouble and would let the government meet every obligation on its short-term treasury bills, known as GKOs. Russian officials, Prime Minister Sergei Kiriyenko among them, have repeatedly ruled out a devaluation.",
]),
("y02", "Hollowmere News Service", "1998-08-14T16:10:00Z", "Yeltsin rules out rouble devaluation, says Kiriyenko stays", [
"President Boris Yeltsin said on Friday that Russia would not devalue the rouble, brushing off a week of turmoil on Moscow's financial markets as the product of a fresh wave of global financial trouble.",
"\"There will be no devaluation -- that's firm and definite,\" Yeltsin told reporters in the northwestern city of Novgorod, which he visited from his holiday retreat at Valdai. He said the government had counted its reserves and was ready to ride out the pressure, and that cutting his holiday short would only signal a panic that did not exist. Asked whether he still backed Prime Minister Sergei Kiriyenko, the president said he would keep him on.",
"The central bank has also insisted it will hold the rouble inside its official band, which lets the currency move up to 15 percent either side of 6.2 to the dollar. Some exchange booths in central Moscow ran short of dollars on Friday, and yields on treasury bills have soared. The financier George Soros, in a letter published on Thursday by the Financial Times, wrote that Russia's markets had reached the terminal phase of a meltdown and urged a devaluation of 15 to 25 percent. Last month Russia secured a $22.6 billion rescue from the IMF, the World Bank and Japan.",
]),
("y03", "Quillford Dispatch", "1998-08-17T14:30:00Z", "Russia widens rouble band, forces restructuring of treasury bills", [
"Russia effectively devalued the rouble on Monday, three days after President Boris Yeltsin ruled it out, as the government and the central bank widened the currency's trading band and announced a forced restructuring of short-term government debt.",
"Under a joint statement, the rouble will now be allowed to trade between 6.0 and 9.5 to the dollar, against a ceiling of about 7.1 until now, meaning it can lose about a third of its value. Prime Minister Sergei Kiriyenko said the new corridor would remain in force until the end of the year. Treasury bills falling due before the end of 1999 will be swapped into new securities, and trading in them has been halted. Russian banks will be barred for 90 days from repaying some of their foreign loans.",
"Kiriyenko told a news conference that the measures had been forced on Russia by the global crisis and by parliament's failure to pass the government's budget plan, and that they were meant to shield the budget and the banks from the turmoil. Traders expect the rouble to head quickly toward the top of its new range. Foreign holders of the bills face heavy losses, analysts said.",
]),
("y04", "Hollowmere News Service", "1998-08-24T17:00:00Z", "Yeltsin sacks Kiriyenko, brings back Chernomyrdin", [
"President Boris Yeltsin dismissed Prime Minister Sergei Kiriyenko and his cabinet on Sunday and named Viktor Chernomyrdin, the veteran he had fired in March, as acting prime minister, a week after the government's emergency moves on the rouble and the debt market.",
"In a televised address on Monday, Yeltsin said Russia needed heavyweights to see it through the crisis and that the change would ensure continuity and stability. He said Chernomyrdin's experience would be needed to steer the country out of its financial troubles, and asked the State Duma to confirm him quickly.",
"Communist leaders in the Duma, which must approve the nomination, said they wanted a change of policy and not merely a change of faces. Kiriyenko, 36, had been in office for barely five months. Bankers in Moscow said the reshuffle did nothing to settle who would pay for the frozen treasury bills, and the rouble slipped again in street trading.",
]),
("y05", "Ravensgate Financial Wire", "1998-09-02T19:00:00Z", "Russian central bank abandons rouble band", [
"Russia's central bank said on Wednesday it would no longer defend the rouble's trading band and would let the market set the exchange rate, scrapping the corridor of 6.0 to 9.5 per dollar barely two weeks after it was announced.",
"The bank said in a statement that it would stop fixing limits on the currency's daily movement and would intervene only to smooth sharp swings. Central bank officials said weeks of intervention had drained reserves and that holding the line was no longer possible. The rouble, which traded near 6.3 to the dollar in mid-August, has already slid close to the top of the abandoned range and is expected to weaken further.",
"The move deepens a political vacuum. The State Duma on Monday rejected Viktor Chernomyrdin's nomination as prime minister, and lawmakers are pressing central bank chairman Sergei Dubinin to resign. IMF officials have indicated that no new money is on offer beyond the July package, and the Fund has not said whether it will release the next installment of its loan.",
]),
# ---------------------------------------------------------------- Argentina (1-6)
("y06", "Amberley Press Agency", "2001-12-02T01:30:00Z", "Argentina caps cash withdrawals to halt run on banks", [
"Argentina limited cash withdrawals from bank accounts to 250 pesos or dollars a week on Saturday, an emergency step to stem a run that pulled an estimated $700 million out of banks on Friday alone. Economy Minister Domingo Cavallo said the curbs would last 90 days.",
"Transfers of money abroad will be limited to $1,000 a month, though Argentines can still pay by cheque, debit card and bank transfer without limit. Cavallo told a news conference that the measure was temporary and meant to preserve people's savings, and he blamed speculators who were betting on a devaluation. The one-to-one link between the peso and the dollar, in place since 1991, would not be touched, he said, and deposits were safe.",
"Bankers said the freeze would choke an economy that runs largely on cash and is in its fourth year of recession. Unions threatened a general strike, and shopkeepers in Buenos Aires said sales had already collapsed. The government is also racing to restructure its debt with local creditors and is waiting for the International Monetary Fund to approve its next loan payment.",
]),
("y07", "Ravensgate Financial Wire", "2001-12-06T02:30:00Z", "IMF holds back $1.26 billion from Argentina", [
"The International Monetary Fund said on Wednesday it could not yet sign off on Argentina's economic program, holding back a $1.26 billion loan payment that Buenos Aires had been counting on to meet debts falling due this month.",
"After its board was briefed on Argentina, the Fund said in a statement that, on the strength of what its mission in Buenos Aires had found, management was not in a position at this stage to recommend that the review be completed. A spokesman said the Fund remained in close contact with the Argentine authorities and was committed to working with them on a sustainable program.",
"The decision is a heavy blow to Economy Minister Domingo Cavallo, whose pledge of a zero budget deficit persuaded the Fund in August to add $8 billion to its support. Argentina's public debt stands at about $132 billion, and about $900 million is due in December. Economy Ministry officials said the government still intended to pay what it owes this month. Analysts said a default now looked nearer.",
]),
("y08", "Amberley Press Agency", "2001-12-24T01:00:00Z", "Argentina's new president suspends payments on foreign debt", [
"Adolfo Rodriguez Saa, sworn in on Sunday as Argentina's interim president, announced that the country would stop paying its foreign debt, setting the stage for the largest sovereign default on record.",
"In his first speech to Congress, the Peronist governor of San Luis said payments of principal and interest on the public debt, which totals about $132 billion, would be suspended and the money put into job creation. He insisted the move did not mean repudiating the debt. Lawmakers rose to applaud.",
"Rodriguez Saa pledged that the peso would not be devalued and would keep its one-to-one link to the dollar. To ease a severe shortage of cash, he said, a third currency to be called the argentino, which could not be exchanged for dollars, would circulate alongside the peso. He also promised a million jobs, froze public hiring and said official cars would be sold.",
"He is due to serve only until an election on March 3. Economists questioned how a new currency could live alongside a fixed peg.",
]),
("y09", "Dunmore Courier", "2002-01-02T06:30:00Z", "Duhalde takes office, tells Argentines the country is bankrupt", [
"Eduardo Duhalde was sworn in as Argentina's president around midnight on Tuesday, the fifth person to hold the office in less than two weeks, and told Congress bluntly that the country was bankrupt.",
"The Peronist senator, chosen by a joint session to complete Fernando de la Rua's term, said the economic model built on the fixed exchange rate had run its course and would be replaced, though he gave no details. Turning to savers whose money has been frozen since early December, he promised that the state would not let them become victims of the financial system and that the currency of each deposit would be respected. \"Whoever deposited dollars will receive dollars; whoever deposited pesos will receive pesos,\" Duhalde said.",
"Aides said a new economic team would be named on Wednesday, with Jorge Remes Lenicov expected at the economy ministry. Markets expect the peso's decade-old peg to be dropped within days. Savers' groups said they would judge the new government on whether deposits were handed back.",
]),
("y10", "Sedgefield Newswire", "2002-01-07T03:30:00Z", "Argentina devalues peso, ending decade-old dollar peg", [
"Argentina devalued the peso late on Sunday and buried the one-to-one peg that had tied it to the dollar for a decade, hours after Congress approved an emergency law that hands the government sweeping economic powers.",
"Economy Minister Jorge Remes Lenicov said an official rate of 1.40 pesos per dollar would apply to exports, imports and some financial dealings, while other transactions would take place at whatever rate the market set. He described the two-tier system as a transitional arrangement and told reporters plainly that the country was in collapse. Tariffs charged by privatised utilities will be frozen and set in pesos.",
"Remes Lenicov said the monthly ceiling on cash withdrawals would rise to 1,500 pesos from 1,000, but larger fixed-term deposits would remain frozen and be returned over time. Exporters welcomed the end of the peg, while companies and families with debts in dollars braced for losses.",
]),
("y11", "Dunmore Courier", "2002-02-04T02:30:00Z", "Argentina turns dollar deposits into pesos, lets currency float", [
"Argentina will convert all dollar bank deposits into pesos at 1.40 per dollar and let the peso float freely, President Eduardo Duhalde's government said on Sunday, abandoning the pledge he made on taking office that dollar savers would get dollars back.",
"Economy Minister Jorge Remes Lenicov said the converted deposits would be adjusted for inflation, and that debts owed to banks in dollars would be turned into pesos one for one, with the banks compensated by government bonds. The two-tier exchange rate set up in January will give way to a single rate set by the market when currency trading resumes.",
"Duhalde said the government had no choice because the dollars that savers were owed were no longer in the banks. Groups of savers protested outside banks in Buenos Aires on Sunday night, and lawyers said a wave of court challenges was likely. Business leaders said a single floating rate at least ended weeks of uncertainty.",
]),
# ---------------------------------------------------------------- cholera in Haiti (1-2)
("y12", "Whitlow Wire Service", "2010-10-28T01:30:00Z", "U.N. mission denies its base caused Haiti cholera outbreak", [
"The U.N. peacekeeping mission in Haiti on Wednesday rejected accusations that waste from a base housing Nepalese troops had set off the cholera epidemic that has killed more than 300 people in the centre of the country.",
"Mission spokesman Vincenzo Pugliese said samples collected from the base at Mirebalais last Friday by civilian engineers had tested negative for cholera, and that the force commander had ordered further tests to confirm the result. None of the Nepalese soldiers had shown symptoms of the disease, he said, and sanitation at the base was managed properly.",
"Journalists from The Associated Press who visited the base unannounced found military investigators taking samples of foul-smelling waste that trickles from behind the compound toward a tributary of the Artibonite River. Health officials say at least 303 people have died and more than 4,700 have been taken to hospital since the outbreak was first noted on Oct. 20, the first cholera seen in Haiti in decades. Residents of Mirebalais have demanded that the Nepalese leave.",
]),
("y13", "Whitlow Wire Service", "2010-11-19T00:30:00Z", "U.N. says no link shown between peacekeepers and cholera as protests spread", [
"The United Nations said on Thursday that no direct link had been shown between its Nepalese peacekeepers and Haiti's cholera epidemic, as protests against the mission spread and the death toll passed 1,100.",
"Deputy spokesman Farhan Haq told reporters in New York that, from a medical point of view, no connection had been established between the disease and the contingent. He said that although U.S. health authorities had identified the strain as a South Asian one, that strain had travelled around the world and was not confined to South Asia. Repeated tests of water from the camp at Mirebalais and from the stream beside it had come back negative, he said, adding that the mission was willing to take part in any further investigation.",
"Haq confirmed that a man had been killed this week in Cap-Haitien after protesters fired on peacekeepers, who returned fire in self-defence. The mission said earlier this week that the unrest appeared to be politically motivated, coming days before the Nov. 28 elections. Aid groups said the rioting had held up treatment of the sick.",
]),
# ---------------------------------------------------------------- Olympus (1-5)
("y14", "Larchmont Ledger", "2011-10-18T11:00:00Z", "Olympus chairman defends deal fees after ousting British chief", [
"Olympus Corp. chairman Tsuyoshi Kikukawa on Tuesday defended payments the camera and endoscope maker made to advisers on a 2008 takeover, after its ousted chief executive said he had been fired for questioning them.",
"Michael Woodford, the Briton who became president in April and chief executive two weeks ago, was removed by the board on Friday. Olympus said at the time that he had strayed far from the rest of management over the company's direction and methods, causing problems for decision-making, and Kikukawa took back the top job. Woodford says he was dismissed after commissioning a review of $687 million in fees tied to the $2.2 billion purchase of British medical equipment maker Gyrus, and of the prices paid for three small Japanese companies.",
"Kikukawa told the Nikkei newspaper the fees were not excessive and that the amount paid to advisers was closer to 30 billion yen, or about $390 million, than the sum Woodford has cited. The company has said all its acquisitions followed proper procedures. Olympus shares have lost more than a third of their value since Friday. Woodford has given his findings to Britain's Serious Fraud Office.",
]),
("y15", "Larchmont Ledger", "2011-10-20T01:00:00Z", "Olympus confirms $687 million in deal payments, denies wrongdoing", [
"Olympus Corp. acknowledged on Wednesday that it paid $687 million in connection with its 2008 takeover of Gyrus, confirming the figure cited by its former chief executive a day after its chairman suggested a far smaller amount.",
"In a statement, the company said the total covered advisory fees and the buy-back of preferred shares issued as part of the deal, and insisted that the transactions had been handled appropriately. It said a report commissioned by Michael Woodford, whom it fired on Friday, rested largely on supposition and speculation and was at odds with the facts.",
"Olympus also said Woodford's demand that certain executives step down had not been the direct reason for his removal but was one of numerous arbitrary actions he had taken, and that it was considering legal action against him over the damage to its business. Woodford, speaking in London, said the company was trying to divert attention from the payments. JPMorgan and Goldman Sachs have suspended their research on the stock.",
]),
("y16", "Larchmont Ledger", "2011-10-27T09:00:00Z", "New Olympus president defends Gyrus deal as Kikukawa steps down", [
"Olympus Corp.'s new president, Shuichi Takayama, defended the company's disputed acquisitions on Thursday, a day after chairman Tsuyoshi Kikukawa resigned amid the storm over the dismissal of former chief executive Michael Woodford.",
"Olympus said on Wednesday that Kikukawa had given up his posts because of the trouble that press reports and the slide in the share price had caused customers, business partners and shareholders, and that he would stay on as a director without executive powers. Takayama pledged to work sincerely to regain public trust.",
"At a news conference in Tokyo, Takayama said the payments linked to the Gyrus purchase would pay off given the value the unit would bring in future, and described the three Japanese acquisitions as part of an effort to reduce the company's heavy reliance on endoscopes. He blamed the leak of confidential information for the fall in Olympus's market value. The company has said an independent panel will examine the deals. Its shares have roughly halved since Oct. 14.",
]),
("y17", "Larchmont Ledger", "2011-11-08T06:30:00Z", "Olympus admits it hid investment losses for decades", [
"Olympus Corp. admitted on Tuesday that it had used fees and acquisition payments to conceal losses on securities investments going back to the 1990s, reversing weeks of denials and vindicating the chief executive it fired last month.",
"President Shuichi Takayama said money tied to the $2.2 billion purchase of Gyrus, including the $687 million advisory payment, and to the $773 million spent on three small Japanese firms had been used to paper over the losses. \"I was absolutely unaware of the facts I am now explaining to you,\" Takayama told about 200 journalists, bowing in apology. He said the company's earlier explanations had been mistaken.",
"Takayama blamed former chairman Tsuyoshi Kikukawa, executive vice president Hisashi Mori and standing auditor Hideo Yamada, and said the company would consider criminal complaints against them. Mori was dismissed, and Yamada has said he intends to resign. Olympus shares fell by their daily limit, losing about 29 percent.",
]),
("y18", "Fenwick Wire", "2011-12-06T08:30:00Z", "Panel says Olympus management was rotten at the core", [
"An independent panel appointed by Olympus Corp. said on Tuesday that the core of the company's management had been rotten, in a report detailing how the camera maker hid some $1.7 billion in losses from failed investments made in the 1990s.",
"The six-member panel, led by former Supreme Court justice Tatsuo Kainaka, said the cover-up had been run by a small circle of executives, and it urged legal action against those responsible and the replacement of other directors. It found no evidence of links to organised crime, easing fears that the shares could be delisted, and it faulted the outside auditors for failing to catch the fraud.",
"Olympus said in a statement that it took the findings seriously and was considering further fundamental measures to restore confidence as soon as possible. The company said it intended to file its overdue first-half results by the Tokyo Stock Exchange's deadline of Dec. 14. Michael Woodford, the ousted chief executive, said he was surprised by how plainly the report condemned the board. The shares rose.",
]),
# ---------------------------------------------------------------- cholera in Haiti (3)
("y19", "Whitlow Wire Service", "2013-02-21T21:30:00Z", "U.N. rejects Haiti cholera compensation claims, citing immunity", [
"The United Nations said on Thursday it would not accept compensation claims filed on behalf of Haitians sickened or bereaved by cholera, invoking the legal immunity granted to it under a 1946 convention.",
"Martin Nesirky, spokesman for Secretary-General Ban Ki-moon, said the claims were \"not receivable\" under Section 29 of the Convention on the Privileges and Immunities of the United Nations. Ban telephoned Haitian President Michel Martelly to tell him of the decision, Nesirky said, and reiterated his deep sympathy for the suffering the epidemic has caused. The spokesman said the world body remained committed to helping Haiti rid itself of the disease.",
"The claims, lodged in 2011 by human rights lawyers for about 5,000 victims, argued that peacekeepers from Nepal brought the disease to Haiti through sewage from their base at Mirebalais. Lawyers for the victims said they would consider going to court. Nearly 8,000 people have died of cholera in Haiti since October 2010.",
]),
# ---------------------------------------------------------------- Sewol (1-2) and Chibok (1-2)
("y20", "Brackenridge Herald", "2014-04-16T05:30:00Z", "Ferry carrying hundreds of students sinks off South Korea", [
"A ferry carrying 477 people, most of them students from a high school near Seoul, capsized and sank off South Korea's southwest coast on Wednesday, and government officials said 368 had been rescued.",
"The Sewol sent a distress signal shortly before 9 a.m. about 20 km off the island of Byeongpung, near Jindo, while sailing from Incheon to the resort island of Jeju. Coast guard vessels, navy ships and fishing boats raced to the scene, and television showed rescuers pulling passengers in life jackets from the water as the ship rolled onto its side and slipped beneath the surface.",
"The Central Disaster and Safety Countermeasures Headquarters said two people had been confirmed dead, a crew member and a student. About 325 of those on board were second-year students of Danwon High School in Ansan; a school official had earlier told parents that all of the students were safe, though rescuers could not confirm it. President Park Geun-hye ordered officials to spare no effort to bring everyone off the ship.",
]),
("y21", "Brackenridge Herald", "2014-04-16T13:00:00Z", "South Korea says it miscounted the rescued; nearly 300 missing", [
"South Korean officials said on Wednesday that only 164 people had been confirmed rescued from the sunken ferry Sewol, far fewer than the 368 announced hours earlier, leaving close to 300 passengers and crew unaccounted for.",
"Vice Minister of Security and Public Administration Lee Gyeong-og said the inflated figure had come from confused information arriving from several sources at once. The maritime ministry revised the number of people on board to 459 from 477. At least two people have died.",
"Divers struggled in strong currents and murky water to reach the overturned hull, and officials said some passengers might have been picked up by private fishing boats that had yet to report in. Relatives gathered at a gymnasium on Jindo shouted at officials for answers. Most of the missing are students of Danwon High School.",
]),
("y22", "Dunmore Courier", "2014-04-16T21:00:00Z", "Nigerian military says most abducted schoolgirls have been freed", [
"Nigeria's military said on Wednesday that all but eight of the schoolgirls seized by suspected Islamist gunmen from a school in the northeastern town of Chibok had been freed, two days after the raid.",
"Defence Headquarters spokesman Maj. Gen. Chris Olukolade said in a statement that troops, working with local vigilantes and hunters, were pursuing the abductors and that the search for the remaining eight was continuing. He said the school's principal had confirmed the figures.",
"Gunmen believed to belong to Boko Haram stormed the Government Girls Secondary School late on Monday, set buildings alight and drove off with scores of students who had returned to sit their exams. State officials have put the number of girls taken at 129. Parents in Chibok said many of their daughters had not come home, and some set off into the Sambisa forest to look for them.",
]),
("y23", "Dunmore Courier", "2014-04-18T07:00:00Z", "Nigerian military retracts claim that kidnapped girls were freed", [
"Nigeria's military has withdrawn its claim that nearly all the girls abducted from a school in Chibok had been freed, after the school's principal and the Borno state government said most of them were still missing.",
"In a statement issued late on Thursday, Defence Headquarters spokesman Maj. Gen. Chris Olukolade said that in light of the principal's denial the military deferred to her figures and those of the state governor on how many students remained missing, and retracted its earlier statement while the search went on. He said the report had reached the military from the field through official channels and had been released in good faith, not to deceive anyone.",
"The principal, Asabe Kwambura, said she had never told the military the girls were free. Borno's education commissioner said 20 students had reached the school so far, and that they had escaped from their captors rather than been rescued. Parents said more than 100 girls were still in the hands of the gunmen.",
]),
# ---------------------------------------------------------------- Sewol (3-4) and Chibok (3)
("y24", "Brackenridge Herald", "2014-04-27T05:00:00Z", "South Korean prime minister quits over ferry disaster", [
"South Korean Prime Minister Chung Hong-won offered his resignation on Sunday, taking responsibility for the sinking of the ferry Sewol and for what he acknowledged was a poor initial response by the government.",
"In a televised statement, Chung said he should step down as head of the cabinet, and apologised for failing to prevent the accident and to deal properly with its aftermath. The presidential office said President Park Geun-hye had accepted the resignation, but that Chung would stay in his post until the search and recovery operation had been brought under control.",
"Of the 476 people now believed to have been aboard, the government says 174 were rescued. Divers have recovered 187 bodies, and 115 people are still missing, most of them students. The captain and crew members who steered the ship have been arrested, and families have accused the coast guard of moving too slowly in the first hours.",
]),
("y25", "Brackenridge Herald", "2014-05-19T03:30:00Z", "Park apologises for ferry response, says coast guard will be disbanded", [
"President Park Geun-hye apologised on Monday for her government's handling of the Sewol ferry disaster and said the coast guard would be dismantled, calling its rescue effort a failure.",
"In a televised address, Park said the ultimate responsibility for the poor response lay with her. She said the coast guard's duties would be split between the national police and a new national safety agency, and that officials who had neglected their duties would be held to account. Her voice broke as she named crew members and a teacher who had died helping students escape.",
"More than 280 people are confirmed dead and nearly 20 are still missing. Earlier this month the government lowered its count of survivors to 172 from 174, saying one survivor had been listed twice and another count rested on a passenger's wrong account. Opposition lawmakers said scrapping the coast guard was a hasty reaction that would not fix the failures exposed by the sinking.",
]),
("y26", "Dunmore Courier", "2014-05-26T18:30:00Z", "Nigeria says it knows where kidnapped girls are held", [
"Nigeria's top military officer said on Monday that the armed forces had located the more than 200 schoolgirls abducted by Boko Haram last month, but ruled out using force to free them.",
"\"The good news for the parents of the girls is that we know where they are, but we cannot tell you,\" Chief of Defence Staff Air Marshal Alex Badeh told a crowd that had marched to the defence headquarters in Abuja. When he asked whether troops should go in with force, the demonstrators shouted no. \"We can't go and kill our girls in the name of trying to get them back,\" Badeh said, adding that the military knew what it was doing.",
"Badeh gave no details. The United States, Britain, France and Israel are helping the search with surveillance aircraft and advisers. Boko Haram's leader, Abubakar Shekau, has offered to free the girls in exchange for jailed militants, a swap the government has turned down.",
]),
("y27", "Brackenridge Herald", "2014-06-26T04:30:00Z", "South Korea's Park keeps prime minister after two nominees pull out", [
"President Park Geun-hye has asked Prime Minister Chung Hong-won to stay on, turning down the resignation he offered in April over the ferry disaster, after both of her choices to succeed him withdrew, her office said on Thursday.",
"Senior presidential secretary Yoon Doo-hyun told reporters that Park had rejected Chung's offer to quit and wanted him to keep serving, because urgent state business had piled up and the confirmation fights had left a vacuum and divided public opinion. The office also said it would create a new senior secretary post to vet appointees.",
"Park's first nominee, former Supreme Court justice Ahn Dai-hee, withdrew last month over his earnings as a lawyer, and her second, former journalist Moon Chang-keuk, pulled out on Tuesday after criticism of his past remarks about Japan's colonial rule. Local media said it was the first time a South Korean president had kept a prime minister who had offered to resign. Opposition lawmakers said Park had run out of options.",
]),
("y28", "Dunmore Courier", "2014-10-17T19:30:00Z", "Nigeria announces truce with Boko Haram, says girls will be freed", [
"Nigeria's government said on Friday it had agreed a ceasefire with Boko Haram and that the Islamist group had promised to release the more than 200 schoolgirls it kidnapped from Chibok in April.",
"Chief of Defence Staff Air Marshal Alex Badeh announced the truce at the close of a security meeting with Cameroonian commanders in Abuja and ordered all service chiefs to abide by it. Hassan Tukur, principal private secretary to President Goodluck Jonathan, told the BBC that the deal followed a month of talks mediated by Chad. \"They've assured us they have the girls and they will release them,\" he said, adding that he was cautiously optimistic and that details would be settled at a further meeting in N'Djamena next week.",
"Boko Haram has made no public statement. A man who describes himself as the group's secretary-general, Danladi Ahmadu, told the Voice of America that the girls were unharmed. Campaigners in the Bring Back Our Girls movement said they would believe it when the girls were home.",
]),
# ---------------------------------------------------------------- Kunduz (1-3)
("y29", "Sedgefield Newswire", "2015-10-03T20:00:00Z", "Air strike hits MSF hospital in Kunduz, killing at least 19", [
"An air strike destroyed much of a trauma hospital run by Medecins Sans Frontieres in the Afghan city of Kunduz early on Saturday, as government forces fought to retake the city from the Taliban. The charity said at least 19 people were killed, among them 12 of its staff and three children.",
"The U.S. military said American forces had carried out a strike in Kunduz at 2:15 a.m. against individuals threatening the force, and that the strike may have resulted in collateral damage to a nearby medical facility. Defense Secretary Ash Carter said an investigation was under way and that the situation remained confused. President Barack Obama offered condolences and said he would await the results of the inquiry before reaching a judgement.",
"MSF said the bombing went on for more than half an hour after it alerted U.S. and Afghan officials in Kabul and Washington, and that it had given the hospital's coordinates to all sides. It condemned the raid in the strongest terms. Afghan officials said Taliban fighters had been firing from the compound, which MSF denied.",
]),
("y30", "Sedgefield Newswire", "2015-10-05T18:30:00Z", "U.S. general says Afghans called in strike that hit Kunduz hospital", [
"The U.S. commander in Afghanistan said on Monday that Afghan forces had asked for the air strike that hit a Medecins Sans Frontieres hospital in Kunduz, correcting earlier accounts that American troops had been under threat and had called it in on their own behalf.",
"Gen. John Campbell told reporters at the Pentagon that \"we have now learned\" that Afghan forces, reporting fire from enemy positions, had asked U.S. forces for air support. A strike was then called to eliminate the Taliban threat and several civilians were accidentally struck, he said. Campbell said the investigation would show whether mistakes were made, and that those responsible would be held accountable.",
"MSF, which now puts the death toll at 22, said the U.S. account kept shifting. \"The reality is the U.S. dropped those bombs,\" said Christopher Stokes, the group's general director, who accused the military of trying to pass responsibility to the Afghan government. The charity has pulled its staff out of Kunduz.",
]),
("y31", "Sedgefield Newswire", "2015-10-07T22:30:00Z", "Obama apologises to MSF as general says hospital was hit by mistake", [
"President Barack Obama telephoned the head of Medecins Sans Frontieres on Wednesday to apologise for the U.S. air strike on the group's hospital in Kunduz, the White House said, a day after the top U.S. commander in Afghanistan told Congress the hospital had been hit in error.",
"Gen. John Campbell told the Senate Armed Services Committee on Tuesday that \"a hospital was mistakenly struck\" and that the military would never intentionally target a protected medical facility. He said that although Afghan forces had requested the support, the decision to fire was a U.S. decision made within the U.S. chain of command. White House spokesman Josh Earnest said Obama had promised a transparent and thorough review.",
"MSF international president Joanne Liu said in Geneva that the group could not rely on internal military investigations, and she asked for an inquiry by the International Humanitarian Fact-Finding Commission, a body set up under the Geneva Conventions that has never been used. She called the strike an attack on the Geneva Conventions themselves.",
]),
# ---------------------------------------------------------------- Metrojet 9268 (1-4)
("y32", "Hollowmere News Service", "2015-10-31T19:00:00Z", "Russian airliner crashes in Sinai, killing all 224 aboard", [
"A Russian airliner carrying holidaymakers home from the Egyptian resort of Sharm el-Sheikh crashed in the mountains of central Sinai on Saturday, killing all 217 passengers and seven crew, most of them Russians.",
"The Airbus A321, operated by Kogalymavia under the Metrojet brand and bound for St Petersburg, vanished from radar about 23 minutes after take-off. Egyptian Civil Aviation Minister Hossam Kamal said there had been nothing unusual in the crew's contacts with air traffic control and no distress call. Prime Minister Sherif Ismail flew to the crash site.",
"A militant group in Sinai that has pledged allegiance to Islamic State said on social media that it had brought the plane down. Russian Transport Minister Maxim Sokolov told Interfax that reports that militants had shot the plane down \"can't be considered accurate\", and said the Egyptian authorities had no information to support them. Egyptian security sources pointed to a technical fault. President Vladimir Putin declared Sunday a day of national mourning.",
]),
("y33", "Hollowmere News Service", "2015-11-03T11:00:00Z", "Egypt's Sisi calls Islamic State claim on Russian jet propaganda", [
"Egyptian President Abdel Fattah el-Sisi said claims that Islamic State militants had downed the Russian airliner that crashed in Sinai were propaganda intended to damage Egypt's image, and that it was too early to say what had caused the disaster.",
"Sisi told the BBC, in an interview released on Tuesday, that such propaganda was one way to harm Egypt's stability and security and the way the country was seen abroad. He said the situation in Sinai, especially in the area of the crash, was under full control, and that anyone with an interest in the investigation was welcome to take part. He is due in London this week.",
"The airline said on Monday that only an external impact could explain the crash, ruling out a technical failure or crew error, but the head of Russia's federal aviation agency, Alexander Neradko, called that premature and not based on facts. U.S. Director of National Intelligence James Clapper said there was no direct evidence of terrorist involvement yet and that it was unlikely, though he would not rule it out.",
]),
("y34", "Hollowmere News Service", "2015-11-06T17:30:00Z", "Russia halts flights to Egypt; Kremlin says bomb theory not established", [
"Russia suspended all passenger flights to Egypt on Friday on the advice of its security service, a week after one of its airliners crashed in Sinai, but the Kremlin said the decision did not mean it had concluded the plane was bombed.",
"Kremlin spokesman Dmitry Peskov said President Vladimir Putin had accepted a recommendation from Federal Security Service director Alexander Bortnikov to halt flights until a proper level of security was ensured. Asked whether Moscow now regarded a terrorist attack as the main explanation, Peskov said it did not, and that no version could yet dominate because there were no clear indications in favour of any one. The government was told to work out how to bring tens of thousands of Russian tourists home.",
"Britain halted flights from Sharm el-Sheikh on Wednesday, and Prime Minister David Cameron said on Thursday that a bomb was \"more likely than not\" to blame. Egyptian Foreign Minister Sameh Shoukry said Cairo had expected Britain to share its information rather than broadcast it, and that the investigation should be allowed to run its course.",
]),
("y35", "Hollowmere News Service", "2015-11-17T09:30:00Z", "Russia says bomb brought down Sinai jet, vows to hunt attackers", [
"Russia said on Tuesday that a homemade bomb had destroyed its airliner over Sinai last month, and President Vladimir Putin vowed to find and punish those responsible wherever they were hiding.",
"Federal Security Service director Alexander Bortnikov told a Kremlin meeting, held late on Monday, that traces of foreign-made explosives had been found on wreckage and on passengers' belongings, and that a device with the force of up to 1 kg of TNT had gone off on board, breaking the aircraft apart in mid-air. \"It can be unambiguously said that this is a terrorist act,\" Bortnikov said.",
"Putin said the killing of Russians over Sinai was one of the bloodiest crimes in terms of lives lost and that Russia would act under the self-defence provisions of the U.N. Charter. The security service offered a $50 million reward for information leading to the attackers. The announcement came four days after the attacks in Paris. Islamic State's Sinai affiliate has claimed responsibility for downing the plane.",
]),
# ---------------------------------------------------------------- Kunduz (4), Canada (1), Metrojet (5), Chibok (5)
("y36", "Sedgefield Newswire", "2015-11-25T19:00:00Z", "U.S. inquiry blames human error for Kunduz hospital strike", [
"The U.S. air strike that destroyed a Medecins Sans Frontieres hospital in Kunduz was a tragic but avoidable accident caused mainly by human error, the top U.S. commander in Afghanistan said on Wednesday, presenting the findings of a military investigation.",
"Gen. John Campbell said the crew of an AC-130 gunship sent to support Afghan forces had misidentified the hospital as its intended target, an Afghan intelligence compound about 400 metres away that insurgents were believed to be holding. The aircraft fired on the hospital for about half an hour. Campbell said failures of procedure and equipment had compounded the errors, and that those most closely involved had been suspended from duty and could face discipline.",
"MSF, which says at least 30 people were killed, said the account described gross negligence by U.S. forces and repeated its demand for an independent international investigation. The group said it still had no answer as to why the firing went on after it raised the alarm.",
]),
("y37", "Amberley Press Agency", "2015-12-04T19:30:00Z", "Throne speech commits Trudeau government to new voting system", [
"Canada's new Liberal government pledged on Friday to replace the country's first-past-the-post electoral system before the next federal election, making good on one of Prime Minister Justin Trudeau's most prominent campaign promises.",
"In the Speech from the Throne, read in the Senate by Governor General David Johnston, the government said it would consult Canadians on electoral reform and take action to ensure that 2015 would be the last federal election held under first-past-the-post. All options will be studied by a special parliamentary committee. Democratic Institutions Minister Maryam Monsef, who will lead the work, has said legislation will follow within 18 months of the election.",
"The short speech also promised a middle-class tax cut and a renewed relationship with Indigenous peoples. Conservatives said any change to the way Canadians vote should be put to a referendum, which the government has not committed to holding. Trudeau first made the pledge in June, months before the campaign began.",
]),
("y38", "Hollowmere News Service", "2015-12-14T15:00:00Z", "Egypt says no evidence yet of terrorism in Russian plane crash", [
"Egyptian investigators have so far found nothing to indicate that terrorism or any other illegal act brought down the Russian airliner that crashed in Sinai on Oct. 31, Egypt's civil aviation ministry said on Monday.",
"Ayman el-Muqaddem, who heads the technical investigation committee, said in a statement that the committee had completed its preliminary report and sent it to the countries taking part, and that it had not found anything indicating unlawful interference or a terrorist action. He said the committee would continue its work, including checks on the plane's maintenance since it was built in 1997, and that wreckage had been found strewn over 16 km.",
"Russia, Britain and the United States have said a bomb was the likely cause, and Moscow said last month that traces of explosives had been found. Kremlin spokesman Dmitry Peskov said on Monday that Russia's specialists had concluded it was an act of terrorism and that he had nothing to add. Egyptian authorities have also opened an inquiry into security at Sharm el-Sheikh airport. Russian flights to Egypt remain suspended.",
]),
("y39", "Dunmore Courier", "2015-12-30T20:30:00Z", "Buhari says no firm intelligence on Chibok girls, ready to talk", [
"Nigerian President Muhammadu Buhari said on Wednesday that his government had no firm intelligence on where the schoolgirls kidnapped from Chibok last year were being held or what condition they were in, and that he was prepared to negotiate with Boko Haram without preconditions.",
"Speaking in his first televised media chat since taking office in May, Buhari said the government was looking for a credible Boko Haram leadership that could show the girls were alive before any talks began. \"That is the honest truth,\" he said of the lack of information. As far as he knew, he added, no Chibok girl had been recovered.",
"Boko Haram seized 276 girls from their school in April 2014; several dozen escaped soon afterwards, but nothing has been heard of about 200 of them since then. A ceasefire announced by the previous government in October 2014, which officials said would lead to the girls' release, collapsed within weeks when the group's leader denied there was any truce. Buhari said last week that the insurgents had been technically defeated.",
]),
# ---------------------------------------------------------------- Metrojet (6), Haiti (4), Canada (2), Haiti (5), Canada (3-4)
("y40", "Hollowmere News Service", "2016-02-24T15:30:00Z", "Sisi says terrorists downed Russian plane over Sinai", [
"President Abdel Fattah el-Sisi said on Wednesday that the Russian airliner that crashed in Sinai in October had been brought down by terrorists seeking to wreck Egypt's tourism industry and its relations with Moscow, the first time an Egyptian official has said the plane was downed on purpose.",
"\"Whoever downed the Russian plane, what did he mean?\" Sisi asked in a televised speech at a conference on Egypt's economic strategy, answering that the aim had been to hit tourism and to strike at relations with Russia. He said terrorism had not ended but would be beaten if Egyptians stood together.",
"Egypt had previously said its investigators had found no evidence of foul play, and in November Sisi dismissed the Islamic State claim of responsibility as propaganda. Russia concluded in November that a bomb destroyed the plane, and Russian flights to Egypt remain suspended. Lawyers said the admission could expose Egypt to compensation claims from victims' families.",
]),
("y41", "Whitlow Wire Service", "2016-08-18T01:00:00Z", "U.N. concedes it must do more over its part in Haiti cholera", [
"The United Nations has acknowledged for the first time that it played a part in the cholera epidemic that has killed more than 9,000 Haitians, saying it must do far more about its own role in how the outbreak began.",
"The U.N. has \"become convinced that it needs to do much more regarding its own involvement in the initial outbreak and the suffering of those affected by cholera,\" deputy spokesman Farhan Haq said in an e-mail to The New York Times, which reported the statement on Wednesday. He said a significant new set of U.N. actions would be presented within the next two months, once agreed with the Haitian authorities and discussed with member states.",
"The statement followed a confidential draft report by Philip Alston, a U.N. special rapporteur, which called the organisation's denial of responsibility morally unconscionable, legally indefensible and politically self-defeating. Haq did not say whether the U.N.'s legal position would change. Lawyers for the victims called it a first step.",
]),
("y42", "Amberley Press Agency", "2016-10-19T20:00:00Z", "Trudeau says the urge to change Canada's voting system has faded", [
"Prime Minister Justin Trudeau suggested that electoral reform may be less pressing than when he promised it, telling the Montreal daily Le Devoir that Canadians' appetite for a new voting system had waned now that they had a government they were happier with.",
"Under the previous Conservative government, many Canadians felt the system had to change so that they would get a different government, Trudeau said in the interview published on Wednesday. Now, he said, the motivation for change was less compelling. He said a reform of that scale would need substantial support, and that he would not proceed with one backed by only a small share of Canadians.",
"Opposition critics said Trudeau was preparing to break his promise that 2015 would be the last election under first-past-the-post. The New Democrats' Nathan Cullen said the prime minister appeared to be looking for a way out. A special committee of MPs is due to report by Dec. 1.",
]),
("y43", "Whitlow Wire Service", "2016-12-01T21:30:00Z", "Ban apologises to Haitians over cholera, stops short of admitting cause", [
"U.N. Secretary-General Ban Ki-moon apologised to the people of Haiti on Thursday for the world body's role in a cholera epidemic that has killed more than 9,000 of them, but did not say that U.N. peacekeepers had brought the disease into the country.",
"Speaking to the General Assembly in Haitian Creole, French and English, Ban said the United Nations \"simply did not do enough\" about the outbreak and its spread, and that it was \"profoundly sorry for our role\". He called the epidemic a blemish on the reputation of U.N. peacekeeping.",
"Ban presented a new approach costing $400 million over two years, half to fight cholera and improve water and sanitation, and half for help to the communities and families hit hardest. The organisation still does not accept legal responsibility and maintains its immunity from lawsuits. Advocates for the victims welcomed the apology but said it came six years late, and donors have so far pledged only a small part of the money.",
]),
("y44", "Amberley Press Agency", "2016-12-02T01:30:00Z", "Canadian minister says reform committee ducked the hard choices", [
"Canada's Democratic Institutions Minister Maryam Monsef said on Thursday that a parliamentary committee on electoral reform had failed to do the job it was given, after it recommended a referendum on a proportional voting system without settling on a model.",
"\"We asked the committee to help answer very difficult questions for us. They did not do that,\" Monsef told the House of Commons. She said the government would now reach out to Canadians directly, including online, and that it would not change the way Canadians vote without their broad support.",
"The committee's majority report, backed by Conservative, New Democrat, Bloc Quebecois and Green members, urged a referendum pitting the current system against a proportional one. Liberal members wrote in a supplementary report that such a referendum would be rushed. Opposition MPs accused Monsef of belittling months of the committee's work.",
]),
("y45", "Amberley Press Agency", "2017-02-01T20:30:00Z", "Trudeau drops promise to change Canada's voting system", [
"Prime Minister Justin Trudeau abandoned his promise to replace Canada's first-past-the-post voting system on Wednesday, saying Canadians had reached no consensus on an alternative.",
"\"Changing the electoral system will not be in your mandate,\" Trudeau wrote in the mandate letter for Karina Gould, who took over the democratic institutions portfolio last month. A clear preference for a new system, let alone a consensus, had not emerged from the consultations, the letter said, and without a clear preference or a clear question a referendum would not be in Canada's interest.",
"Gould told the Commons that the broad support needed for a change of that size did not exist. Opposition parties accused the government of betraying voters, and the New Democrats' Nathan Cullen called it a cynical broken promise. Liberal MP Nathaniel Erskine-Smith said he was sorry his party had gone back on its word. Gould's predecessor, Maryam Monsef, was moved to the status of women portfolio in January.",
]),
# ---------------------------------------------------------------- Reserve Bank of Australia (1-5)
("y46", "Ravensgate Financial Wire", "2020-11-03T04:30:00Z", "Australia cuts rates to 0.1%, launches A$100 billion bond buying", [
"The Reserve Bank of Australia cut its cash rate to a record low of 0.1 percent on Tuesday and said it would buy A$100 billion of government bonds over the next six months, adding stimulus as the economy climbs out of its first recession in almost 30 years.",
"Governor Philip Lowe said the board was not expecting to increase the cash rate for at least three years, and that it would not raise rates until actual inflation was sustainably within its 2 to 3 percent target. The bank also lowered its target for the yield on the April 2024 government bond to around 0.1 percent, and cut the rate on its term funding facility.",
"Lowe said the board still regarded negative interest rates as extraordinarily unlikely. The purchases of five- to 10-year bonds would lower borrowing costs across the economy, he said. Economists said the bank had all but ruled out any tightening before 2024.",
]),
("y47", "Ravensgate Financial Wire", "2021-02-02T04:30:00Z", "RBA extends bond buying, sees no rate rise before 2024", [
"The Reserve Bank of Australia said on Tuesday it would buy a further A$100 billion of government bonds when its current program ends in April, and repeated that it did not expect to lift its record-low cash rate for years.",
"The board will not increase the cash rate until actual inflation is sustainably within the 2 to 3 percent target range, Governor Philip Lowe said in a statement, and it does not expect those conditions to be met until 2024 at the earliest. Wages growth would have to be materially higher than now, he said. The bank kept its cash rate at 0.1 percent and its target of around 0.1 percent for the yield on the April 2024 bond.",
"Lowe said the recovery was under way and stronger than expected, but that the economy was still operating well short of full capacity. The Australian dollar fell after the announcement. Economists said the extension showed the bank was determined to keep the currency from rising too far.",
]),
("y48", "Ravensgate Financial Wire", "2021-11-02T05:00:00Z", "RBA drops yield target, says 2022 rate rise not warranted", [
"The Reserve Bank of Australia abandoned its target for three-year bond yields on Tuesday and stopped saying that its cash rate would probably stay at a record low until 2024, but Governor Philip Lowe said the data did not justify a rate rise next year.",
"Lowe told a news conference that the yield target had become less effective as the economy improved and markets priced in earlier rate rises. It was still entirely plausible that the first increase would not come before April 2024, he said, though it was now also plausible that a rise could be appropriate in 2023. \"The latest data and forecasts do not warrant an increase in the cash rate in 2022,\" Lowe said.",
"The bank kept the cash rate at 0.1 percent and said it would keep buying bonds at A$4 billion a week until at least mid-February, when the board will review the program. Lowe said the board was prepared to be patient. Traders had bet on several increases next year.",
]),
("y49", "Ravensgate Financial Wire", "2022-02-02T04:30:00Z", "Lowe says 2022 rate rise plausible but RBA will be patient", [
"Reserve Bank of Australia Governor Philip Lowe said on Wednesday that it was plausible interest rates would rise later this year, a day after the bank ended its pandemic bond-buying program, but he said it was also quite plausible that the first increase was a year or more away.",
"Speaking at the National Press Club in Canberra, Lowe said the board was prepared to be patient and that it was too early to conclude that inflation was sustainably within the 2 to 3 percent target. The bank wanted to see how wages developed before moving, he said, and there were risks both in waiting and in moving too early.",
"The board on Tuesday kept the cash rate at 0.1 percent and said bond purchases would end on Feb. 10. Underlying inflation rose to 2.6 percent in the final quarter of 2021. Markets are pricing several increases this year.",
]),
("y50", "Ravensgate Financial Wire", "2022-05-03T05:30:00Z", "Australia raises interest rates for first time in over a decade", [
"The Reserve Bank of Australia raised its cash rate on Tuesday for the first time since November 2010, lifting it by 25 basis points to 0.35 percent and signalling that more increases were on the way as inflation runs at its fastest pace in two decades.",
"Governor Philip Lowe said it was the right time to begin withdrawing some of the extraordinary support put in place during the pandemic, and that further increases in interest rates would be needed over the period ahead. Inflation had picked up significantly and by more than expected, he said, and the labour market was tighter than the board had anticipated.",
"Consumer prices rose 5.1 percent in the year to March, and underlying inflation reached 3.7 percent. The move came less than three weeks before a federal election. For much of the pandemic the bank had said it did not expect to lift rates before 2024, a message that borrowers and some lawmakers have since thrown back at it.",
]),
]

STATEMENTS = {
"y01": [["imf", "approved an $11.2 billion loan"], ["imf", "cut the first installment to $4.8 billion"],
        ["imf", "the program was strong"], ["imf", "rest of the money could flow"],
        ["russia", "would do Russia no harm"], ["russia", "enough reserves to defend the rouble"],
        ["russia", "meet every obligation on its short-term"]],
"y02": [["russia", "Russia would not devalue the rouble"], ["russia", "a fresh wave of global financial trouble"],
        ["russia", "There will be no devaluation"], ["russia", "counted its reserves and was ready"],
        ["russia", "signal a panic that did not exist"], ["russia", "he would keep him on"],
        ["russia", "hold the rouble inside its official band"]],
"y03": [["russia", "effectively devalued the rouble on Monday"], ["russia", "widened the currency's trading band"],
        ["russia", "allowed to trade between 6.0 and 9.5"], ["russia", "would remain in force until the end"],
        ["russia", "will be swapped into new securities"], ["russia", "barred for 90 days from repaying"],
        ["russia", "forced on Russia by the global crisis"], ["russia", "shield the budget and the banks"]],
"y04": [["russia", "dismissed Prime Minister Sergei Kiriyenko and his"], ["russia", "named Viktor Chernomyrdin"],
        ["russia", "Russia needed heavyweights to see it"], ["russia", "ensure continuity and stability"],
        ["russia", "Chernomyrdin's experience would be needed to"], ["russia", "asked the State Duma to confirm"]],
"y05": [["russia", "would no longer defend the rouble's"], ["russia", "let the market set the exchange rate"],
        ["russia", "stop fixing limits on the currency's"], ["russia", "intervene only to smooth sharp swings"],
        ["russia", "holding the line was no longer possible"], ["imf", "no new money is on offer"],
        ["imf", "has not said whether it will release"]],
"y06": [["argentina", "limited cash withdrawals from bank accounts"], ["argentina", "the curbs would last 90 days"],
        ["argentina", "limited to $1,000 a month"], ["argentina", "the measure was temporary"],
        ["argentina", "blamed speculators who were betting"], ["argentina", "would not be touched"],
        ["argentina", "deposits were safe"], ["argentina", "racing to restructure its debt"]],
"y07": [["imf", "could not yet sign off on"], ["imf", "holding back a $1.26 billion loan"],
        ["imf", "not in a position at this"], ["imf", "remained in close contact with the"],
        ["imf", "committed to working with them"], ["argentina", "still intended to pay what it"]],
"y08": [["argentina", "would stop paying its foreign debt"], ["argentina", "would be suspended and the money"],
        ["argentina", "did not mean repudiating the debt"], ["argentina", "the peso would not be devalued"],
        ["argentina", "keep its one-to-one link to the dollar"], ["argentina", "a third currency to be called"],
        ["argentina", "promised a million jobs"], ["argentina", "froze public hiring"]],
"y09": [["argentina", "the country was bankrupt"], ["argentina", "had run its course"],
        ["argentina", "would not let them become victims"], ["argentina", "currency of each deposit would be respected"],
        ["argentina", "Whoever deposited dollars will receive dollars"], ["argentina", "a new economic team would be named"]],
"y10": [["argentina", "devalued the peso late on Sunday"], ["argentina", "an official rate of 1.40 pesos"],
        ["argentina", "whatever rate the market set"], ["argentina", "a transitional arrangement"],
        ["argentina", "the country was in collapse"], ["argentina", "privatised utilities will be frozen"],
        ["argentina", "would rise to 1,500 pesos"], ["argentina", "would remain frozen and be returned"]],
"y11": [["argentina", "convert all dollar bank deposits into pesos"], ["argentina", "let the peso float freely"],
        ["argentina", "would be adjusted for inflation"], ["argentina", "turned into pesos one for one"],
        ["argentina", "compensated by government bonds"], ["argentina", "had no choice because the dollars"],
        ["argentina", "a single rate set by the market"]],
"y12": [["united-nations", "rejected accusations that waste from a base"], ["united-nations", "had tested negative for cholera"],
        ["united-nations", "ordered further tests to confirm the result"], ["united-nations", "None of the Nepalese soldiers had shown"],
        ["united-nations", "sanitation at the base was managed properly"]],
"y13": [["united-nations", "no direct link had been shown"], ["united-nations", "no connection had been established between"],
        ["united-nations", "was not confined to South Asia"], ["united-nations", "had come back negative"],
        ["united-nations", "willing to take part in any further"], ["united-nations", "returned fire in self-defence"],
        ["united-nations", "appeared to be politically motivated"]],
"y14": [["olympus", "defended payments the camera and endoscope maker"], ["olympus", "strayed far from the rest of management"],
        ["olympus", "the fees were not excessive"], ["olympus", "closer to 30 billion yen"],
        ["olympus", "all its acquisitions followed proper procedures"]],
"y15": [["olympus", "paid $687 million in connection with"], ["olympus", "covered advisory fees and the buy-back"],
        ["olympus", "had been handled appropriately"], ["olympus", "rested largely on supposition and speculation"],
        ["olympus", "was at odds with the facts"], ["olympus", "had not been the direct reason"],
        ["olympus", "one of numerous arbitrary actions"], ["olympus", "considering legal action against him"]],
"y16": [["olympus", "defended the company's disputed acquisitions"], ["olympus", "had given up his posts"],
        ["olympus", "stay on as a director without"], ["olympus", "work sincerely to regain public trust"],
        ["olympus", "would pay off given the value"], ["olympus", "reduce the company's heavy reliance on endoscopes"],
        ["olympus", "blamed the leak of confidential information"], ["olympus", "an independent panel will examine the"]],
"y17": [["olympus", "to conceal losses on securities investments"], ["olympus", "had been used to paper over"],
        ["olympus", "absolutely unaware of the facts"], ["olympus", "earlier explanations had been mistaken"],
        ["olympus", "consider criminal complaints against them"], ["olympus", "Mori was dismissed"]],
"y18": [["olympus", "took the findings seriously"], ["olympus", "further fundamental measures to restore confidence"],
        ["olympus", "file its overdue first-half results"]],
"y19": [["united-nations", "would not accept compensation claims"], ["united-nations", "invoking the legal immunity granted"],
        ["united-nations", "under Section 29 of the Convention"], ["united-nations", "telephoned Haitian President Michel Martelly"],
        ["united-nations", "reiterated his deep sympathy"], ["united-nations", "remained committed to helping Haiti"]],
"y20": [["south-korea", "government officials said 368 had been rescued"], ["south-korea", "two people had been confirmed dead"],
        ["south-korea", "ordered officials to spare no effort"]],
"y21": [["south-korea", "only 164 people had been confirmed rescued"], ["south-korea", "come from confused information arriving"],
        ["south-korea", "revised the number of people on board"], ["south-korea", "might have been picked up by"]],
"y22": [["nigeria", "all but eight of the schoolgirls"], ["nigeria", "were pursuing the abductors"],
        ["nigeria", "the search for the remaining eight"], ["nigeria", "principal had confirmed the figures"]],
"y23": [["nigeria", "withdrawn its claim that nearly all"], ["nigeria", "deferred to her figures"],
        ["nigeria", "retracted its earlier statement"], ["nigeria", "reached the military from the field"],
        ["nigeria", "released in good faith"], ["nigeria", "not to deceive anyone"]],
"y24": [["south-korea", "offered his resignation on Sunday"], ["south-korea", "a poor initial response by the government"],
        ["south-korea", "apologised for failing to prevent the accident"], ["south-korea", "had accepted the resignation"],
        ["south-korea", "would stay in his post until"], ["south-korea", "the government says 174 were rescued"]],
"y25": [["south-korea", "the coast guard would be dismantled"], ["south-korea", "calling its rescue effort a failure"],
        ["south-korea", "ultimate responsibility for the poor response"], ["south-korea", "split between the national police and"],
        ["south-korea", "would be held to account"], ["south-korea", "lowered its count of survivors to 172"]],
"y26": [["nigeria", "had located the more than 200"], ["nigeria", "ruled out using force to free"],
        ["nigeria", "we know where they are"], ["nigeria", "can't go and kill our girls"],
        ["nigeria", "the military knew what it was doing"], ["nigeria", "a swap the government has turned down"]],
"y27": [["south-korea", "asked Prime Minister Chung Hong-won to stay"], ["south-korea", "rejected Chung's offer to quit"],
        ["south-korea", "urgent state business had piled up"], ["south-korea", "create a new senior secretary post"]],
"y28": [["nigeria", "agreed a ceasefire with Boko Haram"], ["nigeria", "promised to release the more than"],
        ["nigeria", "ordered all service chiefs to abide"], ["nigeria", "followed a month of talks mediated"],
        ["nigeria", "they have the girls and they"], ["nigeria", "he was cautiously optimistic"],
        ["nigeria", "would be settled at a further meeting"]],
"y29": [["msf", "at least 19 people were killed"], ["united-states", "carried out a strike in Kunduz"],
        ["united-states", "against individuals threatening the force"], ["united-states", "collateral damage to a nearby medical facility"],
        ["united-states", "an investigation was under way"], ["united-states", "the situation remained confused"],
        ["united-states", "await the results of the inquiry"], ["msf", "went on for more than half"],
        ["msf", "given the hospital's coordinates to all sides"], ["msf", "condemned the raid in the strongest"],
        ["msf", "which MSF denied"]],
"y30": [["united-states", "Afghan forces had asked for the"], ["united-states", "we have now learned"],
        ["united-states", "several civilians were accidentally struck"], ["united-states", "would show whether mistakes were made"],
        ["united-states", "would be held accountable"], ["msf", "now puts the death toll at 22"],
        ["msf", "the U.S. account kept shifting"], ["msf", "the U.S. dropped those bombs"],
        ["msf", "pass responsibility to the Afghan government"], ["msf", "pulled its staff out of Kunduz"]],
"y31": [["united-states", "telephoned the head of Medecins Sans Frontieres"], ["united-states", "a hospital was mistakenly struck"],
        ["united-states", "never intentionally target a protected medical"], ["united-states", "was a U.S. decision made within"],
        ["united-states", "promised a transparent and thorough review"], ["msf", "could not rely on internal military"],
        ["msf", "asked for an inquiry by the"], ["msf", "an attack on the Geneva Conventions"]],
"y32": [["egypt", "nothing unusual in the crew's contacts"], ["egypt", "no distress call"],
        ["russia", "can't be considered accurate"], ["russia", "had no information to support them"],
        ["russia", "declared Sunday a day of national mourning"]],
"y33": [["egypt", "were propaganda intended to damage Egypt's image"], ["egypt", "too early to say what had"],
        ["egypt", "harm Egypt's stability and security"], ["egypt", "was under full control"],
        ["egypt", "was welcome to take part"], ["russia", "called that premature and not based"],
        ["united-states", "no direct evidence of terrorist involvement"]],
"y34": [["russia", "suspended all passenger flights to Egypt"], ["russia", "did not mean it had concluded"],
        ["russia", "halt flights until a proper level"], ["russia", "no version could yet dominate"],
        ["russia", "no clear indications in favour of"], ["egypt", "had expected Britain to share its"],
        ["egypt", "allowed to run its course"]],
"y35": [["russia", "a homemade bomb had destroyed its airliner"], ["russia", "find and punish those responsible"],
        ["russia", "traces of foreign-made explosives had been found"], ["russia", "breaking the aircraft apart in mid-air"],
        ["russia", "this is a terrorist act"], ["russia", "one of the bloodiest crimes"],
        ["russia", "self-defence provisions of the U.N. Charter"], ["russia", "offered a $50 million reward"]],
"y36": [["united-states", "tragic but avoidable accident"], ["united-states", "caused mainly by human error"],
        ["united-states", "misidentified the hospital as its intended target"], ["united-states", "failures of procedure and equipment"],
        ["united-states", "had been suspended from duty"], ["msf", "at least 30 people were killed"],
        ["msf", "described gross negligence by U.S. forces"], ["msf", "repeated its demand for an independent"],
        ["msf", "still had no answer as to"]],
"y37": [["canada", "pledged on Friday to replace the"], ["canada", "consult Canadians on electoral reform"],
        ["canada", "would be the last federal election"], ["canada", "studied by a special parliamentary committee"],
        ["canada", "legislation will follow within 18 months"], ["canada", "promised a middle-class tax cut"]],
"y38": [["egypt", "found nothing to indicate that terrorism"], ["egypt", "completed its preliminary report"],
        ["egypt", "had not found anything indicating unlawful"], ["egypt", "would continue its work"],
        ["russia", "was an act of terrorism"], ["egypt", "opened an inquiry into security"]],
"y39": [["nigeria", "had no firm intelligence on where"], ["nigeria", "negotiate with Boko Haram without preconditions"],
        ["nigeria", "looking for a credible Boko Haram leadership"], ["nigeria", "That is the honest truth"],
        ["nigeria", "no Chibok girl had been recovered"], ["nigeria", "insurgents had been technically defeated"]],
"y40": [["egypt", "had been brought down by terrorists"], ["egypt", "the aim had been to hit tourism"],
        ["egypt", "terrorism had not ended"], ["egypt", "would be beaten if Egyptians stood"]],
"y41": [["united-nations", "played a part in the cholera epidemic"], ["united-nations", "must do far more about its own"],
        ["united-nations", "needs to do much more regarding"], ["united-nations", "a significant new set of U.N. actions"]],
"y42": [["canada", "electoral reform may be less pressing"], ["canada", "a new voting system had waned"],
        ["canada", "so that they would get a different"], ["canada", "the motivation for change was less compelling"],
        ["canada", "would need substantial support"], ["canada", "would not proceed with one backed"]],
"y43": [["united-nations", "apologised to the people of Haiti"], ["united-nations", "simply did not do enough"],
        ["united-nations", "profoundly sorry for our role"], ["united-nations", "a blemish on the reputation"],
        ["united-nations", "a new approach costing $400 million"], ["united-nations", "does not accept legal responsibility"],
        ["united-nations", "maintains its immunity from lawsuits"]],
"y44": [["canada", "had failed to do the job"], ["canada", "help answer very difficult questions"],
        ["canada", "They did not do that"], ["canada", "reach out to Canadians directly"],
        ["canada", "would not change the way Canadians"]],
"y45": [["canada", "abandoned his promise to replace Canada's"], ["canada", "reached no consensus on an alternative"],
        ["canada", "will not be in your mandate"], ["canada", "had not emerged from the consultations"],
        ["canada", "a referendum would not be in"], ["canada", "the broad support needed for a change"]],
"y46": [["rba", "cut its cash rate to a record"], ["rba", "buy A$100 billion of government bonds"],
        ["rba", "not expecting to increase the cash rate"], ["rba", "would not raise rates until actual inflation"],
        ["rba", "lowered its target for the yield"], ["rba", "negative interest rates as extraordinarily unlikely"],
        ["rba", "lower borrowing costs across the economy"]],
"y47": [["rba", "buy a further A$100 billion"], ["rba", "did not expect to lift its"],
        ["rba", "will not increase the cash rate"], ["rba", "until 2024 at the earliest"],
        ["rba", "would have to be materially higher"], ["rba", "kept its cash rate at 0.1 percent"],
        ["rba", "under way and stronger than expected"], ["rba", "well short of full capacity"]],
"y48": [["rba", "abandoned its target for three-year bond"], ["rba", "did not justify a rate rise"],
        ["rba", "had become less effective"], ["rba", "still entirely plausible that the first increase"],
        ["rba", "could be appropriate in 2023"], ["rba", "do not warrant an increase"],
        ["rba", "keep buying bonds at A$4 billion"], ["rba", "prepared to be patient"]],
"y49": [["rba", "plausible interest rates would rise later"], ["rba", "ended its pandemic bond-buying program"],
        ["rba", "quite plausible that the first increase"], ["rba", "prepared to be patient"],
        ["rba", "too early to conclude that inflation"], ["rba", "see how wages developed before moving"],
        ["rba", "risks both in waiting and in"], ["rba", "bond purchases would end on Feb. 10"]],
"y50": [["rba", "raised its cash rate on Tuesday"], ["rba", "more increases were on the way"],
        ["rba", "the right time to begin withdrawing"], ["rba", "further increases in interest rates would"],
        ["rba", "picked up significantly and by more"], ["rba", "tighter than the board had anticipated"]],
}

OPTIONAL = {
"y01": [["russia", "have repeatedly ruled out a devaluation"]],
"y03": [["russia", "President Boris Yeltsin ruled it out"]],
"y07": [["argentina", "pledge of a zero budget deficit"]],
"y11": [["argentina", "dollar savers would get dollars back"]],
"y15": [["olympus", "a day after its chairman suggested"]],
"y18": [["olympus", "the core of the company's management"]],
"y21": [["south-korea", "far fewer than the 368 announced"]],
"y30": [["united-states", "correcting earlier accounts that American troops"]],
"y32": [["egypt", "pointed to a technical fault"]],
"y38": [["russia", "traces of explosives had been found"]],
"y39": [["nigeria", "which officials said would lead to"]],
"y40": [["egypt", "found no evidence of foul play"], ["egypt", "dismissed the Islamic State claim of responsibility"]],
"y41": [["united-nations", "the organisation's denial of responsibility"]],
"y50": [["rba", "did not expect to lift rates"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["y02", "y04", "russia", "stance-reversal: asked whether he still backed the prime minister, the president said he would keep him on; nine days later he dismisses Kiriyenko and his cabinet and brings back Chernomyrdin, saying Russia needs heavyweights"],
["y24", "y27", "south-korea", "stance-reversal: the presidential office said the president had accepted the prime minister's resignation; two months later she rejects his offer to quit and asks him to stay on"],
["y38", "y40", "egypt", "stance-reversal: the investigation committee had found nothing indicating terrorism or unlawful interference; two months later the president says terrorists brought the plane down to hurt tourism and relations with Russia"],
["y47", "y49", "rba", "stance-reversal: the board did not expect the conditions for a rate rise to be met until 2024 at the earliest; a year later the governor says it is plausible that rates will rise later this year"],
["y48", "y50", "rba", "stance-reversal: the governor said the latest data and forecasts did not warrant an increase in the cash rate in 2022 and that the board would be patient; six months later the bank raises the rate and says more increases will be needed"],
# commitments reversed in other words
["y01", "y03", "russia", "commitment-reversed: the Kremlin's envoy said the loans would let the government meet every obligation on its short-term treasury bills; four weeks later the bills are frozen, trading is halted and they are to be swapped into new securities"],
["y02", "y03", "russia", "commitment-reversed: the president said there would be no devaluation, firm and definite, and the central bank would hold the rouble in its band; three days later the band is widened so that the rouble can lose about a third of its value"],
["y03", "y05", "russia", "commitment-reversed: the prime minister said the new corridor of 6.0 to 9.5 would remain in force until the end of the year; barely two weeks later the central bank stops defending it and lets the market set the rate"],
["y06", "y10", "argentina", "commitment-reversed: the economy minister said the one-to-one link between the peso and the dollar would not be touched; five weeks later the peso is devalued and the peg ended"],
["y08", "y10", "argentina", "commitment-reversed: the interim president pledged that the peso would not be devalued and would keep its one-to-one link to the dollar; two weeks later the next government devalues it"],
["y09", "y11", "argentina", "commitment-reversed: the president promised that whoever deposited dollars would receive dollars and that the currency of each deposit would be respected; a month later all dollar deposits are converted into pesos"],
["y37", "y45", "canada", "commitment-reversed: the government pledged in the throne speech that 2015 would be the last federal election under first-past-the-post, with legislation to follow; the prime minister now drops the change from the minister's mandate"],
# denials then action or admission
["y12", "y41", "united-nations", "denial-then-action: the mission rejected accusations that waste from its base set off the epidemic; six years later the U.N. acknowledges that it must do much more about its own involvement in the initial outbreak"],
["y14", "y17", "olympus", "denial-then-action: the chairman said the fees were not excessive and the company said all its acquisitions followed proper procedures; three weeks later it admits the payments were used to hide investment losses going back to the 1990s"],
["y33", "y40", "egypt", "denial-then-action: the president called the claim that militants downed the plane propaganda meant to damage Egypt's image; he now says terrorists brought it down"],
# reports denied, then borne out
["y15", "y17", "olympus", "report-denied: the company said the report commissioned by its former chief executive rested on supposition and speculation and that the transactions were handled appropriately; it now admits the deal payments concealed losses and that its earlier explanations were mistaken"],
# claims negated
["y13", "y41", "united-nations", "claim-negated: the spokesman said no connection had been established between the Nepalese contingent and the disease; the U.N. now says it played a part in the epidemic and in its initial outbreak"],
["y16", "y17", "olympus", "claim-negated: the new president said the Gyrus payments would pay off and the Japanese purchases were meant to reduce reliance on endoscopes; twelve days later he says the same money was used to paper over investment losses"],
["y22", "y23", "nigeria", "claim-negated: the military said all but eight of the abducted schoolgirls had been freed; two days later it withdraws the claim and defers to the principal's figures"],
["y26", "y39", "nigeria", "claim-negated: the chief of defence staff said the military knew where the girls were being held; the president later says the government has no firm intelligence on where they are"],
["y29", "y30", "united-states", "claim-negated: the military said U.S. forces struck individuals threatening the force; two days later the commander says Afghan forces asked for the strike, correcting the account that American troops were under threat"],
["y29", "y36", "united-states", "claim-negated: the strike was said to be against individuals threatening the force and to have perhaps caused collateral damage to a nearby medical facility; the inquiry finds the crew took the hospital itself for its target and fired on it for half an hour"],
# number mismatches
["y14", "y15", "olympus", "number-mismatch: the chairman put the advisory fees closer to 30 billion yen, about $390 million; the next day the company confirms it paid $687 million"],
["y20", "y21", "south-korea", "number-mismatch: officials said 368 people had been rescued from the ferry; hours later they say only 164 have been confirmed rescued"],
# dates moved
["y46", "y50", "rba", "date-mismatch: the governor said the board was not expecting to increase the cash rate for at least three years; eighteen months later it raises the rate"],
["y47", "y50", "rba", "date-mismatch: the board did not expect the conditions for a rate rise to be met until 2024 at the earliest; it raises the rate in May 2022"],
]

AMBIGUOUS = [
["y01", "y05"],  # loans give enough reserves to defend the rouble, then intervention has drained reserves and the band is abandoned: a forecast overtaken, carried by y03-y05; the IMF's conditional second installment is left open
["y02", "y05"],  # the central bank will hold the rouble inside its band, then abandons the wider band: carried by y02-y03 and y03-y05
["y06", "y11"],  # deposits are safe and the curbs temporary, then dollar deposits are converted into pesos: carried by y09-y11
["y07", "y08"],  # officials still intend to pay this month's debts, then a new interim president suspends payments: a change of government
["y12", "y43"],  # the mission rejects the accusation, then the secretary-general is sorry for the U.N.'s role without saying peacekeepers brought the disease
["y13", "y43"],  # no connection established, then an apology for the U.N.'s role that still does not name the cause: carried by y13-y41
["y21", "y24"],  # 459 aboard and 164 rescued, then 476 aboard and 174 rescued: a tally revised without explanation
["y22", "y39"],  # all but eight freed, then no Chibok girl recovered: carried by y22-y23
["y28", "y39"],  # the group has assured the government it will release the girls, then none has been recovered: an assurance relayed, not the government's own claim
["y29", "y31"],  # possible collateral damage to a nearby facility, then a hospital mistakenly struck; the president awaits the inquiry, then apologises
["y32", "y35"],  # reports that militants shot the plane down are not accurate, then a bomb on board: a different mechanism
["y37", "y42"],  # 2015 the last election under first-past-the-post, then the motivation for change is less compelling: a softening, not yet a reversal
["y46", "y48"],  # no rise for at least three years, then a rise in 2023 plausible
["y47", "y48"],  # not before 2024 at the earliest, then the forward guidance dropped while a 2024 start is still entirely plausible
["y48", "y49"],  # no increase warranted in 2022, then a rise later this year plausible, with patience still stressed
["y49", "y50"],  # patient, and a first increase a year or more away quite plausible, then a rise three months later that had also been called plausible
]

TRAPS = [
["y01", "y02", "a consistent restatement: the envoy and the prime minister rule out a devaluation, and a month later the president rules it out again; both come before the devaluation"],
["y10", "y11", "an update explained as such: a two-tier exchange rate described as transitional gives way to a single market rate, and the 1.40 official rate and the 1.40 conversion rate are the same figure"],
["y12", "y13", "a consistent restatement: tests at the base were negative, and three weeks later repeated tests are still negative and no link has been shown"],
["y19", "y43", "a legal position kept: the claims are not receivable under the U.N.'s immunity, and the later apology still maintains that immunity and accepts no legal responsibility"],
["y15", "y16", "a consistent restatement by a new speaker: the transactions were handled appropriately, then the new president defends the same deals"],
["y17", "y18", "different measures reported together: deal payments of $687 million and $773 million used to hide losses, and a panel's total of about $1.7 billion in hidden losses; a limited account then a fuller one"],
["y24", "y25", "an update explained as such: 174 rescued, then the survivors' count lowered to 172 because one person was listed twice and another count rested on a wrong account; the prime minister and then the president both apologise for the response"],
["y26", "y28", "a different instrument: a prisoner swap the government turned down, and a ceasefire under which the group promises to free the girls; force was ruled out in both"],
["y30", "y36", "counts that grow and a fuller account: the charity's toll rises from 22 to at least 30, and a strike called on a Taliban threat that accidentally hit civilians is explained as a misidentified target"],
["y34", "y35", "an update explained as such: no version of the cause yet dominates, then forensic tests find explosive traces and the security service calls it a terrorist act"],
["y35", "y38", "one actor differing from another: Russia says a bomb destroyed the airliner; Egypt's investigators say they have found nothing indicating terrorism"],
["y33", "y38", "a consistent restatement: too early to say what caused the crash, then no evidence of terrorism found so far"],
["y42", "y45", "hedged then firm, in the same direction: the motivation for a new voting system is less compelling and a change needs substantial support, then the change is dropped for want of consensus"],
["y44", "y45", "a conditional not met: no change to the voting system without broad support, then the broad support needed does not exist"],
["y46", "y47", "a consistent restatement: no rate rise for at least three years, then none expected before 2024 at the earliest"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
