#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-5, then checks them.

Every document retells a real, dated public event in the team's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ACTORS = [
    {"type": "actor", "id": "united-states", "name": "United States",
     "aliases": ["US", "U.S.", "Washington", "White House", "Obama administration", "Trump administration",
                 "FBI", "Federal Bureau of Investigation", "Federal Emergency Management Agency", "FEMA",
                 "U.S. officials", "US officials", "U.S. government", "federal government"],
     "speakers": [
         {"name": "Barack Obama", "role": "President", "from": "2009-01-20", "to": "2017-01-20"},
         {"name": "Hillary Clinton", "role": "Secretary of State", "from": "2009-01-21", "to": "2013-02-01"},
         {"name": "Josh Earnest", "role": "White House Press Secretary", "from": "2014-05-30", "to": "2017-01-20"},
         {"name": "James Comey", "role": "Director, Federal Bureau of Investigation", "from": "2013-09-04", "to": "2017-05-09"},
         {"name": "Donald Trump", "role": "President", "from": "2017-01-20", "to": "2021-01-20"},
         {"name": "Brock Long", "role": "Administrator, Federal Emergency Management Agency", "from": "2017-06-23", "to": "2019-03-08"},
         {"name": "Sarah Sanders", "role": "White House Press Secretary", "from": "2017-07-21", "to": "2019-07-01"}]},
    {"type": "actor", "id": "nato", "name": "NATO",
     "aliases": ["North Atlantic Treaty Organization", "the alliance", "North Atlantic Council", "NATO allies",
                 "Atlantic alliance", "alliance officials"],
     "speakers": [
         {"name": "Anders Fogh Rasmussen", "role": "Secretary General", "from": "2009-08-01", "to": "2014-09-30"},
         {"name": "Charles Bouchard", "role": "Lieutenant General, Commander, Operation Unified Protector", "from": "2011-03-25", "to": "2011-11-01"},
         {"name": "Jens Stoltenberg", "role": "Secretary General", "from": "2014-10-01", "to": "2024-10-01"}]},
    {"type": "actor", "id": "turkey", "name": "Turkey",
     "aliases": ["Türkiye", "Ankara", "Turkish government", "Turkish presidency", "Erdogan's office",
                 "Turkish parliament", "Grand National Assembly", "Turkish Foreign Ministry", "Turkish officials"],
     "speakers": [
         {"name": "Recep Tayyip Erdogan", "role": "Prime Minister", "from": "2003-03-14", "to": "2014-08-28"},
         {"name": "Tayyip Erdogan", "role": "President", "from": "2014-08-28"},
         {"name": "Abdullah Gul", "role": "President", "from": "2007-08-28", "to": "2014-08-28"},
         {"name": "Ahmet Davutoglu", "role": "Foreign Minister", "from": "2009-05-01", "to": "2014-08-29"},
         {"name": "Mevlut Cavusoglu", "role": "Foreign Minister", "from": "2015-11-24", "to": "2023-06-04"},
         {"name": "Hakan Fidan", "role": "Foreign Minister", "from": "2023-06-04"}]},
    {"type": "actor", "id": "france", "name": "France",
     "aliases": ["Paris", "French government", "Elysee", "Élysée", "French foreign ministry", "Quai d'Orsay",
                 "French military", "French general staff", "French army", "French officials"],
     "speakers": [
         {"name": "Nicolas Sarkozy", "role": "President", "from": "2007-05-16", "to": "2012-05-15"},
         {"name": "Alain Juppé", "role": "Foreign Minister", "from": "2011-02-27", "to": "2012-05-15"},
         {"name": "Gérard Longuet", "role": "Defence Minister", "from": "2011-02-27", "to": "2012-05-10"},
         {"name": "Thierry Burkhard", "role": "Colonel, spokesman for the French general staff", "from": "2010-01-01", "to": "2012-12-31"},
         {"name": "Gérard Araud", "role": "Permanent Representative to the United Nations", "from": "2009-07-01", "to": "2014-07-31"},
         {"name": "Emmanuel Macron", "role": "President", "from": "2017-05-14"},
         {"name": "Catherine Colonna", "role": "Foreign Minister", "from": "2022-05-20", "to": "2024-01-11"}]},
    {"type": "actor", "id": "sony", "name": "Sony Pictures Entertainment",
     "aliases": ["Sony Pictures", "Sony", "SPE", "the studio", "Sony Corp"],
     "speakers": [
         {"name": "Michael Lynton", "role": "Chief Executive, Sony Pictures Entertainment", "from": "2004-01-01", "to": "2017-08-01"},
         {"name": "Amy Pascal", "role": "Co-chairman, Sony Pictures Entertainment", "to": "2015-02-05"},
         {"name": "Kazuo Hirai", "role": "President and Chief Executive, Sony Corp", "from": "2012-04-01", "to": "2018-03-31"}]},
    {"type": "actor", "id": "india", "name": "India",
     "aliases": ["New Delhi", "Indian government", "Government of India", "finance ministry", "Finance Ministry",
                 "Reserve Bank of India", "RBI", "India's central bank", "Indian officials"],
     "speakers": [
         {"name": "Narendra Modi", "role": "Prime Minister", "from": "2014-05-26"},
         {"name": "Arun Jaitley", "role": "Finance Minister", "from": "2014-05-26", "to": "2019-05-30"},
         {"name": "Shaktikanta Das", "role": "Economic Affairs Secretary", "from": "2015-08-31", "to": "2017-05-31"},
         {"name": "Urjit Patel", "role": "Governor, Reserve Bank of India", "from": "2016-09-04", "to": "2018-12-10"}]},
    {"type": "actor", "id": "zimbabwe", "name": "Zimbabwe",
     "aliases": ["Harare", "Zimbabwean government", "Zimbabwe Defence Forces", "ZDF", "Zimbabwe's army",
                 "Zimbabwean military", "State House"],
     "speakers": [
         {"name": "Robert Mugabe", "role": "President", "from": "1987-12-31", "to": "2017-11-21"},
         {"name": "Patrick Zhuwao", "role": "Cabinet minister", "from": "2015-07-06", "to": "2017-11-27"},
         {"name": "Sibusiso Moyo", "role": "Major General, Zimbabwe Defence Forces", "to": "2017-11-30"},
         {"name": "Constantino Chiwenga", "role": "Commander, Zimbabwe Defence Forces", "to": "2017-12-18"},
         {"name": "Emmerson Mnangagwa", "role": "President", "from": "2017-11-24"}]},
    {"type": "actor", "id": "equifax", "name": "Equifax",
     "aliases": ["Equifax Inc", "Equifax Ltd", "Equifax Canada", "Equifax UK", "the credit bureau"],
     "speakers": [
         {"name": "Richard Smith", "role": "Chairman and Chief Executive", "from": "2005-09-19", "to": "2017-09-26"},
         {"name": "Paulino do Rego Barros", "role": "Interim Chief Executive", "from": "2017-09-26", "to": "2018-03-28"},
         {"name": "Lisa Nelson", "role": "President and General Manager, Equifax Canada"},
         {"name": "Patricio Remon", "role": "President, Equifax Europe"}]},
    {"type": "actor", "id": "facebook", "name": "Facebook",
     "aliases": ["Facebook Inc", "Facebook Inc."],
     "speakers": [
         {"name": "Mark Zuckerberg", "role": "Chief Executive"},
         {"name": "Sheryl Sandberg", "role": "Chief Operating Officer", "from": "2008-03-24", "to": "2022-08-01"},
         {"name": "Paul Grewal", "role": "Vice President and Deputy General Counsel"},
         {"name": "Mike Schroepfer", "role": "Chief Technology Officer", "from": "2013-03-01", "to": "2022-03-31"}]},
    {"type": "actor", "id": "cambridge-analytica", "name": "Cambridge Analytica",
     "aliases": ["Cambridge Analytica Ltd", "SCL Elections", "the consultancy"],
     "speakers": [
         {"name": "Alexander Nix", "role": "Chief Executive", "from": "2015-01-01", "to": "2018-03-20"},
         {"name": "Alexander Tayler", "role": "Acting Chief Executive", "from": "2018-03-20", "to": "2018-04-16"}]},
    {"type": "actor", "id": "puerto-rico", "name": "Government of Puerto Rico",
     "aliases": ["Puerto Rico", "Puerto Rican government", "Puerto Rico's government", "La Fortaleza"],
     "speakers": [
         {"name": "Ricardo Rosselló", "role": "Governor", "from": "2017-01-02", "to": "2019-08-02"},
         {"name": "Héctor Pesquera", "role": "Secretary of Public Safety", "from": "2017-01-02", "to": "2019-08-02"}]},
    {"type": "actor", "id": "evergrande", "name": "China Evergrande Group",
     "aliases": ["Evergrande", "China Evergrande", "Evergrande Group", "Hengda Real Estate Group", "Hengda"],
     "speakers": [
         {"name": "Hui Ka Yan", "role": "Chairman"},
         {"name": "Xia Haijun", "role": "Chief Executive", "to": "2022-07-22"}]},
]

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
("e01", "Kestrel Newswire", "2011-03-14T16:00:00Z", "Turkey warns NATO against military action in Libya", [
"Turkey restated its opposition on Monday to any military intervention by NATO in Libya, warning that it would backfire, as Muammar Gaddafi's forces pressed their counter-offensive against rebel-held towns in the east of the country.",
"Prime Minister Recep Tayyip Erdogan told an international forum in Istanbul that a NATO operation against Libya or any other country would bring no benefit and could have dangerous consequences, the state-run Anatolia news agency reported. Late last month he had called the idea of NATO intervention in Libya absurd. President Abdullah Gul said a direct NATO intervention was out of the question, adding that the Libyan people, government and opposition did not want foreign forces in their country and that any action would need a United Nations resolution.",
"NATO has said it has no intention of intervening in Libya but is planning for all eventualities, and Secretary General Anders Fogh Rasmussen has said any military action, including a no-fly zone, would require a mandate from the U.N. Security Council. The Arab League asked the council on Saturday to impose a no-fly zone over Libya, a step France and Britain have been pressing for."]),

