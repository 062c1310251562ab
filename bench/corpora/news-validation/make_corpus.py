#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation, then checks them.

Every document retells a real, dated public event in the team's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ACTORS = [
    {"type": "actor", "id": "russia", "name": "Russia",
     "aliases": ["Russian Federation", "Moscow", "Kremlin", "Russian government", "Russian defence ministry",
                 "Russian defense ministry", "Russian Foreign Ministry", "Russian forces"],
     "speakers": [
         {"name": "Vladimir Putin", "role": "President", "from": "2012-05-07"},
         {"name": "Dmitry Peskov", "role": "Kremlin spokesman"},
         {"name": "Sergei Lavrov", "role": "Foreign Minister"},
         {"name": "Sergei Ryabkov", "role": "Deputy Foreign Minister"},
         {"name": "Maria Zakharova", "role": "Foreign Ministry spokeswoman"},
         {"name": "Sergei Shoigu", "role": "Defence Minister", "to": "2024-05-12"},
         {"name": "Igor Konashenkov", "role": "Defence Ministry spokesman"}]},
    {"type": "actor", "id": "snb", "name": "Swiss National Bank",
     "aliases": ["SNB", "Swiss central bank"],
     "speakers": [
         {"name": "Thomas Jordan", "role": "Chairman of the Governing Board", "from": "2012-04-18", "to": "2024-09-30"},
         {"name": "Jean-Pierre Danthine", "role": "Vice Chairman of the Governing Board", "from": "2012-04-18", "to": "2015-06-30"},
         {"name": "Fritz Zurbruegg", "role": "Member of the Governing Board", "from": "2012-08-01", "to": "2022-07-31"}]},
    {"type": "actor", "id": "boj", "name": "Bank of Japan",
     "aliases": ["BOJ", "BoJ", "Japan's central bank", "Japanese central bank"],
     "speakers": [
         {"name": "Haruhiko Kuroda", "role": "Governor", "from": "2013-03-20", "to": "2023-04-08"},
         {"name": "Kazuo Ueda", "role": "Governor", "from": "2023-04-09"},
         {"name": "Shinichi Uchida", "role": "Deputy Governor", "from": "2023-03-20"}]},
    {"type": "actor", "id": "japan", "name": "Japan",
     "aliases": ["Japanese government", "Tokyo", "Japan's finance ministry", "Japanese finance ministry",
                 "Ministry of Finance", "Japanese authorities"],
     "speakers": [
         {"name": "Shunichi Suzuki", "role": "Finance Minister", "from": "2021-10-04", "to": "2024-10-01"},
         {"name": "Masato Kanda", "role": "Vice Finance Minister for International Affairs", "from": "2021-07-08", "to": "2024-07-31"},
         {"name": "Atsushi Mimura", "role": "Vice Finance Minister for International Affairs", "from": "2024-07-31"}]},
    {"type": "actor", "id": "united-states", "name": "United States",
     "aliases": ["US", "U.S.", "Washington", "White House", "US Treasury", "U.S. Treasury", "Treasury",
                 "Pentagon", "Federal Aviation Administration", "FAA", "Biden administration",
                 "Trump administration", "U.S. officials", "US officials"],
     "speakers": [
         {"name": "Donald Trump", "role": "President", "from": "2017-01-20", "to": "2021-01-20"},
         {"name": "Joe Biden", "role": "President", "from": "2021-01-20", "to": "2025-01-20"},
         {"name": "Janet Yellen", "role": "Treasury Secretary", "from": "2021-01-26", "to": "2025-01-20"},
         {"name": "Karine Jean-Pierre", "role": "White House Press Secretary", "from": "2022-05-13", "to": "2025-01-20"},
         {"name": "Wendy Sherman", "role": "Deputy Secretary of State", "from": "2021-04-14", "to": "2023-07-28"},
         {"name": "Daniel Elwell", "role": "Acting Administrator, Federal Aviation Administration", "from": "2019-01-07", "to": "2019-08-12"},
         {"name": "Steve Dickson", "role": "Administrator, Federal Aviation Administration", "from": "2019-08-12", "to": "2022-03-31"}]},
    {"type": "actor", "id": "canada", "name": "Canada",
     "aliases": ["Canadian government", "Ottawa", "Transport Canada", "Global Affairs Canada"],
     "speakers": [
         {"name": "Justin Trudeau", "role": "Prime Minister", "from": "2015-11-04"},
         {"name": "Marc Garneau", "role": "Transport Minister", "from": "2015-11-04", "to": "2021-01-12"},
         {"name": "Francois-Philippe Champagne", "role": "Foreign Minister", "from": "2019-11-20", "to": "2021-01-12"}]},
    {"type": "actor", "id": "iran", "name": "Iran",
     "aliases": ["Islamic Republic", "Tehran", "Iranian government", "Iranian officials", "Iran's military",
                 "Iran's armed forces", "Revolutionary Guards", "Civil Aviation Organization"],
     "speakers": [
         {"name": "Hassan Rouhani", "role": "President", "from": "2013-08-03", "to": "2021-08-03"},
         {"name": "Mohammad Javad Zarif", "role": "Foreign Minister", "from": "2013-08-15", "to": "2021-08-25"},
         {"name": "Ali Rabiei", "role": "Government spokesman"},
         {"name": "Ali Abedzadeh", "role": "Head of the Civil Aviation Organization"},
         {"name": "Amir Ali Hajizadeh", "role": "Commander, Revolutionary Guards Aerospace Force"}]},
    {"type": "actor", "id": "saudi-arabia", "name": "Saudi Arabia",
     "aliases": ["Riyadh", "Saudi government", "Saudi authorities", "Saudi officials", "Saudi Press Agency",
                 "the kingdom", "Saudi public prosecutor"],
     "speakers": [
         {"name": "Mohammed bin Salman", "role": "Crown Prince", "from": "2017-06-21"},
         {"name": "King Salman", "role": "King", "from": "2015-01-23"},
         {"name": "Adel al-Jubeir", "role": "Foreign Minister", "to": "2018-12-27"},
         {"name": "Saud al-Mojeb", "role": "Public Prosecutor"}]},
    {"type": "actor", "id": "hong-kong", "name": "Hong Kong government",
     "aliases": ["Hong Kong", "HKSAR government", "Hong Kong authorities", "Hong Kong police"],
     "speakers": [
         {"name": "Carrie Lam", "role": "Chief Executive", "from": "2017-07-01", "to": "2022-06-30"}]},
    {"type": "actor", "id": "sri-lanka", "name": "Sri Lanka",
     "aliases": ["Sri Lankan government", "Colombo", "Central Bank of Sri Lanka", "CBSL",
                 "Sri Lanka's central bank", "Sri Lankan finance ministry"],
     "speakers": [
         {"name": "Gotabaya Rajapaksa", "role": "President", "from": "2019-11-18", "to": "2022-07-14"},
         {"name": "Ajith Nivard Cabraal", "role": "Governor, Central Bank of Sri Lanka", "from": "2021-09-15", "to": "2022-04-04"},
         {"name": "Nandalal Weerasinghe", "role": "Governor, Central Bank of Sri Lanka", "from": "2022-04-07"}]},
    {"type": "actor", "id": "united-kingdom", "name": "United Kingdom",
     "aliases": ["UK", "U.K.", "Britain", "British government", "Downing Street", "London"],
     "speakers": [
         {"name": "Theresa May", "role": "Prime Minister", "from": "2016-07-13", "to": "2019-07-24"},
         {"name": "Boris Johnson", "role": "Prime Minister", "from": "2019-07-24", "to": "2022-09-06"},
         {"name": "Stephen Barclay", "role": "Brexit Secretary", "from": "2018-11-16", "to": "2020-01-31"}]},
]

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
("v01", "Lakeshore Wire", "2014-12-18T10:30:00Z", "Swiss National Bank imposes negative rate to defend franc cap", [
"The Swiss National Bank said on Thursday it would charge banks 0.25 percent on large sight deposits held with it, its first negative interest rate in decades, as it tried to stop investors piling into the franc.",
"The charge of -0.25% applies to balances above an exemption threshold and takes effect on Jan. 22, the central bank said in a statement issued outside its regular quarterly schedule. It also widened the target range for three-month Libor to between -0.75% and 0.25%.",
"The SNB said the minimum exchange rate of 1.20 francs per euro remained the key instrument for avoiding an undesirable tightening of monetary conditions. It said it would keep defending the floor with the utmost determination and stood ready to buy foreign currency in unlimited quantities.",
"Chairman Thomas Jordan told reporters that the negative rate would make franc investments less attractive. The central bank has pointed to the crisis in Russia as one reason for the renewed rush into safe-haven assets in recent days."]),

("v02", "Granite Courier", "2015-01-12T17:00:00Z", "SNB's Danthine says franc floor stays at heart of policy", [
"The Swiss National Bank's minimum exchange rate of 1.20 francs per euro must remain the cornerstone of its monetary policy, Vice Chairman Jean-Pierre Danthine said in an interview with Swiss broadcaster RTS aired on Monday.",
"Danthine said the central bank had gone back over all the relevant factors less than a month ago and was convinced the floor should stay. He said Switzerland was not facing a deflationary spiral, although inflationary pressure was extremely weak.",
"Asked whether large-scale bond buying by the European Central Bank, widely expected at its meeting on Jan. 22, would make the floor harder to defend, Danthine said the SNB would clearly be affected by such a policy, but that markets had already largely priced it in. He said the bank would wait to see what the ECB decided.",
"The SNB introduced the floor in September 2011, when investors fleeing the euro zone debt crisis drove the franc close to parity with the euro. The franc traded just above 1.20 per euro on Monday."]),

