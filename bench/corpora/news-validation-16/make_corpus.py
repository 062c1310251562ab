#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-16, then checks them.

Every document retells a real, dated public event in its author's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "germany", "name": "Germany",
     "aliases": ["German government", "Berlin", "Chancellery", "federal government", "German coalition",
                 "Bundesregierung", "Merkel government"],
     "speakers": [
         {"name": "Angela Merkel", "role": "Chancellor", "from": "2005-11-22", "to": "2021-12-08"},
         {"name": "Norbert Röttgen", "role": "Federal Minister for the Environment", "from": "2009-10-28", "to": "2012-05-22"},
         {"name": "Rainer Brüderle", "role": "Federal Minister of Economics", "from": "2009-10-28", "to": "2011-05-12"},
         {"name": "Philipp Rösler", "role": "Federal Minister of Economics", "from": "2011-05-12", "to": "2013-12-17"},
         {"name": "Steffen Seibert", "role": "Government Spokesman", "from": "2010-08-11", "to": "2021-12-08"},
         {"name": "Guido Westerwelle", "role": "Vice-Chancellor and Foreign Minister", "from": "2009-10-28", "to": "2011-05-16"}]},
    {"type": "actor", "id": "portugal", "name": "Portugal",
     "aliases": ["Portuguese government", "Lisbon", "Portuguese Finance Ministry", "Portugal's government"],
     "speakers": [
         {"name": "José Sócrates", "role": "Prime Minister", "from": "2005-03-12", "to": "2011-06-21"},
         {"name": "Fernando Teixeira dos Santos", "role": "Minister of State and Finance", "from": "2005-07-21", "to": "2011-06-21"},
         {"name": "José Vieira da Silva", "role": "Minister of the Economy", "from": "2009-10-26", "to": "2011-06-21"},
         {"name": "Pedro Passos Coelho", "role": "Prime Minister", "from": "2011-06-21", "to": "2015-11-26"}]},
    {"type": "actor", "id": "fia", "name": "Fédération Internationale de l'Automobile",
     "aliases": ["FIA", "International Automobile Federation", "World Motor Sport Council",
                 "motor sport's governing body", "Formula One's governing body"],
     "speakers": [
         {"name": "Jean Todt", "role": "President", "from": "2009-10-23", "to": "2021-12-17"},
         {"name": "Carlos Gracia", "role": "Vice-President for Sport", "from": "2009-10-23", "to": "2013-12-06"}]},
    {"type": "actor", "id": "spain", "name": "Spain",
     "aliases": ["Spanish government", "Madrid", "Spain's government", "Spanish Economy Ministry",
                 "FROB", "Fund for Orderly Bank Restructuring", "bank restructuring fund"],
     "speakers": [
         {"name": "Mariano Rajoy", "role": "Prime Minister", "from": "2011-12-21", "to": "2018-06-02"},
         {"name": "Luis de Guindos", "role": "Minister of Economy and Competitiveness", "from": "2011-12-22", "to": "2018-03-08"},
         {"name": "Cristóbal Montoro", "role": "Minister of Finance and Public Administration", "from": "2011-12-22", "to": "2018-06-07"},
         {"name": "Soraya Sáenz de Santamaría", "role": "Deputy Prime Minister", "from": "2011-12-22", "to": "2018-06-02"},
         {"name": "Fernando Jiménez Latorre", "role": "Secretary of State for the Economy", "from": "2012-01-07", "to": "2014-07-01"}]},
    {"type": "actor", "id": "bankia", "name": "Bankia",
     "aliases": ["Bankia SA", "BFA", "Banco Financiero y de Ahorros", "BFA-Bankia"],
     "speakers": [
         {"name": "Rodrigo Rato", "role": "Chairman", "from": "2010-12-03", "to": "2012-05-09"},
         {"name": "José Ignacio Goirigolzarri", "role": "Chairman", "from": "2012-05-09", "to": "2021-03-26"}]},
    {"type": "actor", "id": "france", "name": "France",
     "aliases": ["French government", "Paris", "Elysee", "Élysée", "French Interior Ministry",
                 "French Finance Ministry", "Paris police prefecture", "Matignon"],
     "speakers": [
         {"name": "François Hollande", "role": "President", "from": "2012-05-15", "to": "2017-05-14"},
         {"name": "Jean-Marc Ayrault", "role": "Prime Minister", "from": "2012-05-15", "to": "2014-03-31"},
         {"name": "Jérôme Cahuzac", "role": "Minister Delegate for the Budget", "from": "2012-05-16", "to": "2013-03-20"},
         {"name": "Pierre Moscovici", "role": "Minister of the Economy and Finance", "from": "2012-05-16", "to": "2014-04-02"},
         {"name": "Najat Vallaud-Belkacem", "role": "Government Spokeswoman", "from": "2012-05-16", "to": "2014-04-02"},
         {"name": "Bernard Cazeneuve", "role": "Minister Delegate for the Budget", "from": "2013-03-19", "to": "2014-04-02"},
         {"name": "Emmanuel Macron", "role": "President", "from": "2017-05-14", "to": ONGOING},
         {"name": "Élisabeth Borne", "role": "Prime Minister", "from": "2022-05-16", "to": "2024-01-09"},
         {"name": "Gérald Darmanin", "role": "Minister of the Interior", "from": "2020-07-06", "to": "2024-09-21"},
         {"name": "Amélie Oudéa-Castéra", "role": "Minister of Sports", "from": "2022-05-20", "to": "2024-09-21"},
         {"name": "Didier Lallement", "role": "Prefect of Police of Paris", "from": "2019-03-21", "to": "2022-07-20"}]},
    {"type": "actor", "id": "saudi-arabia", "name": "Saudi Arabia",
     "aliases": ["Riyadh", "Saudi government", "the kingdom", "Saudi Foreign Ministry", "Saudi-led coalition",
                 "Arab coalition", "coalition forces", "Joint Incidents Assessment Team", "JIAT"],
     "speakers": [
         {"name": "Salman bin Abdulaziz", "role": "King", "from": "2015-01-23", "to": ONGOING},
         {"name": "Mohammed bin Salman", "role": "Crown Prince", "from": "2017-06-21", "to": ONGOING},
         {"name": "Adel al-Jubeir", "role": "Foreign Minister", "from": "2015-04-29", "to": "2018-12-27"},
         {"name": "Faisal bin Farhan", "role": "Foreign Minister", "from": "2019-10-23", "to": ONGOING},
         {"name": "Abdallah al-Mouallimi", "role": "Permanent Representative to the United Nations", "from": "2011-09-01", "to": "2021-10-31"},
         {"name": "Ahmed al-Asiri", "role": "Spokesman, Saudi-led coalition", "from": "2015-03-26", "to": "2017-05-31"},
         {"name": "Turki al-Maliki", "role": "Spokesman, Saudi-led coalition", "from": "2017-06-01", "to": ONGOING},
         {"name": "Mansour Ahmed al-Mansour", "role": "Legal Adviser, Joint Incidents Assessment Team", "from": "2016-01-01", "to": ONGOING}]},
    {"type": "actor", "id": "qatar", "name": "Qatar",
     "aliases": ["Qatari government", "Doha", "Government Communications Office", "Qatari Foreign Ministry",
                 "State of Qatar"],
     "speakers": [
         {"name": "Tamim bin Hamad Al Thani", "role": "Emir", "from": "2013-06-25", "to": ONGOING},
         {"name": "Mohammed bin Abdulrahman Al Thani", "role": "Foreign Minister", "from": "2016-01-27", "to": ONGOING},
         {"name": "Saif bin Ahmed Al Thani", "role": "Director, Government Communications Office", "from": "2016-01-01", "to": "2021-12-31"}]},
    {"type": "actor", "id": "wada", "name": "World Anti-Doping Agency",
     "aliases": ["WADA", "WADA executive committee", "WADA's executive committee", "compliance review committee"],
     "speakers": [
         {"name": "Craig Reedie", "role": "President", "from": "2014-01-01", "to": "2019-12-31"},
         {"name": "Olivier Niggli", "role": "Director General", "from": "2016-07-01", "to": ONGOING},
         {"name": "Linda Helleland", "role": "Vice-President", "from": "2017-01-01", "to": "2019-12-31"},
         {"name": "Jonathan Taylor", "role": "Chair, Compliance Review Committee", "from": "2016-11-01", "to": "2022-12-31"},
         {"name": "Witold Bańka", "role": "President", "from": "2020-01-01", "to": ONGOING}]},
    {"type": "actor", "id": "denmark", "name": "Denmark",
     "aliases": ["Danish government", "Copenhagen", "Danish health ministry", "Danish Veterinary and Food Administration",
                 "Statens Serum Institut"],
     "speakers": [
         {"name": "Mette Frederiksen", "role": "Prime Minister", "from": "2019-06-27", "to": ONGOING},
         {"name": "Mogens Jensen", "role": "Minister for Food, Agriculture and Fisheries", "from": "2019-06-27", "to": "2020-11-19"},
         {"name": "Rasmus Prehn", "role": "Minister for Food, Agriculture and Fisheries", "from": "2020-11-19", "to": "2022-08-05"},
         {"name": "Magnus Heunicke", "role": "Minister for Health", "from": "2019-06-27", "to": "2022-12-15"}]},
    {"type": "actor", "id": "uefa", "name": "Union of European Football Associations",
     "aliases": ["UEFA", "European football's governing body"],
     "speakers": [
         {"name": "Aleksander Čeferin", "role": "President", "from": "2016-09-14", "to": ONGOING},
         {"name": "Theodore Theodoridis", "role": "General Secretary", "from": "2016-02-26", "to": ONGOING}]},
]