("e02", "Pinecrest Dispatch", "2011-03-24T21:00:00Z", "Turkey joins NATO naval mission off Libya as alliance takes over no-fly zone", [
"Turkey's parliament voted on Thursday to send four frigates, a submarine and a support ship to a NATO operation enforcing the U.N. arms embargo on Libya, a week after Ankara sharply criticised the Western air strikes on Muammar Gaddafi's forces.",
"Foreign Minister Ahmet Davutoglu told reporters after a conference call with his U.S., British and French counterparts that command of the military operation would be transferred to NATO, and that Turkey's concerns about civilian casualties had been addressed. Turkey's contribution would be limited to the embargo and to humanitarian help and would not include combat missions, he said. Prime Minister Recep Tayyip Erdogan has said Turkey will never point a gun at the Libyan people.",
"NATO Secretary General Anders Fogh Rasmussen said late on Thursday that allies had decided to enforce the no-fly zone over Libya, and that the alliance was considering whether to take on a broader responsibility for protecting civilians. Until then, the coalition led by the United States, France and Britain will keep command of strikes on ground targets, U.S. officials said."]),

("e03", "Meridian Bay Wire", "2011-03-29T19:00:00Z", "Obama says toppling Gaddafi by force would be a mistake as NATO takes command", [
"President Barack Obama said on Monday night that the United States would not use its military to topple Muammar Gaddafi, arguing that widening the Libya mission to include regime change would be a mistake that could split the coalition and draw in U.S. ground troops.",
"In a televised speech at the National Defense University in Washington, Obama said the intervention had prevented a massacre in Benghazi, and that NATO, which agreed on Sunday to take command of all military operations in Libya, would now lead them. The United States would play a supporting role, providing intelligence, refuelling and jamming, he said. He repeated that Gaddafi must leave power, but said that goal would be pursued by other means. NATO said the operation would be run from its command in Naples under Canadian Lieutenant General Charles Bouchard.",
"At a conference on Libya in London on Tuesday, French Foreign Minister Alain Juppé said France was ready to discuss military aid to the rebels with its partners, while noting that such aid was not provided for by the U.N. resolutions on Libya."]),

("e04", "Tollgate Press Agency", "2011-04-15T08:00:00Z", "Obama, Sarkozy and Cameron say Gaddafi must go, but not by force", [
"The leaders of the United States, France and Britain said on Friday that it was impossible to imagine a future for Libya with Muammar Gaddafi in power, while stressing that their U.N. mandate was to protect civilians and not to remove him by force.",
"In a joint article published by newspapers in the three countries and in the Arab world, Barack Obama, Nicolas Sarkozy and David Cameron wrote that NATO must keep up its operations for as long as Gaddafi was in power, and that a genuine transition could only begin once he had gone, and gone for good. Leaving him in place would be an unconscionable betrayal of the Libyan people, they wrote.",
"NATO foreign ministers meeting in Berlin promised to keep up the pressure on Gaddafi's forces, and Secretary General Anders Fogh Rasmussen said the alliance needed a few more precision strike aircraft. France has been urging its allies to step up attacks on Gaddafi's heavy weapons."]),

("e05", "Ashgrove Bulletin", "2011-06-29T16:00:00Z", "France confirms it air-dropped weapons to Libyan rebels", [
"France has parachuted weapons to rebels fighting Muammar Gaddafi's forces in the Nafusa mountains south-west of Tripoli, the French military confirmed on Wednesday, after a newspaper revealed the deliveries. France is the first NATO member to say openly that it has armed the insurgents.",
"Le Figaro reported on Wednesday, citing a secret intelligence memo and senior officials, that the crates dropped since early June contained assault rifles, machine guns and rocket launchers as well as Milan anti-tank missiles, and that Paris hoped rebel gains in the mountains would help spark an uprising in Tripoli. A senior French source told the paper there had been no other way forward.",
"Colonel Thierry Burkhard, spokesman for the French general staff, said the drops consisted mainly of light infantry weapons such as rifles, and of ammunition, intended to let civilians in Berber villages surrounded by loyalist troops defend themselves. France had started by dropping food, water and medical supplies, he said, before the situation on the ground grew worse."]),

("e06", "Granite Coast News Service", "2011-06-30T17:00:00Z", "French army denies dropping anti-tank missiles to Libyan rebels", [
"The French general staff denied on Thursday that any Milan anti-tank missiles had been among the weapons France dropped to Libyan rebels, a day after it confirmed parachuting arms to civilians in the Nafusa mountains.",
"Colonel Thierry Burkhard, the general staff's spokesman, said no such missile had been dropped over the area, and that the deliveries had been made up of individual weapons, including rifles, light machine guns and rocket launchers, along with ammunition. France decided to supply the means of self-defence because the population there was defenceless and the security situation extremely tense, he said.",
"France's ambassador to the United Nations, Gérard Araud, said the deliveries were consistent with Security Council resolution 1973, which authorised all necessary measures to protect civilians. Russian Foreign Minister Sergei Lavrov said that if the reports were confirmed, the drops would be a crude violation of the U.N. arms embargo on Libya."]),

("e07", "Silverlake Report", "2014-12-03T17:00:00Z", "Sony set to name North Korea as source of hack, report says", [
"Sony Pictures Entertainment is preparing to say publicly that North Korea was behind the cyber attack that crippled its computer network and put unreleased films online, the technology news site Re/code reported on Wednesday, citing two people close to the investigation.",
"The announcement could come as early as Wednesday, according to the report. The studio, a unit of Japan's Sony Corp, has been working with the FBI and outside security experts since hackers calling themselves Guardians of Peace broke into its systems on Nov. 24, and has said it is restoring email and other services.",
"Suspicion has centred on North Korea because of \"The Interview\", a Sony comedy about a plot to kill its leader Kim Jong Un that is due to open on Christmas Day. In June Pyongyang called the film an act of war. The FBI has confirmed it is investigating the attack but has declined to say whether it believes another country was involved."]),

("e08", "Kestrel Newswire", "2014-12-04T01:30:00Z", "Sony denies report it will blame North Korea for hack", [
"Sony Pictures on Wednesday denied a report that it was about to name North Korea as the culprit in the hacking attack on the studio, saying its investigation into what it called a very sophisticated cyber attack was continuing.",
"A studio representative said the company would not be making a statement about the source of the attack. Earlier in the day the technology site Re/code, citing two sources, had said the studio would officially identify Pyongyang, possibly within hours.",
"The FBI this week warned some U.S. businesses about destructive malware that can wipe computer hard drives, but it has not publicly linked the Sony attack to any country. A North Korean diplomat at the United Nations, asked about the hack earlier this week, declined to deny involvement and told reporters to wait and see."]),

("e09", "Meridian Bay Wire", "2014-12-18T21:00:00Z", "Sony shelves 'The Interview' after threats, has no further plans for it", [
"Sony Pictures has cancelled the Christmas Day release of \"The Interview\" after the largest U.S. cinema chains refused to show the comedy, which the hackers who attacked the studio had threatened to punish with violence against moviegoers.",
"In a statement late on Wednesday, the studio said it had made the decision because most of its exhibitors had chosen not to screen the film, and that it shared their concern for the safety of staff and audiences. It said it was deeply saddened by what it called a brazen attempt to stop a film from being distributed, and that it stood by its filmmakers. Asked whether the film might be offered on demand or on disc instead, a Sony spokeswoman said the studio had no further release plans for the film.",
"U.S. officials, speaking on condition of anonymity, said investigators had concluded that North Korea was centrally involved in the attack. White House spokesman Josh Earnest said on Thursday that the administration was treating the breach as a serious national security matter."]),

("e10", "Ashgrove Bulletin", "2014-12-20T00:30:00Z", "FBI blames North Korea for Sony hack; Obama says studio erred", [
"The FBI said on Friday it had enough information to conclude that the North Korean government was responsible for the cyber attack on Sony Pictures, and President Barack Obama said the studio had made a mistake in shelving \"The Interview\".",
"Obama told his year-end news conference that the United States would respond proportionally, in a place and at a time of its choosing, and that he wished Sony had spoken to him before pulling the film. The country could not have a society in which a dictator somewhere could impose censorship on Americans, he said.",
"Sony Pictures chief executive Michael Lynton told CNN that the president, the press and the public were mistaken about what had happened, because the studio had dropped the release only after cinemas refused to show the film. Sony had not caved or given in, he said, and would still like the public to see the movie, but no major video-on-demand distributor or e-commerce site had yet offered to carry it."]),

("e11", "Silverlake Report", "2014-12-23T22:00:00Z", "Sony reverses course, will show 'The Interview' on Christmas Day", [
"\"The Interview\" will open in a limited number of U.S. cinemas on Christmas Day after all, Sony Pictures said on Tuesday, less than a week after the studio shelved the comedy in the face of threats from the hackers who attacked it.",
"Chief executive Michael Lynton said the studio had never given up on releasing the film and was excited that it would be in a number of theatres on Dec. 25. Sony was continuing its efforts to put the film on more platforms so that it could reach the largest possible audience, he said. Independent cinemas, including the Alamo Drafthouse chain, said they had booked it.",
"The White House welcomed the decision. A spokesman said the president applauded Sony for authorising screenings, adding that the United States believes in free speech and the right of artistic expression."]),

