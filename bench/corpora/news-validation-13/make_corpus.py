#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-13, then checks them.

Every document retells a real, dated public event in its author's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ONGOING = "2099-12-31"

ACTORS = [
    {"type": "actor", "id": "united-states", "name": "United States",
     "aliases": ["US", "U.S.", "Washington", "White House", "State Department", "Pentagon",
                 "Defense Department", "U.S. Navy", "Navy", "Reagan administration", "U.S. government",
                 "National Highway Traffic Safety Administration", "NHTSA", "Transportation Department",
                 "Justice Department", "U.S. regulators", "federal regulators"],
     "speakers": [
         {"name": "Ronald Reagan", "role": "President", "from": "1981-01-20", "to": "1989-01-20"},
         {"name": "George P. Shultz", "role": "Secretary of State", "from": "1982-07-16", "to": "1989-01-20"},
         {"name": "Jeane Kirkpatrick", "role": "Ambassador to the United Nations", "from": "1981-02-04", "to": "1985-04-01"},
         {"name": "Larry Speakes", "role": "Principal Deputy Press Secretary, White House", "from": "1981-03-30", "to": "1987-02-01"},
         {"name": "William J. Crowe Jr.", "role": "Chairman of the Joint Chiefs of Staff", "from": "1985-10-01", "to": "1989-09-30"},
         {"name": "Frank Carlucci", "role": "Secretary of Defense", "from": "1987-11-23", "to": "1989-01-20"},
         {"name": "Marlin Fitzwater", "role": "White House Press Secretary", "from": "1987-02-02", "to": "1993-01-20"},
         {"name": "Dan Howard", "role": "Spokesman, Department of Defense", "from": "1987-01-01", "to": "1989-01-20"},
         {"name": "David Friedman", "role": "Deputy Administrator, National Highway Traffic Safety Administration", "from": "2013-01-01", "to": "2015-01-31"},
         {"name": "Mark Rosekind", "role": "Administrator, National Highway Traffic Safety Administration", "from": "2014-12-22", "to": "2017-01-20"},
         {"name": "Anthony Foxx", "role": "Secretary of Transportation", "from": "2013-07-02", "to": "2017-01-20"}]},
    {"type": "actor", "id": "soviet-union", "name": "Soviet Union",
     "aliases": ["USSR", "U.S.S.R.", "Moscow", "Kremlin", "Soviet government", "Tass",
                 "Soviet officials", "Soviet air defence forces", "Soviet General Staff"],
     "speakers": [
         {"name": "Yuri Andropov", "role": "General Secretary of the Communist Party", "from": "1982-11-12", "to": "1984-02-09"},
         {"name": "Andrei Gromyko", "role": "Foreign Minister", "from": "1957-02-15", "to": "1985-07-02"},
         {"name": "Nikolai Ogarkov", "role": "Chief of the General Staff", "from": "1977-01-08", "to": "1984-09-06"},
         {"name": "Oleg Troyanovsky", "role": "Permanent Representative to the United Nations", "from": "1977-01-01", "to": "1986-01-01"}]},
    {"type": "actor", "id": "iran", "name": "Iran",
     "aliases": ["Islamic Republic of Iran", "Tehran", "Iranian government", "Iranian officials",
                 "Iranian leaders", "Islamic Republic News Agency", "IRNA", "Tehran radio"],
     "speakers": [
         {"name": "Ruhollah Khomeini", "role": "Supreme Leader", "from": "1979-12-03", "to": "1989-06-03"},
         {"name": "Ali Khamenei", "role": "President", "from": "1981-10-13", "to": "1989-08-03"},
         {"name": "Akbar Hashemi Rafsanjani", "role": "Speaker of Parliament", "from": "1980-07-20", "to": "1989-08-03"},
         {"name": "Ali Akbar Velayati", "role": "Foreign Minister", "from": "1981-12-15", "to": "1997-08-20"}]},
    {"type": "actor", "id": "singapore-airlines", "name": "Singapore Airlines Ltd.",
     "aliases": ["Singapore Airlines", "SIA", "the airline"],
     "speakers": [
         {"name": "Cheong Choong Kong", "role": "Deputy Chairman and Chief Executive Officer", "from": "1996-01-01", "to": "2003-06-30"},
         {"name": "Rick Clements", "role": "Spokesman, Singapore Airlines", "from": "1995-01-01", "to": "2005-12-31"}]},
    {"type": "actor", "id": "china", "name": "China",
     "aliases": ["People's Republic of China", "Beijing", "Chinese government", "State Council",
                 "Ministry of Health", "health ministry",
                 "General Administration of Quality Supervision, Inspection and Quarantine", "AQSIQ",
                 "Ministry of Railways", "railways ministry", "Shanghai Railway Bureau",
                 "Wenzhou city government", "Shijiazhuang city government", "Chinese authorities", "Chinese officials"],
     "speakers": [
         {"name": "Wen Jiabao", "role": "Premier", "from": "2003-03-16", "to": "2013-03-15"},
         {"name": "Chen Zhu", "role": "Minister of Health", "from": "2007-06-29", "to": "2013-03-16"},
         {"name": "Li Changjiang", "role": "Minister, General Administration of Quality Supervision, Inspection and Quarantine", "from": "2001-04-01", "to": "2008-09-22"},
         {"name": "Sheng Guangzu", "role": "Minister of Railways", "from": "2011-02-25", "to": "2013-03-16"},
         {"name": "Wang Yongping", "role": "Spokesman, Ministry of Railways", "from": "2007-01-01", "to": "2011-08-16"},
         {"name": "Lu Dongfu", "role": "Vice Minister of Railways", "from": "2007-01-01", "to": "2013-03-16"},
         {"name": "An Lusheng", "role": "Director, Shanghai Railway Bureau", "from": "2011-07-24", "to": "2013-12-31"}]},
    {"type": "actor", "id": "sanlu", "name": "Sanlu Group",
     "aliases": ["Sanlu", "Shijiazhuang Sanlu Group", "Sanlu Group Co."],
     "speakers": [
         {"name": "Tian Wenhua", "role": "Chairwoman and General Manager", "from": "1996-01-01", "to": "2008-09-16"},
         {"name": "Zhang Zhenling", "role": "Vice President", "from": "2005-01-01", "to": "2008-12-31"}]},
    {"type": "actor", "id": "israel", "name": "Israel",
     "aliases": ["State of Israel", "Israeli government", "Jerusalem", "Prime Minister's Office",
                 "Israeli officials", "Israel Defense Forces", "IDF", "security cabinet",
                 "Israeli military"],
     "speakers": [
         {"name": "Benjamin Netanyahu", "role": "Prime Minister", "from": "2009-03-31", "to": "2021-06-13"},
         {"name": "Ehud Barak", "role": "Defence Minister", "from": "2007-06-18", "to": "2013-03-18"},
         {"name": "Avigdor Lieberman", "role": "Foreign Minister", "from": "2009-03-31", "to": "2012-12-18"},
         {"name": "Mark Regev", "role": "Spokesman, Prime Minister's Office", "from": "2007-01-01", "to": "2015-12-31"}]},
    {"type": "actor", "id": "takata", "name": "Takata Corp.",
     "aliases": ["Takata", "Takata Corporation", "TK Holdings"],
     "speakers": [
         {"name": "Shigehisa Takada", "role": "Chairman and Chief Executive Officer", "from": "2007-06-01", "to": "2018-06-30"},
         {"name": "Hiroshi Shimizu", "role": "Senior Vice President, Global Quality Assurance", "from": "2014-01-01", "to": "2017-12-31"}]},
    {"type": "actor", "id": "mitsubishi-motors", "name": "Mitsubishi Motors Corp.",
     "aliases": ["Mitsubishi Motors", "Mitsubishi", "MMC", "Mitsubishi Motors North America"],
     "speakers": [
         {"name": "Tetsuro Aikawa", "role": "President", "from": "2014-06-25", "to": "2016-06-24"},
         {"name": "Osamu Masuko", "role": "Chairman and Chief Executive Officer", "from": "2014-06-25", "to": "2019-06-21"},
         {"name": "Osamu Masuko", "role": "President", "from": "2016-06-24", "to": "2016-12-14"},
         {"name": "Ryugo Nakao", "role": "Executive Vice President", "from": "2014-06-25", "to": "2016-06-24"}]},
    {"type": "actor", "id": "optus", "name": "Optus",
     "aliases": ["Singtel Optus", "Optus Ltd."],
     "speakers": [
         {"name": "Kelly Bayer Rosmarin", "role": "Chief Executive Officer", "from": "2020-04-01", "to": "2023-11-20"}]},
    {"type": "actor", "id": "fifa", "name": "FIFA",
     "aliases": ["Federation Internationale de Football Association", "FIFA Council",
                 "bureau of the FIFA Council", "world football's governing body"],
     "speakers": [
         {"name": "Gianni Infantino", "role": "President", "from": "2016-02-26", "to": ONGOING},
         {"name": "Fatma Samoura", "role": "Secretary General", "from": "2016-06-13", "to": "2023-12-31"}]},
    {"type": "actor", "id": "qatar", "name": "Qatar",
     "aliases": ["State of Qatar", "Qatari government", "Doha", "Supreme Committee for Delivery and Legacy",
                 "Supreme Committee", "Qatar's World Cup organisers", "Qatari organisers",
                 "Qatari officials", "government communications office", "host country authorities"],
     "speakers": [
         {"name": "Tamim bin Hamad Al Thani", "role": "Emir", "from": "2013-06-25", "to": ONGOING},
         {"name": "Hassan Al Thawadi", "role": "Secretary-General, Supreme Committee for Delivery and Legacy", "from": "2011-03-01", "to": "2023-12-31"},
         {"name": "Nasser Al Khater", "role": "Chief Executive Officer, FIFA World Cup Qatar 2022", "from": "2019-01-01", "to": "2023-12-31"}]},
]

