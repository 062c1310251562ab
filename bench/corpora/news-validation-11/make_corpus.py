#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-11, then checks them.

Every document retells a real, dated public event in its author's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "germany", "name": "Federal Republic of Germany",
     "aliases": ["Germany", "West Germany", "Bonn", "German government", "West German government",
                 "federal government", "Chancellery", "Federal Finance Ministry", "German cabinet",
                 "Kohl government"],
     "speakers": [
         {"name": "Helmut Kohl", "role": "Chancellor", "from": "1982-10-01", "to": "1998-10-27"},
         {"name": "Theo Waigel", "role": "Federal Minister of Finance", "from": "1989-04-21", "to": "1998-10-27"},
         {"name": "Hans-Dietrich Genscher", "role": "Foreign Minister", "from": "1982-10-04", "to": "1992-05-17"}]},
    {"type": "actor", "id": "bundesbank", "name": "Deutsche Bundesbank",
     "aliases": ["Bundesbank", "German central bank", "West German central bank", "Central Bank Council",
                 "Bundesbank council"],
     "speakers": [
         {"name": "Karl Otto Poehl", "role": "President", "from": "1980-01-01", "to": "1991-07-31"},
         {"name": "Helmut Schlesinger", "role": "Vice President", "from": "1980-01-01", "to": "1991-07-31"},
         {"name": "Helmut Schlesinger", "role": "President", "from": "1991-08-01", "to": "1993-09-30"}]},
    {"type": "actor", "id": "pakistan", "name": "Pakistan",
     "aliases": ["Islamic Republic of Pakistan", "Islamabad", "Pakistani government", "Government of Pakistan",
                 "Foreign Office", "Pakistani Foreign Office", "Pakistani officials", "Musharraf government"],
     "speakers": [
         {"name": "Pervez Musharraf", "role": "President", "from": "2001-06-20", "to": "2008-08-18"},
         {"name": "Rashid Qureshi", "role": "Spokesman for the President", "from": "2001-06-20", "to": "2005-12-31"},
         {"name": "Aziz Ahmad Khan", "role": "Spokesman, Ministry of Foreign Affairs", "from": "2001-01-01", "to": "2003-06-30"},
         {"name": "Masood Khan", "role": "Spokesman, Ministry of Foreign Affairs", "from": "2003-07-01", "to": "2005-06-30"},
         {"name": "Khurshid Mahmud Kasuri", "role": "Foreign Minister", "from": "2002-11-23", "to": "2007-11-15"},
         {"name": "Sheikh Rashid Ahmed", "role": "Minister of Information", "from": "2002-11-23", "to": "2006-06-30"}]},
    {"type": "actor", "id": "australia", "name": "Australia",
     "aliases": ["Australian government", "Commonwealth of Australia", "Canberra", "Treasury",
                 "Gillard government", "Rudd government", "Abbott government", "Labor government"],
     "speakers": [
         {"name": "Julia Gillard", "role": "Prime Minister", "from": "2010-06-24", "to": "2013-06-27"},
         {"name": "Wayne Swan", "role": "Treasurer", "from": "2007-12-03", "to": "2013-06-27"},
         {"name": "Greg Combet", "role": "Minister for Climate Change and Energy Efficiency", "from": "2010-09-14", "to": "2013-07-01"},
         {"name": "Kevin Rudd", "role": "Prime Minister", "from": "2013-06-27", "to": "2013-09-18"},
         {"name": "Chris Bowen", "role": "Treasurer", "from": "2013-06-27", "to": "2013-09-18"},
         {"name": "Tony Abbott", "role": "Prime Minister", "from": "2013-09-18", "to": "2015-09-15"},
         {"name": "Joe Hockey", "role": "Treasurer", "from": "2013-09-18", "to": "2015-09-21"},
         {"name": "Greg Hunt", "role": "Minister for the Environment", "from": "2013-09-18", "to": "2016-07-19"}]},
    {"type": "actor", "id": "fifa", "name": "FIFA",
     "aliases": ["Federation Internationale de Football Association", "world football's governing body",
                 "FIFA Executive Committee", "FIFA Ethics Committee", "FIFA's ethics committee"],
     "speakers": [
         {"name": "Joseph S. Blatter", "role": "President", "from": "1998-06-08", "to": "2016-02-26"},
         {"name": "Walter De Gregorio", "role": "Director of Communications and Public Affairs", "from": "2011-07-01", "to": "2015-06-05"},
         {"name": "Jerome Valcke", "role": "Secretary General", "from": "2007-06-27", "to": "2016-01-13"},
         {"name": "Domenico Scala", "role": "Chairman, Audit and Compliance Committee", "from": "2012-07-17", "to": "2016-05-14"},
         {"name": "Hans-Joachim Eckert", "role": "Chairman, Adjudicatory Chamber of the Ethics Committee", "from": "2012-07-17", "to": "2017-05-09"},
         {"name": "Issa Hayatou", "role": "Acting President", "from": "2015-10-08", "to": "2016-02-26"}]},
    {"type": "actor", "id": "general-motors", "name": "General Motors Co.",
     "aliases": ["GM", "General Motors", "General Motors Company", "G.M."],
     "speakers": [
         {"name": "Mary Barra", "role": "Chief Executive Officer", "from": "2014-01-15", "to": ONGOING},
         {"name": "Alan Batey", "role": "President, GM North America", "from": "2014-01-15", "to": "2019-04-01"},
         {"name": "Alan Adler", "role": "Spokesman", "from": "2000-01-01", "to": "2016-12-31"}]},
    {"type": "actor", "id": "apple", "name": "Apple Inc.",
     "aliases": ["Apple", "Apple Computer"],
     "speakers": [
         {"name": "Steve Jobs", "role": "Chief Executive Officer", "from": "1997-09-16", "to": "2011-08-24"},
         {"name": "Tim Cook", "role": "Chief Operating Officer", "from": "2005-10-14", "to": "2011-08-24"},
         {"name": "Natalie Kerris", "role": "Spokeswoman", "from": "2001-01-01", "to": "2015-12-31"}]},
    {"type": "actor", "id": "korean-air", "name": "Korean Air Lines Co.",
     "aliases": ["Korean Air", "Korean Air Lines", "KAL"],
     "speakers": [
         {"name": "Cho Yang-ho", "role": "Chairman and Chief Executive Officer", "from": "1999-04-14", "to": "2019-03-27"},
         {"name": "Cho Hyun-ah", "role": "Vice President in charge of in-flight service", "from": "2014-01-01", "to": "2014-12-10"}]},
    {"type": "actor", "id": "banco-de-portugal", "name": "Banco de Portugal",
     "aliases": ["Bank of Portugal", "Portugal's central bank", "Portuguese central bank"],
     "speakers": [
         {"name": "Carlos Costa", "role": "Governor", "from": "2010-06-07", "to": "2020-07-17"}]},
    {"type": "actor", "id": "banco-espirito-santo", "name": "Banco Espirito Santo",
     "aliases": ["BES", "Banco Espirito Santo S.A.", "Espirito Santo bank"],
     "speakers": [
         {"name": "Ricardo Salgado", "role": "Chief Executive", "from": "1992-01-01", "to": "2014-07-13"},
         {"name": "Vitor Bento", "role": "Chief Executive", "from": "2014-07-14", "to": "2014-08-03"}]},
    {"type": "actor", "id": "world-bank", "name": "World Bank",
     "aliases": ["World Bank Group", "International Bank for Reconstruction and Development", "the bank's management"],
     "speakers": [
         {"name": "Jim Yong Kim", "role": "President", "from": "2012-07-01", "to": "2019-02-01"},
         {"name": "Kristalina Georgieva", "role": "Chief Executive Officer", "from": "2017-01-02", "to": "2019-09-30"},
         {"name": "David Malpass", "role": "President", "from": "2019-04-09", "to": "2023-06-01"},
         {"name": "Paul Romer", "role": "Chief Economist", "from": "2016-10-01", "to": "2018-01-24"},
         {"name": "Carmen Reinhart", "role": "Chief Economist", "from": "2020-06-15", "to": "2022-05-31"}]},
    {"type": "actor", "id": "ghana", "name": "Ghana",
     "aliases": ["Republic of Ghana", "Ghanaian government", "Government of Ghana", "Accra",
                 "Finance Ministry", "Ministry of Finance", "Ministry of Information"],
     "speakers": [
         {"name": "Nana Akufo-Addo", "role": "President", "from": "2017-01-07", "to": "2025-01-07"},
         {"name": "Ken Ofori-Atta", "role": "Minister for Finance", "from": "2017-01-27", "to": "2024-02-14"},
         {"name": "Kojo Oppong Nkrumah", "role": "Minister for Information", "from": "2019-08-01", "to": "2024-02-14"},
         {"name": "John Kumah", "role": "Deputy Minister for Finance", "from": "2021-06-01", "to": "2024-02-14"}]},
]

