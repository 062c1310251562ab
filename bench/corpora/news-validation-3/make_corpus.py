#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-3, then checks them.

Every document retells a real, dated public event in the team's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ACTORS = [
    {"type": "actor", "id": "bp", "name": "BP",
     "aliases": ["BP plc", "BP officials", "British Petroleum"],
     "speakers": [
         {"name": "Tony Hayward", "role": "Chief Executive", "from": "2007-05-01", "to": "2010-09-30"},
         {"name": "Doug Suttles", "role": "Chief Operating Officer, Exploration and Production"},
         {"name": "Bob Dudley", "role": "Chief Executive", "from": "2010-10-01", "to": "2020-02-04"},
         {"name": "Carl-Henric Svanberg", "role": "Chairman", "from": "2010-01-01", "to": "2018-12-31"}]},
    {"type": "actor", "id": "united-states", "name": "United States",
     "aliases": ["US", "U.S.", "Washington", "White House", "US Treasury", "U.S. Treasury", "Treasury",
                 "U.S. Coast Guard", "Coast Guard", "Environmental Protection Agency", "EPA",
                 "Justice Department", "Nuclear Regulatory Commission", "Consumer Product Safety Commission",
                 "FDIC", "Obama administration", "Trump administration", "Biden administration",
                 "U.S. officials", "US officials", "U.S. authorities"],
     "speakers": [
         {"name": "Barack Obama", "role": "President", "from": "2009-01-20", "to": "2017-01-20"},
         {"name": "Mary Landry", "role": "Rear Admiral, Federal On-Scene Coordinator, U.S. Coast Guard"},
         {"name": "Thad Allen", "role": "National Incident Commander", "from": "2010-05-01", "to": "2010-10-01"},
         {"name": "Marcia McNutt", "role": "Director, U.S. Geological Survey", "from": "2009-11-02", "to": "2013-02-15"},
         {"name": "Gregory Jaczko", "role": "Chairman, Nuclear Regulatory Commission", "from": "2009-05-13", "to": "2012-07-09"},
         {"name": "Cynthia Giles", "role": "Assistant Administrator for Enforcement, EPA", "from": "2009-07-01", "to": "2017-01-20"},
         {"name": "Loretta Lynch", "role": "Attorney General", "from": "2015-04-27", "to": "2017-01-20"},
         {"name": "Donald Trump", "role": "President", "from": "2017-01-20", "to": "2021-01-20"},
         {"name": "Joe Biden", "role": "President", "from": "2021-01-20", "to": "2025-01-20"},
         {"name": "Janet Yellen", "role": "Treasury Secretary", "from": "2021-01-26", "to": "2025-01-20"}]},
    {"type": "actor", "id": "japan", "name": "Japan",
     "aliases": ["Japanese government", "Japanese authorities", "Nuclear and Industrial Safety Agency", "NISA",
                 "Japan's nuclear safety agency", "Nuclear Safety Commission"],
     "speakers": [
         {"name": "Naoto Kan", "role": "Prime Minister", "from": "2010-06-08", "to": "2011-09-02"},
         {"name": "Yukio Edano", "role": "Chief Cabinet Secretary", "from": "2011-01-14", "to": "2011-09-02"},
         {"name": "Hidehiko Nishiyama", "role": "Deputy Director-General, Nuclear and Industrial Safety Agency"}]},
    {"type": "actor", "id": "tepco", "name": "Tokyo Electric Power Co",
     "aliases": ["TEPCO", "Tokyo Electric", "Tokyo Electric Power", "plant operator"],
     "speakers": [
         {"name": "Masataka Shimizu", "role": "President", "from": "2008-06-26", "to": "2011-06-28"},
         {"name": "Sakae Muto", "role": "Vice President"},
         {"name": "Junichi Matsumoto", "role": "General Manager, Nuclear Power and Plant Siting Division"},
         {"name": "Naomi Hirose", "role": "President", "from": "2012-06-27", "to": "2017-06-23"}]},
    {"type": "actor", "id": "volkswagen", "name": "Volkswagen",
     "aliases": ["VW", "Volkswagen AG", "Volkswagen Group", "Volkswagen Group of America", "Audi", "Wolfsburg"],
     "speakers": [
         {"name": "Martin Winterkorn", "role": "Chief Executive", "from": "2007-01-01", "to": "2015-09-23"},
         {"name": "Matthias Mueller", "role": "Chief Executive", "from": "2015-09-25", "to": "2018-04-12"},
         {"name": "Michael Horn", "role": "President and Chief Executive, Volkswagen Group of America", "from": "2014-01-01", "to": "2016-03-09"},
         {"name": "Hans Dieter Poetsch", "role": "Chairman of the Supervisory Board", "from": "2015-10-07"}]},
    {"type": "actor", "id": "samsung", "name": "Samsung Electronics",
     "aliases": ["Samsung", "Samsung Electronics Co"],
     "speakers": [
         {"name": "Koh Dong-jin", "role": "President, Mobile Communications Business", "from": "2015-12-01", "to": "2020-01-20"},
         {"name": "Lee Jae-yong", "role": "Vice Chairman"}]},
    {"type": "actor", "id": "catalonia", "name": "Catalan government",
     "aliases": ["Generalitat", "Catalan regional government", "Catalonia's regional government",
                 "Catalan authorities", "Catalan parliament", "Catalan health department"],
     "speakers": [
         {"name": "Carles Puigdemont", "role": "President of the Generalitat", "from": "2016-01-10", "to": "2017-10-28"},
         {"name": "Jordi Turull", "role": "Government spokesman", "from": "2017-07-14", "to": "2017-10-28"},
         {"name": "Oriol Junqueras", "role": "Vice President", "from": "2016-01-14", "to": "2017-10-28"},
         {"name": "Carme Forcadell", "role": "President of the Parliament of Catalonia", "from": "2015-10-26", "to": "2018-01-17"}]},
    {"type": "actor", "id": "spain", "name": "Spain",
     "aliases": ["Spanish government", "Madrid", "Spain's government", "Spanish central government",
                 "Spain's interior ministry", "Spanish interior ministry"],
     "speakers": [
         {"name": "Mariano Rajoy", "role": "Prime Minister", "from": "2011-12-21", "to": "2018-06-01"},
         {"name": "Soraya Saenz de Santamaria", "role": "Deputy Prime Minister", "from": "2011-12-22", "to": "2018-06-07"},
         {"name": "Inigo Mendez de Vigo", "role": "Government spokesman", "from": "2016-11-04", "to": "2018-06-07"},
         {"name": "Enric Millo", "role": "Central government delegate in Catalonia", "from": "2016-11-26", "to": "2018-06-18"}]},
    {"type": "actor", "id": "mexico", "name": "Mexico",
     "aliases": ["Mexican government", "Mexico City", "Mexican officials", "Mexican delegation"],
     "speakers": [
         {"name": "Andres Manuel Lopez Obrador", "role": "President", "from": "2018-12-01", "to": "2024-09-30"},
         {"name": "Marcelo Ebrard", "role": "Foreign Minister", "from": "2018-12-01", "to": "2023-06-12"}]},
    {"type": "actor", "id": "lebanon", "name": "Lebanon",
     "aliases": ["Lebanese government", "Lebanese authorities", "Lebanese officials", "Lebanon's health ministry",
                 "Supreme Defence Council"],
     "speakers": [
         {"name": "Hassan Diab", "role": "Prime Minister", "from": "2020-01-21", "to": "2021-09-10"},
         {"name": "Michel Aoun", "role": "President", "from": "2016-10-31", "to": "2022-10-30"},
         {"name": "Hamad Hassan", "role": "Health Minister", "from": "2020-01-21", "to": "2021-09-10"}]},
    {"type": "actor", "id": "egypt", "name": "Egypt",
     "aliases": ["Suez Canal Authority", "SCA", "canal authority", "Egyptian government", "Cairo"],
     "speakers": [
         {"name": "Osama Rabie", "role": "Chairman, Suez Canal Authority", "from": "2019-08-21"},
         {"name": "Abdel Fattah al-Sisi", "role": "President", "from": "2014-06-08"}]},
]

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
("k01", "Harbourline Wire", "2010-04-23T23:00:00Z", "Coast Guard says no oil leaking from well after Gulf rig sinks", [
"The U.S. Coast Guard said on Friday that no oil appeared to be leaking from the well beneath the Deepwater Horizon drilling rig, which sank into the Gulf of Mexico on Thursday, two days after an explosion that left 11 workers missing.",
"Rear Admiral Mary Landry, who is leading the federal response, told reporters in New Orleans that remotely operated submarines had examined the wellhead, about 5,000 feet below the surface, and found no sign of crude escaping from it. She said a sheen on the water came from fuel and oil released when the rig burned and went down, and that crews were working to contain it.",
"BP, which leased the rig from Transocean and operates the well, said it was mobilising vessels, aircraft and booms to deal with the sheen. Doug Suttles, BP's chief operating officer for exploration and production, said the company was prepared for whatever the situation required.",
"The Coast Guard suspended its search for the 11 missing workers late on Friday, saying they were unlikely to have survived the blast."]),

