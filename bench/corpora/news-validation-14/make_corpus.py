#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-14, then checks them.

Every document retells a real, dated public event in its author's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ACTORS = [
    {"type": "actor", "id": "mexico", "name": "Mexico",
     "aliases": ["Mexican government", "Mexico City", "Attorney General's Office", "PGR",
                 "federal prosecutors", "Interior Ministry", "truth commission", "Mexican authorities"],
     "speakers": [
         {"name": "Enrique Pena Nieto", "role": "President", "from": "2012-12-01", "to": "2018-11-30"},
         {"name": "Jesus Murillo Karam", "role": "Attorney General", "from": "2012-12-04", "to": "2015-02-27"},
         {"name": "Arely Gomez", "role": "Attorney General", "from": "2015-03-03", "to": "2016-10-26"},
         {"name": "Andres Manuel Lopez Obrador", "role": "President", "from": "2018-12-01", "to": "2024-09-30"},
         {"name": "Alejandro Encinas", "role": "Undersecretary for Human Rights, Interior Ministry", "from": "2018-12-01", "to": "2023-06-20"}]},
    {"type": "actor", "id": "colombia", "name": "Colombia",
     "aliases": ["Colombian government", "Bogota", "Santos government", "government negotiators"],
     "speakers": [
         {"name": "Juan Manuel Santos", "role": "President", "from": "2010-08-07", "to": "2018-08-07"},
         {"name": "Humberto de la Calle", "role": "Chief Government Negotiator", "from": "2012-09-04", "to": "2016-11-30"}]},
    {"type": "actor", "id": "brazil", "name": "Brazil",
     "aliases": ["Brazilian government", "Brasilia", "Planalto", "Environment Ministry", "Bolsonaro government"],
     "speakers": [
         {"name": "Jair Bolsonaro", "role": "President", "from": "2019-01-01", "to": "2022-12-31"},
         {"name": "Ricardo Salles", "role": "Environment Minister", "from": "2019-01-01", "to": "2021-06-23"},
         {"name": "Onyx Lorenzoni", "role": "Chief of Staff", "from": "2019-01-01", "to": "2020-02-13"},
         {"name": "Otavio Rego Barros", "role": "Presidential Spokesman", "from": "2019-01-10", "to": "2020-10-09"},
         {"name": "Marcos Pontes", "role": "Minister of Science and Technology", "from": "2019-01-01", "to": "2022-03-31"}]},
    {"type": "actor", "id": "south-africa", "name": "South Africa",
     "aliases": ["South African government", "Pretoria", "presidency", "the Presidency", "National Treasury",
                 "Treasury", "police ministry"],
     "speakers": [
         {"name": "Jacob Zuma", "role": "President", "from": "2009-05-09", "to": "2018-02-14"},
         {"name": "Mac Maharaj", "role": "Presidential Spokesman", "from": "2011-04-01", "to": "2015-04-30"},
         {"name": "Nathi Nhleko", "role": "Minister of Police", "from": "2014-05-26", "to": "2017-03-31"},
         {"name": "Pravin Gordhan", "role": "Minister of Finance", "from": "2015-12-14", "to": "2017-03-31"}]},
    {"type": "actor", "id": "nigeria", "name": "Nigeria",
     "aliases": ["Nigerian government", "Abuja", "presidency", "Aso Rock", "Federal Government"],
     "speakers": [
         {"name": "Muhammadu Buhari", "role": "President", "from": "2015-05-29", "to": "2023-05-29"},
         {"name": "Yemi Osinbajo", "role": "Vice President", "from": "2015-05-29", "to": "2023-05-29"},
         {"name": "Femi Adesina", "role": "Special Adviser to the President on Media and Publicity", "from": "2015-05-31", "to": "2023-05-29"},
         {"name": "Garba Shehu", "role": "Senior Special Assistant to the President on Media", "from": "2015-06-01", "to": "2023-05-29"},
         {"name": "Lai Mohammed", "role": "Minister of Information", "from": "2015-11-11", "to": "2023-05-29"}]},
    {"type": "actor", "id": "satyam", "name": "Satyam Computer Services Ltd.",
     "aliases": ["Satyam", "Satyam Computer Services", "Satyam Computer"],
     "speakers": [
         {"name": "B. Ramalinga Raju", "role": "Chairman", "from": "1987-06-24", "to": "2009-01-08"},
         {"name": "B. Rama Raju", "role": "Managing Director", "from": "1991-01-01", "to": "2009-01-08"},
         {"name": "Ram Mynampati", "role": "Interim Chief Executive Officer", "from": "2009-01-07", "to": "2009-02-05"}]},
    {"type": "actor", "id": "bangladesh", "name": "Bangladesh",
     "aliases": ["Bangladeshi government", "Dhaka", "Bangladesh army", "army", "Home Ministry", "police"],
     "speakers": [
         {"name": "Sheikh Hasina", "role": "Prime Minister", "from": "2009-01-06", "to": "2024-08-05"},
         {"name": "Muhiuddin Khan Alamgir", "role": "Home Minister", "from": "2012-09-16", "to": "2013-11-21"},
         {"name": "Chowdhury Hasan Suhrawardy", "role": "Major General, commander of the rescue operation", "from": "2013-04-24", "to": "2013-05-14"}]},
    {"type": "actor", "id": "benetton", "name": "Benetton Group",
     "aliases": ["Benetton", "Benetton Group S.p.A.", "United Colors of Benetton"],
     "speakers": [
         {"name": "Alessandro Benetton", "role": "Chairman", "from": "2012-04-24", "to": "2014-05-07"},
         {"name": "Biagio Chiarolanza", "role": "Chief Executive Officer", "from": "2012-04-24", "to": "2014-03-01"}]},
    {"type": "actor", "id": "sri-lanka", "name": "Sri Lanka",
     "aliases": ["Sri Lankan government", "Colombo", "Sri Lanka police", "health ministry", "Defence Ministry",
                 "presidential secretariat"],
     "speakers": [
         {"name": "Maithripala Sirisena", "role": "President", "from": "2015-01-09", "to": "2019-11-18"},
         {"name": "Ranil Wickremesinghe", "role": "Prime Minister", "from": "2018-12-16", "to": "2019-11-21"},
         {"name": "Rajitha Senaratne", "role": "Health Minister and Cabinet Spokesman", "from": "2015-01-12", "to": "2019-11-21"},
         {"name": "Ruwan Wijewardene", "role": "State Minister of Defence", "from": "2015-09-09", "to": "2019-11-21"},
         {"name": "Hemasiri Fernando", "role": "Secretary of Defence", "from": "2018-10-30", "to": "2019-04-25"},
         {"name": "Pujith Jayasundara", "role": "Inspector General of Police", "from": "2016-04-11", "to": "2019-04-29"},
         {"name": "Ruwan Gunasekara", "role": "Police Spokesman", "from": "2016-01-01", "to": "2019-12-31"},
         {"name": "Anil Jasinghe", "role": "Director General of Health Services", "from": "2017-02-01", "to": "2020-08-01"}]},
    {"type": "actor", "id": "parmalat", "name": "Parmalat Finanziaria S.p.A.",
     "aliases": ["Parmalat", "Parmalat Finanziaria", "Parmalat group"],
     "speakers": [
         {"name": "Calisto Tanzi", "role": "Chairman and Chief Executive Officer", "from": "1961-01-01", "to": "2003-12-15"},
         {"name": "Enrico Bondi", "role": "Chairman and Chief Executive Officer", "from": "2003-12-15", "to": "2003-12-24"},
         {"name": "Enrico Bondi", "role": "Extraordinary Administrator", "from": "2003-12-24", "to": "2005-10-06"}]},
    {"type": "actor", "id": "barclays", "name": "Barclays PLC",
     "aliases": ["Barclays", "Barclays Bank", "Barclays board"],
     "speakers": [
         {"name": "Bob Diamond", "role": "Chief Executive", "from": "2011-01-01", "to": "2012-07-03"},
         {"name": "Marcus Agius", "role": "Chairman", "from": "2007-01-01", "to": "2012-11-01"},
         {"name": "Jerry del Missier", "role": "Chief Operating Officer", "from": "2012-06-01", "to": "2012-07-03"}]},
    {"type": "actor", "id": "bank-of-england", "name": "Bank of England",
     "aliases": ["BoE", "the Bank", "Threadneedle Street"],
     "speakers": [
         {"name": "Mervyn King", "role": "Governor", "from": "2003-07-01", "to": "2013-06-30"},
         {"name": "Paul Tucker", "role": "Executive Director, Markets", "from": "2002-06-01", "to": "2009-02-28"},
         {"name": "Paul Tucker", "role": "Deputy Governor for Financial Stability", "from": "2009-03-01", "to": "2013-10-31"}]},
]

OUTLETS = {
    "Harrowfield Wire": "harrowfield-wire.example",
    "Quillon News Service": "quillon-news.example",
    "Fenwick Lane Wire": "fenwick-lane.example",
    "Pelling Street Report": "pelling-street.example",
    "Orrin Bay Dispatch": "orrin-bay-dispatch.example",
    "Glasshouse Wire": "glasshouse-wire.example",
    "Marlow Reach Financial": "marlow-reach-financial.example",
}