OUTLETS = {
    "Halloran Point Wire": "halloran-point-wire.example",
    "Sablewood News Agency": "sablewood-news.example",
    "Quillon Bay Dispatch": "quillon-bay-dispatch.example",
    "Tamarind Street Financial Report": "tamarind-street-financial.example",
    "Colbridge Newswire": "colbridge-newswire.example",
    "Vellacott Ledger": "vellacott-ledger.example",
    "Ormskirk Heath Press Service": "ormskirk-heath-press.example",
    "Glenharrow Courier": "glenharrow-courier.example",
    "Pebblecombe Wire Service": "pebblecombe-wire.example",
    "Westmarch Herald": "westmarch-herald.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- German unity and its cost, 1990-91 (1-5)
("u01", "Sablewood News Agency", "1990-04-02T17:00:00Z", "Bundesbank proposes two-to-one conversion of East German marks", [
"The Bundesbank has recommended that most East German money be converted into deutsche marks at a rate of two East marks for one West mark when the two German states merge their currencies, a proposal that drew angry reactions in East Berlin over the weekend.",
"Under the plan, agreed by the central bank's council last week and made public at the weekend, wages, pensions, most savings and most debts would be converted at two to one, while each East German could exchange savings of up to 2,000 marks at par. Bundesbank officials argued that a one-for-one rate for wages would load East German factories with costs they could not carry and would put jobs at risk, and that too generous a conversion could flood the economy with money and threaten the stability of the currency.",
"Chancellor Helmut Kohl's government said no decision had been taken and that the rate would be settled in talks with the new government in East Berlin, which has yet to be formed after the March 18 election. East German politicians, many of whose voters had understood from the campaign that their savings would be exchanged one for one, said they would resist the proposal.",
]),
("u02", "Halloran Point Wire", "1990-04-24T18:30:00Z", "Bonn sets one-to-one rate for East German wages and pensions", [
"West Germany's governing coalition agreed on Monday that wages, salaries and pensions in East Germany will be converted into deutsche marks at a rate of one to one when the two currencies merge, setting aside the Bundesbank's advice that a two-to-one rate would be safer for East German jobs.",
"Savings will also be exchanged at par up to 4,000 marks for each adult, 2,000 marks for children under 14 and 6,000 marks for people aged 60 and over, government officials said, with larger balances and most debts converted at two to one. The officials said the terms would help persuade East Germans to stay where they are rather than move west. The offer will now go to the government of Lothar de Maiziere in East Berlin, and Bonn wants the currency union in place by July 1.",
"Bundesbank officials, who had proposed conversion at par of only 2,000 marks a head, declined to comment publicly on the decision. Economists in Frankfurt said the one-to-one rate for wages would leave many East German companies struggling to compete once their customers could pay in deutsche marks.",
]),
("u03", "Vellacott Ledger", "1990-08-07T06:00:00Z", "Coalition leaders say German unity can be paid for without tax increases", [
"The leaders of West Germany's three governing parties said on Monday that German unification could be financed without raising taxes, rejecting warnings from the opposition Social Democrats that West German taxpayers would have to bear the cost.",
"After a meeting in Bonn, Chancellor Helmut Kohl, Finance Minister Theo Waigel and Otto Graf Lambsdorff, the leader of the Free Democrats, said the cost of rebuilding East Germany would be met by savings elsewhere in the budget, by borrowing through the German Unity Fund and by the extra growth that unity would bring. The fund, agreed in May, is to raise 115 billion marks over four and a half years. Tax increases to pay for unity were neither planned nor necessary, the government said.",
"The Social Democrats' candidate for chancellor, Oskar Lafontaine, has accused the coalition of hiding the bill until after the first all-German election, now expected in December. Kohl has told voters in the West that unity will not require them to make sacrifices, and has promised East Germans that none of them will be worse off than before.",
]),
("u04", "Tamarind Street Financial Report", "1991-03-01T07:00:00Z", "Kohl concedes tax increases are unavoidable to pay for unity", [
"Chancellor Helmut Kohl acknowledged on Thursday that he had been wrong to believe German unification could be paid for without higher taxes, and said tax increases could no longer be avoided.",
"Speaking after talks in Bonn with the premiers of the 16 federal states, which ended with a deal to give the five eastern states a larger share of VAT revenue and extra money for administration and environmental clean-up, Kohl said Germany's contributions to the allied effort in the Gulf and the collapse of eastern Germany's trade with the Soviet Union and Eastern Europe had changed the picture. Borrowing even more would put pressure on the capital market and on the value of the currency, he said.",
"The coalition agreed earlier this week on a package expected to include an increase in the tax on petrol of about 25 pfennigs a litre, a higher insurance tax and a temporary surcharge on income tax. The Social Democrats called it a breach of the promise Kohl made before December's election. The Bundesbank, which raised its key lending rates at the start of February, has warned repeatedly against financing unity through ever larger budget deficits.",
]),
("u05", "Colbridge Newswire", "1991-03-09T08:00:00Z", "German cabinet approves 7.5 percent 'solidarity surcharge'", [
"The German cabinet on Friday approved a package of tax increases to help pay for rebuilding eastern Germany and for Bonn's contribution to the cost of the Gulf war, led by a 7.5 percent surcharge on income and corporation tax.",
"The so-called solidarity surcharge will be levied for one year, from July 1 this year to June 30, 1992. The cabinet also approved higher taxes on petrol, diesel and heating oil, which are not limited in time, an increase in insurance tax and higher postal and telephone charges. Government officials said the surcharge was strictly temporary and that the measures would keep new borrowing from rising further.",
"The opposition Social Democrats have called the increases a tax lie, noting that the coalition told voters before the December election that unity would need no new taxes. Parliament is expected to vote on the package in May.",
]),
# ---------------------------------------------------------------- Pakistan and A.Q. Khan, 2002-06 (6-10)
("u06", "Quillon Bay Dispatch", "2002-10-18T15:30:00Z", "Musharraf rejects report Pakistan aided North Korea's nuclear program", [
"President Pervez Musharraf on Friday dismissed as absolutely baseless a report that Pakistan had supplied critical equipment for North Korea's secret program to enrich uranium, and said his country would never spread its nuclear know-how.",
"\"There is no such thing as collaboration with North Korea in the nuclear arena,\" Musharraf told a news conference in Islamabad with the visiting Malaysian prime minister, Mahathir Mohamad. He said he had stated several times that Pakistan would not proliferate its nuclear technology, and that it stood by that commitment.",
"The New York Times, citing American intelligence officials, reported on Friday that Pakistan had been a major supplier of equipment, possibly including gas centrifuges, for the North Korean program, apparently as part of a barter deal in the late 1990s under which North Korea provided Pakistan with ballistic missiles. North Korea admitted to a visiting U.S. envoy this month that it had a uranium enrichment effort, in breach of a 1994 agreement with the United States.",
]),
("u07", "Halloran Point Wire", "2002-11-25T16:00:00Z", "Pakistan calls new North Korea report 'baseless, motivated and malicious'", [
"Pakistan on Monday rejected a fresh report that it had given North Korea designs and machinery for enriching uranium in exchange for missile parts, calling it baseless, motivated and malicious.",
"Foreign Office spokesman Aziz Ahmad Khan told reporters in Islamabad that Pakistan had a strong system of export controls and that its commitment not to export sensitive technology to third countries was unquestionable. On Sunday the presidential spokesman, Maj. Gen. Rashid Qureshi, said there was no truth whatsoever in the report. \"If the country has cooperated, we would have known,\" he told Reuters, adding that he had discussed the allegations with President Pervez Musharraf.",
"The New York Times reported at the weekend that North Korea had supplied missile parts that let Pakistan build a nuclear arsenal able to reach every strategic site in India, and that Pakistan had in return provided many of the designs for gas centrifuges and much of the machinery needed to make highly enriched uranium. In Washington, Secretary of State Colin Powell said Musharraf had assured him there were no such contacts.",
]),
("u08", "Sablewood News Agency", "2004-02-05T16:00:00Z", "Musharraf pardons A.Q. Khan after scientist admits leaking nuclear secrets", [
"President Pervez Musharraf on Thursday pardoned Abdul Qadeer Khan, the father of Pakistan's atomic bomb, a day after the scientist confessed on state television that he had passed nuclear technology to other countries.",
"Khan said on Wednesday that he took full responsibility for his actions, asked the nation's forgiveness and said the government had never authorised what he did. Officials said an investigation begun late last year had found that Khan and a handful of associates had provided centrifuge designs and components to Iran, Libya and North Korea, largely for money, over more than a decade. Khan was removed as science adviser to the prime minister on Saturday.",
"Musharraf told reporters that no government or army official had been involved and that Pakistan would not allow an independent international inquiry or hand over documents from its nuclear program. He said he had granted the pardon because Khan remained a national hero, though he was deeply disappointed by what the scientist had done.",
]),
("u09", "Westmarch Herald", "2005-09-13T12:00:00Z", "Musharraf says Khan gave North Korea 'probably a dozen' centrifuges", [
"President Pervez Musharraf has said that Abdul Qadeer Khan, the scientist who ran a black market in nuclear technology, sent probably a dozen centrifuges to North Korea, the most specific account Pakistan has given of what Pyongyang received.",
"In an interview published on Tuesday, as six-nation talks on North Korea's nuclear program resumed in Beijing, Musharraf said two years of questioning had turned up no evidence that Khan had also passed North Korea a design for a nuclear weapon. He told Japanese reporters last month that Khan had supplied centrifuges in parts and complete, but said then that he did not remember the number.",
"A dozen centrifuges would be far too few to produce useful amounts of bomb-grade uranium, but American officials say they could have allowed North Korea to copy the design and build its own. North Korea denies having any enrichment program. Khan has been kept under guard at his house in Islamabad since his confession in February 2004.",
]),
("u10", "Vellacott Ledger", "2006-09-25T14:00:00Z", "Musharraf memoir says Khan sent nearly two dozen centrifuges to North Korea", [
"Abdul Qadeer Khan sent nearly two dozen centrifuges to North Korea, together with a flow meter and special oils for the machines, President Pervez Musharraf writes in a memoir published on Monday, giving a higher figure than the one he offered a year ago.",
"In \"In the Line of Fire,\" Musharraf writes that the machines included both the older P-1 type and the more advanced P-2, and repeats that Khan acted without the knowledge of the government or the army. He says Pakistan shared what it learned from Khan's interrogation with the International Atomic Energy Agency and with friendly governments. Musharraf told an interviewer in September 2005 that Khan had probably sent about a dozen of the machines.",
"The book, which went on sale in New York, also says that after the attacks of Sept. 11, 2001, a senior American official warned Pakistan's intelligence chief that the United States would bomb Pakistan back to the stone age if it did not join the fight against the Taliban.",
]),
# ---------------------------------------------------------------- Apple's iPhone 4, 2010 (11-14, 16)
("u11", "Tamarind Street Financial Report", "2010-06-28T15:00:00Z", "Apple sells 1.7 million iPhone 4s in three days; white model delayed", [
"Apple Inc. said on Monday it had sold more than 1.7 million of its new iPhone 4 in the three days after the phone went on sale on Thursday, calling it the most successful product launch in its history, and apologised to customers who were turned away because stores ran out.",
"The launch has been shadowed by complaints from some buyers that the phone loses signal when it is held in a way that covers a small gap in the steel band that serves as its antenna. In a statement on Friday, Apple said that gripping any mobile phone will cause some loss of antenna performance, with some spots worse than others, and called that a fact of life for every wireless phone. Users who experience it should avoid gripping the phone in its lower left corner in a way that covers both sides of the black strip, or use one of the many cases available, the company said.",
"Apple said last week that white versions of the iPhone 4 had proved harder to manufacture than expected and would not be available until the second half of July. The black model is sold out in many stores.",
]),
("u12", "Colbridge Newswire", "2010-07-02T19:00:00Z", "Apple blames signal display formula for iPhone 4 reception complaints", [
"Apple said on Friday that the formula the iPhone 4 uses to decide how many bars of signal strength to show was totally wrong, and that it would release a free software update within a few weeks to correct it, its first detailed response to complaints about the phone's reception.",
"In an open letter to users, the company said gripping almost any phone in certain ways reduces reception by one or more bars, but that some iPhone 4 users had reported drops of four or five bars, which had led some to accuse the phone of a faulty antenna design. Apple said it had been stunned to find that its formula often showed two more bars than the actual signal justified, so that users who saw a big drop were most likely in an area of very weak signal all along. It will adopt a formula recommended by AT&T.",
"Apple said it kept hearing from users who found the iPhone 4's reception better than that of the iPhone 3GS, and that its own retesting had confirmed the new phone had the best wireless performance of any iPhone it had made. Analysts said the letter was unlikely to settle questions about the antenna.",
]),
("u13", "Halloran Point Wire", "2010-07-16T21:00:00Z", "Jobs offers free cases to iPhone 4 buyers, says 'we're not perfect'", [
"Apple will give a free protective case to everyone who buys an iPhone 4 until Sept. 30 and will refund the full price to unhappy customers who return the phone within 30 days, chief executive Steve Jobs said on Friday, seeking to end three weeks of complaints about the phone's antenna.",
"\"We're not perfect. Phones are not perfect,\" Jobs told reporters at Apple's headquarters in Cupertino, California. He said the problem had been blown out of proportion, played videos of rival phones from Research In Motion, HTC and Samsung losing signal when held in certain ways, and called it a challenge for the whole smartphone industry. Only 0.55 percent of iPhone 4 buyers had called Apple's support line about reception, he said, and the return rate at AT&T was 1.7 percent, against 6 percent for the iPhone 3GS.",
"Jobs acknowledged that, according to AT&T's data, the iPhone 4 drops slightly more calls than the 3GS, though less than one additional call in every 100. Apple has sold 3 million of the phones since the launch three weeks ago, he said. Consumer Reports said this week it could not recommend the phone.",
]),
("u14", "Quillon Bay Dispatch", "2010-07-23T20:00:00Z", "Apple pushes white iPhone 4 back to 'later this year'", [
"Apple said on Friday that the white version of its iPhone 4 would not be available until later this year, the second delay for a model the company said only a month ago would reach stores in the second half of July.",
"\"We are disappointed that white iPhone 4 models continue to be more challenging to manufacture than we originally expected,\" Apple said in a brief statement. The black iPhone 4 is unaffected and remains available, it said. The company did not say what had caused the problems, and industry analysts speculated about the difficulty of getting a consistent white finish.",
"The delay comes a week after chief executive Steve Jobs offered free cases to buyers of the phone to quell complaints about its reception. On Tuesday Apple said it had sold 8.4 million iPhones in the quarter that ended on June 26, a record, helping to lift its revenue to $15.7 billion.",
]),
# ---------------------------------------------------------------- Australia's carbon price, 2010-14 (15, 17, 19, 20, 26)
("u15", "Glenharrow Courier", "2010-08-16T11:00:00Z", "Gillard rules out carbon tax, promises to build consensus", [
"Prime Minister Julia Gillard has ruled out introducing a carbon tax if her Labor government is re-elected on Saturday, saying she wants to build a lasting community consensus before any price is put on carbon.",
"\"There will be no carbon tax under the government I lead,\" Gillard said in a television interview on Monday. She has promised that a re-elected Labor government would set up a citizens' assembly of 150 people drawn from the electoral roll to examine the evidence on climate change and the case for action over a year, and she has said a carbon price should come through an emissions trading scheme once there is broad support for one.",
"The opposition leader, Tony Abbott, says Labor cannot be trusted on the issue and that any carbon price would push up electricity bills. Gillard replaced Kevin Rudd as prime minister in June, two months after he shelved the government's emissions trading scheme following its defeat in the Senate.",
]),
("u16", "Pebblecombe Wire Service", "2010-10-01T17:00:00Z", "Apple ends free iPhone 4 case program, says antenna problem smaller than thought", [
"Apple stopped giving away free cases with its iPhone 4 on Thursday, the end date it set in July, saying it now had enough data to conclude that the phone's antenna problem was smaller than it had first thought.",
"In a note posted on its website, the company said owners who still had trouble with reception could ask AppleCare for a free Bumper case. Customers who bought the phone before the deadline have until the end of October to apply through the case program, it said.",
"Chief executive Steve Jobs said in July that only a small fraction of buyers had called Apple about reception, and that the problem had been exaggerated. The white version of the phone, already delayed twice, is still not on sale.",
]),
("u17", "Vellacott Ledger", "2011-02-24T08:00:00Z", "Gillard to introduce carbon price from July 2012", [
"Prime Minister Julia Gillard announced on Thursday that Australia will put a price on carbon emissions from July 1, 2012, starting with a fixed price that will operate for three to five years before the country moves to a full emissions trading scheme.",
"Gillard, flanked by the Greens leader, Bob Brown, and the independent MPs Tony Windsor and Rob Oakeshott, said the price would be paid by the biggest emitters and that households would be helped with the cost through tax cuts and higher payments. The level of the fixed price has not been decided and will be negotiated in the Multi-Party Climate Change Committee over the coming months, she said.",
"The opposition leader, Tony Abbott, said Gillard had broken the promise she made before last year's election that there would be no carbon tax under a government she led, and called for a people's revolt against it. Gillard, whose minority government depends on the Greens and the independents, said a carbon price was the cheapest and most efficient way to cut pollution.",
]),
("u18", "Westmarch Herald", "2011-03-22T14:00:00Z", "Blatter says a fourth term as FIFA president would be his last", [
"FIFA president Sepp Blatter said on Tuesday that if he wins a fourth term in June it will be his last, pledging to make way for a successor in 2015.",
"\"You know I aspire to another four years. These will be the last four years for which I stand as candidate,\" Blatter told the congress of UEFA, European football's governing body, in Paris. The 75-year-old Swiss, who has led FIFA since 1998, faces a challenge from Mohamed bin Hammam of Qatar, president of the Asian Football Confederation, in the election at FIFA's congress in Zurich on June 1.",
"Blatter also promised zero tolerance of match-fixing, illegal betting and disrespect for referees. His pledge was widely read as an overture to UEFA's president, Michel Platini, who is seen as a likely candidate to succeed him. Each of FIFA's 208 member associations has a vote, and UEFA's 53 members account for more than a quarter of them.",
]),
("u19", "Sablewood News Agency", "2011-07-10T09:00:00Z", "Australia sets carbon price at A$23 a tonne", [
"Australia will charge its biggest polluters A$23 for every tonne of carbon dioxide they emit from July 1 next year, Prime Minister Julia Gillard said on Sunday, setting out the details of a plan that will cover about 500 companies.",
"The fixed price will rise by 2.5 percent a year in real terms for three years, after which, from July 1, 2015, the price will be set by the market under an emissions trading scheme. More than half of the revenue will go to households: the tax-free threshold will rise to A$18,200 from A$6,000, and nine in ten households will receive tax cuts or higher payments. Treasury estimates the scheme will add about A$9.90 a week to average household costs, against average assistance of A$10.10.",
"Gillard said in a televised address that the package was the right reform for the country's future. The opposition leader, Tony Abbott, has vowed to repeal the tax if he wins the next election.",
]),
("u20", "Glenharrow Courier", "2013-07-16T07:00:00Z", "Rudd to scrap fixed carbon price a year early", [
"Prime Minister Kevin Rudd said on Tuesday that Australia will end its fixed carbon price on July 1, 2014, a year earlier than planned, and move straight to an emissions trading scheme in which the price is expected to fall to about A$6 a tonne.",
"\"We've decided to terminate the carbon tax,\" Rudd told reporters. Under the timetable set by the government of Julia Gillard, the fixed price, now A$24.15 a tonne, was to rise to A$25.40 next July and stay in place until mid-2015. Rudd said the change would save the average household about A$380 in 2014-15, and Treasurer Chris Bowen said the lost revenue would be offset by savings elsewhere in the budget.",
"The opposition leader, Tony Abbott, who has promised to abolish carbon pricing altogether if he wins the election due later this year, said the change was a con. Rudd returned as prime minister last month after defeating Gillard in a vote of Labor MPs.",
]),
# ---------------------------------------------------------------- General Motors and the ignition switch, 2014 (21-24)
("u21", "Colbridge Newswire", "2014-02-14T13:00:00Z", "GM recalls 778,000 small cars over ignition switch linked to six deaths", [
"General Motors Co. is recalling 778,562 Chevrolet Cobalt and Pontiac G5 compact cars in North America because the ignition switch can slip out of the run position while the car is moving, shutting off the engine and possibly preventing the air bags from deploying in a crash.",
"GM said it knew of six deaths in five frontal crashes in which the defect may have played a part. The switch can be jolted out of position if the key ring is carrying extra weight or the car goes off the road or suffers some other jarring event, the company said, and until the repair is made owners should remove everything from their key rings except the ignition key. The recall covers 2005-2007 Cobalts and 2007 G5s, including 619,122 cars in the United States.",
"In a chronology filed with federal safety regulators, GM said it first learned in 2004, around the time the Cobalt went on sale, of an incident in which the car lost power because the key had moved out of position, and that engineers had considered fixes in 2005 but closed the inquiry after weighing lead time, cost and effectiveness. A spokesman said other factors, such as alcohol or the failure to wear seat belts, had been present in some of the fatal crashes.",
]),
("u22", "Ormskirk Heath Press Service", "2014-02-26T12:00:00Z", "GM doubles ignition recall to 1.6 million cars, links defect to 13 deaths", [
"General Motors on Tuesday added four more models to its recall of cars with faulty ignition switches, bringing the total to about 1.6 million vehicles worldwide, and said the defect was now linked to 31 crashes and 13 deaths.",
"The recall now includes the 2003-2007 Saturn Ion, the 2006-2007 Chevrolet HHR and Pontiac Solstice and the 2007 Saturn Sky, which use the same switch as the Cobalt and G5 recalled two weeks ago. About 1.37 million of the cars were sold in the United States.",
"\"We are deeply sorry,\" Alan Batey, president of GM North America, said in a statement, acknowledging that the process the company had used to examine the problem was not as robust as it should have been. He said GM would take an unflinching look at what had happened and apply the lessons. The National Highway Traffic Safety Administration is examining whether the company moved quickly enough.",
]),
("u23", "Pebblecombe Wire Service", "2014-03-13T11:00:00Z", "GM now says first sign of switch problem came in 2001", [
"General Motors said on Wednesday that it had a first warning of the ignition switch problem behind its recall of 1.6 million cars in 2001, three years earlier than it had told regulators last month, during development of the Saturn Ion.",
"In an updated chronology filed with the National Highway Traffic Safety Administration, GM said a 2001 report on pre-production Ions had found low detent plunger force in the switch, and that a design change was thought at the time to have solved it. A service technician reported in 2003 that an Ion had stalled while being driven and suggested that the weight of the owner's keys had worn out the switch, the company said.",
"GM also said it now counts 12 deaths linked to the defect, not 13, because one victim had been counted twice, while the number of crashes remains 31. A spokesman said the company had found the record of the 2001 report only recently, and that today's GM was fully committed to learning from the past.",
]),
("u24", "Halloran Point Wire", "2014-06-05T17:00:00Z", "GM fires 15 after report finds 'pattern of incompetence and neglect'", [
"General Motors has dismissed 15 employees and disciplined five others after an internal investigation found that the company's 11-year failure to recall cars with a deadly ignition defect resulted from a pattern of incompetence and neglect, chief executive Mary Barra said on Thursday.",
"Speaking to employees at GM's technical centre in Warren, Michigan, Barra said the report by the former U.S. attorney Anton Valukas had found no conspiracy to cover up the facts, but had found that people throughout the company failed to treat the switch as a safety problem, regarding it instead as a matter of customer convenience. \"Repeatedly, individuals failed to disclose critical pieces of information,\" she said. \"I never want to put this behind us.\"",
"Barra said GM would set up a fund to compensate victims and their families, to be run by Kenneth Feinberg, who administered the fund for victims of the Sept. 11 attacks. GM has now recalled about 2.6 million cars over the switch.",
]),
# ---------------------------------------------------------------- Banco Espirito Santo, July-August 2014 (25, 27-29)
("u25", "Tamarind Street Financial Report", "2014-07-11T16:00:00Z", "Portugal's central bank says BES has enough capital to absorb group losses", [
"Portugal's central bank said on Friday that Banco Espirito Santo had a capital buffer large enough to absorb any losses from its exposure to the troubled businesses of the family that founded it, without breaching minimum capital requirements, and told depositors they could rest assured.",
"The Bank of Portugal said that, on the basis of information from BES and its auditor, KPMG, it had ordered measures earlier this year to ring-fence BES from the risks of the Espirito Santo group's non-financial arm after an audit of the country's largest banks. The safety of funds entrusted to BES is not undermined, it said.",
"BES shares were suspended on Thursday after falling 17 percent. In a statement to the market regulator late on Thursday, the bank said potential losses from its exposure to the group would not put its compliance with capital requirements at risk, that it would not increase that exposure, and that it held capital of 2.1 billion euros above the regulatory minimum at the end of March. Espirito Santo International, a holding company of the group, has missed payments on short-term debt.",
]),
("u26", "Westmarch Herald", "2014-07-17T08:00:00Z", "Australian Senate repeals carbon tax", [
"Australia became the first country to abolish a price on carbon on Thursday when the Senate voted 39 to 32 to repeal the tax introduced by the previous Labor government, delivering on Prime Minister Tony Abbott's central election promise.",
"\"The tax that you voted to get rid of is finally gone,\" Abbott told reporters in Canberra, calling it a useless, destructive tax that had damaged jobs and raised the cost of living. The government says scrapping it will save the average household about A$550 a year, mostly through lower electricity and gas bills, and that emissions will instead be cut through its Direct Action plan, under which companies will bid for grants to reduce pollution.",
"Labor and the Greens voted against the repeal. Environment Minister Greg Hunt said the government remained committed to Australia's target of cutting emissions by 5 percent from 2000 levels by 2020.",
]),
("u27", "Quillon Bay Dispatch", "2014-07-29T08:00:00Z", "Bank of Portugal says private solution possible for BES if capital falls short", [
"The Bank of Portugal said late on Monday that if Banco Espirito Santo's losses turned out to exceed its capital buffer, the interest several investors had shown in taking a significant stake in the bank meant that a private solution to strengthen its capital was achievable.",
"As a last resort, the public recapitalisation line set up under Portugal's international bailout programme would be available to support any Portuguese bank's capital needs, the central bank said, adding that the solvency of BES and the safety of the funds entrusted to it were assured. The statement answered a report in the online edition of the weekly Expresso that BES could announce first-half losses of about 3 billion euros, more than its buffer of 2.1 billion euros.",
"BES, now run by the economist Vitor Bento after the departure of Ricardo Salgado, who had led the bank for more than two decades, is due to publish its results on Wednesday. Its shares have lost almost 40 percent of their value this month.",
]),
("u28", "Colbridge Newswire", "2014-07-30T20:00:00Z", "BES posts 3.6 billion euro loss, capital falls below minimum", [
"Banco Espirito Santo reported a first-half net loss of 3.58 billion euros on Wednesday, most of it from provisions for loans to its founding family's crumbling business empire, and said its core capital had fallen below the minimum that regulators require.",
"The loss wiped out the 2.1 billion euro capital buffer the bank had reported and cut its common equity tier 1 ratio to 5 percent, against a required 7 percent, BES said. It booked 4.25 billion euros of impairments and provisions, including 856 million euros after its new managers discovered two letters the bank had issued in favour of creditors of a family holding company without following internal procedures.",
"Chief executive Vitor Bento said shareholders and potential investors had shown interest in a recapitalisation, some of them in taking large stakes, and that the bank would immediately begin raising capital. The circumstances of some losses seemed to indicate possible breaches of the law, he said, and BES would try to recover as much as it could. The shares fell 10.6 percent to a record low of 0.347 euros.",
]),
("u29", "Sablewood News Agency", "2014-08-04T06:00:00Z", "Portugal splits BES in 4.9 billion euro rescue", [
"Portugal's central bank split Banco Espirito Santo in two on Sunday night, moving its deposits and sound assets into a new bank, Novo Banco, which will receive 4.9 billion euros of capital from the country's bank resolution fund, and leaving shareholders and subordinated bondholders behind in what remains of BES.",
"Governor Carlos Costa said the first-half losses had left BES below the minimum solvency ratios and that there was no time to raise private capital after the European Central Bank suspended the bank's access to its funding on Friday and required it to repay about 10 billion euros. Most of the money for the resolution fund, which is financed by Portuguese banks, will come from a state loan of about 3.9 billion euros drawn from what is left of Portugal's bailout, but Costa said the operation would carry no cost for the public purse or for taxpayers.",
"Depositors' money is fully protected, Costa said. Vitor Bento will remain chief executive of Novo Banco. Trading in BES shares was suspended on Friday after another steep fall.",
]),
# ---------------------------------------------------------------- FIFA and Sepp Blatter, 2011-15 (18, 30, 34-37)
("u30", "Glenharrow Courier", "2014-09-26T15:00:00Z", "Blatter confirms he will seek fifth term as FIFA president", [
"Sepp Blatter confirmed on Friday that he will stand for a fifth term as president of FIFA next May, three years after saying that his fourth term would be his last.",
"Blatter told reporters after a meeting of the executive committee in Zurich that he had informed its members he would accept the demands of national associations and confederations \"to serve FIFA for a fifth mandate.\" \"First of all I'm not running, I'm at their disposal,\" he said, adding that FIFA was not at the end of its reforms and that five of its six confederations had asked him before the World Cup in Brazil to stay on.",
"The election will be held at FIFA's congress in Zurich on May 29. UEFA's president, Michel Platini, said last month that he would not stand, leaving Jerome Champagne, a former FIFA deputy secretary general, as the only declared challenger to the 78-year-old Swiss.",
]),
# ---------------------------------------------------------------- Korean Air, December 2014 (31-33)
("u31", "Ormskirk Heath Press Service", "2014-12-08T16:00:00Z", "Korean Air apologises for delay but defends executive in nut row", [
"Korean Air Lines apologised on Monday to passengers on a New York flight that returned to the gate after one of its executives, the chairman's daughter, ordered a senior crew member off the plane in a dispute over how she had been served macadamia nuts.",
"In a statement, the airline said it was sorry for the inconvenience caused by turning the aircraft back when there was no emergency, but said it had been reasonable for Cho Hyun-ah, the vice president in charge of in-flight service, to point out problems with the cabin service. The chief flight attendant had neglected his duties by not knowing the relevant service procedures, the airline said.",
"Passengers said Cho, who was travelling in first class on the Airbus A380 on Friday, became angry when a flight attendant served her nuts in their bag rather than on a plate. The plane, carrying about 250 passengers, had begun to taxi at John F. Kennedy International Airport when it went back to let the crew chief off, delaying its departure. The Transport Ministry has said it will look into whether aviation law was broken.",
]),
("u32", "Pebblecombe Wire Service", "2014-12-09T11:00:00Z", "Korean Air heiress quits in-flight service post, keeps vice president title", [
"Cho Hyun-ah, the daughter of Korean Air Lines' chairman, stepped down on Tuesday as head of the airline's in-flight service after forcing a New York flight to return to the gate over the way she was served nuts, but the company said she would remain a vice president.",
"\"I apologise to the customers and the public for causing social issues and to those who have been hurt by my actions,\" Cho said in a statement issued by the airline, saying she would take full responsibility. Her father, chairman Cho Yang-ho, accepted her resignation from the cabin service post at a meeting of executives at Incheon International Airport on his return from Monaco, the company said. She will keep her title as vice president and her seat as a registered director, and remains head of the group's hotel business.",
"The airline's labour union called on management to take responsibility, and a civic group has asked prosecutors to investigate whether Cho broke aviation law. Korean Air's statement on Monday, which said Cho had been entitled to raise problems with the service, drew widespread criticism online.",
]),
("u33", "Halloran Point Wire", "2014-12-12T09:00:00Z", "Korean Air chairman apologises for daughter's 'foolish' conduct", [
"The chairman of Korean Air Lines, Cho Yang-ho, bowed before reporters in Seoul on Friday and apologised for what he called his daughter's foolish behaviour, saying he regretted not having raised her properly.",
"\"I sincerely apologise for the big trouble caused by my daughter's foolish behaviour,\" Cho said at the company's headquarters. \"Please blame me. It is all my fault.\" He said his eldest daughter, Cho Hyun-ah, had been relieved of all her posts at the airline and at its affiliates. She gave up her title of vice president on Wednesday, a day after the company said she would keep it.",
"Later on Friday Cho Hyun-ah, dressed in black, appeared for questioning at a Transport Ministry office near Gimpo airport and apologised, saying she would apologise in person to the crew chief she had ordered off the plane. Prosecutors are also investigating the incident, which delayed the flight's departure from New York on Dec. 5.",
]),
("u34", "Vellacott Ledger", "2015-05-27T17:00:00Z", "Swiss police arrest FIFA officials; FIFA says Blatter not involved", [
"Swiss police arrested seven FIFA officials at a luxury hotel in Zurich early on Wednesday at the request of the United States, which has charged 14 people, including nine current and former football officials, with racketeering, wire fraud and money laundering involving more than $150 million in bribes.",
"Hours later, FIFA's director of communications, Walter De Gregorio, told a news conference that president Sepp Blatter was not involved at all and that the presidential election at Friday's congress would go ahead as planned. The 2018 World Cup in Russia and the 2022 tournament in Qatar would also take place as scheduled, he said. FIFA was the damaged party and welcomed the investigations, which showed it was on the right track in cleaning up the game, he said.",
"Separately, Swiss prosecutors opened criminal proceedings over the award of the 2018 and 2022 World Cups and seized documents at FIFA's headquarters. Blatter faces Prince Ali bin Al Hussein of Jordan in Friday's vote.",
]),
("u35", "Westmarch Herald", "2015-05-30T16:00:00Z", "Re-elected Blatter says he has no reason to step down", [
"Sepp Blatter said on Saturday he had no reason to resign, a day after FIFA's member associations re-elected him to a fifth term despite the corruption charges brought against senior football officials in the United States.",
"\"Why would I step down? That would mean that I recognise that I did wrong,\" Blatter told a news conference in Zurich. He said he forgave everyone but did not forget, and suggested that the timing of the arrests, two days before the election, was no coincidence, pointing to the disappointment of the United States and England at losing the votes for the 2022 and 2018 World Cups. Blatter said he intended to lead FIFA for the next four years.",
"Blatter won 133 votes to 73 for Prince Ali bin Al Hussein in the first round of voting on Friday, and the Jordanian withdrew before a second round. \"I am the president of everybody,\" Blatter told delegates after the result.",
]),
("u36", "Quillon Bay Dispatch", "2015-06-02T18:00:00Z", "Blatter to give up FIFA presidency, calls new election", [
"Sepp Blatter said on Tuesday he would give up the presidency of FIFA, four days after being re-elected, as pressure mounted over the corruption investigations in the United States and Switzerland.",
"\"While I have a mandate from the membership of FIFA, that mandate does not seem to be supported by everyone in the world of football,\" Blatter said in a brief statement at FIFA's headquarters in Zurich. He said he would call an extraordinary congress to elect his successor and would lay down his mandate there, continuing to exercise his functions until then, and that he would not be a candidate. He did not take questions.",
"Domenico Scala, the chairman of FIFA's audit and compliance committee, said the congress would be held some time between December this year and March 2016. Blatter had said on Saturday that he had no reason to step down.",
]),
("u37", "Tamarind Street Financial Report", "2015-10-08T15:00:00Z", "FIFA ethics committee suspends Blatter and Platini for 90 days", [
"FIFA's ethics committee suspended president Sepp Blatter and UEFA's president, Michel Platini, from all football activity for 90 days on Thursday while it investigates a payment of 2 million Swiss francs that Blatter authorised to Platini in 2011.",
"The committee's adjudicatory chamber, chaired by the German judge Hans-Joachim Eckert, also provisionally banned FIFA's secretary general, Jerome Valcke, who had already been put on leave. Issa Hayatou, the head of African football, will serve as acting president, FIFA said. Swiss prosecutors opened criminal proceedings against Blatter on Sept. 25 over the payment and over a television rights contract.",
"Blatter's lawyers said he was disappointed that the committee had not given him the chance to be heard that its own code provides. The extraordinary congress at which Blatter's successor is to be elected remains set for Feb. 26, 2016. Platini, who has denied wrongdoing, had declared himself a candidate.",
]),
# ---------------------------------------------------------------- The World Bank's Doing Business report, 2017-21 (38-41)
("u38", "Colbridge Newswire", "2017-10-31T12:00:00Z", "New Zealand tops World Bank business ranking; India jumps 30 places", [
"New Zealand remains the easiest place in the world to do business, followed by Singapore and Denmark, the World Bank said on Tuesday in its annual Doing Business report, which found that governments had carried out a record 264 reforms to ease regulation over the past year.",
"India climbed 30 places to 100th, putting it among the ten biggest improvers, after changes to its insolvency and tax rules, while China stayed at 78th, the same position as last year. The report ranks 190 economies on 10 sets of indicators, from starting a business and getting credit to paying taxes and enforcing contracts, and the bank said each economy was measured with the same methodology, based on the rules facing a standard domestic company in its main business cities.",
"The rankings are closely watched by governments and investors, and several countries, India among them, have set targets for improving their position. The report, the 15th in the series, covers regulations in force as of June 1.",
]),
("u39", "Halloran Point Wire", "2020-08-27T19:00:00Z", "World Bank halts Doing Business report over data irregularities", [
"The World Bank said on Thursday it was pausing publication of its Doing Business report after irregularities came to light in changes made to data in the 2018 and 2020 editions, and that the changes were inconsistent with the report's methodology.",
"The bank said it was carrying out a systematic review of data changes over the last five reports and had asked its independent internal audit unit to examine the processes for collecting and checking data and the controls meant to protect its integrity. It would act swiftly to correct, retrospectively, the data of the countries most affected by the irregularities, it said.",
"The bank did not say which countries were involved. The rankings have been questioned before: in January 2018 Paul Romer, then the bank's chief economist, suggested that changes in methodology might have treated Chile unfairly, and he left the bank days later.",
]),
("u40", "Glenharrow Courier", "2020-12-17T02:00:00Z", "World Bank says China's 2018 ranking should have been 85th", [
"China's place in the World Bank's Doing Business 2018 ranking would have been 85th rather than the 78th it was given had its data not been improperly changed, the bank said on Wednesday as it published the results of a review of irregularities in its flagship report.",
"The review found that data for China in the 2018 edition and for Saudi Arabia, the United Arab Emirates and Azerbaijan in the 2020 edition had been changed in ways that departed from the report's methodology. Corrected data for the four countries were published on the bank's website. Taking the published data for all other countries as given, China's corrected ranking would have meant a fall of seven places from the year before, the bank said.",
"The bank said the matters raised, including the conduct of current and former staff, had been referred to its internal accountability mechanisms, and that it had commissioned an independent review of the report's methodology. It did not say when the next edition would appear.",
]),
("u41", "Ormskirk Heath Press Service", "2021-09-16T18:00:00Z", "World Bank scraps Doing Business report after inquiry implicates Georgieva", [
"The World Bank said on Thursday it would discontinue its Doing Business report, one of its best-known publications, after an investigation found that senior officials, among them Kristalina Georgieva, now head of the International Monetary Fund, had pressed staff to improve China's ranking in the 2018 edition.",
"The investigation by the law firm WilmerHale, released by the bank, found that China's ranking had been held at 78th, the same as the year before, by late changes to its data after staff had calculated that it would fall to 85th, at a time when the bank was seeking a capital increase in which Beijing was expected to play a key role. It also found irregularities in the data for Saudi Arabia in the 2020 edition. After reviewing all the information available, management had decided to discontinue the report and would work on a new approach to assessing the business and investment climate, the bank said.",
"Georgieva, who was the bank's chief executive at the time, said she disagreed fundamentally with the findings and interpretations as they related to her role.",
]),
# ---------------------------------------------------------------- Ghana and the IMF, 2022 (42-48)
("u42", "Vellacott Ledger", "2022-02-10T13:00:00Z", "Ghana's finance minister rules out IMF bailout", [
"Ghana will not turn to the International Monetary Fund for help despite its mounting debts and a weakening currency, Finance Minister Ken Ofori-Atta said, insisting that the country could solve its problems with its own resources.",
"\"We are not going to the IMF. Whatever we do, we are not,\" Ofori-Atta told a town hall meeting in Tamale, the third in a series the government is holding to win support for its electronic transactions levy. \"The consequences are dire. We are a proud nation, we have the resources, we have the capacity,\" he said. The 1.75 percent levy on mobile money and other electronic transfers, proposed in November's budget, has been held up in parliament by the opposition.",
"Opposition lawmakers and some economists have urged the government to seek an IMF programme after rating agencies downgraded Ghana's debt and the country's borrowing costs on international markets soared. Ghana completed its last IMF programme in 2019.",
]),
("u43", "Sablewood News Agency", "2022-05-12T16:00:00Z", "Ghana 'committed to not going back' to IMF, says Ofori-Atta", [
"Ghana's finance minister said on Thursday that the government remained committed to not going back to the International Monetary Fund, and that the fund itself had acknowledged the country was moving in the right direction.",
"At a press briefing in Accra, Ken Ofori-Atta said the question was whether the IMF had the resources Ghana needed for a programme to deal with its debt, and that what the country wanted instead was support in finding other ways to refinance and reprofile its debt without needing to be in a fund programme. He pointed to a 30 percent cut in discretionary spending announced in March as evidence that the government was taking the steps a programme would demand.",
"Consumer inflation rose to 23.6 percent in April, the highest in nearly two decades, and the cedi has fallen sharply against the dollar this year.",
]),
("u44", "Westmarch Herald", "2022-07-01T18:00:00Z", "Ghana turns to IMF for support", [
"Ghana will seek support from the International Monetary Fund, the government said on Friday, reversing months of insistence that it could manage its economic crisis without the fund.",
"President Nana Akufo-Addo has authorised Finance Minister Ken Ofori-Atta to begin formal engagements with the IMF, inviting it to support an economic programme drawn up by the government, Information Minister Kojo Oppong Nkrumah said in a statement. The decision followed a telephone call between Akufo-Addo and the fund's managing director, Kristalina Georgieva, and was backed by the cabinet on Thursday. The engagement will seek balance-of-payments support as part of a broader effort to speed Ghana's recovery from the shocks of the COVID-19 pandemic and the war in Ukraine, the statement said.",
"The IMF's representative in Accra confirmed that Ghana had approached the fund. Inflation reached 27.6 percent in May, and protesters marched in Accra this week against rising fuel prices and taxes.",
]),
("u45", "Quillon Bay Dispatch", "2022-07-17T10:00:00Z", "Ofori-Atta refuses to quit over IMF U-turn", [
"Ghana's finance minister, Ken Ofori-Atta, said on Saturday he would not resign over the government's decision to seek help from the International Monetary Fund, which he had long opposed, arguing that sensible people change their minds when circumstances change.",
"\"It is almost like telling a father to resign from his children because he has changed his mind,\" Ofori-Atta told reporters at the ruling New Patriotic Party's national delegates conference in Accra. Shocks such as the pandemic and the war in Ukraine had changed the environment, he said. President Nana Akufo-Addo told the conference the government would negotiate a good deal with the fund, one that would allow it to revive the economy.",
"An IMF mission held talks in Accra from July 6 to 13. Ofori-Atta told Bloomberg News on the eve of the talks that Ghana was likely to ask for as much as $1.5 billion to shore up its finances and regain access to international capital markets.",
]),
("u46", "Tamarind Street Financial Report", "2022-12-05T15:00:00Z", "Ghana launches domestic debt exchange; individual bondholders exempt", [
"Ghana asked holders of its local-currency government bonds on Monday to swap them for new bonds paying lower interest over longer periods, the first step in a restructuring of its debt needed to secure a bailout from the International Monetary Fund.",
"Under the voluntary exchange, existing domestic bonds will be traded for four new bonds maturing in 2027, 2029, 2032 and 2037. The new bonds will pay no coupon in 2023, 5 percent in 2024 and 10 percent a year from 2025 until they mature, the Finance Ministry said, and there will be no cut in the principal. Individual holders of bonds will be exempt, as will treasury bills, and bondholders have until Dec. 19 to sign up.",
"Finance Minister Ken Ofori-Atta said the country's public debt had become unsustainable. President Nana Akufo-Addo said in October that the talks with the IMF would not lead to a cut in the face value of government bonds. Bankers warned that the lower coupons would weigh on the balance sheets of local lenders.",
]),
("u47", "Pebblecombe Wire Service", "2022-12-20T09:00:00Z", "Ghana suspends payments on most external debt", [
"Ghana suspended payments on most of its external debt on Monday, including its Eurobonds, commercial term loans and most bilateral loans, calling the move an interim emergency measure while it negotiates a restructuring with creditors.",
"The Finance Ministry said the suspension was needed to avoid a further deterioration of the economy, and that debts owed to multilateral lenders and some new loans would continue to be paid. The country reached a staff-level agreement with the International Monetary Fund a week ago on a three-year loan of about $3 billion, which the fund's board will approve only once Ghana has secured assurances from its creditors that its debts will be restructured.",
"The domestic bond exchange announced on Dec. 5 is going ahead, and the ministry has extended its deadline to Dec. 30.",
]),
("u48", "Sablewood News Agency", "2022-12-25T10:00:00Z", "Ghana brings individual investors into debt swap, extends deadline again", [
"Ghana has extended the deadline for its domestic debt exchange for a second time, to Jan. 16, and will now invite individual bondholders to take part, despite having exempted them when the programme was launched this month, the Finance Ministry said late on Saturday.",
"The ministry said it would add eight new bonds to the four it originally offered, making 12, one maturing in each year from 2027 to 2038, and would pay accrued interest and a cash fee to holders of bonds maturing in 2023. It set a non-binding target of 80 percent participation. The extension would let the government consider suggestions from all stakeholders with the aim of adjusting certain measures, it said.",
"The government exempted pension funds from the exchange on Thursday after protests by labour unions. The IMF has said its board will approve Ghana's $3 billion bailout only if the country restructures its debts comprehensively.",
]),
]