("k02", "Northgate Courier", "2010-04-29T03:00:00Z", "U.S. says Gulf leak five times bigger than thought", [
"Oil is pouring from the ruptured well beneath the sunken Deepwater Horizon rig at about 5,000 barrels a day, five times the earlier estimate, the U.S. Coast Guard said late on Wednesday, citing analysis by the National Oceanic and Atmospheric Administration.",
"Rear Admiral Mary Landry said government experts now believed the flow was closer to that figure than to the 1,000 barrels a day officials had given over the weekend, after a third leak was found on the pipe lying on the seabed. She said the new number was a best guess, because it was very hard to measure a flow a mile under water.",
"BP's Doug Suttles said the company could not say exactly how much oil was escaping, but that a range of 1,000 to 5,000 barrels a day was reasonable. He said BP was pursuing every option, including drilling a relief well and lowering a dome over the leaks, and that it would pay for the cleanup.",
"Officials said the slick could reach the Louisiana coast as early as Friday."]),

("k03", "Harbourline Wire", "2010-05-27T22:00:00Z", "Gulf leak far larger than thought as BP presses top kill", [
"Oil has been gushing from BP's well in the Gulf of Mexico at 12,000 to 19,000 barrels a day, more than twice the figure the government had used, making it the worst spill in U.S. history, a team of federal scientists said on Thursday.",
"Marcia McNutt, director of the U.S. Geological Survey, who leads the Flow Rate Technical Group, said the range would be refined as more data came in. For about a month, officials had cited an estimate of 5,000 barrels a day.",
"National Incident Commander Thad Allen said the top kill, in which BP has been pumping heavy drilling mud into the well since Wednesday, had stopped oil and gas from flowing into the sea for now, but cautioned that it was too early to declare success. President Barack Obama told a news conference that the federal government was in charge of the response.",
"BP Chief Executive Tony Hayward said the operation was proceeding according to plan. He had put its chances of success at 60 to 70 percent before it began, and said it would be another day before the company knew whether it had worked."]),

("k04", "Northgate Courier", "2010-05-30T00:30:00Z", "BP says top kill has failed to plug Gulf well", [
"BP said on Saturday that its attempt to smother its leaking Gulf of Mexico well with heavy mud had failed, and that engineers would now cut the damaged riser pipe and try to cap it with a device that would funnel oil to a ship on the surface.",
"\"After three full days of attempting top kill, we have not been able to overcome the flow from the well,\" chief operating officer Doug Suttles told reporters in Louisiana. He said more than 30,000 barrels of mud had been pumped in, along with shredded rubber and other debris meant to clog the blowout preventer, without success. The company said the new cap could be in place in about a week.",
"President Barack Obama said the setback was as enraging as it is heartbreaking, and that his administration would not relent until the leak was contained. Administration officials acknowledged that oil and gas were still escaping from the well.",
"Relief wells, seen as the only permanent fix, are not expected to be finished before August."]),

("k05", "Summit Ledger", "2010-08-02T22:00:00Z", "U.S. scientists say BP well spilled 4.9 million barrels", [
"BP's Macondo well poured about 4.9 million barrels of oil into the Gulf of Mexico before it was capped on July 15, U.S. government scientists said on Monday, making it the largest accidental marine oil spill on record.",
"The estimate, from a team led by Energy Secretary Steven Chu and U.S. Geological Survey director Marcia McNutt, found that about 62,000 barrels a day had flowed at the start of the disaster in April, declining to about 53,000 barrels a day by the time the well was capped, as pressure in the reservoir fell. About 800,000 barrels were captured by containment systems and never reached the sea, officials said.",
"The figure will weigh heavily on the fines BP faces under the Clean Water Act, which are calculated per barrel spilled. BP did not immediately comment on the estimate. The company said it was preparing a static kill, pumping mud into the well from the top, which could begin as early as Tuesday."]),

("k06", "Eastbrook Press Service", "2011-03-12T14:00:00Z", "Blast hits Japanese nuclear plant; government says reactor container intact", [
"An explosion tore through a building at the Fukushima Daiichi nuclear power plant on Saturday, a day after a massive earthquake and tsunami knocked out the cooling systems of its reactors, but the government said the steel container holding the No. 1 reactor had not been damaged.",
"Chief Cabinet Secretary Yukio Edano told a news conference that the blast had been caused by hydrogen that built up in the building as the water level in the reactor fell, and that radiation levels around the plant had dropped after the explosion rather than risen. The government widened the evacuation zone around the plant to 20 km from 10 km.",
"The Nuclear and Industrial Safety Agency provisionally rated the accident at level 4 on the international scale of 0 to 7, meaning an accident with local consequences.",
"Tokyo Electric Power Co, which runs the plant, said it would pump seawater into the reactor to cool it. A company official said TEPCO could not confirm whether any of the fuel had melted, saying only that some fuel rods may have been exposed and damaged."]),

("k07", "Clearwater Dispatch", "2011-03-17T09:00:00Z", "U.S. urges citizens to stay 50 miles from Fukushima plant", [
"The United States has advised its citizens within 50 miles (80 km) of the stricken Fukushima Daiichi plant to leave the area or take shelter, a far wider zone than the 20 km evacuation area set by Japanese authorities, who have told people living 20 to 30 km from the plant to stay indoors.",
"Gregory Jaczko, chairman of the U.S. Nuclear Regulatory Commission, told Congress on Wednesday that there was no water left in the spent fuel pool at the No. 4 reactor and that radiation levels were extremely high, which could make it hard for workers to get close.",
"Tokyo Electric Power Co disputed that account. A company spokesman said on Thursday that TEPCO had seen nothing unusual at the No. 4 pool and believed water remained in it, citing observations from a helicopter. Military helicopters dropped seawater on the No. 3 reactor on Thursday morning.",
"Chief Cabinet Secretary Yukio Edano said the government's evacuation zone was based on expert advice and that it had no plans to widen the zone for now."]),

("k08", "Eastbrook Press Service", "2011-04-12T08:00:00Z", "Japan raises Fukushima crisis to level 7, same as Chernobyl", [
"Japan raised the severity rating of the Fukushima Daiichi crisis on Tuesday to level 7, the highest on the international scale and the same as the 1986 Chernobyl disaster, from level 5, citing the large amount of radioactive material released.",
"The Nuclear and Industrial Safety Agency estimated that the plant had released about 370,000 terabecquerels of radioactive material into the air, roughly a tenth of the amount released at Chernobyl, while the Nuclear Safety Commission put the figure at 630,000 terabecquerels. Hidehiko Nishiyama, a deputy director-general of the agency, said most of the release had come in the first days of the crisis.",
"Junichi Matsumoto, a general manager at Tokyo Electric Power Co, said the leak had not stopped completely and that the company was concerned the total could eventually exceed Chernobyl's.",
"Chief Cabinet Secretary Yukio Edano said there had been no direct health damage from radiation so far, and that the change in rating did not mean the situation had worsened."]),

("k09", "Clearwater Dispatch", "2011-05-16T06:00:00Z", "TEPCO says fuel in Fukushima reactor melted within hours of quake", [
"Most of the fuel in the No. 1 reactor at the Fukushima Daiichi plant melted and fell to the bottom of its pressure vessel within about 16 hours of the March 11 earthquake, Tokyo Electric Power Co said on Sunday, the first time the operator has acknowledged a meltdown at the plant.",
"The company said its analysis showed that the fuel rods had been fully exposed within hours of the quake, after the tsunami cut power to the cooling systems. Junichi Matsumoto, a TEPCO general manager, said the melted fuel appeared to have been cooled by water pumped into the reactor and was not causing a large release now.",
"For two months the company had described the fuel only as damaged. Matsumoto said TEPCO had not had enough data from inside the reactor to make a judgement earlier.",
"Analysts said the finding could complicate the utility's plan, announced in April, to bring the reactors to a stable cold shutdown in six to nine months."]),

("k10", "Fairport News Agency", "2015-09-18T20:00:00Z", "U.S. accuses Volkswagen of cheating on emissions tests", [
"The U.S. Environmental Protection Agency on Friday accused Volkswagen of using software in about 482,000 diesel cars to evade clean-air rules, saying the program switched on full emissions controls only when the cars were being tested.",
"The agency said the software, which it called a defeat device, sensed when a car was on a test stand, and that on the road the cars emitted nitrogen oxides at up to 40 times the permitted level. The models involved include 2009-2015 Jetta, Beetle, Golf and Audi A3 cars and 2014-2015 Passats with 2.0-litre diesel engines. Cynthia Giles, the EPA's enforcement chief, said using such a device was illegal and a threat to public health.",
"Volkswagen could face fines of up to $37,500 per vehicle, or as much as $18 billion. A spokesman for the company's U.S. arm said Volkswagen was cooperating with the investigation and declined further comment."]),