OUTLETS = {
    "Tregarthen Wire": "tregarthen-wire.example",
    "Bellhaven News Agency": "bellhaven-news.example",
    "Cawdor Street Dispatch": "cawdor-street-dispatch.example",
    "Millbrook Financial Report": "millbrook-financial.example",
    "Sandwick Press Service": "sandwick-press.example",
    "Hollinsclough Courier": "hollinsclough-courier.example",
    "Penrose Quay Newswire": "penrose-quay.example",
    "Caldbeck Ledger": "caldbeck-ledger.example",
    "Orrisdale Herald": "orrisdale-herald.example",
    "Mirefield Wire Service": "mirefield-wire.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- Germany's nuclear plants, 2010-11 (01, 04, 06, 10, 13)
# ---------------------------------------------------------------- Portugal's rescue, 2010-11 (02, 03, 05, 07, 08, 09)
("w16-01", "Caldbeck Ledger", "2010-09-06T14:30:00Z", "German coalition agrees to keep nuclear plants running about 12 years longer", [
"Chancellor Angela Merkel's coalition agreed early on Monday to extend the operating lives of Germany's 17 nuclear power stations by an average of 12 years, rolling back the phase-out passed under her predecessor, which would have closed the last reactor in the early 2020s.",
"Under the deal, reached after some 12 hours of talks at the chancellery, the seven plants that went into service before 1980 may run for eight more years and the ten newer ones for 14 more, keeping the last of them on the grid until the mid-2030s. In return the operators will pay a tax on nuclear fuel worth about 2.3 billion euros a year for six years and contribute to a fund for renewable energy.",
"Merkel called the package a revolution in energy supply and said nuclear power remained a bridge technology that Germany needed until renewable sources could carry the load. Environment Minister Norbert Röttgen, who had argued for a shorter extension, said safety requirements on the older plants would be tightened. The Social Democrats and the Greens said they would challenge the law in court and reverse it if they returned to power.",
]),
("w16-02", "Bellhaven News Agency", "2010-11-22T15:10:00Z", "Socrates says Portugal needs no outside help as bond yields climb", [
"Prime Minister José Sócrates said on Monday that Portugal did not need any help to overcome its financial difficulties, rejecting suggestions that it would follow Ireland in turning to the European Union and the International Monetary Fund for a rescue.",
"\"I hear a lot of talk about the IMF. The country does not need any help,\" Sócrates told reporters in Lisbon. What Portugal needed, he said, was for parliament to approve the 2011 budget, which cuts public-sector pay and raises value-added tax, and for the Portuguese people to support the effort. He said there was no comparison between Portugal's situation and Ireland's, where the banks had caused the crisis.",
"Finance Minister Fernando Teixeira dos Santos said the government remained committed to cutting the deficit to 7.3 percent of gross domestic product this year and to 4.6 percent in 2011. The yield on Portugal's 10-year bonds rose to about 6.5 percent on Monday, close to the highest since the launch of the euro, and economists at several banks said they expected Lisbon to need outside money within months.",
]),
("w16-03", "Millbrook Financial Report", "2011-01-12T17:45:00Z", "Portugal sells bonds, says 2010 deficit came in well below target", [
"Portugal sold about 1.25 billion euros of bonds on Wednesday, a day after Prime Minister José Sócrates said the country had not only met its budget deficit goal for 2010 but beaten it by a clear margin.",
"At a news conference with Finance Minister Fernando Teixeira dos Santos on Tuesday, Sócrates said the deficit would end up well below the target of 7.3 percent of gross domestic product. He repeated that Portugal would not ask for financial aid, dismissing as speculation a report in the German magazine Der Spiegel that Berlin and Paris wanted Lisbon to seek help from the euro zone's rescue fund as soon as possible.",
"The German government denied the report. \"It is not the strategy of the German government to push Portugal to call for Europe's rescue fund,\" spokesman Steffen Seibert said. The auction of bonds due in 2014 and 2020 drew solid demand, although the longer issue paid 6.72 percent, and Teixeira dos Santos said the result showed investors' confidence in the country's finances.",
]),
("w16-04", "Tregarthen Wire", "2011-03-15T17:20:00Z", "Merkel suspends nuclear extension, takes seven oldest reactors offline", [
"Chancellor Angela Merkel ordered the seven German nuclear reactors that began operating before 1980 to be shut down for three months on Tuesday, a day after suspending the extension of plant lifetimes that her coalition pushed through parliament last autumn.",
"\"We are launching a safety review of all nuclear reactors,\" Merkel said after meeting the premiers of the five states that host nuclear plants. The moratorium would run until June 15, she said, and only then would the government decide how to proceed. \"We will discuss the possible consequences when the moratorium is over, and not today.\"",
"On Monday Merkel said the disaster at Japan's Fukushima Daiichi plant had created a new situation that had to be analysed without taboos. If a highly developed country like Japan could not prevent such consequences from an earthquake and a tsunami, that had consequences for the whole world, she said, adding that the situation after the moratorium would be different from the situation before it.",
"Environment Minister Norbert Röttgen said the longer nuclear plants ran, the longer the risk remained. Opposition leaders called the moratorium an election manoeuvre ahead of a vote in Baden-Württemberg on March 27.",
]),
("w16-05", "Sandwick Press Service", "2011-03-25T12:30:00Z", "Socrates, resigning, tells EU summit Portugal needs no rescue", [
"Portugal's caretaker prime minister, José Sócrates, told reporters at a European Union summit in Brussels on Friday that his country did not need a rescue, two days after parliament rejected his latest austerity plan and he handed in his resignation.",
"\"Portugal does not need any rescue fund. All it needs is confidence,\" Sócrates said. He said the opposition had chosen to bring down the government at the worst possible moment and that the measures it voted down had been designed precisely to spare Portugal an outside intervention. He would stay in office until an early election, he said, and would keep working to defend the country's credibility.",
"Two rating agencies cut Portugal's credit rating on Thursday, and the yield on its 10-year bonds rose above 7.8 percent. European officials, speaking privately, said they were preparing for a Portuguese request for aid that could reach 70 billion euros or more. The summit agreed the outlines of a permanent rescue mechanism for the euro zone.",
]),
("w16-06", "Orrisdale Herald", "2011-03-25T16:00:00Z", "Industry lobby official quits over minutes quoting Brüderle on nuclear pause", [
"The chief executive of the Federation of German Industries, Werner Schnappauf, resigned on Friday over leaked minutes in which Economy Minister Rainer Brüderle was quoted as telling business leaders that the government's nuclear moratorium was driven by the pressure of coming state elections.",
"According to the minutes of a March 14 meeting, first reported by the Süddeutsche Zeitung on Thursday, Brüderle said that with state elections approaching there was pressure on politicians and decisions were therefore not always rational. Brüderle denied saying it, telling the Bundestag that the record was wrong and that it was absurd to accuse the government of an electoral manoeuvre. The federation, known as the BDI, had also said the minutes contained errors.",
"On Friday the newspaper quoted a participant as saying the remarks had been recorded in shortened but accurate form. Schnappauf said he was taking political responsibility for an indiscretion in which he had played no part. Government spokesman Steffen Seibert said the moratorium was about safety alone. Voters in Baden-Württemberg and Rhineland-Palatinate go to the polls on Sunday.",
]),
("w16-07", "Millbrook Financial Report", "2011-03-31T16:15:00Z", "Portugal's 2010 deficit revised to 8.6 percent of GDP, missing target", [
"Portugal's budget deficit reached 8.6 percent of gross domestic product last year, the national statistics institute said on Thursday, well above the government's target of 7.3 percent and the lower figure ministers had promised in January.",
"The finance ministry acknowledged the deficit had exceeded the target but blamed a change in accounting required by Eurostat, the European Union's statistics office, which forced Lisbon to count losses at the nationalised banks BPN and BPP and the debts of three public transport companies. Without those items the deficit would have been 6.8 percent, officials said, adding that the revision was the result of a different statistical treatment rather than any slippage in spending.",
"The revision pushed Portuguese borrowing costs to new highs, with 10-year yields above 8.6 percent, and came a week after Sócrates resigned. The caretaker government faces bond redemptions of about 4.2 billion euros in mid-April and about 4.9 billion euros in mid-June.",
]),
("w16-08", "Bellhaven News Agency", "2011-04-06T21:30:00Z", "Portugal asks EU for financial aid after finance minister breaks ranks", [
"Portugal became the third euro zone country to seek a bailout on Wednesday, when caretaker Prime Minister José Sócrates announced that the government had asked the European Commission for financial assistance.",
"\"I tried everything, but we reached a moment when not taking this decision would bring risks we cannot afford,\" Sócrates said in a televised address. Hours earlier, Finance Minister Fernando Teixeira dos Santos had told the newspaper Jornal de Negócios that it was necessary to resort to the European financial mechanisms, after a sale of short-term debt at sharply higher rates and warnings from Portuguese banks that they would stop buying government bonds.",
"Sócrates did not say how much Portugal would seek, but officials in Brussels put the likely figure at around 80 billion euros. Opposition leader Pedro Passos Coelho, favourite to win the June 5 election, said his Social Democrats would support the request. European Commission President José Manuel Barroso said it would be processed in the swiftest possible manner.",
]),
("w16-09", "Sandwick Press Service", "2011-05-04T09:00:00Z", "Portugal agrees three-year rescue; Socrates says pay bonuses spared", [
"Portugal has agreed a three-year rescue programme with the European Union and the International Monetary Fund, caretaker Prime Minister José Sócrates announced on Tuesday night, calling it a good agreement that protected the country.",
"Sócrates said the programme did not include cuts to the 13th and 14th monthly salaries paid to civil servants, did not cut the minimum wage and did not require the privatisation of the state bank Caixa Geral de Depósitos. He did not give the size of the loan. European officials said on Wednesday it would total 78 billion euros, to be shared by the EU's two rescue funds and the IMF.",
"The programme requires Portugal to cut its deficit to 5.9 percent of GDP this year, 4.5 percent in 2012 and 3 percent in 2013, according to a summary released by the finance ministry. Opposition parties said Sócrates was presenting harsh terms as a victory ahead of the June 5 election, which polls show the Social Democrats leading.",
]),
("w16-10", "Tregarthen Wire", "2011-05-30T11:00:00Z", "Germany to shut all nuclear plants by 2022", [
"Germany will close all of its 17 nuclear power plants by the end of 2022, Environment Minister Norbert Röttgen announced on Monday after overnight talks in Chancellor Angela Merkel's coalition, making it the first major industrial power to commit to giving up nuclear energy since the Fukushima disaster.",
"The seven oldest reactors, taken offline for a safety review in March, and the Krümmel plant, idle since 2009 after a series of breakdowns, will never return to the grid, Röttgen said. Six more will close by the end of 2021 and the last three a year after that. \"It's definitive,\" he told reporters. One of the older plants could be kept on standby until 2013 as a reserve against winter shortages.",
"Merkel said the country's energy system had to be changed fundamentally and that Germany could become the first industrial nation to make the transition to renewable power. The decision undoes the extension of plant lifetimes approved last autumn, under which some reactors would have run into the mid-2030s. The cabinet is to approve the bills on June 6.",
]),
# ---------------------------------------------------------------- the Bahrain Grand Prix, 2011 (11, 12, 14, 15)
("w16-11", "Penrose Quay Newswire", "2011-06-03T19:30:00Z", "FIA reinstates Bahrain Grand Prix for October 30", [
"Motor sport's governing body, the FIA, reinstated the Bahrain Grand Prix on Friday, voting to hold the race on Oct. 30 after it was called off in February amid deadly pro-democracy protests, and moving the inaugural Indian Grand Prix from that date to December.",
"The FIA's World Motor Sport Council, meeting in Barcelona, said it had agreed unanimously after considering a report by its vice-president Carlos Gracia, who visited Bahrain on May 31 and met ministers, the circuit's management and the national human rights institute. The decision reflected the spirit of reconciliation in Bahrain and the strong support the race enjoyed from the government and all major parties, the federation said.",
"Zayed Alzayani, chairman of the Bahrain International Circuit, thanked the FIA and Formula One chief executive Bernie Ecclestone. Former FIA president Max Mosley had said he would never have rescheduled the race, and human rights groups said the sport was lending legitimacy to a crackdown in which more than 30 people have died. The date of the Indian race is to be set later.",
]),
("w16-12", "Mirefield Wire Service", "2011-06-07T16:45:00Z", "Todt defends Bahrain decision as teams object to December finale", [
"FIA president Jean Todt has defended the decision to put the Bahrain Grand Prix back on the Formula One calendar, saying the situation in the Gulf kingdom had returned to normal and that the federation had acted on the evidence of its fact-finding mission.",
"Todt told reporters in Paris on Monday that the World Motor Sport Council had voted after hearing from all sides and that the federation stood by its vote. Asked about continuing protests, he said that if there were clear evidence of a risky situation, it would obviously be taken into consideration. Carlos Gracia, the vice-president who wrote the report, said in Valencia on Tuesday that the FIA did not want the race held at all costs.",
"The teams' association FOTA has written to the FIA opposing the new calendar, saying a season stretching into December would be unbearable for staff, and any change to the calendar during the season needs the written agreement of all teams. Ecclestone, who proposed the new date, said it might be better to move Bahrain to the end of the season so that it could be dropped if the country was not safe.",
]),
("w16-13", "Caldbeck Ledger", "2011-06-09T10:30:00Z", "Merkel tells parliament Fukushima changed her view of nuclear power", [
"Chancellor Angela Merkel told the Bundestag on Thursday that the disaster at Fukushima had changed her attitude to nuclear energy, defending her government's plan to shut all German reactors by 2022 only months after she had championed keeping them running longer.",
"Merkel acknowledged that she had argued for the lifetime extension last autumn. But the accident in a high-technology country like Japan had shown that risks everyone had considered impossible could occur, she said, and she had reassessed the residual risk of nuclear power. \"I have made a new assessment,\" she said. The exit was irreversible, she said, and Germany could show the world that an industrial country could manage the change.",
"Opposition leaders welcomed the phase-out but accused Merkel of opportunism, noting that her coalition had passed the extension in October. The Bundestag is due to vote on the package on June 30, and the utilities have said they may seek compensation for the lost operating time.",
]),
("w16-14", "Penrose Quay Newswire", "2011-06-09T18:10:00Z", "FIA asks Ecclestone to re-examine calendar after teams' protest", [
"FIA president Jean Todt has asked Formula One's commercial rights holder to re-examine the 2011 calendar and, if necessary, submit a new one, stepping back from last week's decision to restage the Bahrain Grand Prix in the face of opposition from the teams.",
"\"I have listened to your last-minute objections,\" Todt wrote to the teams in a letter published on Thursday. He reminded them that under the Concorde Agreement the responsibility for setting the calendar rested solely with the commercial rights holder, which had proposed the changes, and that the teams' own delegate had approved them.",
"Earlier on Thursday the FIA's website listed a calendar with Bahrain on Oct. 30 and the Indian Grand Prix on Dec. 11 as the final race of the season. Williams chairman Adam Parr said teams, sponsors and fans had made arrangements to be in India on Oct. 30 and that it was too late to change. One FIA source described the posted calendar as the bureaucracy going through the motions.",
]),
("w16-15", "Mirefield Wire Service", "2011-06-15T17:00:00Z", "Bahrain formally dropped from 2011 F1 calendar; India back on Oct. 30", [
"The FIA formally removed the Bahrain Grand Prix from this year's Formula One calendar on Wednesday, less than two weeks after reinstating it, and confirmed that the first Indian Grand Prix will be held on Oct. 30 as originally planned. Following a fax vote of the World Motor Sport Council, the calendar had been ratified as originally proposed by unanimous decision, the federation said in a statement. The season will end in Brazil on Nov. 27 after 19 races.",
"Bahrain's organisers said on Friday they would not host the race this year, accepting that it could not go ahead after the teams refused to extend the season. \"We look forward to welcoming teams, drivers and supporters back to Bahrain next year,\" circuit chairman Zayed Alzayani said. Todt had said in his letter to the teams last week that it was up to the commercial rights holder to carry out due diligence on host countries.",
]),
# ---------------------------------------------------------------- Spain's banks and Bankia, 2012 (16-21)
("w16-16", "Millbrook Financial Report", "2012-02-03T16:20:00Z", "Spain orders banks to set aside 50 billion euros more against property losses", [
"Spain's government ordered banks on Friday to set aside about 50 billion euros more against losses on property loans, the centrepiece of a reform that Economy Minister Luis de Guindos said would clean up the sector's balance sheets without cost to taxpayers.",
"Banks will have to book about 35 billion euros of new provisions against soured real estate loans and foreclosed land and build an extra capital cushion of about 15 billion euros, most of it this year, de Guindos told a news conference after the weekly cabinet meeting. Lenders that cannot meet the requirements on their own will be encouraged to merge, and those that merge can draw on convertible instruments from the bank restructuring fund, FROB, at an interest rate of 10 percent.",
"\"Taxpayers will not put a single euro into the restructuring,\" de Guindos said. Prime Minister Mariano Rajoy has said repeatedly that the clean-up must be paid for by the banks themselves. Analysts said the new rules would hit the former savings banks hardest, among them Bankia, Spain's fourth-largest lender by assets.",
]),
("w16-17", "Orrisdale Herald", "2012-05-07T18:40:00Z", "Rato quits as Bankia chairman; Rajoy no longer rules out public money for banks", [
"Rodrigo Rato resigned as chairman of Bankia on Monday, hours after Prime Minister Mariano Rajoy said for the first time that the government would be prepared to inject public money into Spain's banks if that were needed to save the financial system.",
"\"If it were necessary to save the Spanish financial system, I would not renounce injecting public money, as every country in Europe has done,\" Rajoy told Onda Cero radio, describing it as a step to be taken only as a last resort. Officials said the government was preparing a clean-up plan for Bankia, Spain's fourth-largest lender, that could involve billions of euros of state support on top of the 4.465 billion euros its parent, BFA, received from the bank rescue fund in 2010.",
"Rato said in a statement that he had decided to hand over to a new manager because that was the most suitable course for the bank, and he proposed José Ignacio Goirigolzarri, a former chief executive of BBVA, to succeed him. Bankia's 2011 accounts, sent to the market regulator last week without an auditor's report, showed a net profit of 309 million euros, the figure it first reported in February, and proposed a dividend.",
]),
("w16-18", "Millbrook Financial Report", "2012-05-25T19:30:00Z", "Bankia seeks 19 billion euros in state aid, restates 2011 profit as loss", [
"Bankia asked the Spanish state on Friday for 19 billion euros in fresh capital, the largest bank rescue in the country's history, and said it had made a loss of 2.979 billion euros last year rather than the profit it had reported.",
"The board, led by new chairman José Ignacio Goirigolzarri, said write-downs on loans to developers and on foreclosed property had pushed the 2011 accounts into the red once they were reviewed and audited. The board also agreed to ask the state bank restructuring fund, FROB, to convert the aid it had already given into shares, leaving the state in full control.",
"The government took control of Bankia's parent, BFA, earlier this month by converting 4.465 billion euros of state loans into equity. The Economy Ministry said the recapitalisation would be carried out through the FROB, which would supply the capital in the form of government bonds. Trading in Bankia shares was suspended ahead of the announcement.",
]),
("w16-19", "Cawdor Street Dispatch", "2012-05-28T18:00:00Z", "Rajoy rules out European rescue for Spanish banks as risk premium hits record", [
"Prime Minister Mariano Rajoy said on Monday there would be no European rescue of Spain's banks, as the premium investors demand to hold Spanish rather than German debt rose to a euro-era record of more than 500 basis points.",
"\"There is not going to be any rescue of the Spanish banking system,\" Rajoy told his first solo news conference since taking office, at the headquarters of his People's Party. He defended the state's rescue of Bankia, saying the alternative was bankruptcy, that the lender would be sold once it had been cleaned up and the state would recover its money, and that aid to the banks would not lead to further spending cuts. He blamed the market turmoil on doubts about Greece.",
"Bankia's parent, BFA, said on Monday it had restated its 2011 results to show a loss of 3.318 billion euros instead of a profit of 41 million euros, after a review of its loan book and of the value of its holdings, including its stake in the listed bank. BFA asked on Friday for 19 billion euros of public capital on top of the 4.465 billion euros already converted into state shares, bringing the total to about 23.5 billion euros.",
]),
("w16-20", "Tregarthen Wire", "2012-06-10T12:00:00Z", "Spain to seek up to 100 billion euros for its banks; minister says it is not a rescue", [
"Spain will ask its euro zone partners for a loan of up to 100 billion euros to recapitalise its banks, Economy Minister Luis de Guindos said on Saturday after a conference call of euro zone finance ministers, making it the fourth country in the currency bloc to seek outside help.",
"De Guindos insisted the loan was not a rescue. \"It is financial support,\" he told a news conference in Madrid, saying the conditions would apply only to the banks receiving the money and not to the wider Spanish economy. The exact amount would be set after two independent audits of the banking system due by June 21, and the request would be made formally in the coming days.",
"Prime Minister Mariano Rajoy, who did not appear on Saturday, said on Sunday that the credit line was a victory for the euro and for Spain's credibility and that he had pressed for it himself. Had the government not done its homework over the past five months, he said, Europe would have been discussing an intervention in the whole Kingdom of Spain.",
"Rajoy later flew to Gdansk to watch Spain's opening match at the European football championship.",
]),
("w16-21", "Millbrook Financial Report", "2012-06-21T17:30:00Z", "Audits put Spanish banks' capital needs at up to 62 billion euros", [
"Spanish banks would need up to 62 billion euros of extra capital to withstand a severe recession, two independent consultancies said on Thursday, well below the 100 billion euro credit line offered by euro zone ministers this month.",
"Oliver Wyman estimated the need at 51 billion to 62 billion euros under an adverse scenario in which the economy shrinks by about 6.5 percent over three years, and Roland Berger put it at about 52 billion euros. Under the base case the shortfall would be 16 billion to 26 billion euros. Economy Ministry officials said the 100 billion euro line gave a wide safety margin and that Spain would submit its formal request for aid on Monday.",
"Bank-by-bank audits by four accounting firms are due in September. Officials said the lenders already controlled by the state, Bankia, Catalunya Caixa and Novagalicia Banco, would account for a large share of the total.",
]),
# ---------------------------------------------------------------- Jérôme Cahuzac, 2012-13 (22-25)
("w16-22", "Hollinsclough Courier", "2012-12-05T16:30:00Z", "French budget minister denies holding secret Swiss account", [
"France's budget minister, Jérôme Cahuzac, told the National Assembly on Wednesday that he had never held a bank account abroad, rejecting a report by the investigative website Mediapart that he had kept undeclared money in Switzerland for years.",
"\"I do not have, and have never had, an account abroad, not now and not before,\" Cahuzac told deputies, who applauded him from the government benches. He said he had filed a defamation complaint against Mediapart. The website reported on Tuesday that Cahuzac, a former surgeon, held an account at UBS in Geneva until 2010 and then moved the money to Singapore, and it published a recording, said to date from about 2000, in which a voice it attributed to him spoke of an account at UBS.",
"Ministers rallied to his defence, and officials in the prime minister's office said he retained the government's confidence. Cahuzac, whose ministry leads the fight against tax fraud, is in charge of the government's drive to cut the deficit to 3 percent of output next year.",
]),
("w16-23", "Sandwick Press Service", "2013-02-09T19:00:00Z", "Swiss reply on Cahuzac account found nothing, newspaper says", [
"Swiss authorities have told France that Budget Minister Jérôme Cahuzac did not hold an account at UBS, the Journal du Dimanche reported on Saturday, in a reply to a request the French finance ministry made under the two countries' tax treaty.",
"The ministry, headed by Pierre Moscovici, had asked Bern on Jan. 24 whether Cahuzac held or had held an account at UBS since 2006, the period the treaty allows, and according to the newspaper the answer was negative. The ministry declined to comment on the content of the reply, citing tax secrecy, but officials said the request had been made in full transparency and in line with the treaty. Cahuzac's lawyer said the reply cleared his client.",
"Mediapart, which first reported the existence of the account in December, said the question was too narrow because it covered only one bank and only the years since 2006, and said it stood by its reporting. A preliminary investigation by the Paris prosecutor into suspected laundering of the proceeds of tax fraud is continuing.",
]),
("w16-24", "Hollinsclough Courier", "2013-03-19T18:00:00Z", "Cahuzac resigns as judges open inquiry into alleged Swiss account", [
"Jérôme Cahuzac resigned as France's budget minister on Tuesday after Paris prosecutors opened a formal judicial investigation into suspected laundering of the proceeds of tax fraud, but he said he remained innocent of the charge that he had hidden money abroad.",
"In a statement, Cahuzac said he was stepping down so as not to hinder the work of the government and to defend himself, and he reaffirmed his innocence of the allegations made against him. The Elysée said President François Hollande had accepted the resignation at the minister's request and named Bernard Cazeneuve, the minister for European affairs, to replace him.",
"The prosecutors said their preliminary inquiry had found that the voice on the recording published by Mediapart was probably Cahuzac's. Prime Minister Jean-Marc Ayrault told reporters the resignation was the right decision and that justice must now be allowed to do its work. Opposition leaders said the government had been too slow to act.",
]),
("w16-25", "Orrisdale Herald", "2013-04-02T17:30:00Z", "Cahuzac admits to foreign account; Hollande condemns 'unforgivable moral fault'", [
"Former French budget minister Jérôme Cahuzac admitted on Tuesday that he had held a bank account abroad for about 20 years, after months of denials that included a statement to parliament, and apologised for having lied.",
"In a message on his blog after meeting the investigating judges, Cahuzac said the account held about 600,000 euros, that he had not used it for more than ten years and that he would bring the money back to France. He said he had been caught in a spiral of lies and was devastated by remorse.",
"President François Hollande said in a statement that Cahuzac had committed an unforgivable moral fault and had deceived the head of state, the prime minister, parliament and through it all the French people. Hollande said the former minister had received no protection and that the judiciary would act in full independence. Government spokeswoman Najat Vallaud-Belkacem said the government had been lied to like everyone else.",
]),
# ---------------------------------------------------------------- the Saudi-led coalition in Yemen, 2016 and 2018 (26-28, 34, 35)
("w16-26", "Bellhaven News Agency", "2016-10-08T17:40:00Z", "Air strikes hit packed funeral hall in Sanaa; coalition denies involvement", [
"Air strikes tore through a funeral hall packed with mourners in the Yemeni capital Sanaa on Saturday, killing at least 82 people and wounding more than 500, according to health officials in the Houthi-run city, who blamed the Saudi-led coalition.",
"The ceremony was being held for the father of Jalal al-Rowaishan, interior minister in the Houthi administration, and witnesses said several strikes hit the building in quick succession. Nasser al-Argaly, a health ministry official, said the toll was not final and that many of the bodies were badly burned.",
"The coalition denied carrying out any air strike in the area. In a statement, it said other causes for the blast should be considered, and that it had in the past avoided such gatherings, which had never been a target of its operations. The United States, which provides refuelling and intelligence support to the coalition, said it was deeply disturbed by the reports.",
]),
("w16-27", "Cawdor Street Dispatch", "2016-10-09T14:00:00Z", "Saudi-led coalition says it will investigate Sanaa funeral attack", [
"The Saudi-led coalition fighting the Houthi movement in Yemen said on Sunday it would immediately investigate Saturday's attack on a funeral in Sanaa, which the United Nations said killed more than 140 people and wounded 525.",
"In a statement carried by the Saudi Press Agency, the coalition called the incident regrettable and painful, said its forces had clear instructions not to target populated areas, and said the inquiry would be carried out by the Joint Incidents Assessment Team together with experts from the United States who had taken part in earlier investigations. The statement did not say whether coalition aircraft had struck the hall.",
"The White House said it had begun an immediate review of its already reduced support for the coalition and that U.S. security cooperation with Saudi Arabia was not a blank check. Thousands of people marched in Sanaa on Sunday in protest, and United Nations officials condemned the attack.",
]),
("w16-28", "Penrose Quay Newswire", "2016-10-15T16:20:00Z", "Coalition inquiry says funeral hall was bombed on wrong information", [
"A coalition aircraft struck the funeral hall in Sanaa where more than 140 people were killed last week, the Saudi-led coalition's investigators said on Saturday, blaming incorrect information and a breach of the coalition's own rules of engagement.",
"The Joint Incidents Assessment Team said a party affiliated with the Yemeni army's general staff had passed on information that armed Houthi leaders were gathering at the hall and had insisted the site be hit at once as a legitimate military target. The coalition's air operations centre in Yemen then directed a close air support mission without obtaining the approval of coalition command, the team said, and a coalition aircraft wrongly targeted the location.",
"The team recommended that the coalition review its rules of engagement, take action against those responsible and compensate the families of the victims. The coalition said it accepted the findings. The Houthis called the report an attempt to evade responsibility.",
]),
# ---------------------------------------------------------------- Qatar and its neighbours, 2017 and 2021 (29-32, 45)
("w16-29", "Mirefield Wire Service", "2017-05-24T09:30:00Z", "Qatar says news agency hacked after remarks attributed to emir anger Gulf neighbours", [
"Qatar said on Wednesday that hackers had broken into its official news agency and published a false statement attributed to the emir, Sheikh Tamim bin Hamad Al Thani, after remarks praising Iran and criticising U.S. policy spread across Gulf media.",
"The report, posted late on Tuesday, quoted the emir as saying there was no wisdom in harbouring hostility toward Iran, describing relations with Israel as good and calling Hamas the legitimate representative of the Palestinian people. \"The statement published has no basis whatsoever,\" Sheikh Saif bin Ahmed Al Thani, director of the government communications office, said, adding that an investigation had begun and that those responsible would be held accountable.",
"Saudi and Emirati broadcasters carried the remarks through the night as authentic, and the Saudi newspaper Okaz accused Qatar of siding with the enemies of the Arab nation. Al Jazeera's website was blocked in Saudi Arabia and the United Arab Emirates. The remarks appeared days after President Donald Trump urged Arab leaders in Riyadh to isolate Iran.",
]),
("w16-30", "Bellhaven News Agency", "2017-06-05T10:15:00Z", "Saudi Arabia, UAE, Bahrain and Egypt cut ties with Qatar", [
"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic relations with Qatar on Monday, accusing it of supporting terrorism, and the three Gulf states said they would close their land, sea and air links with the emirate.",
"Saudi Arabia said it had acted to protect its national security from the dangers of terrorism and extremism, accusing Doha of backing groups including the Muslim Brotherhood, Islamic State and al Qaeda and of supporting militants backed by Iran. Qatari citizens were given 14 days to leave the kingdom, and the Saudi-led coalition in Yemen said it was expelling Qatar's forces.",
"Qatar's foreign ministry said the measures were unjustified and based on claims and allegations that had no basis in fact, and that their aim was to impose guardianship on the state. Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani told Al Jazeera that Qatar regretted the escalation and had been surprised by it. Qatar's stock market fell more than 7 percent.",
]),
("w16-31", "Cawdor Street Dispatch", "2017-06-28T09:00:00Z", "Saudi foreign minister says demands on Qatar are not negotiable", [
"Saudi Foreign Minister Adel al-Jubeir said on Tuesday that the 13 demands his country and its allies have made of Qatar are not negotiable, and that Doha would stay isolated unless it changed its behaviour.",
"Asked in Washington whether the list was non-negotiable, Jubeir answered: \"Yes.\" \"We made our point, we took our steps and it's up to the Qataris to amend their behaviour,\" he said. \"Once they do, things will be worked out, but if they don't they will remain isolated.\" There were no negotiations under way with Doha, he added. The list, delivered through Kuwait last week, gives Qatar ten days to close Al Jazeera, scale down its ties with Iran and shut a Turkish military base.",
"Qatar's foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, said on Wednesday that it was contrary to the principles of international relations to present lists of demands and refuse to negotiate. Qatar has said the blockade has nothing to do with fighting terrorism and is aimed at limiting its sovereignty.",
]),
("w16-32", "Tregarthen Wire", "2017-07-18T21:00:00Z", "Saudi-led bloc drops 13 demands in favour of six principles for Qatar", [
"The four Arab states boycotting Qatar said on Tuesday that their 13 demands of Doha had been replaced by six broad principles, which they said would frame any talks to end the six-week-old dispute.",
"\"Of course we are all for compromise, but there will be no compromise on these six principles,\" Saudi Arabia's ambassador to the United Nations, Abdallah al-Mouallimi, told reporters in New York. The principles, agreed by the four foreign ministers in Cairo on July 5, commit Qatar to combating terrorism and extremism, ending incitement and staying out of other states' affairs, and they carry no deadline. Asked about Al Jazeera, Mouallimi said that if its incitement could be stopped without closing down Al Jazeera, that would also be fine.",
"The Washington Post reported on Sunday that U.S. intelligence officials believed the United Arab Emirates had arranged the hacking of Qatar's news agency in May, which the UAE's ambassador in Washington denied. Qatar said the report proved that the crisis had been built on fabricated remarks.",
]),
# ---------------------------------------------------------------- WADA and Russia's anti-doping agency, 2017-19 (33, 36-39)
("w16-33", "Sandwick Press Service", "2017-08-03T15:00:00Z", "WADA sets conditions for Russia's anti-doping agency; Moscow rejects McLaren findings", [
"The World Anti-Doping Agency said on Wednesday that Russia's anti-doping agency RUSADA had met 19 of the criteria for reinstatement but still had 12 to fulfil, among them that the Russian authorities publicly accept the findings of Richard McLaren's investigation into state-backed doping.",
"In a roadmap to compliance published on its website, WADA said the authorities responsible for anti-doping in Russia, including the sports ministry and the Russian Olympic Committee, must accept the reported outcomes of the McLaren investigation, and that appropriate entities must be given access to urine samples stored at the former Moscow laboratory, which Russian investigators have sealed. McLaren found that more than 1,000 Russian competitors in over 30 sports had benefited from a scheme to conceal positive tests.",
"Vitaly Smirnov, head of a Russian anti-doping commission set up by President Vladimir Putin, said on Thursday that the report contained contentious provisions and that no one was going to accept it. The samples could not be released while a Russian criminal investigation was under way, he said.",
]),
("w16-34", "Orrisdale Herald", "2018-08-09T18:00:00Z", "Coalition air strike hits bus carrying children in Yemen's Saada", [
"An air strike by the Saudi-led coalition hit a bus carrying children through a market in Dahyan in northern Yemen on Thursday, killing dozens of people, according to the Red Cross and health officials in the Houthi-held province of Saada.",
"The International Committee of the Red Cross said a hospital it supports had received the bodies of 29 children, all under the age of 15, and 48 wounded people, 30 of them children. The Houthi-run health ministry said at least 50 people had been killed and 77 wounded.",
"Coalition spokesman Col. Turki al-Maliki said the strike was a legitimate military action that targeted those who had planned and carried out a missile attack on the Saudi city of Jizan on Wednesday, and that it had complied with international humanitarian law. He accused the Houthis of using children as human shields. United Nations Secretary-General António Guterres called for an independent and prompt investigation.",
]),
("w16-35", "Penrose Quay Newswire", "2018-09-01T16:00:00Z", "Coalition investigators say Yemen bus strike was not justified", [
"The Saudi-led coalition's investigators said on Saturday that last month's air strike on a bus in northern Yemen, which killed 51 people including 40 children according to Houthi health officials, was not justified and that those responsible for mistakes should be held to account.",
"Mansour Ahmed al-Mansour, legal adviser to the Joint Incidents Assessment Team, told a news conference in Riyadh that the strike had been based on intelligence that the bus was carrying Houthi leaders. But there had been a clear delay in preparing the aircraft, he said, so that the chance to hit the target in an open area was lost, and the bus should not have been struck where it was, among civilians. The raid did not comply with the coalition's rules of engagement, he said.",
"The coalition said in a statement carried by the Saudi Press Agency that it accepted the findings, regretted the mistakes and would take legal action against those found at fault, and that it would coordinate with the Yemeni government on compensation for the victims.",
]),
("w16-36", "Mirefield Wire Service", "2018-09-20T16:30:00Z", "WADA reinstates Russian anti-doping agency, sets year-end deadline for lab data", [
"The World Anti-Doping Agency reinstated Russia's anti-doping agency RUSADA on Thursday, ending a suspension of almost three years, after its executive committee accepted a Russian letter that stopped short of acknowledging the McLaren report's finding of a state-backed doping scheme.",
"Nine of the 12 members meeting in the Seychelles voted for reinstatement, two voted against and one abstained, according to people present. The conditions require the Russian authorities to give WADA the authentic data from the former Moscow laboratory by Dec. 31 and to allow any re-analysis of samples by June 30 next year. \"This decision provides a clear timeline,\" WADA President Craig Reedie said, with a clear commitment by the executive committee that if the timeline was not met it would support a recommendation to declare RUSADA non-compliant again.",
"The compliance review committee said a letter from sports minister Pavel Kolobkov, which accepted the findings of the International Olympic Committee's Schmid commission, sufficiently acknowledged the issues identified in Russia. WADA vice-president Linda Helleland voted against, and athlete representative Beckie Scott resigned from the committee. The U.S. Anti-Doping Agency called the decision a bombshell betrayal.",
]),
("w16-37", "Sandwick Press Service", "2019-01-01T18:00:00Z", "Russia misses WADA deadline to hand over Moscow laboratory data", [
"Russia failed to hand over data from the former Moscow anti-doping laboratory by the Dec. 31 deadline set by the World Anti-Doping Agency, WADA said on Tuesday, opening the way for Russia's anti-doping agency to be suspended again.",
"A WADA team of experts left Moscow before Christmas without the data after the Russian authorities raised objections about the certification of the team's equipment under Russian law. WADA said it was disappointed and that its independent compliance review committee would meet on Jan. 14 and 15 to consider what to recommend to the executive committee. It said it remained in contact with the Russian authorities about retrieving the data.",
"WADA President Craig Reedie had said in November that he was confident Russia would meet the deadline and found it very hard to believe the authorities would not honour their guarantees. Athlete groups said any failure to suspend RUSADA now would destroy what credibility the agency had left.",
]),
("w16-38", "Mirefield Wire Service", "2019-01-22T19:00:00Z", "WADA declines to suspend Russia after receiving lab data three weeks late", [
"The World Anti-Doping Agency decided on Tuesday not to suspend Russia's anti-doping agency again, even though Moscow missed the year-end deadline to hand over laboratory data, because WADA experts retrieved the data last week.",
"WADA's executive committee endorsed without dissent a recommendation from its compliance review committee to keep applying the conditions it set in September, under which any re-analysis of samples must be completed by June 30. The data, extracted by a WADA team from the former Moscow laboratory on Jan. 17, would now be authenticated, the agency said. Vice-president Linda Helleland noted that she still believed RUSADA should have remained non-compliant until the process was complete. WADA President Craig Reedie called the retrieval of the data a major breakthrough for clean sport. Critics, including the U.S. Anti-Doping Agency, said WADA had again let Russia off the hook after it missed a deadline the agency had described as firm.",
]),
("w16-39", "Sandwick Press Service", "2019-12-09T15:30:00Z", "WADA bans Russia from major events for four years over manipulated data", [
"The World Anti-Doping Agency banned Russia from the Olympics and other major sporting events for four years on Monday, after finding that data handed over from the Moscow laboratory in January had been deliberately altered.",
"WADA's executive committee, meeting in Lausanne, unanimously endorsed its compliance review committee's recommendation to declare RUSADA non-compliant. Hundreds of suspected positive results had been deleted or altered before the data were given to investigators, and fabricated evidence had been planted to shift blame, the committee found. Russian athletes who can show they were not part of the doping scheme may compete as neutrals, and Russia may not host major events during the ban.",
"\"For too long, Russian doping has detracted from clean sport,\" WADA President Craig Reedie said, adding that Russia had been afforded every opportunity to get its house in order. RUSADA has 21 days to appeal to the Court of Arbitration for Sport. Prime Minister Dmitry Medvedev said the decision was part of chronic anti-Russian hysteria.",
]),
# ---------------------------------------------------------------- Denmark's mink, 2020 (40-44)
("w16-40", "Hollinsclough Courier", "2020-11-04T17:30:00Z", "Denmark to cull all farmed mink after virus mutation spreads to humans", [
"Denmark will cull all of its farmed mink, estimated at between 15 million and 17 million animals, after a mutated form of the coronavirus passed from mink to humans, Prime Minister Mette Frederiksen said on Wednesday.",
"Frederiksen told a news conference that the mutation, found in 12 people in northern Jutland, had shown a weakened response to antibodies and could threaten the effectiveness of a future vaccine. The mutated virus in mink posed a risk to public health in Denmark and abroad, she said. The government had decided that all mink must be put down, breeding animals included, and the army and the police would help with the work.",
"Food Minister Mogens Jensen said the culling should happen as quickly as possible and that breeders would be compensated. Health authorities said at least 214 people had been infected with coronavirus variants linked to mink since June. Denmark is the world's largest exporter of mink fur.",
]),
("w16-41", "Caldbeck Ledger", "2020-11-09T08:30:00Z", "Danish government admits it lacked legal basis to order healthy mink killed", [
"Denmark's government has acknowledged that it had no legal basis to order the culling of healthy mink outside the infected zones, days after Prime Minister Mette Frederiksen announced that every mink in the country must be killed.",
"Under existing law the authorities can only order culls on infected farms and on farms within 7.8 kilometres of them, officials said, and a bill will be put before parliament to cover the rest. In a written answer to the newspaper Ekstra Bladet on Sunday, Food Minister Mogens Jensen said the government had decided that the matter was urgent given the seriousness of the situation, and had judged that it could not wait for new legislation before announcing the cull.",
"Farmers' representatives said some breeders had already killed healthy animals on the strength of letters from the veterinary authorities, whose first letters had set Nov. 16 as the deadline for killing all mink, breeding animals included. Opposition parties, including the Liberals, said the government had given an illegal order and demanded an explanation.",
]),
("w16-42", "Hollinsclough Courier", "2020-11-10T15:00:00Z", "Frederiksen apologises for mink cull order; minister says he did not know", [
"Prime Minister Mette Frederiksen apologised to parliament and to mink breeders on Tuesday for ordering the culling of all of Denmark's mink without a full legal basis, while insisting the cull itself was necessary to protect public health.",
"\"Even if we were in a hurry, it should have been completely clear to us that new legislation was required, and it was not. I apologise for that,\" Frederiksen said. Under current law the government can only ask farmers outside the affected zones to cull their animals, and Food Minister Mogens Jensen said he still encouraged all breeders to cooperate as a precaution.",
"In an interview with TV2 News, Jensen said he had not been told at last Wednesday's news conference that there was no legal basis for the order and had only learned of it later in the week. \"We have made a mistake,\" he said, adding that he took responsibility. Opposition parties said his account contradicted the written explanation he gave on Sunday. Frederiksen said her office became aware of the problem at the weekend.",
]),
("w16-43", "Caldbeck Ledger", "2020-11-19T13:00:00Z", "Danish food minister resigns over mink cull; mutated strain likely extinct", [
"Denmark's food minister, Mogens Jensen, resigned on Wednesday evening over the government's order to cull all of the country's mink without legal authority, and on Thursday the health ministry said the mutated strain that prompted the cull had very likely died out.",
"\"It is clear that I need the confidence of the parties in parliament to do my job,\" Jensen told the broadcaster DR. \"It is my assessment that I no longer have the necessary support.\" Frederiksen named Rasmus Prehn to replace him. About 9 million of the country's 17 million mink have been culled so far.",
"The variant, known as Cluster 5, has not been detected since mid-September, and the health ministry said it was very likely extinct. Restrictions imposed on seven municipalities in northern Jutland, which had been due to last until Dec. 3, would be lifted ahead of schedule, the government said. It would press ahead with the cull, it said, because mink farms could still spawn new variants.",
]),
("w16-44", "Orrisdale Herald", "2020-11-26T16:00:00Z", "Tearful Frederiksen apologises to mink farmers but defends cull", [
"Prime Minister Mette Frederiksen apologised on Thursday to Denmark's mink breeders for the way the government handled the cull of their animals, wiping away tears during a visit to a farm near Kolding in western Jutland whose healthy mink had been killed.",
"\"I have no problem apologising for the process, because mistakes have been made,\" Frederiksen told the broadcaster TV2. After meeting a father and son who had bred mink for two generations, she said it had been emotional to see their livelihood destroyed in a very short time, and she stressed that it was not the breeders' fault. \"It is because of corona,\" she said.",
"Frederiksen has said she stands by the decision to cull all mink on public health grounds and would take the same decision again. Parliament is expected to pass a law next month giving retroactive legal cover to the order and banning mink farming until the end of 2021.",
]),
("w16-45", "Cawdor Street Dispatch", "2021-01-05T17:00:00Z", "Gulf leaders sign Al-Ula declaration ending three-year boycott of Qatar", [
"Saudi Arabia and its allies restored full ties with Qatar on Tuesday, ending a boycott of more than three years, as Gulf leaders signed a declaration of solidarity at a summit in the ancient city of Al-Ula.",
"Crown Prince Mohammed bin Salman embraced Qatar's emir, Sheikh Tamim bin Hamad Al Thani, as he stepped off his plane, a day after Saudi Arabia reopened its airspace and land and sea borders to Qatar. Saudi Foreign Minister Prince Faisal bin Farhan told reporters the agreement meant a full return of diplomatic relations and that the four boycotting states would restore travel and trade links. The crisis had been resolved on the basis of Gulf unity, he said. He did not say whether Qatar had met any of the 13 demands issued in 2017.",
"Al Jazeera remains on the air and the Turkish base in Qatar remains open. Qatar's foreign minister said in an interview that the agreement would not change its relations with other countries, which were a matter of sovereign decision. Jared Kushner, adviser to the U.S. president, attended the signing.",
]),
# ---------------------------------------------------------------- the Champions League final in Paris, 2022-23 (46-50)
("w16-46", "Penrose Quay Newswire", "2022-05-28T23:45:00Z", "Champions League final delayed amid chaos; UEFA blames fake tickets", [
"The Champions League final between Liverpool and Real Madrid at the Stade de France kicked off 36 minutes late on Saturday after thousands of Liverpool supporters were held outside the stadium, some of them tear-gassed by police. Real Madrid won 1-0.",
"A message on the stadium's screens first said the match had been delayed because of the late arrival of fans.",
"In a statement after the game, UEFA said the turnstiles at the Liverpool end had become blocked by thousands of fans who had bought fake tickets that did not work, creating a build-up of people trying to get in, and that the kick-off had been delayed by 35 minutes so that as many fans as possible with genuine tickets could enter. UEFA said it was sympathetic to those affected and would review the matter urgently with the French police and the French football federation.",
"French Interior Minister Gérald Darmanin said on Twitter that thousands of British supporters without tickets or with fake tickets had forced their way in and sometimes attacked stewards, and he thanked the police for their work. Liverpool said it was hugely disappointed and asked for a formal investigation.",
]),
("w16-47", "Tregarthen Wire", "2022-05-30T17:30:00Z", "France blames 'industrial' ticket fraud for Stade de France chaos", [
"France's interior minister, Gérald Darmanin, said on Monday that a massive, industrial and organised fraud involving fake tickets was the main cause of the chaos at Saturday's Champions League final, and that 30,000 to 40,000 English supporters had turned up at the Stade de France without tickets or with forged ones.",
"Speaking after a meeting with police, football officials and the new sports minister, Amélie Oudéa-Castéra, Darmanin said 70 percent of the tickets checked at the first filtering point had been fakes. He said the police and stewards had acted calmly and prevented serious injuries, and that the fraud had affected only the British end. Oudéa-Castéra blamed Liverpool supporters and the decision to issue paper tickets, which she said had made forgery easier.",
"UEFA said on Monday it had commissioned an independent report into the events, to be led by Tiago Brandão Rodrigues, a former Portuguese education minister, which would examine decision-making, responsibility and behaviour of all the bodies involved. British ministers and fan groups called the French figures fanciful.",
]),
("w16-48", "Bellhaven News Agency", "2022-06-01T18:30:00Z", "Darmanin concedes final 'could have been better organised', apologises over tear gas", [
"Interior Minister Gérald Darmanin told a French Senate committee on Wednesday that the organisation of the Champions League final could obviously have been better, and apologised to Liverpool supporters for the disproportionate use of tear gas by some police officers.",
"\"It is obvious that things could have been better organised,\" Darmanin said, calling the evening a spoiled sporting celebration marked by sometimes unacceptable excesses. He said he sincerely apologised for the harm done by the tear gas, especially to children, that he had asked the Paris police prefect to sanction two officers and that two cases had been referred to the police inspectorate.",
"But Darmanin stood by his account of the causes. He said 110,000 people had come to the stadium, about 35,000 more than it could hold, most of them without valid tickets, and that some tickets had been copied hundreds of times, one of them 744 times. President Emmanuel Macron had asked the government for transparency over the events, his office said.",
]),
("w16-49", "Hollinsclough Courier", "2022-06-09T14:00:00Z", "Paris police chief calls final 'a failure', concedes crowd figure may be wrong", [
"Paris police prefect Didier Lallement told the Senate on Thursday that the policing of the Champions League final had obviously been a failure, and acknowledged that the figure of 30,000 to 40,000 people without valid tickets that he had given the interior minister might not be accurate.",
"\"It is obviously a failure,\" Lallement said, speaking of people who had been jostled or attacked and of the damage to France's image. \"It is a wound for me.\" He said he took full responsibility for the estimate but had perhaps been wrong, that the number had no scientific value and that he had never claimed it was perfectly accurate. What mattered, he said, was that there had been far more people than the stadium's 79,000 seats. He apologised to the supporters who had been treated badly.",
"Senators said his account contradicted the minister's, since the prefect said he had not seen tens of thousands of people at the gates. UEFA apologised last week to all spectators who had to experience or witness frightening and distressing events.",
]),
("w16-50", "Tregarthen Wire", "2023-02-13T14:30:00Z", "Report finds UEFA primarily responsible for Paris final failures; UEFA apologises to fans", [
"UEFA bears primary responsibility for the failures that almost led to disaster at last season's Champions League final in Paris, an independent review commissioned by European football's governing body concluded on Monday.",
"The panel, led by Tiago Brandão Rodrigues, found that neither the late arrival of fans nor forged tickets explained the problems at the gates, and said it was remarkable that no one had lost their life. It also criticised the French police and the French football federation, and said Liverpool supporters had been wrongly blamed for the events outside the Stade de France.",
"General secretary Theodore Theodoridis apologised on behalf of UEFA to all those affected, and in particular to Liverpool supporters for the messages released before and during the game which had the effect of unjustly blaming them for the delayed kick-off. UEFA said it would announce a special refund scheme for fans and was analysing the panel's findings.",
]),
]