STATEMENTS = {
"u01": [["bundesbank", "two East marks for one West mark"], ["bundesbank", "converted at two to one"],
        ["bundesbank", "up to 2,000 marks at par"], ["bundesbank", "would put jobs at risk"],
        ["bundesbank", "threaten the stability of the currency"], ["germany", "no decision had been taken"],
        ["germany", "settled in talks with the new government"]],
"u02": [["germany", "at a rate of one to one"], ["germany", "setting aside the Bundesbank's advice"],
        ["germany", "up to 4,000 marks for each adult"], ["germany", "help persuade East Germans to stay"],
        ["germany", "the currency union in place by July"]],
"u03": [["germany", "could be financed without raising taxes"], ["germany", "met by savings elsewhere in the budget"],
        ["germany", "borrowing through the German Unity Fund"], ["germany", "neither planned nor necessary"],
        ["germany", "will not require them to make sacrifices"], ["germany", "none of them will be worse off"]],
"u04": [["germany", "had been wrong to believe German unification"], ["germany", "tax increases could no longer be avoided"],
        ["germany", "had changed the picture"], ["germany", "put pressure on the capital market"],
        ["germany", "a larger share of VAT revenue"], ["germany", "a temporary surcharge on income tax"]],
"u05": [["germany", "a 7.5 percent surcharge on income"], ["germany", "levied for one year"],
        ["germany", "taxes on petrol, diesel and heating oil"], ["germany", "an increase in insurance tax"],
        ["germany", "the surcharge was strictly temporary"], ["germany", "keep new borrowing from rising further"]],
"u06": [["pakistan", "no such thing as collaboration"], ["pakistan", "would never spread its nuclear know-how"],
        ["pakistan", "would not proliferate its nuclear technology"], ["pakistan", "stood by that commitment"]],
"u07": [["pakistan", "baseless, motivated and malicious"], ["pakistan", "a strong system of export controls"],
        ["pakistan", "not to export sensitive technology to third"], ["pakistan", "no truth whatsoever in the report"],
        ["pakistan", "we would have known"]],
"u08": [["pakistan", "pardoned Abdul Qadeer Khan"], ["pakistan", "provided centrifuge designs and components to"],
        ["pakistan", "removed as science adviser to the"], ["pakistan", "no government or army official had"],
        ["pakistan", "would not allow an independent international"], ["pakistan", "Khan remained a national hero"],
        ["pakistan", "deeply disappointed by what the scientist"]],
"u09": [["pakistan", "probably a dozen centrifuges"], ["pakistan", "no evidence that Khan had also passed"],
        ["pakistan", "in parts and complete"], ["pakistan", "did not remember the number"]],
"u10": [["pakistan", "sent nearly two dozen centrifuges"], ["pakistan", "a flow meter and special oils"],
        ["pakistan", "both the older P-1 type"], ["pakistan", "acted without the knowledge of the government"],
        ["pakistan", "shared what it learned from Khan's"], ["pakistan", "bomb Pakistan back to the stone age"]],
"u11": [["apple", "sold more than 1.7 million"], ["apple", "the most successful product launch in its"],
        ["apple", "apologised to customers who were turned away"], ["apple", "will cause some loss of antenna performance"],
        ["apple", "fact of life for every wireless phone"], ["apple", "avoid gripping the phone in its lower"],
        ["apple", "use one of the many cases available"], ["apple", "harder to manufacture than expected"],
        ["apple", "until the second half of July"]],
"u12": [["apple", "was totally wrong"], ["apple", "release a free software update within"],
        ["apple", "reduces reception by one or more bars"], ["apple", "showed two more bars than the actual"],
        ["apple", "adopt a formula recommended by AT&T"], ["apple", "reception better than that of the"],
        ["apple", "the best wireless performance of any"]],
"u13": [["apple", "give a free protective case to"], ["apple", "refund the full price to unhappy"],
        ["apple", "Phones are not perfect"], ["apple", "blown out of proportion"],
        ["apple", "a challenge for the whole smartphone"], ["apple", "Only 0.55 percent of iPhone 4"],
        ["apple", "drops slightly more calls than the"], ["apple", "sold 3 million of the phones"]],
"u14": [["apple", "not be available until later this year"], ["apple", "continue to be more challenging to manufacture"],
        ["apple", "The black iPhone 4 is unaffected"], ["apple", "sold 8.4 million iPhones in the quarter"]],
"u15": [["australia", "no carbon tax under the government"], ["australia", "build a lasting community consensus"],
        ["australia", "a citizens' assembly of 150 people"], ["australia", "come through an emissions trading scheme"]],
"u16": [["apple", "smaller than it had first thought"], ["apple", "ask AppleCare for a free Bumper"],
        ["apple", "have until the end of October"]],
"u17": [["australia", "put a price on carbon emissions from"], ["australia", "a fixed price that will operate"],
        ["australia", "three to five years"], ["australia", "paid by the biggest emitters"],
        ["australia", "helped with the cost through tax"], ["australia", "has not been decided"],
        ["australia", "the cheapest and most efficient way"]],
"u18": [["fifa", "I aspire to another four years"], ["fifa", "These will be the last four years"],
        ["fifa", "make way for a successor in 2015"], ["fifa", "zero tolerance of match-fixing"]],
"u19": [["australia", "A$23 for every tonne of carbon"], ["australia", "cover about 500 companies"],
        ["australia", "rise by 2.5 percent a year"], ["australia", "from July 1, 2015, the price"],
        ["australia", "tax-free threshold will rise to"], ["australia", "nine in ten households will receive"],
        ["australia", "about A$9.90 a week"], ["australia", "the right reform for the country's"]],
"u20": [["australia", "fixed carbon price on July 1, 2014"], ["australia", "expected to fall to about A$6"],
        ["australia", "terminate the carbon tax"], ["australia", "save the average household about A$380"],
        ["australia", "offset by savings elsewhere in the budget"]],
"u21": [["general-motors", "recalling 778,562 Chevrolet Cobalt and Pontiac G5"],
        ["general-motors", "shutting off the engine and possibly preventing"],
        ["general-motors", "six deaths in five frontal crashes"], ["general-motors", "remove everything from their key rings"],
        ["general-motors", "first learned in 2004, around the time"],
        ["general-motors", "closed the inquiry after weighing lead time"], ["general-motors", "other factors, such as alcohol"]],
"u22": [["general-motors", "added four more models to its recall"], ["general-motors", "about 1.6 million vehicles worldwide"],
        ["general-motors", "linked to 31 crashes and 13 deaths"], ["general-motors", "We are deeply sorry"],
        ["general-motors", "was not as robust as it should"], ["general-motors", "take an unflinching look"]],
"u23": [["general-motors", "had a first warning of the ignition"], ["general-motors", "found low detent plunger force"],
        ["general-motors", "a design change was thought"], ["general-motors", "had worn out the switch"],
        ["general-motors", "counts 12 deaths linked to the defect"], ["general-motors", "one victim had been counted twice"],
        ["general-motors", "fully committed to learning from the past"]],
"u24": [["general-motors", "dismissed 15 employees and disciplined five"], ["general-motors", "a pattern of incompetence and neglect"],
        ["general-motors", "no conspiracy to cover up the"], ["general-motors", "a matter of customer convenience"],
        ["general-motors", "failed to disclose critical pieces of information"], ["general-motors", "I never want to put this"],
        ["general-motors", "set up a fund to compensate"], ["general-motors", "recalled about 2.6 million cars"]],
"u25": [["banco-de-portugal", "a capital buffer large enough to absorb"],
        ["banco-de-portugal", "without breaching minimum capital requirements"], ["banco-de-portugal", "could rest assured"],
        ["banco-de-portugal", "ordered measures earlier this year to"], ["banco-de-portugal", "ring-fence BES from the risks"],
        ["banco-de-portugal", "safety of funds entrusted to BES"],
        ["banco-espirito-santo", "would not put its compliance with capital"],
        ["banco-espirito-santo", "would not increase that exposure"],
        ["banco-espirito-santo", "capital of 2.1 billion euros above"]],
"u26": [["australia", "to get rid of is finally gone"], ["australia", "a useless, destructive tax"],
        ["australia", "save the average household about A$550"], ["australia", "bid for grants to reduce pollution"],
        ["australia", "remained committed to Australia's target"]],
"u27": [["banco-de-portugal", "a private solution to strengthen its capital"],
        ["banco-de-portugal", "the public recapitalisation line"],
        ["banco-de-portugal", "support any Portuguese bank's capital needs"],
        ["banco-de-portugal", "solvency of BES and the safety"]],
"u28": [["banco-espirito-santo", "a first-half net loss of 3.58"], ["banco-espirito-santo", "core capital had fallen below the"],
        ["banco-espirito-santo", "cut its common equity tier 1"], ["banco-espirito-santo", "booked 4.25 billion euros of impairments"],
        ["banco-espirito-santo", "discovered two letters the bank had"],
        ["banco-espirito-santo", "had shown interest in a recapitalisation"],
        ["banco-espirito-santo", "immediately begin raising capital"], ["banco-espirito-santo", "possible breaches of the law"]],
"u29": [["banco-de-portugal", "split Banco Espirito Santo in two"], ["banco-de-portugal", "receive 4.9 billion euros of capital"],
        ["banco-de-portugal", "leaving shareholders and subordinated bondholders behind"],
        ["banco-de-portugal", "had left BES below the minimum"], ["banco-de-portugal", "no time to raise private capital"],
        ["banco-de-portugal", "no cost for the public purse"], ["banco-de-portugal", "Depositors' money is fully protected"]],
"u30": [["fifa", "will stand for a fifth term"], ["fifa", "to serve FIFA for a fifth mandate"],
        ["fifa", "I'm not running, I'm at their disposal"], ["fifa", "not at the end of its reforms"],
        ["fifa", "had asked him before the World Cup"]],
"u31": [["korean-air", "sorry for the inconvenience caused by"], ["korean-air", "had been reasonable for Cho Hyun-ah"],
        ["korean-air", "to point out problems with the"], ["korean-air", "neglected his duties by not knowing"]],
"u32": [["korean-air", "stepped down on Tuesday as head"], ["korean-air", "I apologise to the customers and the"],
        ["korean-air", "take full responsibility"], ["korean-air", "accepted her resignation from the cabin service"],
        ["korean-air", "keep her title as vice president"], ["korean-air", "her seat as a registered director"]],
"u33": [["korean-air", "regretted not having raised her properly"], ["korean-air", "apologise for the big trouble caused"],
        ["korean-air", "my daughter's foolish behaviour"], ["korean-air", "It is all my fault"],
        ["korean-air", "relieved of all her posts"], ["korean-air", "gave up her title of vice president"]],
"u34": [["fifa", "was not involved at all"], ["fifa", "would go ahead as planned"],
        ["fifa", "would also take place as scheduled"], ["fifa", "was the damaged party"],
        ["fifa", "was on the right track"]],
"u35": [["fifa", "had no reason to resign"], ["fifa", "Why would I step down?"],
        ["fifa", "I recognise that I did wrong"], ["fifa", "forgave everyone but did not forget"],
        ["fifa", "was no coincidence"], ["fifa", "lead FIFA for the next four years"],
        ["fifa", "I am the president of everybody"]],
"u36": [["fifa", "would give up the presidency of FIFA"], ["fifa", "that mandate does not seem to be"],
        ["fifa", "call an extraordinary congress"], ["fifa", "lay down his mandate there"],
        ["fifa", "continuing to exercise his functions until"], ["fifa", "would not be a candidate"],
        ["fifa", "between December this year and March 2016"]],
"u37": [["fifa", "suspended president Sepp Blatter"], ["fifa", "from all football activity for 90"],
        ["fifa", "provisionally banned FIFA's secretary general"], ["fifa", "will serve as acting president"],
        ["fifa", "remains set for Feb. 26, 2016"]],
"u38": [["world-bank", "New Zealand remains the easiest place"], ["world-bank", "a record 264 reforms"],
        ["world-bank", "India climbed 30 places to 100th"], ["world-bank", "China stayed at 78th"],
        ["world-bank", "measured with the same methodology"], ["world-bank", "the rules facing a standard domestic company"]],
"u39": [["world-bank", "pausing publication of its Doing Business"], ["world-bank", "inconsistent with the report's methodology"],
        ["world-bank", "a systematic review of data changes"], ["world-bank", "asked its independent internal audit unit"],
        ["world-bank", "act swiftly to correct, retrospectively"],
        ["world-bank", "the countries most affected by the irregularities"]],
"u40": [["world-bank", "would have been 85th rather than"], ["world-bank", "departed from the report's methodology"],
        ["world-bank", "Corrected data for the four countries"], ["world-bank", "a fall of seven places"],
        ["world-bank", "referred to its internal accountability mechanisms"],
        ["world-bank", "an independent review of the report's methodology"]],
"u41": [["world-bank", "would discontinue its Doing Business report"],
        ["world-bank", "management had decided to discontinue the report"],
        ["world-bank", "a new approach to assessing the business"]],
"u42": [["ghana", "solve its problems with its own resources"], ["ghana", "We are not going to the IMF"],
        ["ghana", "Whatever we do, we are not"], ["ghana", "The consequences are dire"],
        ["ghana", "we have the resources, we have the"]],
"u43": [["ghana", "committed to not going back to the"], ["ghana", "moving in the right direction"],
        ["ghana", "refinance and reprofile its debt"], ["ghana", "without needing to be in a fund"],
        ["ghana", "a 30 percent cut in discretionary"]],
"u44": [["ghana", "will seek support from the International"], ["ghana", "begin formal engagements with the IMF"],
        ["ghana", "support an economic programme drawn up"], ["ghana", "backed by the cabinet on Thursday"],
        ["ghana", "seek balance-of-payments support"]],
"u45": [["ghana", "he would not resign over"], ["ghana", "sensible people change their minds"],
        ["ghana", "telling a father to resign from"], ["ghana", "had changed the environment"],
        ["ghana", "negotiate a good deal with the fund"], ["ghana", "as much as $1.5 billion"],
        ["ghana", "regain access to international capital markets"]],
"u46": [["ghana", "swap them for new bonds paying"], ["ghana", "four new bonds maturing in 2027"],
        ["ghana", "no coupon in 2023"], ["ghana", "no cut in the principal"],
        ["ghana", "Individual holders of bonds will be exempt"], ["ghana", "until Dec. 19 to sign up"],
        ["ghana", "public debt had become unsustainable"]],
"u47": [["ghana", "suspended payments on most of its"], ["ghana", "an interim emergency measure"],
        ["ghana", "avoid a further deterioration of the"], ["ghana", "would continue to be paid"],
        ["ghana", "a three-year loan of about $3 billion"], ["ghana", "extended its deadline to Dec. 30"]],
"u48": [["ghana", "extended the deadline for its domestic"], ["ghana", "invite individual bondholders to take part"],
        ["ghana", "add eight new bonds"], ["ghana", "one maturing in each year from"],
        ["ghana", "pay accrued interest and a cash fee"], ["ghana", "a non-binding target of 80 percent"],
        ["ghana", "consider suggestions from all stakeholders"], ["ghana", "exempted pension funds from the exchange"]],
}