OUTLETS = {
    "Dunstanby Wire": "dunstanby-wire.example",
    "Hartwell Cove News Agency": "hartwell-cove-news.example",
    "Ravenscar Dispatch": "ravenscar-dispatch.example",
    "Mossgiel Financial Report": "mossgiel-financial.example",
    "Tillingham Newswire": "tillingham-newswire.example",
    "Greystoke Ledger": "greystoke-ledger.example",
    "Pentreath Press Service": "pentreath-press.example",
    "Saltcote Courier": "saltcote-courier.example",
    "Windermere Row Wire": "windermere-row.example",
    "Ferncastle Herald": "ferncastle-herald.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- KAL 007, September 1983 (01-04)
("w13-01-kal", "Dunstanby Wire", "1983-09-01T22:00:00Z", "U.S. says Soviet fighter shot down Korean airliner with 269 aboard", [
"Secretary of State George P. Shultz said on Thursday that a Soviet interceptor had fired a missile at a Korean Air Lines jumbo jet carrying 269 people and brought it down near the island of Sakhalin, and he called on Moscow to explain what he described as an appalling act for which he could see no excuse.",
"Shultz told reporters at the State Department that Soviet radar had tracked the Boeing 747, Flight 007 from New York to Seoul by way of Anchorage, for some two and a half hours after it strayed over Soviet territory, and that the fighter pilot had reported firing a missile and destroying his target. He said the United States reacted with revulsion to the attack.",
"Among the passengers was Representative Larry McDonald of Georgia. Reports in Seoul earlier in the day that the plane had been forced to land on Sakhalin and that everyone aboard was safe proved unfounded.",
"In Moscow, the Tass news agency said only that an unidentified plane had twice violated Soviet airspace, that it had not reacted to signals and warnings from Soviet fighters, and that it had continued its flight toward the Sea of Japan. It did not say the aircraft had been fired on. A later Soviet message to the State Department said search teams had found signs of a possible crash near Moneron Island.",
]),
("w13-02-kal", "Hartwell Cove News Agency", "1983-09-05T03:00:00Z", "Moscow calls airliner's flight a U.S. provocation; Washington confirms spy plane was nearby", [
"The Soviet Union said on Sunday that the South Korean airliner lost near Sakhalin had been sent into its airspace on a spying mission for American intelligence, and for the first time told its own citizens that the intruder was a passenger plane, but it still did not say what had brought the aircraft down.",
"A long Tass statement, read on the evening television news, said Soviet interceptors had tried to make contact with the plane, which was flying without navigation lights, and had fired warning shots with tracer shells along its path when it ignored their signals. According to Soviet accounts, the aircraft then flew out of Soviet airspace and vanished from radar screens about ten minutes later. It was necessary to find out who had sent the plane and for what purpose, the statement said, and it asserted the country's right to defend its borders.",
"In Washington, deputy White House press secretary Larry Speakes acknowledged that an American RC-135 reconnaissance plane had been on a routine mission in the region that night, but said there was no reason for Soviet air defences to have confused it with the airliner. President Reagan, who has denounced the attack as an act of barbarity, is to address the nation on Monday.",
]),
("w13-03-kal", "Ravenscar Dispatch", "1983-09-07T02:00:00Z", "Soviet Union admits its fighter 'stopped' Korean jet, blames U.S.", [
"The Soviet Union acknowledged on Tuesday that one of its air defence fighters had stopped the flight of the South Korean airliner, its first admission that Soviet forces had brought down the plane with 269 people aboard, and it laid the blame for their deaths on the United States.",
"A government statement carried by Tass said the interceptor pilot had carried out an order of his command after the intruder ignored repeated warnings, and that the pilots could not have known it was a civilian aircraft. The Soviet government expressed regret over the loss of innocent lives but said full responsibility rested with those who had sent the plane on what it called a deliberate intelligence mission. The Soviet ambassador, Oleg Troyanovsky, read the statement to the United Nations Security Council.",
"Hours earlier, Ambassador Jeane Kirkpatrick had played the council a recording of the Soviet pilots' radio exchanges, saying it showed the fighter had shadowed the airliner for a long time and that the pilot reported its navigation lights were on before he fired. Five days ago Moscow said only that the plane had flown on toward the Sea of Japan. In a televised address on Monday, President Reagan called the attack a crime against humanity.",
]),
("w13-04-kal", "Pentreath Press Service", "1983-09-09T19:00:00Z", "Soviet marshal says airliner was on spy mission, confirms missiles were fired", [
"Marshal Nikolai Ogarkov, chief of the Soviet General Staff, said on Friday that the South Korean airliner shot down over the Sea of Japan had been on a deliberately planned intelligence mission, and confirmed for the first time that a Soviet interceptor had destroyed it with missiles after warning shots were ignored.",
"At a two-hour news conference in Moscow, broadcast live, Ogarkov used maps to trace the plane's course over Kamchatka and Sakhalin. He said the interceptor had fired four bursts of tracer shells, about 120 rounds, to warn the intruder, and that when it kept heading for the frontier the pilot was ordered to destroy it and fired two missiles. The intrusion was no accident, he said, and the plane had flown with its lights off and ignored every signal. He insisted the pilots could not have known it was a passenger jet and that the United States bore full responsibility.",
"Ogarkov said the airliner's course had at one point brought it close to an American RC-135 reconnaissance plane, which had complicated identification, while maintaining that the 747 itself was spying. Japanese searchers have recovered wreckage off northern Hokkaido.",
]),
# ---------------------------------------------------------------- Iran Air 655, 1988-1996 (05-09)
("w13-05-ir655", "Tillingham Newswire", "1988-07-03T23:00:00Z", "U.S. warship shoots down Iranian airliner over Gulf; 290 feared dead", [
"The U.S. Navy cruiser Vincennes shot down an Iran Air passenger jet over the Strait of Hormuz on Sunday after mistaking it for an attacking Iranian F-14 fighter, and Iran said all 290 people on board had been killed.",
"Admiral William J. Crowe Jr., chairman of the Joint Chiefs of Staff, told a Pentagon news conference that the Airbus A300, which had taken off from Bandar Abbas for Dubai, was not flying in the commercial air corridor it would normally use and was descending toward the cruiser at high speed, at roughly 7,000 to 9,000 feet. It had ignored seven warnings on civilian and military radio channels, he said, and the ship was at the time fighting Iranian gunboats that had fired on one of its helicopters.",
"In a statement read by his spokesman, Marlin Fitzwater, President Reagan said the United States deeply regretted any loss of life but called the firing a proper defensive action. The airliner had been headed directly for the Vincennes and had failed to heed repeated warnings, the statement said, and the ship had followed standing orders to protect itself. Iran's official news agency called the attack a horrendous crime, and Tehran radio vowed that it would not go unanswered.",
]),
("w13-06-ir655", "Greystoke Ledger", "1988-07-05T01:00:00Z", "Reagan calls airliner downing 'understandable accident'; Khomeini urges war on U.S.", [
"President Reagan said on Monday that the downing of an Iranian airliner by the cruiser Vincennes was an understandable accident, and he said he would not discuss compensation for the victims' families or for Iran until he had seen the findings of a Navy investigation.",
"Returning to the White House from Camp David, Reagan said he would not minimise the tragedy but that the ship's radar had shown the plane heading straight for it. He rejected comparisons with the Soviet downing of a Korean airliner in 1983, saying the Soviet pilots had identified that plane as civilian before shooting it down. At the Pentagon, spokesman Dan Howard said the cruiser had fired partly because the aircraft was giving off an electronic signal of the kind used by Iran's F-14 fighters as well as a civilian identification code. A team led by Rear Admiral William Fogarty left for the Gulf to investigate.",
"Ayatollah Ruhollah Khomeini called on Iranians to wage a full-fledged war against the United States, and Iranian leaders described the attack as premeditated murder. Iran asked for an urgent meeting of the U.N. Security Council.",
]),
("w13-07-ir655", "Saltcote Courier", "1988-07-12T00:00:00Z", "U.S. to compensate families of airliner victims, not Iran's government", [
"President Reagan has decided that the United States will offer compensation to the families of the 290 people killed when the Vincennes shot down an Iran Air jet, the White House said on Monday, but the money will go to the families rather than to the Iranian government and will not be an admission of legal liability.",
"Presidential spokesman Marlin Fitzwater said the payments would be made on humanitarian grounds, ex gratia, and that the amounts and the means of paying them had yet to be worked out. The United States had no intention of paying Iran, he said, and the gesture did not mean Washington accepted blame for the downing. Reagan said last week that he would wait for the Navy's findings before discussing compensation; officials said he had decided to act sooner.",
"Iranian officials gave no immediate response to the offer. Foreign Minister Ali Akbar Velayati is expected to press the Security Council this week to condemn the United States, and Vice President George Bush will present the American case to the council.",
]),
("w13-08-ir655", "Windermere Row Wire", "1988-08-20T00:00:00Z", "Navy inquiry finds Iranian airliner was climbing, inside its air corridor", [
"The Iranian airliner shot down by the Vincennes last month was climbing, was flying inside its assigned air corridor and was transmitting only a civilian identification signal, the Pentagon said on Friday, releasing a Navy investigation that nonetheless concluded that the cruiser's captain had acted reasonably.",
"The report by Rear Admiral William Fogarty found that crew members under the stress of combat had misread data from the ship's Aegis radar system and wrongly reported that the Airbus was descending toward the ship. The plane had in fact been gaining altitude on its normal route from Bandar Abbas to Dubai, the report said, and there was no evidence that it had sent out the kind of signal used by military aircraft. A military signal picked up on board had probably come from another aircraft, investigators said.",
"Defense Secretary Frank Carlucci said no one would be disciplined and that Captain Will Rogers had acted properly on the information he had been given. The report said Iran bore part of the responsibility for allowing an airliner to fly over a naval battle. Admiral William J. Crowe Jr., who gave the first account of the downing on July 3, endorsed the findings.",
]),
("w13-09-ir655", "Ferncastle Herald", "1996-02-22T20:00:00Z", "U.S. to pay $61.8 million to families of Iran Air victims", [
"The United States has agreed to pay $61.8 million to the families of Iranian passengers and crew killed when the cruiser Vincennes shot down an Iran Air Airbus over the Gulf in 1988, under a settlement that ends Iran's case against Washington at the International Court of Justice, the State Department said on Thursday.",
"A department spokesman said the payments, $300,000 for each victim who was a wage earner and $150,000 for each who was not, were being made ex gratia and did not amount to an admission of legal responsibility. The United States continued to regard the downing as a terrible human tragedy and expressed its deep regret for the loss of life, he said. The settlement covers the 248 Iranians among the 290 people on board.",
"Iran had asked the court in The Hague in 1989 to rule that the attack violated international aviation conventions and to order reparations. Under the settlement Iran agreed to withdraw its case. It ends one of the longest-running disputes between the two countries, which have had no diplomatic relations since 1980.",
]),
# ---------------------------------------------------------------- SQ006, 2000-2002 (10-13)
("w13-10-sq006", "Dunstanby Wire", "2000-11-01T12:00:00Z", "Singapore Airlines jet crashes on takeoff in Taipei typhoon", [
"A Singapore Airlines Boeing 747 bound for Los Angeles crashed and burst into flames as it tried to take off in driving rain from Chiang Kai-shek airport near Taipei late on Tuesday, killing more than 70 of the 179 people on board, Taiwanese officials said.",
"Flight SQ006 had been cleared to take off from runway 05L as Typhoon Xangsane approached the island. Taiwanese aviation officials said on Wednesday they were examining whether the pilot had instead turned onto the parallel runway, 05R, which was closed for repairs, after wreckage and construction equipment were found on that strip. Singapore Airlines said it was unlikely that an experienced captain could have taxied his aircraft onto a darkened runway that was out of use.",
"The airline's chief executive, Cheong Choong Kong, flew to Taipei and said the company would do everything possible for the survivors and the families of the dead. Singapore Airlines, which had never before lost a passenger in a crash, said it would give families US$25,000 for each person killed to meet immediate costs, and $5,000 to each injured passenger. The three pilots survived and were being questioned by investigators.",
]),
("w13-11-sq006", "Hartwell Cove News Agency", "2000-11-03T14:00:00Z", "Singapore Airlines accepts its jet took wrong runway, takes 'full responsibility'", [
"Singapore Airlines acknowledged on Friday that its jumbo jet had tried to take off from a closed runway at Taipei's airport, and its chief executive said the airline accepted full responsibility for the crash that killed 81 people.",
"Taiwan's Aviation Safety Council said data from the flight recorders showed the Boeing 747 had begun its takeoff roll on runway 05R, which was closed for repairs, instead of the parallel runway 05L to which it had been cleared, and had struck concrete barriers and construction machinery. The council's managing director, Kay Yong, said the pilot appeared to have realised at the last moment that he was on the wrong strip.",
"\"They are our pilots. That was our aircraft. The aircraft should not be on that runway,\" Cheong Choong Kong told a news conference, adding that the airline accepted the finding, however unlikely it had seemed at first. A spokesman, Rick Clements, recalled that two days earlier the airline had called it unlikely that an experienced captain would taxi onto a darkened runway, but the aircraft had been on the wrong runway and the company now wanted to understand how that had happened. Singapore's civil aviation authority said the airport did not appear to have closed off the runway in line with international guidelines.",
]),
("w13-12-sq006", "Ravenscar Dispatch", "2000-11-04T13:00:00Z", "Singapore Airlines offers $400,000 to each victim's family", [
"Singapore Airlines said on Saturday it would offer US$400,000 to the family of each of the 81 people killed when one of its Boeing 747s crashed on takeoff from a closed runway at Taipei, several times the limit on airline liability under the Warsaw Convention.",
"The offer is separate from the $25,000 the airline has already paid each bereaved family for immediate needs, and the carrier said it would also meet the medical costs of the injured and discuss compensation with each of them. This is a very sad situation, the company said in a statement, and the airline hoped to help families through a terrible period by offering compensation without delay. Letters setting out the offer would reach families within two weeks, it said.",
"Relatives were taken by bus to the crash site on Saturday, where some knelt to pray in the rain. The airline's compensation bill is expected to exceed $35 million, and lawyers said some families would probably sue for more. The offer came a day after the airline's chief executive said it accepted full responsibility for the crash.",
]),
("w13-13-sq006", "Pentreath Press Service", "2002-04-26T16:00:00Z", "Taiwan blames Singapore Airlines pilots for 2000 crash; airline says airport misled them", [
"Taiwan's Aviation Safety Council blamed the pilots of a Singapore Airlines jumbo jet, and a typhoon, for the crash at Taipei airport in October 2000 that killed 83 people, in a final report issued on Friday, but the airline and Singapore's government said the investigators had played down failings at the airport itself.",
"The council listed eight probable causes, seven of them concerning the crew, who it said had lost awareness of their position and begun the takeoff from runway 05R, which was closed for works, although charts, signs, lights and cockpit instruments could have told them they were on the wrong strip. The airport's facilities had not led the pilots onto the wrong runway, the council's managing director, Kay Yong, said.",
"Singapore Airlines said it accepted the reports' findings of fact in general but disagreed with some of the council's conclusions. It had always been clear that the aircraft took off from the wrong runway, the airline said, but the report did not give due weight to deficiencies at Chiang Kai-shek airport, which it said had misled the pilots: the closed runway had no barriers or warning markings and was lit as if it were in use, while the taxiway lights toward the correct runway were sparse and some were not working.",
"Singapore's transport ministry said the airport's shortcomings had played a critical role.",
]),
# ---------------------------------------------------------------- Sanlu melamine, 2008-09 (14-18)
("w13-14-sanlu", "Mossgiel Financial Report", "2008-09-11T04:00:00Z", "Chinese dairy Sanlu says formula meets standards after infant kidney stone cases", [
"Sanlu Group, one of China's biggest makers of infant formula, said on Thursday that its products met national quality standards, after hospitals in the northwestern province of Gansu linked dozens of cases of kidney stones in babies to its milk powder.",
"The Shijiazhuang-based company said its formula had repeatedly passed quality inspections and that there was no evidence it had caused the illnesses. A company official suggested that some of the sick infants might have been fed counterfeit powder sold under the Sanlu name. Doctors in Gansu have treated 59 infants for kidney stones this year, one of whom has died, and parents said most of the babies had been fed Sanlu formula. Similar cases have been reported in at least eight other provinces.",
"The Ministry of Health said it had sent a team to investigate and urged parents to take babies who had difficulty urinating to a doctor. Sanlu, in which the New Zealand dairy cooperative Fonterra holds a 43 percent stake, is one of the best-known milk brands in China, and its powder sells for about 18 yuan for a 400-gram pack.",
]),
("w13-15-sanlu", "Mossgiel Financial Report", "2008-09-11T16:30:00Z", "Sanlu recalls baby formula contaminated with melamine after health ministry warning", [
"Sanlu Group said late on Thursday that some of its baby milk powder had been contaminated with melamine, an industrial chemical, and that it was recalling about 700 tonnes of formula, hours after the Ministry of Health said it strongly suspected the company's products of making infants ill.",
"In a statement, the company said a check of its own products had found the contamination, that all the affected powder had been produced before Aug. 6, and that it was recalling everything made before that date. It said it wanted to act responsibly toward consumers. The health ministry told parents to stop feeding Sanlu formula to their children immediately and said it had ordered a nationwide investigation of infant kidney stone cases. The quality watchdog, the General Administration of Quality Supervision, Inspection and Quarantine, said it had sent inspectors to the company and was testing other brands of baby milk.",
"Melamine, which is used to make plastics, is rich in nitrogen and can make watered-down milk appear to contain more protein in tests. Carrefour and other retailers pulled Sanlu products from their shelves. Earlier on Thursday the company had insisted its formula met national standards.",
]),
("w13-16-sanlu", "Saltcote Courier", "2008-09-15T12:00:00Z", "Sick infants rise to 1,253 as Sanlu apologises and blames milk suppliers", [
"China's health ministry said on Monday that 1,253 babies had fallen ill after drinking tainted Sanlu milk powder and that two had died, far more than previously reported, as the company apologised publicly and police arrested suppliers accused of lacing raw milk with melamine.",
"A vice health minister told a news conference that as many as 10,000 infants might have drunk the contaminated formula and that 340 remained in hospital, 53 of them in a serious condition. Both deaths were in Gansu province. Officials said the contamination appeared to have happened at milk collection stations, where milk bought from farmers was diluted with water and melamine added to pass protein tests. Police in Hebei have detained 19 people and arrested two brothers who ran one such station.",
"At its headquarters in Shijiazhuang, Sanlu vice president Zhang Zhenling bowed and read an open letter apologising to consumers. The company said it had recalled all products made before Aug. 6 and would also take back later products from consumers who were worried. Company officials have said Sanlu first learned its milk was contaminated in early August.",
"In Wellington, Prime Minister Helen Clark said New Zealand had alerted Beijing directly on Sept. 8 after Fonterra, a Sanlu shareholder, had tried for weeks without success to get local officials to order a public recall.",
]),
("w13-17-sanlu", "Greystoke Ledger", "2008-09-17T12:00:00Z", "Melamine found in 22 Chinese dairies' formula; sick babies top 6,000", [
"Health Minister Chen Zhu said on Wednesday that 6,244 infants had been made ill by melamine-tainted milk powder and that a third baby had died, while the government's quality watchdog said it had found the chemical in formula made by 22 companies, including some of the country's best-known dairies.",
"Chen told reporters that 158 babies had developed acute kidney failure and that 1,327 were still in hospital. He said he expected the number of cases to keep rising as more parents took their children for checks. Li Changjiang, head of the General Administration of Quality Supervision, Inspection and Quarantine, said 69 batches from the 22 producers had tested positive, with the highest levels in Sanlu's powder, and that 5,000 inspectors would be sent to dairies across the country. The government said it would end the system under which well-known brands such as Sanlu were exempted from routine food inspections.",
"Sanlu's chairwoman, Tian Wenhua, has been dismissed. Several Shijiazhuang officials have also lost their posts after the city government acknowledged it had received a report from Sanlu about the problem on Aug. 2 but did not pass it on to the provincial authorities until Sept. 9. Sanlu has said the melamine was added by suppliers without its knowledge.",
]),
("w13-18-sanlu", "Saltcote Courier", "2009-01-01T02:00:00Z", "Former Sanlu chief tells court she knew of tainted milk in May", [
"The former chairwoman of Sanlu Group told a court on Wednesday that she knew in May that the company's baby formula was making children ill but did not report it to the authorities until August, as she pleaded guilty to producing and selling substandard products at a trial shared with three other former executives.",
"Tian Wenhua, 66, told the Shijiazhuang Intermediate People's Court that she learned of complaints about the formula in mid-May and led a team set up to deal with them, and that the company identified melamine in its products only after she ordered a fuller investigation in late July. Sanlu sent a written report to the city government on Aug. 2. Until the trial, company officials had maintained that they learned of the problem only in August. Prosecutors said complaints had first reached the company in December 2007.",
"According to the indictment, Sanlu produced 72 batches of tainted formula, some 904 tonnes, between Aug. 2 and Sept. 12, and sold 69 of them. The defendants admitted that after Fonterra told the company in mid-August that European rules allowed up to 20 milligrams of melamine per kilogram, Sanlu resumed selling products containing up to 10 milligrams, an amount they said they had considered safe. The health ministry said last month that about 294,000 infants had been sickened and that six deaths might be linked to the milk.",
]),
# ---------------------------------------------------------------- the Mavi Marmara, 2010-2016 (19, 20, 26, 28, 36)
("w13-19-israel", "Windermere Row Wire", "2010-06-20T18:00:00Z", "Israel eases Gaza land blockade but keeps naval closure, rejects international flotilla probe", [
"Israel said on Sunday it would allow all civilian goods into the Gaza Strip except weapons and materials that could be put to military use, the biggest easing of its blockade in three years, but that its naval blockade of the territory would stay in place, three weeks after its commandos killed nine activists aboard a Turkish aid ship.",
"The security cabinet approved a list of banned items to replace the list of permitted goods that had governed what could enter Gaza by land. Prime Minister Benjamin Netanyahu's office said the change would remove Hamas's main propaganda claim while keeping weapons out, and that ships bound for Gaza would still be intercepted and their cargo inspected at the port of Ashdod.",
"Israel has set up its own commission of inquiry into the May 31 raid on the Mavi Marmara, headed by a retired Supreme Court justice, Jacob Turkel, with two foreign observers. Netanyahu has said the inquiry will show that Israel acted lawfully, and officials have rejected calls from Turkey and from U.N. Secretary-General Ban Ki-moon for an international investigation, saying Israeli soldiers would not be questioned by a foreign panel. Turkey, which recalled its ambassador after the raid, has demanded an apology and an end to the blockade.",
]),
("w13-20-israel", "Ferncastle Herald", "2010-08-02T18:00:00Z", "Israel agrees to join U.N. inquiry into flotilla raid", [
"Israel agreed on Monday to take part in a United Nations inquiry into its deadly raid on a Gaza-bound aid flotilla, dropping two months of resistance to an international investigation, and Prime Minister Benjamin Netanyahu said the country had nothing to hide.",
"\"Israel has nothing to hide. The opposite is true,\" Netanyahu said in a statement after his inner cabinet of seven ministers approved the decision. It was in the national interest of the State of Israel, he said, that the facts of the flotilla affair come to light around the world. His office said the panel's mandate had been negotiated to make it balanced and fair, and that the panel would receive the findings of Israel's own inquiries rather than question soldiers.",
"U.N. Secretary-General Ban Ki-moon called Israel's participation an unprecedented development. The four-member panel, chaired by the former New Zealand prime minister Geoffrey Palmer with Colombia's outgoing president, Alvaro Uribe, as vice chairman, will include one Israeli and one Turkish member and begin work on Aug. 10. It is the first time Israel has agreed to take part in a U.N. inquiry into the actions of its military.",
]),
# ---------------------------------------------------------------- the Wenzhou collision, 2011 (21-25, 27)
("w13-21-wenzhou", "Tillingham Newswire", "2011-07-24T06:00:00Z", "Bullet train collision in eastern China kills 35; lightning blamed", [
"At least 35 people were killed and nearly 200 injured when a high-speed train ran into the back of another that had stalled on a viaduct near Wenzhou in eastern Zhejiang province on Saturday night, sending several carriages plunging off the bridge, state media said on Sunday.",
"The Shanghai Railway Bureau said lightning had struck the line and cut power to the first train, the D3115 from Hangzhou to Fuzhou, which came to a halt; the D301 from Beijing then crashed into it. The railways ministry dismissed three senior officials of the Shanghai bureau on Sunday morning, including its chief, and ordered an investigation. Rescue workers searched the wreckage through the night, and the rescue headquarters said early on Sunday that there were no further signs of life and that the search for survivors was over.",
"Cranes began clearing wrecked carriages from the viaduct so that the line could reopen. It is the worst accident since China began building its high-speed network, which has grown rapidly since 2008 and whose flagship line between Beijing and Shanghai opened less than a month ago.",
]),
("w13-22-wenzhou", "Pentreath Press Service", "2011-07-25T02:00:00Z", "Toddler pulled alive from wreck after search was called off; ministry defends burial of carriages", [
"A two-year-old girl was pulled alive from the wreckage of a bullet train near Wenzhou on Sunday, about 21 hours after the crash and hours after rescue officials had declared there were no more signs of life, fuelling anger at the railways ministry's handling of the disaster.",
"Police officers found Xiang Weiyi in the last carriage of the stalled train after their captain refused an order to hoist the car off the viaduct and insisted on one more search. Both her parents died. At a news conference late on Sunday, ministry spokesman Wang Yongping called her survival a miracle. Asked why wrecked carriages had been pushed into a pit and covered with earth, he said the ground below the viaduct was a marsh and the carriages had been buried to make room for the rescue work. \"Whether you believe it or not, I believe it,\" he told reporters.",
"Wang said China's high-speed rail technology was advanced and met international standards, and that the ministry still had confidence in it. The death toll stood at 35. Trains began running on the line again on Monday morning.",
]),
("w13-23-wenzhou", "Hartwell Cove News Agency", "2011-07-26T14:00:00Z", "Toll in Wenzhou crash rises to 39; first family accepts 500,000 yuan", [
"The death toll from Saturday's high-speed train collision near Wenzhou rose to 39, officials said on Tuesday, as the railways ministry began paying compensation to bereaved families and ordered safety checks across the national rail network.",
"An official in charge of the compensation talks said each victim's family would receive 500,000 yuan, about $77,500, made up of a base payment of 172,000 yuan, insurance of 200,000 yuan and funeral and travel costs, and that families who signed quickly would get a bonus of tens of thousands of yuan. The first family signed an agreement on Tuesday morning. Some relatives called the early-signing bonus insulting and said compensation should wait until the cause of the crash was known.",
"The ministry told local railway authorities on Monday to carry out a two-month nationwide safety inspection and to absorb the lessons of the accident seriously. It has not yet explained why a signal failed to stop the second train, and state newspapers have begun to ask whether the network was built too fast.",
]),
("w13-24-wenzhou", "Dunstanby Wire", "2011-07-28T14:00:00Z", "Wen promises openness at Wenzhou crash site; railway chief blames signal flaw", [
"Premier Wen Jiabao visited the site of Saturday's high-speed train crash near Wenzhou on Thursday and promised an open investigation, saying that if corruption was found behind the accident it would be dealt with to the end, as the head of the regional railway bureau said a faulty signal was to blame.",
"An Lusheng, the new head of the Shanghai Railway Bureau, said a signal at Wenzhou South station had a serious design flaw: after it was hit by lightning it should have turned red but stayed green, so the second train was not warned that the first had stopped ahead. The results of the investigation must stand the test of history, Wen said, and the public's questions should be answered. The death toll was raised to 40.",
"The Wenzhou city government issued a statement on Wednesday denying that it had offered families a bonus for signing compensation agreements early. Hundreds of relatives protested at Wenzhou South station on Wednesday, demanding to know the true cause of the crash.",
]),
("w13-25-wenzhou", "Greystoke Ledger", "2011-08-01T06:00:00Z", "Railways ministry nearly doubles crash compensation; vice minister denies wreckage was buried", [
"Families of passengers killed in last month's high-speed train crash near Wenzhou will receive 915,000 yuan each, almost double the original offer of 500,000 yuan, the railways ministry said, and 19 families had accepted by Sunday. The new sum, about $142,000, includes compensation for emotional distress and a one-off payment toward the living costs of victims' children. The ministry said it was working on a package for the injured. The crash killed 40 people and injured 191.",
"Vice Minister of Railways Lu Dongfu told China Central Television on Sunday that the ministry had not tried to hide evidence. Rescuers had moved wreckage from beneath the viaduct into a pit to make room for cranes, he said, but none of the debris or derailed carriages had been buried. Suggestions that the ministry had put restoring service ahead of saving lives were hurtful to the thousands of railway workers and local rescuers who took part, he said.",
]),
("w13-26-israel", "Tillingham Newswire", "2011-09-02T17:00:00Z", "Turkey expels Israeli envoy as Israel refuses to apologise for flotilla deaths", [
"Turkey expelled Israel's ambassador and suspended military agreements with its former ally on Friday after Israel again refused to apologise for the killing of nine people aboard the Mavi Marmara, as a United Nations report on the raid was made public.",
"The report by the panel led by Geoffrey Palmer found that Israel's naval blockade of Gaza was a legitimate security measure but that the force its commandos used when boarding the ship was excessive and unreasonable. An Israeli official said the report upheld the legality of the blockade and Israel's right to enforce it. \"Israel once again expresses its regrets for the loss of human life, but there will be no apology for this operation,\" an Israeli diplomatic source said. Officials said Israel was still willing to pay compensation to the victims' families, and that like any other country it had a legitimate right to protect its citizens and soldiers.",
"Foreign Minister Ahmet Davutoglu said relations would be cut to the level of second secretary and that the time had come for Israel to pay a price. A senior source in Netanyahu's office said Israel would try to mend its ties with the Turkish government and people.",
]),
("w13-27-wenzhou", "Saltcote Courier", "2011-12-28T12:00:00Z", "China blames design flaws and lax management for Wenzhou crash; 54 officials punished", [
"Serious design flaws in signalling equipment and lax management caused July's high-speed train collision near Wenzhou, which killed 40 people, a State Council investigation concluded on Wednesday, holding 54 officials responsible, among them the former railways minister Liu Zhijun.",
"The investigation team said a lightning strike had blown a fuse in the train control equipment at Wenzhou South station, which then wrongly showed the section ahead as clear, and that the equipment, developed by a railway research institute, had not been properly tested before it was put into service. Dispatchers and station staff had failed to respond properly to the faults, and the railways ministry had been lax in approving the equipment and in supervising safety, the report said. Liu, who was dismissed in February on suspicion of corruption, bore the main leadership responsibility, it said.",
"The crash injured 172 people, according to the final report, and caused direct losses of 193.7 million yuan. The railways ministry has since cut top speeds on the high-speed network, and the government has slowed approvals of new lines.",
]),
("w13-28-israel", "Windermere Row Wire", "2013-03-22T20:00:00Z", "Netanyahu apologises to Turkey for flotilla deaths in call brokered by Obama", [
"Prime Minister Benjamin Netanyahu apologised to Turkey on Friday for the deaths of nine people in Israel's 2010 raid on a Gaza-bound aid ship, in a telephone call to the Turkish prime minister, Recep Tayyip Erdogan, made as President Barack Obama was leaving Israel.",
"Netanyahu's office said he told Erdogan that the tragic outcome of the raid had not been intended and that Israel regretted the loss of life. In light of Israel's investigation, which had pointed to several operational mistakes, Netanyahu expressed Israel's apology to the Turkish people for any errors that might have led to loss of life or injury, and agreed to conclude an agreement on compensation, the statement said. The two leaders agreed to restore normal relations, including the return of ambassadors and the dropping of legal proceedings against Israeli soldiers.",
"Erdogan accepted the apology on behalf of the Turkish people, his office said. Netanyahu also told him that Israel had substantially lifted restrictions on civilian goods entering the Palestinian territories, including Gaza, and that this would continue as long as calm prevailed. Israel had refused for nearly three years to apologise, saying its soldiers had acted in self-defence.",
]),
# ---------------------------------------------------------------- Takata, 2014-2017 (29-32, 38)
("w13-29-takata", "Mossgiel Financial Report", "2014-11-11T00:00:00Z", "Takata calls report of secret 2004 air bag tests 'simply untrue'", [
"Takata Corp. has rejected a newspaper report that it had secretly tested faulty air bag inflators in 2004 and then destroyed the results, saying the account confused events that took place at different times and for different purposes.",
"The New York Times reported last week, citing two former employees, that technicians at Takata's U.S. headquarters in Michigan had found cracks in the steel inflators of two of 50 air bags tested after hours in 2004, and that executives had ordered the data deleted and the parts thrown away instead of alerting regulators. Takata said the tests it carried out in 2004 were done at the request of the National Highway Traffic Safety Administration to look at a different problem, the tearing of air bag cushions, and that it had shared the results with the agency. The report, the company said, told a story that was simply untrue.",
"The company's air bags have been linked to at least four deaths, and ten carmakers have recalled about 8 million vehicles in the United States over the past two months, mostly in hot and humid regions. Several senators have called for a criminal investigation.",
]),
("w13-30-takata", "Mossgiel Financial Report", "2014-12-03T06:00:00Z", "Takata refuses U.S. demand for nationwide air bag recall", [
"Takata Corp. told U.S. safety regulators on Tuesday that it would not agree to declare driver-side air bags in millions of vehicles defective across the country, rejecting the government's demand for a nationwide recall and setting up a possible legal fight.",
"In a letter to the National Highway Traffic Safety Administration, the Japanese supplier said it was very surprised by the demand, that the two incidents the agency had cited did not show a national recall was warranted, and that there had certainly been no showing of the significant number of failures that it understood to be required. The information it had given the agency supported its view that the current recalls, focused on hot and humid regions, were sufficient, it said, and the agency's power to find a defect applied to carmakers rather than to parts suppliers. Chairman and chief executive Shigehisa Takada said the company remained committed to cooperating with regulators and its customers and would work to produce more replacement parts for any further recalls.",
"The agency's deputy administrator, David Friedman, called the response disappointing and said anything short of a national recall did not live up to Takata's responsibility. The agency would review the response to decide its next steps, he said.",
]),
("w13-31-takata", "Windermere Row Wire", "2015-05-19T22:00:00Z", "Takata declares air bags defective, doubling U.S. recall to 34 million vehicles", [
"Takata Corp. agreed on Tuesday to declare its air bag inflators defective and to expand a recall to about 33.8 million vehicles in the United States, roughly doubling its size and making it the largest auto safety recall in American history, federal regulators said.",
"Transportation Secretary Anthony Foxx said it was probably the most complex consumer safety recall in U.S. history. Takata filed four defect reports covering driver and passenger air bags and signed a consent order requiring it to cooperate with the regulator's investigation. Chairman and chief executive Shigehisa Takada said the company was pleased to have reached an agreement that provided a clear path forward on safety, and that it was committed to working with carmakers to carry out the recalls. Regulators said the root cause of the ruptures had still not been identified, though long exposure to humidity appeared to play a part.",
"At least six deaths worldwide have been linked to the inflators, which can burst with too much force and spray metal fragments at drivers and passengers. Six months ago Takata turned down a government demand for a national recall, saying the regional recalls then under way were enough.",
]),
("w13-32-takata", "Ferncastle Herald", "2015-11-03T21:00:00Z", "Takata fined up to $200 million, admits it knew of air bag defect", [
"U.S. regulators fined Takata Corp. as much as $200 million on Tuesday, the largest civil penalty in the history of the National Highway Traffic Safety Administration, after the company admitted that it was aware of a defect in its air bag inflators and had failed to issue a timely recall.",
"Under a consent order, Takata will pay $70 million in cash, with the remaining $130 million due if it breaks the agreement or further violations come to light. The company acknowledged that it had given the agency selective, incomplete or inaccurate data over several years, and it agreed to phase out inflators that use ammonium nitrate as a propellant. For years Takata built defective products, refused to acknowledge the defect and gave regulators incomplete information, Transportation Secretary Anthony Foxx said.",
"The agency's administrator, Mark Rosekind, said it would also use its new powers to speed up repairs, starting with the vehicles at greatest risk. Takata said it deeply regretted the circumstances that had led to the order and was committed to restoring trust. The inflators have been linked to at least eight deaths.",
]),
# ---------------------------------------------------------------- Mitsubishi Motors, 2016 (33-35, 37)
("w13-33-mmc", "Greystoke Ledger", "2016-04-20T10:00:00Z", "Mitsubishi Motors admits manipulating fuel economy tests on 625,000 minicars", [
"Mitsubishi Motors Corp. admitted on Wednesday that it had manipulated fuel economy tests to make four of its minicar models look more efficient than they were, affecting some 625,000 vehicles sold in Japan, and its shares fell 15 percent.",
"President Tetsuro Aikawa bowed deeply at a news conference in Tokyo and said the manipulation had been intentional. The company said staff had used tyre and air resistance values that flattered the results, that the test method also differed from the one required by Japanese law, and that the non-compliant method had also been used on other models sold in Japan. The affected models, the eK Wagon and eK Space and the Dayz and Dayz Roox it builds for Nissan Motor Co., have been made since June 2013; Mitsubishi has sold 157,000 of its own and supplied 468,000 to Nissan. The figures overstated fuel economy by 5 to 10 percent, the company said.",
"Mitsubishi said it had stopped production and sales of the four models and would look into whether cars made for overseas markets were affected. The problem came to light when Nissan, developing a successor model, measured the cars' fuel consumption and found it did not match the official ratings.",
]),
("w13-34-mmc", "Hartwell Cove News Agency", "2016-04-27T21:00:00Z", "Mitsubishi says it broke Japan's fuel test rules for 25 years", [
"Mitsubishi Motors Corp. said on Tuesday that it had used fuel economy testing methods that did not comply with Japanese rules since 1991, far longer than previously known, and its president said he did not yet know how many vehicles were affected.",
"Japan changed its rules in 1991 to better reflect stop-start city driving, but Mitsubishi kept using a method based on U.S. practice. \"We should have switched, but it turns out we didn't,\" executive vice president Ryugo Nakao told reporters at the transport ministry. \"We don't know the whole picture and we are in the process of trying to determine that,\" President Tetsuro Aikawa said. \"I feel a great responsibility.\" He said he had not known of the manipulation and could not say why employees had resorted to it.",
"In the United States, Mitsubishi Motors North America said on Wednesday that it had retested vehicles from the 2013 to 2017 model years and that their fuel economy ratings were accurate and complied with federal procedures. The Environmental Protection Agency had ordered additional tests. Mitsubishi's shares have lost about half their value since the scandal broke a week ago.",
]),
("w13-35-mmc", "Ravenscar Dispatch", "2016-05-11T12:00:00Z", "Mitsubishi says minicar mileage was overstated by up to 15%; chairman to stay on", [
"Mitsubishi Motors Corp. said on Wednesday that the fuel economy of the four minicars at the centre of its test-rigging scandal had been overstated by as much as 15 percent, more than it disclosed last month, and that it may also have used improper data for other models it sells or has sold.",
"The company said it had now tested nine of those models properly, including the RVR sport utility vehicle, and found that their actual fuel economy was not very different from the advertised figures, so it planned to keep selling them. It said staff had been under pressure to meet a fuel economy target for the eK Wagon that was raised five times during development. In April the company had put the gap for the minicars at up to 10 percent.",
"Chairman and chief executive Osamu Masuko apologised at a news conference and, asked whether he would step down, said he would not for the time being. Getting the company back on a stable footing was one way to take responsibility, he said. Mitsubishi is to give the transport ministry a fuller report by May 18. Nissan Motor Co. is expected to announce a large investment in the company as soon as Thursday.",
]),
("w13-36-israel", "Dunstanby Wire", "2016-06-27T16:00:00Z", "Israel and Turkey restore ties; Israel to pay $20 million, Gaza blockade stays", [
"Israel and Turkey agreed on Monday to restore full diplomatic relations after a six-year rift over the Mavi Marmara raid, with Israel paying $20 million into a fund for the families of those killed and its naval blockade of Gaza remaining in force.",
"Prime Minister Benjamin Netanyahu, speaking in Rome, said the naval blockade was a top security interest for Israel and that he was not prepared to compromise on it. Under the agreement Turkey will be allowed to send aid to Gaza and build projects there, among them a power station and a hospital, with goods shipped through the Israeli port of Ashdod. Turkey is to pass a law dropping claims against Israeli soldiers and officers.",
"Turkey had set three conditions for normal ties: an apology, compensation and the lifting of the blockade. Netanyahu apologised in 2013, and Israel has now met the demand for compensation, but the blockade stays. Turkish Prime Minister Binali Yildirim said the deal would ease the humanitarian situation in Gaza.",
]),
("w13-37-mmc", "Pentreath Press Service", "2016-08-30T12:00:00Z", "Japan orders Mitsubishi to halt sales of eight more models over fuel data", [
"Japan's transport ministry ordered Mitsubishi Motors Corp. on Tuesday to stop selling eight more models in Japan, including the Pajero and Outlander sport utility vehicles, after its own tests found their fuel economy was as much as 8.8 percent worse than the carmaker advertised.",
"The ministry said the gap averaged 4.2 percent and told Mitsubishi to submit corrected figures before sales could resume, which officials expected to take a few weeks. Mitsubishi said it would suspend sales of the models and pay the owners of about 76,000 vehicles up to 100,000 yen each in compensation. A company spokesman said the catalogue figures had been based on the best results from road tests rather than on average values.",
"Chairman Osamu Masuko, who also took over as president when Tetsuro Aikawa resigned in June, apologised and said the company should have used neutral data. Nissan Motor Co. is due to complete its purchase of a controlling 34 percent stake in Mitsubishi in the autumn.",
]),
("w13-38-takata", "Saltcote Courier", "2017-01-14T00:00:00Z", "Takata to plead guilty and pay $1 billion; three former executives charged", [
"Takata Corp. agreed on Friday to plead guilty to a felony charge of wire fraud and pay $1 billion to settle a U.S. criminal investigation into its defective air bag inflators, and prosecutors charged three former senior executives with falsifying test results.",
"The Justice Department said Takata admitted that, beginning in 2000, it had knowingly given carmakers false and misleading reports that hid inflator test failures. The penalty includes $850 million to reimburse carmakers, $125 million for people hurt by the air bags and a $25 million fine. The three former executives, who are in Japan, are accused of ordering test data to be altered. Chairman and chief executive Shigehisa Takada said the company deeply regretted its conduct and apologised. Ruptures of the inflators have been linked to at least 16 deaths worldwide, and the recalls now cover tens of millions of vehicles. The company is looking for a financial backer.",
]),
# ---------------------------------------------------------------- the Qatar World Cup, 2021-2022 (39-42, 47-49)
("w13-39-qatar", "Tillingham Newswire", "2021-02-24T12:00:00Z", "Qatar says migrant death rate is normal after report of 6,500 deaths since World Cup award", [
"Qatar's government said the death rate among its migrant workers was within the range expected for a population of that size and make-up, responding on Tuesday to a newspaper report that more than 6,500 workers from South Asia had died in the country since it won the right to host the 2022 World Cup.",
"The Guardian, citing government data from India, Nepal, Bangladesh, Pakistan and Sri Lanka, reported that an average of 12 workers from those countries had died each week since December 2010. The figures did not say what jobs the workers had done and did not link the deaths to World Cup projects. The government communications office said that every lost life was a tragedy.",
"The Supreme Committee for Delivery and Legacy, which oversees the stadiums and other tournament projects, said there had been three work-related deaths and 37 deaths from other causes among workers on its sites since construction began. Human rights groups said many deaths of migrant workers in Qatar were never properly investigated.",
]),
("w13-40-fifa", "Ferncastle Herald", "2022-04-02T09:00:00Z", "Qatar to open World Cup against Ecuador on Nov. 21 after draw sets groups", [
"Hosts Qatar will play Ecuador at Al Bayt Stadium on Monday, Nov. 21, in the opening match of the World Cup, after Friday's draw in Doha put them in Group A with Senegal and the Netherlands, FIFA said. Under the match schedule FIFA confirmed after the draw, the tournament's first day will have four games, beginning with Senegal against the Netherlands at Al Thumama Stadium, with the hosts' match in the evening after the opening ceremony. The final will be played at Lusail Stadium on Dec. 18.",
"FIFA president Gianni Infantino said the tournament, the first held in the Arab world and the first played in November and December, would be the best World Cup ever. Players from European clubs will have only about a week to prepare with their national teams because domestic leagues are not pausing until mid-November.",
]),
("w13-41-fifa", "Greystoke Ledger", "2022-08-11T18:00:00Z", "FIFA moves World Cup opener forward a day so Qatar can kick off tournament", [
"FIFA said on Thursday that the World Cup would now start a day earlier, on Sunday, Nov. 20, with hosts Qatar playing Ecuador at Al Bayt Stadium, instead of on Nov. 21 as scheduled.",
"The decision, taken by the bureau of the FIFA Council, keeps the tradition of opening the tournament with a match involving the hosts or the defending champions, FIFA said. Under the old schedule Qatar's game against Ecuador would have been the third of four matches on the first day. Senegal's match against the Netherlands, which was to have opened the tournament, moves to the evening of Nov. 21, and the opening ceremony will be held before the Qatar game.",
"Tickets for the affected matches will remain valid, FIFA said, and it would contact ticket holders about the changes. The date of the final is unchanged. The change means the tournament will last 29 days instead of 28.",
]),
("w13-42-qatar", "Windermere Row Wire", "2022-09-07T12:00:00Z", "Qatar World Cup chief says beer will be sold at stadiums, with limits", [
"Fans at this year's World Cup in Qatar will be able to buy alcohol at the stadiums, the tournament's chief executive, Nasser Al Khater, said, though not at certain times on match days, easing concerns over how the conservative Gulf state would cater for visiting supporters.",
"\"There will be alcohol in the stadium,\" Al Khater said, adding that Qatar was working as any other World Cup host would. There would be no alcohol for part of each match day, he said, so that the many families and children expected at the games could enjoy alcohol-free areas, while fan zones and hotels that already serve alcohol would do business as usual.",
"Under plans described to Reuters last week by a person familiar with them, ticket holders will be able to buy Budweiser beer inside the ticketed perimeter around each of the eight stadiums from three hours before kick-off and for an hour after the final whistle, but not in the stands, and beer will be served in the main FIFA fan zone in Doha in the evenings. Budweiser's owner, AB InBev, said it was working closely with FIFA to make sure its activities respected local rules.",
]),
# ---------------------------------------------------------------- the Optus breach, 2022 (43-46)
("w13-43-optus", "Dunstanby Wire", "2022-09-22T09:00:00Z", "Optus says cyberattack exposed customers' personal data", [
"Optus, Australia's second-largest telecommunications company, said on Thursday that it had suffered a cyberattack in which the personal details of current and former customers may have been taken, and urged customers to be alert for fraud.",
"The information that may have been exposed includes names, dates of birth, phone numbers and email addresses and, for some customers, home addresses and the numbers of identity documents such as driver's licences or passports, the company said. Payment details and account passwords had not been compromised, it said. \"As soon as we knew, we took action to block the attack and began an immediate investigation,\" chief executive Kelly Bayer Rosmarin said in a statement. Not everyone might be affected, she said, but the company wanted customers to know as soon as possible so that they could be more vigilant.",
"Optus, owned by Singapore Telecommunications, said it was working with the Australian Cyber Security Centre, the police and regulators, and that it was not aware of any customer having suffered harm. It did not say how many people were affected.",
]),
("w13-44-optus", "Ravenscar Dispatch", "2022-09-23T06:00:00Z", "Optus chief says up to 9.8 million customers hit in 'sophisticated' attack", [
"The data of as many as 9.8 million Optus customers may have been stolen in this week's cyberattack, chief executive Kelly Bayer Rosmarin said on Friday, calling that figure the absolute worst case and apologising to customers, some of whom had learned of the breach from the news.",
"About 2.8 million of them had the numbers of passports or driver's licences taken as well, according to the company. Bayer Rosmarin described the attack as sophisticated and said Optus had very strong cyber defences; she rejected suggestions that the data had been left unprotected, but declined to say how the attacker had got in, citing the police investigation. She said the attacker's internet address had appeared to move between countries in Europe.",
"She said she was angry and disappointed, and at one point appeared close to tears. She learned of the breach less than 24 hours before Optus went public, she said, and the company was not yet aware of any customer who had come to harm. The company said the police and regulators had been told of the attack.",
]),
("w13-45-optus", "Tillingham Newswire", "2022-09-27T09:00:00Z", "Minister says Optus hack was 'quite basic'; ransom demand withdrawn", [
"Australia's home affairs and cyber security minister, Clare O'Neil, said the attack on Optus was quite basic and that the company had effectively left the window open for the data to be stolen, rejecting the telecommunications group's description of a sophisticated breach.",
"O'Neil said on Monday that Optus should never have been in a position where customer data could be taken so easily, and ministers said the government would look at tightening privacy laws.",
"At the weekend a user of an online forum posted samples of what appeared to be Optus customer records and demanded $1 million in cryptocurrency, then published the records of about 10,000 customers on Tuesday before deleting the posts and apologising. Optus said it was aware of the reports, was working with the Australian Federal Police and would contact the customers whose details had been published. The company has not said whether the attacker used an unsecured interface, as some security experts have suggested.",
]),
("w13-46-optus", "Hartwell Cove News Agency", "2022-10-03T08:00:00Z", "Optus says 2.1 million ID numbers stolen, orders external review", [
"Optus said on Monday that identification numbers of 2.1 million current and former customers were stolen in last month's cyberattack, fewer than the 2.8 million it had first estimated, and that it had commissioned an independent external review of the breach.",
"About 1.2 million customers had at least one number from a current, valid form of identification exposed along with other personal information, and about 900,000 had numbers from expired identification documents compromised, the company said. The rest of the 9.8 million affected customers had other details, such as names, dates of birth and phone numbers, taken. The review will be carried out by Deloitte and will cover the company's security systems, controls and processes, Optus said; the board of its parent, Singtel, approved it.",
"Optus has agreed to pay for new passports for customers whose passport numbers were exposed, after the government called on it to do so. Bayer Rosmarin said the review would help the company understand how the attack had happened and how to stop another.",
]),
("w13-47-fifa", "Pentreath Press Service", "2022-11-19T15:00:00Z", "Beer banned at World Cup stadiums two days before kick-off; Infantino says fans 'will survive'", [
"Beer containing alcohol will not be sold at Qatar's World Cup stadiums after all, FIFA said on Friday, two days before the opening match, in a sudden reversal that left Budweiser tents already set up around the grounds with only an alcohol-free version to sell.",
"Following discussions between the host country's authorities and FIFA, a decision had been made to focus the sale of alcoholic drinks on the FIFA Fan Festival, other fan destinations and licensed venues, and to remove beer sales points from stadium perimeters, FIFA said in a statement. Bud Zero would still be sold at all stadiums, and alcohol will remain available in the luxury hospitality areas. Qatar, where drinking in public is illegal, gave no reason for pulling back from the plan; media reports said the ruling family had intervened.",
"At a news conference on Saturday, FIFA president Gianni Infantino said the decision had been taken jointly by Qatari officials and FIFA, and that FIFA had tried until the end to make beer sales possible. \"If for three hours a day you cannot drink a beer, you will survive,\" he said, noting that alcohol is banned in stadiums in France, Spain and Scotland. The tournament opens on Sunday with Qatar against Ecuador.",
]),
("w13-48-qatar", "Mossgiel Financial Report", "2022-11-29T11:00:00Z", "Qatar World Cup chief puts worker deaths at 'between 400 and 500'", [
"The head of Qatar's World Cup organising committee has put the number of migrant workers who died as a result of work on projects for the tournament at between 400 and 500, far more than any figure Qatari officials had given before.",
"\"The estimate is around 400, between 400 and 500,\" Hassan Al Thawadi, secretary-general of the Supreme Committee for Delivery and Legacy, said in an interview with the British broadcaster Piers Morgan, when asked how many migrant workers had died because of work they did for the World Cup. \"I don't have the exact number,\" he said, adding that one death was one too many. He said health and safety standards on the World Cup sites had improved every year.",
"The committee's own reports from 2014 to the end of 2021 covered only workers building and refurbishing the stadiums and put the total at 40 deaths, three of them from workplace accidents and 37 from other causes such as heart attacks. The committee did not immediately respond to requests for comment on Tuesday.",
]),
("w13-49-qatar", "Ferncastle Herald", "2022-11-29T21:00:00Z", "Qatar organisers say 400-500 figure referred to all work deaths nationwide", [
"Qatar's World Cup organisers said on Tuesday that the figure of 400 to 500 worker deaths cited by their secretary-general referred to national statistics for all work-related deaths across the country, not to deaths on World Cup projects.",
"In a statement, a spokesperson for the Supreme Committee for Delivery and Legacy said the figures quoted referred to national data for 2014 to 2020 covering all work-related fatalities in Qatar, 414 in all, in every sector and among all nationalities. On the projects the committee oversees, the eight stadiums and other tournament sites, there had been three work-related deaths and 37 that were not work-related, the spokesperson said, figures the committee has published in its annual reports.",
"Amnesty International said the continuing debate showed how many bereaved families were still waiting for the truth and for compensation. Rights groups have long said that Qatar does not properly investigate the deaths of migrant workers, many of which are recorded as due to natural causes.",
]),
]