("k11", "Oakhurst Report", "2015-10-08T19:00:00Z", "VW's U.S. chief blames individual engineers for cheating software", [
"The head of Volkswagen's U.S. business told Congress on Thursday that the software used to cheat emissions tests was not a corporate decision, and that it had been installed by a couple of software engineers for reasons he did not know.",
"\"This was something individuals did,\" Michael Horn told a House oversight subcommittee, where lawmakers said they found it hard to believe that senior managers had been unaware. Horn said he had been told in spring 2014 about a possible emissions non-compliance issue, but had learned of the defeat device only in early September.",
"He said a fix for many of the older cars could take years and might require new hardware as well as new software.",
"Volkswagen has said about 11 million diesel vehicles worldwide carry the software. Martin Winterkorn resigned as chief executive last month, saying he was not aware of any wrongdoing on his part."]),

("k12", "Fairport News Agency", "2015-11-03T19:30:00Z", "VW finds CO2 irregularities in 800,000 cars, a day after rejecting new U.S. charge", [
"Volkswagen said on Tuesday that an internal review had found unexplained inconsistencies in the carbon dioxide emissions of about 800,000 vehicles, widening its scandal beyond nitrogen oxides and, for the first time, to petrol cars. It put the economic risk at about 2 billion euros.",
"The disclosure came a day after the U.S. Environmental Protection Agency said it had found a defeat device in 3.0-litre V6 diesel engines fitted to about 10,000 Volkswagen, Audi and Porsche vehicles from the 2014 to 2016 model years, including the Porsche Cayenne.",
"Volkswagen rejected that accusation on Monday. It said no software had been installed in the 3.0-litre V6 diesel units to alter emissions characteristics in a forbidden manner, and that it would cooperate fully with the agency to clear the matter up.",
"Chief Executive Matthias Mueller said the review was painful but that there was no alternative to it."]),

("k13", "Oakhurst Report", "2015-11-23T21:00:00Z", "Audi admits undeclared software in 3.0-litre diesels", [
"Volkswagen's Audi unit said on Monday that its 3.0-litre V6 diesel engines contained three auxiliary emissions control devices that it had failed to disclose to U.S. regulators, and that one of them is considered a defeat device under U.S. law.",
"Audi said after talks with the Environmental Protection Agency and the California Air Resources Board that the software, which it had left out of its applications for approval, affects about 85,000 vehicles sold in the United States since the 2009 model year. It said it would submit a revised application and update the software.",
"Three weeks ago, Volkswagen had insisted that the V6 engines were not fitted with any software that altered emissions in a forbidden way. The EPA has said the engines emitted up to nine times the permitted level of nitrogen oxides."]),

("k14", "Fairport News Agency", "2015-12-10T15:00:00Z", "VW chairman says cheating grew from chain of errors", [
"Volkswagen's emissions cheating was not a one-off mistake but the result of an unbroken chain of errors, Chairman Hans Dieter Poetsch said on Thursday, as the carmaker gave its first detailed account of how the scandal arose.",
"Poetsch told a news conference in Wolfsburg that a mindset in some parts of the company had tolerated breaches of rules, and that engineers had turned to the software in 2005 when they realised they could not meet U.S. emissions standards within the budget and time frame they had been given. Nine managers have been suspended.",
"Chief Executive Matthias Mueller said the company would change how it was run, giving its brands and regions more independence.",
"On Wednesday, Volkswagen said checks had found carbon dioxide irregularities in only about 36,000 vehicles, far fewer than it had flagged last month, and that the financial impact would be limited."]),

("k15", "Oakhurst Report", "2016-01-11T17:00:00Z", "VW chief says carmaker did not lie to U.S. regulators", [
"Volkswagen Chief Executive Matthias Mueller said the carmaker had not lied to U.S. regulators about its diesel emissions, describing the scandal as a technical problem, in a radio interview at the Detroit auto show.",
"\"We didn't lie. We didn't understand the question first,\" Mueller told National Public Radio, adding that Volkswagen had not had the right interpretation of American law. He said the company had been working with the authorities since then to find a solution.",
"Mueller later asked for a second interview, in which he said Volkswagen fully accepted that it had violated the rules and that there was no doubt about it. He said the company had broken the trust of customers and regulators and was doing everything to regain it.",
"Volkswagen has admitted that about 11 million diesel cars worldwide were fitted with software that cheated on emissions tests."]),

("k16", "Ridgeway Bulletin", "2016-06-21T08:00:00Z", "TEPCO chief apologises for 'cover-up' over meltdown wording", [
"Tokyo Electric Power Co President Naomi Hirose apologised on Tuesday after a panel commissioned by the utility found that its president at the time of the 2011 Fukushima disaster had told staff not to use the word meltdown.",
"\"I would say it was a cover-up,\" Hirose told reporters, bowing deeply. The panel of lawyers said Masataka Shimizu had passed a note to a vice president during a news conference on March 14, 2011, telling him to avoid the term, apparently because the prime minister's office wanted it avoided, though it found no proof of a direct order from the office.",
"In February, TEPCO said it had found its own manual, which defined a core meltdown as damage to more than 5 percent of the core, and that under it the company could have declared meltdowns at three reactors within three days of the disaster. For five years it had said it lacked any criteria for making such a judgement."]),

("k17", "Summit Ledger", "2016-09-02T10:00:00Z", "Samsung halts Galaxy Note 7 sales, recalls 2.5 million phones", [
"Samsung Electronics said on Friday it would stop selling its Galaxy Note 7 smartphone and replace all of the roughly 2.5 million devices sold so far in 10 markets, after reports of batteries catching fire while charging.",
"Koh Dong-jin, head of Samsung's mobile business, told a news conference in Seoul that the company had confirmed 35 cases worldwide as of Thursday, and that it had traced the problem to battery cells made by one of its suppliers, which he did not name. He called it a tiny problem in the manufacturing process.",
"Koh said customers would be able to swap their phones for new ones, however long they had owned them, in about two weeks. He said the recall would cost the company dearly, but that customer safety was its highest priority.",
"The Note 7 went on sale on Aug. 19 and had drawn strong early reviews."]),

("k18", "Ridgeway Bulletin", "2016-09-20T07:00:00Z", "Samsung to resume Note 7 sales in South Korea on Sept. 28", [
"Samsung Electronics said it would resume sales of its Galaxy Note 7 in South Korea on Sept. 28, after starting to hand out replacement phones to customers who had bought the recalled model.",
"The company said the replacement phones, which began reaching South Korean customers on Monday, carried batteries that were safe, and that a green battery icon on the screen would let owners tell new devices from the recalled ones. A Samsung spokeswoman said customers could use the new devices with confidence.",
"Samsung has asked owners of the original model to stop using them and return them as soon as possible. The U.S. Consumer Product Safety Commission announced a formal recall of about 1 million Note 7 phones in the United States last week, citing 92 reports of batteries overheating.",
"Analysts said a quick relaunch was important for Samsung ahead of the holiday season."]),

("k19", "Summit Ledger", "2016-09-26T08:00:00Z", "Samsung pushes back Note 7 relaunch in South Korea to Oct. 1", [
"Samsung Electronics said on Monday it would delay the resumption of Galaxy Note 7 sales in South Korea by three days, to Oct. 1, to give it more time to finish exchanging the recalled devices.",
"The company said it needed more time to supply replacement phones to customers who had not yet swapped their old ones, and that new stock would be available at all of its usual retailers when sales restarted.",
"Samsung said last week that two incidents involving Note 7 phones in China had been caused by external heat, not by battery faults, and that phones sold in China used batteries from a different supplier.",
"The company has said the recall will cut into its earnings, but its shares have regained much of the ground they lost after the problem came to light."]),

("k20", "Lantern Financial Wire", "2016-10-07T02:00:00Z", "Samsung forecasts profit rise despite recall; checks plane incident", [
"Samsung Electronics estimated on Friday that its third-quarter operating profit rose 5.6 percent from a year earlier to 7.8 trillion won, as strong earnings from memory chips and displays offset the cost of recalling its Galaxy Note 7.",
"The preliminary figures came two days after a Note 7 that its owner said was a replacement device began smoking on a Southwest Airlines plane in Louisville, Kentucky, forcing the evacuation of the aircraft before take-off.",
"\"Until we are able to retrieve the device, we cannot confirm that this incident involves the new Note 7,\" Samsung said in a statement, adding that it was working with the authorities and the airline to recover the phone. Once we have examined the device, it said, we will confirm the cause.",
"U.S. safety regulators said they were investigating the incident."]),

("k21", "Summit Ledger", "2016-10-12T08:00:00Z", "Samsung slashes profit estimate after scrapping Note 7", [
"Samsung Electronics on Wednesday cut its estimate of third-quarter operating profit by a third, to 5.2 trillion won from the 7.8 trillion won it gave last week, after it scrapped the Galaxy Note 7 for good.",
"The company said on Tuesday that it had stopped production and sales of the phone permanently, after several replacement devices also caught fire. It urged all owners, including those who had already received replacements, to power down the phones and stop using them, and offered refunds or exchanges for other models.",
"Samsung said the revised estimate reflected the lost sales and the cost of the discontinuation. Analysts said the damage to the Galaxy brand could also weigh on sales of the company's other phones.",
"It is the first time Samsung has abandoned a flagship phone."]),