# (id, source, publishedAt, title, [paragraphs]); written event by event, sorted by publishedAt below.
EVENT_DOCS = [
# ---------------------------------------------------------------- Ayotzinapa, Mexico, 2014-2022 (01)
("w14-01-a", "Harrowfield Wire", "2014-11-08T01:30:00Z", "Mexico says gang members confessed to killing missing students and burning bodies", [
"Mexico's attorney general, Jesus Murillo Karam, said on Friday that three detained members of the Guerreros Unidos drug gang had confessed to killing a large group of people at a rubbish dump near the town of Cocula and burning their bodies, the strongest sign yet that the 43 trainee teachers missing since Sept. 26 are dead.",
"At a news conference in Mexico City, Murillo Karam said the suspects had told investigators that police in Iguala handed the students to the gang, that the victims were killed at the dump and set alight on a pyre that burned for hours, and that the ashes and bone fragments were stuffed into plastic bags and thrown into the San Juan river. The remains were so badly burned that identifying them would be extremely difficult, he said, and they would be sent to a university laboratory in Innsbruck, Austria.",
"Until the laboratory has identified them, the students will formally be considered missing, the attorney general said. Parents of the students rejected the account and vowed to keep searching. As reporters pressed him at the end of the briefing, Murillo Karam cut them off with \"Ya me canse\" -- \"I've had enough\" -- a phrase that spread quickly on social media.",
]),
("w14-01-b", "Quillon News Service", "2015-01-28T02:00:00Z", "Mexico's attorney general calls students' deaths the 'historical truth'", [
"Attorney General Jesus Murillo Karam said on Tuesday that the evidence gathered in four months of investigation left no doubt that the 43 students who disappeared in Iguala in September had been murdered and incinerated at the Cocula rubbish dump, calling the account \"the historical truth\" of what happened.",
"Murillo Karam told reporters that 99 people had been detained in the case and that 39 confessions, together with forensic studies of the dump, supported the version he first laid out in November. The students were taken for members of a rival gang, he said; their killers burned the bodies and threw the remains into a river. One of them, Alexander Mora, was identified in December from a bone fragment analysed in Austria.",
"Lawyers for the families accused the government of trying to close the case before the evidence was in, and pointed to Argentine forensic experts working with the parents who had questioned how the remains were handled. Murillo Karam said inquiries into others involved would go on.",
]),
("w14-01-c", "Harrowfield Wire", "2015-09-07T03:00:00Z", "Independent experts find no evidence students were burned at dump; Mexico orders new study", [
"A panel of independent experts appointed by the Inter-American Commission on Human Rights said on Sunday it had found no evidence that the 43 missing students were burned at the Cocula rubbish dump, challenging the central conclusion of the Mexican government's investigation.",
"In a report of more than 400 pages, the panel said a fire big enough to reduce 43 bodies to ash would have needed tonnes of wood or tyres and some 60 hours of burning, and would have scorched the vegetation around the dump in ways that were not found. Its fire specialist, Jose Torero, said such a blaze had not taken place. The experts also faulted the handling of evidence and asked why soldiers from a base in Iguala had not intervened on the night of the attack.",
"Attorney General Arely Gomez said her office would commission a new expert study of the fire and take the report's findings into account. President Enrique Pena Nieto wrote on Twitter that he had instructed her to do so. Relatives of the students said the report showed the official account could not be trusted.",
]),
("w14-01-d", "Pelling Street Report", "2022-08-20T01:00:00Z", "Mexico calls Ayotzinapa a 'crime of state'; former attorney general arrested", [
"The Mexican government said on Thursday that the disappearance of 43 students from the Ayotzinapa teachers' college in 2014 was a crime of state, in which local, state and federal officials took part, and that the account given by the previous administration had been fabricated to cover it up.",
"Presenting the findings of a truth commission, Alejandro Encinas, the deputy interior minister for human rights, said there was no indication that any of the students were still alive. But the commission found no evidence to support the claim that they had been burned at the Cocula rubbish dump, he said; that version rested on confessions obtained under torture and on a crime scene that investigators had tampered with. Military personnel had known what was happening as the students were attacked and did nothing to stop it, Encinas added.",
"On Friday federal prosecutors arrested Jesus Murillo Karam, the former attorney general who presented the dump account in 2015, on charges of forced disappearance, torture and obstruction of justice. President Andres Manuel Lopez Obrador said no one would be shielded from the law.",
]),
# ---------------------------------------------------------------- Colombia's peace plebiscite, 2016 (02)
("w14-02-a", "Quillon News Service", "2016-08-25T03:00:00Z", "Colombia and FARC reach final peace deal; Santos calls Oct. 2 plebiscite", [
"Colombia's government and the Revolutionary Armed Forces of Colombia (FARC) reached a final agreement on Wednesday to end more than half a century of war, and President Juan Manuel Santos said Colombians would have the last word on it in a plebiscite on Oct. 2.",
"In a televised address, Santos said he would send the full text to Congress on Thursday so that lawmakers could authorise the vote. \"The decision is in your hands,\" he told Colombians, and he promised that the accord would not take effect unless voters approved it. In Havana, where the talks had been held for nearly four years, the government's chief negotiator, Humberto de la Calle, called it the best agreement possible.",
"The accord provides for the guerrillas to hand their weapons to United Nations monitors and to form a political party. Former President Alvaro Uribe, who leads the opposition to the deal, said it would let rebels escape punishment and urged Colombians to vote No.",
]),
("w14-02-b", "Fenwick Lane Wire", "2016-09-28T20:00:00Z", "Santos says there is no plan B if voters reject peace accord", [
"President Juan Manuel Santos said on Wednesday there was no plan B if Colombians voted down the peace agreement signed with the FARC this week, warning that a No on Sunday would not send negotiators back to Havana but would bring back the war.",
"The agreement could not be reopened, Santos said in a radio interview, because it had taken four years to reach and the guerrillas would not accept new terms. His chief negotiator, Humberto de la Calle, has told voters that renegotiation is not an option. Santos signed the deal with the FARC commander, Rodrigo Londono, known as Timochenko, in Cartagena on Monday, using a pen made from a bullet.",
"Polls give the Yes campaign a comfortable lead. Opponents led by Alvaro Uribe say a No vote would force a better deal, and accuse the government of trying to frighten voters.",
]),
("w14-02-c", "Quillon News Service", "2016-10-03T22:00:00Z", "Santos vows to keep seeking peace after voters reject FARC deal", [
"President Juan Manuel Santos said on Monday he was sending his negotiators back to Havana to consult the FARC and would meet the leaders of the No campaign, a day after Colombians narrowly rejected the peace agreement in a plebiscite.",
"The No side won 50.2 percent of the vote against 49.8 percent for Yes, on a turnout of about 37 percent. \"I will not give up,\" Santos said in an address late on Sunday, adding that he would keep seeking peace until the last day of his term. The bilateral ceasefire with the guerrillas remained in force, he said. On Monday the government said it would hold talks with all political forces to find a way to rescue the accord.",
"FARC leader Rodrigo Londono said the guerrillas still wanted peace and would use only words as weapons. Alvaro Uribe said the No camp sought a national pact and changes to the deal, including jail terms for those guilty of serious crimes.",
]),
("w14-02-d", "Fenwick Lane Wire", "2016-11-13T15:00:00Z", "Colombia and FARC announce revised peace accord", [
"Colombia's government and the FARC announced a revised peace agreement in Havana on Saturday, six weeks after voters rejected the first one, and said it took in many of the changes sought by the deal's opponents.",
"In a televised address, President Juan Manuel Santos called it a new and better agreement and said the negotiators had adjusted almost every point raised by the No camp. Among the changes, the rebels must declare their assets for use in compensating victims, the zones where guerrillas convicted of war crimes serve alternative sentences will be defined more tightly, and the accord will no longer be written wholesale into the constitution. Humberto de la Calle, who led the renegotiation, said the new text came from listening to Colombians.",
"The bilateral ceasefire, which Santos extended last month until Dec. 31, remains in place. Alvaro Uribe asked for time to study the text, while some of his allies said it left the core of the old deal untouched.",
]),
("w14-02-e", "Pelling Street Report", "2016-11-30T23:00:00Z", "Colombia's Congress approves revised FARC deal without a new vote", [
"Colombia's House of Representatives approved the revised peace agreement with the FARC by 130 votes to none on Wednesday, a day after the Senate endorsed it 75-0, completing a ratification that the government chose to seek in Congress rather than in a second plebiscite.",
"President Juan Manuel Santos, who signed the new accord with the FARC commander in Bogota last Thursday, had argued that Congress, as the elected representatives of all Colombians, was the right body to endorse it, and that another campaign would put the fragile ceasefire at risk. The government said the 180-day timetable for the guerrillas to gather in transition zones and hand over their weapons would begin on Thursday.",
"Lawmakers of Uribe's Democratic Centre party walked out before both votes, saying the government had ignored the verdict of the Oct. 2 plebiscite.",
]),
# ---------------------------------------------------------------- Brazil and the Amazon, 2019 (03)
("w14-03-a", "Orrin Bay Dispatch", "2019-07-20T00:30:00Z", "Bolsonaro calls deforestation data lies, questions space agency chief", [
"President Jair Bolsonaro said on Friday that official figures showing a sharp rise in deforestation in the Amazon were lies, and suggested that the head of the agency that publishes them might be working for a non-governmental organisation.",
"Speaking to foreign journalists over breakfast in Brasilia, Bolsonaro said that if all the devastation being reported were real, the Amazon would already have disappeared. The data from the National Institute for Space Research, known as INPE, did not reflect reality, he said, and were being used to damage Brazil's image abroad. He said he would call in the institute's director to explain them.",
"Alerts from INPE's satellite monitoring system showed forest clearing in June was 88 percent higher than a year earlier. The director, physicist Ricardo Galvao, called the president's remarks cowardly and said the institute stood by its numbers.",
]),
("w14-03-b", "Orrin Bay Dispatch", "2019-08-03T01:00:00Z", "Head of Brazil's space research institute dismissed after clash over deforestation", [
"The director of Brazil's National Institute for Space Research, Ricardo Galvao, said on Friday he was being removed from his post after his public dispute with President Jair Bolsonaro over satellite data showing that deforestation in the Amazon was accelerating.",
"Galvao said he was told of the decision at a meeting with Science and Technology Minister Marcos Pontes. A day earlier Bolsonaro and Environment Minister Ricardo Salles had held a news conference to question the figures, with Salles arguing that the monthly alerts were being presented in a sensationalist way and were not an accurate measure of forest loss. Bolsonaro said the government ought to see such data before they were made public.",
"Scientists and former environment ministers rallied to the institute, which has tracked the forest by satellite for three decades and whose work is used by governments and researchers abroad.",
]),
("w14-03-c", "Glasshouse Wire", "2019-08-24T02:00:00Z", "Bolsonaro sends armed forces to fight Amazon fires after suggesting NGOs set them", [
"President Jair Bolsonaro authorised the armed forces on Friday to help fight fires raging across the Amazon, two days after suggesting without evidence that non-governmental organisations might be setting them to embarrass his government.",
"In a televised address, Bolsonaro said forest fires happened all over the world and could not be used as a pretext for international sanctions against Brazil, and that his government had zero tolerance for environmental crime. His decree allows troops to be sent to protected areas, indigenous lands and border regions in states that ask for help. On Wednesday he had said that NGOs, whose funding his government cut, could be behind the fires, while conceding that he had no written proof.",
"INPE has recorded about 75,000 fires in Brazil this year, 84 percent more than in the same period of 2018, and more than half of them in the Amazon. French President Emmanuel Macron called the fires an international crisis and put them on the agenda of the G7 summit this weekend.",
]),
("w14-03-d", "Glasshouse Wire", "2019-08-27T02:00:00Z", "Brazil rejects G7 offer of $20 million for Amazon fires", [
"Brazil said on Monday it would turn down $20 million offered by the Group of Seven nations to help fight the Amazon fires, with the president's chief of staff suggesting the money would be better spent on Europe's own forests.",
"\"We appreciate it, but maybe those resources are more relevant to reforest Europe,\" Onyx Lorenzoni told the G1 news website. He also pointed to the fire that gutted Notre Dame cathedral in April, saying Emmanuel Macron could not even prevent a fire in a church. Earlier, President Jair Bolsonaro had accused the French president of treating Brazil like a colony and of exploiting the fires for political gain.",
"G7 leaders meeting in Biarritz, France, agreed the aid on Monday, mostly to pay for firefighting aircraft. The defence ministry said 44,000 troops were available to fight the fires in the region.",
]),
("w14-03-e", "Orrin Bay Dispatch", "2019-08-28T01:00:00Z", "Brazil says it is open to foreign aid for Amazon if it controls the money", [
"Brazil's government said on Tuesday it was willing to accept foreign money to fight fires in the Amazon, including funds from the Group of Seven, provided that Brazilians decided how it was spent.",
"Presidential spokesman Otavio Rego Barros said the government was open to receiving financial support from organisations and countries, on condition that its management remained in Brazilian hands. Earlier in the day President Jair Bolsonaro said he would only discuss the G7 offer if French President Emmanuel Macron withdrew what Bolsonaro called insults against him, among them the suggestion that the forest's status might be open to international debate.",
"Rain has eased some of the fires, and military aircraft have begun dropping water over Rondonia state. Chile's president, Sebastian Pinera, said South American countries would meet to coordinate their response.",
]),
("w14-03-f", "Glasshouse Wire", "2019-11-19T00:30:00Z", "Amazon deforestation hits highest level in over a decade, government says", [
"Deforestation in Brazil's Amazon rose 29.5 percent in the 12 months to July, to 9,762 square kilometres, the highest figure since 2008, according to the government's annual estimate released on Monday.",
"Environment Minister Ricardo Salles, presenting the estimate with INPE officials, acknowledged that deforestation had risen and said illegal logging, mining and land grabbing were driving it. He said the government would meet the governors of the Amazon states to agree on new measures and that more had to be done to curb illegal activity. The figure comes from INPE's PRODES system, which the government uses as its official measure of forest loss.",
"In July, President Jair Bolsonaro had called the institute's monthly alerts lies. Environmental groups said the government had weakened enforcement by cutting the budgets of its environmental agencies.",
]),
# ---------------------------------------------------------------- Nkandla, South Africa, 2014-2016 (04)
("w14-04-a", "Fenwick Lane Wire", "2014-03-20T00:00:00Z", "Public Protector says Zuma benefited unduly from Nkandla upgrades", [
"South Africa's Public Protector, Thuli Madonsela, said on Wednesday that President Jacob Zuma and his family had benefited unduly from a 246 million rand upgrade of his private home at Nkandla, and that he should repay part of the cost of features that had nothing to do with security.",
"Her report named a visitors' centre, an amphitheatre, a cattle kraal with a chicken run, and a swimming pool among items that went beyond what the president's safety required, and said he should pay a reasonable share of their cost, to be set with the help of the National Treasury. She also criticised officials for letting the cost of the project balloon.",
"The presidency said Zuma would study the report and respond to parliament in due course. Spokesman Mac Maharaj said the president had never asked for the upgrades, which government departments decided on security grounds, and that the family had built its own houses with its own money. The opposition Democratic Alliance said it would seek to have Zuma impeached.",
]),
("w14-04-b", "Fenwick Lane Wire", "2015-05-29T00:00:00Z", "Police minister rules Zuma owes nothing for Nkandla, calls pool a 'fire pool'", [
"South Africa's police minister, Nathi Nhleko, said on Thursday that President Jacob Zuma was not liable to pay for any of the work done at his Nkandla homestead, because every feature questioned by the Public Protector served the security of the president.",
"The swimming pool was a fire pool that would supply water to fight fires, Nhleko told a news conference in Pretoria, showing a video of firefighters pumping water out of it. The amphitheatre served as an emergency assembly point, the cattle kraal and chicken run had been rebuilt so that animals would not set off the security sensors, and the visitors' centre was required by security staff, he said.",
"Opposition parties ridiculed the findings. Parliament asked Nhleko last year to decide whether Zuma should pay anything, after the president told lawmakers that the police minister was the right person to make that determination.",
]),
("w14-04-c", "Harrowfield Wire", "2016-02-03T18:00:00Z", "Zuma offers to repay part of Nkandla costs", [
"President Jacob Zuma has offered to repay part of the money spent on his private home at Nkandla, proposing that the auditor-general and the finance minister set the amount, the presidency said on Wednesday.",
"In a letter to the Constitutional Court, which is due to hear a case brought by opposition parties next week, Zuma's lawyers said the president would pay a portion of the cost of the visitors' centre, amphitheatre, cattle kraal, chicken run and swimming pool, the five items named by the Public Protector in 2014. The presidency said the proposal was meant to settle a long-running dispute and spare the court a lengthy hearing.",
"The Economic Freedom Fighters and the Democratic Alliance said they would press on with the case, arguing that the court must rule on whether the Public Protector's findings are binding. Last year the police minister had found that Zuma owed nothing.",
]),
("w14-04-d", "Quillon News Service", "2016-04-02T00:30:00Z", "Zuma apologises after court rules he violated constitution over Nkandla", [
"President Jacob Zuma apologised to South Africans on Friday for what he called the frustration and confusion caused by the Nkandla affair, a day after the Constitutional Court ruled that he had failed to uphold the constitution by ignoring the Public Protector's order to repay part of the cost.",
"In a televised address, Zuma said he respected the judgment and would abide by it. He had never knowingly or deliberately set out to violate the constitution, he said, and had acted in the belief that he was following the law. The court ordered the National Treasury to calculate within 60 days what Zuma must pay for the visitors' centre, amphitheatre, kraal, chicken run and pool, and gave him 45 days to pay once the court approves the sum.",
"Opposition parties called for his removal, and a motion to impeach him is to be debated in parliament next week.",
]),
("w14-04-e", "Pelling Street Report", "2016-06-28T00:00:00Z", "Treasury says Zuma must repay 7.8 million rand for Nkandla", [
"South Africa's National Treasury has determined that President Jacob Zuma should repay 7.8 million rand, about $520,000, for non-security features built at his Nkandla homestead, according to a report filed with the Constitutional Court on Monday.",
"The Treasury's calculation covers the reasonable cost of the visitors' centre, amphitheatre, cattle kraal, chicken run and swimming pool, the five items the court had found were not related to security. The presidency said Zuma had noted the report and would comply once the court approved the amount, after which he will have 45 days to pay.",
"The sum is a small share of the 246 million rand the state spent on the homestead. Critics noted that the pool on the Treasury's list is the one the police minister called a fire pool a year ago.",
]),
# ---------------------------------------------------------------- Buhari's health, Nigeria, 2017 (05)
("w14-05-a", "Harrowfield Wire", "2017-01-20T00:00:00Z", "Buhari goes on leave to Britain, will have routine medical checks", [
"Nigerian President Muhammadu Buhari left for Britain on Thursday on a short holiday during which he will undergo routine medical check-ups, his spokesman said, and he is due back at his desk on Feb. 6.",
"In a statement, Femi Adesina, the president's special adviser on media, said Buhari had written to the Senate to notify it of the leave, which runs from Jan. 23 to Feb. 6, and that Vice President Yemi Osinbajo would coordinate the activities of government in his absence. The statement described the trip as part of the president's annual vacation.",
"Buhari, 74, spent about ten days in London last June being treated for an ear infection. Nigeria is in its first recession in more than two decades, and the naira has lost much of its value since last year.",
]),
("w14-05-b", "Quillon News Service", "2017-02-06T01:00:00Z", "Buhari extends medical leave in London, gives no return date", [
"President Muhammadu Buhari will not return to Nigeria on Monday as planned, after extending his leave in Britain to complete a series of medical tests, his office said on Sunday. No new date was given.",
"Buhari had informed the Senate in a letter that his doctors had advised him to stay to complete and receive the results of tests, presidency spokesman Femi Adesina said. The statement did not say what the tests were for or how long they would take. Vice President Yemi Osinbajo will go on acting in his place, Adesina said.",
"Rumours about the president's health have spread on social media since he left, and opposition politicians have demanded that the presidency say what is wrong with him.",
]),
("w14-05-c", "Fenwick Lane Wire", "2017-02-14T02:00:00Z", "Nigeria says Buhari is well as he speaks with Trump by phone", [
"Nigeria's government on Monday dismissed reports that President Muhammadu Buhari was gravely ill, saying he was in good health and in high spirits as he spoke by telephone with U.S. President Donald Trump from London.",
"Information Minister Lai Mohammed said there was no cause for alarm and that the president was simply resting and waiting for the results of his checks. Rumours that Buhari had died were false and malicious, the minister said. Garba Shehu, a presidential spokesman, said Buhari and Trump discussed the fight against Boko Haram, and that Trump had invited him to Washington.",
"Buhari has been away for more than three weeks. Civic groups and some opposition figures have demanded that the presidency disclose the nature of his illness, which it has not done.",
]),
("w14-05-d", "Harrowfield Wire", "2017-03-10T20:00:00Z", "Buhari returns to Nigeria, says he has never been so sick", [
"President Muhammadu Buhari returned to Nigeria on Friday after seven weeks of medical treatment in Britain, and told officials he had never been so ill in his life.",
"\"I couldn't recall being so sick in the past,\" Buhari said at the presidential villa in Abuja, adding that he had received blood transfusions and would need further tests in the coming weeks. He said he felt much better but would take some time to rest, and that Vice President Yemi Osinbajo would carry on with some of his duties for now. He did not name his illness.",
"Buhari landed at the air force base in Kaduna, where officials and supporters greeted him, before flying on to Abuja. He thanked Nigerians for their prayers. His trip had first been announced as a two-week holiday that would include routine check-ups.",
]),
("w14-05-e", "Pelling Street Report", "2017-05-08T01:00:00Z", "Buhari flies to London again for medical follow-up", [
"President Muhammadu Buhari left for London on Sunday for more treatment, his office said, less than two months after coming home from a seven-week medical stay in Britain.",
"Presidency spokesman Femi Adesina said the trip was a follow-up ordered by the president's doctors and that its length would be decided by them. There was no cause for worry, he said. Buhari transferred his powers to Vice President Yemi Osinbajo, who will serve as acting president while he is away.",
"The president had missed three weekly cabinet meetings in a row before leaving, and had not been seen in public for more than a week, fuelling new speculation about his health. Before leaving on Sunday he received 82 of the Chibok schoolgirls freed by Boko Haram the day before.",
]),
# ---------------------------------------------------------------- Satyam, India, 2008-2009 (06)
("w14-06-a", "Marlow Reach Financial", "2008-10-17T14:00:00Z", "Satyam reports higher quarterly revenue, margins near 24 percent", [
"Satyam Computer Services, India's fourth-largest software services company, said on Friday that its revenue for the quarter to Sept. 30 rose to about 2,700 crore rupees, with an operating margin of about 24 percent, despite the slowdown in the United States, its biggest market.",
"Chairman B. Ramalinga Raju told reporters in Hyderabad that the company had added clients during the quarter and was well placed to ride out the financial crisis among its banking customers. The company reported cash and bank balances of about 5,361 crore rupees at the end of September, one of the largest cash piles in the Indian industry.",
"Analysts said Satyam's margins compared well with those of its larger rivals Infosys and Wipro, though all three face pressure as American banks cut technology spending.",
]),
("w14-06-b", "Marlow Reach Financial", "2008-12-17T04:00:00Z", "Satyam to buy Maytas companies for $1.6 billion", [
"Satyam Computer Services said late on Tuesday that its board had approved buying two construction and property companies controlled by the family of its chairman, B. Ramalinga Raju, for $1.6 billion, in a move to diversify away from a slowing software business.",
"Satyam will pay about $1.3 billion for all of Maytas Properties and about $300 million for a 51 percent stake in Maytas Infra, and will fund the purchases largely from its cash, the company said. Raju told analysts on a conference call that the deal would de-risk the company and add a steady stream of revenue from infrastructure, and that the board, including its independent directors, had approved it unanimously. Raju's sons run both companies.",
"Satyam's shares listed in New York fell 55 percent as investors asked why a software company would buy property businesses owned by its founders' family.",
]),
("w14-06-c", "Orrin Bay Dispatch", "2008-12-17T16:00:00Z", "Satyam drops Maytas deal after investor revolt", [
"Satyam Computer Services called off its planned $1.6 billion purchase of two companies controlled by its founders' family on Wednesday, less than a day after announcing it, bowing to a revolt by investors.",
"The board abandoned the acquisitions in deference to the views of many of the company's investors, Satyam said in a statement, and would concentrate on its core business. Chairman B. Ramalinga Raju had earlier defended the deal, saying Satyam had more than $1 billion in cash and could afford to put part of it to work in a business with steady returns.",
"Satyam's shares fell by about a third in Mumbai. Analysts said the episode had raised serious questions about corporate governance at one of India's best-known technology companies.",
]),
("w14-06-d", "Marlow Reach Financial", "2008-12-30T12:00:00Z", "Satyam loses independent directors, disputes World Bank ban", [
"Four independent directors of Satyam Computer Services have resigned since Christmas, leaving its board depleted after the company's aborted bid for its founders' companies and a dispute with the World Bank.",
"The World Bank said last week it had barred Satyam from its contracts for eight years over improper benefits given to bank staff and a failure to keep documents supporting its invoices. Satyam rejected that, calling the bank's statements inappropriate and demanding that it withdraw them and apologise. The company said its board would meet on Jan. 10 to consider ways to increase shareholder value, including a possible buyback of shares, and that it had hired DSP Merrill Lynch to advise it on its options.",
"Satyam's shares have lost more than half their value this month.",
]),
("w14-06-e", "Orrin Bay Dispatch", "2009-01-07T14:00:00Z", "Satyam chairman admits inflating cash by $1 billion, resigns", [
"B. Ramalinga Raju, chairman of Satyam Computer Services, resigned on Wednesday after admitting that the company's accounts had been falsified for years and that most of the cash on its balance sheet did not exist.",
"In a letter to the board, Raju said that of the 5,361 crore rupees in cash and bank balances reported at the end of September, 5,040 crore rupees, about $1.04 billion, was fictitious. Revenue for the September quarter had been put at 2,700 crore rupees when the true figure was 2,112 crore, and the operating margin was 3 percent rather than the 24 percent reported. What began as a small gap between real and reported profit had grown year after year, he wrote: \"It was like riding a tiger, not knowing how to get off without being eaten.\" The Maytas deal had been a last attempt to replace the fictitious assets with real ones, he said.",
"Satyam's shares fell 78 percent in Mumbai. Raju wrote that no member of the board had known of the manipulation.",
]),
# ---------------------------------------------------------------- Rana Plaza, Bangladesh, 2013 (07)
("w14-07-a", "Glasshouse Wire", "2013-04-25T02:00:00Z", "Garment factory building collapses near Dhaka, killing more than 100", [
"An eight-storey building housing several garment factories collapsed on Wednesday in Savar, on the outskirts of Dhaka, killing more than 100 people and trapping hundreds more, the army and fire officials said.",
"Cracks had appeared in the Rana Plaza building on Tuesday, and a bank on the ground floor had told its staff to stay away, but garment workers were ordered back to their machines on Wednesday morning, survivors said. The building's owner, Mohammed Sohel Rana, a local leader of the ruling Awami League's youth wing, had told reporters on Tuesday that the building was safe. Police said the upper floors had been added without proper permission.",
"Prime Minister Sheikh Hasina told parliament that those responsible would be punished, and declared Thursday a day of national mourning. Soldiers, firefighters and volunteers were cutting through concrete to reach survivors.",
]),
("w14-07-b", "Quillon News Service", "2013-04-26T10:00:00Z", "Benetton denies links to collapsed Bangladesh factories as toll passes 250", [
"Benetton Group said on Thursday that none of the companies in the building that collapsed near Dhaka was one of its suppliers, after labour activists said they had found clothing bearing its labels in the rubble.",
"The Italian clothing group said in a statement that no company involved in the collapse worked for any of its brands. Britain's Primark acknowledged that one of its suppliers had occupied the second floor, and Spain's Mango said it had been in talks with a factory in the building about a trial order.",
"The death toll passed 250 on Thursday, the army said. Home Minister Muhiuddin Khan Alamgir suggested in an interview that activists enforcing an opposition strike may have shaken the building's pillars and gate, a remark that angered workers' groups.",
]),
("w14-07-c", "Glasshouse Wire", "2013-04-30T12:00:00Z", "Benetton acknowledges order at collapsed building; army brings in heavy machinery", [
"Benetton acknowledged on Monday that one of its suppliers had placed an order with a factory in the collapsed Rana Plaza building, days after saying none of its suppliers worked there.",
"The group said a one-time order had been completed and shipped by a manufacturer in the building several weeks before the disaster, and that the subcontractor had since been removed from its list of suppliers. Photographs of Benetton order documents found in the rubble had circulated online over the weekend.",
"In Savar, the army said it had concluded there was little chance of finding anyone else alive and began bringing in cranes and bulldozers to clear the debris, putting the number of dead at more than 380. Sohel Rana, the building's owner, was arrested on Sunday near the border with India.",
]),
("w14-07-d", "Pelling Street Report", "2013-05-11T06:00:00Z", "Woman pulled alive from Bangladesh rubble after 17 days", [
"Soldiers pulled a young seamstress alive from the ruins of the Rana Plaza building on Friday, 17 days after it collapsed, as the death toll from Bangladesh's worst industrial disaster passed 1,000.",
"Rescuers clearing the wreckage heard Reshma Begum tapping with a pipe and calling for help, and cut her free in about 40 minutes, an army officer said. She had survived on dry food and water she found in the rubble, officials said. The army said more than 1,040 bodies had been recovered. She was taken to a military hospital in Savar, where doctors said she was weak but stable.",
"The army said it would keep working with heavy equipment and hoped to finish clearing the site within days. Authorities have closed dozens of garment factories for safety inspections.",
]),
# ---------------------------------------------------------------- Easter bombings, Sri Lanka, 2019 (08)
("w14-08-a", "Harrowfield Wire", "2019-04-22T16:00:00Z", "Sri Lanka says it was warned of attacks; toll rises to 290", [
"Sri Lanka's government said on Monday that it had received warnings of planned attacks on churches weeks before Sunday's suicide bombings, and that the information had not been passed to the prime minister or his ministers. The death toll rose to 290, with about 500 people wounded, police said.",
"Cabinet spokesman Rajitha Senaratne said foreign intelligence services had warned on April 4 that attacks were being planned, and that a police memo of April 11 had named a local Islamist group, National Thowheed Jamath. Prime Minister Ranil Wickremesinghe was not told, he said, and the government would look into why no action was taken. He said the bombers were Sri Lankans but that an international network must have helped them.",
"A nationwide state of emergency takes effect at midnight. Police said 24 people had been arrested.",
]),
("w14-08-b", "Fenwick Lane Wire", "2019-04-24T15:00:00Z", "Sri Lanka toll rises to 359; president says he was kept in the dark", [
"The number of people killed in the Easter Sunday bombings in Sri Lanka rose to 359, police said on Wednesday, as President Maithripala Sirisena said he had not been told of intelligence warnings and vowed to change the heads of the security forces within 24 hours.",
"Police spokesman Ruwan Gunasekara said 60 people had been arrested. State Minister of Defence Ruwan Wijewardene told reporters that nine suicide bombers had taken part, one of them a woman, and that most were well educated and from middle-class families. Sirisena said in a televised address that defence officials had not shared the warnings with him, and that he would take stern action against those responsible.",
"The Islamic State group has claimed responsibility for the attacks on three churches and three luxury hotels.",
]),
("w14-08-c", "Harrowfield Wire", "2019-04-25T15:00:00Z", "Sri Lanka cuts bombing death toll to 253, blames counting error", [
"Sri Lanka's health ministry said on Thursday that about 253 people were killed in the Easter Sunday bombings, about 100 fewer than the figure police gave a day earlier, because many victims' remains were so badly damaged that some had been counted more than once.",
"Anil Jasinghe, the director general of health services, said the higher figure had been an estimate compiled from the morgues, and that a fuller examination of the remains had brought it down. Ruwan Wijewardene, the state minister of defence, said the earlier number had been a miscount by the health ministry.",
"Defence Secretary Hemasiri Fernando resigned on Thursday, saying he was taking responsibility for the failures of some of the institutions he headed. His departure came a day after Sirisena vowed to replace the heads of the security forces.",
]),
("w14-08-d", "Fenwick Lane Wire", "2019-04-26T14:00:00Z", "Sirisena says police chief will resign over missed warnings", [
"President Maithripala Sirisena said on Friday that the inspector general of police, Pujith Jayasundara, had agreed to step down over the failure to act on warnings before the Easter bombings, a day after the defence secretary resigned.",
"Sirisena told reporters in Colombo that the top defence and police officials had not informed him of the intelligence, and that he would nominate a new police chief shortly. Security forces were hunting for about 140 people linked to the Islamic State group, he said.",
"The death toll stands at 253, the figure the health ministry gave on Thursday. Muslim leaders have appealed for calm after reports of threats against their communities, and Catholic churches across the country have cancelled Sunday masses on the advice of the security forces.",
]),
("w14-08-e", "Harrowfield Wire", "2019-04-30T03:00:00Z", "Sri Lanka police chief sent on leave after refusing to quit", [
"Sri Lanka's police chief, Pujith Jayasundara, was sent on compulsory leave on Monday after refusing to resign over the failure to prevent the Easter Sunday bombings, days after President Maithripala Sirisena said the police chief would quit.",
"A presidential official said Jayasundara had not submitted a resignation, and Sirisena appointed a senior deputy inspector general, Chandana Wickramaratne, as acting police chief. Jayasundara has told colleagues that he passed the intelligence on to those responsible for acting on it.",
"A curfew was lifted in most of the country on Monday, and the government banned face coverings in public under the emergency regulations. On Friday night, 15 people, six of them children, died in a house in the east of the island when suspects cornered by troops set off explosives.",
]),
# ---------------------------------------------------------------- Parmalat, 2003-2004 (09)
("w14-09-a", "Marlow Reach Financial", "2003-11-12T18:00:00Z", "Parmalat to exit Cayman fund, says finances are sound", [
"Parmalat Finanziaria said on Wednesday it would sell its stake in Epicurum, a Cayman Islands investment fund, and bring home the nearly 500 million euros it had put into it, seeking to calm investors after its shares fell sharply this week.",
"The Italian dairy group said its finances were sound, pointing to more than 4 billion euros in cash and liquid securities shown in its accounts for the first nine months of the year, and it put its net debt at about 1.8 billion euros. The company said it would use the money from Epicurum to reduce its borrowing.",
"Deloitte & Touche, which audits several Parmalat units, had questioned the valuation of the Epicurum investment, and the market regulator Consob asked the company for more information. Parmalat's finance chief stepped down this week after only a few months in the post.",
]),
("w14-09-b", "Marlow Reach Financial", "2003-12-09T17:00:00Z", "Parmalat misses 150 million euro bond payment, blames fund delay", [
"Parmalat failed to repay a 150 million euro bond that fell due on Monday, saying it had not yet received the money from the sale of its stake in the Epicurum fund, and its shares plunged in Milan.",
"The company said the fund had been slow to pay out, that the delay was temporary, and that it expected to settle the bond within days. Standard & Poor's cut Parmalat's credit rating to junk, citing doubts about its liquidity. Parmalat said it had hired Enrico Bondi, a turnaround specialist, as an adviser.",
"Analysts said they could not understand how a company reporting billions of euros in cash could fail to find 150 million euros. Last month the company said it was pulling its money out of the fund to reassure investors.",
]),
("w14-09-c", "Orrin Bay Dispatch", "2003-12-16T10:00:00Z", "Tanzi resigns as Parmalat chairman; Bondi takes over", [
"Calisto Tanzi, who built Parmalat from a small dairy in Parma into a global food group, resigned as its chairman and chief executive on Monday, and the company named Enrico Bondi to lead a restructuring.",
"Parmalat said Bondi would draw up a plan to restore its finances and review its accounts, and that the company was working with its banks to keep its operations running. Bondi said he would need several days to get a clear picture of the group's financial position.",
"Tanzi, 65, had run the company for four decades; the group employs some 36,000 people in about 30 countries. The Tanzi family controls a little more than half of Parmalat Finanziaria. Prosecutors in Milan have begun examining the group's dealings with offshore funds.",
]),
("w14-09-d", "Marlow Reach Financial", "2003-12-20T01:00:00Z", "Bank of America says Parmalat's 3.95 billion euro account does not exist", [
"Bank of America said on Friday that a document purporting to show that a Parmalat subsidiary held 3.95 billion euros in an account with the bank was not authentic, opening a hole in the Italian group's accounts larger than all of its stated net debt.",
"The bank said it had no such account for Bonlat, Parmalat's Cayman Islands unit. Parmalat said in a statement that it had learned from the bank that the document was false, that the funds shown in Bonlat's accounts might not exist, and that it had informed prosecutors. The money made up most of the cash and securities Parmalat had said it held.",
"Trading in Parmalat shares was suspended. Prosecutors in Milan and Parma have opened investigations.",
]),
("w14-09-e", "Orrin Bay Dispatch", "2004-01-27T12:00:00Z", "Parmalat's debt is 14.3 billion euros, administrator says", [
"Parmalat owes 14.3 billion euros, nearly eight times the net debt it reported in its last accounts, the administrator running the bankrupt dairy group said on Monday.",
"Enrico Bondi said in his first report on the group's finances that debt had been hidden through a web of offshore units and fictitious transactions, and that revenue had been inflated for years. He said he would keep the group's operations running and sell businesses outside its core, and that the final figure could change as the review went on.",
"Parmalat was placed under extraordinary administration on Dec. 24. Calisto Tanzi, who was arrested on Dec. 27, has told prosecutors that he diverted about 500 million euros to companies owned by his family.",
]),
# ---------------------------------------------------------------- Barclays and Libor, 2012 (10)
("w14-10-a", "Marlow Reach Financial", "2012-06-28T18:00:00Z", "Barclays chief says he will not resign over Libor fine", [
"Barclays chief executive Bob Diamond said on Thursday that he would not step down over attempts by the bank's traders to manipulate interest rates, a day after Barclays agreed to pay 290 million pounds to settle claims by British and U.S. regulators.",
"Diamond, who has waived his bonus for this year along with three other senior executives, said he was sorry that some employees had acted inappropriately and that he intended to lead the bank through the fallout. Chairman Marcus Agius said the board gave Diamond its full support. The Financial Services Authority fined the bank 59.5 million pounds, and U.S. authorities imposed penalties totalling $360 million.",
"Prime Minister David Cameron said the bank's executives had questions to answer. The FSA said Barclays traders had sought to influence the bank's Libor and Euribor submissions from 2005 to 2009, and that in 2007 and 2008 it had lowered its Libor submissions to avoid negative perceptions of its health.",
]),
("w14-10-b", "Quillon News Service", "2012-07-02T10:00:00Z", "Barclays chairman Agius resigns over Libor; Diamond to stay", [
"Barclays chairman Marcus Agius resigned on Monday, taking responsibility for the rate-rigging scandal, and the bank said chief executive Bob Diamond would stay on to lead its response.",
"\"The buck stops with me,\" Agius said in a statement, adding that last week's events had dealt a devastating blow to the bank's reputation and that as chairman he was its ultimate guardian. Barclays said it would find a successor and that Diamond retained the board's confidence. Diamond is due to appear before Parliament's Treasury committee on Wednesday.",
"Politicians from all parties have called for a wider inquiry into the culture of British banking, and some investors have said Diamond should go as well. Agius, a former London chairman of the investment bank Lazard, has been chairman of Barclays since 2007.",
]),
("w14-10-c", "Marlow Reach Financial", "2012-07-03T12:00:00Z", "Diamond quits Barclays; Agius to stay as chairman and lead search", [
"Bob Diamond resigned as chief executive of Barclays with immediate effect on Tuesday, a day after the bank said he would remain, and Marcus Agius, who had announced his own departure, will stay on as full-time chairman to find a new chief executive.",
"Diamond said the external pressure on Barclays had reached a level that risked damaging the franchise. Jerry del Missier, the chief operating officer, also resigned. The bank published a note Diamond wrote of an October 2008 call with Paul Tucker, deputy governor of the Bank of England, in which Tucker said senior figures in Whitehall had asked why Barclays' rates were always near the top of the list, and remarked that they did not always need to be as high as they appeared. Barclays said del Missier had concluded from the call that the Bank of England wanted lower submissions and had passed this on to the rate setters.",
"The Bank of England declined to comment ahead of Tucker's appearance before lawmakers.",
]),
("w14-10-d", "Quillon News Service", "2012-07-05T00:00:00Z", "Diamond tells lawmakers he did not see Bank of England call as an instruction", [
"Former Barclays chief executive Bob Diamond told lawmakers on Wednesday that he had not taken his 2008 conversation with the Bank of England's Paul Tucker as an instruction to lower the bank's rate submissions, though a senior colleague had.",
"Diamond told Parliament's Treasury committee that Jerry del Missier had understood the call as an instruction and passed it down to the bank's money market desk, and that he himself had not known until recently that this had happened. Reading the traders' emails had made him physically ill, he said, and the bank had cooperated fully with the regulators.",
"Lawmakers pressed him on why the bank had not acted sooner. Tucker is due to give evidence to the committee on Monday.",
]),
("w14-10-e", "Marlow Reach Financial", "2012-07-10T00:00:00Z", "Bank of England's Tucker denies encouraging Barclays to lower Libor", [
"Paul Tucker, deputy governor of the Bank of England, told lawmakers on Monday that he had never instructed or encouraged Barclays to lower its Libor submissions, and that no government minister or official had asked him to do so.",
"Tucker told the Treasury committee that his 2008 call with Bob Diamond had been about the bank's funding costs in the money markets at the height of the crisis, not about its submissions, and that he had not been aware of lowballing by banks at the time. He said he had been shocked to read Diamond's note and did not recognise the suggestion that he had passed on pressure from Whitehall.",
"Tucker is regarded as a leading candidate to succeed Mervyn King as governor next year.",
]),
]

