#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-19, then checks them.

Every document retells a real, dated public event in its author's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "jamaica", "name": "Jamaica",
     "aliases": ["Jamaican government", "Government of Jamaica", "Kingston", "Office of the Prime Minister",
                 "Ministry of Justice", "Jamaica Constabulary Force", "Jamaica Defence Force", "Jamaican police"],
     "speakers": [
         {"name": "Bruce Golding", "role": "Prime Minister", "from": "2007-09-11", "to": "2011-10-23"},
         {"name": "Dorothy Lightbourne", "role": "Attorney General and Minister of Justice", "from": "2007-09-14", "to": "2011-10-23"},
         {"name": "Dwight Nelson", "role": "Minister of National Security", "from": "2008-11-01", "to": "2011-10-23"},
         {"name": "Owen Ellington", "role": "Commissioner of Police", "from": "2009-11-16", "to": "2014-07-07"}]},
    {"type": "actor", "id": "norway", "name": "Norway",
     "aliases": ["Norwegian government", "Oslo", "Norwegian police", "Oslo police district", "National Police Directorate",
                 "Ministry of Justice and the Police", "22 July Commission"],
     "speakers": [
         {"name": "Jens Stoltenberg", "role": "Prime Minister", "from": "2005-10-17", "to": "2013-10-16"},
         {"name": "Knut Storberget", "role": "Minister of Justice and the Police", "from": "2005-10-17", "to": "2011-11-11"},
         {"name": "Grete Faremo", "role": "Minister of Justice and Public Security", "from": "2011-11-11", "to": "2013-10-16"},
         {"name": "Sveinung Sponheim", "role": "Acting Chief of Police, Oslo Police District", "from": "2011-01-01", "to": "2012-12-31"},
         {"name": "Oystein Maeland", "role": "Director of the National Police Directorate", "from": "2011-01-01", "to": "2012-08-16"},
         {"name": "Alexandra Bech Gjorv", "role": "Chair, 22 July Commission", "from": "2011-08-12", "to": "2012-08-13"}]},
    {"type": "actor", "id": "guatemala", "name": "Guatemala",
     "aliases": ["Guatemalan government", "Government of Guatemala", "Guatemala City", "Guatemalan Foreign Ministry",
                 "Foreign Ministry of Guatemala"],
     "speakers": [
         {"name": "Jimmy Morales", "role": "President", "from": "2016-01-14", "to": "2020-01-14"},
         {"name": "Carlos Raul Morales", "role": "Foreign Minister", "from": "2014-09-01", "to": "2017-08-27"},
         {"name": "Sandra Jovel", "role": "Foreign Minister", "from": "2017-08-29", "to": "2020-01-14"}]},
    {"type": "actor", "id": "ryanair", "name": "Ryanair Holdings",
     "aliases": ["Ryanair", "Ryanair Holdings plc", "Ryanair DAC"],
     "speakers": [
         {"name": "Michael O'Leary", "role": "Chief Executive", "from": "1994-01-01", "to": ONGOING},
         {"name": "Kenny Jacobs", "role": "Chief Marketing Officer", "from": "2014-01-01", "to": "2019-10-31"}]},
    {"type": "actor", "id": "puerto-rico", "name": "Puerto Rico",
     "aliases": ["Government of Puerto Rico", "Puerto Rican government", "La Fortaleza", "Governor's office",
                 "Puerto Rico Department of Justice"],
     "speakers": [
         {"name": "Ricardo Rossello", "role": "Governor", "from": "2017-01-02", "to": "2019-08-02"},
         {"name": "Wanda Vazquez", "role": "Secretary of Justice", "from": "2017-01-02", "to": "2019-08-07"},
         {"name": "Wanda Vazquez", "role": "Governor", "from": "2019-08-07", "to": "2021-01-02"},
         {"name": "Pedro Pierluisi", "role": "Secretary of State", "from": "2019-07-31", "to": "2019-08-07"},
         {"name": "Pedro Pierluisi", "role": "Governor (sworn in, ruled unconstitutional)", "from": "2019-08-02", "to": "2019-08-07"}]},
    {"type": "actor", "id": "noaa", "name": "National Oceanic and Atmospheric Administration",
     "aliases": ["NOAA", "National Weather Service", "NWS", "National Hurricane Center", "Weather Service",
                 "NWS Birmingham"],
     "speakers": [
         {"name": "Neil Jacobs", "role": "Acting Administrator", "from": "2019-02-25", "to": "2021-01-20"},
         {"name": "Louis Uccellini", "role": "Director, National Weather Service", "from": "2013-02-01", "to": "2022-12-31"},
         {"name": "Craig McLean", "role": "Acting Chief Scientist", "from": "2018-01-01", "to": "2021-01-20"}]},
    {"type": "actor", "id": "poland", "name": "Poland",
     "aliases": ["Polish government", "Warsaw", "Chancellery of the Prime Minister", "Ministry of State Assets",
                 "Sejm", "Marshal of the Sejm"],
     "speakers": [
         {"name": "Andrzej Duda", "role": "President", "from": "2015-08-06", "to": "2025-08-06"},
         {"name": "Mateusz Morawiecki", "role": "Prime Minister", "from": "2017-12-11", "to": "2023-11-27"},
         {"name": "Jacek Sasin", "role": "Deputy Prime Minister and Minister of State Assets", "from": "2019-11-15", "to": "2023-11-27"},
         {"name": "Jaroslaw Gowin", "role": "Deputy Prime Minister and Minister of Science", "from": "2019-11-15", "to": "2020-04-06"},
         {"name": "Piotr Muller", "role": "Government Spokesman", "from": "2019-11-19", "to": "2023-11-27"},
         {"name": "Elzbieta Witek", "role": "Marshal of the Sejm", "from": "2019-08-09", "to": "2023-11-13"}]},
    {"type": "actor", "id": "astrazeneca", "name": "AstraZeneca",
     "aliases": ["AstraZeneca plc", "AstraZeneca PLC", "drugmaker AstraZeneca"],
     "speakers": [
         {"name": "Pascal Soriot", "role": "Chief Executive Officer", "from": "2012-10-01", "to": ONGOING},
         {"name": "Mene Pangalos", "role": "Executive Vice President, BioPharmaceuticals R&D", "from": "2019-01-01", "to": ONGOING},
         {"name": "Ruud Dobber", "role": "Executive Vice President, BioPharmaceuticals Business Unit", "from": "2019-01-01", "to": ONGOING}]},
    {"type": "actor", "id": "european-commission", "name": "European Commission",
     "aliases": ["Commission", "EU", "European Union", "Brussels", "EU executive"],
     "speakers": [
         {"name": "Ursula von der Leyen", "role": "President of the European Commission", "from": "2019-12-01", "to": ONGOING},
         {"name": "Stella Kyriakides", "role": "Commissioner for Health and Food Safety", "from": "2019-12-01", "to": "2024-11-30"},
         {"name": "Valdis Dombrovskis", "role": "Executive Vice-President, Trade", "from": "2020-08-26", "to": "2024-11-30"},
         {"name": "Maros Sefcovic", "role": "Vice-President, Interinstitutional Relations", "from": "2019-12-01", "to": "2024-11-30"}]},
    {"type": "actor", "id": "serbia", "name": "Serbia",
     "aliases": ["Serbian government", "Government of Serbia", "Belgrade", "Ministry of Mining and Energy"],
     "speakers": [
         {"name": "Aleksandar Vucic", "role": "President", "from": "2017-05-31", "to": ONGOING},
         {"name": "Ana Brnabic", "role": "Prime Minister", "from": "2017-06-29", "to": "2024-05-02"},
         {"name": "Milos Vucevic", "role": "Prime Minister", "from": "2024-05-02", "to": "2025-04-16"},
         {"name": "Dubravka Djedovic Handanovic", "role": "Minister of Mining and Energy", "from": "2022-10-26", "to": ONGOING}]},
    {"type": "actor", "id": "us-secret-service", "name": "United States Secret Service",
     "aliases": ["Secret Service", "U.S. Secret Service", "USSS"],
     "speakers": [
         {"name": "Kimberly Cheatle", "role": "Director", "from": "2022-09-19", "to": "2024-07-23"},
         {"name": "Ronald Rowe Jr.", "role": "Deputy Director", "from": "2023-01-01", "to": "2024-07-23"},
         {"name": "Ronald Rowe Jr.", "role": "Acting Director", "from": "2024-07-23", "to": "2025-01-20"},
         {"name": "Anthony Guglielmi", "role": "Chief of Communications", "from": "2023-03-01", "to": "2025-01-20"}]},
]