STATEMENTS = {
"w13-01-kal": [["united-states", "a Soviet interceptor had fired a missile"], ["united-states", "could see no excuse"],
        ["united-states", "had tracked the Boeing 747"], ["united-states", "reported firing a missile and destroying"],
        ["united-states", "reacted with revulsion to the attack"], ["soviet-union", "had twice violated Soviet airspace"],
        ["soviet-union", "had not reacted to signals and warnings"], ["soviet-union", "continued its flight toward the Sea"],
        ["soviet-union", "found signs of a possible crash"]],
"w13-02-kal": [["soviet-union", "on a spying mission for American intelligence"], ["soviet-union", "the intruder was a passenger plane"],
        ["soviet-union", "was flying without navigation lights"], ["soviet-union", "fired warning shots with tracer shells"],
        ["soviet-union", "flew out of Soviet airspace"], ["soviet-union", "vanished from radar screens about ten"],
        ["soviet-union", "who had sent the plane and"], ["soviet-union", "the country's right to defend its"],
        ["united-states", "had been on a routine mission"], ["united-states", "no reason for Soviet air defences"],
        ["united-states", "as an act of barbarity"]],
"w13-03-kal": [["soviet-union", "had stopped the flight of the"], ["soviet-union", "laid the blame for their deaths"],
        ["soviet-union", "carried out an order of his"], ["soviet-union", "known it was a civilian aircraft"],
        ["soviet-union", "expressed regret over the loss of"], ["soviet-union", "full responsibility rested with those who"],
        ["soviet-union", "a deliberate intelligence mission"], ["united-states", "shadowed the airliner for a long time"],
        ["united-states", "its navigation lights were on"], ["united-states", "a crime against humanity"]],
"w13-04-kal": [["soviet-union", "a deliberately planned intelligence mission"], ["soviet-union", "had destroyed it with missiles"],
        ["soviet-union", "fired four bursts of tracer shells"], ["soviet-union", "was ordered to destroy it"],
        ["soviet-union", "fired two missiles"], ["soviet-union", "The intrusion was no accident"],
        ["soviet-union", "had flown with its lights off"], ["soviet-union", "known it was a passenger jet"],
        ["soviet-union", "the United States bore full responsibility"], ["soviet-union", "which had complicated identification"],
        ["soviet-union", "the 747 itself was spying"]],
"w13-05-ir655": [["united-states", "was not flying in the commercial"], ["united-states", "was descending toward the cruiser"],
        ["united-states", "roughly 7,000 to 9,000 feet"], ["united-states", "had ignored seven warnings on civilian"],
        ["united-states", "deeply regretted any loss of life"], ["united-states", "a proper defensive action"],
        ["united-states", "headed directly for the Vincennes"], ["united-states", "had followed standing orders to protect"],
        ["iran", "called the attack a horrendous crime"], ["iran", "would not go unanswered"]],
"w13-06-ir655": [["united-states", "was an understandable accident"], ["united-states", "would not discuss compensation for the"],
        ["united-states", "would not minimise the tragedy"], ["united-states", "heading straight for it"],
        ["united-states", "rejected comparisons with the Soviet downing"], ["united-states", "fired partly because the aircraft"],
        ["united-states", "an electronic signal of the kind"], ["iran", "wage a full-fledged war against"],
        ["iran", "described the attack as premeditated murder"], ["iran", "asked for an urgent meeting"]],
"w13-07-ir655": [["united-states", "will offer compensation to the families"], ["united-states", "will not be an admission of"],
        ["united-states", "on humanitarian grounds, ex gratia"], ["united-states", "had yet to be worked out"],
        ["united-states", "had no intention of paying Iran"], ["united-states", "did not mean Washington accepted blame"]],
"w13-08-ir655": [["united-states", "was climbing, was flying inside"], ["united-states", "transmitting only a civilian identification signal"],
        ["united-states", "had acted reasonably"], ["united-states", "had misread data from the ship's"],
        ["united-states", "had in fact been gaining altitude"], ["united-states", "no evidence that it had sent"],
        ["united-states", "had probably come from another aircraft"], ["united-states", "no one would be disciplined"],
        ["united-states", "had acted properly on the information"], ["united-states", "Iran bore part of the responsibility"],
        ["united-states", "endorsed the findings"]],
"w13-09-ir655": [["united-states", "agreed to pay $61.8 million to"], ["united-states", "were being made ex gratia"],
        ["united-states", "did not amount to an admission"], ["united-states", "a terrible human tragedy"],
        ["united-states", "expressed its deep regret for the"], ["iran", "agreed to withdraw its case"]],
"w13-10-sq006": [["singapore-airlines", "was unlikely that an experienced captain"], ["singapore-airlines", "onto a darkened runway that was"],
        ["singapore-airlines", "would do everything possible for the"], ["singapore-airlines", "give families US$25,000 for each person"],
        ["singapore-airlines", "$5,000 to each injured passenger"]],
"w13-11-sq006": [["singapore-airlines", "acknowledged on Friday that its jumbo"], ["singapore-airlines", "accepted full responsibility for the crash"],
        ["singapore-airlines", "They are our pilots"], ["singapore-airlines", "should not be on that runway"],
        ["singapore-airlines", "accepted the finding, however unlikely"], ["singapore-airlines", "had been on the wrong runway"],
        ["singapore-airlines", "wanted to understand how that had"]],
"w13-12-sq006": [["singapore-airlines", "would offer US$400,000 to the family"], ["singapore-airlines", "separate from the $25,000"],
        ["singapore-airlines", "meet the medical costs of the"], ["singapore-airlines", "offering compensation without delay"],
        ["singapore-airlines", "would reach families within two weeks"]],
"w13-13-sq006": [["singapore-airlines", "accepted the reports' findings of fact"], ["singapore-airlines", "disagreed with some of the council's"],
        ["singapore-airlines", "always been clear that the aircraft"], ["singapore-airlines", "did not give due weight to"],
        ["singapore-airlines", "had misled the pilots"], ["singapore-airlines", "had no barriers or warning markings"],
        ["singapore-airlines", "was lit as if it were"]],
"w13-14-sanlu": [["sanlu", "its products met national quality standards"], ["sanlu", "had repeatedly passed quality inspections"],
        ["sanlu", "no evidence it had caused the"], ["sanlu", "might have been fed counterfeit powder"],
        ["china", "had sent a team to investigate"], ["china", "urged parents to take babies"]],
"w13-15-sanlu": [["sanlu", "had been contaminated with melamine"], ["sanlu", "recalling about 700 tonnes of formula"],
        ["sanlu", "a check of its own products"], ["sanlu", "had been produced before Aug. 6"],
        ["sanlu", "recalling everything made before that date"], ["sanlu", "wanted to act responsibly toward consumers"],
        ["china", "strongly suspected the company's products"], ["china", "stop feeding Sanlu formula"],
        ["china", "ordered a nationwide investigation of"], ["china", "had sent inspectors to the company"],
        ["china", "was testing other brands of"]],
"w13-16-sanlu": [["china", "1,253 babies had fallen ill"], ["china", "as many as 10,000 infants"],
        ["china", "340 remained in hospital"], ["china", "appeared to have happened at milk"],
        ["china", "have detained 19 people"], ["sanlu", "read an open letter apologising to"],
        ["sanlu", "had recalled all products made before"], ["sanlu", "would also take back later products"],
        ["sanlu", "first learned its milk was contaminated"]],
"w13-17-sanlu": [["china", "6,244 infants had been made ill"], ["china", "a third baby had died"],
        ["china", "found the chemical in formula made"], ["china", "158 babies had developed acute kidney"],
        ["china", "expected the number of cases to"], ["china", "69 batches from the 22 producers"],
        ["china", "5,000 inspectors would be sent"], ["china", "would end the system under which"],
        ["china", "had received a report from Sanlu"], ["sanlu", "added by suppliers without its knowledge"]],
"w13-18-sanlu": [["sanlu", "she knew in May that the"], ["sanlu", "pleaded guilty to producing and selling"],
        ["sanlu", "learned of complaints about the formula"], ["sanlu", "identified melamine in its products only"],
        ["sanlu", "Sanlu resumed selling products containing"], ["sanlu", "had considered safe"],
        ["china", "about 294,000 infants had been sickened"], ["china", "six deaths might be linked"]],
"w13-19-israel": [["israel", "would allow all civilian goods into"], ["israel", "its naval blockade of the territory"],
        ["israel", "would remove Hamas's main propaganda claim"], ["israel", "would still be intercepted"],
        ["israel", "will show that Israel acted lawfully"], ["israel", "rejected calls from Turkey and from"],
        ["israel", "would not be questioned by a foreign"]],
"w13-20-israel": [["israel", "agreed on Monday to take part"], ["israel", "the country had nothing to hide"],
        ["israel", "The opposite is true"], ["israel", "in the national interest of the"],
        ["israel", "negotiated to make it balanced and"], ["israel", "rather than question soldiers"]],
"w13-21-wenzhou": [["china", "lightning had struck the line"], ["china", "cut power to the first train"],
        ["china", "dismissed three senior officials of the"], ["china", "ordered an investigation"],
        ["china", "there were no further signs of"], ["china", "the search for survivors was over"]],
"w13-22-wenzhou": [["china", "called her survival a miracle"], ["china", "the ground below the viaduct was"],
        ["china", "had been buried to make room"], ["china", "Whether you believe it or not"],
        ["china", "high-speed rail technology was advanced"], ["china", "still had confidence in it"]],
"w13-23-wenzhou": [["china", "rose to 39, officials said"], ["china", "would receive 500,000 yuan"],
        ["china", "a base payment of 172,000 yuan"], ["china", "would get a bonus of tens"],
        ["china", "a two-month nationwide safety inspection"], ["china", "absorb the lessons of the accident"]],
"w13-24-wenzhou": [["china", "promised an open investigation"], ["china", "if corruption was found behind the"],
        ["china", "had a serious design flaw"], ["china", "should have turned red but stayed"],
        ["china", "must stand the test of history"], ["china", "the public's questions should be answered"],
        ["china", "denying that it had offered families"]],
"w13-25-wenzhou": [["china", "will receive 915,000 yuan each"], ["china", "almost double the original offer"],
        ["china", "working on a package for the"], ["china", "had not tried to hide evidence"],
        ["china", "moved wreckage from beneath the viaduct"], ["china", "none of the debris or derailed"],
        ["china", "were hurtful to the thousands of"]],
"w13-26-israel": [["israel", "again refused to apologise"], ["israel", "upheld the legality of the blockade"],
        ["israel", "once again expresses its regrets"], ["israel", "there will be no apology for"],
        ["israel", "still willing to pay compensation"], ["israel", "a legitimate right to protect its"],
        ["israel", "would try to mend its ties"]],
"w13-27-wenzhou": [["china", "Serious design flaws in signalling equipment"], ["china", "holding 54 officials responsible"],
        ["china", "a lightning strike had blown a fuse"], ["china", "wrongly showed the section ahead as"],
        ["china", "had not been properly tested"], ["china", "had failed to respond properly"],
        ["china", "had been lax in approving the"], ["china", "bore the main leadership responsibility"]],
"w13-28-israel": [["israel", "apologised to Turkey on Friday for"], ["israel", "had not been intended"],
        ["israel", "Israel regretted the loss of life"], ["israel", "pointed to several operational mistakes"],
        ["israel", "expressed Israel's apology to the Turkish"], ["israel", "agreed to conclude an agreement on"],
        ["israel", "agreed to restore normal relations"], ["israel", "had substantially lifted restrictions on civilian"],
        ["israel", "would continue as long as calm"]],
"w13-29-takata": [["takata", "rejected a newspaper report that it"], ["takata", "confused events that took place at"],
        ["takata", "were done at the request of"], ["takata", "had shared the results with the"],
        ["takata", "told a story that was simply"]],
"w13-30-takata": [["takata", "would not agree to declare driver-side"], ["takata", "was very surprised by the demand"],
        ["takata", "did not show a national recall"], ["takata", "no showing of the significant number"],
        ["takata", "the current recalls, focused on hot"], ["takata", "applied to carmakers rather than to"],
        ["takata", "remained committed to cooperating with regulators"], ["takata", "produce more replacement parts for any"],
        ["united-states", "called the response disappointing"], ["united-states", "did not live up to Takata's"],
        ["united-states", "would review the response to decide"]],
"w13-31-takata": [["takata", "agreed on Tuesday to declare its"], ["takata", "expand a recall to about 33.8"],
        ["takata", "filed four defect reports covering driver"], ["takata", "provided a clear path forward"],
        ["takata", "committed to working with carmakers to"], ["united-states", "the most complex consumer safety recall"],
        ["united-states", "had still not been identified"]],
"w13-32-takata": [["takata", "was aware of a defect in"], ["takata", "had failed to issue a timely"],
        ["takata", "will pay $70 million in cash"], ["takata", "selective, incomplete or inaccurate data"],
        ["takata", "agreed to phase out inflators that"], ["takata", "deeply regretted the circumstances that"],
        ["takata", "committed to restoring trust"], ["united-states", "fined Takata Corp. as much as"],
        ["united-states", "Takata built defective products, refused to"], ["united-states", "use its new powers to speed"]],
"w13-33-mmc": [["mitsubishi-motors", "had manipulated fuel economy tests to"], ["mitsubishi-motors", "the manipulation had been intentional"],
        ["mitsubishi-motors", "tyre and air resistance values that"], ["mitsubishi-motors", "differed from the one required by"],
        ["mitsubishi-motors", "had also been used on other"], ["mitsubishi-motors", "overstated fuel economy by 5 to"],
        ["mitsubishi-motors", "had stopped production and sales of"], ["mitsubishi-motors", "would look into whether cars made"]],
"w13-34-mmc": [["mitsubishi-motors", "did not comply with Japanese rules"], ["mitsubishi-motors", "We should have switched"],
        ["mitsubishi-motors", "We don't know the whole picture"], ["mitsubishi-motors", "I feel a great responsibility"],
        ["mitsubishi-motors", "had not known of the manipulation"], ["mitsubishi-motors", "had retested vehicles from the 2013"],
        ["mitsubishi-motors", "ratings were accurate and complied with"]],
"w13-35-mmc": [["mitsubishi-motors", "overstated by as much as 15"], ["mitsubishi-motors", "may also have used improper data"],
        ["mitsubishi-motors", "tested nine of those models properly"], ["mitsubishi-motors", "was not very different from the"],
        ["mitsubishi-motors", "planned to keep selling them"], ["mitsubishi-motors", "had been under pressure to meet"],
        ["mitsubishi-motors", "would not for the time being"], ["mitsubishi-motors", "one way to take responsibility"]],
"w13-36-israel": [["israel", "paying $20 million into a fund"], ["israel", "a top security interest for Israel"],
        ["israel", "not prepared to compromise on it"]],
"w13-37-mmc": [["mitsubishi-motors", "would suspend sales of the models"], ["mitsubishi-motors", "pay the owners of about 76,000"],
        ["mitsubishi-motors", "on the best results from road"], ["mitsubishi-motors", "should have used neutral data"]],
"w13-38-takata": [["takata", "agreed on Friday to plead guilty"], ["takata", "had knowingly given carmakers false"],
        ["takata", "hid inflator test failures"], ["takata", "deeply regretted its conduct and apologised"],
        ["united-states", "charged three former senior executives"], ["united-states", "are accused of ordering test data"]],
"w13-39-qatar": [["qatar", "was within the range expected for"], ["qatar", "every lost life was a tragedy"],
        ["qatar", "three work-related deaths and 37 deaths"], ["qatar", "among workers on its sites"]],
"w13-40-fifa": [["fifa", "in the opening match of the"], ["fifa", "first day will have four games"],
        ["fifa", "the hosts' match in the evening"], ["fifa", "will be played at Lusail Stadium"],
        ["fifa", "would be the best World Cup"]],
"w13-41-fifa": [["fifa", "would now start a day earlier"], ["fifa", "keeps the tradition of opening the"],
        ["fifa", "moves to the evening of Nov."], ["fifa", "opening ceremony will be held before"],
        ["fifa", "will remain valid"], ["fifa", "would contact ticket holders about the"]],
"w13-42-qatar": [["qatar", "will be able to buy alcohol"], ["qatar", "There will be alcohol in the"],
        ["qatar", "working as any other World Cup"], ["qatar", "no alcohol for part of each"],
        ["qatar", "would do business as usual"]],
"w13-43-optus": [["optus", "had suffered a cyberattack in which"], ["optus", "urged customers to be alert for"],
        ["optus", "may have been exposed includes names"], ["optus", "had not been compromised"],
        ["optus", "took action to block the attack"], ["optus", "wanted customers to know as soon"],
        ["optus", "was working with the Australian Cyber"], ["optus", "not aware of any customer having"]],
"w13-44-optus": [["optus", "as many as 9.8 million Optus"], ["optus", "the absolute worst case"],
        ["optus", "had the numbers of passports or"], ["optus", "described the attack as sophisticated"],
        ["optus", "had very strong cyber defences"], ["optus", "rejected suggestions that the data had"],
        ["optus", "appeared to move between countries in"], ["optus", "was angry and disappointed"],
        ["optus", "learned of the breach less than"], ["optus", "not yet aware of any customer"],
        ["optus", "regulators had been told of the"]],
"w13-45-optus": [["optus", "was aware of the reports"], ["optus", "was working with the Australian Federal"],
        ["optus", "would contact the customers whose details"]],
"w13-46-optus": [["optus", "identification numbers of 2.1 million current"], ["optus", "commissioned an independent external review"],
        ["optus", "at least one number from a current"], ["optus", "numbers from expired identification documents compromised"],
        ["optus", "will be carried out by Deloitte"], ["optus", "agreed to pay for new passports"],
        ["optus", "help the company understand how the"]],
"w13-47-fifa": [["fifa", "will not be sold at Qatar's"], ["fifa", "focus the sale of alcoholic drinks"],
        ["fifa", "remove beer sales points from stadium"], ["fifa", "Bud Zero would still be sold"],
        ["fifa", "taken jointly by Qatari officials and"], ["fifa", "had tried until the end"],
        ["fifa", "you will survive"], ["qatar", "pulling back from the plan"]],
"w13-48-qatar": [["qatar", "put the number of migrant workers"], ["qatar", "The estimate is around 400"],
        ["qatar", "I don't have the exact number"], ["qatar", "one death was one too many"],
        ["qatar", "had improved every year"]],
"w13-49-qatar": [["qatar", "referred to national statistics for all"], ["qatar", "not to deaths on World Cup"],
        ["qatar", "414 in all, in every sector"], ["qatar", "three work-related deaths and 37 that"],
        ["qatar", "figures the committee has published"]],
}