OPTIONAL = {
"u04": [["bundesbank", "warned repeatedly against financing unity"]],
"u07": [["pakistan", "there were no such contacts"]],
"u10": [["pakistan", "had probably sent about a dozen"]],
"u14": [["apple", "in the second half of July"]],
"u16": [["apple", "only a small fraction of buyers"]],
"u20": [["australia", "stay in place until mid-2015"]],
"u32": [["korean-air", "had been entitled to raise problems"]],
"u33": [["korean-air", "she would keep it"]],
"u36": [["fifa", "had no reason to step down"]],
"u41": [["world-bank", "held at 78th, the same as"], ["world-bank", "pressed staff to improve China's ranking"]],
"u46": [["ghana", "not lead to a cut in"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["u03", "u04", "germany", "stance-reversal: the coalition leaders said unification could be financed without raising taxes, through savings, the unity fund and growth, and that tax increases were neither planned nor necessary; seven months later the chancellor says he was wrong and that tax increases can no longer be avoided"],
["u31", "u33", "korean-air", "stance-reversal: the airline said it had been reasonable for its vice president to point out problems with the cabin service and blamed the chief flight attendant; four days later the chairman calls his daughter's behaviour foolish and says it is all his fault"],
["u27", "u29", "banco-de-portugal", "stance-reversal: the central bank said that if the buffer fell short a private solution to strengthen BES's capital was achievable, with the public line only as a last resort; six days later it splits the bank and recapitalises it from the resolution fund, mostly with a state loan, saying there was no time to raise private capital"],
["u43", "u44", "ghana", "stance-reversal: the finance minister said the government remained committed to not going back to the IMF and wanted help to refinance without needing to be in a fund programme; seven weeks later the president authorises formal engagements with the IMF for balance-of-payments support"],
# commitments reversed in other words
["u03", "u05", "germany", "commitment-reversed: before the election the coalition said unity could be paid for without raising taxes and that tax increases were neither planned nor necessary; seven months later the cabinet approves a 7.5 percent surcharge on income and corporation tax and higher taxes on fuel and insurance"],
["u15", "u17", "australia", "commitment-reversed: the prime minister said there would be no carbon tax under the government she led; six months later she announces a fixed carbon price from July 2012"],
["u18", "u30", "fifa", "commitment-reversed: the president said a fourth term would be the last four years for which he stood as a candidate and that he would make way in 2015; three years later he will stand for a fifth term"],
["u32", "u33", "korean-air", "commitment-reversed: the airline said its chairman's daughter would keep her title of vice president and her board seat after leaving the cabin service post; three days later she has been relieved of all her posts at the airline and its affiliates"],
["u46", "u48", "ghana", "commitment-reversed: the finance ministry said individual holders of bonds would be exempt from the domestic debt exchange; three weeks later it invites individual bondholders to take part"],
# denials then action or admission
["u35", "u36", "fifa", "denial-then-action: the re-elected president asked why he would step down, saying that would mean admitting he had done wrong, and said he would lead FIFA for the next four years; three days later he says he will lay down his mandate at an extraordinary congress"],
["u42", "u44", "ghana", "denial-then-action: the finance minister said Ghana was not going to the IMF, whatever it did, because the consequences were dire and the country had the resources; five months later the government begins formal engagements with the IMF"],
["u31", "u32", "korean-air", "denial-then-action: the airline defended its vice president's right to point out problems with the service and blamed the chief flight attendant; the next day she apologises to those hurt by her actions and steps down as head of in-flight service"],
# reports denied, then borne out
["u06", "u08", "pakistan", "report-denied: the president called a report that Pakistan had supplied North Korea's enrichment program absolutely baseless and said there was no collaboration with North Korea in the nuclear arena; the government's investigation finds that its top nuclear scientist provided centrifuge designs and components to North Korea"],
["u07", "u09", "pakistan", "report-denied: the government said there was no truth whatsoever in a report that Pakistan had given North Korea centrifuge designs and machinery; three years later the president says Khan sent North Korea probably a dozen centrifuges"],
# claims negated
["u12", "u13", "apple", "claim-negated: the company said its retesting had confirmed the iPhone 4 had the best wireless performance of any iPhone and users found its reception better than the 3GS's; two weeks later it acknowledges that the iPhone 4 drops slightly more calls than the 3GS"],
["u25", "u28", "banco-espirito-santo", "claim-negated: the bank said potential losses from its exposure to the family group would not put its compliance with capital requirements at risk and that it held 2.1 billion euros above the minimum; three weeks later its loss wipes out the buffer and its core capital falls below the minimum"],
["u25", "u29", "banco-de-portugal", "claim-negated: the central bank said BES had a buffer large enough to absorb any losses from the group without breaching minimum capital requirements; three weeks later it says the losses left BES below the minimum solvency ratios and resolves the bank"],
["u07", "u08", "pakistan", "claim-negated: the government said its commitment not to export sensitive technology was unquestionable, that its export controls were strong and that if the country had cooperated it would have known; it now says its top nuclear scientist and a few associates supplied centrifuge designs and components to three countries for more than a decade without the government's knowledge"],
["u38", "u39", "world-bank", "claim-negated: the bank said every economy in the Doing Business ranking was measured with the same methodology; it now says changes made to data in that edition and a later one were inconsistent with the report's methodology"],
["u21", "u23", "general-motors", "claim-negated: the company told regulators it first learned of the switch problem in 2004, when the Cobalt went on sale; a month later it says its first warning came three years earlier, in 2001, during development of the Saturn Ion"],
# number mismatches
["u22", "u23", "general-motors", "number-mismatch: the company linked the defect to 31 crashes and 13 deaths; two weeks later it counts 12 deaths, saying one victim had been counted twice"],
["u38", "u40", "world-bank", "number-mismatch: the bank's 2018 ranking put China at 78th, unchanged from the year before; the bank now says China would have been 85th, a fall of seven places, had its data not been improperly changed"],
["u09", "u10", "pakistan", "number-mismatch: the president said Khan sent North Korea probably a dozen centrifuges; a year later his memoir says nearly two dozen"],
["u45", "u47", "ghana", "number-mismatch: the finance minister said Ghana would ask the IMF for as much as $1.5 billion; five months later the staff-level agreement is for a loan of about $3 billion"],
# dates moved
["u11", "u14", "apple", "date-mismatch: the company said the white iPhone 4 would be available in the second half of July; a month later it says the white model will not be available until later this year"],
["u19", "u20", "australia", "date-mismatch: the fixed carbon price was to run for three years, with the market setting the price from July 1, 2015; two years later the government ends the fixed price on July 1, 2014, a year earlier"],

]

AMBIGUOUS = [
["u06", "u09"],  # no nuclear collaboration with North Korea, then a dozen centrifuges sent by Khan: carried by u06-u08 and u07-u09
["u06", "u10"],  # the same, against nearly two dozen: carried by u06-u08
["u07", "u10"],  # no truth whatsoever, then nearly two dozen centrifuges: carried by u07-u09
["u15", "u19"],  # no carbon tax, then A$23 a tonne: carried by u15-u17
["u17", "u20"],  # a fixed price for three to five years, then ended after two: carried by u19-u20
["u19", "u26"],  # an emissions trading scheme from 2015, then the tax repealed by the next government after an election fought on it
["u20", "u26"],  # a floating price from 2014, then repeal by the new government: a change of government, not of the same government's word
["u18", "u35"],  # the last four years as a candidate, then re-elected to a fifth term: carried by u18-u30
["u30", "u36"],  # accepting a fifth mandate, then laying it down: carried by u35-u36
["u35", "u37"],  # leading FIFA for four years, then suspended with an acting president: carried by u35-u36, and the suspension is not his act
["u21", "u24"],  # an inquiry closed after weighing cost, then no conspiracy to cover up: a careful reader might see tension, not a contradiction
["u25", "u27"],  # a buffer large enough to absorb any losses, then a private solution if the buffer falls short: a hedge added, not yet a reversal
["u28", "u29"],  # BES will immediately begin raising capital with interested investors, then it is resolved by the central bank: BES's plan overtaken by another actor's act
["u12", "u16"],  # the best wireless performance of any iPhone, then an antenna problem smaller than first thought: an admission that there was a problem, or a restatement
["u39", "u41"],  # publication paused during a review, then the report discontinued: no promise to resume was made, but a pause reads as temporary
["u38", "u41"],  # China at 78th, then held at 78th by improper changes: carried by u38-u40
["u42", "u45"],  # not going to the IMF, then a minister explaining why he changed his mind: carried by u42-u44
["u43", "u45"],  # committed to not going back, then talks with an IMF mission: carried by u43-u44
]

TRAPS = [
["u01", "u02", "one actor differing from another: the Bundesbank proposes two to one with 2,000 marks a head at par; the government sets one to one for wages and 4,000 marks"],
["u04", "u05", "a plan announced, then carried out: the chancellor says tax increases can no longer be avoided and a package is coming; a week later the cabinet approves it"],
["u06", "u07", "a consistent restatement: the president and then his spokesman and the Foreign Office deny any nuclear dealings with North Korea"],
["u08", "u09", "detail added to a consistent account: centrifuge designs and components sent to North Korea, then probably a dozen centrifuges, with no evidence of a bomb design"],
["u17", "u19", "an undecided matter, then decided: a fixed price whose level is still to be negotiated and would last three to five years, then A$23 a tonne for three years"],
["u15", "u26", "similar words, no contradiction: a pledge of no carbon tax under her government, and the tax repealed four years later by another government"],
["u34", "u35", "a stated plan kept: the election would go ahead as planned, and it did, with the president re-elected"],
["u34", "u37", "two different matters with similar words: the president not involved in the U.S. corruption case, and suspended months later over a separate payment investigated in Switzerland"],
["u36", "u37", "a stated date kept: an extraordinary congress between December and March, then set for Feb. 26, 2016"],
["u21", "u22", "counts that grow as a recall widens: 778,562 cars and six deaths in two models, then 1.6 million cars and 13 deaths once four more models are added"],
["u11", "u12", "a consistent restatement: gripping any phone costs some signal, said in the statement and again in the open letter"],
["u11", "u13", "a consistent position with a cost attached, and counts that grow: signal loss from gripping is common to all phones, and free cases for all buyers; 1.7 million sold in three days, then 3 million in three weeks"],
["u13", "u16", "a stated date kept: free cases for buyers until Sept. 30, and the program ended on Sept. 30"],
["u27", "u28", "two actors saying the same thing: the central bank sees a private solution, and the bank says investors are interested and it will raise capital"],
["u39", "u40", "a stated commitment kept: the bank will correct the data of the most affected countries, and it publishes corrected data for four countries"],
["u40", "u41", "a consistent account: China would have been 85th rather than 78th, and the investigation finds it was held at 78th after staff had calculated 85th"],
["u42", "u43", "a consistent restatement: not going to the IMF in February, and committed to not going back in May"],
["u44", "u45", "an update explained as such: formal engagement with the IMF, then talks with its mission and a minister who says he changed his mind"],
["u46", "u47", "different scopes: domestic bonds exchanged with no cut in the principal, and payments on external debt suspended"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