("e12", "Beaconfield Financial Wire", "2016-11-08T16:30:00Z", "India scraps 500 and 1,000 rupee notes in surprise move against black money", [
"India will withdraw its 500 and 1,000 rupee banknotes as legal tender from midnight, Prime Minister Narendra Modi said in an unscheduled televised address on Tuesday, in a move he said would strike at corruption, counterfeit currency and hoards of untaxed cash.",
"Modi said people holding the old notes could deposit them in bank and post office accounts from Nov. 10 until Dec. 30. Anyone who for some reason could not deposit them by then would be able to do so at specified offices of the Reserve Bank of India until March 31, 2017, by filling in a declaration form, he said. New 500 and 2,000 rupee notes will be issued.",
"Banks will be closed to the public on Wednesday, and cash machines will not work on Wednesday and, in some places, on Thursday, he said. To spare people hardship, the old notes will still be accepted for 72 hours at government hospitals, railway and airline ticket counters, state-run petrol pumps and some other outlets."]),

("e13", "Marlow Street Herald", "2016-11-10T13:00:00Z", "India to bring back 1,000 rupee note in new form; banks to open at weekend", [
"India will bring out a new 1,000 rupee banknote within a few months, Economic Affairs Secretary Shaktikanta Das said on Thursday, as crowds queued outside banks on the first day that the scrapped 500 and 1,000 rupee notes could be exchanged or deposited.",
"Das told a news conference in New Delhi that the new note would have a completely new design, size and colour scheme, and that all other denominations would eventually be reissued with new designs and security features.",
"Finance Minister Arun Jaitley said banks would stay open on Saturday and Sunday to meet demand, and urged people not to rush, saying they had until Dec. 30 to deposit their old notes. Cash machines will start dispensing money again on Friday, officials said, although it will take time to adjust them to the new notes. Jaitley said the disruption to small purchases would last only a few days, until enough new currency was available."]),

("e14", "Beaconfield Financial Wire", "2016-11-14T15:00:00Z", "India extends use of old notes at pumps and hospitals until Nov. 24", [
"India has extended until midnight on Nov. 24 the period in which the scrapped 500 and 1,000 rupee notes can be used to pay at petrol pumps, government hospitals, pharmacies and utilities, Economic Affairs Secretary Shaktikanta Das said on Monday.",
"The exemptions, first granted for 72 hours after the notes were withdrawn and already extended once, to Monday midnight, were being stretched again for the public's convenience and in response to representations, Das told reporters. There was enough cash in the system and no need to panic, he said. Withdrawals from cash machines that have been recalibrated for the new notes will be raised to 2,500 rupees a day. On Sunday the government raised the amount of old notes a person can exchange over the counter to 4,500 rupees from 4,000.",
"Prime Minister Narendra Modi, speaking in Goa on Sunday, asked Indians to give him 50 days, until Dec. 30, to clean up the system, and said he was ready to face any punishment if his intentions proved wrong."]),

("e15", "Marlow Street Herald", "2016-11-24T16:00:00Z", "India ends counter exchange of old notes; old 500s valid for some payments until Dec. 15", [
"India will stop exchanging scrapped 500 and 1,000 rupee notes for new currency over bank counters from midnight, the government said on Thursday, but old 500 rupee notes will remain valid for some essential payments until Dec. 15.",
"The finance ministry said the old 500 rupee notes could still be used at government hospitals and pharmacies, for railway tickets and for utility bills, among other payments, during the extra three weeks. Old 1,000 rupee notes will no longer be accepted anywhere and can only be deposited in bank accounts, which remains possible until Dec. 30.",
"The amount of old notes a person could swap over the counter was cut to 2,000 rupees last week from 4,500, after officials said some people were making repeated exchanges. Officials said ending the exchanges would push holders of old notes to put them into bank accounts, where the money can be traced."]),

("e16", "Beaconfield Financial Wire", "2016-12-31T05:00:00Z", "India limits post-deadline window for old notes to those who were abroad", [
"Indians who missed Friday's deadline to deposit scrapped 500 and 1,000 rupee notes will be able to hand them in at the Reserve Bank of India until March 31 only if they were out of the country during the deposit period, under an ordinance approved by the president on Friday.",
"The finance ministry said residents who were abroad between Nov. 9 and Dec. 30 could deposit the notes at five central bank offices until March 31 after making a declaration and showing proof of travel, and that non-resident Indians would have until June 30. The ordinance ends the liability of the central bank and the government for the old notes and makes holding more than 10 of them after the grace period an offence punishable by a fine.",
"The ministry said the ordinance was meant to bring clarity and finality to the status of the withdrawn notes. When he announced the move on Nov. 8, Prime Minister Narendra Modi said anyone unable to deposit old notes by Dec. 30 could do so at specified Reserve Bank offices until March 31 with a declaration form."]),

("e17", "Marlow Street Herald", "2017-02-22T11:00:00Z", "India says it has no plan for a new 1,000 rupee note", [
"India has no plans to introduce a new 1,000 rupee banknote, Economic Affairs Secretary Shaktikanta Das said on Wednesday, dismissing reports that a redesigned version of the note scrapped in November was about to go into circulation.",
"Das said on Twitter that the government's focus was on producing and supplying 500 rupee notes and smaller denominations. A newspaper had reported this week, citing a senior government official, that new 1,000 rupee notes were being printed and would be launched soon, and that they had been delayed only by the pressing need for 500 rupee notes.",
"Das also said complaints about cash machines running dry were being addressed, and asked people to withdraw only the cash they actually needed, saying that overdrawing by some deprived others. There was enough cash available, he said. The Reserve Bank of India has not yet said how much of the 15.44 trillion rupees in withdrawn notes has come back into the banking system."]),

("e18", "Copperfield Ledger", "2017-09-08T00:30:00Z", "Equifax says hackers may have taken data on 143 million Americans", [
"Equifax Inc, one of the three main U.S. credit reporting agencies, said on Thursday that criminals had exploited a weakness in one of its website applications to gain access to personal data on as many as 143 million U.S. consumers.",
"The company said the intruders had access from mid-May through July and obtained names, Social Security numbers, birth dates, addresses and some driver's licence numbers, as well as credit card numbers for about 209,000 people and dispute documents with personal details for about 182,000. It discovered the intrusion on July 29 and acted at once to stop it, it said, and had found no evidence of unauthorised activity in its core consumer or commercial credit reporting databases. Limited personal information on some British and Canadian residents was also accessed.",
"Chief executive Richard Smith called the breach a disappointing event that struck at the heart of what the company does, and apologised to consumers and business customers. Regulatory filings show that three Equifax executives sold shares worth about $1.8 million in early August; a company spokeswoman said they had no knowledge of the intrusion when they sold."]),

("e19", "Copperfield Ledger", "2017-09-16T00:30:00Z", "Equifax blames software flaw for breach; security and IT chiefs retire", [
"Equifax said on Friday that its chief information officer and chief security officer were retiring with immediate effect, and released a timeline of the cyber attack that exposed data on up to 143 million Americans.",
"The company said the attackers had exploited a flaw in the Apache Struts web software that U.S. authorities identified and disclosed in early March. Its security organisation was aware of the vulnerability at that time and had taken steps to identify and patch any vulnerable systems in its network, Equifax said, adding that its review of the facts was still under way.",
"According to the timeline, the security team noticed suspicious traffic on a U.S. online dispute portal on July 29 and blocked it, then took the application offline the next day after seeing more suspicious activity. The company patched the application before bringing it back online, and on Aug. 2 hired the cybersecurity firm Mandiant to carry out a forensic review."]),

("e20", "Granite Coast News Service", "2017-09-20T01:00:00Z", "Equifax says about 100,000 Canadians affected by breach", [
"About 100,000 Canadians may have had personal information compromised in the Equifax data breach, including names, addresses, social insurance numbers and in some cases credit card numbers, the credit bureau's Canadian arm said on Tuesday.",
"Lisa Nelson, president of Equifax Canada, apologised to Canadian consumers, saying she understood it had been frustrating that the company could not say who was affected until its investigation was complete. The company said it would mail notices to those affected and offer them 12 months of free credit monitoring.",
"In Britain, Equifax Ltd said it would contact up to 400,000 consumers whose details, held in a file stored in the United States between 2011 and 2016, may have been accessed. Its British systems were not affected, it said, and because the file held only names, dates of birth, email addresses and telephone numbers, identity takeover was unlikely. Patricio Remon, president of Equifax's European business, apologised for what he called a failure to protect British consumer data."]),

("e21", "Copperfield Ledger", "2017-10-03T23:00:00Z", "Former Equifax chief blames one employee and a failed scan; tally rises to 145.5 million", [
"Equifax's former chief executive told U.S. lawmakers on Tuesday that the breach at the credit bureau happened because one employee failed to make sure a software patch was applied, and because a later scan of the network failed to find the vulnerable system.",
"Richard Smith, who retired last week, told a House Energy and Commerce subcommittee that the security team had circulated a warning about the Apache Struts flaw in March, but the person responsible for passing it on so the patch would be installed did not do so. The hackers first got into the system on May 13, he said. Smith said he was first told of suspicious activity on July 31, and he apologised to the American people.",
"On Monday Equifax said a completed forensic review had found that about 2.5 million more U.S. consumers were affected than it first reported, bringing the total to 145.5 million. The review also showed that personal information of about 8,000 Canadians had been compromised, the company said, rather than the 100,000 it had estimated earlier."]),

("e22", "Ashgrove Bulletin", "2017-10-04T01:00:00Z", "Trump hails Puerto Rico's low death toll; official count rises to 34", [
"President Donald Trump told officials in Puerto Rico on Tuesday that they could be proud that only 16 people had died in Hurricane Maria, compared with thousands in what he called a real catastrophe like Hurricane Katrina. Hours after he left, Governor Ricardo Rosselló raised the island's official death toll to 34.",
"Trump, visiting two weeks after the storm, praised the federal relief effort and joked that the island had thrown the U.S. budget a little out of whack.",
"Rosselló told a news conference that 19 of the deaths were directly attributable to the hurricane and the rest indirectly, and that the official toll, which had stood at 16 since late September, had been updated as information reached the authorities. He put the damage to the island at about $90 billion. About one in twenty electricity customers had power, and many towns in the interior were still cut off."]),