OPTIONAL = {
"w13-03-kal": [["soviet-union", "had flown on toward the Sea"]],
"w13-07-ir655": [["united-states", "would wait for the Navy's findings"]],
"w13-11-sq006": [["singapore-airlines", "had called it unlikely that an"]],
"w13-12-sq006": [["singapore-airlines", "said it accepted full responsibility for"]],
"w13-15-sanlu": [["sanlu", "insisted its formula met national standards"]],
"w13-18-sanlu": [["sanlu", "learned of the problem only in"]],
"w13-22-wenzhou": [["china", "had declared there were no more"]],
"w13-28-israel": [["israel", "had refused for nearly three years"]],
"w13-31-takata": [["takata", "turned down a government demand for"]],
"w13-35-mmc": [["mitsubishi-motors", "put the gap for the minicars"]],
"w13-36-israel": [["israel", "Netanyahu apologised in 2013"], ["israel", "has now met the demand for"]],
"w13-46-optus": [["optus", "fewer than the 2.8 million it"]],
"w13-48-qatar": [["qatar", "put the total at 40 deaths"]],
}

MUST_FIRE = [
# report denied, then borne out
["w13-01-kal", "w13-03-kal", "soviet-union", "report-denied: Washington said a Soviet fighter had shot the airliner down, while Tass said only that the intruder had ignored warnings and continued toward the Sea of Japan; five days later Moscow acknowledges that its fighter stopped the flight"],
["w13-10-sq006", "w13-11-sq006", "singapore-airlines", "report-denied: as Taiwanese officials examined whether the jet had used the closed runway, the airline called it unlikely that an experienced captain would taxi onto a darkened runway out of use; two days later it acknowledges the aircraft was on the wrong runway"],
["w13-29-takata", "w13-32-takata", "takata", "report-denied: the company called a report that it had hidden test results on faulty inflators simply untrue; a year later it admits it was aware of a defect, failed to recall in time and gave the regulator selective, incomplete or inaccurate data"],
# claims negated
["w13-02-kal", "w13-03-kal", "soviet-union", "claim-negated: Soviet accounts said the airliner, after warning shots, flew out of Soviet airspace and vanished from radar; two days later the government says its interceptor stopped the flight on orders"],
["w13-05-ir655", "w13-08-ir655", "united-states", "claim-negated: the chairman of the Joint Chiefs said the airliner was outside the commercial corridor and descending toward the cruiser, and the president that it was headed directly for the ship; the Navy inquiry finds it was climbing on its normal route inside its corridor"],
["w13-06-ir655", "w13-08-ir655", "united-states", "claim-negated: the Pentagon said the cruiser fired partly because the aircraft was giving off a signal of the kind used by Iran's F-14s; the inquiry finds it transmitted only a civilian identification signal and there was no evidence of a military one"],
["w13-15-sanlu", "w13-18-sanlu", "sanlu", "claim-negated: the company said all the contaminated powder had been produced before Aug. 6; at trial its former executives admit that 904 tonnes of tainted formula were made between Aug. 2 and Sept. 12 and that sales resumed after mid-August"],
["w13-21-wenzhou", "w13-22-wenzhou", "china", "claim-negated: the rescue headquarters said there were no further signs of life and the search for survivors was over; hours later a two-year-old girl is pulled alive from the wreckage"],
["w13-22-wenzhou", "w13-25-wenzhou", "china", "claim-negated: the railways ministry's spokesman said the wrecked carriages had been buried to make room for the rescue; a week later the vice minister says none of the debris or derailed carriages had been buried"],
["w13-23-wenzhou", "w13-24-wenzhou", "china", "claim-negated: an official in charge of the compensation talks said families who signed quickly would get a bonus; the Wenzhou city government denies that it offered any bonus for early signing"],
["w13-35-mmc", "w13-37-mmc", "mitsubishi-motors", "claim-negated: the carmaker said proper tests of nine more models, among them the RVR, showed fuel economy not very different from the advertised figures, so it would keep selling them; in August it suspends sales of eight models found up to 8.8 percent worse and compensates owners"],
# stance reversals
["w13-11-sq006", "w13-13-sq006", "singapore-airlines", "stance-reversal: the chief executive said they were the airline's pilots, the aircraft should not have been on that runway and the airline accepted full responsibility; eighteen months later the airline disputes the report's conclusions and says deficiencies at the airport misled the pilots"],
["w13-19-israel", "w13-20-israel", "israel", "stance-reversal: Israel set up its own inquiry and rejected calls from Turkey and the U.N. for an international investigation; six weeks later it agrees to take part in a U.N. inquiry"],
["w13-22-wenzhou", "w13-27-wenzhou", "china", "stance-reversal: the ministry's spokesman said China's high-speed rail technology was advanced, met international standards and still had the ministry's confidence; the State Council investigation finds serious design flaws in signalling equipment that had not been properly tested, and lax approval by the ministry"],
["w13-30-takata", "w13-31-takata", "takata", "stance-reversal: the supplier refused to declare its air bags defective nationwide, saying a national recall was not warranted, the regional recalls were sufficient and the agency's power to find defects applied to carmakers; six months later it declares its inflators defective and doubles the recall to 33.8 million vehicles"],
# denials then action or admission
["w13-14-sanlu", "w13-15-sanlu", "sanlu", "denial-then-action: the company said its formula met national quality standards and that there was no evidence it had caused the illnesses; the same night it says the powder was contaminated with melamine and recalls 700 tonnes"],
["w13-30-takata", "w13-32-takata", "takata", "denial-then-action: the supplier told the regulator there had been no showing of a significant number of failures and that the information it had provided supported its position; eleven months later it admits it was aware of a defect and failed to issue a timely recall"],
# commitments reversed
["w13-26-israel", "w13-28-israel", "israel", "commitment-reversed: Israel expressed regret but said there would be no apology for the operation; eighteen months later the prime minister apologises to the Turkish people for mistakes that may have led to loss of life"],
["w13-42-qatar", "w13-47-fifa", "qatar", "commitment-reversed: the tournament's chief executive said there will be alcohol in the stadium, with beer for ticket holders around each ground; two days before the opening match beer sales are removed from the stadium perimeters and Qatar pulls back from the plan"],
# numbers revised
["w13-23-wenzhou", "w13-25-wenzhou", "china", "number-mismatch: compensation for each victim's family was set at 500,000 yuan; five days later it becomes 915,000 yuan, almost double the original offer"],
["w13-33-mmc", "w13-35-mmc", "mitsubishi-motors", "number-mismatch: the carmaker said the four minicars' fuel economy had been overstated by 5 to 10 percent; three weeks later it says by as much as 15 percent"],
["w13-44-optus", "w13-46-optus", "optus", "number-mismatch: the company put the number of customers whose passport or licence numbers were taken at about 2.8 million; ten days later it says identification numbers of 2.1 million were stolen"],
["w13-39-qatar", "w13-48-qatar", "qatar", "number-mismatch: the organising committee said there had been three work-related deaths, and 40 deaths in all, among workers on its sites; its secretary-general puts the number of migrant workers who died because of work for the World Cup at between 400 and 500"],
# dates moved
["w13-16-sanlu", "w13-18-sanlu", "sanlu", "date-mismatch: company officials said Sanlu first learned in early August that its milk was contaminated; its former chairwoman tells the court she knew of the complaints in mid-May"],
["w13-40-fifa", "w13-41-fifa", "fifa", "date-mismatch: FIFA set the opening match, Qatar against Ecuador, for Monday, Nov. 21; four months later the tournament is to start a day earlier, on Sunday, Nov. 20"],
]