("v03", "Lakeshore Wire", "2015-01-15T10:30:00Z", "Swiss central bank scraps franc cap, franc soars", [
"The Swiss National Bank on Thursday abandoned the 1.20 francs per euro minimum exchange rate it had defended for more than three years, sending the franc up by as much as 30 percent against the euro within minutes.",
"The central bank said it was discontinuing the floor with immediate effect and lowering the interest rate on sight deposits above the exemption threshold to -0.75% from -0.25%. It also moved the target range for three-month Libor further into negative territory, to between -1.25% and -0.25%.",
"The SNB said the cap had been introduced as an exceptional and temporary measure at a time of extreme overvaluation, and that the growing divergence between the monetary policies of the major currency areas meant it was no longer justified to enforce it.",
"Chairman Thomas Jordan told a news conference that an exit from such a policy could only work if it came as a surprise. The Swiss stock market fell about 9 percent, and exporters described the decision as a shock."]),

("v04", "Pinecrest Bulletin", "2016-01-21T06:00:00Z", "BOJ's Kuroda says not thinking of negative rates now", [
"Bank of Japan Governor Haruhiko Kuroda told parliament on Thursday that he was not currently considering a negative interest rate policy, suggesting any further easing would more likely come through bigger asset purchases.",
"Kuroda said negative rates had both advantages and drawbacks, and noted that the U.S. Federal Reserve had managed to stimulate its economy without ever taking rates below zero.",
"At the same time he said the central bank stood ready to expand stimulus if that was needed to reach its 2 percent inflation target, and that it would watch closely how the recent slide in global stock markets affected Japan's economy and prices.",
"Speculation has been growing that the BOJ could act at its policy meeting next week, as the fall in oil prices pushes inflation further from its goal. Core consumer prices have been rising at close to zero. The central bank has left policy unchanged since it expanded its asset-buying programme in October 2014."]),

("v05", "Pinecrest Bulletin", "2016-01-29T05:00:00Z", "Bank of Japan stuns markets with negative interest rate", [
"The Bank of Japan on Friday adopted a negative interest rate for the first time, saying it would charge 0.1 percent on a portion of the reserves that financial institutions park with it from Feb. 16.",
"The decision, taken by a narrow 5-4 vote of the policy board, came eight days after Governor Haruhiko Kuroda had told lawmakers he was not thinking of such a step. The central bank kept its target for expanding the monetary base at 80 trillion yen a year.",
"The BOJ said it would cut the rate further into negative territory if needed, and that a three-tier system would limit the direct hit to bank profits. It also pushed back the timing for reaching its 2 percent inflation target to around the first half of fiscal 2017.",
"Kuroda told a news conference the bank had chosen the step to prevent market turmoil and slumping oil prices from delaying an end to deflationary thinking. The yen initially weakened sharply and Tokyo shares swung wildly before closing higher."]),

("v06", "Tidewater Press Service", "2018-10-05T14:00:00Z", "Saudi crown prince says missing journalist left consulate", [
"Saudi Crown Prince Mohammed bin Salman said journalist Jamal Khashoggi walked out of the kingdom's consulate in Istanbul shortly after arriving there, and offered to let Turkish authorities search the building, in an interview published by Bloomberg on Friday.",
"\"As far as I know he went in and came out again after some minutes, perhaps an hour,\" the crown prince said, adding that the foreign ministry was looking into the exact timing. He said the consulate was sovereign Saudi territory but that Turkey was welcome to enter and search it. \"We have nothing to hide,\" he said.",
"Khashoggi, a Washington Post columnist and critic of the crown prince's policies, has not been seen since he entered the consulate on Tuesday to obtain papers for his forthcoming marriage. His fiancee, who waited outside, says he never came out.",
"Turkish officials have said they believe he is still inside the building. The crown prince said Khashoggi was not in Saudi Arabia either, and that Riyadh wanted to know what had happened to him."]),

("v07", "Riverbend Dispatch", "2018-10-06T19:00:00Z", "Turkish police believe Khashoggi was killed at consulate, sources say", [
"Turkish investigators believe that Saudi journalist Jamal Khashoggi was killed inside Saudi Arabia's consulate in Istanbul, Reuters reported on Saturday, citing two Turkish sources.",
"One of the sources said the initial assessment of the Turkish police was that the killing was premeditated and that the body was later taken out of the consulate. The sources did not say how they believed he had been killed or who had carried it out.",
"The report is the starkest account yet of what may have happened to Khashoggi, a prominent critic of Saudi policy who has lived in self-imposed exile in the United States for the past year. He has not been seen since he walked into the consulate on Tuesday. Khashoggi's Turkish fiancee, who waited for him outside the building, wrote on Twitter that she did not believe he had been killed and was waiting for official confirmation."]),

("v08", "Tidewater Press Service", "2018-10-07T06:00:00Z", "Saudi Arabia rejects report Khashoggi was killed in consulate", [
"Saudi Arabia on Sunday rejected as baseless a report that journalist Jamal Khashoggi had been killed inside its consulate in Istanbul.",
"An official at the consulate, quoted by the state-run Saudi Press Agency, strongly condemned what he called baseless allegations, and questioned whether the Turkish officials cited in the report were informed about the investigation or authorised to speak about it.",
"The official said a team of Saudi investigators had arrived in Istanbul on Saturday to take part in the inquiry into Khashoggi's disappearance, and that the kingdom's authorities were working to establish all the facts.",
"Reuters had reported on Saturday, citing two Turkish sources, that the initial assessment of Turkish police was that Khashoggi had been murdered at the consulate. Turkish President Tayyip Erdogan said on Sunday he was following the case closely and still hoped for a good outcome, adding that police were examining camera footage of the consulate and the airport."]),

("v09", "Tidewater Press Service", "2018-10-20T02:30:00Z", "Saudi Arabia says Khashoggi died in fight at consulate, detains 18", [
"Saudi Arabia acknowledged early on Saturday that journalist Jamal Khashoggi had died inside its consulate in Istanbul, saying he was killed in a fight, after more than two weeks in which it had denied any knowledge of his fate.",
"The public prosecutor said in a statement carried by the Saudi Press Agency that preliminary findings showed talks between Khashoggi and people who met him at the consulate had turned into a brawl, which led to his death. Eighteen Saudi nationals had been detained and the investigation was continuing, it said.",
"King Salman dismissed deputy intelligence chief Ahmed al-Asiri and royal court adviser Saud al-Qahtani, state media said, and ordered a committee led by Crown Prince Mohammed bin Salman to restructure the intelligence service.",
"The account did not say where Khashoggi's body was. Turkish officials have told reporters they have audio recordings showing he was killed by a team sent from Riyadh, and Germany said the Saudi explanation was inadequate."]),

("v10", "Riverbend Dispatch", "2018-10-25T15:00:00Z", "Saudi prosecutor says Khashoggi killing was premeditated", [
"Saudi Arabia's public prosecutor said on Thursday that the killing of journalist Jamal Khashoggi was premeditated, citing information passed on by Turkish investigators, in a further shift in Riyadh's account of his death.",
"The prosecutor said in a statement carried by state media that a joint Saudi-Turkish task force had provided information indicating that the suspects had planned the act in advance. Questioning of the suspects was continuing, it said.",
"Five days earlier, Riyadh had said Khashoggi died in a fight that broke out when he met officials at the consulate in Istanbul on Oct. 2. Before that, Saudi officials had insisted that he left the building alive.",
"Crown Prince Mohammed bin Salman told an investment conference in Riyadh on Wednesday that the killing was a heinous crime that could not be justified, and promised that those responsible would be brought to justice. Turkish President Tayyip Erdogan has said the killing was planned days in advance and wants the suspects tried in Istanbul."]),

("v11", "Highfield Gazette", "2018-11-24T22:30:00Z", "May tells voters Britain will leave EU on March 29", [
"Prime Minister Theresa May appealed directly to the British public on Saturday to back her Brexit deal, promising in an open letter that the United Kingdom will leave the European Union on March 29 next year.",
"In the letter, released on the eve of a summit in Brussels where EU leaders are due to endorse the agreement, May said the deal would honour the result of the 2016 referendum by ending free movement and taking back control of Britain's money, laws and borders.",
"She said the day the country leaves should mark a moment of renewal and reconciliation, and urged people who voted on either side to come together again.",
"May faces a difficult vote in parliament next month, with dozens of her own Conservative lawmakers and the Northern Irish party that props up her government saying they will vote against the withdrawal agreement. The opposition Labour Party has also said it will oppose the deal."]),

("v12", "Coastline Report", "2019-03-12T23:00:00Z", "US regulator sees no basis to ground Boeing 737 MAX; Canada keeps options open", [
"The U.S. Federal Aviation Administration said on Tuesday it saw no reason to ground Boeing's 737 MAX, even as the European Union, Britain, China and a growing list of other countries barred the jet after Sunday's Ethiopian Airlines crash, which killed all 157 people on board.",
"Acting FAA Administrator Daniel Elwell said in a statement that the agency's review had so far shown no systemic performance problems and gave no basis for ordering the aircraft out of service. He said the FAA would act immediately if it found any safety issue.",
"In Canada, where 18 of the victims came from, Transport Minister Marc Garneau said all options were on the table, including grounding, but that Ottawa had no plans at this point to order the planes out of the air. \"I am not going to jump to conclusions before we can properly assess the situation,\" he told reporters in Montreal.",
"Air Canada, WestJet and Sunwing fly the MAX 8. The crash was the second involving the model in five months, after a Lion Air jet went down off Indonesia in October, killing 189 people."]),

