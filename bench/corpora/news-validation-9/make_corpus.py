#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-9, then checks them.

Every document retells a real, dated public event in its author's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "united-states", "name": "United States",
     "aliases": ["US", "U.S.", "Washington", "White House", "State Department", "U.S. government",
                 "National Aeronautics and Space Administration", "NASA", "Reagan administration",
                 "Eisenhower administration", "Justice Department"],
     "speakers": [
         {"name": "Dwight D. Eisenhower", "role": "President", "from": "1953-01-20", "to": "1961-01-20"},
         {"name": "Christian Herter", "role": "Secretary of State", "from": "1959-04-22", "to": "1961-01-20"},
         {"name": "Lincoln White", "role": "Spokesman, State Department", "from": "1957-01-01", "to": "1961-01-20"},
         {"name": "James Hagerty", "role": "White House Press Secretary", "from": "1953-01-20", "to": "1961-01-20"},
         {"name": "T. Keith Glennan", "role": "Administrator, National Aeronautics and Space Administration", "from": "1958-08-19", "to": "1961-01-20"},
         {"name": "Ronald Reagan", "role": "President", "from": "1981-01-20", "to": "1989-01-20"},
         {"name": "Edwin Meese III", "role": "Attorney General", "from": "1985-02-25", "to": "1988-08-12"},
         {"name": "John M. Poindexter", "role": "National Security Adviser", "from": "1985-12-04", "to": "1986-11-25"},
         {"name": "George P. Shultz", "role": "Secretary of State", "from": "1982-07-16", "to": "1989-01-20"},
         {"name": "Larry Speakes", "role": "Principal Deputy Press Secretary, White House", "from": "1981-03-30", "to": "1987-02-01"},
         {"name": "Donald T. Regan", "role": "White House Chief of Staff", "from": "1985-02-04", "to": "1987-02-27"},
         {"name": "Howard H. Baker Jr.", "role": "White House Chief of Staff", "from": "1987-02-27", "to": "1988-07-01"}]},
    {"type": "actor", "id": "soviet-union", "name": "Soviet Union",
     "aliases": ["USSR", "U.S.S.R.", "Moscow", "Kremlin", "Soviet government", "Council of Ministers",
                 "Soviet Council of Ministers", "Tass", "Soviet officials", "Soviet leadership"],
     "speakers": [
         {"name": "Nikita Khrushchev", "role": "First Secretary of the Communist Party", "from": "1953-09-14", "to": "1964-10-14"},
         {"name": "Nikita Khrushchev", "role": "Premier, Chairman of the Council of Ministers", "from": "1958-03-27", "to": "1964-10-14"},
         {"name": "Andrei Gromyko", "role": "Foreign Minister", "from": "1957-02-15", "to": "1985-07-02"},
         {"name": "Mikhail Gorbachev", "role": "General Secretary of the Communist Party", "from": "1985-03-11", "to": "1991-08-24"},
         {"name": "Nikolai Ryzhkov", "role": "Chairman of the Council of Ministers", "from": "1985-09-27", "to": "1991-01-14"},
         {"name": "Boris Shcherbina", "role": "Deputy Chairman of the Council of Ministers", "from": "1984-01-13", "to": "1989-07-17"}]},
    {"type": "actor", "id": "russia", "name": "Russia",
     "aliases": ["Russian Federation", "Moscow", "Kremlin", "Russian government", "Russian navy", "Northern Fleet",
                 "Russian Defence Ministry", "Russian Finance Ministry", "Prosecutor General's Office",
                 "government commission"],
     "speakers": [
         {"name": "Vladimir Putin", "role": "President", "from": "2000-05-07", "to": "2008-05-07"},
         {"name": "Vladimir Putin", "role": "Prime Minister", "from": "2008-05-08", "to": "2012-05-07"},
         {"name": "Igor Sergeyev", "role": "Defence Minister", "from": "1997-05-22", "to": "2001-03-28"},
         {"name": "Vladimir Kuroyedov", "role": "Commander-in-Chief of the Navy", "from": "1997-11-07", "to": "2005-09-04"},
         {"name": "Igor Dygalo", "role": "Spokesman, Russian navy", "from": "1999-01-01", "to": "2005-12-31"},
         {"name": "Mikhail Motsak", "role": "Chief of Staff, Northern Fleet", "from": "1999-01-01", "to": "2001-12-31"},
         {"name": "Ilya Klebanov", "role": "Deputy Prime Minister, head of the government commission on the Kursk", "from": "1999-05-25", "to": "2002-02-18"},
         {"name": "Vladimir Ustinov", "role": "Prosecutor General", "from": "2000-05-17", "to": "2006-06-02"},
         {"name": "Dmitry Pankin", "role": "Deputy Finance Minister", "from": "2004-03-01", "to": "2011-12-31"},
         {"name": "Alexei Kudrin", "role": "Finance Minister", "from": "2000-05-18", "to": "2011-09-26"}]},
    {"type": "actor", "id": "coca-cola", "name": "The Coca-Cola Company",
     "aliases": ["Coca-Cola", "Coca-Cola Co.", "Coca-Cola Company", "Coca-Cola USA"],
     "speakers": [
         {"name": "Roberto C. Goizueta", "role": "Chairman and Chief Executive Officer", "from": "1981-03-01", "to": "1997-10-18"},
         {"name": "Donald R. Keough", "role": "President and Chief Operating Officer", "from": "1981-03-01", "to": "1993-04-15"},
         {"name": "Brian Dyson", "role": "President, Coca-Cola USA", "from": "1983-01-01", "to": "1986-12-31"}]},
    {"type": "actor", "id": "united-kingdom", "name": "United Kingdom",
     "aliases": ["Britain", "UK", "U.K.", "British government", "London", "Treasury", "HM Treasury",
                 "Downing Street", "Bank of England", "Ministry of Agriculture, Fisheries and Food",
                 "Department of Health"],
     "speakers": [
         {"name": "John Gummer", "role": "Minister of Agriculture, Fisheries and Food", "from": "1989-07-24", "to": "1993-05-27"},
         {"name": "John Major", "role": "Prime Minister", "from": "1990-11-28", "to": "1997-05-02"},
         {"name": "Norman Lamont", "role": "Chancellor of the Exchequer", "from": "1990-11-28", "to": "1993-05-27"},
         {"name": "Robin Leigh-Pemberton", "role": "Governor, Bank of England", "from": "1983-07-01", "to": "1993-06-30"},
         {"name": "Stephen Dorrell", "role": "Secretary of State for Health", "from": "1995-07-05", "to": "1997-05-02"},
         {"name": "Douglas Hogg", "role": "Minister of Agriculture, Fisheries and Food", "from": "1995-07-05", "to": "1997-05-02"},
         {"name": "Gordon Brown", "role": "Prime Minister", "from": "2007-06-27", "to": "2010-05-11"},
         {"name": "Alistair Darling", "role": "Chancellor of the Exchequer", "from": "2007-06-28", "to": "2010-05-11"}]},
    {"type": "actor", "id": "european-union", "name": "European Union",
     "aliases": ["EU", "European Commission", "Brussels", "EU veterinary committee", "Commission"],
     "speakers": [
         {"name": "Jacques Santer", "role": "President of the European Commission", "from": "1995-01-23", "to": "1999-03-15"},
         {"name": "Franz Fischler", "role": "Commissioner for Agriculture", "from": "1995-01-23", "to": "2004-11-21"}]},
    {"type": "actor", "id": "intel", "name": "Intel Corp.",
     "aliases": ["Intel", "Intel Corporation"],
     "speakers": [
         {"name": "Andrew S. Grove", "role": "President and Chief Executive Officer", "from": "1987-03-01", "to": "1998-05-20"},
         {"name": "Gordon Moore", "role": "Chairman", "from": "1979-04-01", "to": "1997-05-01"},
         {"name": "Craig Barrett", "role": "Executive Vice President and Chief Operating Officer", "from": "1993-01-01", "to": "1997-01-01"}]},
    {"type": "actor", "id": "ibm", "name": "International Business Machines Corp.",
     "aliases": ["IBM", "IBM Corp.", "International Business Machines"],
     "speakers": [
         {"name": "Louis V. Gerstner Jr.", "role": "Chairman and Chief Executive Officer", "from": "1993-04-01", "to": "2002-03-01"}]},
    {"type": "actor", "id": "airbus", "name": "Airbus",
     "aliases": ["Airbus SAS", "EADS", "European Aeronautic Defence and Space Co.", "planemaker"],
     "speakers": [
         {"name": "Noel Forgeard", "role": "Co-Chief Executive Officer, EADS", "from": "2005-06-27", "to": "2006-07-02"},
         {"name": "Gustav Humbert", "role": "President and Chief Executive Officer, Airbus", "from": "2005-06-30", "to": "2006-07-02"},
         {"name": "Christian Streiff", "role": "President and Chief Executive Officer, Airbus", "from": "2006-07-02", "to": "2006-10-09"},
         {"name": "Louis Gallois", "role": "Co-Chief Executive Officer, EADS", "from": "2006-07-02", "to": "2007-08-27"},
         {"name": "Louis Gallois", "role": "President and Chief Executive Officer, Airbus", "from": "2006-10-09", "to": "2007-08-27"},
         {"name": "Louis Gallois", "role": "Chief Executive Officer, EADS", "from": "2007-08-27", "to": "2012-05-31"},
         {"name": "Thomas Enders", "role": "President and Chief Executive Officer, Airbus", "from": "2007-08-27", "to": "2012-05-31"},
         {"name": "John Leahy", "role": "Chief Commercial Officer, Airbus", "from": "1994-01-01", "to": "2018-01-31"}]},
    {"type": "actor", "id": "iceland", "name": "Iceland",
     "aliases": ["Icelandic government", "Reykjavik", "Financial Supervisory Authority", "FME",
                 "Icelandic authorities", "Icelandic officials"],
     "speakers": [
         {"name": "Geir Haarde", "role": "Prime Minister", "from": "2006-06-15", "to": "2009-02-01"},
         {"name": "Arni Mathiesen", "role": "Minister of Finance", "from": "2005-09-27", "to": "2009-02-01"},
         {"name": "Bjorgvin Sigurdsson", "role": "Minister of Business Affairs", "from": "2007-05-24", "to": "2009-01-25"},
         {"name": "Ingibjorg Solrun Gisladottir", "role": "Foreign Minister", "from": "2007-05-24", "to": "2009-02-01"}]},
    {"type": "actor", "id": "central-bank-of-iceland", "name": "Central Bank of Iceland",
     "aliases": ["Sedlabanki", "Icelandic central bank", "Iceland's central bank", "central bank of Iceland"],
     "speakers": [
         {"name": "David Oddsson", "role": "Chairman of the Board of Governors", "from": "2005-10-20", "to": "2009-02-27"},
         {"name": "Ingimundur Fridriksson", "role": "Governor", "from": "2002-01-01", "to": "2009-02-27"},
         {"name": "Eirikur Gudnason", "role": "Governor", "from": "1994-01-01", "to": "2009-02-27"}]},
]