OUTLETS = {
    "Brackenfold Wire": "brackenfold-wire.example",
    "Quillmere News Service": "quillmere-news.example",
    "Lanthorn Bay Dispatch": "lanthorn-bay-dispatch.example",
    "Corvester Financial Daily": "corvester-financial.example",
    "Saltmarsh Press Agency": "saltmarsh-press.example",
    "Ivelby Herald": "ivelby-herald.example",
    "Greywater Cross Newswire": "greywater-cross.example",
    "Tamsin Ridge Courier": "tamsin-ridge-courier.example",
    "Fellbrook Ledger": "fellbrook-ledger.example",
    "Aldermoor Valley Wire": "aldermoor-valley.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- Jamaica and the Coke extradition, 2010 (1-5)
("w19-01", "Brackenfold Wire", "2010-03-02T20:00:00Z", "U.S. report faults Jamaica over stalled extradition of Tivoli strongman", [
"KINGSTON -- The United States has sharply criticised Jamaica's handling of its request to extradite Christopher \"Dudus\" Coke, the reputed leader of the Shower Posse gang, saying in its annual report on the international drug trade that a delay of more than six months cast doubt on Kingston's commitment to cooperation on law enforcement.",
"Coke, who is wanted in New York on drug and gun-trafficking charges, lives in Tivoli Gardens in West Kingston, part of the constituency that Prime Minister Bruce Golding represents in parliament. Washington asked for him in August.",
"Attorney General and Justice Minister Dorothy Lightbourne has so far declined to sign the authority that would allow the case to go before a Jamaican court. Her ministry has told Washington that the request rests partly on evidence from telephone intercepts that Jamaican law did not permit to be handed to a foreign government, and that it will not act on the request until the United States supplies further information. Officials in Kingston rejected any suggestion that the government was shielding Coke, saying it was bound to uphold the rights of every Jamaican, whoever he might be.",
]),
("w19-02", "Quillmere News Service", "2010-03-17T03:00:00Z", "Golding defends refusal to extradite Coke, says government did not hire U.S. lobbyists", [
"Prime Minister Bruce Golding told parliament on Tuesday that Jamaica would not hand over one of its citizens on the strength of evidence gathered in breach of its own laws, defending his government's refusal to process a U.S. request for the extradition of Christopher \"Dudus\" Coke.",
"Golding said the telephone intercepts on which the request partly relied had been obtained and shared in violation of the Interception of Communications Act, and that the constitutional protections owed to Jamaicans could not be set aside simply because the request came from a friendly country. The dispute was being handled between the two governments through the proper channels, he said.",
"Answering questions from opposition legislator Peter Phillips about filings in Washington that showed a Los Angeles law firm, Manatt, Phelps & Phillips, lobbying U.S. officials on the treaty dispute, Golding said the government had not engaged the firm and had no contract with it. Phillips said the filings named the Government of Jamaica as the client and demanded a full explanation.",
]),
("w19-03", "Lanthorn Bay Dispatch", "2010-05-12T02:00:00Z", "Golding admits he approved hiring of U.S. law firm in Coke case", [
"Prime Minister Bruce Golding acknowledged on Tuesday that he had sanctioned the hiring of a U.S. law firm to lobby Washington over its request for the extradition of Christopher \"Dudus\" Coke, two months after telling parliament that his government had no part in the arrangement.",
"In a statement to the House of Representatives, Golding said the approach to Manatt, Phelps & Phillips had been made on behalf of his Jamaica Labour Party, not the government, through a private attorney, Harold Brady, and that he had agreed to it in his capacity as party leader in the hope of settling the treaty dispute. He said he regretted the way the matter had been handled and apologised to the country.",
"U.S. filings show the firm was paid about $50,000. Opposition leader Portia Simpson Miller called on Golding to resign, saying he had misled the House, and business groups urged the government to let the courts decide Coke's fate.",
]),
("w19-04", "Brackenfold Wire", "2010-05-18T03:00:00Z", "Jamaica will let Coke extradition go to court, Golding says", [
"KINGSTON -- Prime Minister Bruce Golding said on Monday that his government would sign the authority to proceed with the U.S. request for the extradition of Christopher \"Dudus\" Coke, clearing the way for the case to go before a Jamaican court after nine months of refusal.",
"In a televised address, Golding said the dispute had become a distraction that was damaging the country's relations with the United States and hurting its economy, and that the attorney general would sign. The courts would decide whether the request met the requirements of Jamaican law, he said. He apologised again for his role in the hiring of the U.S. law firm and said he had considered resigning but had been persuaded by colleagues to stay.",
"Security chiefs said the police and the Jamaica Defence Force were ready to deal with any unrest. Residents of Tivoli Gardens began building barricades across the streets leading into the community on Monday night, witnesses said.",
]),
("w19-05", "Saltmarsh Press Agency", "2010-06-23T14:00:00Z", "Coke captured near Kingston a month after deadly Tivoli raid", [
"Christopher \"Dudus\" Coke was arrested at a police checkpoint on the outskirts of Kingston on Tuesday, ending a manhunt that began when soldiers and police stormed his stronghold in Tivoli Gardens a month ago, the police said.",
"Police Commissioner Owen Ellington said Coke had been travelling in a car with a clergyman, the Rev. Al Miller, who told reporters that the fugitive wanted to surrender to the U.S. authorities and had asked for his help. Officials said Coke would be sent to the United States to face the charges against him. National Security Minister Dwight Nelson said the state of emergency in parts of the capital would remain in force for now.",
"At least 73 civilians died in the operation in West Kingston that began on May 24. Human rights groups have called for an independent inquiry into the killings, and the public defender has opened an investigation.",
]),
# ---------------------------------------------------------------- Norway, July 2011 and August 2012 (6-10)
("w19-06", "Greywater Cross Newswire", "2011-07-23T22:00:00Z", "At least 92 dead in Norway bombing and island shooting", [
"OSLO -- At least 85 people were killed when a gunman opened fire at a summer camp of the governing Labour Party's youth wing on the island of Utoya, Norwegian police said on Saturday, bringing the toll from Friday's attacks to at least 92 with the seven who died in a bomb blast in the government quarter of Oslo.",
"Acting Oslo police chief Sveinung Sponheim told reporters that divers were still searching the water around the island and that the number of dead could rise. A 32-year-old Norwegian man arrested on Utoya has admitted carrying out both attacks but does not accept criminal guilt, his lawyer said.",
"Prime Minister Jens Stoltenberg, who visited survivors at a hotel near the island, called the attacks a national tragedy and said nothing like it had happened in Norway since the Second World War. Flags flew at half mast across the country.",
]),
("w19-07", "Ivelby Herald", "2011-07-25T17:00:00Z", "Norwegian police cut Utoya death toll to 68", [
"OSLO -- Norwegian police on Monday lowered the number of people killed on the island of Utoya to 68, from the 86 they had given on Sunday, putting the total for Friday's bombing and shooting at 76.",
"Police chief Sveinung Sponheim said the earlier count had been wrong because officers had been working in very difficult conditions on the island and in the water, and that their first concern had been to rescue the survivors. Eight people died in the Oslo blast, one more than previously reported, he said. Several people were still missing.",
"At a hearing closed to the public, a judge ordered the suspect held for eight weeks, the first four in isolation. The man told the court that he had acted with two other cells, and police said they were taking the claim seriously.",
]),
("w19-08", "Greywater Cross Newswire", "2011-07-27T11:00:00Z", "Norway police defend their response to island shooting", [
"Norwegian police on Tuesday defended the time it took officers to reach the island of Utoya, where a gunman shot dead 68 people over more than an hour on Friday before he was arrested.",
"Acting Oslo police chief Sveinung Sponheim told reporters that the armed response unit had to drive about 40 kilometres from the capital and then find a boat, and that the first boat it used began taking on water under the weight of the officers and their equipment. The police helicopter could not be used because its crew was not on duty, he said. He did not believe the officers could have reached the island much sooner, he said, and the gunman gave himself up as soon as they confronted him.",
"Survivors have described waiting more than an hour for help while they hid among the rocks or swam for the shore, and commentators have asked why a television helicopter was filming over the island before the police arrived. Justice Minister Knut Storberget said every part of the response would be examined.",
]),
("w19-09", "Ivelby Herald", "2012-08-13T15:00:00Z", "Inquiry finds Norway's police could have stopped Breivik sooner", [
"OSLO -- A faster police operation on the island of Utoya was a realistic possibility and Anders Behring Breivik could have been stopped earlier on July 22 last year, the commission appointed by the Norwegian government to examine the attacks said on Monday.",
"The 22 July Commission, led by Alexandra Bech Gjorv, also found that the bombing of the government quarter could have been prevented had security measures already agreed on been carried out, among them the closure of a street that ran past the prime minister's office. The police had been slow to mobilise the resources available to them, it said, and communication and coordination had been poor.",
"Prime Minister Jens Stoltenberg told reporters that he took responsibility for the failures the report described but that he would not resign. Breivik, whose attacks killed 77 people, will hear the verdict in his trial on Aug. 24.",
]),
("w19-10", "Aldermoor Valley Wire", "2012-08-16T16:00:00Z", "Norway's police director steps down after critical report", [
"Norway's national police director, Oystein Maeland, resigned on Thursday, three days after an independent commission concluded that the police could have stopped the gunman on Utoya sooner and had failed to protect the government quarter in Oslo.",
"In a statement, Maeland said he no longer had the backing he needed to lead the police through the changes the commission had called for. Justice Minister Grete Faremo said she accepted his decision and that the government would follow up the commission's recommendations without delay.",
"In its report on Monday, the commission said the ability of the police to mobilise and coordinate their resources had failed on the day of the attacks, and that measures adopted years earlier to protect the government's buildings had not been carried out.",
"Opposition politicians said the government had been too slow to act on earlier warnings about the security of its own buildings. Stoltenberg, who faces a general election next year, has said he intends to stay on.",
]),
# ---------------------------------------------------------------- Guatemala and the CICIG, 2016-17 (11-12)
("w19-11", "Tamsin Ridge Courier", "2016-04-20T18:00:00Z", "Guatemala's Morales asks U.N. to extend anti-graft commission to 2019", [
"GUATEMALA CITY -- President Jimmy Morales has asked the United Nations to extend the mandate of the International Commission against Impunity in Guatemala, known as CICIG, by two more years, until September 2019, the government said.",
"In a letter to Secretary-General Ban Ki-moon, Morales said the commission's work alongside Guatemalan prosecutors should continue and that his government would keep supporting it. The U.N.-backed body, headed by Colombian jurist Ivan Velasquez, has helped bring corruption cases against dozens of officials, among them former President Otto Perez Molina, who resigned and was jailed last year.",
"Morales, a former television comedian, took office in January after campaigning under the slogan \"neither corrupt nor a thief.\" Civil society groups welcomed the request. The commission's present mandate runs until September 2017.",
]),
("w19-12", "Tamsin Ridge Courier", "2017-08-28T05:00:00Z", "Guatemala's president orders head of U.N. anti-graft body expelled; court blocks move", [
"President Jimmy Morales on Sunday declared Ivan Velasquez, the head of the U.N.-backed commission against impunity in Guatemala, persona non grata and ordered him to leave the country immediately, two days after the commission and the attorney general asked for the president's immunity to be lifted.",
"In a short video message, Morales said he was acting in the interest of the Guatemalan people and of the rule of law. Foreign Minister Carlos Raul Morales, who is not related to the president, was dismissed after he refused to carry out the order, officials said, and one of his deputies also stepped down. Hours later the Constitutional Court provisionally suspended the expulsion.",
"Velasquez and Attorney General Thelma Aldana have accused the president's party of failing to report campaign financing in the 2015 election. U.N. Secretary-General Antonio Guterres said he was shocked by the decision. Protesters gathered outside the court in the capital.",
]),
# ---------------------------------------------------------------- Ryanair, September-December 2017 (13-17)
("w19-13", "Corvester Financial Daily", "2017-09-16T10:00:00Z", "Ryanair to cancel up to 50 flights a day to fix punctuality", [
"Ryanair will cancel between 40 and 50 flights a day over the next six weeks to restore its punctuality, which fell below 80 percent in the first two weeks of September, Europe's biggest budget airline said on Friday.",
"The airline blamed air traffic control delays and strikes, bad weather and the effect of pilots and cabin crew taking their holidays, after the Irish aviation regulator required it to move its holiday year onto the calendar year. Chief marketing officer Kenny Jacobs said the cancellations, fewer than 2 percent of its roughly 2,500 daily flights, would free up standby aircraft and crews and lift punctuality back above 90 percent. Affected passengers would be offered other flights or a full refund, he said.",
"Passengers complained on social media that they had been given little notice, and some said they had not been told which flights would be dropped. Ryanair said it would publish the details in the coming days.",
]),
("w19-14", "Corvester Financial Daily", "2017-09-19T06:00:00Z", "O'Leary admits Ryanair made a mess of pilot holidays, denies shortage", [
"Ryanair published on Monday a list of 2,100 flights it will cancel up to the end of October, affecting some 315,000 passengers, and chief executive Michael O'Leary acknowledged that the airline had made a mess of planning its pilots' holidays.",
"O'Leary told a news conference in Dublin that Ryanair had messed up and apologised to its customers. He said the airline did not have a shortage of pilots, and that the cancellations would let it give pilots the leave they were owed while keeping enough standby crews. Once the cancellations ended with the summer schedule on Oct. 28, he said, he expected operations to be back to normal, and he did not expect any further cancellations.",
"O'Leary said the cost of compensation and rebooking would be no more than 25 million euros, and that pilots would be offered extra pay to work on some of their days off. Analysts said the affair had dented a brand built on reliability as well as low fares.",
]),
("w19-15", "Fellbrook Ledger", "2017-09-22T09:00:00Z", "Ryanair chief rules out union talks as pilots press for collective bargaining", [
"Ryanair will not recognise trade unions or deal with a new committee formed by pilots at several of its bases, chief executive Michael O'Leary told shareholders on Thursday, days after the airline cancelled thousands of flights because of a muddle over pilots' leave.",
"Speaking at the annual general meeting in Dublin, O'Leary said pay and conditions would continue to be agreed base by base through employee representative committees, and that Ryanair would not deal with the European Employee Representative Council, a group set up by pilots from several bases, which he said the airline did not recognise. He said Ryanair would improve pay at bases where it competes with other airlines for pilots, and that it had no difficulty recruiting them.",
"Shareholders approved all the resolutions put to them. Pilots' representatives in several countries said they wanted collective bargaining, which Ryanair has refused throughout its 32-year history.",
]),
("w19-16", "Fellbrook Ledger", "2017-09-28T08:00:00Z", "Ryanair cancels 18,000 more flights through March", [
"Ryanair said on Wednesday it would cancel a further 18,000 flights between November and March, affecting about 400,000 customers, nine days after saying its disruption would end with the summer schedule.",
"The airline said it would fly 25 fewer aircraft this winter and slow its growth next summer, freeing up standby pilots and removing any risk of further cancellations. Customers whose flights were dropped would be offered other flights or refunds and a travel voucher worth 40 euros each way, it said, and it apologised for the disruption.",
"Britain's Civil Aviation Authority said on Wednesday it was taking enforcement action against Ryanair for misleading passengers about their right to be rerouted on other airlines and to be reimbursed for their expenses.",
]),
("w19-17", "Corvester Financial Daily", "2017-12-15T14:00:00Z", "Ryanair to recognise pilot unions for first time to avert Christmas strikes", [
"Ryanair said on Friday it would recognise unions representing its pilots for the first time in its 32-year history, in an effort to head off strikes planned by pilots in Ireland, Italy and Germany over the Christmas period.",
"The airline said it had written to unions in Ireland, Britain, Germany, Italy, Spain and Portugal to invite them to talks, on condition that they set up committees of Ryanair pilots to deal with the company. Chief executive Michael O'Leary said Christmas flights were very important to customers and that the airline wanted to remove any worry that they could be disrupted by strikes. He called the move a significant change but said Ryanair would not agree to anything that threatened its low fares or its efficient model.",
"Union officials said they would study the offer. Pilots at Italian bases staged a four-hour stoppage on Friday.",
]),
# ---------------------------------------------------------------- Guatemala and the CICIG, 2018-19 (18-20)
("w19-18", "Lanthorn Bay Dispatch", "2018-09-01T01:00:00Z", "Guatemala will not renew mandate of U.N. anti-corruption commission", [
"GUATEMALA CITY -- President Jimmy Morales said on Friday that Guatemala would not renew the mandate of the International Commission against Impunity in Guatemala, which will expire on Sept. 3, 2019, accusing the U.N.-backed body of selective prosecution and of meddling in the country's politics.",
"Flanked by dozens of military and police officers at a news conference, Morales said the government would use the coming year to transfer the commission's capacities to Guatemalan institutions, and that the commission would finish its work when its mandate ran out. Military jeeps were seen driving past the commission's offices in the capital during the morning.",
"The commission has investigated Morales over alleged illegal campaign financing, and congress voted last year against stripping him of immunity. Velasquez, who was abroad, did not comment. Civil society groups called the decision a step backwards in the fight against corruption.",
]),
("w19-19", "Saltmarsh Press Agency", "2018-09-05T02:00:00Z", "Guatemala bars return of anti-graft chief, asks U.N. to name replacement", [
"Guatemala said on Tuesday it would not allow Ivan Velasquez, the head of the U.N.-backed commission against impunity, to return to the country, and asked Secretary-General Antonio Guterres to appoint someone else to lead the body.",
"Foreign Minister Sandra Jovel accused Velasquez of acting against public order and security. Government officials said the decision was aimed at the commissioner and not at the commission, which could go on working under a new head until its mandate expires next September.",
"Guterres said Velasquez would remain in charge of the commission, which he has led since 2013, and that it would continue its work. Hundreds of people protested in Guatemala City against the decision, and the human rights ombudsman asked the Constitutional Court to intervene.",
]),
("w19-20", "Tamsin Ridge Courier", "2019-01-08T04:00:00Z", "Guatemala ends U.N. anti-graft mission, gives staff 24 hours to leave", [
"GUATEMALA CITY -- Guatemala on Monday terminated its agreement with the United Nations on the International Commission against Impunity, giving the commission's staff 24 hours to leave the country, eight months before its mandate was due to expire.",
"President Jimmy Morales told a news conference that the commission had put the country's security, public order, governance and sovereignty at risk, and accused it of violating Guatemalan and international law. Foreign Minister Sandra Jovel delivered the decision to U.N. Secretary-General Antonio Guterres in New York.",
"Guterres strongly rejected the decision and said he expected Guatemala to honour its obligations under the agreement. On Saturday immigration officers had held a Colombian investigator working for the commission at the capital's airport for about a day.",
]),
# ---------------------------------------------------------------- Puerto Rico, July-August 2019 (21-25)
("w19-21", "Lanthorn Bay Dispatch", "2019-07-12T04:00:00Z", "Rossello apologises for chat messages, says he will not resign", [
"SAN JUAN -- Puerto Rico Governor Ricardo Rossello apologised on Thursday for profane and offensive messages he exchanged with aides in a private group chat, but said he would not resign and would keep working for the island.",
"Rossello cut short a family holiday in France to return to San Juan, a day after federal agents arrested two former senior officials of his administration, former education secretary Julia Keleher and Angela Avila-Marrero, who had run the island's health insurance administration, on fraud charges involving government contracts. He told reporters that he had committed no crime and asked for forgiveness from those he had offended.",
"Hundreds of protesters gathered outside La Fortaleza, the governor's mansion in Old San Juan, calling on him to step down. The messages, parts of which were leaked to local media, included insults aimed at women politicians and at the singer Ricky Martin.",
]),
("w19-22", "Saltmarsh Press Agency", "2019-07-22T03:00:00Z", "Rossello says he will not seek re-election but stays in office", [
"Puerto Rico Governor Ricardo Rossello said on Sunday he would not seek re-election next year and would step down as president of his New Progressive Party, but would remain in office for the rest of his term, rejecting the demands of tens of thousands of protesters that he resign.",
"In a video posted on Facebook, Rossello said he had made mistakes and had heard the people's message, and that he would devote himself to his duties as governor until his term ends. The announcement came eight days after a local investigative journalism centre published almost 900 pages of the chat, in which one of his aides joked about the dead of Hurricane Maria. His chief financial officer, Christian Sobrino, and Secretary of State Luis Rivera Marin left their posts after the publication.",
"Protest organisers called a general strike for Monday. The speaker of the island's House of Representatives has asked a panel of lawyers to study whether the chat gives grounds for impeachment.",
]),
("w19-23", "Lanthorn Bay Dispatch", "2019-07-25T06:00:00Z", "Puerto Rico governor resigns after two weeks of protests", [
"SAN JUAN -- Governor Ricardo Rossello announced shortly before midnight on Wednesday that he would resign, effective at 5 p.m. on Aug. 2, after nearly two weeks of mass street protests over a leaked chat and allegations of corruption in his administration.",
"In a video message, Rossello said that staying in office would make it hard for his government's work to succeed, and that he hoped his departure would serve as a call for reconciliation. Because the post of secretary of state is vacant, Secretary of Justice Wanda Vazquez is next in line to succeed him under the constitution, he said. A panel of lawyers appointed by the House speaker had concluded on Tuesday that there were grounds to begin impeachment proceedings.",
"Thousands of people celebrated in the streets of Old San Juan through the night, banging pots and waving flags.",
]),
("w19-24", "Saltmarsh Press Agency", "2019-07-29T15:00:00Z", "Puerto Rico's justice secretary says she does not want to be governor", [
"Puerto Rico's Secretary of Justice, Wanda Vazquez, who is due to succeed Governor Ricardo Rossello when he steps down on Friday, said on Sunday that she had no interest in the job and hoped he would nominate a secretary of state who could take over instead.",
"\"I have no interest in occupying the position of governor,\" Vazquez wrote on Twitter, adding that she would take it only if the constitution required her to. Protesters had objected to her succession, accusing her of failing to pursue complaints against members of the governing party; she has denied any wrongdoing.",
"Rossello has until Friday to name a secretary of state, who must be confirmed by both chambers of the legislature. Former congressional representative Pedro Pierluisi is among the names mentioned in local media.",
]),
("w19-25", "Lanthorn Bay Dispatch", "2019-08-08T02:00:00Z", "Vazquez sworn in as Puerto Rico governor after court removes Pierluisi", [
"Wanda Vazquez was sworn in as governor of Puerto Rico on Wednesday, hours after the island's Supreme Court ruled unanimously that Pedro Pierluisi had taken the post unconstitutionally five days earlier.",
"Pierluisi, whom outgoing governor Ricardo Rossello named secretary of state during a legislative recess, was sworn in as governor on Aug. 2 although only the House of Representatives had confirmed him. The court said the approval of the Senate was also required. Pierluisi said he would respect the ruling and step aside.",
"Vazquez, who had said she did not want the job, took the oath in a brief ceremony. She said she was assuming the office because the constitution required it, and that Puerto Rico needed stability after weeks of turmoil.",
]),
# ---------------------------------------------------------------- NOAA and Hurricane Dorian, 2019 (26-28)
("w19-26", "Greywater Cross Newswire", "2019-09-02T20:00:00Z", "Weather Service says Alabama safe from Dorian after Trump warning", [
"Hurricane Dorian struck the northern Bahamas on Sunday as a Category 5 storm with sustained winds of 185 miles per hour, the strongest hurricane on record to hit the islands, the National Hurricane Center said. The storm was expected to turn north in the coming days and move close to the coasts of Florida, Georgia and the Carolinas.",
"In Alabama, the National Weather Service's Birmingham office said on Sunday that the state would not see any impacts from Dorian, which it said would stay too far east. The message, posted on Twitter, followed a tweet by President Donald Trump that listed Alabama among the states likely to be hit much harder than anticipated.",
"Bahamas Prime Minister Hubert Minnis called the storm a historic tragedy, and officials said at least five people had been killed on the Abaco Islands.",
]),
("w19-27", "Aldermoor Valley Wire", "2019-09-07T02:00:00Z", "NOAA backs Trump on Alabama, faults its own forecasters", [
"The National Oceanic and Atmospheric Administration said on Friday that the information it gave President Donald Trump and the public about Hurricane Dorian had shown that tropical-storm-force winds could reach Alabama, and rebuked its own Birmingham office for saying the state was safe.",
"In an unsigned statement, the agency said that from Aug. 28 through Sept. 2 its advisories and those of the National Hurricane Center had demonstrated the possibility of such winds in the state. The Birmingham office's tweet on Sunday morning had spoken in absolute terms that were inconsistent with probabilities from the best forecast products available at the time, it said.",
"Trump has insisted for days that he was right to include Alabama, and on Wednesday he displayed a hurricane map on which the forecast cone appeared to have been extended into the state with a black marker. Forecast maps issued on Sunday showed only a small chance of tropical-storm-force winds in the southeastern corner of Alabama.",
]),
("w19-28", "Greywater Cross Newswire", "2019-09-10T04:00:00Z", "Weather Service chief praises Birmingham forecasters; NOAA scientist calls statement political", [
"The director of the National Weather Service, Louis Uccellini, praised forecasters in Birmingham, Ala., on Monday, saying they had done what any weather office would do to protect the public when they told Alabamians that Hurricane Dorian posed no threat to the state.",
"Speaking at the National Weather Association's annual meeting in Huntsville, Uccellini said the forecasters had acted to calm public fears and had done so with one thing in mind, public safety. The audience gave him a standing ovation.",
"On Sunday, NOAA's acting chief scientist, Craig McLean, told staff in an email that the agency's Friday statement had been political and that he was looking into whether its issuance violated NOAA's scientific integrity policy. The New York Times reported that Commerce Secretary Wilbur Ross had threatened to fire senior NOAA officials after the Birmingham tweet; the Commerce Department called the report false.",
]),
# ---------------------------------------------------------------- Poland's presidential election, 2020 (29-32, 34)
("w19-29", "Ivelby Herald", "2020-04-07T06:00:00Z", "Polish lawmakers back postal vote as deputy prime minister quits", [
"WARSAW -- Poland's lower house of parliament approved a bill late on Monday to hold next month's presidential election entirely by post because of the coronavirus epidemic, hours after Deputy Prime Minister Jaroslaw Gowin resigned over the ruling camp's refusal to postpone the vote.",
"Gowin, whose small party belongs to the governing coalition, had proposed amending the constitution to extend President Andrzej Duda's term by two years and hold the election in 2022. The government insists the vote must go ahead on May 10, as the constitution requires, and says voting by post will allow Poles to cast their ballots safely. Officials have said there are no grounds to declare a state of natural disaster, which would push the election back automatically.",
"The bill now goes to the opposition-controlled Senate, which has up to 30 days to consider it. The main opposition candidate has called for a boycott, saying a campaign under lockdown cannot be fair.",
]),
("w19-30", "Ivelby Herald", "2020-04-29T13:00:00Z", "Poland prints ballots for May 10 postal vote, Sasin says date stands", [
"Poland's state security printer has begun producing ballots for a presidential election to be held by post on May 10, Deputy Prime Minister Jacek Sasin said on Wednesday, insisting that the date would not change despite the epidemic and a bill still awaiting a Senate vote.",
"Sasin, who is overseeing the preparations, said the postal service was ready to deliver voting packages to about 30 million voters and that the vote would be safe. He argued that the constitution left no room to move the election. Dozens of mayors have refused to hand over voter lists to the postal operator, saying there is no legal basis for doing so until the law is passed.",
"The National Electoral Commission, which would normally run the vote, has complained that it has been left out of the preparations. Opposition senators say they will use the full 30 days allowed to them.",
]),
("w19-31", "Aldermoor Valley Wire", "2020-05-07T10:00:00Z", "Poland's May 10 presidential vote will not take place, ruling camp says", [
"Poland's presidential election will not take place on Sunday as planned, the leaders of the two main parties in the governing coalition said in a joint statement late on Wednesday, ending weeks of insistence by the government that the vote would go ahead on May 10.",
"Jaroslaw Kaczynski, the head of the Law and Justice party, and Jaroslaw Gowin said that once the date had passed without a vote, the Supreme Court would declare the election invalid and the speaker of the lower house would call a new one. The government confirmed on Thursday that no voting would take place on Sunday and said a new date would be set as soon as possible.",
"Lawmakers on Thursday approved the postal voting law, overriding its rejection by the Senate. Opposition politicians asked who would pay for the millions of ballots that had already been printed.",
]),
("w19-32", "Ivelby Herald", "2020-06-04T08:00:00Z", "Poland sets presidential election for June 28", [
"The speaker of Poland's lower house of parliament, Elzbieta Witek, on Wednesday set the presidential election for June 28, after a new law allowed voters to choose between polling stations and postal ballots.",
"If no candidate wins more than half the votes, a runoff will be held on July 12, Witek said. The National Electoral Commission will run the vote, and health rules will require masks and distancing at polling stations, officials said.",
"Warsaw mayor Rafal Trzaskowski replaced Malgorzata Kidawa-Blonska as the main opposition candidate last month. President Andrzej Duda, who is seeking a second five-year term, leads in the opinion polls. Under the new law, candidates who registered for the abandoned May vote may stand again, and new candidates may also enter the race. Poles living abroad will be able to vote by post.",
]),
("w19-33", "Aldermoor Valley Wire", "2020-06-16T02:00:00Z", "NOAA review finds acting chief broke integrity rules over Dorian statement", [
"A review carried out under the National Oceanic and Atmospheric Administration's scientific integrity policy has found that the agency's acting administrator, Neil Jacobs, and a senior aide violated the policy when they issued last September's statement rebuking forecasters who said Hurricane Dorian posed no threat to Alabama.",
"The panel, convened by the National Academy of Public Administration at NOAA's request, found that the statement had been drafted and released under pressure from political appointees at the Commerce Department and without the involvement of the agency's forecasters, and that issuing it breached the policy. NOAA released a summary of the findings on Monday, which said the two officials had acted intentionally, knowingly or in reckless disregard of the rules.",
"The Commerce Department's inspector general is conducting a separate inquiry into the statement. Jacobs, whom Trump has nominated to lead the agency permanently, remains in his post.",
]),
("w19-34", "Aldermoor Valley Wire", "2020-06-29T12:00:00Z", "Duda and Trzaskowski head for runoff in Polish presidential vote", [
"President Andrzej Duda won 43.5 percent of the vote in the first round of Poland's presidential election on Sunday and will face Warsaw mayor Rafal Trzaskowski, who took 30.5 percent, in a runoff on July 12, according to official results published on Monday.",
"Turnout was 64.5 percent, one of the highest for a presidential election since the end of communism, the National Electoral Commission said. Duda thanked voters on Sunday night and said he would seek the support of those who had backed other candidates.",
"The vote was held seven weeks after the original date of May 10 was abandoned. Voters had to wear masks and keep their distance at polling stations, and people in quarantine were allowed to vote by post.",
]),
# ---------------------------------------------------------------- AstraZeneca and the European Commission, 2021 (35-41)
("w19-35", "Quillmere News Service", "2021-01-27T15:00:00Z", "AstraZeneca says EU deal obliged only 'best effort' as Brussels demands doses", [
"AstraZeneca's chief executive, Pascal Soriot, said the drugmaker's contract with the European Union obliged it only to make its best efforts to supply COVID-19 vaccine doses, as the bloc pressed the company to explain why it would ship far fewer than planned in the first quarter.",
"The company told the EU last Friday that initial volumes would be lower than originally anticipated because of reduced yields at a manufacturing site in its European supply chain. EU officials say that means about 31 million doses in the first quarter instead of the roughly 80 million the bloc had expected. In interviews with European newspapers published on Tuesday, Soriot said Britain had signed its contract three months before the EU and was being supplied first, and that AstraZeneca was not making a profit on the vaccine.",
"Health Commissioner Stella Kyriakides said on Wednesday that the EU rejected the logic of first come, first served, which she said might work at the neighbourhood butcher's but not in contracts. The Commission said the contract contained binding commitments and that doses made at plants in Britain should also be available to the bloc.",
]),
("w19-36", "Quillmere News Service", "2021-01-29T20:00:00Z", "EU imposes vaccine export checks, invokes emergency clause on Northern Ireland", [
"BRUSSELS -- The European Commission on Friday required companies to obtain authorisation before exporting COVID-19 vaccines made in the European Union, and used an emergency clause in the Brexit agreement to stop doses from passing through Northern Ireland into Britain.",
"The Commission said the measure, which runs until the end of March, was about transparency and was not an export ban. Its regulation invoked Article 16 of the Northern Ireland protocol, a safeguard that allows either side to take unilateral measures if the protocol leads to serious difficulties, so that vaccines could not be sent on to Northern Ireland without checks. Earlier on Friday the Commission published a redacted version of its contract with AstraZeneca.",
"The Irish government said it had not been consulted. Northern Ireland's first minister, Arlene Foster, called the move an incredible act of hostility. The European Medicines Agency recommended the AstraZeneca vaccine for use in adults on Friday.",
]),
("w19-37", "Brackenfold Wire", "2021-01-30T01:30:00Z", "EU drops Northern Ireland clause from vaccine export plan after outcry", [
"The European Commission said late on Friday it would not trigger the emergency clause of the Northern Ireland protocol, reversing a decision announced hours earlier to use it as part of new controls on exports of COVID-19 vaccines.",
"In a statement, the Commission said it would ensure that the protocol was unaffected and that it was not triggering the safeguard clause. It said it would amend its regulation, and that if vaccine shipments to third countries were abused to undermine the controls, it would use all the instruments at its disposal. Commission President Ursula von der Leyen spoke by telephone with British Prime Minister Boris Johnson and Irish Prime Minister Micheal Martin during the evening.",
"Johnson's office said he had expressed grave concerns. The requirement for exporters of vaccines made in the EU to seek authorisation remains in force.",
]),
("w19-38", "Corvester Financial Daily", "2021-02-24T15:00:00Z", "AstraZeneca says it still plans to meet EU contract in second quarter", [
"AstraZeneca said on Wednesday that its most recent forecast was to deliver vaccine doses to the European Union in the second quarter in line with its contract, after a report that it had told the bloc it would supply less than half of the agreed amount.",
"A senior EU official told Reuters on Tuesday that the company expected to deliver fewer than 90 million doses in the April-to-June period, against the 180 million set in the contract. In a statement, AstraZeneca said it planned to supply about half of the second-quarter volumes from its European supply chain and the rest from its international network, and that it was working to increase productivity at its EU plants.",
"Commission President Ursula von der Leyen said on Jan. 31 that the company had agreed to deliver 40 million doses in the first quarter, nine million more than it had offered a week earlier. EU leaders are due to discuss vaccine supplies at a video summit on Thursday.",
]),
("w19-39", "Corvester Financial Daily", "2021-03-13T17:00:00Z", "AstraZeneca cuts EU vaccine deliveries again, blames export limits", [
"AstraZeneca said on Saturday it would deliver 30 million doses of its COVID-19 vaccine to the European Union in the first quarter and 70 million in the second, a total of 100 million for the half-year, far short of the amounts set in its contract.",
"The company said it had hoped to make up for lower output at its European plants with doses from elsewhere, but that export restrictions would reduce deliveries from its international supply chain. It said it regretted the shortfall and was working to accelerate supply.",
"Earlier this month Italy blocked a shipment of 250,000 AstraZeneca doses to Australia under the EU's export rules. Denmark, Norway and Iceland suspended use of the vaccine on Thursday as a precaution after reports of blood clots in some recipients; the European Medicines Agency said there was no indication that the vaccine had caused them.",
]),
("w19-40", "Quillmere News Service", "2021-03-22T12:00:00Z", "AstraZeneca says U.S. trial shows vaccine 79 percent effective", [
"AstraZeneca said on Monday that its COVID-19 vaccine was 79 percent effective at preventing symptomatic illness in a late-stage trial in the United States, Chile and Peru, and 100 percent effective against severe disease and hospitalisation.",
"The trial of 32,449 volunteers found efficacy of 80 percent in participants aged 65 and over, a group for which some European countries had withheld the vaccine for lack of data, the company said. An independent safety board had found no increased risk of blood clots among those who received it. AstraZeneca said it would seek emergency use authorisation from the U.S. Food and Drug Administration in the coming weeks, and that the results added to a growing body of evidence on the vaccine.",
"Several European countries resumed use of the vaccine last week after the European Medicines Agency concluded that it was safe and effective.",
]),
("w19-41", "Brackenfold Wire", "2021-03-25T09:00:00Z", "AstraZeneca lowers U.S. efficacy figure to 76 percent after safety board rebuke", [
"AstraZeneca said on Wednesday night that its COVID-19 vaccine was 76 percent effective at preventing symptomatic illness, according to a fuller analysis of its U.S. trial, two days after American health officials said the company might have relied on outdated information.",
"The new analysis, based on 190 cases, put efficacy at 85 percent in people aged 65 and over and at 100 percent against severe disease, the company said. AstraZeneca had said on Tuesday that Monday's figures came from a pre-specified interim analysis with a cut-off date of Feb. 17, and that it would publish the primary analysis within 48 hours.",
"The National Institute of Allergy and Infectious Diseases said early on Tuesday that the trial's independent monitoring board was concerned that the company had included outdated information, which may have given an incomplete view of the efficacy data. Anthony Fauci called the episode an unforced error.",
]),
# ---------------------------------------------------------------- Serbia and the Jadar lithium project, 2022 and 2024 (42-43, 46-47)
("w19-42", "Fellbrook Ledger", "2022-01-21T06:00:00Z", "Serbia revokes Rio Tinto lithium licences after protests", [
"BELGRADE -- Serbia's government on Thursday revoked all permits and licences for Rio Tinto's planned $2.4 billion lithium mine near the western town of Loznica, after weeks of protests and road blockades by environmental groups.",
"Prime Minister Ana Brnabic said the government had annulled the spatial plan for the Jadar project and that every decision linked to it had been cancelled. The government had fulfilled all the demands of the environmental protesters and put an end to Rio Tinto in Serbia, she told reporters. The decision comes less than three months before parliamentary and presidential elections.",
"Rio Tinto said it was extremely concerned by the decision and was reviewing its legal basis and the implications for its activities and its people in Serbia. The company had planned to produce about 58,000 tonnes of battery-grade lithium carbonate a year at the site.",
]),
("w19-43", "Fellbrook Ledger", "2024-07-12T10:00:00Z", "Serbian court ruling revives Rio Tinto lithium project", [
"Serbia's Constitutional Court has ruled that the government's 2022 decision to scrap the spatial plan for Rio Tinto's Jadar lithium project was not in line with the constitution and the law, reviving a mine that tens of thousands of Serbians protested against.",
"President Aleksandar Vucic has said the mine could open in 2028 if the company and the European Union provide guarantees that it will meet the highest environmental standards, and that Serbia would not allow the project to go ahead otherwise. He says the lithium could help Serbia build an industry around electric vehicle batteries rather than simply export the ore.",
"Rio Tinto, which has continued to buy land in the Jadar valley, has said it remains committed to the project. Environmental groups said they would return to the streets.",
]),
# ---------------------------------------------------------------- the Secret Service and the Butler rally, July 2024 (44-45, 48-50)
("w19-44", "Saltmarsh Press Agency", "2024-07-15T02:00:00Z", "Secret Service rejects claim it refused Trump team's requests for more security", [
"The U.S. Secret Service on Sunday rejected as absolutely false an assertion that it had turned down requests from Donald Trump's team for additional security before the former president was shot at a rally in Pennsylvania.",
"Agency spokesman Anthony Guglielmi said on social media that the Secret Service had in fact added protective resources, technology and capabilities as the pace of campaign travel increased. The agency said it was working with the FBI and local authorities to establish how the gunman had been able to fire from the roof of a building outside the rally's secure perimeter.",
"Trump was wounded in the ear on Saturday in Butler, Pennsylvania, when a 20-year-old man, Thomas Matthew Crooks, fired several shots from a rooftop about 400 feet from the stage before a Secret Service sniper killed him. A spectator, Corey Comperatore, was killed and two other men were critically injured. President Joe Biden ordered an independent review of security at the rally.",
]),
("w19-45", "Greywater Cross Newswire", "2024-07-17T02:00:00Z", "Secret Service director says she will not resign, cites sloped roof", [
"Secret Service Director Kimberly Cheatle said on Tuesday that she would not resign over the attempted assassination of Donald Trump, telling ABC News that the buck stopped with her as head of the agency.",
"Cheatle said the building from which the gunman fired was outside the security perimeter and that local police had been inside it. Agents had not been posted on its roof, she said, because it had a sloped surface at its highest point, and there was a safety factor to be considered before putting anyone up there. She called the shooting unacceptable and said it should never happen again.",
"Republican lawmakers called on her to step down, and the House Oversight Committee has asked her to testify on Monday. Critics noted that the agency's own counter-snipers had been stationed on the sloped roof of a barn behind the stage.",
]),
("w19-46", "Tamsin Ridge Courier", "2024-07-17T07:00:00Z", "Serbia reinstates plan for Rio Tinto lithium mine", [
"BELGRADE -- Serbia's government on Tuesday restored the spatial plan for Rio Tinto's Jadar lithium project, reversing the decision it took in January 2022 to cancel it.",
"In a decree adopted after a ruling by the Constitutional Court, the government said the plan was back in force, but that the company would still need to obtain an environmental impact assessment and other permits before any mining could start. Officials said the state would insist on the strictest protection of soil, water and air in the Jadar valley.",
"Opposition parties and environmental groups accused the government of breaking its word. German Chancellor Olaf Scholz is due in Belgrade on Friday for the signing of a raw materials agreement between Serbia and the European Union.",
]),
("w19-47", "Tamsin Ridge Courier", "2024-07-20T06:00:00Z", "EU and Serbia sign raw materials pact as Vucic promises strict rules for lithium mine", [
"BELGRADE -- The European Union and Serbia signed an agreement on Friday to cooperate on raw materials, batteries and electric vehicles, a step that clears the way for Rio Tinto's lithium mine in western Serbia, which would be one of the largest in Europe. European carmakers are looking for secure supplies of the metal for electric vehicle batteries.",
"European Commission Vice President Maros Sefcovic and Serbia's mining and energy minister, Dubravka Djedovic Handanovic, signed the memorandum of understanding in Belgrade in the presence of German Chancellor Olaf Scholz. President Aleksandar Vucic said Serbia would insist on the highest environmental standards and wanted the whole battery value chain, not only the mine, to be built in the country.",
"Rio Tinto has said it could begin production in 2028. Environmental groups said they would keep up their opposition to the mine.",
]),
("w19-48", "Saltmarsh Press Agency", "2024-07-21T15:00:00Z", "Secret Service acknowledges denying some requests from Trump detail", [
"The Secret Service acknowledged on Saturday that it had turned down some requests from Donald Trump's security detail for additional resources in the two years before he was shot at a rally, a week after calling such assertions absolutely false.",
"Spokesman Anthony Guglielmi said that in some cases where a particular federal asset had not been provided to a protective detail, the agency had made up for it with state and local police or by other means. The Washington Post had reported that senior officials repeatedly rejected requests for more agents and for equipment such as magnetometers at sporting and other public events that Trump attended.",
"Director Kimberly Cheatle is due to testify before the House Oversight Committee on Monday. Homeland Security Secretary Alejandro Mayorkas has said he has full confidence in her.",
]),
("w19-49", "Greywater Cross Newswire", "2024-07-23T20:00:00Z", "Secret Service director Cheatle resigns after failure at Trump rally", [
"Kimberly Cheatle resigned as director of the U.S. Secret Service on Tuesday, a day after telling Congress that the attempt on Donald Trump's life was the agency's most significant operational failure in decades.",
"In a message to staff, Cheatle said she took full responsibility for the security lapse and had decided to step down with a heavy heart. At Monday's hearing of the House Oversight Committee she had declined to answer many questions, saying investigations were under way, and acknowledged that the building used by the gunman had been identified as a possible vulnerability before the rally. Lawmakers of both parties called on her to quit.",
"Homeland Security Secretary Alejandro Mayorkas named the deputy director, Ronald Rowe Jr., as acting director.",
]),
("w19-50", "Aldermoor Valley Wire", "2024-07-31T02:00:00Z", "Acting Secret Service chief says he cannot defend unsecured roof", [
"The acting director of the Secret Service, Ronald Rowe Jr., told senators on Tuesday that he could not defend why the roof used by the gunman at Donald Trump's rally in Pennsylvania had not been better secured.",
"Rowe said he had visited the site in Butler and lain on the roof himself to see the line of sight to the stage, and that what he saw made him ashamed. There had been a breakdown in communication between the Secret Service and local police, he said, and he had ordered changes to the way the agency works with its local partners.",
"Paul Abbate, the deputy director of the FBI, told the same hearing that the gunman had searched online for how far Lee Harvey Oswald had been from John F. Kennedy. Rowe said the agency would cooperate fully with the independent review ordered by President Joe Biden.",
]),
]