("k22", "Fairport News Agency", "2017-01-11T21:00:00Z", "Volkswagen to plead guilty, pay $4.3 billion in U.S. emissions case", [
"Volkswagen agreed on Wednesday to plead guilty to three criminal felony counts and pay $4.3 billion in criminal and civil penalties to settle U.S. charges over its cheating on diesel emissions tests.",
"The company will plead guilty to conspiring to defraud the United States and to violate the Clean Air Act, to obstruction of justice, and to importing goods by false statement, the Justice Department said. Six current and former Volkswagen executives and employees were indicted. Attorney General Loretta Lynch said the company had obstructed the investigation, including by destroying documents.",
"Volkswagen said it deeply regretted the behaviour that gave rise to the diesel crisis. Chief Executive Matthias Mueller said the agreements would allow the company to look forward.",
"The criminal settlement is separate from civil settlements of more than $15 billion that Volkswagen agreed last year with U.S. car owners, regulators and states."]),

("k23", "Ridgeway Bulletin", "2017-01-23T03:00:00Z", "Samsung blames two separate battery flaws for Note 7 fires", [
"Samsung Electronics said on Monday that the fires in its Galaxy Note 7 smartphones were caused by two different battery defects, one in the batteries of each of its two suppliers, ending a months-long investigation into one of the costliest product failures in the industry.",
"Koh Dong-jin, head of Samsung's mobile business, said batteries in the original phones had a design flaw that bent electrodes in the upper right corner of the cell, while batteries in the replacement phones, from a second supplier, had welding defects that could cause short circuits. He did not name the suppliers.",
"Koh apologised and said Samsung took responsibility for failing to identify and verify the problems before the phones reached customers. He said the company would introduce an eight-point battery safety check for future devices."]),

("k24", "Harbourline Wire", "2017-10-01T22:00:00Z", "Catalans vote amid police raids; Rajoy says there was no referendum", [
"Catalan leader Carles Puigdemont said on Sunday that the region's citizens had won the right to an independent state, after a referendum banned by Spain's courts in which national police fired rubber bullets and used batons to stop people voting.",
"The regional government's health department said 844 people had sought medical treatment after clashes with police at polling stations. Spain's interior ministry said police officers had also been injured.",
"Prime Minister Mariano Rajoy said in a televised address that there had been no referendum on self-determination in Catalonia, and that the rule of law had prevailed. Deputy Prime Minister Soraya Saenz de Santamaria said the police had acted professionally and proportionately.",
"Puigdemont said he would send the results to the regional parliament."]),

("k25", "Northgate Courier", "2017-10-02T12:00:00Z", "Catalan government says 90 percent backed independence", [
"Catalonia's regional government said on Monday that 90 percent of voters in Sunday's referendum had backed independence from Spain, with 2,262,424 of the 5.3 million people eligible taking part, a turnout of 42.3 percent.",
"Government spokesman Jordi Turull said the government would comply with the referendum law, under which the Catalan parliament must declare independence within 48 hours of the final count. He said about 770,000 votes could not be counted because police had seized ballot boxes.",
"The regional health department raised the number of people hurt to 893. Spain's government, which says the vote was illegal and had no validity, said 431 police officers had been injured.",
"Puigdemont called for international mediation and said the European Union could no longer look the other way."]),

("k26", "Harbourline Wire", "2017-10-04T21:30:00Z", "Puigdemont says independence move within days; parliament to meet Monday", [
"Catalan President Carles Puigdemont said his government would act to declare independence from Spain at the end of this week or the beginning of next, in an interview with the BBC published on Wednesday.",
"The governing board of the regional parliament called a plenary session for Monday, Oct. 9, at which Puigdemont is to assess the results of Sunday's referendum. Pro-independence lawmakers have said the session could be used to proclaim a Catalan republic.",
"In a televised address on Wednesday evening, Puigdemont said he was open to mediation and criticised King Felipe, who had accused Catalan leaders on Tuesday of unacceptable disloyalty. The Spanish government said it would not negotiate unless the regional government returned to the law. The Catalan Socialist party has asked Spain's Constitutional Court to block the session."]),

("k27", "Northgate Courier", "2017-10-06T13:00:00Z", "Madrid's envoy apologises for vote injuries; Puigdemont to speak Tuesday", [
"The Spanish government's representative in Catalonia, Enric Millo, apologised on Friday to people injured when police tried to stop Sunday's independence referendum, the first expression of regret from Madrid.",
"Millo told a Catalan television station that when he saw the images of people being hit and pushed, he could only regret it and apologise on behalf of the officers involved. He added that the Catalan government bore responsibility for holding an illegal vote.",
"Puigdemont asked on Friday to appear before the Catalan parliament on Tuesday, Oct. 10, to report on the current political situation, after the Constitutional Court suspended the session that had been called for the start of the week. His office did not say whether he would declare independence."]),

("k28", "Harbourline Wire", "2017-10-10T20:30:00Z", "Puigdemont claims independence mandate, suspends it for talks", [
"Catalan President Carles Puigdemont said on Tuesday that the region had won the right to be an independent republic, but asked the regional parliament to suspend the effects of the declaration for several weeks to allow dialogue with Madrid.",
"Speaking in the parliament in Barcelona, Puigdemont said he assumed the mandate of the people for Catalonia to become an independent state, then proposed that lawmakers put its effects on hold to open talks. Pro-independence lawmakers later signed a declaration outside the chamber, but it was not put to a vote.",
"Spain's Deputy Prime Minister Soraya Saenz de Santamaria said that neither Puigdemont nor anyone else could impose mediation, and that Madrid would not accept a declaration from someone who did not know where he stood. Madrid's envoy in Catalonia said last week he was sorry for the injuries and asked forgiveness of those hurt."]),

("k29", "Clearwater Dispatch", "2017-10-26T09:00:00Z", "Puigdemont to call snap Catalan election, government sources say", [
"Catalan President Carles Puigdemont will call a snap regional election for Dec. 20 rather than declare independence, sources in the regional government said on Thursday, in a move that could head off Madrid's plan to take direct control of the region.",
"Puigdemont was expected to announce the decision at midday, the sources said. Hundreds of pro-independence students gathered outside the government palace in Barcelona, some of them calling him a traitor, and a lawmaker from a party in his coalition hinted at betrayal on social media.",
"Spain's Senate is due to vote on Friday on measures under Article 155 of the constitution that would strip the region of its autonomy. The Spanish government has not said whether an election called by Puigdemont would lead it to drop them."]),

("k30", "Ridgeway Bulletin", "2017-10-26T12:30:00Z", "Puigdemont drops election plan, leaves decision to parliament - source", [
"Catalan President Carles Puigdemont has decided not to call a regional election, and will leave it to the Catalan parliament to decide how to respond to Madrid's plan to take control of the region, a source close to the president said on Thursday.",
"The source said Puigdemont had failed to obtain guarantees from the Spanish government that it would halt the suspension of Catalan autonomy if he called a vote. Puigdemont postponed a statement that had been scheduled for midday, and then put it off again.",
"Earlier on Thursday, reports citing sources in his government had said he would call an election for Dec. 20. The parliament in Barcelona is due to debate the region's response to Madrid in the afternoon."]),

("k31", "Clearwater Dispatch", "2017-10-26T16:00:00Z", "Puigdemont says he will not call election, blames Madrid", [
"Carles Puigdemont said on Thursday that he would not call a regional election, saying he had considered doing so but that the Spanish government had given no guarantees that it would drop its plan to take over the region.",
"In a short statement at the government palace in Barcelona, Puigdemont said he had been ready to call an election if Madrid had offered guarantees, but had received none. It was now up to the parliament to decide, he said.",
"In Madrid, Deputy Prime Minister Soraya Saenz de Santamaria told the Senate that the only way to restore legality in Catalonia was to apply the measures under Article 155.",
"The regional government says 90 percent of the 2.3 million people who voted on Oct. 1 backed independence."]),

("k32", "Eastbrook Press Service", "2019-05-31T04:00:00Z", "Trump threatens tariffs on all Mexican goods over migration", [
"President Donald Trump said on Thursday that the United States would impose a 5 percent tariff on all goods from Mexico from June 10, rising by 5 percentage points a month to 25 percent by Oct. 1, until Mexico stopped the flow of illegal migrants across the southern border.",
"The tariff would stay at 25 percent until Mexico substantially stopped illegal immigration coming through its territory, the White House said in a statement. Trump said the tariffs would be removed once the problem was remedied.",
"Mexican President Andres Manuel Lopez Obrador replied in a letter that he did not want confrontation and that social problems were not solved with taxes or coercive measures. He said Foreign Minister Marcelo Ebrard would travel to Washington on Friday to seek a solution.",
"The peso fell sharply in Asian trading."]),