OUTLETS = {
    "Marrowgate Wire": "marrowgate-wire.example",
    "Thistlecombe News Agency": "thistlecombe-news.example",
    "Penhallow Dispatch": "penhallow-dispatch.example",
    "Kestrelmoor Financial Report": "kestrelmoor-financial.example",
    "Wrenfield Newswire": "wrenfield-newswire.example",
    "Oldcastle Ledger": "oldcastle-ledger.example",
    "Ashcombe Press Service": "ashcombe-press.example",
    "Corrigan Bay Courier": "corrigan-bay-courier.example",
    "Stillwater Cross Wire": "stillwater-cross.example",
    "Barrowdene Herald": "barrowdene-herald.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- the U-2, May 1960 (1-6)
("z01", "Marrowgate Wire", "1960-05-05T21:30:00Z", "Khrushchev says Soviet rocket downed U.S. plane; Washington reports research aircraft missing", [
"Soviet Premier Nikita Khrushchev told the Supreme Soviet on Thursday that an American plane had violated Soviet airspace on May 1 and had been shot down by a Soviet rocket, calling the flight an aggressive act meant to torpedo the summit conference that opens in Paris on May 16.",
"Hours later in Washington, the National Aeronautics and Space Administration said one of its U-2 research aircraft had been missing since Sunday. The unarmed plane, flown by a civilian pilot employed by the Lockheed Aircraft Corporation, had been gathering weather data from a base at Adana in southern Turkey, the agency said, and its pilot had reported difficulties with his oxygen equipment over the Lake Van area before contact was lost. NASA said the plane might have drifted across the border if the pilot had blacked out at high altitude.",
"The White House said President Dwight D. Eisenhower had ordered a full inquiry. Khrushchev did not tell deputies where the plane had come down or what had become of its pilot, and Western diplomats in Moscow said they expected the Kremlin to say more in the coming days.",
]),
("z02", "Thistlecombe News Agency", "1960-05-06T15:00:00Z", "U.S. denies any deliberate violation of Soviet airspace", [
"The United States said on Thursday that there had been no deliberate attempt to violate Soviet airspace, answering Premier Nikita Khrushchev's charge that an American plane shot down on May 1 had been sent on an aggressive mission.",
"\"There was absolutely no -- N-O -- no deliberate attempt to violate Soviet air space, and there never has been,\" State Department spokesman Lincoln White told reporters. He said the missing aircraft was an unarmed civilian U-2 flown for weather research, and that it was entirely possible that its pilot had lost consciousness when his oxygen failed and that the plane had flown on by itself into Soviet territory. The department said it had asked Moscow, through the American embassy there, for the full facts about the plane and about the fate of the pilot.",
"Officials said U-2 aircraft had been used since 1956 to study clear-air turbulence, cosmic rays and weather at high altitude. Soviet newspapers on Friday kept up their attacks on what they called American aggression, and diplomats said the affair had cast a shadow over the Paris meeting.",
]),
("z03", "Marrowgate Wire", "1960-05-08T01:30:00Z", "Khrushchev says captured pilot confessed; U.S. concedes intelligence flight", [
"Premier Nikita Khrushchev disclosed on Saturday that the pilot of the American plane brought down on May 1 was alive and in Soviet hands, and hours later the State Department acknowledged that the aircraft had probably been on a flight to gather intelligence over Soviet territory.",
"Khrushchev told the Supreme Soviet that the pilot, Francis Gary Powers, had parachuted near Sverdlovsk after a rocket hit his plane at an altitude of 20,000 metres, and had confessed to flying from Peshawar in Pakistan toward Bodo in Norway to photograph military and industrial sites. He showed deputies photographs he said had been developed from the plane's cameras, and said Powers had carried a poison needle. Khrushchev said he was prepared to believe that President Dwight D. Eisenhower had not known of the flight.",
"In a statement on Saturday evening, the State Department said that, in an endeavour to obtain information now concealed behind the Iron Curtain, a flight over Soviet territory had probably been undertaken by an unarmed civilian U-2. As far as the authorities in Washington were concerned, however, there had been no authorization for any such flight, it said. The department had said earlier in the week that the plane was a weather research aircraft that might have strayed off course.",
]),
("z04", "Penhallow Dispatch", "1960-05-10T00:30:00Z", "Herter says overflights were carried out under Eisenhower's directives", [
"Secretary of State Christian Herter said on Monday that flights by unarmed American aircraft over the Soviet Union had been made under directives issued by President Dwight D. Eisenhower, who had ordered from the start of his administration that every feasible means be used to gather information against the danger of surprise attack.",
"In a statement read to reporters, Herter said programs had been developed under those directives that included extensive aerial surveillance by unarmed civilian aircraft, normally of a peripheral character but on occasion by penetration. Specific missions of such aircraft, he said, had not been subject to presidential authorization. Given the secrecy that surrounds the Soviet Union, the United States would be derelict in its responsibility to the free world if it did not take such measures, he said.",
"Herter did not say whether the flights would go on. His account went well beyond the department's statement on Saturday, which said Washington had not authorised any such flight. Members of Congress questioned the shifting explanations, and diplomats in Paris said the summit was still expected to open next Monday.",
]),
("z05", "Thistlecombe News Agency", "1960-05-12T00:00:00Z", "Eisenhower calls intelligence gathering a 'distasteful but vital necessity'", [
"President Dwight D. Eisenhower on Wednesday defended the secret flights over the Soviet Union, calling the gathering of intelligence a distasteful but vital necessity and telling reporters that no one wanted another Pearl Harbor.",
"In his first public remarks on the downing of the U-2, Eisenhower read a statement at his news conference saying that ever since the beginning of his administration he had issued directives to gather, in every feasible way, the information needed to protect the United States and the free world against surprise attack. The Soviet Union's fetish of secrecy and concealment, he said, made such activity necessary. The incident should not divert attention from the real issues of the day, he said, and he would go to the Paris summit next week as planned.",
"Eisenhower took no questions on the details of the flight and did not say whether such missions would continue. White House aides said the president regarded himself as responsible for the program. In Moscow, Premier Nikita Khrushchev toured an exhibition of the wreckage and said the pilot would be put on trial.",
]),
("z06", "Penhallow Dispatch", "1960-05-17T01:00:00Z", "Paris summit breaks down as Khrushchev demands U.S. apology", [
"The Paris summit collapsed almost as soon as it began on Monday when Premier Nikita Khrushchev demanded that President Dwight D. Eisenhower apologise for the U-2 flight, punish those responsible and promise that such flights would never be repeated.",
"Khrushchev told the opening session at the Elysee Palace that the Soviet Union could not take part in talks while the United States pursued what he called a policy of provocation, and he withdrew his invitation for Eisenhower to visit the Soviet Union next month. He proposed that the summit be put off for six to eight months.",
"Eisenhower replied that the flights had been suspended after the incident and would not be resumed, but he refused to apologise and said he had come to Paris to seek agreements. President Charles de Gaulle and Prime Minister Harold Macmillan tried through the evening to keep the meeting alive.",
]),
# ---------------------------------------------------------------- New Coke, 1985 (1-3)
("z07", "Kestrelmoor Financial Report", "1985-04-23T22:00:00Z", "Coca-Cola changes its 99-year-old formula", [
"The Coca-Cola Company said on Tuesday it was changing the secret formula of its flagship soft drink for the first time in 99 years, replacing it with a sweeter version that chairman Roberto C. Goizueta said consumers had preferred in blind taste tests.",
"\"The best has been made even better,\" Goizueta told a news conference at Lincoln Center in New York. He described the new taste as smoother and rounder yet bolder, and called the decision one of the easiest the company had ever made. The company said it had tested the new formula on some 190,000 consumers. The old Coca-Cola will be phased out as bottlers switch over in the coming weeks, and executives said there were no plans to sell the two side by side.",
"Pepsico Inc. declared victory in the cola wars, and Pepsi-Cola's president, Roger Enrico, gave his employees the day off. Analysts said the change was a gamble with one of the best-known brands in the world, but that Coca-Cola had been losing ground to Pepsi among younger drinkers for years.",
]),
("z08", "Kestrelmoor Financial Report", "1985-06-13T20:00:00Z", "Coca-Cola says it is sticking with new formula despite protests", [
"The Coca-Cola Company said on Thursday it had no intention of bringing back its old formula, despite a growing stream of protest calls and letters from drinkers who want the original taste restored.",
"A company spokesman in Atlanta said the new Coke was here to stay and that complaints were to be expected whenever a familiar product changed. Coca-Cola has set up a special telephone line for consumers, and the company said it was logging more than 1,000 calls a day, most of them critical. Executives said nearly all bottlers had switched to the new formula.",
"In Seattle, Gay Mullins, a retiree who formed a group called Old Cola Drinkers of America in late May, said he was collecting names and considering a lawsuit to make the company release the old recipe. Some shoppers have been buying up the last cases of the original drink, and Pepsi has run advertisements mocking the change.",
]),
("z09", "Wrenfield Newswire", "1985-07-11T21:00:00Z", "Coca-Cola brings back old formula as 'Coca-Cola Classic'", [
"The Coca-Cola Company said on Thursday it would bring back its original formula under the name Coca-Cola Classic, 79 days after replacing it, bowing to a storm of protest from loyal drinkers.",
"\"The simple fact is that all the time and money and skill poured into consumer research on the new Coca-Cola could not measure or reveal the deep and abiding emotional attachment to original Coca-Cola felt by so many people,\" company president Donald R. Keough told a news conference in Atlanta. Some critics would say Coca-Cola had made a marketing mistake, he said, and some cynics that it had planned the whole thing. \"The truth is we are not that dumb, and we are not that smart.\"",
"Chairman Roberto C. Goizueta said the new formula would remain the company's flagship brand, sold simply as Coke, while the classic version returns to shelves within weeks. The company had said in April that the old formula was being retired. News of the reversal broke on Wednesday, when ABC interrupted an afternoon soap opera to report it.",
]),
# ---------------------------------------------------------------- Chernobyl, 1986 (1-4)
("z10", "Wrenfield Newswire", "1986-04-28T16:30:00Z", "Sweden detects radiation, suspects leak in Soviet Union", [
"Swedish authorities said on Monday that abnormally high levels of radiation detected along the country's east coast had apparently blown in from a nuclear accident in the Soviet Union, but Soviet officials said they had no information about any such accident.",
"The alarm was raised at the Forsmark nuclear power station north of Stockholm, where workers arriving for the morning shift set off radiation monitors. Some staff were sent home while the plant was checked, but engineers found no leak of their own, and similar readings soon came in from other stations in Sweden and from Finland. Experts said the winds pointed to a source to the east.",
"The Swedish government asked Moscow through diplomatic channels whether there had been an accident, and Soviet officials contacted in Moscow and Stockholm said they knew of none. Swedish officials said the levels were far below those dangerous to health, but demanded an explanation and said they would report the readings to the International Atomic Energy Agency in Vienna.",
]),
("z11", "Oldcastle Ledger", "1986-04-29T21:00:00Z", "Moscow admits Chernobyl accident, says two people died", [
"The Soviet Union acknowledged on Monday evening that an accident had occurred at the Chernobyl nuclear power station in the Ukraine, and said on Tuesday that two people had been killed and that settlements near the plant had been evacuated.",
"The first announcement, four sentences read on the evening television news and carried by the Tass news agency, said one of the atomic reactors had been damaged, that measures were being taken to eliminate the consequences, that aid was being given to those affected and that a government commission had been set up. It came hours after Sweden reported a rise in radiation that it traced to the Soviet Union.",
"A statement from the Council of Ministers on Tuesday said the accident had happened on Saturday in the plant's fourth reactor, that the residents of three nearby settlements, among them the town of Pripyat, had been moved out, and that the radiation situation at the station and in the surrounding area had been stabilised.",
"Western experts said Soviet authorities had sought advice from Sweden and West Germany on fighting a graphite fire, and U.S. officials said they believed the damage was far worse than Moscow admitted.",
]),
("z12", "Oldcastle Ledger", "1986-05-01T00:30:00Z", "Moscow says 197 in hospital, rejects reports of thousands dead", [
"The Soviet government said on Wednesday that 197 people had been taken to hospital after the Chernobyl nuclear accident, 49 of whom had since been allowed to go home, and it rejected Western reports that thousands had died.",
"The statement, the third since the accident was first acknowledged, repeated that two people had been killed. The evening television news showed what it said was the first photograph of the damaged plant, a still picture of a building with a caved-in roof, and a commentator told viewers they could see for themselves that there had been no gigantic destruction and fires, as some Western agencies had written, nor thousands of dead.",
"A report carried by United Press International, quoting a resident of Kiev, had put the toll at 2,000. U.S. intelligence sources said the reactor was still burning, and a Western diplomat suggested the Soviet photograph had been retouched. The Soviet tourist agency Intourist said tours to the Ukraine were going ahead as normal on the eve of the May Day holiday.",
]),
("z13", "Wrenfield Newswire", "1986-05-14T20:30:00Z", "Gorbachev breaks silence on Chernobyl, says nine have died", [
"Soviet leader Mikhail Gorbachev said on Wednesday that nine people had died and 299 were in hospital with radiation sickness as a result of the Chernobyl accident, and declared in his first public remarks on the disaster that the worst was behind them.",
"In a 25-minute address on national television, 18 days after the explosion, Gorbachev said 92,000 people had been evacuated from around the plant, and that radiation in the zone of the station and its immediate vicinity was still dangerous to health. He said the probable cause was a sudden surge in the reactor's power during a scheduled shutdown, followed by a build-up of steam and hydrogen and an explosion.",
"Gorbachev said the Soviet leadership had passed on information to its own people and to the world as soon as it had reliable data, and he accused Western governments and media of spreading a veritable mountain of lies about mass deaths and a poisoned Ukraine. He proposed an international system for early warning of nuclear accidents, and said the Soviet moratorium on nuclear testing would be extended to Aug. 6.",
]),
# ---------------------------------------------------------------- Iran-Contra, 1986-87 (1-6)
("z14", "Ashcombe Press Service", "1986-11-06T23:00:00Z", "Reagan says reports of Iran dealings have 'no foundation'", [
"President Reagan on Thursday sought to quiet reports that his administration had allowed military equipment to reach Iran in return for help in freeing American hostages in Lebanon, saying the speculation had no foundation and was making it harder to win the release of the remaining captives.",
"Asked about the reports at a bill-signing ceremony, Reagan first said he had no comment, then appealed to reporters to stop speculating. The stories, he said, were making things more difficult for the United States in its effort to get the other hostages free. A White House spokesman later declined to say which stories the president had meant, and officials repeated that Washington had urged other countries not to sell arms to Iran.",
"The reports began with the Beirut magazine Ash-Shiraa, which said on Monday that Robert C. McFarlane, Reagan's former national security adviser, had secretly visited Tehran. Iran's parliamentary speaker, Hashemi Rafsanjani, confirmed a visit by McFarlane and four others. Newspapers in the United States have since reported that Israel shipped spare parts to Iran with American approval. One hostage, David Jacobsen, was freed on Sunday.",
]),
("z15", "Ashcombe Press Service", "1986-11-14T03:00:00Z", "Reagan acknowledges arms shipments to Iran, denies paying ransom", [
"President Reagan acknowledged on Thursday night that the United States had secretly sent weapons to Iran as part of an 18-month diplomatic initiative, but he insisted that the shipments had not been ransom for American hostages held in Lebanon.",
"\"We did not -- repeat -- did not trade weapons or anything else for hostages, nor will we,\" Reagan said in a televised address from the Oval Office. He said he had authorized the transfer of small amounts of defensive weapons and spare parts as a signal of serious intent, and that these modest deliveries, taken together, could easily fit into a single cargo plane.",
"The aims, he said, were to renew a relationship with Iran, to bring an honourable end to its war with Iraq, to eliminate state-sponsored terrorism and to secure the safe return of the hostages.",
"Charges that the United States had shipped arms as ransom for the hostages were utterly false, Reagan said, and the initiative had been kept secret to protect the lives of those involved. Members of Congress from both parties complained that they had not been told of the shipments, which appeared to breach the administration's own embargo on arms for Iran.",
]),
("z16", "Corrigan Bay Courier", "1986-11-20T02:30:00Z", "Reagan says Iran initiative was no mistake, no third country involved", [
"President Reagan said on Wednesday night that he did not think his secret initiative toward Iran had been a mistake, and he told a news conference that the United States had had nothing to do with arms shipments to Iran by other countries.",
"Pressed repeatedly on the affair at his first news conference in three months, Reagan said again that the United States had not traded arms for hostages and that the weapons it sent were defensive and could all fit in one plane. Asked whether Israel had shipped arms on Washington's behalf, he said the United States had not condoned and did not condone shipments by other countries, and that no third country was involved in the American initiative.",
"Reagan said he had ordered that no further arms be sent to Iran. Secretary of State George P. Shultz said on Sunday that he opposed any further shipments, and members of Congress demanded a full accounting of what had been sent.",
]),
("z17", "Corrigan Bay Courier", "1986-11-20T05:30:00Z", "White House corrects Reagan: a third country was involved", [
"The White House issued a correction in President Reagan's name minutes after his news conference ended on Wednesday night, saying that a third country had in fact been involved in the secret dealings with Iran.",
"\"There may be some misunderstanding of one of my answers tonight,\" the statement said. \"There was a third country involved in our secret project with Iran.\" The statement did not name the country. Administration officials have privately described Israel's role in shipping American-made arms to Tehran in 1985, months before Reagan signed a formal order in January authorizing direct shipments.",
"The correction came after Reagan told reporters that the United States had nothing to do with other countries' shipments and that no third country was part of its initiative. Aides said the president had misspoken. Democrats in Congress said the episode deepened their doubts about how much the president knew, and promised hearings when the new Congress convenes in January.",
]),
("z18", "Ashcombe Press Service", "1986-11-25T22:00:00Z", "Meese says Iran arms money went to Contras; Poindexter resigns", [
"Attorney General Edwin Meese III said on Tuesday that between $10 million and $30 million from the secret sale of arms to Iran had been diverted to the rebels fighting Nicaragua's government, and the White House announced that national security adviser John M. Poindexter had resigned and that his aide, Lt. Col. Oliver L. North, had been relieved of his duties.",
"President Reagan, appearing briefly in the White House briefing room before handing over to Meese, said he had not been fully informed on the nature of one of the activities undertaken in connection with the initiative. Although he remained convinced that the policy toward Iran was well founded, its implementation had been seriously flawed, he said, and he would appoint a special review board to examine the work of the National Security Council staff.",
"Meese said the money had been paid into bank accounts controlled by the Contras and that the president had not known about it. North was the only U.S. official who knew precisely what had happened, Meese said, and Poindexter had known something of it. Congress had barred U.S. military aid to the Contras at the time.",
]),
("z19", "Corrigan Bay Courier", "1987-03-05T03:00:00Z", "Reagan concedes Iran initiative became arms for hostages", [
"President Reagan acknowledged on Wednesday night that his secret approach to Iran had turned into a trade of arms for hostages, reversing the account he had given the country in November, and he said he took full responsibility for the affair.",
"\"A few months ago I told the American people I did not trade arms for hostages. My heart and my best intentions still tell me that's true, but the facts and the evidence tell me it is not,\" Reagan said in a televised address. What began as a strategic opening to Iran, he said, had deteriorated in its implementation into trading arms for hostages, which ran counter to his own beliefs and to administration policy.",
"The speech was his first since a review board led by former Senator John Tower reported last week that Reagan had failed to control his national security staff. Reagan said he accepted the board's findings, and pointed to the new team he has installed, including Howard H. Baker Jr. as White House chief of staff and Frank C. Carlucci as national security adviser.",
]),
# ---------------------------------------------------------------- British beef, 1990 (1)
("z20", "Stillwater Cross Wire", "1990-05-17T13:00:00Z", "Gummer feeds daughter a beefburger to show British beef is safe", [
"Agriculture Minister John Gummer fed a beefburger to his four-year-old daughter, Cordelia, in front of photographers in Suffolk on Wednesday to show that British beef was safe to eat, after several local education authorities took beef off school menus because of fears over mad cow disease.",
"Gummer said there was no scientific evidence that bovine spongiform encephalopathy could be passed to humans and that British beef was completely safe. The government, he said, had acted on the best scientific advice at every stage, banning the use of cattle brains, spinal cord and other offal in human food last year and ordering infected animals to be slaughtered and destroyed.",
"Opposition politicians accused the government of complacency, saying it had been slow to act since the disease was identified in 1986. Thousands of cases have been confirmed in British herds, and the recent death of a Siamese cat from a similar brain disorder has raised fresh questions about whether the disease can cross between species.",
]),
# ---------------------------------------------------------------- the pound and the ERM, 1992 (1-5)
("z21", "Kestrelmoor Financial Report", "1992-08-26T17:00:00Z", "Lamont rules out devaluation as pound hits record low against mark", [
"Chancellor of the Exchequer Norman Lamont ruled out a devaluation of the pound or any move to take it out of the European exchange rate mechanism on Wednesday, after sterling fell to a record low against the German mark.",
"Speaking outside the Treasury, Lamont said the government would maintain sterling's parity within the ERM and would do whatever was necessary to keep it there. There would be no devaluation and no leaving the mechanism, he said, adding that membership was at the centre of the government's strategy for low inflation. Dealers said the Bank of England bought pounds on the foreign exchanges to steady the currency.",
"The pound is tied to a central rate of 2.95 marks and must not fall below about 2.78. Markets are betting that the Bundesbank will keep German interest rates high, and that Britain, with its economy in recession and base rates at 10 percent, cannot afford to raise its own. Lamont made no mention of interest rates.",
]),
("z22", "Kestrelmoor Financial Report", "1992-09-11T00:30:00Z", "Major says devaluation would be a betrayal of Britain's future", [
"Prime Minister John Major said on Thursday that devaluing the pound would be a betrayal of Britain's future, rejecting calls from some businessmen and economists for sterling to be realigned within the European exchange rate mechanism.",
"In a speech to the Confederation of British Industry in Glasgow, Major said the soft option, the devaluer's option, the inflationary option, would be a betrayal. A realignment, he said, would only bring back higher inflation, and the government would keep sterling in the ERM at its present parity. It was his most forthright defence of the pound since the summer's turmoil on the currency markets.",
"Last week the Treasury said it would borrow 10 billion European currency units, about 7.25 billion pounds, to add to its reserves, a move it said showed its determination to defend sterling. The pound has steadied since, but it remains close to its ERM floor of 2.7780 marks. France votes on the Maastricht treaty on Sept. 20.",
]),
("z23", "Barrowdene Herald", "1992-09-16T14:30:00Z", "Britain raises rates to 12 percent, promises 15 percent to defend pound", [
"Britain raised its base lending rate to 12 percent from 10 percent on Wednesday morning and said early in the afternoon that it would raise it again, to 15 percent, from Thursday, in an all-out attempt to keep the pound inside the European exchange rate mechanism.",
"The Bank of England announced the first increase at 11 a.m. after buying billions of pounds' worth of sterling on the foreign exchanges failed to lift the currency off its ERM floor against the mark. The Treasury said the second rise, announced shortly after 2 p.m., showed the government's determination to maintain sterling's parity. The pound nevertheless stayed below its permitted minimum of 2.7780 marks.",
"Dealers said they could not remember rates being raised twice in a single day. Mortgage lenders said the increases would be passed on to homeowners already struggling in the recession. The Italian lira was also under heavy pressure, and there was no sign that the Bundesbank would cut German rates.",
]),
("z24", "Barrowdene Herald", "1992-09-16T21:00:00Z", "Britain suspends ERM membership, drops rise to 15 percent", [
"Britain suspended its membership of the European exchange rate mechanism on Wednesday evening and let the pound float, after a day in which two increases in interest rates and heavy intervention by the Bank of England failed to hold sterling at its minimum level against the mark.",
"\"Today has been an extremely difficult and turbulent day,\" Chancellor of the Exchequer Norman Lamont said in a brief statement in the Treasury courtyard shortly after 7.30 p.m. The government, he said, had concluded that Britain's best interests would be served by suspending its membership, and the increase to 15 percent announced for Thursday would not take effect. Base rates will stay at 12 percent for now.",
"Lamont blamed the turbulence that has swept through Europe's currency markets. Opposition leaders demanded that the chancellor resign, and Conservative lawmakers said the government's economic policy lay in ruins five months after its election victory.",
]),
("z25", "Stillwater Cross Wire", "1992-09-17T17:00:00Z", "Rates cut back to 10 percent as Lamont says pound has not been devalued", [
"Britain cut its base rate back to 10 percent on Thursday, undoing Wednesday's emergency rise, as the government insisted that the pound had not been devalued but had merely left the European exchange rate mechanism for the time being.",
"\"We have not sought a devaluation,\" Chancellor Norman Lamont told ITN. \"The pound is currently floating, and we'll have to see what level it finds.\" A Downing Street source said the government had suspended its membership of the ERM, not devalued. Lamont said he would not be resigning, and Prime Minister John Major told an emergency cabinet meeting that the chancellor had acted with speed and courage.",
"The government said Britain would rejoin the mechanism once conditions were right, but did not say when. The pound fell further against the mark, and Italy pulled the lira out of the ERM on Thursday. Economists said lower rates would help lift Britain out of recession.",
]),
# ---------------------------------------------------------------- the Pentium flaw, 1994-95 (1-4)
("z26", "Penhallow Dispatch", "1994-11-24T01:00:00Z", "Intel acknowledges Pentium flaw, says typical user will rarely meet it", [
"Intel Corp. acknowledged on Wednesday that its Pentium processor has a flaw that can produce wrong answers in some division calculations, but said the error was so rare that an average spreadsheet user would run into it only once in 27,000 years.",
"The company said the flaw, in the chip's floating-point unit, affected about one in nine billion random divisions, and that it had found and corrected the problem in its production earlier this year. Intel said it would replace chips for customers who could show that they ran the kind of intensive scientific or engineering calculations that might be affected, but it saw no need for a general replacement. Owners can call a toll-free number to discuss how they use their computers.",
"The flaw was found by Thomas Nicely, a mathematics professor at Lynchburg College in Virginia, who noticed errors in his work on prime numbers and posted his findings on the Internet in late October. A CNN report on Tuesday brought the problem to wider attention. Intel has shipped millions of Pentium chips.",
]),
("z27", "Penhallow Dispatch", "1994-12-13T01:00:00Z", "IBM halts Pentium PC shipments, disputes Intel's estimate", [
"International Business Machines Corp. said on Monday it would stop shipping personal computers built around Intel Corp.'s Pentium chip, saying its own research showed that the chip's division flaw could cause errors far more often than Intel had said.",
"IBM said a typical spreadsheet user could run into a miscalculation as often as once every 24 days, against Intel's estimate of once every 27,000 years, and that it would not ship Pentium machines until it was satisfied about their reliability. IBM said its estimate assumed that a spreadsheet user's computer carried out about 5,000 divisions a second for 15 minutes a day.",
"Intel said IBM's analysis was unjustified and that nothing had changed to alter its own conclusions. A company spokesman said Intel stood by its policy of replacing chips for users whose work required it. Intel's shares fell sharply on the news, and rival PC makers said they would keep selling Pentium machines.",
]),
("z28", "Wrenfield Newswire", "1994-12-21T02:00:00Z", "Intel reverses course, will replace any flawed Pentium on request", [
"Intel Corp. said on Tuesday it would replace the flawed Pentium processor for any owner who asked, free of charge, abandoning its policy of swapping chips only for customers who could show they needed a new one.",
"\"The past few weeks have been deeply troubling,\" chief executive Andrew S. Grove told a news conference. He said Intel still regarded the flaw as an extremely minor technical problem that had taken on a life of its own, but that to some customers its policy had seemed arrogant and uncaring, and the company apologised. Intel will offer replacements for the life of the computer, with no questions asked, and will pay for the work at service centres or send chips to owners who want to install them.",
"The company said it could not yet estimate the cost, which analysts put at several hundred million dollars. Analysts said the reversal came late but might limit the damage to the Intel brand.",
]),
("z29", "Wrenfield Newswire", "1995-01-18T01:00:00Z", "Intel takes $475 million charge for Pentium flaw", [
"Intel Corp. said on Tuesday it would take a charge of $475 million against its fourth-quarter earnings to cover the cost of replacing and writing off flawed Pentium processors, the price of a flaw the company has called extremely minor.",
"Intel disclosed the pre-tax charge as it reported results for the last three months of 1994. It said the charge covered the cost of replacement chips and of writing off flawed processors in its inventory, and that it reflected the policy, announced in December, of replacing the chip for any owner who asks. Analysts had put the likely cost at several hundred million dollars. Intel has said that its factories are now turning out only corrected chips, and that owners who want a replacement can still call its toll-free line.",
]),
# ---------------------------------------------------------------- British beef, 1995-96 (2-4)
("z30", "Stillwater Cross Wire", "1995-12-04T13:00:00Z", "Dorrell says there is no conceivable risk from eating British beef", [
"Health Secretary Stephen Dorrell said there was no conceivable risk of catching Creutzfeldt-Jakob disease from eating British beef, as the government sought to halt a slide in beef sales and a move by some schools to strike it from their menus.",
"Dorrell said in a radio interview that the controls in force since 1989, which keep the brains, spinal cords and other offal of cattle out of the human food chain, meant that beef was safe to eat. He rejected calls for beef to be banned from school meals and said parents could go on giving it to their children. Agriculture Minister Douglas Hogg said the government was tightening the enforcement of the offal rules in slaughterhouses.",
"Several local education authorities have dropped beef from school dinners in recent weeks after scientists questioned whether mad cow disease could be linked to cases of CJD in young people. The government's advisers say there is no evidence of such a link.",
]),
("z31", "Barrowdene Herald", "1996-03-20T19:00:00Z", "Britain says mad cow disease is most likely cause of new CJD cases", [
"The British government said on Wednesday that exposure to mad cow disease was the most likely explanation for a new form of Creutzfeldt-Jakob disease found in ten young people, the first time it has acknowledged a probable link between the cattle disease and a fatal human illness.",
"Health Secretary Stephen Dorrell told the House of Commons that the government's expert advisory committee had identified a previously unrecognised and consistent disease pattern in ten cases in people aged under 42. There remained no scientific proof that the disease could be passed to humans through beef, he said, but the committee had concluded that the likeliest explanation was exposure to BSE before offal was banned from food in 1989.",
"Agriculture Minister Douglas Hogg said meat from cattle older than 30 months would have to be deboned in licensed plants, and that beef remained safe to eat under the new controls. Dorrell said the risks from eating British beef were extremely small. Supermarkets reported customers abandoning beef within hours of the statement.",
]),
("z32", "Oldcastle Ledger", "1996-03-27T18:00:00Z", "EU bans British beef exports worldwide", [
"The European Commission on Wednesday formally banned exports of British beef, live cattle and beef products to all countries, a week after London said mad cow disease was the likely cause of a new form of a fatal brain disease in humans.",
"The Commission said the ban, which confirms a decision taken by the EU's veterinary committee on Monday, would stay in place until Britain had taken further measures to stamp out the disease and restore consumer confidence, and that it would review the ban in light of the steps Britain took. Agriculture Commissioner Franz Fischler said the decision was needed to protect consumers across Europe.",
"The British government said the worldwide ban went further than the scientific evidence justified, and Agriculture Minister Douglas Hogg insisted that British beef was safe to eat. EU farm ministers are due to meet next week to discuss a programme to slaughter older British cattle and how its costs should be shared.",
]),
# ---------------------------------------------------------------- the Kursk, 2000-02 (1-5)
("z33", "Marrowgate Wire", "2000-08-14T15:00:00Z", "Russian nuclear submarine stranded on floor of Barents Sea", [
"A Russian nuclear-powered submarine, the Kursk, is lying on the bottom of the Barents Sea after an accident during naval exercises on Sunday, and rescuers are trying to reach its crew, the Russian navy said on Monday.",
"The navy's press service said the Kursk, one of its most modern attack submarines, had come to rest at a depth of about 100 metres and that its reactor had been shut down. There were no nuclear weapons on board, and radiation levels in the area were normal, it said. Navy spokesman Captain Igor Dygalo said contact had been established with the crew by tapping on the hull, and that the sailors were alive. Rescue ships located the submarine on the seabed in the early hours of Sunday, the navy said.",
"The navy did not say what had caused the accident or give an exact number for those on board; a submarine of its class usually carries a crew of more than 100. Officials said rescue submersibles would try to attach to the hull, but stormy weather was hampering the work.",
]),
("z34", "Marrowgate Wire", "2000-08-15T16:00:00Z", "Navy chief says chances of saving Kursk crew are slim", [
"Russia's navy commander, Admiral Vladimir Kuroyedov, said on Tuesday that the chances of rescuing the crew of the stricken submarine Kursk were not high, and that there were signs it had been in a big and serious collision.",
"Kuroyedov told Russian television that the submarine's bow had been badly damaged and that water had flooded its forward compartments. Navy officials said rescue submersibles had failed to attach to the Kursk's escape hatch in heavy seas, and that the crew's oxygen could last until Friday. The navy said it had the equipment it needed for the rescue and did not need help from abroad for the time being.",
"Britain, Norway and the United States have offered submersibles and divers. President Vladimir Putin has stayed on holiday at the Black Sea resort of Sochi and has not spoken publicly about the accident, drawing criticism in the Russian press.",
]),
("z35", "Thistlecombe News Agency", "2000-08-17T14:00:00Z", "Russia accepts foreign help for Kursk; report puts accident on Saturday", [
"Russia has accepted British and Norwegian offers of help to rescue the crew of the submarine Kursk, and an official Russian report handed to Norway says the accident happened on Saturday, Aug. 12, a day earlier than the navy had said.",
"President Vladimir Putin, speaking publicly about the disaster for the first time on Wednesday, said the situation was critical and that all possible means were being used. Officials said he had authorised the navy to accept foreign assistance, and a British LR5 mini-submarine was flown to Norway to be carried to the site by ship, along with a team of Norwegian deep-sea divers.",
"Norwegian Foreign Ministry spokesman Karsten Klepsvik said the Russian report stated that the accident had occurred on Aug. 12 and that the vessel had been located on Sunday. According to the report, the Kursk sank because it lost buoyancy in its pressure hull; there was no sign of damage to its reactor and no leak of radioactivity, and the report did not mention a collision. The navy had earlier said the accident happened on Sunday.",
]),
("z36", "Thistlecombe News Agency", "2000-08-22T20:00:00Z", "Putin meets Kursk families as commission revises timing of search", [
"President Vladimir Putin met relatives of the 118 men lost on the submarine Kursk at its home base of Vidyayevo on Tuesday, a day after Norwegian divers opened a rescue hatch and found the vessel flooded, and the navy said there was no longer any hope that anyone had survived.",
"Deputy Prime Minister Ilya Klebanov, who heads the government commission on the disaster, said the object found on the seabed was confirmed to be the Kursk only at 6:30 p.m. on Sunday, Aug. 13, about 14 hours later than the military had previously reported. The navy had said the submarine was located in the early hours of that day.",
"The chief of staff of the Northern Fleet, Vice-Admiral Mikhail Motsak, said at the weekend that most of the crew had died within the first minutes after an explosion sent the submarine to the bottom. Putin has declared Wednesday a day of national mourning. Klebanov said the commission was still examining three possible causes, among them a collision.",
]),
("z37", "Marrowgate Wire", "2002-07-27T01:00:00Z", "Russia blames leaking torpedo fuel for Kursk sinking", [
"A leak of volatile fuel in a practice torpedo caused the explosions that sank the Kursk two years ago, Russia's prosecutor general said on Friday, closing the criminal investigation and ruling out a collision with a foreign submarine.",
"Prosecutor General Vladimir Ustinov said hydrogen peroxide had leaked from the torpedo and reacted with kerosene and the metal of its casing, setting off a blast that detonated other weapons in the bow. Investigators had found no evidence to support theories that a Western submarine or a World War II mine was to blame, he said, and no one would be prosecuted because the designers could not have foreseen the danger.",
"Ustinov said all the sailors had died within eight hours of the sinking on Aug. 12, 2000, long before any rescue was possible, and that by the time the navy located the submarine, some 30 hours after the disaster, there had been no chance to save anyone. Senior naval officers had long blamed a collision with a foreign vessel. The remains of 115 of the 118 men have been recovered.",
]),
# ---------------------------------------------------------------- the A380, 2006-08 (1-6)
("z38", "Ashcombe Press Service", "2006-06-13T21:00:00Z", "Airbus warns of new A380 delays, cuts 2007 deliveries to nine", [
"Airbus said on Tuesday that deliveries of its A380 superjumbo would slip by a further six to seven months because of problems installing electrical wiring, and that it would hand over only nine of the aircraft in 2007.",
"The planemaker said it still expected to certify the aircraft and deliver the first one to launch customer Singapore Airlines by the end of this year. But a review of the programme had found that bottlenecks in the design and installation of wiring harnesses had disrupted the final assembly line, and Airbus now expects shortfalls of five to nine aircraft in 2008 and about five in 2009 against its original plan. \"We have had an industrial delay,\" chief commercial officer John Leahy said.",
"Chief executive Gustav Humbert ordered a recovery plan and said Airbus would keep airlines regularly informed. Airbus had originally planned to deliver well over 20 of the double-decker jets next year.",
]),
("z39", "Kestrelmoor Financial Report", "2006-06-14T17:00:00Z", "EADS shares plunge by a quarter on A380 delay", [
"Shares in EADS, the parent of Airbus, fell by more than a quarter on Wednesday, wiping billions of euros off its market value, after the planemaker said problems with the A380 would delay deliveries and eat into profits for years.",
"EADS said the revised delivery schedule would reduce earnings before interest and tax by about 500 million euros a year from 2007 to 2010, a total of about 2 billion euros compared with its original plan, because of penalties for late delivery, the cost of the recovery and the shift of income into later years. It said the delays would not change its profit guidance for 2006, thanks to action being taken at Airbus and the performance of the rest of the group.",
"The shares closed down 26.3 percent at 18.73 euros. Analysts asked why the problems had not been disclosed earlier, and Singapore Airlines said on Wednesday that it intended to buy 20 Boeing 787 Dreamliners.",
]),
("z40", "Ashcombe Press Service", "2006-10-04T06:00:00Z", "Airbus delays A380 by another year; cost climbs to 4.8 billion euros", [
"Airbus will deliver the first A380 superjumbo in the second half of 2007, a further delay of about a year, and the problems will cost parent EADS 4.8 billion euros in lost operating profit over five years, the companies said on Tuesday after a review of the programme.",
"Under the new schedule only the first aircraft will reach a customer in 2007, with Singapore Airlines due to take delivery in October. Airbus plans to deliver 13 in 2008, 25 in 2009 and 45 in 2010. EADS said the schedule would cut earnings before interest and tax by a cumulative 4.8 billion euros between 2006 and 2010, compared with its original plan. Airbus said type certification of the aircraft remained on track for the end of this year.",
"Chief executive Christian Streiff, who took over in July when Gustav Humbert resigned, announced a cost-cutting programme called Power8. Emirates, the biggest customer, said it was reviewing its order after being told its first aircraft would arrive in August 2008.",
]),
("z41", "Corrigan Bay Courier", "2007-10-15T14:00:00Z", "Airbus hands first A380 to Singapore Airlines, 18 months late", [
"Airbus handed over its first A380 superjumbo to Singapore Airlines at a ceremony in Toulouse on Monday, about 18 months later than first planned and in line with the schedule it set a year ago.",
"Chief executive Thomas Enders told guests that the A380 was not a luxury but a necessity, and that increasing production to meet demand remained Airbus's biggest challenge for the next two years. Chief commercial officer John Leahy said Airbus was on track to deliver 13 of the aircraft next year. \"That is our plan and we are on target,\" he said, though he acknowledged that it would be a challenge.",
"Singapore Airlines will fly the aircraft on its first commercial flight, from Singapore to Sydney, on Oct. 25. The wiring problems that held up the programme cost two Airbus chief executives their jobs and led to plans to cut 10,000 jobs.",
]),
("z42", "Corrigan Bay Courier", "2008-05-07T18:00:00Z", "Airbus denies warning airlines of new A380 delays", [
"Airbus denied on Tuesday that it had told customers of possible new delays to the A380, after Emirates and Etihad Airways said the planemaker had warned them that deliveries next year could slip.",
"Emirates, the biggest customer for the superjumbo, said Airbus had notified it that further delays in 2009 were possible, and Etihad said it had received similar word. An Airbus spokesman said its letters to customers had not mentioned any possible delays. Chief executive Thomas Enders, asked in an interview in Germany whether there would be new delays, said he could not answer the question because a major review of the production ramp-up was still under way and had not yet produced results.",
"Enders said the plan to deliver 13 aircraft this year and then roughly double that number was ambitious, especially with the switch from the largely manual wiring of the first aircraft to a fully industrial process. Airbus has delivered four A380s, all of them to Singapore Airlines.",
]),
("z43", "Kestrelmoor Financial Report", "2008-05-13T16:00:00Z", "Airbus cuts A380 delivery targets again", [
"Airbus said on Tuesday it would deliver 12 A380 superjumbos this year instead of 13, and 21 next year instead of 25, the fourth setback for the programme, as it struggles to move to full industrial production of the aircraft's wiring.",
"The planemaker said the planned production ramp-up was not fully achievable, and that later aircraft would be delayed by an average of about three months. It now expects to deliver around 30 of the jets in 2010. Airbus said it had been unable to move experienced engineers quickly enough from the first, hand-wired aircraft to the second wave, which is built in a serial process. Airbus said the delay was a knock-on effect of earlier production problems rather than a sign of new technical difficulties. Emirates, Qantas and Singapore Airlines are among the customers waiting for aircraft.",
]),
# ---------------------------------------------------------------- Iceland, 2008 (1-6)
("z44", "Stillwater Cross Wire", "2008-09-29T16:00:00Z", "Iceland to take 75 percent stake in troubled Glitnir", [
"Iceland's government said on Monday it would take a 75 percent stake in Glitnir, the country's third-largest bank, for 600 million euros, after the bank ran short of funding to repay loans falling due next month.",
"Prime Minister Geir Haarde told a news conference that the injection of capital would secure Glitnir's operations and protect the stability of Iceland's financial system. The deal must be approved by Glitnir's shareholders, and the government said it did not intend to own the bank for long. Glitnir had asked the central bank for a loan over the weekend; the authorities opted instead to buy into the bank.",
"Shares in Glitnir plunged when trading resumed and the krona weakened. Economists said the move raised doubts about whether a country of 320,000 people could stand behind banks whose assets are many times the size of its economy.",
]),
("z45", "Wrenfield Newswire", "2008-10-07T11:00:00Z", "Iceland says Russia will lend it 4 billion euros; krona fixed", [
"Iceland's central bank said on Tuesday that Russia had agreed to lend it 4 billion euros to shore up its reserves, and it fixed the krona at a rate of about 131 to the euro, a day after Prime Minister Geir Haarde warned that the country faced the risk of national bankruptcy.",
"The bank said Russia's ambassador, Victor Tatarintsev, had informed its chairman, David Oddsson, that morning that Russia would grant the loan, and that Prime Minister Vladimir Putin had confirmed the decision. The loan would run for three to four years at 30 to 50 basis points over Libor and would significantly strengthen the krona, the bank said. It said it would use the fixed rate in its currency trading and would announce further steps to support the krona in the coming days.",
"Iceland's financial regulator took control of Landsbanki, the second-largest bank, under emergency powers passed by parliament on Monday night, and the central bank lent 500 million euros to Kaupthing, the largest. The government has guaranteed all domestic deposits.",
]),
("z46", "Wrenfield Newswire", "2008-10-07T20:00:00Z", "Russia denies loan deal with Iceland; central bank says talks go on", [
"Russia denied on Tuesday that it had agreed to lend Iceland 4 billion euros, and Iceland's central bank later said its announcement that the loan had been agreed was incorrect and that talks were still under way.",
"\"There have been neither official requests for a loan from Iceland, nor talks, nor decisions made on the issue,\" Deputy Finance Minister Dmitry Pankin told reporters in Moscow. Central bank chairman David Oddsson said negotiations with Russia were continuing.",
"Prime Minister Geir Haarde said Iceland had asked its friends throughout the year for currency swaps and other support without getting what it had requested. \"So in a situation like that one has to look for new friends,\" he said. Haarde told the Norwegian newspaper Aftenposten that the danger of national bankruptcy had passed, because the state would not take responsibility for the foreign debts of the banks, and that he believed Iceland could get through the crisis without help from the other Nordic countries.",
]),
("z47", "Barrowdene Herald", "2008-10-08T18:00:00Z", "Iceland drops krona peg and hands Glitnir to receivers; Britain freezes Landsbanki assets", [
"Iceland's central bank gave up its attempt to fix the krona on Wednesday, a day after setting the rate, and the government dropped its plan to take a 75 percent stake in Glitnir, placing the bank in receivership instead.",
"The central bank said there was insufficient support for the exchange rate of 131 krona to the euro that it had used for two days, and that it would make no further such efforts for the time being.",
"Central bank chairman David Oddsson said Glitnir's difficulties had proved much greater than previously estimated, and the Financial Supervisory Authority took control of the bank. Prime Minister Geir Haarde said talks on a Russian loan would take place in Moscow next Tuesday.",
"In London, Chancellor of the Exchequer Alistair Darling said the Icelandic government had told him it had no intention of honouring its obligations to British savers with Icesave, Landsbanki's online arm, and Britain froze Landsbanki's assets in the country. Prime Minister Gordon Brown said Britain would take legal action against Iceland if necessary. Haarde said Iceland was working toward a mutually satisfactory solution.",
]),
("z48", "Stillwater Cross Wire", "2008-10-10T17:00:00Z", "Haarde says Iceland will honour its obligations, denies default", [
"Prime Minister Geir Haarde said on Friday that Iceland would honour its obligations to depositors at its failed banks abroad and denied that the country was in default, after the state took control of Kaupthing, the last of its three big banks.",
"\"We will honour our obligations,\" Haarde told a news conference in Reykjavik, adding that Iceland might need some help from the British authorities to do so properly. He called Gordon Brown's remarks unfortunate and said everybody needed to show some flexibility. Iceland had not held direct talks on financial aid with a mission from the International Monetary Fund, which was in the country to offer advice, Haarde said, and negotiations on a 4 billion euro loan from Russia would begin in Moscow on Tuesday.",
"The government was working day and night on a solution, Haarde said. Trading on the Reykjavik stock exchange has been suspended until next week, and dealers reported almost no trading in the krona. A British delegation arrived in Reykjavik on Friday to discuss the Icesave accounts.",
]),
("z49", "Barrowdene Herald", "2008-11-20T12:00:00Z", "IMF approves $2.1 billion loan for Iceland; Nordic neighbours add funds", [
"The International Monetary Fund approved a two-year loan of $2.1 billion for Iceland on Wednesday, its first rescue of a western European country since it lent to Britain in 1976, and Iceland said it would also borrow $2.5 billion from its Nordic neighbours.",
"Iceland will receive $827 million at once, with the rest paid in instalments subject to regular reviews. Icelandic officials said the IMF board's decision had been held up until Iceland settled its dispute with Britain and the Netherlands over the Icesave accounts. Under an agreement reached on Sunday, Iceland will compensate depositors in those countries up to the minimum of 20,887 euros guaranteed under European rules, with the help of loans from the two governments.",
"Prime Minister Geir Haarde said the package would help stabilise the krona and restore confidence, and that interest rates would be kept high to support the currency. Denmark, Finland, Norway and Sweden will provide the Nordic loans, and Poland and the Faroe Islands have also offered money.",
]),
]