STATEMENTS = {
"w16-01": [["germany", "by an average of 12 years"], ["germany", "may run for eight more years"],
           ["germany", "on the grid until the mid-2030s"], ["germany", "pay a tax on nuclear fuel"],
           ["germany", "a revolution in energy supply"], ["germany", "remained a bridge technology that Germany"],
           ["germany", "safety requirements on the older plants"]],
"w16-02": [["portugal", "The country does not need any"], ["portugal", "parliament to approve the 2011 budget"],
           ["portugal", "there was no comparison between Portugal's"], ["portugal", "cutting the deficit to 7.3 percent"],
           ["portugal", "to 4.6 percent in 2011"]],
"w16-03": [["portugal", "would end up well below the"], ["portugal", "would not ask for financial aid"],
           ["portugal", "dismissing as speculation a report"], ["portugal", "showed investors' confidence in the country's"],
           ["germany", "push Portugal to call for Europe's"]],
"w16-04": [["germany", "shut down for three months"], ["germany", "suspending the extension of plant lifetimes"],
           ["germany", "safety review of all nuclear reactors"], ["germany", "would run until June 15"],
           ["germany", "discuss the possible consequences when the"], ["germany", "had to be analysed without taboos"],
           ["germany", "would be different from the situation"], ["germany", "the longer the risk remained"]],
"w16-05": [["portugal", "does not need any rescue fund"], ["portugal", "All it needs is confidence"],
           ["portugal", "at the worst possible moment"], ["portugal", "designed precisely to spare Portugal"],
           ["portugal", "stay in office until an early"]],
"w16-06": [["germany", "decisions were therefore not always rational"], ["germany", "the record was wrong"],
           ["germany", "absurd to accuse the government"], ["germany", "the moratorium was about safety alone"]],
"w16-07": [["portugal", "acknowledged the deficit had exceeded the"], ["portugal", "would have been 6.8 percent"],
           ["portugal", "a different statistical treatment"]],
"w16-08": [["portugal", "asked the European Commission for financial"], ["portugal", "I tried everything, but we"],
           ["portugal", "risks we cannot afford"], ["portugal", "necessary to resort to the European"]],
"w16-09": [["portugal", "a good agreement that protected the"], ["portugal", "did not include cuts to the"],
           ["portugal", "did not cut the minimum wage"], ["portugal", "cut its deficit to 5.9 percent"]],
"w16-10": [["germany", "close all of its 17 nuclear"], ["germany", "by the end of 2022"],
           ["germany", "will never return to the grid"], ["germany", "Six more will close by the"],
           ["germany", "could be kept on standby until"], ["germany", "had to be changed fundamentally"],
           ["germany", "the first industrial nation to make"]],
"w16-11": [["fia", "reinstated the Bahrain Grand Prix on"], ["fia", "to hold the race on Oct. 30"],
           ["fia", "moving the inaugural Indian Grand Prix"], ["fia", "had agreed unanimously after considering"],
           ["fia", "the spirit of reconciliation in Bahrain"]],
"w16-12": [["fia", "had returned to normal"], ["fia", "acted on the evidence of its"],
           ["fia", "stood by its vote"], ["fia", "it would obviously be taken into"],
           ["fia", "did not want the race held"]],
"w16-13": [["germany", "had changed her attitude to nuclear"], ["germany", "had argued for the lifetime extension"],
           ["germany", "reassessed the residual risk of nuclear"], ["germany", "have made a new assessment"],
           ["germany", "The exit was irreversible"], ["germany", "could manage the change"]],
"w16-14": [["fia", "re-examine the 2011 calendar"], ["fia", "listened to your last-minute objections"],
           ["fia", "rested solely with the commercial rights"], ["fia", "the teams' own delegate had approved"],
           ["fia", "Indian Grand Prix on Dec. 11"]],
"w16-15": [["fia", "formally removed the Bahrain Grand Prix"], ["fia", "Indian Grand Prix will be held"],
           ["fia", "ratified as originally proposed by unanimous"], ["fia", "end in Brazil on Nov. 27"]],
"w16-16": [["spain", "ordered banks on Friday to set"], ["spain", "without cost to taxpayers"],
           ["spain", "build an extra capital cushion of"], ["spain", "will be encouraged to merge"],
           ["spain", "Taxpayers will not put a single"], ["spain", "must be paid for by the"]],
"w16-17": [["spain", "would be prepared to inject public"], ["spain", "I would not renounce injecting public"],
           ["spain", "as every country in Europe has"], ["spain", "only as a last resort"],
           ["spain", "preparing a clean-up plan for Bankia"], ["bankia", "hand over to a new manager"],
           ["bankia", "showed a net profit of 309"], ["bankia", "proposed a dividend"]],
"w16-18": [["bankia", "19 billion euros in fresh capital"], ["bankia", "made a loss of 2.979 billion"],
           ["bankia", "write-downs on loans to developers"], ["bankia", "convert the aid it had already"],
           ["spain", "would be carried out through the"], ["spain", "in the form of government bonds"]],
"w16-19": [["spain", "not going to be any rescue"], ["spain", "the alternative was bankruptcy"],
           ["spain", "the state would recover its money"], ["spain", "would not lead to further spending"],
           ["spain", "blamed the market turmoil on doubts"], ["bankia", "a loss of 3.318 billion euros"],
           ["bankia", "instead of a profit of 41"]],
"w16-20": [["spain", "ask its euro zone partners for"], ["spain", "loan of up to 100 billion"],
           ["spain", "the loan was not a rescue"], ["spain", "It is financial support"],
           ["spain", "apply only to the banks receiving"], ["spain", "the credit line was a victory"],
           ["spain", "he had pressed for it himself"], ["spain", "an intervention in the whole Kingdom"]],
"w16-21": [["spain", "gave a wide safety margin"], ["spain", "its formal request for aid"],
           ["spain", "would account for a large share"]],
"w16-22": [["france", "had never held a bank account"], ["france", "have never had, an account abroad"],
           ["france", "filed a defamation complaint against Mediapart"], ["france", "retained the government's confidence"]],
"w16-23": [["france", "declined to comment on the content"], ["france", "citing tax secrecy"],
           ["france", "made in full transparency and in"]],
"w16-24": [["france", "remained innocent of the charge"], ["france", "so as not to hinder the"],
           ["france", "reaffirmed his innocence of the allegations"], ["france", "accepted the resignation at the minister's"],
           ["france", "justice must now be allowed to"]],
"w16-25": [["france", "an unforgivable moral fault"], ["france", "had deceived the head of state"],
           ["france", "had received no protection"], ["france", "act in full independence"],
           ["france", "had been lied to like everyone"]],
"w16-26": [["saudi-arabia", "denied carrying out any air strike"], ["saudi-arabia", "other causes for the blast should"],
           ["saudi-arabia", "avoided such gatherings"], ["saudi-arabia", "never been a target of its"]],
"w16-27": [["saudi-arabia", "would immediately investigate Saturday's attack"], ["saudi-arabia", "regrettable and painful"],
           ["saudi-arabia", "clear instructions not to target populated"], ["saudi-arabia", "experts from the United States who"]],
"w16-28": [["saudi-arabia", "A coalition aircraft struck the funeral"], ["saudi-arabia", "blaming incorrect information"],
           ["saudi-arabia", "passed on information that armed Houthi"], ["saudi-arabia", "without obtaining the approval of coalition"],
           ["saudi-arabia", "wrongly targeted the location"], ["saudi-arabia", "compensate the families of the victims"],
           ["saudi-arabia", "accepted the findings"]],
"w16-29": [["qatar", "hackers had broken into its official"], ["qatar", "a false statement attributed to the"],
           ["qatar", "has no basis whatsoever"], ["qatar", "would be held accountable"]],
"w16-30": [["saudi-arabia", "protect its national security from the"], ["saudi-arabia", "accusing Doha of backing groups"],
           ["saudi-arabia", "given 14 days to leave"], ["saudi-arabia", "expelling Qatar's forces"],
           ["qatar", "the measures were unjustified"], ["qatar", "no basis in fact"],
           ["qatar", "impose guardianship on the state"], ["qatar", "regretted the escalation"]],
"w16-31": [["saudi-arabia", "are not negotiable"], ["saudi-arabia", "it's up to the Qataris"],
           ["saudi-arabia", "they will remain isolated"], ["saudi-arabia", "no negotiations under way"],
           ["saudi-arabia", "gives Qatar ten days to close"], ["qatar", "present lists of demands and refuse"],
           ["qatar", "nothing to do with fighting terrorism"]],
"w16-32": [["saudi-arabia", "had been replaced by six broad principles"], ["saudi-arabia", "all for compromise"],
           ["saudi-arabia", "no compromise on these six principles"], ["saudi-arabia", "they carry no deadline"],
           ["saudi-arabia", "without closing down Al Jazeera"], ["qatar", "the report proved that the crisis"]],
"w16-33": [["wada", "met 19 of the criteria for"], ["wada", "still had 12 to fulfil"],
           ["wada", "must accept the reported outcomes of"], ["wada", "must be given access to urine"]],
"w16-34": [["saudi-arabia", "a legitimate military action that targeted"], ["saudi-arabia", "planned and carried out a missile"],
           ["saudi-arabia", "complied with international humanitarian law"], ["saudi-arabia", "using children as human shields"]],
"w16-35": [["saudi-arabia", "was not justified"], ["saudi-arabia", "a clear delay in preparing the"],
           ["saudi-arabia", "should not have been struck"], ["saudi-arabia", "did not comply with the coalition's"],
           ["saudi-arabia", "regretted the mistakes"], ["saudi-arabia", "coordinate with the Yemeni government on"]],
"w16-36": [["wada", "reinstated Russia's anti-doping agency RUSADA"], ["wada", "stopped short of acknowledging the"],
           ["wada", "authentic data from the former Moscow"], ["wada", "provides a clear timeline"],
           ["wada", "it would support a recommendation to"], ["wada", "sufficiently acknowledged the issues identified"]],
"w16-37": [["wada", "failed to hand over data from"], ["wada", "WADA said it was disappointed"],
           ["wada", "would meet on Jan. 14 and"], ["wada", "remained in contact with the Russian"]],
"w16-38": [["wada", "not to suspend Russia's anti-doping agency"], ["wada", "keep applying the conditions it set"],
           ["wada", "would now be authenticated"], ["wada", "should have remained non-compliant until"],
           ["wada", "a major breakthrough for clean sport"]],
"w16-39": [["wada", "banned Russia from the Olympics and"], ["wada", "had been deliberately altered"],
           ["wada", "unanimously endorsed its compliance review committee's"], ["wada", "may compete as neutrals"],
           ["wada", "detracted from clean sport"], ["wada", "afforded every opportunity to get its"]],
"w16-40": [["denmark", "will cull all of its farmed"], ["denmark", "could threaten the effectiveness of a"],
           ["denmark", "posed a risk to public health"], ["denmark", "all mink must be put down"],
           ["denmark", "the army and the police would"], ["denmark", "as quickly as possible"],
           ["denmark", "breeders would be compensated"]],
"w16-41": [["denmark", "had no legal basis to order"], ["denmark", "can only order culls on infected"],
           ["denmark", "a bill will be put before"], ["denmark", "the matter was urgent given the"],
           ["denmark", "could not wait for new legislation"],
           ["denmark", "set Nov. 16 as the deadline"]],
"w16-42": [["denmark", "apologised to parliament and to mink"], ["denmark", "the cull itself was necessary"],
           ["denmark", "should have been completely clear to us"], ["denmark", "I apologise for that"],
           ["denmark", "can only ask farmers outside the"], ["denmark", "still encouraged all breeders to cooperate"],
           ["denmark", "had not been told at last"], ["denmark", "only learned of it later in"],
           ["denmark", "We have made a mistake"], ["denmark", "became aware of the problem at"]],
"w16-43": [["denmark", "need the confidence of the parties"], ["denmark", "no longer have the necessary support"],
           ["denmark", "very likely died out"], ["denmark", "was very likely extinct"],
           ["denmark", "lifted ahead of schedule"], ["denmark", "press ahead with the cull"],
           ["denmark", "could still spawn new variants"]],
"w16-44": [["denmark", "no problem apologising for the process"], ["denmark", "mistakes have been made"],
           ["denmark", "it was not the breeders' fault"], ["denmark", "It is because of corona"],
           ["denmark", "stands by the decision to cull"], ["denmark", "take the same decision again"]],
"w16-45": [["saudi-arabia", "restored full ties with Qatar"], ["saudi-arabia", "reopened its airspace and land and"],
           ["saudi-arabia", "a full return of diplomatic relations"], ["saudi-arabia", "would restore travel and trade links"],
           ["saudi-arabia", "on the basis of Gulf unity"], ["qatar", "would not change its relations"],
           ["qatar", "a matter of sovereign decision"]],
"w16-46": [["uefa", "because of the late arrival of"], ["uefa", "blocked by thousands of fans who"],
           ["uefa", "had bought fake tickets that did"], ["uefa", "delayed by 35 minutes"],
           ["uefa", "was sympathetic to those affected"], ["france", "without tickets or with fake tickets"],
           ["france", "forced their way in"], ["france", "thanked the police for their work"]],
"w16-47": [["france", "a massive, industrial and organised fraud"], ["france", "was the main cause of the"],
           ["france", "30,000 to 40,000 English supporters"], ["france", "70 percent of the tickets checked"],
           ["france", "had acted calmly and prevented serious"], ["france", "the fraud had affected only the"],
           ["france", "blamed Liverpool supporters and the decision"], ["uefa", "commissioned an independent report into the"],
           ["uefa", "examine decision-making, responsibility and behaviour"]],
"w16-48": [["france", "could obviously have been better"], ["france", "It is obvious that things could"],
           ["france", "sometimes unacceptable excesses"], ["france", "sincerely apologised for the harm done"],
           ["france", "sanction two officers"], ["france", "110,000 people had come to the"],
           ["france", "about 35,000 more than it could"], ["france", "one of them 744 times"],
           ["france", "asked the government for transparency"]],
"w16-49": [["france", "had obviously been a failure"], ["france", "It is obviously a failure"],
           ["france", "a wound for me"], ["france", "had perhaps been wrong"],
           ["france", "had no scientific value"], ["france", "never claimed it was perfectly accurate"],
           ["france", "far more people than the stadium's"], ["france", "apologised to the supporters who had"]],
"w16-50": [["uefa", "apologised on behalf of UEFA"], ["uefa", "messages released before and during the"],
           ["uefa", "unjustly blaming them for the delayed"], ["uefa", "a special refund scheme for fans"],
           ["uefa", "analysing the panel's findings"]],
}