("e23", "Granite Coast News Service", "2017-10-10T17:00:00Z", "Equifax says 15.2 million UK records exposed; 693,665 people to be contacted", [
"Equifax said on Tuesday that a file holding 15.2 million British records dating from 2011 to 2016 had been attacked in the breach of its U.S. systems, and that it would write to 693,665 British consumers whose sensitive details were exposed.",
"The file held data on real consumers as well as large sets of test data, duplicates and spurious fields, the company said. The people it will contact had phone numbers, driving licence numbers, email addresses or Equifax.co.uk account details, including partial credit card numbers, taken; the remaining 14.5 million records may contain only names and dates of birth, it said, which did not in itself put people at risk.",
"Patricio Remon, president of Equifax's European business, again apologised to anyone concerned about or affected by the attack, and said the company would offer free identity protection services. Britain's data protection regulator is investigating."]),

("e24", "Pinecrest Dispatch", "2017-11-18T17:00:00Z", "Mugabe ready to die rather than quit, nephew says, as thousands march in Harare", [
"Zimbabwe's President Robert Mugabe and his wife Grace are ready to die for what is correct and have no intention of stepping down to legitimise this week's military takeover, his nephew Patrick Zhuwao, a cabinet minister, said on Saturday.",
"Speaking by telephone from an undisclosed location in South Africa, Zhuwao said the 93-year-old leader had hardly slept since the army seized control on Wednesday, but that his health was otherwise good.",
"Tens of thousands of people marched through Harare on Saturday, cheering soldiers and calling for Mugabe to go after 37 years in power. A former cabinet minister said the ruling ZANU-PF party could recall Mugabe as its leader as early as Sunday. A Catholic priest mediating between Mugabe and the military said the president would meet the army commanders again on Sunday, for the second time since they took over."]),

("e25", "Silverlake Report", "2017-11-19T15:30:00Z", "Mugabe agrees to step down, source says, after party fires him", [
"Robert Mugabe has agreed to resign as Zimbabwe's president, a source familiar with the negotiations said on Sunday, hours after the ruling ZANU-PF party fired him as its leader and gave him until noon on Monday to step down or face impeachment.",
"The source did not give details of the terms of his departure. Mugabe met the commanders of the armed forces, who seized control of the country on Wednesday, at State House on Sunday, and was due to address the nation on television in the evening. The army, which has said its operation targets criminals around the president rather than Mugabe himself, has been negotiating with him since Thursday.",
"The party's central committee named Emmerson Mnangagwa, the vice president whom Mugabe fired this month, as its new leader, and expelled Grace Mugabe from the party. Delegates at the meeting in Harare sang and danced as the decision was announced."]),

("e26", "Kestrel Newswire", "2017-11-19T20:30:00Z", "Mugabe makes no mention of resigning in TV address", [
"Robert Mugabe said in a televised address on Sunday night that he would preside over his ruling party's congress next month, making no mention of resigning despite being fired as party leader hours earlier and facing a deadline to step down.",
"Flanked by the generals who seized power on Wednesday, the 93-year-old read a rambling speech in which he acknowledged criticism from the military, the party and war veterans, and said the army's operation did not amount to a threat to the constitutional order. The party congress was due in a few weeks and he would preside over its proceedings, he said.",
"Chris Mutsvangwa, leader of the influential war veterans' association, said they would lead protests in the streets of Harare. ZANU-PF officials said impeachment proceedings could begin in parliament on Tuesday if Mugabe did not step down by noon on Monday."]),

("e27", "Pinecrest Dispatch", "2017-11-21T17:30:00Z", "Mugabe resigns as Zimbabwe's president after 37 years", [
"Robert Mugabe resigned as Zimbabwe's president on Tuesday, ending 37 years in power, in a letter read out to a joint sitting of parliament that had just begun proceedings to impeach him.",
"In the letter, read by Speaker Jacob Mudenda, Mugabe said he was formally tendering his resignation with immediate effect, that the decision was voluntary on his part, and that it arose from his concern for the welfare of the people of Zimbabwe and his wish to ensure a smooth, peaceful and non-violent transfer of power. Lawmakers erupted in cheers, and the impeachment motion was dropped.",
"Crowds celebrated in the streets of Harare into the night, honking car horns and waving flags. A ZANU-PF official said Emmerson Mnangagwa, the former vice president who was named party leader on Sunday, would be sworn in as president within 48 hours."]),

("e28", "Ashgrove Bulletin", "2017-12-19T02:00:00Z", "Puerto Rico orders review of all deaths since Hurricane Maria", [
"Puerto Rico's governor on Monday ordered a review of every death on the island since Hurricane Maria struck in September, amid accusations that the official toll of 64 greatly understates the number of people the storm killed.",
"Governor Ricardo Rosselló said in a statement that the toll could be higher than the 64 deaths now attributed to the hurricane, and that his government had always expected it to rise as factual information, rather than hearsay, came in. Every death must have a name and an accurate account of the facts behind it, he said. The island's demographic registry and its public safety department will carry out the review.",
"A New York Times analysis this month found that 1,052 more people than usual died in Puerto Rico in the 42 days after the storm. Public Safety Secretary Héctor Pesquera last month called a claim by San Juan's mayor that the toll might be close to 500 irresponsible."]),

("e29", "Silverlake Report", "2018-02-27T18:00:00Z", "Cambridge Analytica chief tells MPs firm does not hold Facebook data", [
"The head of Cambridge Analytica, the data firm that worked on Donald Trump's 2016 presidential campaign, told British lawmakers on Tuesday that his company did not work with Facebook data and did not have any.",
"Alexander Nix, the firm's chief executive, was giving evidence to parliament's Digital, Culture, Media and Sport Committee, which is investigating fake news and disinformation. He said the company used Facebook as a platform to advertise, as other businesses did. Asked by committee members about Global Science Research, a company set up by a Cambridge University academic, Nix denied that Cambridge Analytica had received data from it.",
"In a letter published by the committee on Tuesday, Nix also said Cambridge Analytica had never had any involvement in the campaign for Britain's 2016 referendum on leaving the European Union. Committee chairman Damian Collins said the inquiry would go on examining how campaigns use personal data to target voters."]),

("e30", "Meridian Bay Wire", "2018-03-17T21:00:00Z", "Facebook suspends Cambridge Analytica as reports say 50 million profiles harvested", [
"Facebook has suspended Cambridge Analytica from its platform, saying it learned that data passed to the firm in violation of its rules had not been deleted, as newspapers reported on Saturday that the political consultancy had harvested information from some 50 million Facebook profiles.",
"Facebook said a Cambridge University psychologist, Aleksandr Kogan, obtained the data through a personality quiz app that about 270,000 people downloaded, and passed it to the firm in breach of its policies. In 2015 it demanded that the data be destroyed and received certifications that it had been, the company said. Paul Grewal, a Facebook vice president and deputy general counsel, said on Saturday it was completely false to call the episode a data breach, because people had knowingly provided their information and no systems had been infiltrated.",
"The Observer and The New York Times, citing former employee Christopher Wylie, reported that the data was used to build profiles of U.S. voters. Cambridge Analytica said it had obtained data from Kogan's company, Global Science Research, but deleted all of it once it learned the data had not been gathered in line with Facebook's terms, and that none of it was used in its work for the Trump campaign."]),

("e31", "Granite Coast News Service", "2018-03-19T22:00:00Z", "Cambridge Analytica says undercover film misrepresents its chief", [
"Cambridge Analytica said on Monday that an undercover television report showing its chief executive discussing bribes and the use of sex workers to entrap politicians had been edited and scripted in a way that grossly misrepresented the conversations.",
"In footage broadcast by Channel 4 News, Alexander Nix and other executives were filmed talking to a reporter posing as a fixer for a wealthy Sri Lankan client. The company said it did not condone or engage in entrapment, bribes or so-called honey-traps, and did not use untrue material for any purpose. It said its staff had played along with the conversation and entertained a series of ludicrous hypothetical scenarios, partly to spare the client embarrassment.",
"Facebook said it had hired the digital forensics firm Stroz Friedberg to audit Cambridge Analytica and that the firm had agreed to give the auditors complete access to its servers and systems. Britain's information commissioner said she would seek a warrant to search the company's offices."]),

("e32", "Meridian Bay Wire", "2018-03-22T02:00:00Z", "Zuckerberg admits mistakes; Cambridge Analytica suspends its chief", [
"Facebook chief executive Mark Zuckerberg acknowledged on Wednesday that the company had made mistakes in protecting users' data, breaking five days of silence, a day after Cambridge Analytica suspended its own chief executive over secretly filmed remarks.",
"In a post on his Facebook page, Zuckerberg said the company had a responsibility to protect people's data and did not deserve to serve them if it could not. Kogan's quiz app had been installed by around 300,000 people, he said, and the episode was a breach of trust between Kogan, Cambridge Analytica and Facebook, but also between Facebook and the people who share their data with it. He promised to investigate all apps that had access to large amounts of data before 2014 and to restrict developers' access further. In an interview with CNN he said he was really sorry, and that he was not sure Facebook should not be regulated.",
"Cambridge Analytica's board said on Tuesday it had suspended Alexander Nix pending a full independent investigation, because his comments secretly recorded by Channel 4 and other allegations did not represent the values or operations of the firm."]),

("e33", "Silverlake Report", "2018-04-05T00:30:00Z", "Facebook says data on up to 87 million people may have reached Cambridge Analytica", [
"Facebook said on Wednesday that information on up to 87 million people, most of them in the United States, may have been improperly shared with Cambridge Analytica, far more than the 50 million cited in earlier press reports.",
"Chief technology officer Mike Schroepfer disclosed the figure in a blog post setting out new limits on the data apps can reach. Chief executive Mark Zuckerberg told reporters on a conference call that Facebook had not taken a broad enough view of its responsibility, and that this had been a huge mistake. The company also said malicious actors had abused a search tool to collect public profile information on most of its 2 billion users, and that it had disabled the feature. Zuckerberg will testify before a House committee next Wednesday.",
"Cambridge Analytica said it had licensed data on no more than 30 million people from Global Science Research, as its contract stated, and had not received more than that. It repeated that it had not used any of the data in its work on the 2016 presidential election."]),