DOCS = sorted(EVENT_DOCS, key=lambda d: d[2])

STATEMENTS = {
"w14-01-a": [["mexico", "had confessed to killing a large group"], ["mexico", "police in Iguala handed the students"],
             ["mexico", "the victims were killed at the"], ["mexico", "thrown into the San Juan river"],
             ["mexico", "identifying them would be extremely difficult"], ["mexico", "sent to a university laboratory in"],
             ["mexico", "will formally be considered missing"]],
"w14-01-b": [["mexico", "left no doubt that the 43"], ["mexico", "murdered and incinerated at the Cocula"],
             ["mexico", "the historical truth"], ["mexico", "99 people had been detained"],
             ["mexico", "supported the version he first laid"], ["mexico", "were taken for members of a"],
             ["mexico", "was identified in December from"], ["mexico", "inquiries into others involved would go"]],
"w14-01-c": [["mexico", "would commission a new expert study"], ["mexico", "take the report's findings into account"],
             ["mexico", "he had instructed her to do"]],
"w14-01-d": [["mexico", "was a crime of state"], ["mexico", "local, state and federal officials took"],
             ["mexico", "had been fabricated to cover it"], ["mexico", "no indication that any of the"],
             ["mexico", "found no evidence to support the"], ["mexico", "confessions obtained under torture"],
             ["mexico", "had known what was happening"], ["mexico", "arrested Jesus Murillo Karam"],
             ["mexico", "no one would be shielded"]],
"w14-02-a": [["colombia", "reached a final agreement on Wednesday"], ["colombia", "would have the last word on"],
             ["colombia", "send the full text to Congress"], ["colombia", "The decision is in your hands"],
             ["colombia", "would not take effect unless voters"], ["colombia", "the best agreement possible"]],
"w14-02-b": [["colombia", "there was no plan B"], ["colombia", "would not send negotiators back to"],
             ["colombia", "would bring back the war"], ["colombia", "The agreement could not be reopened"],
             ["colombia", "renegotiation is not an option"], ["colombia", "signed the deal with the FARC"]],
"w14-02-c": [["colombia", "sending his negotiators back to Havana"], ["colombia", "would meet the leaders of the"],
             ["colombia", "I will not give up"], ["colombia", "keep seeking peace until the last"],
             ["colombia", "ceasefire with the guerrillas remained in"], ["colombia", "hold talks with all political forces"]],
"w14-02-d": [["colombia", "announced a revised peace agreement in"], ["colombia", "a new and better agreement"],
             ["colombia", "adjusted almost every point raised by"], ["colombia", "must declare their assets for use"],
             ["colombia", "no longer be written wholesale into"], ["colombia", "came from listening to Colombians"],
             ["colombia", "extended last month until Dec. 31"]],
"w14-02-e": [["colombia", "chose to seek in Congress rather"], ["colombia", "was the right body to endorse"],
             ["colombia", "put the fragile ceasefire at risk"], ["colombia", "the 180-day timetable for the guerrillas"],
             ["colombia", "signed the new accord with the"]],
"w14-03-a": [["brazil", "in the Amazon were lies"], ["brazil", "might be working for a non-governmental"],
             ["brazil", "the Amazon would already have disappeared"], ["brazil", "did not reflect reality"],
             ["brazil", "damage Brazil's image abroad"], ["brazil", "call in the institute's director"]],
"w14-03-b": [["brazil", "presented in a sensationalist way"], ["brazil", "not an accurate measure of forest"],
             ["brazil", "ought to see such data before"]],
"w14-03-c": [["brazil", "authorised the armed forces on Friday"], ["brazil", "could not be used as a pretext"],
             ["brazil", "zero tolerance for environmental crime"], ["brazil", "could be behind the fires"],
             ["brazil", "he had no written proof"], ["brazil", "allows troops to be sent to"]],
"w14-03-d": [["brazil", "would turn down $20 million offered"], ["brazil", "maybe those resources are more relevant"],
             ["brazil", "could not even prevent a fire"], ["brazil", "treating Brazil like a colony"],
             ["brazil", "44,000 troops were available"]],
"w14-03-e": [["brazil", "willing to accept foreign money"], ["brazil", "open to receiving financial support from"],
             ["brazil", "remained in Brazilian hands"], ["brazil", "only discuss the G7 offer if"],
             ["brazil", "withdrew what Bolsonaro called insults"]],
"w14-03-f": [["brazil", "rose 29.5 percent in the 12"], ["brazil", "acknowledged that deforestation had risen"],
             ["brazil", "illegal logging, mining and land grabbing"], ["brazil", "would meet the governors of the"],
             ["brazil", "more had to be done to"], ["brazil", "uses as its official measure"]],
"w14-04-a": [["south-africa", "would study the report and respond"], ["south-africa", "had never asked for the upgrades"],
             ["south-africa", "government departments decided on security grounds"],
             ["south-africa", "built its own houses with its"]],
"w14-04-b": [["south-africa", "was not liable to pay for"], ["south-africa", "served the security of the president"],
             ["south-africa", "was a fire pool that would"], ["south-africa", "an emergency assembly point"],
             ["south-africa", "would not set off the security"], ["south-africa", "was required by security staff"],
             ["south-africa", "was the right person to make"]],
"w14-04-c": [["south-africa", "offered to repay part of the"], ["south-africa", "the auditor-general and the finance minister"],
             ["south-africa", "would pay a portion of the"], ["south-africa", "settle a long-running dispute"]],
"w14-04-d": [["south-africa", "what he called the frustration"], ["south-africa", "respected the judgment and would abide"],
             ["south-africa", "never knowingly or deliberately set out"], ["south-africa", "in the belief that he was"]],
"w14-04-e": [["south-africa", "should repay 7.8 million rand"], ["south-africa", "non-security features built at his"],
             ["south-africa", "had noted the report and would"], ["south-africa", "comply once the court approved"]],
"w14-05-a": [["nigeria", "will undergo routine medical check-ups"], ["nigeria", "due back at his desk"],
             ["nigeria", "runs from Jan. 23 to Feb."], ["nigeria", "would coordinate the activities of government"],
             ["nigeria", "part of the president's annual vacation"]],
"w14-05-b": [["nigeria", "will not return to Nigeria on"], ["nigeria", "complete and receive the results of"],
             ["nigeria", "did not say what the tests"], ["nigeria", "will go on acting in his"]],
"w14-05-c": [["nigeria", "dismissed reports that President Muhammadu Buhari"], ["nigeria", "was in good health and in"],
             ["nigeria", "there was no cause for alarm"], ["nigeria", "simply resting and waiting for the"],
             ["nigeria", "were false and malicious"], ["nigeria", "discussed the fight against Boko Haram"]],
"w14-05-d": [["nigeria", "had never been so ill"], ["nigeria", "I couldn't recall being so sick"],
             ["nigeria", "had received blood transfusions"], ["nigeria", "would need further tests in the"],
             ["nigeria", "would take some time to rest"], ["nigeria", "thanked Nigerians for their prayers"]],
"w14-05-e": [["nigeria", "a follow-up ordered by the president's"], ["nigeria", "its length would be decided"],
             ["nigeria", "There was no cause for worry"], ["nigeria", "transferred his powers to Vice President"]],
"w14-06-a": [["satyam", "rose to about 2,700 crore rupees"], ["satyam", "an operating margin of about 24"],
             ["satyam", "had added clients during the quarter"], ["satyam", "well placed to ride out the"],
             ["satyam", "reported cash and bank balances of"]],
"w14-06-b": [["satyam", "had approved buying two construction and"], ["satyam", "will pay about $1.3 billion"],
             ["satyam", "fund the purchases largely from its"], ["satyam", "would de-risk the company"],
             ["satyam", "had approved it unanimously"]],
"w14-06-c": [["satyam", "called off its planned $1.6 billion"], ["satyam", "in deference to the views of"],
             ["satyam", "would concentrate on its core business"], ["satyam", "had more than $1 billion in"],
             ["satyam", "could afford to put part of"]],
"w14-06-d": [["satyam", "calling the bank's statements inappropriate"], ["satyam", "demanding that it withdraw them"],
             ["satyam", "would meet on Jan. 10"], ["satyam", "a possible buyback of shares"],
             ["satyam", "had hired DSP Merrill Lynch"]],
"w14-06-e": [["satyam", "had been falsified for years"], ["satyam", "5,040 crore rupees, about $1.04 billion"],
             ["satyam", "the true figure was 2,112 crore"], ["satyam", "3 percent rather than the 24"],
             ["satyam", "like riding a tiger"], ["satyam", "a last attempt to replace the"],
             ["satyam", "no member of the board had"]],
"w14-07-a": [["bangladesh", "killing more than 100 people"], ["bangladesh", "upper floors had been added without"],
             ["bangladesh", "those responsible would be punished"], ["bangladesh", "a day of national mourning"]],
"w14-07-b": [["benetton", "none of the companies in the"], ["benetton", "worked for any of its brands"],
             ["bangladesh", "The death toll passed 250"], ["bangladesh", "may have shaken the building's pillars"]],
"w14-07-c": [["benetton", "one of its suppliers had placed"], ["benetton", "a one-time order had been completed"],
             ["benetton", "had since been removed from its"], ["bangladesh", "little chance of finding anyone else"],
             ["bangladesh", "began bringing in cranes and bulldozers"], ["bangladesh", "the number of dead at more"]],
"w14-07-d": [["bangladesh", "pulled a young seamstress alive"], ["bangladesh", "cut her free in about 40"],
             ["bangladesh", "more than 1,040 bodies had been"], ["bangladesh", "hoped to finish clearing the site"],
             ["bangladesh", "closed dozens of garment factories"]],
"w14-08-a": [["sri-lanka", "had received warnings of planned attacks"], ["sri-lanka", "had not been passed to the"],
             ["sri-lanka", "The death toll rose to 290"], ["sri-lanka", "Wickremesinghe was not told"],
             ["sri-lanka", "would look into why no action"], ["sri-lanka", "the bombers were Sri Lankans"],
             ["sri-lanka", "24 people had been arrested"]],
"w14-08-b": [["sri-lanka", "in Sri Lanka rose to 359"], ["sri-lanka", "had not been told of intelligence"],
             ["sri-lanka", "change the heads of the security"], ["sri-lanka", "60 people had been arrested"],
             ["sri-lanka", "nine suicide bombers had taken part"], ["sri-lanka", "had not shared the warnings with"],
             ["sri-lanka", "would take stern action against"]],
"w14-08-c": [["sri-lanka", "about 253 people were killed"], ["sri-lanka", "had been counted more than once"],
             ["sri-lanka", "had been an estimate compiled from"], ["sri-lanka", "a miscount by the health ministry"],
             ["sri-lanka", "taking responsibility for the failures"]],
"w14-08-d": [["sri-lanka", "had agreed to step down"], ["sri-lanka", "had not informed him of the"],
             ["sri-lanka", "would nominate a new police chief"], ["sri-lanka", "hunting for about 140 people"],
             ["sri-lanka", "The death toll stands at 253"]],
"w14-08-e": [["sri-lanka", "was sent on compulsory leave"], ["sri-lanka", "after refusing to resign"],
             ["sri-lanka", "had not submitted a resignation"], ["sri-lanka", "as acting police chief"],
             ["sri-lanka", "passed the intelligence on to those"]],
"w14-09-a": [["parmalat", "would sell its stake in Epicurum"], ["parmalat", "bring home the nearly 500 million"],
             ["parmalat", "its finances were sound"], ["parmalat", "more than 4 billion euros in"],
             ["parmalat", "put its net debt at about"], ["parmalat", "use the money from Epicurum to"]],
"w14-09-b": [["parmalat", "had not yet received the money"], ["parmalat", "had been slow to pay out"],
             ["parmalat", "the delay was temporary"], ["parmalat", "expected to settle the bond within"],
             ["parmalat", "had hired Enrico Bondi"]],
"w14-09-c": [["parmalat", "named Enrico Bondi to lead"], ["parmalat", "draw up a plan to restore"],
             ["parmalat", "working with its banks to keep"], ["parmalat", "need several days to get a"]],
"w14-09-d": [["parmalat", "the document was false"], ["parmalat", "might not exist"],
             ["parmalat", "it had informed prosecutors"]],
"w14-09-e": [["parmalat", "owes 14.3 billion euros"], ["parmalat", "nearly eight times the net debt"],
             ["parmalat", "hidden through a web of offshore"], ["parmalat", "had been inflated for years"],
             ["parmalat", "sell businesses outside its core"], ["parmalat", "the final figure could change"]],
"w14-10-a": [["barclays", "would not step down over"], ["barclays", "agreed to pay 290 million pounds"],
             ["barclays", "has waived his bonus for this"], ["barclays", "sorry that some employees had acted"],
             ["barclays", "intended to lead the bank through"], ["barclays", "gave Diamond its full support"]],
"w14-10-b": [["barclays", "The buck stops with me"], ["barclays", "dealt a devastating blow to the"],
             ["barclays", "would stay on to lead its"], ["barclays", "would find a successor"],
             ["barclays", "retained the board's confidence"]],
"w14-10-c": [["barclays", "resigned as chief executive of Barclays"], ["barclays", "stay on as full-time chairman"],
             ["barclays", "risked damaging the franchise"], ["barclays", "published a note Diamond wrote"],
             ["barclays", "del Missier had concluded from the"], ["barclays", "passed this on to the rate"]],
"w14-10-d": [["barclays", "had not taken his 2008 conversation"], ["barclays", "had understood the call as an"],
             ["barclays", "had not known until recently"], ["barclays", "cooperated fully with the regulators"]],
"w14-10-e": [["bank-of-england", "never instructed or encouraged Barclays"],
             ["bank-of-england", "no government minister or official had"],
             ["bank-of-england", "about the bank's funding costs"], ["bank-of-england", "had not been aware of lowballing"],
             ["bank-of-england", "did not recognise the suggestion"]],
}