AMBIGUOUS = [
["w13-01-kal", "w13-04-kal"],  # flew on toward the Sea of Japan, then destroyed with two missiles: carried by 01-03
["w13-02-kal", "w13-04-kal"],  # warning shots and a plane that flew out of airspace, then missiles: carried by 02-03
["w13-10-sq006", "w13-13-sq006"],  # "unlikely" a captain would use a darkened runway, then "it had always been clear": carried by 10-11
["w13-14-sanlu", "w13-16-sanlu"],  # no evidence its formula caused the illnesses, then a public apology: carried by 14-15
["w13-17-sanlu", "w13-18-sanlu"],  # melamine added by suppliers without its knowledge, then sales of tainted formula resumed knowingly
["w13-26-israel", "w13-36-israel"],  # no apology, then a settlement after the apology of 2013: carried by 26-28
["w13-22-wenzhou", "w13-24-wenzhou"],  # confidence in the technology, then a signal with a serious design flaw: carried by 22-27
["w13-21-wenzhou", "w13-27-wenzhou"],  # lightning cut power to the first train, then lightning blew a fuse in the signalling equipment
["w13-29-takata", "w13-38-takata"],  # a report of secret 2004 tests called untrue, then false test reports from 2000 admitted: other tests
["w13-30-takata", "w13-38-takata"],  # no showing of failures, then hidden test failures admitted: carried by 30-32
["w13-33-mmc", "w13-34-mmc"],  # four models built since 2013, then non-compliant tests since 1991
["w13-48-qatar", "w13-49-qatar"],  # the secretary-general's 400 to 500, then the committee's reading of his figure as national data
]