("e34", "Ashgrove Bulletin", "2018-07-13T01:00:00Z", "FEMA says it was unprepared for Maria's toll on Puerto Rico", [
"The Federal Emergency Management Agency underestimated how much food and water Puerto Rico would need after Hurricane Maria and how hard it would be to get supplies to the island, the agency said in a review of its response to last year's hurricane season released on Thursday.",
"The after-action report said FEMA's warehouse in Puerto Rico was nearly empty when Maria struck, with no cots or tarpaulins left, because most of its stock had been shipped to the U.S. Virgin Islands after Hurricane Irma two weeks earlier. Its plans had been written for a single disaster rather than several at once, and it had been short of trained staff, the agency said. For days after landfall it had little information about the state of the island's hospitals and water plants.",
"FEMA Administrator Brock Long wrote in a letter attached to the report that the 2017 storms had stretched response capabilities at every level of government, and that governments needed to be better prepared with their own supplies."]),

("e35", "Ashgrove Bulletin", "2018-08-29T01:00:00Z", "Puerto Rico raises Hurricane Maria death toll to 2,975", [
"Puerto Rico raised its official death toll from Hurricane Maria to 2,975 from 64 on Tuesday, adopting the findings of an independent study of excess deaths on the island in the six months after the storm.",
"Governor Ricardo Rosselló said the estimate by George Washington University's school of public health, which his government commissioned in February, would be the official figure, although it was an estimate and could change. He acknowledged that he had made mistakes and that things could have been done differently, and said he would set up a commission to act on the study's recommendations. The researchers found that doctors had not been trained to certify deaths linked to a disaster, which kept the count low.",
"White House press secretary Sarah Sanders said the federal government had supported, and would keep supporting, the governor's efforts to ensure full accountability and transparency on the deaths. The federal government would help the island recover for years to come, she said."]),

("e36", "Kestrel Newswire", "2018-09-13T21:00:00Z", "Trump disputes Puerto Rico death toll; governor says victims' pain should not be questioned", [
"President Donald Trump said on Thursday that 3,000 people did not die in the two hurricanes that struck Puerto Rico last year, and accused Democrats of inflating the toll to make him look as bad as possible.",
"In posts on Twitter, Trump said that when he left the island after the storm there had been anywhere from six to 18 deaths, and that the number had not risen much for a long time before very large figures began to be reported. On Tuesday he had called the federal government's response in Puerto Rico an incredible, unsung success.",
"Governor Ricardo Rosselló said the victims and the people of Puerto Rico did not deserve to have their pain questioned, and asked the president to recognise the magnitude of the disaster. The hurricane took 2,975 lives, he said; that was a fact, and the government had adjusted the official toll on that basis."]),

("e37", "Beaconfield Financial Wire", "2021-09-13T10:00:00Z", "Evergrande denies it is about to go bankrupt after protests", [
"China Evergrande Group said reports that it was about to go bankrupt or be restructured were completely untrue, after angry investors and homebuyers protested at its offices in several Chinese cities over the weekend.",
"The property developer, which has more than $300 billion in liabilities, said in a statement on Sunday night that it was facing unprecedented difficulties but was doing its utmost to resume construction and deliver homes, and would fully meet its responsibilities. Chairman Hui Ka Yan told an internal meeting on Friday that investors in the company's wealth management products must be repaid, people familiar with the matter said.",
"Dozens of people gathered at Evergrande's headquarters in Shenzhen on Monday to demand repayment of those products, many of which had been sold through the company's own staff. Two rating agencies cut the company's credit rating last week."]),

("e38", "Beaconfield Financial Wire", "2021-09-14T11:00:00Z", "Evergrande warns it may not meet its obligations, hires advisers", [
"China Evergrande Group said on Tuesday there was no assurance it would be able to meet its financial obligations, and that it had hired financial advisers to explore all feasible solutions to its worsening cash crunch.",
"In a filing to the Hong Kong stock exchange, the developer said its property sales in September were expected to fall significantly, further hurting its cash flow, and that it had made no material progress in selling assets. If it could not renew or extend its loans, some of its debts could fall due early, it warned. It said it had appointed Houlihan Lokey and Admiralty Harbour Capital to assess its capital structure and liquidity.",
"Evergrande's shares fell nearly 12 percent in Hong Kong on Tuesday. The company said it would keep trying to negotiate extensions or other arrangements with its lenders."]),

("e39", "Beaconfield Financial Wire", "2021-09-22T12:00:00Z", "Evergrande unit says yuan bond coupon resolved; no word on dollar payment", [
"China Evergrande Group's main onshore unit said on Wednesday it had resolved an interest payment due on Thursday on one of its yuan bonds through negotiations outside the clearing system, easing fears of an immediate default.",
"Hengda Real Estate Group did not say how much would be paid or when. The parent company made no comment on an $83.5 million coupon payment on an offshore dollar bond, also due on Thursday, which has a 30-day grace period before a missed payment counts as a default.",
"In a letter to staff on Tuesday marking the Mid-Autumn festival, chairman Hui Ka Yan said he firmly believed Evergrande would soon walk out of its darkest moment, and that the company would speed up the resumption of construction and deliver homes. China's central bank added a net 90 billion yuan to the banking system on Wednesday."]),

("e40", "Beaconfield Financial Wire", "2021-12-04T03:00:00Z", "Evergrande says funds may run short, plans restructuring talks with creditors", [
"China Evergrande Group said late on Friday that there was no guarantee it would have enough money to keep meeting its financial obligations, and that it planned to engage actively with offshore creditors to work out a feasible restructuring plan.",
"The developer said in a filing that it had received a demand to honour a guarantee of about $260 million and could not be sure it would be able to pay. Within hours the government of Guangdong province, where Evergrande is based, said it had summoned chairman Hui Ka Yan at his request and would send a working group to the company to oversee risk management and keep operations normal.",
"China's central bank said the risks posed by Evergrande would not hurt the normal financing needs of the property market, and the banking regulator said they were controllable."]),

("e41", "Tollgate Press Agency", "2022-05-16T16:00:00Z", "Erdogan says Turkey will not approve Swedish and Finnish NATO bids", [
"Turkey will not approve Sweden and Finland joining NATO, President Tayyip Erdogan said on Monday, accusing both countries of harbouring Kurdish militants and saying their delegations need not bother coming to Ankara to try to win him over.",
"Erdogan told a news conference that Turkey would not say yes to countries that had imposed sanctions on it, a reference to curbs on arms exports imposed after Turkey's 2019 incursion into Syria. On Friday he said Turkey did not have a positive view of the two bids, describing Scandinavian countries as guesthouses for terrorist organisations.",
"NATO Secretary General Jens Stoltenberg said on Sunday that Turkey had made clear it did not intend to block the two countries' membership, and that he was confident the allies could find common ground and reach consensus. Finland and Sweden are expected to submit their applications this week."]),

("e42", "Tollgate Press Agency", "2022-06-30T16:00:00Z", "Turkey lifts objection to Nordic NATO bids but warns it can still block them", [
"Turkey agreed on Tuesday night to support inviting Finland and Sweden to join NATO, after the three countries signed a memorandum in Madrid addressing Ankara's security concerns, clearing the way for alliance leaders to invite the two countries formally on Wednesday.",
"Erdogan's office said Turkey had got what it wanted, including full cooperation against the Kurdish militant group PKK and its affiliates. But Erdogan warned on Thursday, at the end of the NATO summit, that if the two countries failed to keep their promises he would not send the accession agreements to parliament for approval. He said Sweden had promised to extradite 73 people that Ankara regards as terrorists.",
"NATO Secretary General Jens Stoltenberg said the deal showed that the alliance could find common ground, and that the accession protocols would be signed next week. Swedish Prime Minister Magdalena Andersson said extradition requests would be handled in line with Swedish and international law."]),

("e43", "Granite Coast News Service", "2023-01-24T06:00:00Z", "Erdogan tells Sweden not to expect NATO support after Koran burning", [
"Sweden should no longer expect Turkey to support its bid to join NATO, President Tayyip Erdogan said on Monday, after a far-right politician burned a copy of the Koran outside the Turkish embassy in Stockholm at the weekend.",
"Speaking after a cabinet meeting, Erdogan said those who had allowed such blasphemy in front of Turkey's embassy could no longer count on Ankara's backing for their membership. If Sweden did not respect the religious beliefs of Turks and Muslims, it would not see any support from Turkey on NATO, he said.",
"Sweden and Finland applied to join the alliance last May, and Turkey and Hungary are the only members that have yet to ratify their accession. Swedish Prime Minister Ulf Kristersson called the burning deeply disrespectful, while saying that freedom of expression was a fundamental part of democracy."]),

("e44", "Tollgate Press Agency", "2023-03-17T16:00:00Z", "Turkey to ratify Finland's NATO entry, keeps Sweden waiting", [
"Turkey will start ratifying Finland's membership of NATO in its parliament, President Tayyip Erdogan said on Friday, removing one of the last obstacles to Finland's entry while leaving Sweden's application on hold.",
"Speaking alongside Finnish President Sauli Niinistö in Ankara, Erdogan said Finland had taken authentic and concrete steps to keep its commitments under last year's memorandum, and that Turkey had therefore decided to begin the ratification process. He said he hoped parliament would approve it before Turkey's elections in May. Sweden still had to take further steps, he said.",
"NATO Secretary General Jens Stoltenberg welcomed the decision, saying the most important thing was that both Finland and Sweden became members quickly, not whether they joined at exactly the same time. Hungary, the other member yet to ratify, has said it will vote on Finland later this month."]),