("v13", "Coastline Report", "2019-03-13T15:30:00Z", "Canada bars Boeing 737 MAX from its airspace", [
"Canada on Wednesday barred Boeing 737 MAX 8 and MAX 9 aircraft from flying into, out of or over the country, reversing course a day after Transport Minister Marc Garneau said there were no plans to ground the jets.",
"Garneau told a news conference in Ottawa that new satellite tracking data had allowed experts to compare the flight path of the Ethiopian Airlines jet with that of the Lion Air plane that crashed in October. He said the similarities were not conclusive but crossed a threshold that justified acting now.",
"\"Should we find any other safety problem, I will act quickly,\" Garneau said, adding that the safety notice took effect immediately. He said he had informed his U.S. counterpart shortly before the announcement. Air Canada, which has 24 of the planes, and WestJet said they were working to rebook passengers. The move left the United States as one of the few countries still allowing the MAX to fly."]),

("v14", "Coastline Report", "2019-03-13T20:00:00Z", "U.S. grounds Boeing 737 MAX fleet citing new evidence", [
"The United States ordered all Boeing 737 MAX jets grounded on Wednesday, citing new evidence from the Ethiopian Airlines crash site and satellite data, a day after the Federal Aviation Administration said it saw no basis for such a step.",
"President Donald Trump announced the emergency order at the White House, saying planes already in the air would be grounded when they landed and would stay on the ground until further notice. He said the safety of Americans was the paramount concern.",
"The FAA said the new information showed that the Ethiopian jet's movements were similar to those of the Lion Air plane that crashed off Indonesia in October, which warranted further investigation of a possible shared cause. Acting Administrator Daniel Elwell told reporters the grounding would last until the agency understood more about what had happened.",
"Canada had announced its own ban earlier in the day, leaving the United States as the last major aviation market to act. Boeing said it continued to have full confidence in the aircraft but supported the move."]),

("v15", "Highfield Gazette", "2019-03-20T19:00:00Z", "May asks EU to delay Brexit until June 30", [
"Prime Minister Theresa May asked the European Union on Wednesday to postpone Britain's departure until June 30, conceding that the country would not leave as planned on March 29.",
"In a letter to European Council President Donald Tusk, May requested a short extension of the Article 50 negotiating period to give parliament more time to approve the withdrawal deal it has twice rejected. Earlier, she told lawmakers that as prime minister she was not prepared to delay Brexit any further than June 30.",
"Tusk said a short extension was possible, but only if the British parliament approved the deal next week. EU leaders are due to discuss the request at a summit in Brussels on Thursday.",
"In a televised statement from Downing Street on Wednesday evening, May said the public was tired of infighting and blamed lawmakers for failing to make a decision. Several Conservative and opposition lawmakers criticised the statement as divisive."]),

("v16", "Bayview Post", "2019-06-10T06:00:00Z", "Hong Kong leader vows to press ahead with extradition bill after huge march", [
"Hong Kong Chief Executive Carrie Lam said on Monday her government would go ahead with a bill allowing extraditions to mainland China, a day after hundreds of thousands of people marched through the city to oppose it.",
"Lam told a news conference the second reading of the bill would resume in the Legislative Council on Wednesday as planned and ruled out withdrawing it. She said the amendments were needed to plug loopholes and to ensure the city met its international obligations on cross-border crime.",
"\"Beijing did not ask for this bill and has given me no instructions about it,\" Lam said, adding that her team was acting out of conscience and commitment to Hong Kong. She said the government would report regularly to lawmakers on how the law was applied.",
"Organisers said 1.03 million people joined Sunday's march, while police put the crowd at 240,000 at its peak. Clashes broke out between police and a few hundred protesters outside the legislature after midnight."]),

("v17", "Bayview Post", "2019-06-15T10:00:00Z", "Hong Kong suspends extradition bill after mass protests", [
"Hong Kong leader Carrie Lam said on Saturday she was suspending a contested bill that would allow extraditions to mainland China, a stunning retreat after days of protests that brought the city's centre to a standstill.",
"Lam told a news conference the government would halt all work on the amendments and had set no timetable for resuming it. She said she felt deep sorrow and regret that the bill had caused so much division, but she did not apologise and declined to say whether it would be withdrawn. She said the government would listen widely to views from the community before deciding on the next step.",
"Opposition lawmakers said suspension was not enough and vowed to go ahead with another march on Sunday. The bill had been due for a second reading on Wednesday before police fired tear gas and rubber bullets to clear protesters from the streets around the legislature."]),

("v18", "Bayview Post", "2019-07-09T04:00:00Z", "Hong Kong's Lam declares extradition bill 'dead'", [
"Hong Kong Chief Executive Carrie Lam said on Tuesday that the extradition bill that triggered weeks of mass protests was dead, but she again stopped short of saying it would be formally withdrawn.",
"Lam told reporters before a meeting of her advisers that doubts remained about whether the government might revive the legislative process, and said there was no such plan. \"The bill is dead,\" she said. She described the government's work on the bill as a total failure.",
"Lam said she would not restart the legislative process and that the bill would lapse when the current Legislative Council term ends next year. Asked why she would not use the word withdraw, she repeated that the bill was dead.",
"Protest leaders said the language had no legal meaning and repeated their demands for a formal withdrawal, an independent inquiry into police tactics and Lam's resignation. Protesters stormed and vandalised the legislature on July 1."]),

("v19", "Highfield Gazette", "2019-07-24T16:30:00Z", "Johnson takes office vowing Brexit by Oct. 31 'no ifs or buts'", [
"Boris Johnson became Britain's prime minister on Wednesday and promised that the country would leave the European Union on Oct. 31, \"no ifs or buts\", three years after voters backed Brexit in a referendum.",
"Speaking outside Downing Street after being appointed by Queen Elizabeth, Johnson said he would get a new and better deal from Brussels, and that the government would step up preparations for leaving without one in case the EU refused to negotiate. He dismissed the doubters and gloomsters who said Brexit could not be delivered, and said he was confident the problem would be solved within 99 days.",
"Johnson replaces Theresa May, who resigned after parliament rejected her withdrawal agreement three times. Hours later he carried out a sweeping overhaul of the cabinet, bringing in prominent supporters of leaving the EU."]),

("v20", "Bayview Post", "2019-09-04T11:30:00Z", "Hong Kong leader formally withdraws extradition bill", [
"Hong Kong Chief Executive Carrie Lam announced on Wednesday that her government would formally withdraw the extradition bill that sparked three months of often violent protests, meeting one of the demonstrators' five main demands.",
"In a televised address, Lam said the bill would be withdrawn in order to fully allay public concerns, and that the security secretary would move a motion in the Legislative Council when it resumes in October.",
"She also announced that two new members would join the police watchdog reviewing the handling of the protests, that she and her ministers would reach out to the community to start a dialogue, and that experts would be invited to examine the city's deep-seated social problems. Lam again rejected calls for an independent commission of inquiry, saying the existing watchdog was best placed to do the job.",
"Pro-democracy lawmakers said the concession came too late, and several protest groups said they would keep up demonstrations until all five demands were met."]),

("v21", "Highfield Gazette", "2019-09-05T14:00:00Z", "Johnson says he would rather be 'dead in a ditch' than delay Brexit", [
"Prime Minister Boris Johnson said on Thursday he would rather be \"dead in a ditch\" than ask the European Union to push back Britain's departure beyond Oct. 31, a day after lawmakers passed a bill designed to force him to seek a delay if no deal is agreed.",
"Speaking at a police training centre in West Yorkshire, Johnson said there was nothing to be gained from further delay and repeated that he wanted an early general election. Asked whether he could promise not to go to Brussels to request an extension, he said he could give that promise.",
"The remarks came hours after his younger brother Jo Johnson quit as a minister and said he would stand down as a lawmaker, saying he was torn between family loyalty and the national interest.",
"The opposition Labour Party has said it will not back an early election until the legislation blocking a no-deal exit has been enacted. The bill requires Johnson to request an extension to Jan. 31 if no deal is approved by Oct. 19."]),

("v22", "Highfield Gazette", "2019-10-19T23:30:00Z", "Johnson sends unsigned request for Brexit delay", [
"Britain's government asked the European Union late on Saturday to delay Brexit beyond Oct. 31, sending an unsigned letter requesting an extension to Jan. 31 after parliament withheld its approval of Prime Minister Boris Johnson's new deal.",
"Johnson was obliged by law to seek the delay. Alongside the unsigned request, he sent a second letter, which he did sign, telling European Council President Donald Tusk that a further extension would be a mistake that would damage both Britain and the EU.",
"Earlier in the day, lawmakers meeting on a Saturday for the first time since 1982 voted to withhold approval of the deal until the legislation implementing it had passed. Johnson told the House of Commons he would not negotiate a delay with the EU and that the law did not compel him to do so.",
"Tusk said on Twitter that he had received the request and would begin consulting EU leaders on how to respond."]),

("v23", "Highfield Gazette", "2019-10-28T17:00:00Z", "EU grants Brexit delay to Jan. 31; Britain accepts", [
"European Union ambassadors agreed on Monday to postpone Britain's exit until Jan. 31, 2020, and the British government accepted the new date, ending Prime Minister Boris Johnson's hopes of leaving on Oct. 31.",
"Under the so-called flextension, Britain can leave earlier, on the first day of a month, if parliament ratifies the withdrawal agreement before the end of January. European Council President Donald Tusk announced the decision on Twitter.",
"In a letter to Tusk, Johnson confirmed that Britain agreed to the extension, while urging EU governments to make clear that no further delay would be possible after January. He said the government had not wanted the extension and blamed parliament for forcing it on the country.",
"Johnson is pressing lawmakers to back a general election on Dec. 12, arguing that a new parliament is the only way to get Brexit done. The Labour Party had said it would support an election once a no-deal exit was ruled out."]),