("k33", "Lantern Financial Wire", "2019-06-06T15:00:00Z", "U.S. weighs delaying Mexico tariffs as talks progress - report", [
"U.S. officials are considering delaying the tariffs on Mexican goods that are due to take effect on Monday, as talks with a Mexican delegation in Washington make progress, Bloomberg reported on Thursday, citing people familiar with the matter.",
"Mexico has offered to deploy 6,000 National Guard troops to its southern border with Guatemala to curb the flow of migrants, according to people familiar with the talks.",
"Foreign Minister Marcelo Ebrard said after a second day of meetings with U.S. officials that there had been progress, and that he remained optimistic that the tariffs could be avoided.",
"The peso strengthened on the report, and U.S. stocks rose. Many Republican senators have opposed the tariffs, which would raise costs for U.S. carmakers and farmers."]),

("k34", "Eastbrook Press Service", "2019-06-06T23:00:00Z", "White House says Mexico tariffs still set for Monday", [
"The White House is moving ahead with plans to impose tariffs on Mexican imports on Monday, a White House official said on Thursday, despite reports that the administration was considering a delay.",
"President Donald Trump, speaking in France where he was marking the anniversary of the D-Day landings, said progress in the talks with Mexico was not nearly enough. He said on Twitter that if no agreement was reached, the tariffs would begin at the 5 percent level on Monday. He has said the rate would rise every month until October if Mexico did not act.",
"Mexican officials said talks would continue on Friday at the State Department. Marcelo Ebrard, Mexico's foreign minister, has said his country is ready to take more steps against illegal migration but will not accept terms it cannot meet."]),

("k35", "Lantern Financial Wire", "2019-06-08T03:30:00Z", "Trump suspends Mexico tariffs after migration deal", [
"President Donald Trump said late on Friday that the tariffs he had threatened on Mexican goods had been suspended indefinitely, after Mexico agreed to take strong measures to stem the flow of migrants through its territory.",
"Under a joint declaration released by the State Department, Mexico will deploy its National Guard throughout the country, giving priority to its southern border, and the United States will expand a programme under which asylum seekers wait in Mexico while their cases are heard. The two countries said they would continue discussions and announce results within 90 days.",
"Foreign Minister Marcelo Ebrard said Mexico had not accepted the U.S. demand that it become a safe third country, which would have required asylum seekers crossing Mexico to seek protection there instead. He called the deal a fair balance."]),

("k36", "Oakhurst Report", "2019-06-08T23:30:00Z", "Mexico deal largely built on earlier pledges, newspaper says", [
"Most of the measures in the migration agreement that led President Donald Trump to call off tariffs on Mexico had been agreed months earlier, The New York Times reported on Saturday, citing officials from both countries.",
"The newspaper said Mexico had promised in March, during talks in Miami between the then U.S. homeland security secretary Kirstjen Nielsen and Mexico's interior minister Olga Sanchez Cordero, to deploy its National Guard to curb migration, and that the programme returning asylum seekers to Mexico had been agreed in December.",
"Officials told the newspaper that the tariff threat had pushed Mexico to move faster on those pledges. The White House did not respond to a request for comment.",
"Trump said on Twitter on Saturday that Mexico had also agreed to begin buying large quantities of U.S. farm products. Mexican officials did not confirm any such commitment."]),

("k37", "Eastbrook Press Service", "2019-06-10T18:00:00Z", "Trump rejects report on Mexico deal; Ebrard denies secret pact", [
"President Donald Trump on Sunday dismissed a New York Times report that Mexico had agreed to most of the steps in the migration deal months ago, calling it false and saying Mexico had agreed to things it had never agreed to before.",
"On Monday, Trump said another very significant part of the deal had not yet been revealed and would need the approval of Mexico's legislature.",
"Mexican Foreign Minister Marcelo Ebrard told a news conference in Mexico City that there was no secret agreement. He said that if the measures had not reduced migration within 45 days, Mexico could consider changes to its asylum rules, including talks on a regional arrangement to share responsibility for asylum seekers with other countries, which might need the Senate's approval.",
"Mexico's National Guard deployment to the southern border is due to begin this week."]),

("k38", "Clearwater Dispatch", "2020-08-05T01:30:00Z", "Huge blast at Beirut port kills at least 78, injures thousands", [
"A huge explosion at Beirut's port on Tuesday killed at least 78 people and injured nearly 4,000, Lebanon's health minister said, as the blast flattened warehouses, blew out windows across the capital and sent a mushroom cloud over the city.",
"President Michel Aoun said it was unacceptable that 2,750 tonnes of ammonium nitrate had been kept in a port warehouse for six years without safety measures. Prime Minister Hassan Diab vowed that those responsible would pay the price.",
"Health Minister Hamad Hassan said the toll was expected to rise as rescuers searched the rubble. The Supreme Defence Council declared Beirut a disaster zone and recommended a two-week state of emergency. The blast was felt as far away as Cyprus, and officials said the material had been seized from a cargo ship years earlier."]),

("k39", "Northgate Courier", "2020-08-07T17:00:00Z", "Lebanon's Aoun rejects international inquiry into Beirut blast", [
"Lebanese President Michel Aoun on Friday rejected calls for an international investigation into the explosion at Beirut's port, saying it would be an attempt to dilute the truth, as the death toll rose to 154.",
"Aoun told reporters the cause had not yet been established, and that the blast could have been caused by negligence or by external interference through a rocket or bomb. He said he had been told of the ammonium nitrate about 20 days ago and had immediately asked military and security chiefs to do what was needed.",
"The health ministry said about 5,000 people were injured. Sixteen port employees have been detained, state media said. French President Emmanuel Macron, who visited Beirut on Thursday, has called for an international inquiry."]),

("k40", "Clearwater Dispatch", "2020-08-08T20:00:00Z", "Lebanese PM proposes early election as protesters storm ministries", [
"Lebanese Prime Minister Hassan Diab said on Saturday he would propose early parliamentary elections, as thousands of protesters angry over the port explosion clashed with police and stormed several ministries in central Beirut.",
"In a televised address, Diab said the country could not get out of its structural crisis without early elections, and that he would put the proposal to the cabinet on Monday. He said he was ready to stay in office for two months to give the political parties time to agree on reforms.",
"Security forces fired tear gas and rubber bullets at the protesters, and hundreds of people were hurt. A police officer died after falling in a building. Diab, who took office in January, has struggled with an economic crisis that has wiped out much of the value of the Lebanese pound."]),

("k41", "Northgate Courier", "2020-08-10T19:00:00Z", "Lebanon's government resigns over Beirut blast", [
"Lebanese Prime Minister Hassan Diab announced the resignation of his government on Monday, saying the explosion that devastated Beirut's port was the result of endemic corruption, as ministers quit one after another and public anger mounted. The information, environment, justice and finance ministers had all stepped down since Sunday.",
"In a televised speech, Diab said the system of corruption in Lebanon was bigger than the state. The government will stay on in a caretaker capacity until a new cabinet is formed.",
"The health ministry said the death toll had risen to more than 160, with about 6,000 injured. Reuters reported that security officials had warned Diab and President Michel Aoun last month, in a report dated July 20, that the chemicals could destroy the capital if they exploded."]),

("k42", "Harbourline Wire", "2021-03-24T12:00:00Z", "Giant container ship runs aground, blocks Suez Canal", [
"A container ship more than 400 metres long ran aground in the Suez Canal on Tuesday and turned sideways, blocking traffic in both directions on one of the world's busiest trade routes, the Suez Canal Authority said.",
"The authority said the Ever Given, a Panama-flagged vessel chartered by Evergreen Marine, lost the ability to steer amid strong winds of up to 40 knots and a dust storm that cut visibility. Tugboats were working to refloat it.",
"The ship's technical manager, Bernhard Schulte Shipmanagement, said all 25 crew members were safe and that there had been no pollution. Initial investigations had ruled out any mechanical or engine failure, it said.",
"About 12 percent of world trade passes through the canal, and Egypt earned about $5.6 billion from canal fees last year."]),

("k43", "Ridgeway Bulletin", "2021-03-27T16:00:00Z", "Suez Canal chief says wind was not main cause of grounding", [
"Strong winds were not the main reason the Ever Given ran aground in the Suez Canal, and human or technical error may have played a role, the head of the Suez Canal Authority said on Saturday.",
"Osama Rabie told reporters in Ismailia that an investigation would establish the cause, and that the authority hoped to refloat the ship without having to remove its cargo, though unloading containers had not been ruled out. He said 321 vessels were waiting to pass through the canal. The authority suspended all traffic through the waterway on Thursday.",
"Dredgers have been digging sand from around the bow, and more tugboats were arriving to help at high tide. Some shipping lines have started to send vessels around the Cape of Good Hope instead."]),

("k44", "Harbourline Wire", "2021-04-13T14:00:00Z", "Egypt seizes Ever Given, seeks $916 million", [
"An Egyptian court has ordered the seizure of the Ever Given container ship until its owner pays about $916 million in compensation for the blockage of the Suez Canal last month, the canal authority said on Tuesday.",
"Osama Rabie, the authority's chairman, said the claim covered the costs of the salvage operation, lost transit fees and damage to the canal's reputation, and that the ship and its crew would not be allowed to leave until the matter was settled. The ship's Japanese owner, Shoei Kisen Kaisha, said it was negotiating with the authority.",
"The ship was refloated on March 29 after six days. By then 422 vessels were waiting to transit, the authority said, and the backlog took several days to clear."]),