STATEMENTS = {
"w19-01": [["jamaica", "has so far declined to sign"], ["jamaica", "rests partly on evidence from telephone intercepts"],
           ["jamaica", "Jamaican law did not permit"], ["jamaica", "will not act on the request"],
           ["jamaica", "rejected any suggestion that the government"], ["jamaica", "bound to uphold the rights of"]],
"w19-02": [["jamaica", "hand over one of its citizens"], ["jamaica", "gathered in breach of its own laws"],
           ["jamaica", "had been obtained and shared in violation"], ["jamaica", "could not be set aside simply"],
           ["jamaica", "handled between the two governments"], ["jamaica", "the government had not engaged the firm"],
           ["jamaica", "had no contract with it"]],
"w19-03": [["jamaica", "had sanctioned the hiring of a"], ["jamaica", "made on behalf of his Jamaica"],
           ["jamaica", "in his capacity as party leader"], ["jamaica", "in the hope of settling the"],
           ["jamaica", "regretted the way the matter had"], ["jamaica", "apologised to the country"]],
"w19-04": [["jamaica", "would sign the authority to proceed"], ["jamaica", "had become a distraction that was"],
           ["jamaica", "the attorney general would sign"], ["jamaica", "The courts would decide whether the"],
           ["jamaica", "apologised again for his role"], ["jamaica", "had considered resigning but had been"],
           ["jamaica", "were ready to deal with any"]],
"w19-05": [["jamaica", "was arrested at a police checkpoint"], ["jamaica", "had been travelling in a car"],
           ["jamaica", "would be sent to the United"], ["jamaica", "would remain in force for now"]],
"w19-06": [["norway", "At least 85 people were killed"], ["norway", "bringing the toll from Friday's attacks"],
           ["norway", "divers were still searching the water"], ["norway", "the number of dead could rise"],
           ["norway", "called the attacks a national tragedy"], ["norway", "nothing like it had happened in"]],
"w19-07": [["norway", "lowered the number of people killed"], ["norway", "putting the total for Friday's bombing"],
           ["norway", "the earlier count had been wrong"], ["norway", "their first concern had been to"],
           ["norway", "one more than previously reported"], ["norway", "Several people were still missing"],
           ["norway", "taking the claim seriously"]],
"w19-08": [["norway", "defended the time it took officers"], ["norway", "had to drive about 40 kilometres"],
           ["norway", "began taking on water under the"], ["norway", "its crew was not on duty"],
           ["norway", "could have reached the island much sooner"], ["norway", "gave himself up as soon as"],
           ["norway", "every part of the response would"]],
"w19-09": [["norway", "A faster police operation on the"], ["norway", "could have been stopped earlier on"],
           ["norway", "could have been prevented had security"], ["norway", "slow to mobilise the resources available"],
           ["norway", "communication and coordination had been poor"], ["norway", "took responsibility for the failures"],
           ["norway", "he would not resign"]],
"w19-10": [["norway", "no longer had the backing he"], ["norway", "accepted his decision"],
           ["norway", "would follow up the commission's recommendations"], ["norway", "ability of the police to mobilise and"],
           ["norway", "intends to stay on"]],
"w19-11": [["guatemala", "has asked the United Nations to"], ["guatemala", "by two more years, until September"],
           ["guatemala", "should continue and that his government"], ["guatemala", "would keep supporting it"]],
"w19-12": [["guatemala", "declared Ivan Velasquez, the head of"], ["guatemala", "ordered him to leave the country"],
           ["guatemala", "acting in the interest of the"], ["guatemala", "was dismissed after he refused"]],
"w19-13": [["ryanair", "will cancel between 40 and 50"], ["ryanair", "over the next six weeks"],
           ["ryanair", "blamed air traffic control delays"], ["ryanair", "fewer than 2 percent of its"],
           ["ryanair", "lift punctuality back above 90 percent"], ["ryanair", "offered other flights or a full"],
           ["ryanair", "would publish the details in the"]],
"w19-14": [["ryanair", "a list of 2,100 flights"], ["ryanair", "affecting some 315,000 passengers"],
           ["ryanair", "had made a mess of planning"], ["ryanair", "Ryanair had messed up"],
           ["ryanair", "did not have a shortage of"], ["ryanair", "give pilots the leave they were"],
           ["ryanair", "expected operations to be back to"], ["ryanair", "did not expect any further cancellations"],
           ["ryanair", "no more than 25 million euros"], ["ryanair", "offered extra pay to work on"]],
"w19-15": [["ryanair", "will not recognise trade unions or"], ["ryanair", "would continue to be agreed base"],
           ["ryanair", "would not deal with the European"], ["ryanair", "the airline did not recognise"],
           ["ryanair", "would improve pay at bases"], ["ryanair", "no difficulty recruiting them"]],
"w19-16": [["ryanair", "cancel a further 18,000 flights"], ["ryanair", "affecting about 400,000 customers"],
           ["ryanair", "fly 25 fewer aircraft this winter"], ["ryanair", "removing any risk of further cancellations"],
           ["ryanair", "a travel voucher worth 40 euros"], ["ryanair", "it apologised for the disruption"]],
"w19-17": [["ryanair", "would recognise unions representing its pilots"], ["ryanair", "had written to unions in Ireland"],
           ["ryanair", "on condition that they set up"], ["ryanair", "very important to customers"],
           ["ryanair", "remove any worry that they could"], ["ryanair", "called the move a significant change"],
           ["ryanair", "would not agree to anything that"]],
"w19-18": [["guatemala", "would not renew the mandate of"], ["guatemala", "which will expire on Sept. 3"],
           ["guatemala", "selective prosecution and of meddling"], ["guatemala", "transfer the commission's capacities to Guatemalan"],
           ["guatemala", "would finish its work when its"]],
"w19-19": [["guatemala", "would not allow Ivan Velasquez"], ["guatemala", "asked Secretary-General Antonio Guterres to appoint"],
           ["guatemala", "acting against public order and security"], ["guatemala", "aimed at the commissioner and not"],
           ["guatemala", "could go on working under a"], ["guatemala", "until its mandate expires next September"]],
"w19-20": [["guatemala", "terminated its agreement with the United"], ["guatemala", "giving the commission's staff 24 hours"],
           ["guatemala", "put the country's security, public order"], ["guatemala", "accused it of violating Guatemalan"],
           ["guatemala", "delivered the decision to U.N."]],
"w19-21": [["puerto-rico", "apologised on Thursday for profane"], ["puerto-rico", "would not resign and would keep working"],
           ["puerto-rico", "had committed no crime"], ["puerto-rico", "asked for forgiveness from those"]],
"w19-22": [["puerto-rico", "would not seek re-election next year"], ["puerto-rico", "step down as president of his"],
           ["puerto-rico", "would remain in office for the"], ["puerto-rico", "had heard the people's message"],
           ["puerto-rico", "devote himself to his duties as"]],
"w19-23": [["puerto-rico", "that he would resign, effective at"], ["puerto-rico", "staying in office would make it hard"],
           ["puerto-rico", "serve as a call for reconciliation"], ["puerto-rico", "next in line to succeed him"]],
"w19-24": [["puerto-rico", "had no interest in the job"], ["puerto-rico", "hoped he would nominate a secretary"],
           ["puerto-rico", "I have no interest in occupying"], ["puerto-rico", "only if the constitution required her"],
           ["puerto-rico", "has denied any wrongdoing"]],
"w19-25": [["puerto-rico", "was sworn in as governor of"], ["puerto-rico", "would respect the ruling and step"],
           ["puerto-rico", "assuming the office because the constitution"], ["puerto-rico", "Puerto Rico needed stability"]],
"w19-26": [["noaa", "struck the northern Bahamas on Sunday"], ["noaa", "the strongest hurricane on record to"],
           ["noaa", "expected to turn north in the"], ["noaa", "would not see any impacts from"],
           ["noaa", "would stay too far east"]],
"w19-27": [["noaa", "had shown that tropical-storm-force winds could"], ["noaa", "rebuked its own Birmingham office"],
           ["noaa", "had demonstrated the possibility of such"], ["noaa", "spoken in absolute terms that were"],
           ["noaa", "inconsistent with probabilities from the best"]],
"w19-28": [["noaa", "done what any weather office would"], ["noaa", "had acted to calm public fears"],
           ["noaa", "one thing in mind, public safety"], ["noaa", "Friday statement had been political"],
           ["noaa", "looking into whether its issuance violated"]],
"w19-29": [["poland", "approved a bill late on Monday"], ["poland", "must go ahead on May 10"],
           ["poland", "as the constitution requires"], ["poland", "allow Poles to cast their ballots"],
           ["poland", "no grounds to declare a state"]],
"w19-30": [["poland", "has begun producing ballots for a"], ["poland", "the date would not change despite"],
           ["poland", "ready to deliver voting packages"], ["poland", "the vote would be safe"],
           ["poland", "left no room to move the"]],
"w19-31": [["poland", "no voting would take place on"], ["poland", "a new date would be set"],
           ["poland", "approved the postal voting law"]],
"w19-32": [["poland", "set the presidential election for June"], ["poland", "a runoff will be held on"],
           ["poland", "will require masks and distancing"]],
"w19-33": [["noaa", "violated the policy when they issued"], ["noaa", "drafted and released under pressure from"],
           ["noaa", "without the involvement of the agency's"], ["noaa", "issuing it breached the policy"],
           ["noaa", "acted intentionally, knowingly or in reckless"]],
"w19-34": [["poland", "thanked voters on Sunday night"], ["poland", "seek the support of those who"]],
"w19-35": [["astrazeneca", "obliged it only to make its"], ["astrazeneca", "initial volumes would be lower than"],
           ["astrazeneca", "reduced yields at a manufacturing site"], ["astrazeneca", "signed its contract three months before"],
           ["astrazeneca", "was not making a profit on"], ["european-commission", "rejected the logic of first come"],
           ["european-commission", "might work at the neighbourhood butcher's"], ["european-commission", "contained binding commitments"],
           ["european-commission", "should also be available to the"]],
"w19-36": [["european-commission", "required companies to obtain authorisation"], ["european-commission", "used an emergency clause in the"],
           ["european-commission", "was about transparency and was not"], ["european-commission", "invoked Article 16 of the Northern"],
           ["european-commission", "published a redacted version of its"]],
"w19-37": [["european-commission", "would not trigger the emergency clause"], ["european-commission", "ensure that the protocol was unaffected"],
           ["european-commission", "was not triggering the safeguard clause"], ["european-commission", "would amend its regulation"],
           ["european-commission", "all the instruments at its disposal"]],
"w19-38": [["astrazeneca", "its most recent forecast was to"], ["astrazeneca", "in line with its contract"],
           ["astrazeneca", "about half of the second-quarter volumes"], ["astrazeneca", "the rest from its international network"],
           ["astrazeneca", "working to increase productivity at its"], ["european-commission", "had agreed to deliver 40 million"],
           ["european-commission", "nine million more than it had"]],
"w19-39": [["astrazeneca", "would deliver 30 million doses of"], ["astrazeneca", "70 million in the second"],
           ["astrazeneca", "had hoped to make up for"], ["astrazeneca", "export restrictions would reduce deliveries"],
           ["astrazeneca", "regretted the shortfall"]],
"w19-40": [["astrazeneca", "was 79 percent effective at preventing"], ["astrazeneca", "100 percent effective against severe disease"],
           ["astrazeneca", "efficacy of 80 percent in participants"], ["astrazeneca", "found no increased risk of blood"],
           ["astrazeneca", "would seek emergency use authorisation"], ["astrazeneca", "added to a growing body of"]],
"w19-41": [["astrazeneca", "was 76 percent effective at preventing"], ["astrazeneca", "85 percent in people aged 65"],
           ["astrazeneca", "100 percent against severe disease"], ["astrazeneca", "came from a pre-specified interim analysis"],
           ["astrazeneca", "would publish the primary analysis within"]],
"w19-42": [["serbia", "revoked all permits and licences for"], ["serbia", "had annulled the spatial plan for"],
           ["serbia", "every decision linked to it had"], ["serbia", "fulfilled all the demands of the"],
           ["serbia", "put an end to Rio Tinto"]],
"w19-43": [["serbia", "could open in 2028 if the"], ["serbia", "will meet the highest environmental standards"],
           ["serbia", "would not allow the project to"], ["serbia", "build an industry around electric vehicle"]],
"w19-44": [["us-secret-service", "rejected as absolutely false an assertion"], ["us-secret-service", "had in fact added protective resources"],
           ["us-secret-service", "as the pace of campaign travel"], ["us-secret-service", "working with the FBI and local"],
           ["us-secret-service", "outside the rally's secure perimeter"]],
"w19-45": [["us-secret-service", "she would not resign over the"], ["us-secret-service", "the buck stopped with her"],
           ["us-secret-service", "was outside the security perimeter"], ["us-secret-service", "local police had been inside it"],
           ["us-secret-service", "a sloped surface at its highest"], ["us-secret-service", "a safety factor to be considered"],
           ["us-secret-service", "should never happen again"]],
"w19-46": [["serbia", "restored the spatial plan for Rio"], ["serbia", "the plan was back in force"],
           ["serbia", "would still need to obtain an"], ["serbia", "the strictest protection of soil, water"]],
"w19-47": [["serbia", "signed the memorandum of understanding in"], ["serbia", "would insist on the highest environmental"],
           ["serbia", "wanted the whole battery value chain"]],
"w19-48": [["us-secret-service", "it had turned down some requests"], ["us-secret-service", "where a particular federal asset had"],
           ["us-secret-service", "had made up for it with"]],
"w19-49": [["us-secret-service", "resigned as director of the U.S."], ["us-secret-service", "most significant operational failure in decades"],
           ["us-secret-service", "took full responsibility for the security"], ["us-secret-service", "step down with a heavy heart"],
           ["us-secret-service", "saying investigations were under way"], ["us-secret-service", "identified as a possible vulnerability"]],
"w19-50": [["us-secret-service", "could not defend why the roof"], ["us-secret-service", "what he saw made him ashamed"],
           ["us-secret-service", "a breakdown in communication between the"], ["us-secret-service", "had ordered changes to the way"],
           ["us-secret-service", "would cooperate fully with the independent"]],
}