("v24", "Westwind Dispatch", "2020-01-08T16:00:00Z", "Ukrainian airliner crashes near Tehran, killing all 176 on board", [
"A Ukraine International Airlines Boeing 737-800 crashed minutes after taking off from Tehran early on Wednesday, killing all 176 people on board, including 63 Canadians, according to Canada's foreign minister.",
"Francois-Philippe Champagne called the loss tragic news and said Ottawa was in contact with the Ukrainian government. Flight PS752 had been bound for Kyiv, and many of the passengers had planned to travel on to Canada.",
"Iranian officials attributed the crash to a technical problem. A spokesman for Iran's roads ministry said one of the engines had caught fire and the pilot lost control of the aircraft. Iran's civil aviation chief said the flight recorders would not be handed to Boeing.",
"Five security sources, three American, one European and one Canadian, told Reuters the initial assessment of Western intelligence agencies was that the jet had suffered a technical malfunction and had not been brought down by a missile. The crash happened hours after Iran fired ballistic missiles at Iraqi bases housing U.S. troops."]),

("v25", "Westwind Dispatch", "2020-01-09T23:00:00Z", "Trudeau says evidence shows Iranian missile downed Ukrainian jet", [
"Canadian Prime Minister Justin Trudeau said on Thursday that intelligence from several sources, including Canada's allies, indicated the Ukrainian airliner that crashed near Tehran was shot down by an Iranian surface-to-air missile.",
"\"It may not have been deliberate,\" Trudeau told reporters in Ottawa, adding that the new information reinforced the need for a thorough investigation. He said 138 of the people on board had been due to connect to flights to Canada.",
"U.S. officials told Newsweek and CBS News that American satellites had picked up the heat signatures of two missiles shortly before the plane exploded, and that Washington believed Iranian air defences had mistaken the jet for a threat. President Donald Trump said he had suspicions about the crash and did not think it was caused by a mechanical fault.",
"British Prime Minister Boris Johnson said there was a body of information that the plane was brought down by an Iranian missile. Britain and Canada called on Iran to allow a full and transparent investigation."]),

("v26", "Westwind Dispatch", "2020-01-10T15:00:00Z", "Iran rejects missile claims as Canada revises death toll", [
"Iran's civil aviation chief said on Friday he was certain that the Ukrainian airliner which crashed outside Tehran had not been hit by a missile, rejecting intelligence assessments from Canada, Britain and the United States.",
"\"We are sure of one thing: no missile hit this aircraft,\" Ali Abedzadeh told a news conference, saying the plane had kept flying for some time while on fire and had tried to turn back towards the airport. Government spokesman Ali Rabiei also rejected the Western reports.",
"In Ottawa, Foreign Minister Francois-Philippe Champagne said 57 Canadians were killed in the crash, not 63 as the government had said earlier, after officials checked birth dates and travel documents. He said the figures had been changing quickly.",
"Iran has invited Ukraine, Canada and the U.S. National Transportation Safety Board to take part in the investigation. Ukrainian investigators arrived in Tehran on Thursday."]),

("v27", "Westwind Dispatch", "2020-01-11T08:00:00Z", "Iran admits it unintentionally shot down Ukrainian airliner", [
"Iran's military said on Saturday it had unintentionally shot down the Ukrainian airliner that crashed near Tehran on Wednesday, killing all 176 people on board, blaming human error after days of denials.",
"In a statement read on state television, the armed forces general staff said the plane had been mistaken for a hostile target after it turned towards a sensitive military site of the Revolutionary Guards, at a time of high alert. Those responsible would face justice, it said.",
"President Hassan Rouhani called the downing a great tragedy and an \"unforgivable mistake\", and said Iran deeply regretted it. Foreign Minister Mohammad Javad Zarif wrote on Twitter that human error at a time of crisis caused by U.S. adventurism had led to disaster.",
"Amir Ali Hajizadeh, head of the Revolutionary Guards' aerospace force, said his unit accepted full responsibility. He said the missile operator had only ten seconds to decide and had acted on his own."]),

("v28", "Quayside Wire", "2020-01-11T22:00:00Z", "Trudeau demands accountability from Iran over downed jet", [
"Prime Minister Justin Trudeau said on Saturday that Canada expected full accountability and justice from Iran after Tehran admitted its forces had shot down the Ukrainian airliner in which 57 Canadians died.",
"Trudeau told reporters in Ottawa he was outraged and furious, and that Canada would not rest until there were answers. He said he had spoken with President Hassan Rouhani, who had committed to a full investigation. Rouhani earlier described the downing as an unpardonable error. Canada wants its investigators to have access to the crash site and the flight recorders, Trudeau said, and it expects compensation for the families of the victims.",
"In Iran, several hundred people gathered in Tehran on Saturday evening to mourn the victims, and some chanted against the authorities. Ukrainian President Volodymyr Zelenskiy said Iran should make an official apology and punish those responsible."]),

("v29", "Coastline Report", "2020-11-18T14:00:00Z", "FAA clears Boeing 737 MAX to fly again after 20-month grounding", [
"The U.S. Federal Aviation Administration on Wednesday lifted its order grounding the Boeing 737 MAX, ending a 20-month ban imposed after two crashes that killed 346 people.",
"FAA Administrator Steve Dickson said he had signed the order after a comprehensive and methodical safety review, and that he would be fully comfortable having his own family fly on the plane. The agency had said when it grounded the jet in March 2019 that it would stay out of service until it was satisfied it was safe.",
"Before the planes can carry passengers again, airlines must install software changes to the flight-control system known as MCAS, reroute some wiring and put pilots through new simulator training, the FAA said. Dickson personally flew the aircraft in September.",
"Regulators in Europe, Canada and Brazil are conducting their own reviews. American Airlines has said it plans to resume commercial flights with the MAX at the end of December."]),

("v30", "Meadowbrook News Agency", "2021-12-04T02:00:00Z", "U.S. intelligence sees Russian plan for offensive against Ukraine in early 2022, Washington Post says", [
"Russia is planning a military offensive against Ukraine that could begin as soon as early next year and involve up to 175,000 troops, The Washington Post reported on Friday, citing U.S. officials and an intelligence document.",
"The plans envisage moving about 100 battalion tactical groups along with armour, artillery and equipment, and roughly half of the forces are already deployed near Ukraine's borders, the newspaper said, quoting an administration official who spoke on condition of anonymity. Satellite images in the document showed troops massing at four locations.",
"The official said Russian state media and proxies had also stepped up content denigrating Ukraine and NATO, in what Washington sees as an attempt to blame Kyiv for any escalation.",
"President Joe Biden said on Friday he was preparing what he called the most comprehensive set of initiatives to make it very difficult for President Vladimir Putin to go ahead. Biden and Putin are expected to speak by video link next week."]),

("v31", "Meadowbrook News Agency", "2022-01-10T19:00:00Z", "Russia tells U.S. it has no plans to attack Ukraine after Geneva talks", [
"Russia told the United States on Monday that it had no plans to attack Ukraine, after nearly eight hours of talks in Geneva that left the two sides far apart on Moscow's demands for security guarantees.",
"\"We told our American colleagues that attacking Ukraine is neither our plan nor our intention,\" Deputy Foreign Minister Sergei Ryabkov told reporters, adding that there was no reason to fear an escalation. He described the talks as difficult and long, but professional.",
"Ryabkov said Russia needed binding guarantees that Ukraine would never join NATO and warned Washington not to underestimate the risk of confrontation. U.S. Deputy Secretary of State Wendy Sherman said the United States had pushed back on proposals that were simply non-starters, including the demand to close NATO's door to new members.",
"Western governments estimate Russia has massed about 100,000 troops near Ukraine's borders. Moscow says it can move forces on its own territory as it sees fit."]),

("v32", "Palmyra Financial Wire", "2022-01-24T10:00:00Z", "Sri Lanka central bank chief says no need for IMF relief", [
"Sri Lanka's central bank governor said on Monday the country did not need a rescue from the International Monetary Fund as long as it had an alternative strategy, and insisted it could keep servicing its foreign debt.",
"Ajith Nivard Cabraal told CNBC that Sri Lanka was able to meet its obligations, including international sovereign bonds, without causing any pain to creditors. Last week the government repaid a $500 million sovereign bond that matured on Jan. 18.",
"Cabraal said Colombo was looking to government-to-government arrangements and central bank currency swaps to get through the short term, and had a plan to put the finances on a more sustainable footing over the next year or two.",
"Rating agencies have cut Sri Lanka deeper into junk territory in recent weeks, warning that the island's foreign exchange reserves, which stood at about $3.1 billion at the end of December, may not cover the roughly $7 billion of debt payments due this year."]),

("v33", "Meadowbrook News Agency", "2022-02-24T05:00:00Z", "Putin orders military operation in Ukraine; explosions heard in Kyiv", [
"Russian President Vladimir Putin announced a military operation in Ukraine early on Thursday, and explosions were heard soon afterwards in Kyiv, Kharkiv and other cities as Russian forces attacked from the north, east and south.",
"In a televised address, Putin said the \"special military operation\" aimed to demilitarise Ukraine and protect people in the Donbas region. He said Russia's plans did not include occupying Ukrainian territory and that Moscow did not intend to impose anything on anyone by force. He warned other countries that any attempt to interfere would bring consequences they had never seen.",
"Russia's defence ministry said it was striking military infrastructure, air defences and airfields with precision weapons and that civilians were not in danger.",
"Ukrainian President Volodymyr Zelenskiy declared martial law. U.S. President Joe Biden called the attack unprovoked and unjustified and said the world would hold Russia accountable."]),