("k45", "Ridgeway Bulletin", "2021-05-23T12:00:00Z", "Suez Canal Authority cuts Ever Given claim to $550 million", [
"The Suez Canal Authority has reduced its compensation demand from the owner of the Ever Given to $550 million, its chairman Osama Rabie said, as talks continue over the release of the vessel, which remains anchored in the canal's Great Bitter Lake.",
"Rabie said the authority had lowered its claim during the negotiations, and that $200 million would be paid upfront, with the rest covered by a letter of guarantee. He said the ship would stay until the settlement was reached.",
"The ship's insurers have said the original claim was largely unsupported, and the owner has appealed against the seizure. The vessel has been held since it was freed in late March with around 18,000 containers on board. The authority has also said it will widen and deepen the southern stretch of the canal where the ship became stuck."]),

("k46", "Lantern Financial Wire", "2023-03-12T15:30:00Z", "Yellen rules out bailout after Silicon Valley Bank collapse", [
"U.S. Treasury Secretary Janet Yellen said on Sunday that the government would not bail out Silicon Valley Bank's investors, but that regulators were working to address the concerns of depositors after the bank's collapse on Friday, the biggest U.S. bank failure since 2008.",
"\"We're not going to do that again,\" Yellen told the CBS program Face the Nation, referring to the rescue of investors and owners of large banks during the financial crisis, and adding that reforms since then meant the system was safer. She declined to say whether uninsured depositors, who hold most of the bank's deposits, would be made whole.",
"California regulators closed the bank on Friday after customers tried to withdraw $42 billion in a single day. Yellen said the banking system was safe and resilient."]),

("k47", "Fairport News Agency", "2023-03-12T23:00:00Z", "U.S. guarantees all deposits at failed Silicon Valley Bank", [
"U.S. authorities said on Sunday that all depositors at Silicon Valley Bank would have access to all of their money from Monday, invoking emergency powers to protect uninsured deposits, and that Signature Bank in New York had also been closed.",
"The Treasury, the Federal Reserve and the FDIC said in a joint statement that no losses from the resolution of the two banks would be borne by taxpayers, and that shareholders and some unsecured debt holders would not be protected. Senior management had been removed, they said. The Fed also set up a lending facility to help banks meet withdrawals.",
"President Joe Biden said Americans and businesses could be confident that their bank deposits would be there when they needed them."]),

("k48", "Lantern Financial Wire", "2023-03-21T16:00:00Z", "Yellen says deposit protection could be extended; Treasury studies guarantees - report", [
"Treasury Secretary Janet Yellen said on Tuesday that the government was prepared to take further steps if needed, and that similar actions could be warranted if smaller banks suffered deposit runs that posed a risk of contagion.",
"Speaking to the American Bankers Association in Washington, Yellen said the measures taken after the failures of Silicon Valley Bank and Signature Bank had been necessary to protect the wider banking system.",
"Treasury staff are studying whether federal regulators have enough emergency authority to temporarily insure all deposits beyond the current $250,000 limit without the approval of Congress, Bloomberg reported on Tuesday, citing people familiar with the matter. The report said officials did not yet see a need for such a step.",
"Regional bank shares rose after her remarks."]),

("k49", "Fairport News Agency", "2023-03-22T17:00:00Z", "Yellen says not considering blanket deposit insurance", [
"Treasury Secretary Janet Yellen said on Wednesday that she had not considered or discussed any blanket insurance or guarantee of all bank deposits, pushing back against speculation that the government would extend protection to every account.",
"Testifying before a Senate appropriations subcommittee, Yellen said that protecting uninsured deposits at a failed bank required a determination of systemic risk, made case by case, and that the government was prepared to use the same tools again if needed. She said the situation had stabilised and the banking system remained sound.",
"Shares of regional banks fell as she spoke, reversing gains made earlier in the week. Lawmakers from both parties have proposed raising the $250,000 limit on insured deposits, a change that would require Congress to act."]),
]