("e45", "Tollgate Press Agency", "2023-07-12T17:00:00Z", "Turkey agrees to send Sweden's NATO bid to parliament", [
"Turkey has agreed to forward Sweden's application to join NATO to its parliament for ratification, NATO Secretary General Jens Stoltenberg announced late on Monday after meeting President Tayyip Erdogan and Swedish Prime Minister Ulf Kristersson in Vilnius on the eve of the alliance's summit.",
"Stoltenberg said Erdogan had agreed to send the accession protocol to the Grand National Assembly as soon as possible and to work closely with lawmakers to ensure its ratification, calling it a historic step. Hours before the meeting Erdogan had demanded that the European Union first reopen the way for Turkey's own membership.",
"Speaking at the end of the summit on Wednesday, Erdogan said the decision now rested with parliament, which would take up the protocol after its summer recess, in October, and that Sweden still had to keep its promises on fighting terrorism."]),

("e46", "Pinecrest Dispatch", "2023-07-30T19:00:00Z", "France vows swift response after protesters target its embassy in Niger", [
"France said on Sunday it would respond immediately and uncompromisingly to any attack on its citizens, army, diplomats or interests in Niger, after thousands of supporters of the military officers who seized power last week tried to force their way into the French embassy in Niamey.",
"Protesters set fire to a door of the embassy compound and chanted slogans against France before being dispersed with tear gas. President Emmanuel Macron's office said he would not tolerate any attack against France and its interests. Foreign Minister Catherine Colonna has said France recognises only the authorities of President Mohamed Bazoum, who has been held by his own guard since Wednesday, and that the coup can still be reversed.",
"West African leaders meeting in Abuja gave the junta one week to reinstate Bazoum and said they would take all necessary measures to restore constitutional order, which could include the use of force. France has about 1,500 troops in Niger."]),

("e47", "Pinecrest Dispatch", "2023-08-28T16:00:00Z", "Macron says French ambassador will stay in Niger despite junta's order", [
"France's ambassador to Niger will remain in Niamey despite an order from the country's military rulers to leave, President Emmanuel Macron said on Monday, calling their demand illegitimate and defending French policy in the region.",
"Macron told French ambassadors at their annual conference in Paris that France's policy was the right one and praised Ambassador Sylvain Itté, whom the junta ordered out within 48 hours on Friday. The foreign ministry said at the time that the coup leaders had no authority to make such a request, because the ambassador's accreditation came from Niger's legitimate elected authorities.",
"France has about 1,500 troops in Niger for counter-terrorism operations. The junta has also denounced the military agreements under which they are based there, a decision Paris says it does not recognise."]),

("e48", "Kestrel Newswire", "2023-09-24T20:30:00Z", "France to pull ambassador and troops out of Niger, Macron says", [
"France will bring its ambassador home from Niger and withdraw its troops from the country by the end of the year, President Emmanuel Macron said on Sunday, two months after the military coup in Niamey.",
"In an interview with the TF1 and France 2 television channels, Macron said the ambassador and several diplomats would return to France in the coming hours, and that France was ending its military cooperation with the de facto authorities because they no longer wanted to fight terrorism. About 1,500 soldiers would leave in the coming weeks and months, with a full withdrawal by the end of the year, he said.",
"Macron said earlier this month that the ambassador was effectively being held hostage inside the embassy. Niger's military rulers welcomed Sunday's announcement as a new step towards the country's sovereignty."]),

("e49", "Pinecrest Dispatch", "2023-12-22T18:00:00Z", "Last French troops leave Niger", [
"The last French soldiers left Niger on Friday, completing a withdrawal that President Emmanuel Macron announced in September after the military coup that toppled President Mohamed Bazoum.",
"The French general staff said the final contingent had flown out of Niamey, ending a decade of French counter-terrorism deployments in the country, and that the pull-out of about 1,500 troops and their equipment had been carried out in an orderly and safe manner. The troops had been based at an air base in Niamey and at forward positions in the west of the country, where they fought jihadist groups alongside Nigerien forces. Niger's military rulers had earlier set Dec. 22 as the date for the end of the French presence.",
"The junta has moved closer to Russia since the coup and this month ended two European Union security and defence missions in the country. Bazoum remains in detention."]),
]