("v34", "Palmyra Financial Wire", "2022-03-16T16:00:00Z", "Sri Lanka to seek IMF help as economic crisis deepens", [
"Sri Lankan President Gotabaya Rajapaksa said on Wednesday his government had decided to work with the International Monetary Fund, reversing months of resistance to an IMF programme as the island runs short of dollars for fuel, food and medicine.",
"In a televised address to the nation, Rajapaksa said the decision had been taken after weighing the advantages and disadvantages, and that the government was also discussing its debt with international partners. He said the crisis had not been of his making but that he accepted responsibility for his decisions.",
"Central bank data released earlier this month showed official reserves fell to $2.31 billion at the end of February. Long queues have formed at fuel stations and power cuts last up to seven hours a day.",
"The main opposition party has called protests in Colombo, and economists say an IMF deal would need to be accompanied by a restructuring of the country's roughly $12.5 billion in international bonds."]),

("v35", "Palmyra Financial Wire", "2022-04-12T09:00:00Z", "Sri Lanka suspends foreign debt payments", [
"Sri Lanka said on Tuesday it was suspending payments on its foreign debt, including international bonds and loans from other governments, pending a restructuring backed by the International Monetary Fund.",
"The finance ministry said in a statement that the step was a last resort after the country's ability to service its debts had been badly damaged by the pandemic and the fallout from the war in Ukraine. Creditors would be free to add unpaid interest to the principal or to be paid in Sri Lankan rupees, it said.",
"\"Servicing the debt has become extremely hard, almost out of reach,\" central bank governor Nandalal Weerasinghe told reporters, describing the decision as necessary to save dollars for fuel and other essential imports. Sri Lanka has about $51 billion in foreign debt.",
"Official reserves fell to $1.93 billion at the end of March, central bank data show. The government is due to begin formal talks with the IMF in Washington next week."]),

("v36", "Meadowbrook News Agency", "2022-04-14T19:00:00Z", "Russian flagship Moskva sinks after fire, defence ministry says", [
"The Moskva, flagship of Russia's Black Sea Fleet, sank on Thursday while being towed to port in stormy seas, the Russian defence ministry said, after a fire caused ammunition on board to explode.",
"Earlier in the day the ministry had said the guided-missile cruiser was seriously damaged but remained afloat, and that its crew had been fully evacuated to other Black Sea Fleet vessels. It said the cause of the fire was being investigated and gave no figures for any dead or injured. Ukraine said its forces had hit the ship with two Neptune anti-ship missiles. Russia did not acknowledge any attack.",
"The Moskva, a Soviet-era cruiser, led the naval assault on Ukraine's Snake Island at the start of the war, and its loss is the biggest blow to Russia's navy since the invasion began. The Pentagon said it could not confirm what had caused the explosion."]),

("v37", "Meadowbrook News Agency", "2022-04-15T20:00:00Z", "Pentagon says Ukrainian missiles struck Russian cruiser", [
"The United States assesses that the Russian cruiser Moskva was hit by two Ukrainian Neptune missiles before it sank, a senior U.S. defense official told reporters on Friday, disputing Moscow's account that a fire had caused the blast.",
"The official said Washington had not been able to determine how many sailors were killed or injured, but that there were believed to be casualties. U.S. officials had said on Thursday they could not yet confirm the cause.",
"Russia's defence ministry has said ammunition on the ship exploded after a fire. Hours after the sinking, Moscow said it had hit a factory near Kyiv that made the Neptune missiles and warned that it would step up strikes on the Ukrainian capital.",
"The Moskva had a crew of about 500, according to estimates in Western and Russian media. Its loss leaves Russia without its most powerful ship in the Black Sea."]),

("v38", "Meadowbrook News Agency", "2022-04-22T15:00:00Z", "Russia says one sailor dead, 27 missing after Moskva sinking", [
"Russia's defence ministry said on Friday that one sailor was killed and 27 others were missing after the sinking of the Moskva, its first acknowledgment of casualties from the loss of the Black Sea Fleet flagship.",
"The ministry said the remaining 396 crew members had been taken off the cruiser by other fleet ships and brought to Sevastopol. It repeated that the ship had been seriously damaged when a fire set off ammunition on board, and that the crew's efforts to put out the blaze had failed. Immediately after the incident, the ministry had said the entire crew was evacuated. It gave no explanation for the change. Relatives of some sailors have said on social media that their sons were missing and that they had received little information from the navy. A funeral was held in Sevastopol on Friday for a warrant officer who died on the ship."]),

("v39", "Meadowbrook News Agency", "2022-09-22T05:00:00Z", "Russia calls up 300,000 reservists; report says decree allows up to a million", [
"President Vladimir Putin ordered Russia's first mobilisation since World War Two on Wednesday, calling up reservists to fight in Ukraine, and Defence Minister Sergei Shoigu said 300,000 people with military experience would be drafted.",
"Putin said in a televised address that the partial mobilisation was needed to defend Russia's sovereignty and territory, and accused the West of nuclear blackmail. He said Russia would use all the means at its disposal to protect itself. \"This is not a bluff,\" he said.",
"Shoigu said the call-up amounted to about 1% of Russia's potential mobilisation resources, which he put at nearly 25 million people. Students and conscripts would not be sent to the front, he said.",
"Novaya Gazeta Europe, an independent Russian outlet based abroad, reported that a classified paragraph of Putin's decree allowed the defence ministry to call up as many as one million people, citing a source in the presidential administration. The paragraph was left out of the published text; the Kremlin said it concerned the number of reservists."]),

("v40", "Meadowbrook News Agency", "2022-09-22T13:00:00Z", "Kremlin calls report of one million call-up a lie", [
"The Kremlin on Thursday denied a report that a secret clause in President Vladimir Putin's mobilisation order allowed up to a million people to be drafted, calling it a lie.",
"Kremlin spokesman Dmitry Peskov told the Interfax news agency that the classified paragraph referred to the figure given by Defence Minister Sergei Shoigu, up to 300,000 reservists. \"That is a lie,\" he said of the report by Novaya Gazeta Europe.",
"The report had cited a source in the presidential administration as saying that the number in the paragraph had been changed several times before officials settled on one million.",
"Long queues formed at Russia's borders with Finland and Georgia on Thursday, and flights out of Moscow were sold out for days as men of fighting age sought to leave. Police detained more than 1,300 people at anti-mobilisation protests across the country on Wednesday, according to the monitoring group OVD-Info."]),

("v41", "Meadowbrook News Agency", "2022-09-30T13:00:00Z", "Putin annexes four Ukrainian regions", [
"President Vladimir Putin signed treaties on Friday to annex four partly occupied regions of Ukraine, in the largest forcible takeover of territory in Europe since World War Two.",
"At a ceremony in the Kremlin, Putin said the people of Donetsk, Luhansk, Zaporizhzhia and Kherson were becoming Russian citizens forever, and that Russia would defend its new lands with all the forces and means it had. He called on Kyiv to stop fighting and return to talks, but said the regions' choice would not be up for discussion.",
"The annexation follows referendums that Kyiv and Western governments called a sham held at gunpoint. Russia does not fully control any of the four regions. Ukrainian President Volodymyr Zelenskiy responded by announcing a fast-track application to join NATO. U.S. President Joe Biden said the United States would never recognise the annexation."]),

("v42", "Potomac Line Wire", "2023-01-13T22:00:00Z", "U.S. to hit debt limit on Jan. 19, White House rules out negotiations", [
"The United States will reach its $31.4 trillion borrowing limit on Jan. 19, Treasury Secretary Janet Yellen told congressional leaders on Friday, after which the Treasury will start using special accounting steps to keep paying the government's bills.",
"In a letter to House Speaker Kevin McCarthy, Yellen said the so-called extraordinary measures were unlikely to be exhausted before early June, but warned that the estimate was subject to considerable uncertainty. She urged Congress to act in a timely manner to protect the full faith and credit of the United States.",
"The White House said it would not negotiate over raising the debt ceiling. Press secretary Karine Jean-Pierre told reporters that lifting the limit was Congress's constitutional duty and should be done without conditions, and that there were no talks on eliminating it.",
"Republicans who won control of the House of Representatives in November have said they will demand spending cuts in return for any increase."]),

("v43", "Potomac Line Wire", "2023-05-01T21:00:00Z", "Yellen warns U.S. could default as soon as June 1", [
"The U.S. government could run out of cash to pay all its bills as early as June 1 if Congress does not raise or suspend the debt limit, Treasury Secretary Janet Yellen warned lawmakers on Monday.",
"In a letter to congressional leaders, Yellen said the Treasury's best estimate was that it would be unable to meet all obligations by early June, and possibly as soon as the first day of the month. She said the actual date could be a number of days or weeks later than the estimate.",
"The federal government hit its $31.381 trillion borrowing cap in January. Yellen said waiting until the last minute to act could do serious harm to business and consumer confidence.",
"President Joe Biden invited the top four congressional leaders to meet at the White House on May 9. The Republican-led House passed a bill last week that would raise the ceiling by $1.5 trillion in exchange for spending cuts."]),

("v44", "Potomac Line Wire", "2023-05-26T22:00:00Z", "Yellen pushes debt default date to June 5", [
"Treasury Secretary Janet Yellen told Congress on Friday that the government would have insufficient funds to meet its obligations if lawmakers had not raised or suspended the debt limit by June 5, giving negotiators a few extra days to reach a deal.",
"In a letter to House Speaker Kevin McCarthy, Yellen said the Treasury would make more than $130 billion of scheduled payments in the first two days of June, including to veterans and Social Security recipients, which would leave it with extremely low resources. She had said earlier that the cash could run out as early as June 1. White House and Republican negotiators said on Friday they were making progress but had not yet reached an agreement.",
"Fitch Ratings has put the United States' AAA credit rating on watch for a possible downgrade, citing the brinkmanship over the borrowing limit."]),