STATEMENTS = {
"z01": [["soviet-union", "had violated Soviet airspace on May"], ["soviet-union", "shot down by a Soviet rocket"],
        ["soviet-union", "an aggressive act meant to torpedo"], ["united-states", "had been missing since Sunday"],
        ["united-states", "had been gathering weather data from"], ["united-states", "reported difficulties with his oxygen equipment"],
        ["united-states", "might have drifted across the border"], ["united-states", "had ordered a full inquiry"]],
"z02": [["united-states", "no deliberate attempt to violate Soviet airspace"], ["united-states", "and there never has been"],
        ["united-states", "an unarmed civilian U-2 flown for"], ["united-states", "its pilot had lost consciousness"],
        ["united-states", "had flown on by itself"], ["united-states", "asked Moscow, through the American embassy"],
        ["united-states", "had been used since 1956"]],
"z03": [["soviet-union", "was alive and in Soviet hands"], ["soviet-union", "had parachuted near Sverdlovsk"],
        ["soviet-union", "had confessed to flying from Peshawar"], ["soviet-union", "had carried a poison needle"],
        ["soviet-union", "prepared to believe that President Dwight"], ["united-states", "had probably been on a flight"],
        ["united-states", "a flight over Soviet territory had"], ["united-states", "no authorization for any such flight"]],
"z04": [["united-states", "had been made under directives issued"], ["united-states", "every feasible means be used to"],
        ["united-states", "extensive aerial surveillance by unarmed civilian"], ["united-states", "on occasion by penetration"],
        ["united-states", "had not been subject to presidential"], ["united-states", "would be derelict in its responsibility"]],
"z05": [["united-states", "a distasteful but vital necessity"], ["united-states", "no one wanted another Pearl Harbor"],
        ["united-states", "he had issued directives to gather"], ["united-states", "made such activity necessary"],
        ["united-states", "should not divert attention from the"], ["united-states", "would go to the Paris summit"],
        ["united-states", "regarded himself as responsible for the"], ["soviet-union", "the pilot would be put on"]],
"z06": [["soviet-union", "demanded that President Dwight D. Eisenhower"], ["soviet-union", "could not take part in talks"],
        ["soviet-union", "withdrew his invitation for Eisenhower"], ["soviet-union", "put off for six to eight"],
        ["united-states", "had been suspended after the incident"], ["united-states", "would not be resumed"],
        ["united-states", "he refused to apologise"], ["united-states", "had come to Paris to seek"]],
"z07": [["coca-cola", "changing the secret formula of its"], ["coca-cola", "The best has been made even"],
        ["coca-cola", "smoother and rounder yet bolder"], ["coca-cola", "one of the easiest the company"],
        ["coca-cola", "tested the new formula on some"], ["coca-cola", "will be phased out as bottlers"],
        ["coca-cola", "no plans to sell the two"]],
"z08": [["coca-cola", "had no intention of bringing back"], ["coca-cola", "the new Coke was here to"],
        ["coca-cola", "complaints were to be expected whenever"], ["coca-cola", "logging more than 1,000 calls"],
        ["coca-cola", "nearly all bottlers had switched"]],
"z09": [["coca-cola", "would bring back its original formula"], ["coca-cola", "could not measure or reveal the"],
        ["coca-cola", "made a marketing mistake"], ["coca-cola", "we are not that dumb"],
        ["coca-cola", "would remain the company's flagship brand"], ["coca-cola", "returns to shelves within weeks"]],
"z10": [["soviet-union", "had no information about any such"], ["soviet-union", "said they knew of none"]],
"z11": [["soviet-union", "an accident had occurred at the"], ["soviet-union", "one of the atomic reactors had"],
        ["soviet-union", "measures were being taken to eliminate"], ["soviet-union", "a government commission had been set"],
        ["soviet-union", "two people had been killed"], ["soviet-union", "had happened on Saturday in the"],
        ["soviet-union", "had been moved out"], ["soviet-union", "had been stabilised"]],
"z12": [["soviet-union", "197 people had been taken to"], ["soviet-union", "had since been allowed to go"],
        ["soviet-union", "rejected Western reports that thousands had"], ["soviet-union", "repeated that two people had been"],
        ["soviet-union", "no gigantic destruction and fires"], ["soviet-union", "tours to the Ukraine were going"]],
"z13": [["soviet-union", "nine people had died and 299"], ["soviet-union", "the worst was behind them"],
        ["soviet-union", "92,000 people had been evacuated"], ["soviet-union", "was still dangerous to health"],
        ["soviet-union", "a sudden surge in the reactor's"], ["soviet-union", "as soon as it had reliable"],
        ["soviet-union", "a veritable mountain of lies"], ["soviet-union", "an international system for early warning"],
        ["soviet-union", "the Soviet moratorium on nuclear testing"]],
"z14": [["united-states", "the speculation had no foundation"], ["united-states", "harder to win the release"],
        ["united-states", "he had no comment"], ["united-states", "were making things more difficult"],
        ["united-states", "declined to say which stories"], ["united-states", "urged other countries not to sell"]],
"z15": [["united-states", "had secretly sent weapons to Iran"], ["united-states", "had not been ransom for American"],
        ["united-states", "did not trade weapons or anything"], ["united-states", "small amounts of defensive weapons"],
        ["united-states", "could easily fit into a single"], ["united-states", "to renew a relationship with Iran"],
        ["united-states", "were utterly false"], ["united-states", "kept secret to protect the lives"]],
"z16": [["united-states", "did not think his secret initiative"], ["united-states", "had had nothing to do with"],
        ["united-states", "had not traded arms for hostages"], ["united-states", "could all fit in one plane"],
        ["united-states", "had not condoned and did not"], ["united-states", "no third country was involved"],
        ["united-states", "ordered that no further arms be"], ["united-states", "opposed any further shipments"]],
"z17": [["united-states", "There may be some misunderstanding"], ["united-states", "There was a third country involved"],
        ["united-states", "a third country had in fact"], ["united-states", "the president had misspoken"]],
"z18": [["united-states", "between $10 million and $30 million"], ["united-states", "had been diverted to the rebels"],
        ["united-states", "had been relieved of his duties"], ["united-states", "had not been fully informed on"],
        ["united-states", "the policy toward Iran was well"], ["united-states", "had been seriously flawed"],
        ["united-states", "appoint a special review board"], ["united-states", "the president had not known about"],
        ["united-states", "the only U.S. official who knew"]],
"z19": [["united-states", "had turned into a trade of"], ["united-states", "took full responsibility for the affair"],
        ["united-states", "the facts and the evidence tell"], ["united-states", "had deteriorated in its implementation into"],
        ["united-states", "ran counter to his own beliefs"], ["united-states", "he accepted the board's findings"]],
"z20": [["united-kingdom", "British beef was safe to eat"], ["united-kingdom", "no scientific evidence that bovine"],
        ["united-kingdom", "British beef was completely safe"], ["united-kingdom", "acted on the best scientific advice"],
        ["united-kingdom", "banning the use of cattle brains"], ["united-kingdom", "ordering infected animals to be slaughtered"]],
"z21": [["united-kingdom", "ruled out a devaluation of the pound"], ["united-kingdom", "would maintain sterling's parity within"],
        ["united-kingdom", "would do whatever was necessary"], ["united-kingdom", "There would be no devaluation"],
        ["united-kingdom", "no leaving the mechanism"], ["united-kingdom", "at the centre of the government's"],
        ["united-kingdom", "bought pounds on the foreign exchanges"]],
"z22": [["united-kingdom", "would be a betrayal of Britain's"], ["united-kingdom", "the devaluer's option, the inflationary option"],
        ["united-kingdom", "would only bring back higher inflation"], ["united-kingdom", "would keep sterling in the ERM"],
        ["united-kingdom", "would borrow 10 billion European"], ["united-kingdom", "showed its determination to defend sterling"]],
"z23": [["united-kingdom", "raised its base lending rate to"], ["united-kingdom", "would raise it again, to 15"],
        ["united-kingdom", "keep the pound inside the European"], ["united-kingdom", "announced the first increase at"],
        ["united-kingdom", "showed the government's determination to maintain"]],
"z24": [["united-kingdom", "suspended its membership of the European"], ["united-kingdom", "let the pound float"],
        ["united-kingdom", "an extremely difficult and turbulent day"], ["united-kingdom", "best interests would be served by"],
        ["united-kingdom", "would not take effect"], ["united-kingdom", "Base rates will stay at 12"],
        ["united-kingdom", "blamed the turbulence that has swept"]],
"z25": [["united-kingdom", "cut its base rate back to"], ["united-kingdom", "had not been devalued but had"],
        ["united-kingdom", "We have not sought a devaluation"], ["united-kingdom", "see what level it finds"],
        ["united-kingdom", "suspended its membership of the ERM"], ["united-kingdom", "would not be resigning"],
        ["united-kingdom", "acted with speed and courage"], ["united-kingdom", "would rejoin the mechanism once"]],
"z26": [["intel", "has a flaw that can produce"], ["intel", "only once in 27,000 years"],
        ["intel", "about one in nine billion random"], ["intel", "found and corrected the problem"],
        ["intel", "would replace chips for customers who"], ["intel", "saw no need for a general replacement"]],
"z27": [["ibm", "would stop shipping personal computers"], ["ibm", "could cause errors far more often"],
        ["ibm", "as often as once every 24"], ["ibm", "would not ship Pentium machines until"],
        ["ibm", "its estimate assumed that a spreadsheet"], ["intel", "IBM's analysis was unjustified"],
        ["intel", "nothing had changed to alter its"], ["intel", "stood by its policy of replacing"]],
"z28": [["intel", "would replace the flawed Pentium processor"], ["intel", "abandoning its policy of swapping chips"],
        ["intel", "have been deeply troubling"], ["intel", "an extremely minor technical problem"],
        ["intel", "had seemed arrogant and uncaring"], ["intel", "offer replacements for the life of"],
        ["intel", "could not yet estimate the cost"]],
"z29": [["intel", "take a charge of $475 million"], ["intel", "covered the cost of replacement chips"],
        ["intel", "replacing the chip for any owner"], ["intel", "turning out only corrected chips"],
        ["intel", "can still call its toll-free line"]],
"z30": [["united-kingdom", "no conceivable risk of catching Creutzfeldt-Jakob"], ["united-kingdom", "meant that beef was safe to"],
        ["united-kingdom", "rejected calls for beef to be"], ["united-kingdom", "could go on giving it to"],
        ["united-kingdom", "tightening the enforcement of the offal"], ["united-kingdom", "there is no evidence of such"]],
"z31": [["united-kingdom", "the most likely explanation for a"], ["united-kingdom", "a previously unrecognised and consistent disease"],
        ["united-kingdom", "no scientific proof that the disease"], ["united-kingdom", "the likeliest explanation was exposure to"],
        ["united-kingdom", "would have to be deboned in"], ["united-kingdom", "beef remained safe to eat"],
        ["united-kingdom", "the risks from eating British beef"]],
"z32": [["european-union", "formally banned exports of British beef"], ["european-union", "would stay in place until Britain"],
        ["european-union", "review the ban in light of"], ["european-union", "needed to protect consumers across Europe"],
        ["united-kingdom", "went further than the scientific evidence"], ["united-kingdom", "British beef was safe to eat"]],
"z33": [["russia", "after an accident during naval exercises"], ["russia", "had come to rest at a"],
        ["russia", "its reactor had been shut down"], ["russia", "There were no nuclear weapons on"],
        ["russia", "contact had been established with the"], ["russia", "the sailors were alive"],
        ["russia", "located the submarine on the seabed"], ["russia", "rescue submersibles would try to attach"]],
"z34": [["russia", "the chances of rescuing the crew"], ["russia", "a big and serious collision"],
        ["russia", "had been badly damaged"], ["russia", "had failed to attach to the"],
        ["russia", "oxygen could last until Friday"], ["russia", "had the equipment it needed"],
        ["russia", "did not need help from abroad"]],
"z35": [["russia", "accepted British and Norwegian offers of"], ["russia", "the accident happened on Saturday"],
        ["russia", "the situation was critical"], ["russia", "all possible means were being used"],
        ["russia", "authorised the navy to accept foreign"], ["russia", "the accident had occurred on"],
        ["russia", "lost buoyancy in its pressure hull"], ["russia", "no sign of damage to its"]],
"z36": [["russia", "no longer any hope that anyone"], ["russia", "confirmed to be the Kursk only"],
        ["russia", "about 14 hours later than the"], ["russia", "most of the crew had died"],
        ["russia", "a day of national mourning"], ["russia", "still examining three possible causes"]],
"z37": [["russia", "A leak of volatile fuel in"], ["russia", "ruling out a collision with a"],
        ["russia", "hydrogen peroxide had leaked from the"], ["russia", "had found no evidence to support"],
        ["russia", "no one would be prosecuted"], ["russia", "had died within eight hours of"],
        ["russia", "some 30 hours after the disaster"], ["russia", "no chance to save anyone"]],
"z38": [["airbus", "would slip by a further six"], ["airbus", "hand over only nine of the"],
        ["airbus", "deliver the first one to launch"], ["airbus", "had disrupted the final assembly line"],
        ["airbus", "shortfalls of five to nine aircraft"], ["airbus", "We have had an industrial delay"],
        ["airbus", "ordered a recovery plan"], ["airbus", "keep airlines regularly informed"]],
"z39": [["airbus", "would delay deliveries and eat into"], ["airbus", "would reduce earnings before interest and"],
        ["airbus", "about 500 million euros a year"], ["airbus", "a total of about 2 billion"],
        ["airbus", "would not change its profit guidance"]],
"z40": [["airbus", "deliver the first A380 superjumbo in"], ["airbus", "will cost parent EADS 4.8 billion"],
        ["airbus", "only the first aircraft will reach"], ["airbus", "due to take delivery in October"],
        ["airbus", "plans to deliver 13 in 2008"], ["airbus", "by a cumulative 4.8 billion euros"],
        ["airbus", "remained on track for the end"], ["airbus", "a cost-cutting programme called Power8"]],
"z41": [["airbus", "handed over its first A380 superjumbo"], ["airbus", "was not a luxury but a"],
        ["airbus", "remained Airbus's biggest challenge"], ["airbus", "on track to deliver 13 of"],
        ["airbus", "That is our plan and we"], ["airbus", "it would be a challenge"]],
"z42": [["airbus", "had told customers of possible new"], ["airbus", "had not mentioned any possible delays"],
        ["airbus", "could not answer the question"], ["airbus", "a major review of the production"],
        ["airbus", "had not yet produced results"], ["airbus", "the plan to deliver 13 aircraft"],
        ["airbus", "was ambitious, especially with the switch"]],
"z43": [["airbus", "would deliver 12 A380 superjumbos this"], ["airbus", "21 next year instead of 25"],
        ["airbus", "was not fully achievable"], ["airbus", "delayed by an average of about"],
        ["airbus", "around 30 of the jets in"], ["airbus", "had been unable to move experienced"],
        ["airbus", "a knock-on effect of earlier production"]],
"z44": [["iceland", "would take a 75 percent stake"], ["iceland", "would secure Glitnir's operations"],
        ["iceland", "protect the stability of Iceland's financial"], ["iceland", "did not intend to own the"],
        ["iceland", "opted instead to buy into the"]],
"z45": [["central-bank-of-iceland", "Russia had agreed to lend it"], ["central-bank-of-iceland", "fixed the krona at a rate"],
        ["central-bank-of-iceland", "Russia would grant the loan"], ["central-bank-of-iceland", "had confirmed the decision"],
        ["central-bank-of-iceland", "would run for three to four"], ["central-bank-of-iceland", "would significantly strengthen the krona"],
        ["central-bank-of-iceland", "announce further steps to support the"], ["central-bank-of-iceland", "lent 500 million euros to Kaupthing"],
        ["iceland", "faced the risk of national bankruptcy"], ["iceland", "took control of Landsbanki"],
        ["iceland", "has guaranteed all domestic deposits"]],
"z46": [["russia", "denied on Tuesday that it had"], ["russia", "neither official requests for a loan"],
        ["russia", "nor talks, nor decisions made"], ["central-bank-of-iceland", "the loan had been agreed was incorrect"],
        ["central-bank-of-iceland", "talks were still under way"], ["central-bank-of-iceland", "negotiations with Russia were continuing"],
        ["iceland", "without getting what it had requested"], ["iceland", "has to look for new friends"],
        ["iceland", "the danger of national bankruptcy had"], ["iceland", "would not take responsibility for the"],
        ["iceland", "could get through the crisis without"]],
"z47": [["central-bank-of-iceland", "gave up its attempt to fix"], ["central-bank-of-iceland", "insufficient support for the exchange rate"],
        ["central-bank-of-iceland", "make no further such efforts"], ["central-bank-of-iceland", "much greater than previously estimated"],
        ["iceland", "dropped its plan to take a"], ["iceland", "placing the bank in receivership"],
        ["iceland", "took control of the bank"], ["iceland", "would take place in Moscow next"],
        ["iceland", "working toward a mutually satisfactory solution"], ["united-kingdom", "no intention of honouring its obligations"],
        ["united-kingdom", "froze Landsbanki's assets in the country"], ["united-kingdom", "would take legal action against Iceland"]],
"z48": [["iceland", "would honour its obligations to depositors"], ["iceland", "denied that the country was in"],
        ["iceland", "We will honour our obligations"], ["iceland", "might need some help from the"],
        ["iceland", "called Gordon Brown's remarks unfortunate"], ["iceland", "had not held direct talks on"],
        ["iceland", "would begin in Moscow on Tuesday"], ["iceland", "working day and night on a"]],
"z49": [["iceland", "would also borrow $2.5 billion from"], ["iceland", "had been held up until Iceland"],
        ["iceland", "will compensate depositors in those countries"], ["iceland", "help stabilise the krona and restore"],
        ["iceland", "interest rates would be kept high"]],
}