STATEMENTS = {
"e01": [["turkey", "opposition on Monday to any military intervention"], ["turkey", "could have dangerous consequences"],
        ["turkey", "NATO intervention was out of the question"], ["turkey", "did not want foreign forces"],
        ["turkey", "would need a United Nations resolution"], ["nato", "no intention of intervening in Libya"],
        ["nato", "planning for all eventualities"], ["nato", "would require a mandate from"]],
"e02": [["turkey", "voted on Thursday to send four frigates"], ["turkey", "would be transferred to NATO"],
        ["turkey", "concerns about civilian casualties had been addressed"], ["turkey", "would not include combat missions"],
        ["turkey", "will never point a gun at"], ["nato", "decided to enforce the no-fly zone"],
        ["nato", "considering whether to take on"], ["united-states", "will keep command of strikes"]],
"e03": [["united-states", "would not use its military to topple"], ["united-states", "regime change would be a mistake"],
        ["united-states", "had prevented a massacre in Benghazi"], ["united-states", "would play a supporting role"],
        ["united-states", "repeated that Gaddafi must leave power"], ["nato", "agreed on Sunday to take command"],
        ["nato", "would be run from its command"], ["france", "ready to discuss military aid to"],
        ["france", "not provided for by the U.N."]],
"e04": [["united-states", "impossible to imagine a future for Libya"], ["france", "impossible to imagine a future for Libya"],
        ["united-states", "not to remove him by force"], ["france", "not to remove him by force"],
        ["united-states", "must keep up its operations"], ["france", "must keep up its operations"],
        ["united-states", "a genuine transition could only begin"], ["france", "a genuine transition could only begin"],
        ["united-states", "an unconscionable betrayal of the Libyan"], ["france", "an unconscionable betrayal of the Libyan"],
        ["nato", "promised to keep up the pressure"], ["nato", "needed a few more precision strike aircraft"],
        ["france", "urging its allies to step up attacks"]],
"e05": [["france", "has parachuted weapons to rebels"], ["france", "as well as Milan anti-tank missiles"],
        ["france", "help spark an uprising in Tripoli"], ["france", "there had been no other way forward"],
        ["france", "consisted mainly of light infantry weapons"], ["france", "intended to let civilians in Berber villages"],
        ["france", "started by dropping food, water and"]],
"e06": [["france", "denied on Thursday that any Milan"], ["france", "no such missile had been dropped"],
        ["france", "made up of individual weapons"], ["france", "supply the means of self-defence"],
        ["france", "consistent with Security Council resolution 1973"]],
"e07": [["sony", "preparing to say publicly that North Korea"], ["sony", "could come as early as Wednesday"],
        ["sony", "restoring email and other services"], ["united-states", "has confirmed it is investigating the attack"],
        ["united-states", "declined to say whether it believes"]],
"e08": [["sony", "denied a report that it was about"], ["sony", "a very sophisticated cyber attack"],
        ["sony", "would not be making a statement"], ["united-states", "warned some U.S. businesses about destructive malware"],
        ["united-states", "has not publicly linked the Sony attack"]],
"e09": [["sony", "cancelled the Christmas Day release"], ["sony", "most of its exhibitors had chosen not"],
        ["sony", "shared their concern for the safety"], ["sony", "a brazen attempt to stop a film"],
        ["sony", "stood by its filmmakers"], ["sony", "had no further release plans"],
        ["united-states", "North Korea was centrally involved"], ["united-states", "a serious national security matter"]],
"e10": [["united-states", "enough information to conclude that the North"], ["united-states", "had made a mistake in shelving"],
        ["united-states", "would respond proportionally"], ["united-states", "wished Sony had spoken to him"],
        ["united-states", "a dictator somewhere could impose censorship"], ["sony", "were mistaken about what had happened"],
        ["sony", "only after cinemas refused to show"], ["sony", "had not caved or given in"],
        ["sony", "would still like the public to see"], ["sony", "no major video-on-demand distributor"]],
"e11": [["sony", "will open in a limited number"], ["sony", "had never given up on releasing"],
        ["sony", "in a number of theatres"], ["sony", "put the film on more platforms"],
        ["united-states", "applauded Sony for authorising screenings"], ["united-states", "believes in free speech and the right"]],
"e12": [["india", "withdraw its 500 and 1,000 rupee banknotes"], ["india", "strike at corruption, counterfeit currency and"],
        ["india", "from Nov. 10 until Dec. 30"], ["india", "at specified offices of the Reserve Bank"],
        ["india", "by filling in a declaration form"], ["india", "will not work on Wednesday"],
        ["india", "still be accepted for 72 hours"]],
"e13": [["india", "bring out a new 1,000 rupee banknote"], ["india", "within a few months"],
        ["india", "completely new design, size and colour"], ["india", "eventually be reissued with new designs"],
        ["india", "stay open on Saturday and Sunday"], ["india", "urged people not to rush"],
        ["india", "had until Dec. 30 to deposit"], ["india", "start dispensing money again on Friday"],
        ["india", "would last only a few days"]],
"e14": [["india", "extended until midnight on Nov. 24"], ["india", "for the public's convenience"],
        ["india", "enough cash in the system"], ["india", "no need to panic"],
        ["india", "will be raised to 2,500 rupees"], ["india", "to 4,500 rupees from 4,000"],
        ["india", "give him 50 days"], ["india", "ready to face any punishment"]],
"e15": [["india", "stop exchanging scrapped 500 and 1,000"], ["india", "remain valid for some essential payments"],
        ["india", "could still be used at government hospitals"], ["india", "no longer be accepted anywhere"],
        ["india", "which remains possible until Dec. 30"], ["india", "push holders of old notes"]],
"e16": [["india", "were out of the country during"], ["india", "could deposit the notes at five"],
        ["india", "showing proof of travel"], ["india", "would have until June 30"],
        ["india", "an offence punishable by a fine"], ["india", "bring clarity and finality"]],
"e17": [["india", "no plans to introduce a new 1,000"], ["india", "focus was on producing and supplying"],
        ["india", "running dry were being addressed"], ["india", "withdraw only the cash they actually needed"],
        ["india", "overdrawing by some deprived others"], ["india", "There was enough cash available"]],
"e18": [["equifax", "as many as 143 million U.S. consumers"], ["equifax", "had access from mid-May through July"],
        ["equifax", "credit card numbers for about 209,000"], ["equifax", "discovered the intrusion on July 29"],
        ["equifax", "no evidence of unauthorised activity"], ["equifax", "Limited personal information on some British"],
        ["equifax", "a disappointing event"], ["equifax", "had no knowledge of the intrusion"]],
"e19": [["equifax", "were retiring with immediate effect"], ["equifax", "exploited a flaw in the Apache Struts"],
        ["equifax", "was aware of the vulnerability"], ["equifax", "had taken steps to identify and patch"],
        ["equifax", "review of the facts was still"], ["equifax", "noticed suspicious traffic on a U.S."],
        ["equifax", "took the application offline the next"], ["equifax", "patched the application before bringing it"],
        ["equifax", "hired the cybersecurity firm Mandiant"]],
"e20": [["equifax", "About 100,000 Canadians may have had"], ["equifax", "apologised to Canadian consumers"],
        ["equifax", "mail notices to those affected"], ["equifax", "contact up to 400,000 consumers"],
        ["equifax", "British systems were not affected"], ["equifax", "identity takeover was unlikely"],
        ["equifax", "a failure to protect British consumer data"]],
"e21": [["equifax", "one employee failed to make sure"], ["equifax", "a later scan of the network failed"],
        ["equifax", "responsible for passing it on"], ["equifax", "got into the system on May 13"],
        ["equifax", "first told of suspicious activity"], ["equifax", "apologised to the American people"],
        ["equifax", "2.5 million more U.S. consumers"], ["equifax", "bringing the total to 145.5 million"],
        ["equifax", "about 8,000 Canadians had been compromised"]],
"e22": [["united-states", "could be proud that only 16"], ["united-states", "a real catastrophe like Hurricane Katrina"],
        ["united-states", "praised the federal relief effort"], ["united-states", "a little out of whack"],
        ["puerto-rico", "official death toll to 34"], ["puerto-rico", "19 of the deaths were directly"],
        ["puerto-rico", "as information reached the authorities"], ["puerto-rico", "damage to the island at about"]],
"e23": [["equifax", "15.2 million British records"], ["equifax", "would write to 693,665 British consumers"],
        ["equifax", "large sets of test data"], ["equifax", "may contain only names and dates"],
        ["equifax", "did not in itself put people"], ["equifax", "again apologised to anyone concerned"],
        ["equifax", "free identity protection services"]],
"e24": [["zimbabwe", "ready to die for what is correct"], ["zimbabwe", "no intention of stepping down"],
        ["zimbabwe", "had hardly slept since the army"], ["zimbabwe", "his health was otherwise good"]],
"e25": [["zimbabwe", "has agreed to resign as Zimbabwe's president"], ["zimbabwe", "was due to address the nation"]],
"e26": [["zimbabwe", "would preside over his ruling party's congress"], ["zimbabwe", "acknowledged criticism from the military"],
        ["zimbabwe", "did not amount to a threat"], ["zimbabwe", "preside over its proceedings"]],
"e27": [["zimbabwe", "resigned as Zimbabwe's president on Tuesday"], ["zimbabwe", "tendering his resignation with immediate effect"],
        ["zimbabwe", "the decision was voluntary on his part"], ["zimbabwe", "concern for the welfare of the people"],
        ["zimbabwe", "smooth, peaceful and non-violent transfer of power"]],
"e28": [["puerto-rico", "ordered a review of every death"], ["puerto-rico", "higher than the 64 deaths now attributed"],
        ["puerto-rico", "always expected it to rise"], ["puerto-rico", "Every death must have a name"],
        ["puerto-rico", "will carry out the review"]],
"e29": [["cambridge-analytica", "did not work with Facebook data"], ["cambridge-analytica", "did not have any"],
        ["cambridge-analytica", "used Facebook as a platform to advertise"], ["cambridge-analytica", "denied that Cambridge Analytica had received data"],
        ["cambridge-analytica", "never had any involvement in the campaign"]],
"e30": [["facebook", "learned that data passed to the firm"], ["facebook", "about 270,000 people downloaded"],
        ["facebook", "passed it to the firm in breach"], ["facebook", "received certifications that it had been"],
        ["facebook", "completely false to call the episode"], ["facebook", "people had knowingly provided their information"],
        ["facebook", "no systems had been infiltrated"], ["cambridge-analytica", "had obtained data from Kogan's company"],
        ["cambridge-analytica", "deleted all of it once it"], ["cambridge-analytica", "none of it was used in"]],
"e31": [["cambridge-analytica", "grossly misrepresented the conversations"], ["cambridge-analytica", "did not condone or engage in entrapment"],
        ["cambridge-analytica", "did not use untrue material"], ["cambridge-analytica", "entertained a series of ludicrous hypothetical scenarios"],
        ["facebook", "hired the digital forensics firm Stroz Friedberg"], ["facebook", "complete access to its servers"]],
"e32": [["facebook", "had made mistakes in protecting users' data"], ["facebook", "did not deserve to serve them"],
        ["facebook", "installed by around 300,000 people"], ["facebook", "a breach of trust between Kogan"],
        ["facebook", "investigate all apps that had access"], ["facebook", "restrict developers' access further"],
        ["facebook", "he was really sorry"], ["facebook", "not sure Facebook should not be regulated"],
        ["cambridge-analytica", "had suspended Alexander Nix pending"], ["cambridge-analytica", "did not represent the values or operations"]],
"e33": [["facebook", "up to 87 million people"], ["facebook", "may have been improperly shared"],
        ["facebook", "new limits on the data apps"], ["facebook", "not taken a broad enough view"],
        ["facebook", "had been a huge mistake"], ["facebook", "abused a search tool to collect"],
        ["facebook", "will testify before a House committee"], ["cambridge-analytica", "no more than 30 million people"],
        ["cambridge-analytica", "had not received more than that"], ["cambridge-analytica", "had not used any of the data"]],
"e34": [["united-states", "underestimated how much food and water"], ["united-states", "was nearly empty when Maria struck"],
        ["united-states", "written for a single disaster"], ["united-states", "short of trained staff"],
        ["united-states", "little information about the state"], ["united-states", "stretched response capabilities at every level"],
        ["united-states", "better prepared with their own supplies"]],
"e35": [["puerto-rico", "Hurricane Maria to 2,975 from 64"], ["puerto-rico", "would be the official figure"],
        ["puerto-rico", "it was an estimate and could change"], ["puerto-rico", "he had made mistakes"],
        ["puerto-rico", "set up a commission"], ["united-states", "full accountability and transparency on the deaths"],
        ["united-states", "help the island recover for years"]],
"e36": [["united-states", "3,000 people did not die"], ["united-states", "inflating the toll to make him look"],
        ["united-states", "anywhere from six to 18 deaths"], ["united-states", "an incredible, unsung success"],
        ["puerto-rico", "did not deserve to have their pain"], ["puerto-rico", "recognise the magnitude of the disaster"],
        ["puerto-rico", "The hurricane took 2,975 lives"], ["puerto-rico", "adjusted the official toll on that basis"]],
"e37": [["evergrande", "about to go bankrupt or be restructured"], ["evergrande", "were completely untrue"],
        ["evergrande", "facing unprecedented difficulties"], ["evergrande", "doing its utmost to resume construction"],
        ["evergrande", "would fully meet its responsibilities"], ["evergrande", "wealth management products must be repaid"]],
"e38": [["evergrande", "no assurance it would be able"], ["evergrande", "explore all feasible solutions"],
        ["evergrande", "expected to fall significantly"], ["evergrande", "no material progress in selling assets"],
        ["evergrande", "could fall due early"], ["evergrande", "appointed Houlihan Lokey and Admiralty Harbour"],
        ["evergrande", "negotiate extensions or other arrangements"]],
"e39": [["evergrande", "had resolved an interest payment due"], ["evergrande", "through negotiations outside the clearing system"],
        ["evergrande", "walk out of its darkest moment"], ["evergrande", "speed up the resumption of construction"]],
"e40": [["evergrande", "no guarantee it would have enough money"], ["evergrande", "engage actively with offshore creditors"],
        ["evergrande", "a feasible restructuring plan"], ["evergrande", "received a demand to honour a guarantee"],
        ["evergrande", "could not be sure it would"]],
"e41": [["turkey", "will not approve Sweden and Finland joining"], ["turkey", "accusing both countries of harbouring Kurdish militants"],
        ["turkey", "need not bother coming to Ankara"], ["turkey", "would not say yes to countries"],
        ["turkey", "did not have a positive view"], ["turkey", "guesthouses for terrorist organisations"],
        ["nato", "did not intend to block"], ["nato", "confident the allies could find common ground"]],
"e42": [["turkey", "agreed on Tuesday night to support"], ["turkey", "had got what it wanted"],
        ["turkey", "full cooperation against the Kurdish militant"], ["turkey", "would not send the accession agreements"],
        ["turkey", "promised to extradite 73 people"], ["nato", "the alliance could find common ground"],
        ["nato", "protocols would be signed next week"]],
"e43": [["turkey", "should no longer expect Turkey to support"], ["turkey", "could no longer count on Ankara's backing"],
        ["turkey", "would not see any support from Turkey"]],
"e44": [["turkey", "will start ratifying Finland's membership"], ["turkey", "taken authentic and concrete steps"],
        ["turkey", "decided to begin the ratification process"], ["turkey", "before Turkey's elections in May"],
        ["turkey", "Sweden still had to take further steps"], ["nato", "welcomed the decision"],
        ["nato", "both Finland and Sweden became members quickly"]],
"e45": [["turkey", "agreed to forward Sweden's application"], ["turkey", "agreed to send the accession protocol"],
        ["turkey", "reopen the way for Turkey's own membership"], ["turkey", "the decision now rested with parliament"],
        ["turkey", "after its summer recess, in October"], ["turkey", "Sweden still had to keep its promises"],
        ["nato", "calling it a historic step"]],
"e46": [["france", "respond immediately and uncompromisingly to any attack"], ["france", "would not tolerate any attack against France"],
        ["france", "recognises only the authorities of President"], ["france", "the coup can still be reversed"]],
"e47": [["france", "will remain in Niamey despite an order"], ["france", "calling their demand illegitimate"],
        ["france", "France's policy was the right one"], ["france", "no authority to make such a request"],
        ["france", "says it does not recognise"]],
"e48": [["france", "bring its ambassador home from Niger"], ["france", "return to France in the coming hours"],
        ["france", "ending its military cooperation with the"], ["france", "no longer wanted to fight terrorism"],
        ["france", "a full withdrawal by the end"]],
"e49": [["france", "the final contingent had flown out"], ["france", "in an orderly and safe manner"]],
}