OPTIONAL = {
"w19-03": [["jamaica", "his government had no part in"]],
"w19-16": [["ryanair", "saying its disruption would end with"]],
"w19-25": [["puerto-rico", "had said she did not want"]],
"w19-29": [["poland", "had proposed amending the constitution to"]],
"w19-31": [["poland", "will not take place on Sunday"], ["poland", "insistence by the government that the"]],
"w19-37": [["european-commission", "reversing a decision announced hours earlier"]],
"w19-46": [["serbia", "reversing the decision it took in"]],
"w19-47": [["european-commission", "signed an agreement on Friday to"]],
"w19-48": [["us-secret-service", "calling such assertions absolutely false"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["w19-11", "w19-20", "guatemala", "stance-reversal: the president asked the U.N. to extend the commission against impunity, saying its work should continue and that his government would keep supporting it; he later says the commission put the country's security, governance and sovereignty at risk and ends it"],
["w19-14", "w19-16", "ryanair", "stance-reversal: the chief executive said operations should be back to normal once the cancellations ended with the summer schedule and that he did not expect any further cancellations; nine days later the airline cancels 18,000 more flights through March"],
["w19-27", "w19-28", "noaa", "stance-reversal: the agency rebuked its Birmingham office for speaking in absolute terms inconsistent with the forecast probabilities; three days later the Weather Service director says those forecasters did what any office would do to protect the public, and the acting chief scientist calls the rebuke political"],
["w19-24", "w19-25", "puerto-rico", "stance-reversal: the justice secretary said she had no interest in occupying the position of governor and hoped a secretary of state would be named instead; ten days later she is sworn in as governor"],
["w19-42", "w19-43", "serbia", "stance-reversal: the government said it had annulled the plan, cancelled every decision linked to the project and put an end to Rio Tinto in Serbia; the president now says the mine could open in 2028 if guarantees are given"],
# commitments reversed in other words
["w19-19", "w19-20", "guatemala", "commitment-reversed: the government said its move was aimed at the commissioner, not the commission, which could go on working under a new head until its mandate expires next September; four months later it terminates the agreement and gives the staff 24 hours to leave"],
["w19-21", "w19-23", "puerto-rico", "commitment-reversed: the governor said he would not resign and would keep working for the island; two weeks later he announces his resignation, effective Aug. 2"],
["w19-22", "w19-23", "puerto-rico", "commitment-reversed: the governor said he would give up re-election and his party post but remain in office for the rest of his term; three days later he resigns"],
["w19-29", "w19-31", "poland", "commitment-reversed: the government said the election must go ahead on May 10 as the constitution requires; a month later it confirms that no voting will take place that Sunday"],
["w19-36", "w19-37", "european-commission", "commitment-reversed: the Commission invoked Article 16 of the Northern Ireland protocol to stop vaccines moving on to Northern Ireland without checks; hours later it says it is not triggering the safeguard clause and will amend its regulation"],
["w19-42", "w19-46", "serbia", "commitment-reversed: the government revoked every permit and licence, annulled the spatial plan and put an end to Rio Tinto in Serbia; two and a half years later it restores the spatial plan by decree"],
["w19-45", "w19-49", "us-secret-service", "commitment-reversed: the director said she would not resign over the shooting and that the buck stopped with her; a week later she resigns"],
# denials then action or admission
["w19-02", "w19-03", "jamaica", "denial-then-action: the prime minister told parliament that the government had not engaged the U.S. law firm and had no contract with it; two months later he admits he sanctioned its hiring, as party leader"],
["w19-01", "w19-04", "jamaica", "denial-then-action: the justice ministry declined to sign the authority to proceed and said it would not act on the request until Washington supplied more information; the prime minister now says the authority will be signed and the case go to court"],
["w19-15", "w19-17", "ryanair", "denial-then-action: the chief executive said Ryanair would not recognise trade unions or deal with the pilots' council and that pay would stay a matter for each base; less than three months later the airline recognises pilot unions for the first time"],
# reports denied, then borne out
["w19-38", "w19-39", "astrazeneca", "report-denied: after an EU official said the company would deliver less than half of the 180 million doses due in the second quarter, it said its most recent forecast was to deliver in line with its contract; three weeks later it says it will deliver 70 million"],
["w19-44", "w19-48", "us-secret-service", "report-denied: the agency called absolutely false the assertion that it had turned down requests from Trump's team for more security; a week later it acknowledges that it had turned down some requests from his detail"],
# claims negated
["w19-26", "w19-27", "noaa", "claim-negated: the Birmingham office said Alabama would not see any impacts from Dorian; the agency now says its information showed that tropical-storm-force winds could reach the state"],
["w19-27", "w19-33", "noaa", "claim-negated: the agency said the Birmingham tweet spoke in absolute terms inconsistent with the best forecast products; its scientific integrity review finds that issuing that statement, drafted under political pressure without its forecasters, breached its policy"],
["w19-08", "w19-09", "norway", "claim-negated: the police defended their response and said officers could not have reached the island much sooner; the government's commission finds a faster police operation was a realistic possibility and the gunman could have been stopped earlier"],
["w19-45", "w19-50", "us-secret-service", "claim-negated: the director said no agents were posted on the roof because of its slope and a safety factor; the acting director says he cannot defend why the roof was not better secured"],
# number mismatches
["w19-40", "w19-41", "astrazeneca", "number-mismatch: the company said the vaccine was 79 percent effective against symptomatic illness, and 80 percent in those 65 and over; three days later it gives 76 percent, and 85 percent for the older group"],
["w19-06", "w19-07", "norway", "number-mismatch: the police said at least 85 people were killed on Utoya, at least 92 in all; two days later they put the island toll at 68 and the total at 76"],
# dates moved
["w19-18", "w19-20", "guatemala", "date-mismatch: the president said the commission's mandate would expire on Sept. 3, 2019 and that it would finish its work then; in January 2019 the government ends it with 24 hours' notice, eight months early"],
["w19-30", "w19-32", "poland", "date-mismatch: the deputy prime minister said the May 10 date would not change; the election is set for June 28"],
]

AMBIGUOUS = [
["w19-02", "w19-04"],  # no surrender of a citizen on unlawfully gathered evidence, then the authority signed: carried by w19-01/w19-04
["w19-06", "w19-09"],  # at least 85 on the island, then 77 killed in all: carried by w19-06/w19-07
["w19-08", "w19-10"],  # the response defended, then the police director resigns after the commission's findings
["w19-11", "w19-12"],  # support for the commission, then its head declared persona non grata
["w19-12", "w19-18"],  # the head expelled while the commission goes on, then the commission not renewed
["w19-12", "w19-20"],  # the head expelled while the commission goes on, then the commission ended
["w19-13", "w19-16"],  # cancellations over six weeks, then months more of them: carried by w19-14/w19-16
["w19-23", "w19-25"],  # the justice secretary next in line, then the secretary of state sworn in first and removed by the court
["w19-26", "w19-33"],  # no impacts for Alabama, then a review of the statement that contradicted it
["w19-29", "w19-32"],  # May 10 as the constitution requires, then June 28: carried by w19-30/w19-32
["w19-30", "w19-31"],  # the date would not change, then no vote on May 10: carried by w19-29/w19-31
["w19-35", "w19-39"],  # best efforts and a smaller first quarter, then 30 and 70 million for the half-year
["w19-42", "w19-47"],  # an end to Rio Tinto, then an EU pact clearing the way for its mine: carried by w19-42/w19-46
]

TRAPS = [
["w19-01", "w19-02", "a consistent restatement: the justice ministry and then the prime minister refuse to act on the request because of the intercept evidence"],
["w19-07", "w19-09", "a count that grows: 76 dead after the correction, then 77 in the commission's final account a year later"],
["w19-09", "w19-10", "different officials, no contradiction: the prime minister takes responsibility and stays, and the police director resigns"],
["w19-11", "w19-18", "a stated date kept: an extension asked until September 2019, then no renewal beyond Sept. 3, 2019"],
["w19-18", "w19-19", "a consistent restatement: no renewal after the mandate ends, then the commissioner barred while the commission goes on until then"],
["w19-13", "w19-14", "a consistent restatement: 40 to 50 flights a day for six weeks, then a list of 2,100 flights up to the end of October"],
["w19-14", "w19-15", "a consistent restatement: no shortage of pilots, then no difficulty recruiting them"],
["w19-21", "w19-22", "different scope: no resignation, then no re-election bid but no resignation either"],
["w19-26", "w19-28", "a consistent restatement: no impacts for Alabama, then praise for the forecasters who said so"],
["w19-28", "w19-33", "a consistent restatement: the statement called political, then found to have breached the integrity policy"],
["w19-29", "w19-30", "a consistent restatement: the vote must go ahead on May 10, then the date will not change"],
["w19-31", "w19-32", "an undecided matter, then decided: a new date to be set as soon as possible, then June 28"],
["w19-32", "w19-34", "a stated date kept: the election set for June 28 and held on June 28"],
["w19-35", "w19-38", "different scopes: lower volumes in the first quarter, and a forecast for the second quarter in line with the contract"],
["w19-43", "w19-46", "a consistent restatement: the mine only with the highest standards, then the plan restored with an impact assessment still required"],
["w19-46", "w19-47", "a consistent restatement: the plan restored, then the EU pact and a promise of strict standards"],
["w19-49", "w19-50", "a consistent restatement: the most significant operational failure in decades, then a roof that cannot be defended"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