OPTIONAL = {
"w14-01-d": [["mexico", "presented the dump account in 2015"]],
"w14-02-b": [["colombia", "has told voters that renegotiation"]],
"w14-03-f": [["brazil", "had called the institute's monthly alerts"]],
"w14-04-c": [["south-africa", "had found that Zuma owed nothing"]],
"w14-04-e": [["south-africa", "called a fire pool a year"]],
"w14-05-d": [["nigeria", "first been announced as a two-week"]],
"w14-06-c": [["satyam", "had earlier defended the deal"]],
"w14-07-c": [["benetton", "days after saying none of its"]],
"w14-08-e": [["sri-lanka", "said the police chief would quit"]],
"w14-10-c": [["bank-of-england", "did not always need to be"], ["bank-of-england", "senior figures in Whitehall had asked"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["w14-02-b", "w14-02-c", "colombia", "stance-reversal: the president said there was no plan B and that a No would not send negotiators back to Havana; five days later, after the No wins, he sends them back to Havana and opens talks with the No camp"],
["w14-02-b", "w14-02-d", "colombia", "stance-reversal: the agreement could not be reopened and renegotiation was not an option; six weeks later the government announces a revised agreement that adjusts almost every point raised by opponents"],
["w14-03-d", "w14-03-e", "brazil", "stance-reversal: the chief of staff said Brazil would turn down the G7's $20 million and suggested it reforest Europe; the next day the government says it is willing to accept foreign money, the G7's included, if Brazil manages it"],
["w14-04-b", "w14-04-c", "south-africa", "stance-reversal: the police minister ruled that the president was not liable to pay for any of the work at Nkandla; nine months later the president offers to repay part of the cost of five of its features"],
# commitments reversed in other words
["w14-02-a", "w14-02-e", "colombia", "commitment-reversed: the president said Colombians would have the last word in a plebiscite and that the accord would not take effect unless voters approved it; after voters reject it, a revised accord is ratified by Congress without a new vote"],
["w14-06-b", "w14-06-c", "satyam", "commitment-reversed: the board approved buying the two Maytas companies for $1.6 billion, unanimously; less than a day later the company calls the purchase off"],
["w14-10-b", "w14-10-c", "barclays", "commitment-reversed: the chairman resigned and the bank said its chief executive would stay on to lead the response; the next day the chief executive resigns and the chairman stays on as full-time chairman"],
# denials then action or admission
["w14-03-a", "w14-03-f", "brazil", "denial-then-action: the president called the official figures showing a sharp rise in Amazon deforestation lies that did not reflect reality; four months later his environment minister presents the government's estimate of a 29.5 percent rise and acknowledges it"],
["w14-10-a", "w14-10-c", "barclays", "denial-then-action: the chief executive said he would not step down over the rate-rigging and intended to lead the bank through it; five days later he resigns with immediate effect"],
# reports denied, then borne out
["w14-05-c", "w14-05-d", "nigeria", "report-denied: the government dismissed reports that the president was gravely ill, saying he was in good health and there was no cause for alarm; on his return he says he has never been so sick and needed blood transfusions"],
["w14-07-b", "w14-07-c", "benetton", "report-denied: after activists said they found its labels in the rubble, the group said none of the companies in the building was one of its suppliers; four days later it acknowledges that one of its suppliers placed an order there"],
# claims negated
["w14-01-a", "w14-01-d", "mexico", "claim-negated: the attorney general said the students were killed and burned at the Cocula dump and their remains thrown into the river; the government's truth commission finds no evidence that they were burned at the dump and calls that account fabricated"],
["w14-01-b", "w14-01-d", "mexico", "claim-negated: the attorney general said the evidence left no doubt that the students were incinerated at the Cocula dump, the 'historical truth'; the later government finds no evidence for the dump and says the account was built on torture and a tampered crime scene"],
["w14-02-a", "w14-02-d", "colombia", "claim-negated: the chief negotiator called the accord the best agreement possible; after the No vote the president presents a revised accord as a new and better agreement"],
["w14-04-b", "w14-04-e", "south-africa", "claim-negated: the police minister said every questioned feature served the president's security, the pool being a fire pool, and that he owed nothing; the Treasury finds he must repay 7.8 million rand for five non-security features, the pool among them"],
["w14-05-a", "w14-05-d", "nigeria", "claim-negated: the trip was a holiday during which the president would undergo routine medical check-ups; on his return after seven weeks he says he has never been so ill and had blood transfusions"],
["w14-06-c", "w14-06-e", "satyam", "claim-negated: the chairman defended the deal saying Satyam had more than $1 billion in cash to put to work; three weeks later he admits that 5,040 crore rupees, about $1.04 billion, of its cash and bank balances was fictitious"],
["w14-07-c", "w14-07-d", "bangladesh", "claim-negated: the army said there was little chance of finding anyone else alive and switched to cranes and bulldozers; eleven days later soldiers pull a woman alive from the rubble"],
["w14-08-d", "w14-08-e", "sri-lanka", "claim-negated: the president said the police chief had agreed to step down; four days later the police chief has refused to resign, has submitted no resignation, and is sent on compulsory leave"],
["w14-09-a", "w14-09-b", "parmalat", "claim-negated: the company said its finances were sound, with more than 4 billion euros in cash and liquid securities; four weeks later it fails to repay a 150 million euro bond"],
["w14-09-a", "w14-09-d", "parmalat", "claim-negated: the company pointed to more than 4 billion euros in cash and liquid securities; it now says the 3.95 billion euros shown in its Cayman unit's account might not exist and the document was false"],
# number mismatches
["w14-06-a", "w14-06-e", "satyam", "number-mismatch: the company reported quarterly revenue of about 2,700 crore rupees with a margin of about 24 percent; the chairman admits the true figures were 2,112 crore and 3 percent"],
["w14-08-b", "w14-08-c", "sri-lanka", "number-mismatch: police said the toll of the bombings had risen to 359; the next day the health ministry puts it at about 253"],
["w14-09-a", "w14-09-e", "parmalat", "number-mismatch: the company put its net debt at about 1.8 billion euros; its administrator now says it owes 14.3 billion euros, nearly eight times the reported figure"],
# dates moved
["w14-05-a", "w14-05-b", "nigeria", "date-mismatch: the president's leave ran from Jan. 23 to Feb. 6 and he was due back at his desk on Feb. 6; on the eve of that date his office says he will not return as planned and gives no new date"],
]

AMBIGUOUS = [
["w14-01-a", "w14-01-c"],  # confessions of a fire at the dump, then the government orders a new expert study of the fire: a reopening, not a reversal
["w14-01-b", "w14-01-c"],  # "no doubt" and the historical truth, then a new expert study of the fire ordered: the same
["w14-02-b", "w14-02-e"],  # no renegotiation, then a renegotiated accord ratified: carried by w14-02-b/w14-02-d
["w14-02-a", "w14-02-c"],  # the last word to voters, then talks to rescue a rejected accord: carried by w14-02-a/w14-02-e
["w14-03-b", "w14-03-f"],  # monthly alerts called sensationalist, then the annual estimate acknowledged: carried by w14-03-a/w14-03-f
["w14-04-b", "w14-04-d"],  # nothing owed, then the president will abide by an order to repay: carried by w14-04-b/w14-04-c
["w14-05-b", "w14-05-d"],  # an extension to complete tests, then a serious illness: carried by w14-05-a/w14-05-d
["w14-05-a", "w14-05-e"],  # a two-week holiday with routine checks, then a second stay abroad for treatment
["w14-06-b", "w14-06-e"],  # a deal to de-risk the company, then a last attempt to replace fictitious assets
["w14-06-d", "w14-06-e"],  # a possible share buyback, then cash that did not exist
["w14-08-a", "w14-08-c"],  # 290 dead, then about 253: carried by w14-08-b/w14-08-c
["w14-09-b", "w14-09-d"],  # a temporary delay in the fund's payment, then a false bank document: carried by w14-09-a/w14-09-d
["w14-09-b", "w14-09-e"],  # the same, then 14.3 billion euros of debt
["w14-10-a", "w14-10-b"],  # the board's full support for the chief executive, then the chairman resigns while the chief executive stays
["w14-10-c", "w14-10-e"],  # the bank's note of a call in which the deputy governor suggested lower rates, then the deputy governor's denial that he encouraged lower submissions
["w14-10-d", "w14-10-e"],  # a colleague took the call as an instruction, then no instruction or encouragement was given
]

TRAPS = [
["w14-01-a", "w14-01-b", "a consistent restatement with an update: the confessions of a fire at the dump and remains thrown into the river, then the same account called the historical truth, with one student identified in the meantime"],
["w14-02-c", "w14-02-d", "an update over time: the ceasefire remains in force after the vote, and is later extended to Dec. 31; negotiators sent back to Havana, and a revised accord announced there"],
["w14-03-a", "w14-03-b", "a consistent restatement by two speakers: the data do not reflect reality, then the alerts are presented in a sensationalist way and are not an accurate measure"],
["w14-04-a", "w14-04-b", "a consistent restatement: the upgrades were decided on security grounds and not requested, then every feature served the president's security"],
["w14-04-c", "w14-04-e", "an undecided matter, then decided: a portion of the cost to be set by others, then 7.8 million rand"],
["w14-05-d", "w14-05-e", "a hedge that holds: further tests in the coming weeks, then a follow-up trip ordered by the doctors"],
["w14-07-a", "w14-07-d", "counts that grow: more than 100 dead on the first day, more than 1,040 bodies recovered 17 days later"],
["w14-08-a", "w14-08-b", "counts that grow: 290 dead and 24 arrested on Monday, 359 dead and 60 arrested on Wednesday"],
["w14-08-c", "w14-08-d", "a revised figure repeated: about 253 dead, then the toll stands at 253"],
["w14-09-d", "w14-09-e", "different things counted: a single 3.95 billion euro account that may not exist, then 14.3 billion euros of total debt"],
["w14-10-c", "w14-10-d", "two people's readings of one call, reported as such: the chief operating officer took it as an instruction, the chief executive did not"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