("v45", "Potomac Line Wire", "2023-05-28T03:00:00Z", "Biden, McCarthy reach deal to suspend debt ceiling", [
"President Joe Biden and House Speaker Kevin McCarthy reached an agreement in principle on Saturday to suspend the U.S. debt ceiling and cap government spending, after weeks of talks between White House and Republican negotiators.",
"The deal would suspend the borrowing limit until January 2025, after the next presidential election, and keep non-defence spending roughly flat next year while allowing a 1% rise in 2025, according to officials familiar with the agreement.",
"Biden said in a statement that the agreement was an important step forward that reduced spending while protecting key programmes, and that it represented a compromise, meaning not everyone got what they wanted. He urged both chambers to pass it quickly. McCarthy said the deal was worthy of the support of the American people. Congress must approve it before the Treasury runs short of cash in early June."]),

("v46", "Pinecrest Bulletin", "2023-07-21T06:00:00Z", "BOJ seen keeping yield control unchanged next week, sources say", [
"The Bank of Japan is likely to leave its yield curve control policy unchanged at its meeting next week, as most policymakers prefer to wait until they are surer that wages and prices will keep rising, Reuters reported on Friday, citing five sources familiar with the central bank's thinking.",
"With the 10-year government bond yield trading below the 0.5% ceiling, many board members see no pressing need to act against the side effects of the policy, the sources said. Even if the BOJ does make a change, it would likely be a minor tweak, one of them said.",
"The yen fell about 1% against the dollar after the report, as traders who had bet on a shift next week unwound positions.",
"Governor Kazuo Ueda has said the central bank will keep ultra-loose settings in place until it is more confident that inflation will stay around its 2% target. The BOJ holds its two-day meeting on July 27-28."]),

("v47", "Pinecrest Bulletin", "2023-07-27T14:00:00Z", "BOJ to discuss letting long-term yields rise above 0.5%, Nikkei says", [
"The Bank of Japan will discuss tweaking its yield curve control policy at the conclusion of its meeting on Friday to let long-term interest rates rise above its 0.5% cap to some extent, the Nikkei newspaper reported on Thursday.",
"Under the proposal, the BOJ would keep the 0.5% ceiling but allow the 10-year yield to move past it depending on market conditions, while stepping in to prevent any abrupt spikes, the newspaper said. The aim would be to reduce the distortions caused by the central bank's heavy bond buying.",
"The report contrasted with earlier accounts suggesting the central bank was leaning towards leaving the framework untouched this month. The yen jumped against the dollar and Japanese government bond futures fell after the report.",
"Governor Kazuo Ueda has said there is still some distance to go before the bank's 2% inflation target is achieved in a sustainable way."]),

("v48", "Pinecrest Bulletin", "2024-04-30T09:00:00Z", "Yen swings after hitting 160 per dollar; Japan declines to say whether it intervened", [
"The yen plunged past 160 to the dollar on Monday for the first time since 1990 before abruptly rebounding by more than 4 yen, prompting traders to suspect that Japanese authorities had stepped into the market.",
"Masato Kanda, Japan's vice finance minister for international affairs, declined to say whether Tokyo had intervened. \"I have no comment for now,\" he told reporters. He said excessive swings driven by speculation had a negative impact on the economy. The finance ministry publishes its intervention figures at the end of each month.",
"Tokyo markets were closed for a public holiday, leaving trading thin. Dealers estimated on Tuesday, based on central bank money market data, that the authorities may have spent around 5 trillion yen if they did act.",
"Japan last intervened in autumn 2022, spending about 9.2 trillion yen in three rounds of dollar selling to support the yen."]),

("v49", "Pinecrest Bulletin", "2024-05-31T11:00:00Z", "Japan confirms record 9.79 trillion yen intervention", [
"Japan spent a record 9.79 trillion yen ($62.2 billion) on currency intervention between April 26 and May 29, the finance ministry said on Friday, confirming for the first time that it had stepped in to prop up the yen after it slid to a 34-year low.",
"The monthly figure, the largest since records began in 1991, exceeded the roughly 9.2 trillion yen that Japan spent over three rounds in 2022. Traders believe the authorities acted twice during the period.",
"Finance Minister Shunichi Suzuki told a news conference that Japan would respond appropriately to excessive currency moves and that this basic stance had not changed at all. Daily details of the intervention will be published in August.",
"The yen has weakened again since early May and was trading around 157 per dollar on Friday, as the wide gap between U.S. and Japanese interest rates keeps pressure on the currency."]),

("v50", "Pinecrest Bulletin", "2024-08-07T10:00:00Z", "Japan spent record 5.92 trillion yen in a single day of April intervention", [
"Japan spent a record 5.92 trillion yen on a single day of currency intervention on April 29, when the yen briefly slid past 160 per dollar, finance ministry data showed on Wednesday.",
"The quarterly data showed that the authorities spent a further 3.87 trillion yen on May 1, bringing the total for the two operations to 9.79 trillion yen. The previous one-day record was 5.62 trillion yen, spent on Oct. 21, 2022. The ministry also confirmed that it intervened on July 11 and 12, spending a combined 5.53 trillion yen, after U.S. inflation data sent the dollar lower. Kanda stepped down at the end of July and was succeeded by Atsushi Mimura.",
"The yen has since rallied sharply as weak U.S. data fuelled bets on Federal Reserve rate cuts, prompting investors to unwind popular carry trades."]),
]