TRAPS = [
["w13-01-kal", "w13-02-kal", "a consistent restatement: the intruder ignored signals and flew on toward the Sea of Japan, then warning shots and a plane that left Soviet airspace; neither account says it was fired on"],
["w13-03-kal", "w13-04-kal", "a euphemism made explicit, and one actor disputing another: the fighter 'stopped' the flight, then destroyed it with two missiles; the American tape has the airliner's lights on, the Soviet marshal says they were off"],
["w13-05-ir655", "w13-06-ir655", "a consistent restatement: a proper defensive action against a plane headed directly for the ship, then an understandable accident with the plane heading straight for it"],
["w13-06-ir655", "w13-07-ir655", "an undecided matter, then decided: compensation not to be discussed until the Navy reports, then offered to the families a week later"],
["w13-07-ir655", "w13-09-ir655", "a consistent position: ex gratia payments to the families with no admission of liability in 1988, and the same terms in the settlement of 1996"],
["w13-10-sq006", "w13-12-sq006", "different measures: US$25,000 at once for immediate costs, then a separate offer of US$400,000 per victim"],
["w13-15-sanlu", "w13-16-sanlu", "a scope widened as an offer, not a reversal: powder made before Aug. 6 recalled, then later products taken back from worried consumers"],
["w13-16-sanlu", "w13-17-sanlu", "counts that grow: 1,253 sick and two dead, then 6,244 sick and three dead"],
["w13-19-israel", "w13-36-israel", "a consistent position and different scopes: the land blockade eased while the naval blockade stays in 2010, and the naval blockade still in force in 2016"],
["w13-28-israel", "w13-36-israel", "a commitment kept: agreement to conclude a compensation deal in 2013, and $20 million paid into a fund in 2016"],
["w13-22-wenzhou", "w13-23-wenzhou", "counts that grow: 35 dead, then 39"],
["w13-21-wenzhou", "w13-24-wenzhou", "a cause refined, not reversed: lightning stopped the first train, then a signal that stayed green after a lightning strike"],
["w13-24-wenzhou", "w13-27-wenzhou", "a consistent finding: a signal with a serious design flaw, then serious design flaws in the signalling equipment; 40 dead both times"],
["w13-31-takata", "w13-32-takata", "a consistent position with a cost attached: the 33.8 million-vehicle recall stands, and a penalty of up to $200 million follows"],
["w13-32-takata", "w13-38-takata", "different measures: a civil penalty of up to $200 million, then a criminal settlement of $1 billion"],
["w13-34-mmc", "w13-37-mmc", "different markets: ratings of cars sold in the United States found accurate, and eight models sold in Japan overstated"],
["w13-33-mmc", "w13-37-mmc", "a scope widened as foreshadowed: the April statement already said the non-compliant method had been used on other models, and eight of them are found overstated in August"],
["w13-44-optus", "w13-45-optus", "one actor differing from another: the company calls the attack sophisticated, the minister calls it quite basic"],
["w13-39-qatar", "w13-49-qatar", "different scopes: three work-related deaths and 37 others on the committee's sites, said twice, beside 414 work-related deaths nationwide"],
["w13-41-fifa", "w13-47-fifa", "a stated date kept: the tournament moved to open on Sunday, Nov. 20, and it opens on Sunday with Qatar against Ecuador"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