OPTIONAL = {
"w16-07": [["portugal", "the lower figure ministers had promised"]],
"w16-13": [["germany", "her coalition had passed the extension"]],
"w16-15": [["fia", "up to the commercial rights holder"]],
"w16-19": [["bankia", "19 billion euros of public capital"]],
"w16-37": [["wada", "confident Russia would meet the deadline"]],
"w16-45": [["saudi-arabia", "did not say whether Qatar had"]],
"w16-49": [["uefa", "apologised last week to all spectators"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["w16-01", "w16-13", "germany", "stance-reversal: the chancellor called the lifetime extension a revolution in energy supply and nuclear power a bridge technology Germany needed; nine months later she tells parliament Fukushima changed her attitude to nuclear energy and she has made a new assessment of its risk"],
["w16-12", "w16-14", "fia", "stance-reversal: the FIA president said the situation in Bahrain had returned to normal and the federation stood by its vote; two days later he says he has listened to the teams' objections and asks for the calendar to be re-examined, the calendar being the rights holder's responsibility alone"],
["w16-16", "w16-17", "spain", "stance-reversal: the economy minister said taxpayers would not put a single euro into the bank clean-up, which the banks must pay for themselves; three months later the prime minister says he would not renounce injecting public money if it were needed"],
["w16-31", "w16-32", "saudi-arabia", "stance-reversal: the foreign minister said the 13 demands on Qatar were not negotiable and no negotiations were under way; three weeks later the kingdom's UN ambassador says the demands have been replaced by six principles and that it is all for compromise, even on Al Jazeera"],
["w16-47", "w16-48", "france", "stance-reversal: the interior minister said the police and stewards had acted calmly and laid the chaos on ticket fraud; two days later he concedes the evening could have been better organised, apologises for the disproportionate use of tear gas and asks for two officers to be sanctioned"],
# commitments reversed in other words
["w16-11", "w16-15", "fia", "commitment-reversed: the World Motor Sport Council unanimously reinstated the Bahrain Grand Prix for Oct. 30; twelve days later the same council, again unanimously, removes it from the calendar"],
["w16-33", "w16-36", "wada", "commitment-reversed: the roadmap required the Russian authorities to accept the reported outcomes of the McLaren investigation before reinstatement; a year later RUSADA is reinstated on a letter that stops short of acknowledging the McLaren findings"],
["w16-36", "w16-38", "wada", "commitment-reversed: the executive committee committed itself to support declaring RUSADA non-compliant again if the Dec. 31 timeline for the laboratory data was not met; the deadline is missed by more than two weeks and the committee declines to suspend it"],
["w16-31", "w16-45", "saudi-arabia", "commitment-reversed: the foreign minister said Qatar would remain isolated unless it met the non-negotiable demands; the kingdom restores full ties with Qatar while Al Jazeera and the Turkish base remain"],
["w16-40", "w16-42", "denmark", "commitment-reversed: the government said it had decided that all mink must be put down, with the army and police helping; six days later it says it can only ask farmers outside the affected zones to cull and merely encourages them to cooperate"],
# denials then action or admission
["w16-02", "w16-08", "portugal", "denial-then-action: the prime minister said the country did not need any help and that there was no comparison with Ireland; four and a half months later he asks the European Commission for financial assistance"],
["w16-05", "w16-08", "portugal", "denial-then-action: the caretaker prime minister told the EU summit that Portugal did not need any rescue fund, only confidence; twelve days later he announces a request for financial aid"],
["w16-19", "w16-20", "spain", "denial-then-action: the prime minister said there was not going to be any rescue of the Spanish banking system; twelve days later Spain asks its euro zone partners for a loan of up to 100 billion euros for its banks"],
# reports denied, then borne out
["w16-22", "w16-25", "france", "report-denied: the budget minister told parliament he did not have and had never had an account abroad, rejecting Mediapart's report; four months later the president says the former minister deceived the head of state, the government and parliament"],
["w16-26", "w16-28", "saudi-arabia", "report-denied: the coalition denied carrying out any air strike on the Sanaa funeral hall and pointed to other causes; a week later its investigators say a coalition aircraft struck the hall on incorrect information"],
["w16-03", "w16-08", "portugal", "report-denied: the prime minister dismissed as speculation a report that Berlin and Paris wanted Portugal to seek help from the rescue fund and said Portugal would not ask for aid; three months later it asks for financial assistance"],
# claims negated
["w16-24", "w16-25", "france", "claim-negated: the resigning budget minister reaffirmed his innocence of the allegation that he had hidden money abroad; two weeks later the president says he committed an unforgivable moral fault and the government says it was lied to"],
["w16-46", "w16-50", "uefa", "claim-negated: UEFA said the turnstiles were blocked by thousands of fans with fake tickets and its screens blamed the late arrival of fans; nine months later it apologises to Liverpool supporters for messages that unjustly blamed them for the delayed kick-off"],
["w16-47", "w16-49", "france", "claim-negated: the interior ministry said 30,000 to 40,000 English supporters had come without tickets or with forged ones, the main cause of the chaos; ten days later the police prefect who supplied the figure says it had no scientific value and he had perhaps been wrong"],
["w16-34", "w16-35", "saudi-arabia", "claim-negated: the coalition spokesman said the strike on the bus was a legitimate military action that complied with international humanitarian law; three weeks later the coalition's investigators say it was not justified and did not comply with its rules of engagement"],
["w16-41", "w16-42", "denmark", "claim-negated: the food minister wrote that the government had decided the matter was too urgent to wait for new legislation before announcing the cull; two days later he says he had not been told at the news conference that there was no legal basis and learned of it only later in the week"],
# number mismatches
["w16-03", "w16-07", "portugal", "number-mismatch: the prime minister said the 2010 deficit would end up well below the 7.3 percent target; the deficit comes in at 8.6 percent of GDP and the finance ministry acknowledges it exceeded the target"],
["w16-17", "w16-18", "bankia", "number-mismatch: Bankia's 2011 accounts showed a net profit of 309 million euros; three weeks later it restates the year as a loss of 2.979 billion euros"],
# dates moved
["w16-14", "w16-15", "fia", "date-mismatch: the FIA's calendar put the Indian Grand Prix on Dec. 11 as the last race of the season; six days later the federation says it will be held on Oct. 30"],
["w16-01", "w16-10", "germany", "date-mismatch: under the coalition's extension the last reactors were to stay on the grid until the mid-2030s; eight months later all 17 are to close by the end of 2022"],
]

AMBIGUOUS = [
["w16-01", "w16-04"],  # lifetimes extended, then the extension suspended for three months pending a safety review: not yet a reversal
["w16-02", "w16-09"],  # no help needed, then a three-year rescue agreed: carried by w16-02/w16-08
["w16-04", "w16-06"],  # a moratorium for safety, then minutes in which the economy minister is quoted linking it to elections, which he denies
["w16-11", "w16-14"],  # a unanimous reinstatement, then a request to re-examine the calendar: carried by w16-12/w16-14 and w16-11/w16-15
["w16-16", "w16-18"],  # not a single taxpayer euro, then 19 billion euros of state capital for Bankia: carried by w16-16/w16-17
["w16-23", "w16-25"],  # a Swiss reply covering one bank since 2006, then an account held for 20 years: different scope
["w16-26", "w16-27"],  # no coalition strike in the area, then an inquiry into a regrettable and painful attack that neither confirms nor denies
["w16-27", "w16-28"],  # clear instructions not to target populated areas, then an aircraft that struck the hall in breach of procedure
["w16-30", "w16-45"],  # ties cut over support for terrorism, then full restoration: carried by w16-31/w16-45
["w16-32", "w16-45"],  # no compromise on six principles, then ties restored without saying whether they were met
["w16-36", "w16-37"],  # a clear timeline and a commitment, then the deadline missed and the decision left to a committee
["w16-40", "w16-41"],  # all mink must be put down, then no legal basis to order it: carried by w16-40/w16-42
["w16-46", "w16-48"],  # the police thanked, then an apology for tear gas: carried by w16-47/w16-48
["w16-46", "w16-49"],  # thousands forced their way in, then a failure and a figure without scientific value: carried by w16-47/w16-49
["w16-48", "w16-49"],  # the minister keeps 35,000 extra people, the prefect says his estimate may have been wrong
]

TRAPS = [
["w16-02", "w16-03", "a consistent restatement: no help needed and a 7.3 percent deficit target in November, no aid requested and the target beaten in January"],
["w16-03", "w16-05", "a consistent restatement: Portugal will not ask for aid, said in January and again at the March summit"],
["w16-04", "w16-10", "an undecided matter, then decided, with a count that adds up: the seven oldest reactors offline until the June 15 review, then those seven and the idle Krümmel plant, eight in all, never to return"],
["w16-10", "w16-13", "a consistent restatement: the exit is definitive in May and irreversible in June"],
["w16-11", "w16-12", "a consistent restatement with a condition: the reinstatement defended, and risk to be taken into account only on clear evidence"],
["w16-08", "w16-09", "rounding: a request put at around 80 billion euros by officials in Brussels, then a programme of 78 billion euros"],
["w16-18", "w16-19", "different entities and sums added: the listed bank's loss of 2.979 billion euros against its parent's 3.318 billion; 19 billion euros of new capital on top of 4.465 billion, about 23.5 billion in all"],
["w16-20", "w16-21", "a ceiling against a need, and a hedged date kept: a credit line of up to 100 billion euros against audited needs of up to 62 billion; a request in the coming days, then on Monday"],
["w16-28", "w16-35", "a consistent position on different incidents: the coalition accepts its investigators' findings and promises accountability and compensation in 2016 and in 2018"],
["w16-29", "w16-30", "one actor disputing another: Qatar calls the remarks attributed to its emir fabricated; Saudi Arabia cuts ties, accusing Doha of backing terrorism"],
["w16-22", "w16-24", "a consistent restatement: the minister denies holding an account abroad in December and reaffirms his innocence on resigning in March"],
["w16-37", "w16-38", "a condition met: the deadline missed and the decision left to the compliance committee, then the data retrieved and the conditions kept"],
["w16-38", "w16-39", "a hedge that holds: data to be authenticated in January, then found altered and a four-year ban in December"],
["w16-40", "w16-43", "a premise updated and a date moved early: a mutation that could threaten a vaccine, then very likely extinct; restrictions due to last until Dec. 3, then lifted ahead of schedule; 15 to 17 million mink, of which about 9 million culled so far"],
["w16-42", "w16-44", "different scope: an apology for the process while the decision to cull is defended, in parliament and again on the farm"],
["w16-47", "w16-50", "one party's findings against another's account: France blames ticket fraud, while the review commissioned by UEFA finds UEFA primarily responsible"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