STATEMENTS = {
"k01": [["united-states", "no oil appeared to be leaking"], ["united-states", "found no sign of crude escaping"],
        ["united-states", "came from fuel and oil released"], ["bp", "mobilising vessels, aircraft and booms"],
        ["bp", "prepared for whatever the situation required"], ["united-states", "unlikely to have survived the blast"]],
"k02": [["united-states", "at about 5,000 barrels a day"], ["united-states", "closer to that figure than to"],
        ["united-states", "the new number was a best guess"], ["bp", "could not say exactly how much"],
        ["bp", "a range of 1,000 to 5,000"], ["bp", "it would pay for the cleanup"],
        ["united-states", "could reach the Louisiana coast"]],
"k03": [["united-states", "at 12,000 to 19,000 barrels a"], ["united-states", "the worst spill in U.S. history"],
        ["united-states", "would be refined as more data"], ["united-states", "had stopped oil and gas from"],
        ["united-states", "too early to declare success"], ["united-states", "federal government was in charge"],
        ["bp", "proceeding according to plan"], ["bp", "chances of success at 60 to"]],
"k04": [["bp", "attempt to smother its leaking Gulf"], ["bp", "have not been able to overcome"],
        ["bp", "more than 30,000 barrels of mud"], ["bp", "could be in place in about"],
        ["united-states", "as enraging as it is heartbreaking"], ["united-states", "would not relent until the leak"],
        ["united-states", "oil and gas were still escaping"]],
"k05": [["united-states", "about 4.9 million barrels of oil"], ["united-states", "about 62,000 barrels a day had"],
        ["united-states", "declining to about 53,000 barrels a"], ["united-states", "About 800,000 barrels were captured"],
        ["bp", "preparing a static kill, pumping mud"], ["bp", "could begin as early as Tuesday"]],
"k06": [["japan", "container holding the No. 1 reactor"], ["japan", "caused by hydrogen that built up"],
        ["japan", "radiation levels around the plant had"], ["japan", "widened the evacuation zone around the"],
        ["japan", "provisionally rated the accident at level"], ["tepco", "pump seawater into the reactor"],
        ["tepco", "could not confirm whether any of"], ["tepco", "may have been exposed and damaged"]],
"k07": [["united-states", "leave the area or take shelter"], ["united-states", "no water left in the spent"],
        ["united-states", "radiation levels were extremely high"], ["tepco", "seen nothing unusual at the No."],
        ["tepco", "believed water remained in it"], ["japan", "based on expert advice"],
        ["japan", "no plans to widen the zone"]],
"k08": [["japan", "raised the severity rating of the"], ["japan", "about 370,000 terabecquerels of radioactive material"],
        ["japan", "put the figure at 630,000 terabecquerels"], ["japan", "most of the release had come"],
        ["tepco", "leak had not stopped completely"], ["tepco", "could eventually exceed Chernobyl's"],
        ["japan", "no direct health damage from radiation"]],
"k09": [["tepco", "melted and fell to the bottom"], ["tepco", "within about 16 hours of the"],
        ["tepco", "fully exposed within hours of the"], ["tepco", "appeared to have been cooled by"],
        ["tepco", "not causing a large release now"], ["tepco", "not had enough data from inside"]],
"k10": [["united-states", "accused Volkswagen of using software in"], ["united-states", "switched on full emissions controls only"],
        ["united-states", "up to 40 times the permitted"], ["united-states", "illegal and a threat to public"],
        ["volkswagen", "cooperating with the investigation and declined"]],
"k11": [["volkswagen", "installed by a couple of software"], ["volkswagen", "This was something individuals did"],
        ["volkswagen", "possible emissions non-compliance issue"], ["volkswagen", "learned of the defeat device only"],
        ["volkswagen", "could take years and might require"], ["volkswagen", "about 11 million diesel vehicles worldwide"]],
"k12": [["volkswagen", "found unexplained inconsistencies in the carbon"], ["volkswagen", "emissions of about 800,000 vehicles"],
        ["volkswagen", "put the economic risk at about"], ["united-states", "found a defeat device in 3.0-litre"],
        ["volkswagen", "no software had been installed in"], ["volkswagen", "cooperate fully with the agency"],
        ["volkswagen", "painful but that there was no"]],
"k13": [["volkswagen", "failed to disclose to U.S. regulators"], ["volkswagen", "considered a defeat device under U.S."],
        ["volkswagen", "affects about 85,000 vehicles sold"], ["volkswagen", "submit a revised application and update"],
        ["united-states", "up to nine times the permitted"]],
"k14": [["volkswagen", "not a one-off mistake but"], ["volkswagen", "unbroken chain of errors"],
        ["volkswagen", "had tolerated breaches of rules"], ["volkswagen", "could not meet U.S. emissions standards"],
        ["volkswagen", "giving its brands and regions more"], ["volkswagen", "in only about 36,000 vehicles"],
        ["volkswagen", "financial impact would be limited"]],
"k15": [["volkswagen", "had not lied to U.S. regulators"], ["volkswagen", "describing the scandal as a technical"],
        ["volkswagen", "didn't understand the question first"], ["volkswagen", "right interpretation of American law"],
        ["volkswagen", "fully accepted that it had violated"], ["volkswagen", "broken the trust of customers"]],
"k16": [["tepco", "apologised on Tuesday after a panel"], ["tepco", "I would say it was a cover-up"],
        ["tepco", "told staff not to use the"], ["tepco", "defined a core meltdown as damage"],
        ["tepco", "could have declared meltdowns at three"]],
"k17": [["samsung", "stop selling its Galaxy Note 7"], ["samsung", "replace all of the roughly 2.5"],
        ["samsung", "confirmed 35 cases worldwide"], ["samsung", "battery cells made by one of"],
        ["samsung", "tiny problem in the manufacturing process"], ["samsung", "swap their phones for new ones"],
        ["samsung", "customer safety was its highest priority"]],
"k18": [["samsung", "resume sales of its Galaxy Note"], ["samsung", "in South Korea on Sept. 28"],
        ["samsung", "carried batteries that were safe"], ["samsung", "green battery icon on the screen"],
        ["samsung", "use the new devices with confidence"], ["samsung", "asked owners of the original model"],
        ["united-states", "formal recall of about 1 million"]],
"k19": [["samsung", "delay the resumption of Galaxy Note"], ["samsung", "by three days, to Oct. 1"],
        ["samsung", "needed more time to supply replacement"], ["samsung", "new stock would be available at"],
        ["samsung", "caused by external heat, not by"]],
"k20": [["samsung", "operating profit rose 5.6 percent"], ["samsung", "to 7.8 trillion won, as"],
        ["samsung", "we cannot confirm that this incident"], ["samsung", "working with the authorities and the"],
        ["samsung", "we will confirm the cause"], ["united-states", "said they were investigating the incident"]],
"k21": [["samsung", "cut its estimate of third-quarter operating"], ["samsung", "to 5.2 trillion won from"],
        ["samsung", "stopped production and sales of the"], ["samsung", "power down the phones and stop"],
        ["samsung", "offered refunds or exchanges for other"], ["samsung", "reflected the lost sales and the"]],
"k22": [["volkswagen", "agreed on Wednesday to plead guilty"], ["volkswagen", "pay $4.3 billion in criminal and"],
        ["united-states", "conspiring to defraud the United States"], ["united-states", "obstructed the investigation, including by destroying"],
        ["volkswagen", "deeply regretted the behaviour that gave"], ["volkswagen", "allow the company to look forward"]],
"k23": [["samsung", "caused by two different battery defects"], ["samsung", "bent electrodes in the upper right"],
        ["samsung", "had welding defects that could cause"], ["samsung", "took responsibility for failing to identify"],
        ["samsung", "eight-point battery safety check"]],
"k24": [["catalonia", "had won the right to an"], ["catalonia", "844 people had sought medical treatment"],
        ["spain", "police officers had also been injured"], ["spain", "no referendum on self-determination"],
        ["spain", "the rule of law had prevailed"], ["spain", "acted professionally and proportionately"],
        ["catalonia", "send the results to the regional"]],
"k25": [["catalonia", "90 percent of voters in Sunday's"], ["catalonia", "with 2,262,424 of the 5.3 million"],
        ["catalonia", "would comply with the referendum law"], ["catalonia", "770,000 votes could not be counted"],
        ["catalonia", "raised the number of people hurt"], ["spain", "the vote was illegal and had"],
        ["spain", "431 police officers had been injured"], ["catalonia", "called for international mediation"]],
"k26": [["catalonia", "act to declare independence from Spain"], ["catalonia", "at the end of this week"],
        ["catalonia", "plenary session for Monday, Oct. 9"], ["catalonia", "open to mediation"],
        ["spain", "would not negotiate unless the regional"]],
"k27": [["spain", "apologised on Friday to people injured"], ["spain", "could only regret it and apologise"],
        ["spain", "bore responsibility for holding an illegal"], ["catalonia", "appear before the Catalan parliament"],
        ["catalonia", "parliament on Tuesday, Oct. 10"], ["catalonia", "did not say whether he would"]],
"k28": [["catalonia", "suspend the effects of the declaration"], ["catalonia", "assumed the mandate of the people"],
        ["catalonia", "put its effects on hold"], ["spain", "nor anyone else could impose mediation"],
        ["spain", "did not know where he stood"]],
"k29": [["catalonia", "snap regional election for Dec. 20"], ["catalonia", "rather than declare independence"],
        ["catalonia", "announce the decision at midday"]],
"k30": [["catalonia", "decided not to call a regional"], ["catalonia", "leave it to the Catalan parliament"],
        ["catalonia", "failed to obtain guarantees from the"]],
"k31": [["catalonia", "would not call a regional election"], ["catalonia", "had given no guarantees"],
        ["catalonia", "ready to call an election if"], ["catalonia", "up to the parliament to decide"],
        ["spain", "only way to restore legality"], ["catalonia", "90 percent of the 2.3 million"]],
"k32": [["united-states", "impose a 5 percent tariff on"], ["united-states", "rising by 5 percentage points a"],
        ["united-states", "stay at 25 percent until Mexico"], ["united-states", "removed once the problem was remedied"],
        ["mexico", "did not want confrontation"], ["mexico", "not solved with taxes or coercive"],
        ["mexico", "travel to Washington on Friday"]],
"k33": [["united-states", "considering delaying the tariffs on Mexican"], ["mexico", "deploy 6,000 National Guard troops"],
        ["mexico", "there had been progress"], ["mexico", "optimistic that the tariffs could be"]],
"k34": [["united-states", "moving ahead with plans to impose"], ["united-states", "was not nearly enough"],
        ["united-states", "begin at the 5 percent level"], ["mexico", "talks would continue on Friday"],
        ["mexico", "will not accept terms it cannot"]],
"k35": [["united-states", "had been suspended indefinitely"], ["united-states", "after Mexico agreed to take strong"],
        ["mexico", "deploy its National Guard throughout the"], ["united-states", "expand a programme under which asylum"],
        ["mexico", "had not accepted the U.S. demand"], ["mexico", "called the deal a fair balance"]],
"k36": [["mexico", "had promised in March"], ["united-states", "tariff threat had pushed Mexico"],
        ["united-states", "begin buying large quantities of U.S."]],
"k37": [["united-states", "calling it false and saying Mexico"], ["united-states", "agreed to things it had never"],
        ["united-states", "had not yet been revealed"], ["mexico", "there was no secret agreement"],
        ["mexico", "could consider changes to its asylum"], ["mexico", "regional arrangement to share responsibility"]],
"k38": [["lebanon", "killed at least 78 people"], ["lebanon", "2,750 tonnes of ammonium nitrate"],
        ["lebanon", "for six years without safety measures"], ["lebanon", "those responsible would pay the price"],
        ["lebanon", "toll was expected to rise"], ["lebanon", "declared Beirut a disaster zone"]],
"k39": [["lebanon", "rejected calls for an international investigation"], ["lebanon", "attempt to dilute the truth"],
        ["lebanon", "caused by negligence or by external"], ["lebanon", "through a rocket or bomb"],
        ["lebanon", "told of the ammonium nitrate about"], ["lebanon", "about 5,000 people were injured"]],
"k40": [["lebanon", "propose early parliamentary elections"], ["lebanon", "could not get out of its structural"],
        ["lebanon", "put the proposal to the cabinet"], ["lebanon", "ready to stay in office for"]],
"k41": [["lebanon", "announced the resignation of his government"], ["lebanon", "result of endemic corruption"],
        ["lebanon", "corruption in Lebanon was bigger than"], ["lebanon", "stay on in a caretaker capacity"],
        ["lebanon", "risen to more than 160"]],
"k42": [["egypt", "blocking traffic in both directions"], ["egypt", "lost the ability to steer amid"],
        ["egypt", "strong winds of up to 40"], ["egypt", "dust storm that cut visibility"]],
"k43": [["egypt", "were not the main reason"], ["egypt", "human or technical error may have"],
        ["egypt", "refloat the ship without having to"], ["egypt", "had not been ruled out"],
        ["egypt", "321 vessels were waiting"]],
"k44": [["egypt", "about $916 million in compensation"], ["egypt", "damage to the canal's reputation"],
        ["egypt", "would not be allowed to leave"], ["egypt", "422 vessels were waiting to transit"]],
"k45": [["egypt", "reduced its compensation demand from the"], ["egypt", "lowered its claim during the negotiations"],
        ["egypt", "$200 million would be paid upfront"], ["egypt", "stay until the settlement was reached"],
        ["egypt", "widen and deepen the southern stretch"]],
"k46": [["united-states", "would not bail out Silicon Valley"], ["united-states", "address the concerns of depositors"],
        ["united-states", "not going to do that again"], ["united-states", "reforms since then meant the system"],
        ["united-states", "banking system was safe and resilient"]],
"k47": [["united-states", "would have access to all of"], ["united-states", "invoking emergency powers to protect uninsured"],
        ["united-states", "no losses from the resolution of"], ["united-states", "would not be protected"],
        ["united-states", "Senior management had been removed"], ["united-states", "deposits would be there when they"]],
"k48": [["united-states", "prepared to take further steps"], ["united-states", "similar actions could be warranted if"],
        ["united-states", "necessary to protect the wider banking"], ["united-states", "temporarily insure all deposits beyond the"],
        ["united-states", "did not yet see a need"]],
"k49": [["united-states", "not considered or discussed any blanket"], ["united-states", "guarantee of all bank deposits"],
        ["united-states", "required a determination of systemic risk"], ["united-states", "prepared to use the same tools"],
        ["united-states", "situation had stabilised"]],
}