STATEMENTS = {
"v01": [["snb", "charge banks 0.25 percent on"], ["snb", "remained the key instrument for avoiding"],
        ["snb", "keep defending the floor with"], ["snb", "buy foreign currency in unlimited quantities"],
        ["snb", "widened the target range for"], ["snb", "make franc investments less attractive"]],
"v02": [["snb", "must remain the cornerstone of its"], ["snb", "convinced the floor should stay"],
        ["snb", "not facing a deflationary spiral"], ["snb", "would clearly be affected by such"],
        ["snb", "markets had already largely priced it"], ["snb", "wait to see what the ECB"]],
"v03": [["snb", "abandoned the 1.20 francs per euro"], ["snb", "discontinuing the floor with immediate effect"],
        ["snb", "lowering the interest rate on sight"], ["snb", "no longer justified to enforce it"],
        ["snb", "exceptional and temporary measure"], ["snb", "only work if it came as"]],
"v04": [["boj", "not currently considering a negative interest"], ["boj", "negative rates had both advantages and"],
        ["boj", "stood ready to expand stimulus"], ["boj", "watch closely how the recent slide"]],
"v05": [["boj", "adopted a negative interest rate for"], ["boj", "charge 0.1 percent on a portion"],
        ["boj", "cut the rate further into negative"], ["boj", "pushed back the timing for reaching"],
        ["boj", "kept its target for expanding the"], ["boj", "chosen the step to prevent market"]],
"v06": [["saudi-arabia", "came out again after some minutes"], ["saudi-arabia", "walked out of the kingdom's consulate"],
        ["saudi-arabia", "welcome to enter and search it"], ["saudi-arabia", "We have nothing to hide"],
        ["saudi-arabia", "Khashoggi was not in Saudi Arabia"], ["saudi-arabia", "wanted to know what had happened"]],
"v07": [["saudi-arabia", "was killed inside Saudi Arabia's consulate"], ["saudi-arabia", "the killing was premeditated"]],
"v08": [["saudi-arabia", "rejected as baseless a report"], ["saudi-arabia", "strongly condemned what he called baseless"],
        ["saudi-arabia", "questioned whether the Turkish officials"], ["saudi-arabia", "team of Saudi investigators had arrived"],
        ["saudi-arabia", "working to establish all the facts"]],
"v09": [["saudi-arabia", "had died inside its consulate"], ["saudi-arabia", "he was killed in a fight"],
        ["saudi-arabia", "had turned into a brawl"], ["saudi-arabia", "Eighteen Saudi nationals had been detained"],
        ["saudi-arabia", "dismissed deputy intelligence chief Ahmed al-Asiri"], ["saudi-arabia", "restructure the intelligence service"]],
"v10": [["saudi-arabia", "Khashoggi was premeditated"], ["saudi-arabia", "suspects had planned the act in advance"],
        ["saudi-arabia", "Questioning of the suspects was continuing"], ["saudi-arabia", "heinous crime that could not be justified"],
        ["saudi-arabia", "would be brought to justice"]],
"v11": [["united-kingdom", "leave the European Union on March 29"], ["united-kingdom", "deal would honour the result"],
        ["united-kingdom", "a moment of renewal and reconciliation"], ["united-kingdom", "urged people who voted on either side"]],
"v12": [["united-states", "saw no reason to ground Boeing's"], ["united-states", "gave no basis for ordering the aircraft"],
        ["united-states", "would act immediately if it found"], ["canada", "all options were on the table"],
        ["canada", "had no plans at this point"], ["canada", "not going to jump to conclusions"]],
"v13": [["canada", "barred Boeing 737 MAX 8 and"], ["canada", "similarities were not conclusive"],
        ["canada", "crossed a threshold that justified acting"], ["canada", "I will act quickly"],
        ["canada", "safety notice took effect immediately"], ["canada", "informed his U.S. counterpart"]],
"v14": [["united-states", "ordered all Boeing 737 MAX jets"], ["united-states", "stay on the ground until further notice"],
        ["united-states", "safety of Americans was the paramount"], ["united-states", "movements were similar to those of"],
        ["united-states", "grounding would last until the agency"]],
"v15": [["united-kingdom", "postpone Britain's departure until June 30"], ["united-kingdom", "would not leave as planned"],
        ["united-kingdom", "requested a short extension of the"], ["united-kingdom", "not prepared to delay Brexit any"],
        ["united-kingdom", "blamed lawmakers for failing to make"], ["united-kingdom", "public was tired of infighting"]],
"v16": [["hong-kong", "would go ahead with a bill"], ["hong-kong", "second reading of the bill would"],
        ["hong-kong", "ruled out withdrawing it"], ["hong-kong", "needed to plug loopholes"],
        ["hong-kong", "given me no instructions about it"], ["hong-kong", "report regularly to lawmakers"],
        ["hong-kong", "put the crowd at 240,000"]],
"v17": [["hong-kong", "suspending a contested bill"], ["hong-kong", "halt all work on the amendments"],
        ["hong-kong", "set no timetable for resuming it"], ["hong-kong", "felt deep sorrow and regret"],
        ["hong-kong", "listen widely to views from"]],
"v18": [["hong-kong", "The bill is dead"], ["hong-kong", "there was no such plan"],
        ["hong-kong", "a total failure"], ["hong-kong", "would not restart the legislative process"],
        ["hong-kong", "bill would lapse when the current"]],
"v19": [["united-kingdom", "leave the European Union on Oct. 31"], ["united-kingdom", "no ifs or buts"],
        ["united-kingdom", "get a new and better deal"], ["united-kingdom", "step up preparations for leaving without"],
        ["united-kingdom", "confident the problem would be solved"]],
"v20": [["hong-kong", "would formally withdraw the extradition bill"], ["hong-kong", "fully allay public concerns"],
        ["hong-kong", "two new members would join"], ["hong-kong", "start a dialogue"],
        ["hong-kong", "experts would be invited to examine"], ["hong-kong", "rejected calls for an independent commission"]],
"v21": [["united-kingdom", "than ask the European Union to"], ["united-kingdom", "nothing to be gained from further delay"],
        ["united-kingdom", "wanted an early general election"], ["united-kingdom", "he could give that promise"]],
"v22": [["united-kingdom", "delay Brexit beyond Oct. 31"], ["united-kingdom", "requesting an extension to Jan. 31"],
        ["united-kingdom", "further extension would be a mistake"], ["united-kingdom", "would not negotiate a delay with"],
        ["united-kingdom", "law did not compel him"]],
"v23": [["united-kingdom", "accepted the new date"], ["united-kingdom", "Britain agreed to the extension"],
        ["united-kingdom", "no further delay would be possible"], ["united-kingdom", "had not wanted the extension"],
        ["united-kingdom", "blamed parliament for forcing it"], ["united-kingdom", "back a general election on Dec. 12"]],
"v24": [["canada", "including 63 Canadians"], ["canada", "called the loss tragic news"],
        ["canada", "in contact with the Ukrainian government"], ["iran", "attributed the crash to a technical problem"],
        ["iran", "engines had caught fire"], ["iran", "would not be handed to Boeing"],
        ["iran", "had not been brought down by"]],
"v25": [["canada", "shot down by an Iranian surface-to-air"], ["canada", "It may not have been deliberate"],
        ["canada", "need for a thorough investigation"], ["canada", "138 of the people on board"],
        ["iran", "Iranian air defences had mistaken the"], ["united-states", "Washington believed Iranian air defences"],
        ["united-states", "did not think it was caused"], ["united-kingdom", "a body of information that the"],
        ["canada", "allow a full and transparent investigation"]],
"v26": [["iran", "had not been hit by a missile"], ["iran", "no missile hit this aircraft"],
        ["iran", "tried to turn back towards the"], ["iran", "also rejected the Western reports"],
        ["iran", "invited Ukraine, Canada and the"], ["canada", "57 Canadians were killed in the crash"],
        ["canada", "figures had been changing quickly"]],
"v27": [["iran", "unintentionally shot down the Ukrainian airliner"], ["iran", "mistaken for a hostile target"],
        ["iran", "Those responsible would face justice"], ["iran", "called the downing a great tragedy"],
        ["iran", "Iran deeply regretted it"], ["iran", "human error at a time of crisis"],
        ["iran", "accepted full responsibility"], ["iran", "only ten seconds to decide"]],
"v28": [["canada", "expected full accountability and justice"], ["canada", "would not rest until there were"],
        ["canada", "access to the crash site"], ["canada", "expects compensation for the families"],
        ["iran", "described the downing as an unpardonable error"], ["iran", "committed to a full investigation"],
        ["iran", "admitted its forces had shot down"]],
"v29": [["united-states", "lifted its order grounding the Boeing"], ["united-states", "comprehensive and methodical safety review"],
        ["united-states", "fully comfortable having his own family"], ["united-states", "must install software changes"]],
"v30": [["russia", "planning a military offensive against Ukraine"], ["russia", "involve up to 175,000 troops"],
        ["united-states", "stepped up content denigrating Ukraine"], ["united-states", "most comprehensive set of initiatives"]],
"v31": [["russia", "no plans to attack Ukraine"], ["russia", "neither our plan nor our intention"],
        ["russia", "no reason to fear an escalation"], ["russia", "needed binding guarantees that Ukraine"],
        ["russia", "not to underestimate the risk"], ["russia", "move forces on its own territory"],
        ["united-states", "pushed back on proposals that were"]],
"v32": [["sri-lanka", "did not need a rescue from"], ["sri-lanka", "as long as it had an alternative"],
        ["sri-lanka", "keep servicing its foreign debt"], ["sri-lanka", "without causing any pain to creditors"],
        ["sri-lanka", "repaid a $500 million sovereign bond"], ["sri-lanka", "government-to-government arrangements and central bank"],
        ["sri-lanka", "more sustainable footing over the next"]],
"v33": [["russia", "announced a military operation in Ukraine"], ["russia", "aimed to demilitarise Ukraine and protect"],
        ["russia", "plans did not include occupying Ukrainian territory"], ["russia", "did not intend to impose anything"],
        ["russia", "consequences they had never seen"], ["russia", "striking military infrastructure, air defences"],
        ["russia", "civilians were not in danger"], ["united-states", "called the attack unprovoked and unjustified"],
        ["united-states", "would hold Russia accountable"]],
"v34": [["sri-lanka", "decided to work with the International"], ["sri-lanka", "weighing the advantages and disadvantages"],
        ["sri-lanka", "discussing its debt with international partners"], ["sri-lanka", "had not been of his making"],
        ["sri-lanka", "accepted responsibility for his decisions"], ["sri-lanka", "reserves fell to $2.31 billion"]],
"v35": [["sri-lanka", "suspending payments on its foreign debt"], ["sri-lanka", "the step was a last resort"],
        ["sri-lanka", "free to add unpaid interest"], ["sri-lanka", "extremely hard, almost out of reach"],
        ["sri-lanka", "save dollars for fuel"], ["sri-lanka", "reserves fell to $1.93 billion"]],
"v36": [["russia", "sank on Thursday while being towed"], ["russia", "fire caused ammunition on board to explode"],
        ["russia", "seriously damaged but remained afloat"], ["russia", "crew had been fully evacuated"],
        ["russia", "cause of the fire was being investigated"], ["united-states", "could not confirm what had caused"]],
"v37": [["united-states", "hit by two Ukrainian Neptune missiles"], ["united-states", "believed to be casualties"],
        ["russia", "ammunition on the ship exploded after"], ["russia", "hit a factory near Kyiv"],
        ["russia", "step up strikes on the Ukrainian"]],
"v38": [["russia", "one sailor was killed and 27"], ["russia", "remaining 396 crew members"],
        ["russia", "fire set off ammunition on board"], ["russia", "efforts to put out the blaze"]],
"v39": [["russia", "300,000 people with military experience"], ["russia", "needed to defend Russia's sovereignty"],
        ["russia", "use all the means at its"], ["russia", "This is not a bluff"],
        ["russia", "about 1% of Russia's potential"], ["russia", "Students and conscripts would not be"],
        ["russia", "call up as many as one million"], ["russia", "concerned the number of reservists"],
        ["russia", "ordered Russia's first mobilisation"], ["russia", "accused the West of nuclear blackmail"]],
"v40": [["russia", "denied a report that a secret"], ["russia", "calling it a lie"],
        ["russia", "classified paragraph referred to the figure"], ["russia", "That is a lie"]],
"v41": [["russia", "signed treaties on Friday to annex"], ["russia", "becoming Russian citizens forever"],
        ["russia", "defend its new lands with all"], ["russia", "stop fighting and return to talks"],
        ["russia", "would not be up for discussion"], ["united-states", "would never recognise the annexation"]],
"v42": [["united-states", "reach its $31.4 trillion borrowing limit"], ["united-states", "start using special accounting steps"], ["united-states", "unlikely to be exhausted before early June"],
        ["united-states", "subject to considerable uncertainty"], ["united-states", "act in a timely manner"],
        ["united-states", "would not negotiate over raising the"], ["united-states", "should be done without conditions"],
        ["united-states", "no talks on eliminating it"]],
"v43": [["united-states", "as early as June 1"], ["united-states", "unable to meet all obligations by"],
        ["united-states", "number of days or weeks later"], ["united-states", "serious harm to business and consumer"],
        ["united-states", "invited the top four congressional leaders"]],
"v44": [["united-states", "insufficient funds to meet its obligations"], ["united-states", "debt limit by June 5"],
        ["united-states", "more than $130 billion of scheduled"], ["united-states", "extremely low resources"],
        ["united-states", "making progress but had not yet"]],
"v45": [["united-states", "reached an agreement in principle"], ["united-states", "suspend the U.S. debt ceiling"],
        ["united-states", "important step forward that reduced spending"], ["united-states", "represented a compromise"],
        ["united-states", "urged both chambers to pass"]],
"v46": [["boj", "leave its yield curve control policy"], ["boj", "see no pressing need to act"],
        ["boj", "would likely be a minor tweak"], ["boj", "keep ultra-loose settings in place"]],
"v47": [["boj", "will discuss tweaking its yield curve"], ["boj", "let long-term interest rates rise above"],
        ["boj", "keep the 0.5% ceiling but allow"], ["boj", "still some distance to go"]],
"v48": [["japan", "declined to say whether Tokyo had intervened"], ["japan", "I have no comment for now"],
        ["japan", "excessive swings driven by speculation"]],
"v49": [["japan", "spent a record 9.79 trillion yen"], ["japan", "between April 26 and May 29"],
        ["japan", "respond appropriately to excessive currency moves"], ["japan", "basic stance had not changed"]],
"v50": [["japan", "spent a record 5.92 trillion yen"], ["japan", "a further 3.87 trillion yen"],
        ["japan", "intervened on July 11 and 12"], ["japan", "spending a combined 5.53 trillion yen"]],
}