OPTIONAL = {
"z03": [["united-states", "was a weather research aircraft that"]],
"z04": [["united-states", "Washington had not authorised any such"]],
"z09": [["coca-cola", "the old formula was being retired"]],
"z17": [["united-states", "no third country was part of"]],
"z19": [["united-states", "I told the American people I"]],
"z29": [["intel", "has called extremely minor"]],
"z35": [["russia", "The navy had earlier said the"]],
"z36": [["russia", "was located in the early hours"]],
"z37": [["russia", "had long blamed a collision with"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["z22", "z24", "united-kingdom", "stance-reversal: the prime minister called the devaluer's option a betrayal of Britain's future and said the government would keep sterling in the ERM at its present parity; six days later sterling's membership is suspended and the pound floats"],
["z26", "z28", "intel", "stance-reversal: the company said it would replace chips only for customers who could show they needed one and saw no need for a general replacement; four weeks later it replaces the chip for any owner who asks, no questions asked"],
["z27", "z28", "intel", "stance-reversal: after IBM halted shipments the company said nothing had changed its conclusions and that it stood by its policy of replacing chips only where work required it; eight days later it abandons that policy"],
["z34", "z35", "russia", "stance-reversal: the navy said it had the equipment it needed and did not need help from abroad for the time being; two days later Russia accepts British and Norwegian offers of help"],
["z46", "z49", "iceland", "stance-reversal: the prime minister said he believed Iceland could get through the crisis without help from the other Nordic countries; six weeks later Iceland takes an IMF loan and says it will borrow $2.5 billion from its Nordic neighbours"],
# commitments reversed in other words
["z07", "z09", "coca-cola", "commitment-reversed: the old formula was to be phased out with no plans to sell the two drinks side by side; eleven weeks later the original formula comes back alongside the new one as Coca-Cola Classic"],
["z21", "z24", "united-kingdom", "commitment-reversed: the chancellor said there would be no devaluation and no leaving the mechanism and that the government would do whatever was necessary to keep sterling's parity; three weeks later membership is suspended and the pound is left to float"],
["z23", "z24", "united-kingdom", "commitment-reversed: at lunchtime the government said it would raise the base rate again, to 15 percent, from Thursday; the same evening it says the increase will not take effect"],
["z44", "z47", "iceland", "commitment-reversed: the government said it would take a 75 percent stake in Glitnir for 600 million euros to secure its operations; nine days later it drops the plan and puts the bank into receivership"],
["z45", "z47", "central-bank-of-iceland", "commitment-reversed: the central bank fixed the krona at about 131 to the euro and promised further steps to support it; the next day it gives up the fixed rate and says it will make no further such efforts"],
# denials then action or admission
["z08", "z09", "coca-cola", "denial-then-action: the company said it had no intention of bringing back its old formula and that the new Coke was here to stay; four weeks later it brings the old formula back as Coca-Cola Classic"],
["z02", "z03", "united-states", "denial-then-action: the State Department said there had been no deliberate attempt to violate Soviet airspace and never had been; two days later it concedes that a flight over Soviet territory was probably undertaken to gather intelligence"],
["z15", "z19", "united-states", "denial-then-action: the president said he did not trade weapons or anything else for hostages and called the ransom charges utterly false; four months later he says the facts and the evidence tell him that he did"],
# reports denied, then borne out
["z10", "z11", "soviet-union", "report-denied: Sweden traced its radiation readings to a Soviet accident and Soviet officials said they knew of none; the same evening Moscow announces an accident at Chernobyl"],
["z14", "z15", "united-states", "report-denied: the president said the speculation about dealings with Iran had no foundation; a week later he acknowledges that the United States secretly sent weapons and spare parts to Iran"],
["z42", "z43", "airbus", "report-denied: after two airlines said they had been warned of possible new A380 delays, the planemaker denied telling customers of any; a week later it cuts its delivery targets for this year and next"],
# claims negated
["z01", "z03", "united-states", "claim-negated: the space agency said the missing U-2 was a weather research plane that may have drifted over the border after oxygen trouble; the State Department now says it was probably on a flight to gather intelligence over Soviet territory"],
["z16", "z17", "united-states", "claim-negated: the president told his news conference that no third country was involved in the initiative; minutes later a statement in his name says a third country was involved"],
["z20", "z31", "united-kingdom", "claim-negated: the agriculture minister said there was no scientific evidence that BSE could pass to humans and that British beef was completely safe; the government now says exposure to BSE is the most likely explanation for a new form of CJD"],
["z30", "z31", "united-kingdom", "claim-negated: the health secretary said there was no conceivable risk of catching CJD from eating British beef; fifteen weeks later he tells parliament that exposure to BSE is the most likely explanation for ten new cases"],
["z33", "z37", "russia", "claim-negated: the navy said contact had been established with the crew by tapping and that the sailors were alive; the prosecutor general finds that all of them died within eight hours of the sinking, before the submarine was even located"],
["z34", "z37", "russia", "claim-negated: the navy commander said there were signs of a big and serious collision; the final investigation finds no evidence of a collision and blames a leak of torpedo fuel"],
["z45", "z46", "central-bank-of-iceland", "claim-negated: the central bank said Russia had agreed to lend it 4 billion euros and that Putin had confirmed it; hours later it says the announcement that the loan had been agreed was incorrect"],
# number mismatches
["z33", "z36", "russia", "number-mismatch: the navy said rescue ships located the submarine in the early hours of Sunday; the head of the government commission says it was confirmed as the Kursk only at 6:30 p.m., about 14 hours later"],
["z39", "z40", "airbus", "number-mismatch: the delays were to cut operating profit by about 500 million euros a year from 2007 to 2010, about 2 billion euros in all; four months later the cost is put at 4.8 billion euros"],
["z41", "z43", "airbus", "number-mismatch: the chief commercial officer said Airbus was on track to deliver 13 A380s next year; seven months later the target is cut to 12, and next year's to 21 from 25"],
# dates moved
["z33", "z35", "russia", "date-mismatch: the navy said the accident happened during exercises on Sunday; Russia's own report to Norway says it happened on Saturday, Aug. 12"],
["z38", "z40", "airbus", "date-mismatch: the planemaker said it still expected to deliver the first A380 to Singapore Airlines by the end of this year, with nine more in 2007; four months later the first delivery slips to October 2007 and it is the only one that year"],
]

AMBIGUOUS = [
["z01", "z04"],  # a weather research plane, then a program of surveillance flights: carried by z01-z03
["z01", "z05"],  # the same, against the president's own statement: carried by z01-z03
["z02", "z04"],  # no deliberate violation and never has been, then flights on occasion by penetration: carried by z02-z03
["z02", "z05"],  # the same, against the president's directives: carried by z02-z03
["z03", "z04"],  # no authorization in Washington for any such flight, then a program under presidential directives, though specific missions were not subject to presidential authorization
["z03", "z05"],  # the same, with the president regarding himself as responsible for the program
["z03", "z06"],  # Khrushchev prepared to believe Eisenhower did not know, then demands his apology once Eisenhower has taken responsibility
["z10", "z12"],  # no knowledge of an accident, then figures for its casualties: carried by z10-z11
["z10", "z13"],  # no knowledge of an accident, then information passed on as soon as it was reliable
["z11", "z13"],  # the radiation situation stabilised and two dead, then radiation near the plant still dangerous and nine dead
["z14", "z16"],  # speculation without foundation, then the initiative defended at length: carried by z14-z15
["z14", "z19"],  # speculation without foundation, then arms traded for hostages: carried by z14-z15 and z15-z19
["z16", "z18"],  # the initiative was no mistake, then its implementation was seriously flawed and the president not fully informed
["z16", "z19"],  # arms were not traded for hostages, said again at the news conference, then they were: carried by z15-z19
["z21", "z25"],  # no devaluation, then "we have not sought a devaluation" while the pound floats down
["z23", "z25"],  # 15 percent from Thursday, then 10 percent on Thursday: carried by z23-z24
["z26", "z29"],  # no general replacement, then a charge for replacing the chip for anyone: carried by z26-z28
["z27", "z29"],  # the policy stands, then a charge reflecting the new policy: carried by z27-z28
["z34", "z36"],  # signs of a big and serious collision, then a collision only one of three possible causes
["z38", "z41"],  # first delivery by the end of 2006, then the first delivery in October 2007: carried by z38-z40
["z40", "z43"],  # 13 in 2008 and 25 in 2009, then 12 and 21: carried by z41-z43
]

TRAPS = [
["z01", "z02", "a consistent restatement: a weather research plane that may have drifted, then no deliberate violation and a pilot who may have lost consciousness"],
["z04", "z05", "a consistent restatement: the secretary of state and then the president say the flights were made under presidential directives to guard against surprise attack"],
["z04", "z06", "an undecided matter, then decided: the secretary of state does not say whether the flights will go on; a week later the president says they have been suspended and will not be resumed"],
["z07", "z08", "a consistent restatement: the old formula is phased out with no plans to sell both, and seven weeks later the company says the new Coke is here to stay"],
["z11", "z12", "different measures reported together: two people killed, and 197 taken to hospital of whom 49 went home"],
["z12", "z13", "counts that grow: two dead and 197 in hospital, then nine dead and 299 in hospital; reports of thousands dead are rejected both times"],
["z15", "z16", "a consistent restatement: no trade of arms for hostages and deliveries that would fit in one plane, said in the address and again at the news conference"],
["z20", "z30", "a consistent restatement by a later minister: British beef is safe to eat, in 1990 and again in 1995"],
["z21", "z22", "a consistent restatement: the chancellor and then the prime minister rule out a devaluation; both come before the pound leaves the mechanism"],
["z24", "z25", "an update explained as such: rates left at 12 percent for now on Wednesday night, then cut back to 10 percent on Thursday once the pound no longer has to be defended"],
["z26", "z27", "one actor differing from another: Intel's estimate of one error in 27,000 years against IBM's of one every 24 days, with Intel standing by its own figure"],
["z28", "z29", "a consistent position with a cost attached: the flaw still called extremely minor, and a $475 million charge for the replacement policy announced in December"],
["z31", "z32", "one actor differing from another: Britain says beef remains safe under the new controls, while the European Commission bans its exports worldwide"],
["z36", "z37", "a hedge that holds: most of the crew died within the first minutes, and all of them within eight hours"],
["z40", "z41", "a stated date kept: the first delivery set for October 2007, and the aircraft handed over on Oct. 15, 2007"],
["z46", "z48", "an undecided matter, then decided, and different scopes: Russia says there have been no requests or talks so far, and Iceland says talks will open in Moscow; the state will not take on the banks' foreign debts, but will honour its obligations to depositors"],
["z47", "z48", "one actor disputing another: Britain's chancellor says Iceland told him it would not honour its obligations, and Iceland's prime minister says it will"],
["z48", "z49", "an undecided matter, then decided: no direct talks yet with the IMF mission, then an IMF loan; obligations to depositors abroad to be honoured, then an agreement to compensate them"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