OPTIONAL = {
"k02": [["united-states", "officials had given over the weekend"]],
"k03": [["united-states", "officials had cited an estimate of"], ["bp", "another day before the company knew"]],
"k04": [["bp", "not expected to be finished before"]],
"k09": [["tepco", "described the fuel only as damaged"]],
"k11": [["volkswagen", "not aware of any wrongdoing on"]],
"k13": [["volkswagen", "insisted that the V6 engines were"]],
"k14": [["volkswagen", "than it had flagged last month"]],
"k15": [["volkswagen", "admitted that about 11 million diesel"]],
"k16": [["tepco", "lacked any criteria for making such"]],
"k21": [["samsung", "the 7.8 trillion won it gave"]],
"k28": [["spain", "was sorry for the injuries"]],
"k30": [["catalonia", "would call an election for Dec."]],
"k36": [["mexico", "did not confirm any such commitment"]],
"k39": [["lebanon", "the death toll rose to 154"]],
"k41": [["lebanon", "warned Diab and President Michel Aoun"]],
"k44": [["egypt", "refloated on March 29"]],
"k46": [["united-states", "declined to say whether uninsured depositors"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["k18", "k21", "samsung", "stance-reversal: the replacement phones carried safe batteries and customers could use them with confidence; three weeks later all owners, replacements included, are told to power down and stop using them"],
["k24", "k27", "spain", "stance-reversal: the deputy prime minister said the police acted professionally and proportionately; five days later Madrid's envoy can only regret the injuries and apologise on the officers' behalf"],
["k35", "k37", "mexico", "stance-reversal: Mexico had not accepted the U.S. demand to become a safe third country; three days later it could consider asylum changes and a regional arrangement if migration does not fall"],
# commitments reversed in other words
["k40", "k41", "lebanon", "commitment-reversed: the prime minister was ready to stay in office for two months while parties agreed reforms; two days later he resigns with his government"],
["k25", "k28", "catalonia", "commitment-reversed: the government would comply with the referendum law, under which parliament must declare independence within 48 hours; the president asks parliament to put the declaration's effects on hold"],
["k19", "k21", "samsung", "commitment-reversed: sales of the Note 7 in South Korea would restart on Oct. 1 with new stock at all retailers; the phone's production and sales are stopped for good"],
# denial then action or admission
["k12", "k13", "volkswagen", "denial-then-action: no software had been installed in the 3.0-litre V6 engines to alter emissions in a forbidden manner; Audi admits undisclosed devices in those engines, one of them a defeat device"],
["k15", "k22", "volkswagen", "denial-then-action: the chief executive said Volkswagen 'didn't lie' and had misread the law; the company pleads guilty to conspiracy, obstruction of justice and false statements"],
["k06", "k09", "tepco", "denial-then-action: TEPCO could not confirm any fuel had melted, only that rods may have been exposed and damaged; it acknowledges most of the No. 1 fuel melted within 16 hours"],
["k09", "k16", "tepco", "denial-then-action: TEPCO said it lacked the data to judge a meltdown earlier; it admits its own manual would have allowed a declaration within three days and calls the avoidance of the word a cover-up"],
# claims negated
["k01", "k02", "united-states", "claim-negated: no oil appeared to be leaking from the well; five days later oil is pouring from it at about 5,000 barrels a day"],
["k42", "k43", "egypt", "claim-negated: the ship lost steering amid 40-knot winds and a dust storm; the authority's chairman says winds were not the main reason and human or technical error may be to blame"],
["k17", "k23", "samsung", "claim-negated: the fires were traced to battery cells from one supplier; the investigation finds two different defects in two suppliers' batteries"],
["k11", "k14", "volkswagen", "claim-negated: the cheating was not a corporate decision but the work of a couple of engineers; the chairman says it was an unbroken chain of errors in a mindset that tolerated rule-breaking"],
# number mismatch
["k02", "k03", "united-states", "number-mismatch: about 5,000 barrels a day according to the Coast Guard; then 12,000 to 19,000 barrels a day according to government scientists"],
["k06", "k08", "japan", "number-mismatch: the accident rated level 4 on the international scale; then level 7, the same as Chernobyl"],
["k12", "k14", "volkswagen", "number-mismatch: carbon dioxide irregularities in about 800,000 vehicles; then in only about 36,000"],
["k20", "k21", "samsung", "number-mismatch: third-quarter operating profit estimated at 7.8 trillion won; five days later 5.2 trillion won"],
["k44", "k45", "egypt", "number-mismatch: the authority claims about $916 million in compensation; then $550 million"],
# date mismatch
["k18", "k19", "samsung", "date-mismatch: Note 7 sales in South Korea will resume on Sept. 28; then on Oct. 1"],
["k26", "k27", "catalonia", "date-mismatch: the parliament's plenary session was called for Monday, Oct. 9; the president is to appear on Tuesday, Oct. 10"],
# report denied
["k48", "k49", "united-states", "report-denied: Bloomberg reports that Treasury staff are studying how to insure all deposits temporarily without Congress; the Treasury secretary says she has not considered or discussed blanket guarantees of all deposits"],
["k36", "k37", "united-states", "report-denied: The New York Times, citing officials of both countries, reports that most of the deal's measures were agreed months earlier; the president calls the report false"],
["k29", "k31", "catalonia", "report-denied: government sources say the president will call a snap election for Dec. 20; he says he will not call an election"],
# outlets disagree
["k29", "k30", "catalonia", "outlets-disagree: one outlet, citing government sources, reports a snap election for Dec. 20; another, citing a source close to the president, reports he has decided not to call one"],
["k33", "k34", "united-states", "outlets-disagree: Bloomberg, citing people familiar, reports that U.S. officials are considering delaying the Mexico tariffs; a White House official says the tariffs are going ahead on Monday"],
]

AMBIGUOUS = [
["k01", "k03"],  # no leak against 12,000-19,000 barrels a day: carried by k01-k02 and k02-k03
["k02", "k05"], ["k03", "k05"],  # flow estimates again revised upward, now as the final estimate of a changing rate
["k06", "k16"],  # 'could not confirm' melting against the admission of a cover-up five years on
["k11", "k22"],  # 'something individuals did' against the company's guilty plea
["k14", "k15"],  # 'chain of errors' against 'we didn't lie': different claims, both partly walked back
["k17", "k21"],  # a swap for new phones against the end of the phone
["k18", "k23"],  # replacement batteries 'safe' against the finding of welding defects in them
["k24", "k28"], ["k26", "k28"],  # 'won the right to an independent state' / 'will act to declare' against a suspended declaration
["k34", "k35"],  # tariffs going ahead on Monday against their suspension: conditional on no deal, but said flatly by the official
["k46", "k48"], ["k46", "k49"],  # no rescue of investors against further steps for depositors
["k38", "k41"],  # those responsible 'will pay the price' against a report that the leaders were warned in July
]

TRAPS = [
["k03", "k04", "a probability and a hedged interim report, then failure: the top kill had a 60-70 percent chance and had stopped the flow 'for now'; it then fails"],
["k06", "k07", "one actor differing from another: Japan's 20 km zone against the U.S. 50-mile advice, and TEPCO against the U.S. regulator on the No. 4 pool"],
["k10", "k11", "different scope: about 482,000 cars in the United States against about 11 million vehicles worldwide"],
["k17", "k18", "a hedged date kept: replacements 'in about two weeks', and exchanges begin 17 days later"],
["k24", "k25", "figures that grow as counts update: 844 people treated on the night, 893 the next day"],
["k25", "k31", "rounding: 2,262,424 voters and 'the 2.3 million people who voted'"],
["k27", "k28", "translations of one remark: the envoy could 'only regret it and apologise', and was 'sorry' and 'asked forgiveness'"],
["k32", "k35", "a conditional: the tariffs would stay until Mexico acted on migration; they are suspended after Mexico agrees to measures"],
["k38", "k39", "figures that grow as counts update (78 dead, then 154); and a cause left open ('negligence or external interference') is not a denial of the stored chemicals"],
["k39", "k41", "figures that grow as counts update: 154 dead, then more than 160"],
["k43", "k44", "figures that grow as counts update: 321 ships waiting on the fourth day, 422 by the time the ship was freed"],
["k46", "k47", "different scope: no bailout of investors and owners, while depositors are protected and shareholders are not"],
["k47", "k49", "different scope: all deposits at two failed banks protected under a systemic-risk exception, against no blanket guarantee of every deposit in the system"],
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