OPTIONAL = {
"e01": [["turkey", "called the idea of NATO intervention"]],
"e08": [["sony", "would officially identify Pyongyang"]],
"e14": [["india", "already extended once, to Monday midnight"]],
"e16": [["india", "anyone unable to deposit old notes"]],
"e17": [["india", "were being printed and would be launched"]],
"e21": [["equifax", "the 100,000 it had estimated earlier"]],
"e22": [["puerto-rico", "had stood at 16 since late September"]],
"e25": [["zimbabwe", "targets criminals around the president"]],
"e28": [["puerto-rico", "close to 500 irresponsible"]],
"e35": [["united-states", "had supported, and would keep supporting"]],
"e45": [["nato", "work closely with lawmakers to ensure"]],
"e48": [["france", "effectively being held hostage"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["e01", "e02", "turkey", "stance-reversal: the prime minister said a NATO operation in Libya would bring no benefit and could have dangerous consequences, and the president called direct NATO intervention out of the question; ten days later Turkey sends warships to a NATO mission and backs handing command of the campaign to NATO"],
["e43", "e45", "turkey", "stance-reversal: Sweden should no longer expect Turkey's support and would see none on NATO; six months later Turkey agrees to forward Sweden's accession protocol to parliament"],
["e31", "e32", "cambridge-analytica", "stance-reversal: the firm said the undercover film grossly misrepresented its chief, who had only entertained hypothetical scenarios; the next day the board suspends him because his recorded comments do not represent the firm's values"],
["e09", "e10", "sony", "stance-reversal: the studio had no further release plans for the film, on demand or on disc; two days later its chief executive says it has not caved and would still like the public to see the movie"],
# commitments reversed in other words
["e09", "e11", "sony", "commitment-reversed: the studio cancelled the Christmas Day release and had no further release plans for the film; five days later the film opens in cinemas on Christmas Day after all"],
["e26", "e27", "zimbabwe", "commitment-reversed: the president would preside over his party's congress in a few weeks; two days later he resigns with immediate effect"],
["e47", "e48", "france", "commitment-reversed: the ambassador will remain in Niamey despite the junta's order, which Paris calls illegitimate; four weeks later he is brought home and the troops are to leave"],
["e12", "e16", "india", "commitment-reversed: anyone unable to deposit old notes by Dec. 30 could do so at Reserve Bank offices until March 31 with a declaration; the ordinance limits that window to people who were abroad"],
["e41", "e42", "turkey", "commitment-reversed: Turkey will not approve the two countries joining and will not say yes to states that sanction it; six weeks later it agrees to support their invitation"],
# denial then action or admission
["e29", "e30", "cambridge-analytica", "denial-then-action: the chief executive told MPs the firm did not work with or have Facebook data and had received none from Global Science Research; the firm says it obtained data from that company and deleted it"],
["e37", "e40", "evergrande", "denial-then-action: reports that the group was about to be restructured were completely untrue; it now plans to work out a restructuring plan with offshore creditors"],
["e30", "e33", "facebook", "denial-then-action: it was completely false to call the episode a data breach, since people knowingly provided their information; the company says data on up to 87 million people may have been improperly shared and calls its narrow view of its responsibility a huge mistake"],
["e24", "e27", "zimbabwe", "denial-then-action: the president had no intention of stepping down and was ready to die for what is correct, a cabinet minister said; three days later he resigns"],
# claims negated
["e37", "e38", "evergrande", "claim-negated: talk of bankruptcy was completely untrue and the group would fully meet its responsibilities; the next day it says there is no assurance it can meet its financial obligations"],
["e19", "e21", "equifax", "claim-negated: the security organisation had taken steps to identify and patch vulnerable systems after the March alert; the former chief executive says the patch was never applied because one employee failed to pass the warning on and a scan missed the system"],
["e34", "e36", "united-states", "claim-negated: FEMA's own review says it underestimated the need, had an empty warehouse and was short of trained staff in Puerto Rico; the president calls the federal response an incredible, unsung success"],
["e13", "e17", "india", "claim-negated: a new 1,000 rupee note would be brought out within a few months; three months later there are no plans to introduce one"],
# number mismatch
["e20", "e23", "equifax", "number-mismatch: the company would contact up to 400,000 British consumers; then it will write to 693,665, from a file of 15.2 million British records"],
["e20", "e21", "equifax", "number-mismatch: about 100,000 Canadians may have been affected; then about 8,000"],
["e28", "e35", "puerto-rico", "number-mismatch: 64 deaths attributed to the hurricane, though the toll could be higher; then an official toll of 2,975"],
# date mismatch
["e12", "e14", "india", "date-mismatch: old notes accepted at hospitals, ticket counters and petrol pumps for 72 hours; then until midnight on Nov. 24"],
["e14", "e15", "india", "date-mismatch: old notes usable for such payments until midnight on Nov. 24; then old 500 rupee notes until Dec. 15"],
# report denied
["e07", "e08", "sony", "report-denied: a report citing two people close to the investigation says the studio is preparing to name North Korea publicly; the studio denies it and says it will make no statement on the source"],
["e25", "e26", "zimbabwe", "report-denied: a source familiar with the negotiations says the president has agreed to resign; that night he says on television that he will preside over the party congress, with no mention of resigning"],
["e05", "e06", "france", "report-denied: Le Figaro, citing an intelligence memo and senior French officials, reports that the drops included Milan anti-tank missiles; the general staff says no such missile was dropped"],
# outlets disagree
["e24", "e25", "zimbabwe", "outlets-disagree: one outlet quotes the president's nephew, a cabinet minister, saying he has no intention of stepping down; another, citing a source familiar with the negotiations, reports that he has agreed to resign"],
]

AMBIGUOUS = [
["e42", "e43"],  # support for the invitation under the memorandum against no support for Sweden: Turkey always made it conditional
["e29", "e33"],  # no Facebook data against licensing data on up to 30 million people: carried by e29-e30
["e30", "e32"],  # 'completely false to call it a data breach' against 'a breach of trust' and mistakes: different senses of breach
["e24", "e26"],  # a minister calls it a military takeover; the president says the operation was no threat to the constitutional order
["e34", "e35"],  # FEMA's shortcomings against the White House supporting accountability: no direct clash
["e22", "e35"],  # 34 deaths against 2,975: carried by e28-e35, and counts were growing
["e03", "e05"],  # military aid 'not provided for' by the resolutions but open to discussion, then arms drops
["e12", "e15"],  # 72 hours against Dec. 15: carried by e12-e14 and e14-e15
["e46", "e48"],  # any attack met uncompromisingly and the coup reversible, against a withdrawal
["e41", "e45"],  # NATO confident of quick consensus, against a year-long wait for Sweden
["e18", "e23"],  # 'limited personal information' on British residents against 15.2 million records
["e13", "e15"],  # 'no need to rush, until Dec. 30' against the end of counter exchanges on Nov. 24: deposits still open
]

TRAPS = [
["e03", "e04", "different scope: using the military to topple Gaddafi would be a mistake, while he must go for good; the political goal is not the military mandate, as the leaders say themselves"],
["e02", "e03", "a hedge then a firmer version: NATO agrees to enforce the no-fly zone while considering a broader role; it then takes command of all operations"],
["e08", "e10", "one actor differing from another: the studio makes no statement on who attacked it; the FBI names North Korea"],
["e10", "e11", "a hedge then a firmer version: the studio would still like the public to see the film but has no distributor; it then releases it, and the White House, which called the cancellation a mistake, welcomes the release"],
["e13", "e16", "a stated date kept: people had until Dec. 30 to deposit old notes; the deposit period closes on Dec. 30"],
["e18", "e21", "figures that grow as the review ends, and a hedged date made precise: 143 million, then 145.5 million consumers; access from mid-May, then from May 13; the team spotted the intrusion on July 29 and the chief executive was told on July 31"],
["e22", "e28", "figures that grow as counts update: 16 deaths, then 34, then 64"],
["e35", "e36", "one actor differing from another: the president says 3,000 people did not die; Puerto Rico's governor stands by 2,975"],
["e32", "e33", "different scope: around 300,000 people installed the app, while data on up to 87 million people may have been shared; and the firm's 30 million against Facebook's 87 million is one actor against another"],
["e38", "e39", "different scope: no assurance of meeting its obligations as a whole, while one domestic coupon is settled by negotiation"],
["e42", "e44", "a conditional met: the accession would go to parliament only if the promises were kept; Finland took concrete steps and its ratification begins"],
["e43", "e44", "different scope: no support for Sweden, while Finland's ratification begins"],
["e48", "e49", "a hedged date kept: a full withdrawal by the end of the year; the last troops leave on Dec. 22"],
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