# defensible either way: recaps of an earlier statement by the narrator, reports, background figures
OPTIONAL = {
"v05": [["boj", "not thinking of such a step"]],
"v08": [["saudi-arabia", "had been murdered at the consulate"]],
"v09": [["saudi-arabia", "denied any knowledge of his fate"]],
"v10": [["saudi-arabia", "died in a fight that broke"], ["saudi-arabia", "insisted that he left the building"]],
"v13": [["canada", "there were no plans to ground"]],
"v14": [["united-states", "saw no basis for such a"], ["canada", "Canada had announced its own ban"]],
"v17": [["hong-kong", "declined to say whether it would"]],
"v23": [["united-kingdom", "get Brexit done"]],
"v25": [["united-states", "picked up the heat signatures"]],
"v26": [["canada", "not 63 as the government had said"]],
"v29": [["united-states", "stay out of service until it"]],
"v34": [["sri-lanka", "reversing months of resistance"]],
"v36": [["russia", "gave no figures for any dead"]],
"v37": [["united-states", "could not yet confirm the cause"]],
"v38": [["russia", "the entire crew was evacuated"]],
"v44": [["united-states", "could run out as early as"]],
"v45": [["united-states", "runs short of cash in early"]],
"v47": [["boj", "leaning towards leaving the framework untouched"]],
"v48": [["japan", "spending about 9.2 trillion yen"]],
"v49": [["japan", "roughly 9.2 trillion yen that Japan"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["v02", "v03", "snb", "stance-reversal: the vice chairman said the minimum exchange rate 'must remain the cornerstone' of policy; three days later the bank abandons it"],
["v04", "v05", "boj", "stance-reversal: the governor said he was 'not currently considering' negative rates; eight days later the bank adopts a negative rate"],
["v12", "v14", "united-states", "stance-reversal: the FAA saw 'no basis' so far for grounding the 737 MAX; the next day the United States grounds it"],
["v12", "v13", "canada", "stance-reversal: the transport minister had 'no plans at this point' to ground the jets; the next day Canada bars them"],
["v32", "v34", "sri-lanka", "stance-reversal: the central bank governor said the country did not need IMF relief as long as it had an alternative strategy; the president decides to work with the IMF"],
# commitments reversed in other words
["v01", "v03", "snb", "commitment-reversed: the bank would keep defending the 1.20 floor with the utmost determination and buy currency in unlimited quantities; it discontinues the floor"],
["v16", "v17", "hong-kong", "commitment-reversed: the government would go ahead with the bill and its second reading on Wednesday; it suspends the bill"],
["v16", "v20", "hong-kong", "commitment-reversed: the chief executive ruled out withdrawing the bill; she announces its formal withdrawal"],
["v32", "v35", "sri-lanka", "commitment-reversed: the country could keep servicing its foreign debt, bonds included, without pain to creditors; it suspends payments on its foreign debt"],
["v21", "v22", "united-kingdom", "commitment-reversed: the prime minister would rather be 'dead in a ditch' than ask the EU for a delay and promised not to request one; the government asks the EU to delay Brexit"],
["v42", "v45", "united-states", "commitment-reversed: the White House would not negotiate over raising the debt ceiling; after weeks of talks it agrees a deal suspending the ceiling and capping spending"],
# denial then action or admission
["v33", "v41", "russia", "denial-then-action: Russia's plans did not include occupying Ukrainian territory; Russia annexes four Ukrainian regions"],
["v31", "v33", "russia", "denial-then-action: Russia said attacking Ukraine was neither its plan nor its intention; six weeks later it launches a military operation in Ukraine"],
["v06", "v09", "saudi-arabia", "denial-then-action: the crown prince said Khashoggi left the consulate after minutes and 'we have nothing to hide'; Riyadh admits he died inside the consulate"],
["v08", "v09", "saudi-arabia", "denial-then-action: Riyadh rejected as baseless the report that Khashoggi was killed in its consulate; it admits he died there"],
["v26", "v27", "iran", "denial-then-action: Iran was certain no missile hit the airliner; the next day it admits its military shot it down"],
# claims negated
["v09", "v10", "saudi-arabia", "claim-negated: the death followed a fight that broke out during talks; the prosecutor says the killing was premeditated"],
["v24", "v27", "iran", "claim-negated: Iranian officials attributed the crash to a technical problem and an engine fire; Iran says its military shot the plane down"],
# number mismatch
["v24", "v26", "canada", "number-mismatch: 63 Canadians on board according to the foreign minister; then 57"],
["v36", "v38", "russia", "number-mismatch: the whole crew was evacuated, with no dead or injured given; later one sailor dead and 27 missing, 396 evacuated"],
# date mismatch
["v11", "v15", "united-kingdom", "date-mismatch: the United Kingdom will leave the EU on March 29; it asks to postpone its departure until June 30"],
["v19", "v23", "united-kingdom", "date-mismatch: Britain will leave the EU on Oct. 31, 'no ifs or buts'; the government accepts Jan. 31, 2020 as the new date"],
# report denied
["v30", "v31", "russia", "report-denied: The Washington Post reports a Russian plan for an offensive against Ukraine as soon as early 2022; Russia says attacking Ukraine is neither its plan nor its intention"],
["v39", "v40", "russia", "report-denied: Novaya Gazeta Europe reports that a classified paragraph allows a call-up of up to one million; the Kremlin calls the report a lie and says the figure is up to 300,000"],
["v07", "v08", "saudi-arabia", "report-denied: Reuters reports, citing Turkish sources, that Khashoggi was killed inside the consulate; Saudi Arabia rejects the report as baseless"],
["v25", "v26", "iran", "report-denied: Canada and U.S. officials say an Iranian missile shot the airliner down; Iran says it is certain no missile hit it"],
# outlets disagree
["v46", "v47", "boj", "outlets-disagree: Reuters, citing sources, says the BOJ is likely to leave yield curve control unchanged; the Nikkei says it will discuss letting yields rise above the 0.5% cap"],
["v24", "v25", "iran", "outlets-disagree: Reuters' intelligence sources say the jet had a technical malfunction and was not brought down by a missile; U.S. officials tell Newsweek and CBS that Iranian air defences shot it down"],
]

AMBIGUOUS = [
["v06", "v07"],  # the crown prince's account (he left) against a report (he was killed inside): a report, not a second Saudi statement
["v07", "v09"],  # a report of a premeditated killing against Riyadh's later account of a fight
["v06", "v10"], ["v08", "v10"],  # the same denial met again by the later, premeditated account
["v16", "v18"],  # 'go ahead with the bill' against 'the bill is dead': flagged through v16-v17 already
["v31", "v41"],  # no plan to attack against annexation: the contradiction is carried by v31-v33 and v33-v41
["v24", "v28"], ["v26", "v28"],  # 63 against 57 again, and the denial against the admission retold
["v11", "v19"], ["v11", "v21"], ["v11", "v22"], ["v11", "v23"],  # departure dates under two prime ministers, after an agreed extension
["v15", "v19"], ["v15", "v21"], ["v15", "v22"], ["v15", "v23"],
["v19", "v22"],  # 'Oct. 31, no ifs or buts' against a request for delay the law required
["v21", "v23"],  # 'rather dead in a ditch' against accepting the extension
]

TRAPS = [
["v43", "v44", "hedged date later moved: the Treasury said it could run out of cash 'as early as June 1', with the date possibly days or weeks later; June 5 is within that hedge"],
["v42", "v44", "a hedge then a firmer version: 'unlikely to be exhausted before early June' made precise as June 5"],
["v42", "v43", "rounding: the same borrowing limit given as $31.4 trillion and as $31.381 trillion"],
["v44", "v45", "a conditional: funds run out by June 5 only if Congress has not acted; a deal to suspend the limit is reached before then"],
["v14", "v29", "a temporary step reversed as announced: the grounding was to last until further notice, until the agency understood what happened; it is lifted after a safety review and required fixes"],
["v49", "v50", "different scope: 9.79 trillion yen for the whole period April 26 to May 29 against 5.92 trillion yen for April 29 alone (plus 3.87 trillion on May 1)"],
["v48", "v49", "an undecided matter then decided: the vice minister declined to comment on whether Japan intervened; the ministry later confirms it did. Also figures about different things: 9.2 trillion yen in 2022 against 9.79 trillion yen in 2024"],
["v48", "v50", "declining to comment is not a denial: the later data show an intervention on April 29"],
["v27", "v28", "translations of one remark: Rouhani's words rendered as an 'unforgivable mistake' and as an 'unpardonable error'"],
["v17", "v18", "a hedge then a firmer version: the bill suspended with no timetable, then declared dead"],
["v18", "v20", "a hedge then a firmer version: 'the bill is dead' without the word withdraw, then a formal withdrawal"],
["v17", "v20", "an undecided matter then decided: suspension while declining to say whether the bill would be withdrawn, then withdrawal"],
["v36", "v37", "one actor disputing another: the United States says missiles hit the ship while Russia blames a fire; and the Pentagon's 'could not confirm' followed by a firmer assessment is a hedge made firmer"],
["v34", "v35", "figures that legitimately change over time: reserves of $2.31 billion at the end of February and $1.93 billion at the end of March"],
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
