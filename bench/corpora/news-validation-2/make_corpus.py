#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-2, then checks them.

Every document retells a real, dated public event in the team's own words (see SOURCE.md).
Run: python3 make_corpus.py            (writes the two files and runs the checks)
     python3 make_corpus.py --check    (checks the files already written)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ACTORS = [
    {"type": "actor", "id": "russia", "name": "Russia",
     "aliases": ["Russian Federation", "Moscow", "Kremlin", "Russian government", "Russian Foreign Ministry",
                 "Russia's foreign ministry", "Russian defence ministry", "Russian defense ministry", "FSB",
                 "Russian embassy in London", "Russia's aviation authority", "Rosaviatsia"],
     "speakers": [
         {"name": "Vladimir Putin", "role": "President", "from": "2012-05-07"},
         {"name": "Dmitry Peskov", "role": "Kremlin spokesman"},
         {"name": "Sergei Lavrov", "role": "Foreign Minister"},
         {"name": "Maria Zakharova", "role": "Foreign Ministry spokeswoman"},
         {"name": "Sergei Ryabkov", "role": "Deputy Foreign Minister"},
         {"name": "Yury Ushakov", "role": "Kremlin foreign policy aide"},
         {"name": "Alexander Yakovenko", "role": "Ambassador to the United Kingdom", "to": "2019-01-20"}]},
    {"type": "actor", "id": "united-kingdom", "name": "United Kingdom",
     "aliases": ["UK", "U.K.", "Britain", "British government", "Downing Street", "London", "Foreign Office",
                 "Porton Down", "Defence Science and Technology Laboratory", "Crown Prosecution Service"],
     "speakers": [
         {"name": "Theresa May", "role": "Prime Minister", "from": "2016-07-13", "to": "2019-07-24"},
         {"name": "Boris Johnson", "role": "Foreign Secretary", "from": "2016-07-13", "to": "2018-07-09"},
         {"name": "Gary Aitkenhead", "role": "Chief Executive, Defence Science and Technology Laboratory"}]},
    {"type": "actor", "id": "iran", "name": "Iran",
     "aliases": ["Tehran", "Iranian government", "Islamic Republic", "Atomic Energy Organization of Iran", "AEOI"],
     "speakers": [
         {"name": "Hassan Rouhani", "role": "President", "from": "2013-08-03", "to": "2021-08-03"},
         {"name": "Mohammad Javad Zarif", "role": "Foreign Minister", "from": "2013-08-15", "to": "2021-08-25"},
         {"name": "Behrouz Kamalvandi", "role": "Spokesman, Atomic Energy Organization of Iran"}]},
    {"type": "actor", "id": "united-states", "name": "United States",
     "aliases": ["US", "U.S.", "Washington", "White House", "Pentagon", "State Department", "CIA",
                 "National Security Council", "U.S. officials", "US officials", "Obama administration",
                 "Trump administration", "Biden administration", "U.S. military"],
     "speakers": [
         {"name": "Barack Obama", "role": "President", "from": "2009-01-20", "to": "2017-01-20"},
         {"name": "Donald Trump", "role": "President", "from": "2017-01-20", "to": "2021-01-20"},
         {"name": "Joe Biden", "role": "President", "from": "2021-01-20", "to": "2025-01-20"},
         {"name": "Mike Pompeo", "role": "Secretary of State", "from": "2018-04-26", "to": "2021-01-20"},
         {"name": "Antony Blinken", "role": "Secretary of State", "from": "2021-01-26", "to": "2025-01-20"},
         {"name": "Lloyd Austin", "role": "Secretary of Defense", "from": "2021-01-22", "to": "2025-01-20"},
         {"name": "Patrick Ryder", "role": "Pentagon press secretary", "from": "2022-08-01"},
         {"name": "Adrienne Watson", "role": "National Security Council spokeswoman"}]},
    {"type": "actor", "id": "north-korea", "name": "North Korea",
     "aliases": ["Pyongyang", "DPRK", "North Korean government", "Korean Central News Agency", "KCNA",
                 "Workers' Party of Korea"],
     "speakers": [
         {"name": "Kim Jong Un", "role": "Leader", "from": "2011-12-17"},
         {"name": "Ri Yong Ho", "role": "Foreign Minister", "from": "2016-05-09", "to": "2020-01-18"},
         {"name": "Choe Son Hui", "role": "Vice Foreign Minister", "to": "2022-06-10"}]},
    {"type": "actor", "id": "japan", "name": "Japan",
     "aliases": ["Tokyo", "Japanese government", "Japan's government", "Tokyo Electric Power", "TEPCO"],
     "speakers": [
         {"name": "Yoshihide Suga", "role": "Prime Minister", "from": "2020-09-16", "to": "2021-10-04"},
         {"name": "Fumio Kishida", "role": "Prime Minister", "from": "2021-10-04", "to": "2024-10-01"},
         {"name": "Yasutoshi Nishimura", "role": "Minister of Economy, Trade and Industry", "from": "2022-08-10", "to": "2023-12-14"},
         {"name": "Hirokazu Matsuno", "role": "Chief Cabinet Secretary", "from": "2021-10-04", "to": "2023-12-14"}]},
    {"type": "actor", "id": "china", "name": "China",
     "aliases": ["Beijing", "Chinese government", "China's foreign ministry", "Chinese foreign ministry",
                 "China's customs agency", "General Administration of Customs"],
     "speakers": [
         {"name": "Mao Ning", "role": "Foreign Ministry spokeswoman"},
         {"name": "Wang Wenbin", "role": "Foreign Ministry spokesman"}]},
    {"type": "actor", "id": "turkey", "name": "Turkey",
     "aliases": ["Ankara", "Turkish government", "Turkey's central bank", "Turkish central bank",
                 "Central Bank of the Republic of Turkey", "CBRT"],
     "speakers": [
         {"name": "Tayyip Erdogan", "role": "President", "from": "2014-08-28"},
         {"name": "Naci Agbal", "role": "Governor, Central Bank of the Republic of Turkey", "from": "2020-11-07", "to": "2021-03-20"},
         {"name": "Sahap Kavcioglu", "role": "Governor, Central Bank of the Republic of Turkey", "from": "2021-03-20", "to": "2023-06-09"},
         {"name": "Hafize Gaye Erkan", "role": "Governor, Central Bank of the Republic of Turkey", "from": "2023-06-09", "to": "2024-02-03"},
         {"name": "Mehmet Simsek", "role": "Finance Minister", "from": "2023-06-03"}]},
    {"type": "actor", "id": "credit-suisse", "name": "Credit Suisse",
     "aliases": ["Credit Suisse Group", "CS"],
     "speakers": [
         {"name": "Axel Lehmann", "role": "Chairman", "from": "2022-01-16"},
         {"name": "Ulrich Koerner", "role": "Chief Executive", "from": "2022-08-01"}]},
    {"type": "actor", "id": "switzerland", "name": "Switzerland",
     "aliases": ["Swiss government", "Swiss Federal Council", "Bern", "Swiss National Bank", "SNB",
                 "FINMA", "Swiss Financial Market Supervisory Authority", "Swiss authorities"],
     "speakers": [
         {"name": "Karin Keller-Sutter", "role": "Finance Minister", "from": "2023-01-01"},
         {"name": "Thomas Jordan", "role": "Chairman, Swiss National Bank", "from": "2012-04-18", "to": "2024-09-30"}]},
    {"type": "actor", "id": "ftx", "name": "FTX",
     "aliases": ["FTX Trading", "FTX Group", "FTX.com"],
     "speakers": [
         {"name": "Sam Bankman-Fried", "role": "Chief Executive", "to": "2022-11-11"},
         {"name": "John J. Ray III", "role": "Chief Executive", "from": "2022-11-11"}]},
    {"type": "actor", "id": "myanmar-military", "name": "Myanmar military",
     "aliases": ["Tatmadaw", "Myanmar's military", "Myanmar army", "junta", "State Administration Council",
                 "office of the commander-in-chief"],
     "speakers": [
         {"name": "Min Aung Hlaing", "role": "Commander-in-Chief", "from": "2011-03-30"},
         {"name": "Zaw Min Tun", "role": "Military spokesman"}]},
]

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
("h01", "Harborline Wire", "2015-07-14T14:00:00Z", "Iran and world powers reach nuclear deal, sanctions to be lifted", [
"Iran and six world powers reached a long-term agreement in Vienna on Tuesday to curb Tehran's nuclear programme in exchange for the lifting of international sanctions, ending almost two years of negotiations.",
"Under the Joint Comprehensive Plan of Action, Iran agreed to keep uranium enrichment at no more than 3.67 percent for 15 years and to cut its stockpile of low-enriched uranium to 300 kilograms. It will reduce the number of installed centrifuges by about two-thirds and allow inspectors of the International Atomic Energy Agency broad access to its sites.",
"In return, the United States, the European Union and the United Nations will lift nuclear-related sanctions once the agency verifies that Iran has met its commitments. President Barack Obama said the deal cut off every pathway to a nuclear weapon and that Washington would hold up its side of the bargain as long as Iran did. He said he would veto any legislation in Congress that blocked the agreement.",
"President Hassan Rouhani said in a televised address that the agreement opened a new chapter in Iran's relations with the world, and repeated that Iran would never seek a nuclear weapon. Foreign Minister Mohammad Javad Zarif called it a win-win outcome."]),

("h02", "Northgate Courier", "2018-03-12T18:30:00Z", "May says Russia 'highly likely' behind Salisbury nerve agent attack", [
"Prime Minister Theresa May told parliament on Monday it was highly likely that Russia was responsible for poisoning former double agent Sergei Skripal and his daughter Yulia, who remain critically ill in hospital after being found slumped on a bench in Salisbury on March 4.",
"May said the pair had been exposed to a military-grade nerve agent of a type developed by Russia, part of a group known as Novichok. Either the Russian state was directly responsible, or it had lost control of the agent and allowed it to get into the hands of others, she said.",
"Foreign Secretary Boris Johnson had summoned the Russian ambassador and demanded an explanation by the end of Tuesday, May said. If no credible answer came, Britain would conclude that the action amounted to an unlawful use of force by the Russian state against the United Kingdom.",
"In Moscow, Foreign Ministry spokeswoman Maria Zakharova dismissed the statement as a circus show in the British parliament. The Kremlin has said Russia had nothing to do with the attack and is ready to help with any investigation if asked."]),

("h03", "Silverbirch Press", "2018-03-20T12:00:00Z", "Johnson says Porton Down scientists sure nerve agent came from Russia", [
"British Foreign Secretary Boris Johnson said scientists at the Porton Down defence laboratory had told him there was no doubt that the nerve agent used in Salisbury came from Russia, in an interview with German broadcaster Deutsche Welle aired on Tuesday.",
"Asked how Britain had established the source so quickly, Johnson said the laboratory held samples and that its experts were \"absolutely categorical\". He said he had asked one of them himself whether he was sure, and had been told it was beyond question.",
"Britain last week expelled 23 Russian diplomats, its largest such expulsion in three decades, after Moscow let May's deadline pass without an explanation. Russia responded in kind on Saturday, ordering 23 British diplomats to leave and closing the British Council's operations in the country.",
"Deputy Foreign Minister Sergei Ryabkov said on Tuesday that neither the Soviet Union nor Russia had ever run a programme to develop a nerve agent called Novichok, and accused London of refusing to share any of its evidence with Moscow."]),

("h04", "Harborline Wire", "2018-04-03T19:00:00Z", "Porton Down has not identified source of Salisbury nerve agent, chief says", [
"Scientists at Britain's Porton Down laboratory have identified the substance used to poison Sergei Skripal as a military-grade Novichok nerve agent but have not established where it was made, the head of the laboratory said on Tuesday.",
"\"We have not identified the precise source,\" Gary Aitkenhead, chief executive of the Defence Science and Technology Laboratory, told Sky News. He said it was not the laboratory's job to say where the agent was manufactured, and that the government had drawn on a number of other sources to reach its conclusions. Making such a substance required extremely sophisticated methods, something only within the capability of a state actor, he added.",
"His remarks appeared to contradict Foreign Secretary Boris Johnson, who told a German broadcaster last month that the laboratory's experts were categorical the agent came from Russia. The Foreign Office later deleted a message on Twitter that had said Porton Down's analysis showed the agent was produced in Russia. Officials said Britain's assessment rested on a wider intelligence picture.",
"The Russian embassy in London said the comments showed Britain had no proof, and Moscow has called for a special meeting of the global chemical weapons watchdog on Wednesday."]),

("h05", "Kestrel Wire", "2018-04-20T23:30:00Z", "North Korea says it will stop nuclear and ICBM tests, close test site", [
"North Korea will stop nuclear tests and intercontinental ballistic missile launches from Saturday and will close its nuclear test site, state media said, as leader Kim Jong Un prepares for summits with South Korea and the United States.",
"The decision was adopted at a meeting of the ruling Workers' Party's Central Committee on Friday, the Korean Central News Agency reported. Kim told the meeting that the country had completed the development of its nuclear weapons, so there was no longer any need for nuclear tests or ICBM test-firing, according to KCNA. The northern test site had finished its mission, he said.",
"The party said the country would shift its focus to building the economy, and that it would never use nuclear weapons unless there was a nuclear threat or provocation against it.",
"U.S. President Donald Trump welcomed the announcement on Twitter, calling it very good news for North Korea and the world. South Korea's presidential office said it was meaningful progress toward the denuclearisation of the Korean peninsula."]),

("h06", "Ridgeway News Service", "2018-05-08T20:30:00Z", "Trump pulls U.S. out of Iran nuclear deal; Rouhani says Iran will stay for now", [
"President Donald Trump said on Tuesday that the United States was withdrawing from the 2015 nuclear agreement with Iran and would reimpose the sanctions it had lifted under the accord, calling the deal defective at its core.",
"Trump said the agreement had failed to stop Iran's ballistic missile programme or its support for militant groups, and that its limits on nuclear work expired too soon. He said Washington would institute the highest level of economic sanctions, and warned that any nation helping Iran in its quest for nuclear weapons could also be strongly sanctioned.",
"Iranian President Hassan Rouhani said in a televised response that Iran would for now remain committed to the deal with the other signatories, Britain, France, Germany, Russia and China, if they could guarantee Iran's interests within weeks. If not, he said, he had told the Atomic Energy Organization of Iran to be ready to resume industrial enrichment without any limits.",
"Britain, France and Germany said they regretted the decision and would remain in the agreement."]),

("h07", "Capitol Ridge Wire", "2018-05-10T17:00:00Z", "Trump says summit with Kim set for June 12 in Singapore", [
"President Donald Trump said on Thursday that his meeting with North Korean leader Kim Jong Un would take place in Singapore on June 12, hours after welcoming home three Americans freed by Pyongyang.",
"Trump wrote on Twitter that both sides would try to make it a very special moment for world peace. He had earlier floated holding the meeting in the demilitarised zone between the two Koreas.",
"The three men, Kim Dong Chul, Tony Kim and Kim Hak Song, landed at Joint Base Andrews outside Washington in the early hours with Secretary of State Mike Pompeo, who had met Kim Jong Un in Pyongyang during the visit. Trump thanked Kim for releasing them and said he believed the North Korean leader wanted to bring the country into the real world.",
"North Korea did not immediately comment on the date. Singapore's foreign ministry said it was pleased to host the meeting and hoped it would advance prospects for peace on the Korean peninsula."]),

("h08", "Capitol Ridge Wire", "2018-05-24T16:00:00Z", "Trump calls off Singapore summit with Kim", [
"President Donald Trump on Thursday cancelled his planned June 12 summit with North Korean leader Kim Jong Un, citing what he called the tremendous anger and open hostility in a recent North Korean statement.",
"In a letter to Kim released by the White House, Trump said it would be inappropriate, at this time, to hold the long-planned meeting. He wrote that he had felt a wonderful dialogue was building up between the two men, and that if Kim changed his mind about having the summit he should not hesitate to call or write.",
"The cancellation came hours after North Korea said it had demolished its nuclear test site at Punggye-ri in front of foreign journalists, and a day after Vice Foreign Minister Choe Son Hui called Vice President Mike Pence a political dummy and warned of a nuclear showdown.",
"Trump later told reporters the military was ready if North Korea took any foolish or reckless action, but said it was possible that the existing summit could still take place, or a summit at a later date."]),

("h09", "Capitol Ridge Wire", "2018-06-21T03:00:00Z", "Trump says North Korea has sent back remains of 200 U.S. war dead", [
"President Donald Trump told supporters at a rally in Duluth, Minnesota, on Wednesday that North Korea had already returned the remains of 200 American servicemen killed in the 1950-53 Korean War, one of the commitments made at his summit with Kim Jong Un last week.",
"\"Today, already 200 have been sent back,\" Trump said of the remains, adding that North Korea had stopped its missile launches and nuclear testing and had blown up a test site. He said he had given up nothing in Singapore except a meeting.",
"U.S. military officials could not confirm that any remains had been handed over. A defence official, speaking on condition of anonymity, said preparations were under way to receive them and that wooden transit cases had been sent to the demilitarised zone, but that no date had been set.",
"At the June 12 summit in Singapore, Kim committed to work toward the complete denuclearisation of the Korean peninsula and to the immediate repatriation of remains already identified, according to their joint statement. In April, North Korea said it no longer needed to conduct nuclear or long-range missile tests."]),

("h10", "Kestrel Wire", "2018-07-27T09:00:00Z", "North Korea hands over 55 cases of suspected U.S. war remains", [
"North Korea handed over 55 cases of what are believed to be the remains of American soldiers killed in the Korean War on Friday, the first such transfer in more than a decade, fulfilling part of the agreement reached at last month's summit in Singapore.",
"A U.S. Air Force cargo plane carried the cases from the North Korean port city of Wonsan to Osan Air Base in South Korea, where they were received by an honour guard, the U.S. military said. The White House said in a statement that the handover was a significant first step toward recovering the remains of some 5,300 Americans who never returned from the North, and thanked Kim Jong Un for following through on his commitment.",
"Officials said it could take months or years to identify the remains, and that there was no guarantee each case held the remains of a single individual, or of Americans at all. A formal repatriation ceremony is planned at Osan next week.",
"In June, President Donald Trump had said 200 sets of remains had already been sent back, a figure officials were unable to support at the time."]),

("h11", "Silverbirch Press", "2018-09-05T16:00:00Z", "Britain charges two Russians over Skripal attack, says they are GRU officers", [
"British prosecutors on Wednesday charged two Russian men with the attempted murder of former spy Sergei Skripal and his daughter Yulia, and Prime Minister Theresa May said the suspects were officers of Russia's GRU military intelligence service.",
"The men, who travelled on passports in the names of Alexander Petrov and Ruslan Boshirov, flew into Gatwick airport from Moscow on March 2 and were caught on camera in Salisbury on March 3 and 4, police said. Police believe the names are aliases. The Crown Prosecution Service said it would not seek their extradition, since Russia does not extradite its citizens, but had obtained a European arrest warrant.",
"May told parliament the operation was almost certainly approved at a senior level of the Russian state, and was not a rogue act.",
"Foreign Ministry spokeswoman Maria Zakharova said the names and photographs published by Britain meant nothing to Moscow, and urged London to cooperate through law enforcement channels instead of making public accusations. Kremlin aide Yury Ushakov said the names meant nothing to him personally either."]),

("h12", "Lantern Bay Post", "2018-09-13T15:00:00Z", "Putin says Skripal suspects are civilians; men tell RT they were tourists", [
"President Vladimir Putin said on Wednesday that Russia had identified the two men Britain accuses of poisoning Sergei Skripal and that they were civilians, not criminals, and urged them to come forward.",
"\"We know who they are, we have found them,\" Putin told an economic forum in Vladivostok. \"There is nothing special or criminal about it, I assure you.\" He said he hoped the men would speak to the media themselves.",
"A day later, two men who gave their names as Alexander Petrov and Ruslan Boshirov told the state-funded broadcaster RT that they had visited Salisbury as tourists, hoping to see its famous cathedral with its 123-metre spire. They said they worked in the sports nutrition business, denied having anything to do with the GRU and said they had never handled any nerve agent.",
"Britain dismissed the interview. A spokesman for May said it was an insult to the public's intelligence and that the government was clear the men were GRU officers."]),

("h13", "Marlow Street Report", "2018-09-26T17:00:00Z", "Investigators name Skripal suspect 'Boshirov' as decorated GRU colonel", [
"One of the two men charged by Britain over the Salisbury nerve agent attack is a decorated colonel in Russian military intelligence named Anatoliy Chepiga, the investigative website Bellingcat and its Russian partner The Insider reported on Wednesday.",
"The report, based on leaked passport files, military academy records and photographs, said the man who travelled as Ruslan Boshirov had been awarded the Hero of the Russian Federation, the country's highest honour, in 2014. It said he was a serving GRU officer who had taken part in operations in Chechnya and Ukraine.",
"Kremlin spokesman Dmitry Peskov declined to comment on the findings, saying the Kremlin was not in a position to verify such investigations. Asked about the award, he said the Kremlin had no information on it.",
"The account contradicts the men's televised claims that they were sports nutrition entrepreneurs who went to Salisbury to admire the cathedral. The British government did not confirm the identification, saying it would not comment on intelligence matters."]),

("h14", "Ridgeway News Service", "2019-02-28T09:30:00Z", "Trump-Kim summit collapses in Hanoi over sanctions", [
"A second summit between U.S. President Donald Trump and North Korean leader Kim Jong Un ended abruptly in Hanoi on Thursday without an agreement, after the two sides failed to bridge differences over sanctions and the scope of denuclearisation.",
"Trump told a news conference that North Korea had wanted the sanctions lifted in their entirety in exchange for dismantling only part of its nuclear programme. \"Sometimes you have to walk, and this was just one of those times,\" he said. Secretary of State Mike Pompeo said Washington had asked Pyongyang to do more than close its Yongbyon complex.",
"Trump said Kim had promised not to resume nuclear and missile testing, and that relations between the two remained warm. No date was set for a third meeting.",
"A planned working lunch and signing ceremony were cancelled, and the two leaders' motorcades left the Metropole hotel hours earlier than scheduled."]),

("h15", "Kestrel Wire", "2019-02-28T18:30:00Z", "North Korea says it sought only partial sanctions relief in Hanoi", [
"North Korea asked for only a partial lifting of United Nations sanctions at its summit with the United States, not their complete removal, Foreign Minister Ri Yong Ho said at a rare midnight news conference in Hanoi, disputing President Donald Trump's account of why the talks collapsed.",
"Ri said Pyongyang had sought the removal of five of the 11 Security Council resolutions imposed in 2016 and 2017, and only the parts that hurt the civilian economy and people's livelihoods. In return, he said, North Korea had offered to permanently dismantle all nuclear material production facilities at Yongbyon, including plutonium and uranium plants, in the presence of U.S. experts.",
"North Korea had also offered to put in writing a permanent halt to nuclear and long-range rocket tests, Ri said. Its position would never change even if Washington proposed further talks, he said.",
"Vice Foreign Minister Choe Son Hui told reporters that Kim Jong Un might lose his will to pursue a deal after seeing how the U.S. side had behaved."]),

("h16", "Harborline Wire", "2019-05-08T10:00:00Z", "Iran scales back nuclear deal commitments, sets 60-day deadline", [
"Iran said on Wednesday it would stop observing some of the limits set by the 2015 nuclear deal, exactly a year after the United States walked out of the agreement, and gave the remaining signatories 60 days to protect its oil and banking sectors from U.S. sanctions.",
"President Hassan Rouhani said in a televised speech that Iran would no longer sell its surplus enriched uranium and heavy water abroad, as the deal requires to keep its stockpiles within limits of 300 kilograms of uranium hexafluoride and 130 tonnes of heavy water. If the other parties did not deliver within 60 days, Iran would also stop respecting the cap on the level of enrichment, he said.",
"Rouhani said Iran was not leaving the deal and that the steps were reversible. \"We are ready to negotiate within the framework of the deal,\" he said.",
"Washington responded with new sanctions on Iran's iron, steel, aluminium and copper sectors. European governments urged Tehran to stick to the agreement."]),

("h17", "Ridgeway News Service", "2019-07-08T12:00:00Z", "Iran says it has raised uranium enrichment beyond deal's cap", [
"Iran has enriched uranium to about 4.5 percent purity, above the 3.67 percent limit set by its 2015 nuclear deal with world powers, a spokesman for the country's atomic energy agency said on Monday.",
"Behrouz Kamalvandi said the new level was sufficient for the fuel needs of Iran's power plants, and that Tehran could go further if necessary. Iranian officials had announced on Sunday, when the 60-day deadline set in May ran out, that enrichment would exceed the cap within hours. The International Atomic Energy Agency said its inspectors had verified the higher level.",
"A week earlier, the IAEA confirmed that Iran's stock of low-enriched uranium had surpassed the deal's ceiling. Diplomats put the stockpile at about 205 kg of uranium, against a limit of 202.8 kg, the uranium content of 300 kg of uranium hexafluoride.",
"Foreign Minister Mohammad Javad Zarif said the steps were allowed under the deal's dispute mechanism and could be reversed if Europe found a way to let Iran sell its oil. U.S. President Donald Trump warned Iran to be careful."]),

("h18", "Kestrel Wire", "2020-01-01T02:00:00Z", "Kim says North Korea no longer bound by test freeze, promises new weapon", [
"North Korean leader Kim Jong Un said his country no longer had any reason to keep its self-imposed halt on nuclear and long-range missile tests, and that the world would soon witness a new strategic weapon, state media reported on Wednesday.",
"Speaking at a four-day meeting of the ruling party's Central Committee, Kim accused the United States of dragging out talks while keeping up sanctions and joint military drills, KCNA said. There was no ground for North Korea to remain unilaterally bound by its commitment while Washington had not reciprocated, he said.",
"Kim said the scope and depth of North Korea's deterrent would be coordinated depending on the future attitude of the United States, leaving open a return to diplomacy. He did not say explicitly that testing would resume.",
"In Florida, U.S. President Donald Trump said Kim had signed a contract about denuclearisation in Singapore and that he believed Kim was a man of his word."]),

("h19", "Lantern Bay Post", "2020-01-11T15:00:00Z", "Putin says any Russians fighting in Libya are not paid by the state", [
"President Vladimir Putin said on Saturday that any Russian citizens fighting in Libya did not represent the Russian state and were not paid by it, responding to a question about mercenaries from the Wagner Group.",
"\"If there are Russian citizens there, they do not represent the interests of the Russian state and do not receive money from the Russian state,\" Putin told a news conference in Moscow with German Chancellor Angela Merkel. He said Libya had drawn fighters from many countries, including some who had earlier been in Syria's Idlib province.",
"Western governments and Turkey have accused the Wagner Group, which is linked to businessman Yevgeny Prigozhin, of fighting alongside the forces of eastern commander Khalifa Haftar. The Kremlin has repeatedly denied that it uses private military contractors abroad.",
"Merkel said Germany would soon send out invitations to a peace conference on Libya in Berlin, and both leaders urged the warring sides to respect a ceasefire due to take effect on Sunday."]),

("h20", "Ferryport Bulletin", "2021-01-30T10:00:00Z", "Myanmar army pledges to abide by constitution amid coup fears", [
"Myanmar's military said on Saturday it would protect and abide by the constitution and act in line with the law, seeking to calm fears that it was preparing to seize power after disputing the result of November's election.",
"In a statement, the office of the commander-in-chief said some organisations and media had misinterpreted a speech in which Senior General Min Aung Hlaing told officers that the 2008 constitution could be revoked if its laws were not followed. \"The Tatmadaw is protecting the 2008 constitution and will act according to the law,\" it said.",
"On Tuesday, military spokesman Major General Zaw Min Tun had refused to rule out a coup, saying the army had found some 8.6 million irregularities in voter lists. The election commission has rejected the fraud claims.",
"Aung San Suu Kyi's National League for Democracy, which won the vote in a landslide, called the statement a suitable explanation. The new parliament is due to convene on Monday. More than a dozen embassies and the United Nations voiced concern on Friday about a possible military takeover."]),

("h21", "Ferryport Bulletin", "2021-02-01T04:00:00Z", "Myanmar military seizes power, detains Suu Kyi, declares year-long emergency", [
"Myanmar's military seized power on Monday in a coup against the elected government of Aung San Suu Kyi, detaining her and other leaders of her party in early-morning raids hours before the new parliament was due to meet.",
"In a statement broadcast on its Myawaddy television station, the military said it was declaring a state of emergency for one year and handing power to commander-in-chief Min Aung Hlaing. It cited the election commission's failure to address its complaints of fraud in the November vote. Vice President Myint Swe, a former general, was named acting president.",
"The military said it would hold a free and fair multi-party election once the emergency was over and hand power to the winner.",
"Phone and internet connections were cut in the capital Naypyitaw and in Yangon, and soldiers took up positions outside the city hall in Yangon. The United States said it opposed any attempt to alter the outcome of the election and would take action if the steps were not reversed."]),

("h22", "Cobblestone Financial Wire", "2021-03-18T12:00:00Z", "Turkish central bank delivers bigger-than-expected hike to 19%", [
"Turkey's central bank raised its benchmark one-week repo rate by 200 basis points to 19 percent on Thursday, twice the increase economists had expected, to counter inflation that climbed to 15.6 percent last month.",
"The bank said it had decided on front-loaded and strong additional monetary tightening because of upside risks to the inflation outlook. It said a tight policy stance would be maintained decisively for an extended period, and that further tightening would be delivered if needed.",
"The decision was the third increase since Governor Naci Agbal took office in November with a pledge to restore the bank's credibility. The lira strengthened almost 3 percent against the dollar after the announcement.",
"President Tayyip Erdogan, who holds the unorthodox view that high interest rates cause inflation, has repeatedly called for lower borrowing costs."]),

("h23", "Harborline Wire", "2021-04-13T06:00:00Z", "Japan to release treated Fukushima water into the sea; China objects", [
"Japan's government decided on Tuesday to release more than 1.25 million tonnes of treated water from the wrecked Fukushima Daiichi nuclear plant into the Pacific Ocean, with discharges expected to begin in about two years.",
"Prime Minister Yoshihide Suga said the release was unavoidable to complete the decommissioning of the plant, and that the government would take every step to ensure the water's safety and to counter reputational damage to fisheries. The water, which is stored in more than 1,000 tanks at the site, will be filtered and diluted so that tritium falls to one-fortieth of the national safety standard.",
"The government said it stood by a 2015 pledge that the water would not be disposed of without the understanding of those concerned, including local fishermen, who said they remained firmly opposed.",
"China's foreign ministry called the decision extremely irresponsible and said Japan should not release the water without consulting neighbouring countries and the International Atomic Energy Agency. The United States said Japan had been transparent about its decision."]),

("h24", "Ferryport Bulletin", "2021-08-01T09:00:00Z", "Myanmar junta chief names himself prime minister, promises election by 2023", [
"Myanmar's military ruler Min Aung Hlaing declared himself prime minister of a caretaker government on Sunday and said elections would be held by August 2023, extending the military's rule well beyond the one year it announced when it seized power six months ago.",
"In a televised address, the senior general said the state of emergency would be lifted and multi-party elections held by August 2023, and that the military was ready to work with any regional envoy named by the Association of Southeast Asian Nations. The council the military set up after the coup was renamed a caretaker government, state media said.",
"He again accused Aung San Suu Kyi's party of winning the November election through fraud, and blamed opponents of the military for the violence. More than 900 people have been killed by security forces since the coup, according to a local monitoring group, the Assistance Association for Political Prisoners."]),

("h25", "Cobblestone Financial Wire", "2021-09-23T12:00:00Z", "Turkey's central bank unexpectedly cuts rates despite near-20% inflation", [
"Turkey's central bank cut its policy rate by 100 basis points to 18 percent on Thursday, surprising markets that had expected it to hold as annual inflation ran at 19.25 percent, and sending the lira to a record low of around 8.9 per dollar.",
"The bank, led since March by Governor Sahap Kavcioglu, said the tightening stance had begun to have a stronger than expected effect on loans, and that it had decided to lower the rate to reflect a decline in core inflation. Kavcioglu was appointed after President Tayyip Erdogan dismissed his predecessor, Naci Agbal, two days after a sharp rate rise in March.",
"Erdogan, who argues that high borrowing costs fuel inflation, has long pressed the bank for cuts.",
"Analysts said the move pushed the real interest rate below zero and raised new doubts about the bank's independence. Several economists said they expected further easing before the end of the year, which could put more pressure on the currency."]),
]

DOCS += [
("h26", "Cobblestone Financial Wire", "2022-10-08T15:00:00Z", "Erdogan vows interest rates will keep falling as long as he is in power", [
"President Tayyip Erdogan promised on Saturday that interest rates in Turkey would keep coming down as long as he remained in office, days after annual inflation hit a 24-year high of 83 percent.",
"\"As long as this brother of yours is in this seat, interest rates will fall with each passing day, week and month,\" Erdogan told a ceremony in the western province of Balikesir. He urged investors to borrow from state banks, and said nobody should advise Turkey on the matter.",
"The central bank has cut its policy rate by 200 basis points since August, to 12 percent, in line with Erdogan's view that lower borrowing costs will eventually bring prices down. Erdogan said last month he wanted the rate in single digits by the end of the year.",
"The lira, which lost 44 percent of its value against the dollar last year, has fallen by more than a quarter so far this year. Turkey holds presidential and parliamentary elections by June next year."]),

("h27", "Summit Ledger", "2022-11-07T19:00:00Z", "FTX chief says exchange is fine as Binance moves to dump FTT token", [
"FTX founder Sam Bankman-Fried said on Monday that his cryptocurrency exchange was fine and had enough assets to cover all client holdings, after rival Binance said it would sell its holdings of FTX's token, FTT, sparking a rush of withdrawals.",
"\"FTX is fine. Assets are fine,\" Bankman-Fried wrote on Twitter. He said FTX did not invest client assets, even in Treasuries, and that it had been processing all withdrawals and would continue to do so. He said a competitor was trying to go after the exchange with false rumours.",
"Binance chief executive Changpeng Zhao said on Sunday that his exchange would liquidate its remaining FTT, citing recent revelations. That was taken as a reference to a CoinDesk report that much of the balance sheet of Alameda Research, a trading firm also owned by Bankman-Fried, consisted of the token.",
"FTT fell about 10 percent on Monday, and data from blockchain analysts showed large amounts of stablecoins leaving the exchange."]),

("h28", "Summit Ledger", "2022-11-08T18:00:00Z", "Binance agrees to rescue FTX after liquidity crunch", [
"Binance has agreed to buy the non-U.S. business of rival FTX to rescue it from a liquidity crunch, the two companies' founders said on Tuesday, a dramatic turn a day after FTX's chief executive said all was well.",
"Sam Bankman-Fried said on Twitter that FTX had come to an agreement on a strategic transaction with Binance and that its teams were working to clear a backlog of withdrawals, which FTX had halted earlier in the day. He said user funds would be covered one-to-one.",
"Binance's Changpeng Zhao said the two sides had signed a non-binding letter of intent, that Binance would carry out due diligence in the coming days, and that it had the discretion to pull out of the deal at any time. There was a lot to cover and it would take some time, he wrote.",
"FTT lost roughly three-quarters of its value on Tuesday, and bitcoin fell to a two-year low."]),

("h29", "Summit Ledger", "2022-11-09T22:00:00Z", "Binance walks away from FTX deal; Bankman-Fried tells investors of $8 billion hole", [
"Binance said on Wednesday it would not go ahead with its proposed takeover of FTX, leaving the crypto exchange scrambling for emergency funds, as Sam Bankman-Fried told investors that FTX faced a shortfall of up to $8 billion.",
"Binance said its corporate due diligence, together with news reports about mishandled customer funds and alleged investigations by U.S. agencies, meant it would not pursue the acquisition. It had hoped to support FTX's customers, but the issues were beyond its control or ability to help, it said.",
"Bankman-Fried told investors on a call that FTX needed emergency funding to cover withdrawal requests and that without it the exchange would have to file for bankruptcy, according to a person familiar with the call. He said he was trying to raise money in the form of debt, equity or a combination of the two.",
"The U.S. Securities and Exchange Commission and the Commodity Futures Trading Commission are looking into how FTX handled customer funds, according to people familiar with the matter."]),

("h30", "Summit Ledger", "2022-11-11T16:00:00Z", "FTX files for bankruptcy; Bankman-Fried resigns", [
"FTX filed for bankruptcy protection in the United States on Friday and Sam Bankman-Fried stepped down as chief executive, days after a rush of customer withdrawals left the cryptocurrency exchange unable to meet demands.",
"FTX Trading, the trading firm Alameda Research and about 130 affiliated companies began Chapter 11 proceedings in Delaware, the company said. Restructuring specialist John J. Ray III, who oversaw the liquidation of Enron, replaced Bankman-Fried. The filing listed more than 100,000 creditors and estimated liabilities of $10 billion to $50 billion.",
"Bankman-Fried said on Twitter he was really sorry that things had come to this and that he hoped to bring back some transparency and trust. A day earlier he had apologised, saying he had messed up and should have done better.",
"Ray said the relief of Chapter 11 was appropriate to give the group a chance to assess its situation and maximise recoveries for stakeholders."]),

("h31", "Cobblestone Financial Wire", "2022-12-02T14:00:00Z", "Credit Suisse chairman says client outflows have basically stopped", [
"Credit Suisse Chairman Axel Lehmann said on Friday that the heavy client withdrawals that hit the bank in October had basically stopped, lifting its shares by as much as 10 percent.",
"Speaking to Bloomberg Television, Lehmann said he was confident clients would return if the bank did its job well, and that very few had left altogether even if they had moved some money. A day earlier, he told a Financial Times conference that the outflows had completely flattened out and were partially reversing.",
"Credit Suisse said last month that clients had withdrawn about 6 percent of its assets under management in the first weeks of October, amid social media rumours about its health. It is raising about 4 billion francs of new capital from shareholders, including the Saudi National Bank, to fund a restructuring that will shrink its investment bank.",
"The bank has said it expects a pre-tax loss of up to 1.5 billion francs in the fourth quarter."]),

("h32", "Capitol Ridge Wire", "2023-02-02T23:30:00Z", "Pentagon says it is tracking Chinese spy balloon over the U.S.", [
"The United States is tracking a Chinese high-altitude surveillance balloon that has been flying over the continental United States for the past couple of days, the Pentagon said on Thursday.",
"Pentagon press secretary Brigadier General Patrick Ryder said the balloon was flying well above commercial air traffic and did not present a military or physical threat to people on the ground. A senior defence official said it had been spotted over Montana, home to one of the country's three nuclear missile silo fields, and that Washington was very confident it belonged to China.",
"President Joe Biden asked for military options, the official said, but commanders advised against shooting it down over land because of the risk to people from falling debris. The official said the balloon offered limited added value for intelligence gathering compared with Chinese spy satellites.",
"The U.S. government had raised the matter with Chinese officials through multiple channels, the official said."]),

("h33", "Northgate Courier", "2023-02-03T21:00:00Z", "China says balloon over U.S. is civilian airship blown off course", [
"China said on Friday that a balloon spotted over the United States was a civilian airship used mainly for weather research that had been blown off course, and expressed regret that it had strayed into U.S. airspace.",
"The airship, affected by westerly winds and with only limited ability to steer itself, had deviated far from its planned route, the foreign ministry said in a statement. It said China regrets the unintended entry of the airship into U.S. airspace due to force majeure, and would keep communicating with Washington to handle the unexpected situation properly.",
"Earlier in the day, ministry spokeswoman Mao Ning told reporters that China was checking the facts, and that it had no intention of violating any country's territory or airspace.",
"Hours later Secretary of State Antony Blinken postponed a trip to Beijing that had been due to start on Sunday. A senior State Department official said the balloon's presence was a clear violation of U.S. sovereignty and international law."]),

("h34", "Capitol Ridge Wire", "2023-02-05T04:00:00Z", "U.S. shoots down Chinese balloon off Carolina coast; Beijing protests", [
"A U.S. fighter jet shot down a suspected Chinese surveillance balloon off the coast of South Carolina on Saturday, after it had crossed the continental United States for several days, and China responded with a formal protest.",
"An F-22 fired a single missile at the balloon at an altitude of about 60,000 to 65,000 feet over U.S. territorial waters, defence officials said. Defense Secretary Lloyd Austin said the balloon was being used by China in an attempt to surveil strategic sites, and President Joe Biden said he had ordered it downed as soon as that could be done without harming anyone on the ground. The Navy is recovering debris from shallow water.",
"China's foreign ministry expressed strong dissatisfaction and protest over the use of force against a civilian unmanned airship, calling it a clear overreaction and a serious violation of international practice. It said China reserved the right to respond further.",
"Officials said Chinese balloons had briefly crossed the United States at least three times during the previous administration, and once earlier in Biden's term."]),

("h35", "Eastbank Dispatch", "2023-02-08T15:00:00Z", "Journalist Hersh says U.S. Navy divers blew up Nord Stream pipelines", [
"U.S. Navy divers planted the explosives that destroyed the Nord Stream gas pipelines last September, acting on orders from President Joe Biden, investigative journalist Seymour Hersh reported on Wednesday, citing a single anonymous source with direct knowledge of the planning.",
"In an article published on the Substack platform, Hersh wrote that the divers placed the charges in June 2022 under cover of a NATO exercise in the Baltic Sea known as BALTOPS 22, and that the devices were set off three months later by a signal from a sonar buoy dropped by a Norwegian navy plane. He wrote that the decision followed months of secret debate within Washington's national security team.",
"The report recalled Biden's remark in February 2022 that if Russia invaded Ukraine there would no longer be a Nord Stream 2, and that the United States would bring an end to it.",
"Explosions ruptured three of the four Nord Stream lines near the Danish island of Bornholm on Sept. 26. Germany, Sweden and Denmark are investigating. Russia has blamed the West."]),

("h36", "Capitol Ridge Wire", "2023-02-08T22:30:00Z", "White House, CIA reject Hersh report on Nord Stream", [
"The White House on Wednesday dismissed as false a report by journalist Seymour Hersh that the United States was behind the explosions that damaged the Nord Stream gas pipelines.",
"\"This is utterly false and complete fiction,\" National Security Council spokeswoman Adrienne Watson said in an emailed statement. A CIA spokeswoman, Tammy Thorp, said the claim was completely and utterly false.",
"Russia's foreign ministry said Washington must answer the report's allegations, and Moscow renewed its call for an international investigation into the blasts, accusing Western governments of hiding who was responsible.",
"Hersh, 85, won a Pulitzer Prize in 1970 for his reporting on the My Lai massacre in Vietnam. His account relied on one unnamed source and has not been independently confirmed. Investigators in Germany, Sweden and Denmark have not said who they believe carried out the attack."]),

("h37", "Marlow Street Report", "2023-02-09T07:00:00Z", "Credit Suisse posts biggest loss since 2008 after 110 billion francs of outflows", [
"Credit Suisse reported on Thursday a net loss of 7.3 billion francs for 2022, its largest since the 2008 financial crisis, and said clients had pulled 110.5 billion francs of assets in the fourth quarter, more than analysts had expected.",
"The bank said outflows had been heaviest in October and had since fallen to much lower levels, but had not yet reversed. Chief Executive Ulrich Koerner told reporters he was convinced the bank was on the right path, and warned of another substantial loss in 2023.",
"Credit Suisse said its full annual report would be published on March 9. Its shares fell about 15 percent in Zurich.",
"In December, Chairman Axel Lehmann had said the withdrawals had basically stopped, comments that helped the shares rally at the time."]),

("h38", "Eastbank Dispatch", "2023-03-08T10:00:00Z", "U.S. officials point to pro-Ukrainian group in Nord Stream attack, report says", [
"New intelligence reviewed by U.S. officials suggests that a pro-Ukrainian group carried out the attack on the Nord Stream pipelines, The New York Times reported on Tuesday, though the officials said there was no evidence that President Volodymyr Zelenskiy or his top aides were involved.",
"The officials told the newspaper that the saboteurs were most likely Ukrainian or Russian nationals, or a mix of both, and that no U.S. or British nationals had taken part. They said they had not reached firm conclusions. German media, including Die Zeit, reported that investigators had traced a yacht rented by a Poland-based company owned by two Ukrainians, which a team of six may have used.",
"Ukrainian presidential adviser Mykhailo Podolyak said Kyiv had nothing to do with the attack. Kremlin spokesman Dmitry Peskov said the reports looked like a coordinated attempt to divert attention, and repeated Moscow's call for an international inquiry.",
"The White House last month rejected a report by journalist Seymour Hersh that U.S. Navy divers had planted the explosives."]),

("h39", "Marlow Street Report", "2023-03-09T09:00:00Z", "Credit Suisse delays annual report after late SEC call", [
"Credit Suisse said on Thursday it had postponed the publication of its 2022 annual report, which had been due out that day, after a last-minute call from the U.S. Securities and Exchange Commission about earlier financial statements.",
"The bank said the SEC had called late on Wednesday to raise open questions about the technical assessment of revisions to its cash flow statements for 2019 and 2020, and related controls. Management believed it was prudent to delay the report briefly to understand the comments better, it said, adding that the 2022 results it published last month were not affected.",
"It did not give a new date. The shares fell as much as 6 percent, close to a record low.",
"Analysts said the delay would not help a bank trying to win back trust after clients withdrew more than 110 billion francs in the last quarter of 2022."]),

("h40", "Marlow Street Report", "2023-03-15T21:30:00Z", "Swiss authorities say Credit Suisse meets capital rules after share rout", [
"Switzerland's central bank and financial regulator said late on Wednesday that Credit Suisse met the capital and liquidity requirements imposed on systemically important banks, and that the central bank would provide liquidity if necessary, after the lender's shares closed down 24 percent.",
"The rout began after the chairman of Saudi National Bank, Credit Suisse's largest shareholder, said \"absolutely not\" when asked whether it would put in more money, citing regulatory limits on the size of its stake. On Tuesday Credit Suisse published its delayed annual report, which identified material weaknesses in its controls over financial reporting.",
"Chairman Axel Lehmann told a conference in Riyadh earlier on Wednesday that the bank had strong capital and liquidity ratios and that government assistance was not a topic.",
"The Swiss National Bank and the regulator FINMA said there were no indications of a direct risk of contagion from recent problems at U.S. banks to Swiss institutions. Credit Suisse shares had at one point fallen 30 percent during the day."]),

("h41", "Marlow Street Report", "2023-03-16T09:30:00Z", "Credit Suisse to borrow up to 50 billion francs from Swiss central bank", [
"Credit Suisse said early on Thursday it would borrow up to 50 billion Swiss francs ($54 billion) from the Swiss National Bank to shore up its liquidity, hours after its shares suffered a record fall.",
"The bank said it would exercise its option to borrow under a covered loan facility and a short-term liquidity facility, fully collateralised by high-quality assets. It also offered to buy back up to 3 billion francs of its debt. Credit Suisse said the steps amounted to decisive action to pre-emptively strengthen its liquidity.",
"Chief Executive Ulrich Koerner said the measures would give the bank the support it needed to continue its transformation toward a simpler, more focused institution.",
"The Swiss National Bank had said on Wednesday that it stood ready to provide liquidity to Credit Suisse if necessary. The shares rose as much as 40 percent in early trading in Zurich."]),

("h42", "Marlow Street Report", "2023-03-19T19:30:00Z", "UBS to buy Credit Suisse for 3 billion francs in state-backed rescue", [
"UBS agreed on Sunday to buy Credit Suisse for 3 billion Swiss francs ($3.25 billion) in a deal engineered by the Swiss government and regulators to prevent a collapse of the 167-year-old bank from spreading turmoil through the global financial system.",
"The government said it would guarantee up to 9 billion francs of potential losses on assets UBS takes over, and the Swiss National Bank said it would make up to 100 billion francs of liquidity assistance available. The regulator FINMA said about 16 billion francs of Credit Suisse's riskier Additional Tier 1 bonds would be written down to zero.",
"Finance Minister Karin Keller-Sutter said an uncontrolled collapse of Credit Suisse would have had incalculable consequences for Switzerland and the world, and that the takeover was the best solution for restoring confidence. The government used emergency law to let the deal go ahead without a shareholder vote.",
"Credit Suisse Chairman Axel Lehmann said the bank had been unable to stop the loss of confidence, and that under the circumstances the merger was the best available outcome."]),

("h43", "Cobblestone Financial Wire", "2023-06-22T12:30:00Z", "Turkey's central bank raises rates to 15% in policy U-turn", [
"Turkey's central bank raised its main interest rate to 15 percent from 8.5 percent on Thursday, its first hike in more than two years and the clearest sign yet that President Tayyip Erdogan has accepted a turn away from the low-rate policy he championed.",
"The decision, at the first meeting chaired by new Governor Hafize Gaye Erkan, was smaller than the increase to around 20 percent that economists had expected, and the lira slid more than 2 percent to a record low.",
"The bank said it would strengthen monetary tightening as much as needed, in a timely and gradual manner, until there was a significant improvement in the inflation outlook. Annual inflation stood at 39.6 percent in May.",
"After winning re-election last month, Erdogan appointed Erkan and brought back Mehmet Simsek, a former finance minister favoured by foreign investors, to run the economy. Simsek has said Turkey has no choice but to return to rational policies."]),

("h44", "Lantern Bay Post", "2023-06-24T09:00:00Z", "Putin vows punishment for 'treason' as Wagner mutiny spreads", [
"President Vladimir Putin accused Wagner mercenary chief Yevgeny Prigozhin of treason on Saturday and vowed that those behind an armed mutiny would be punished, as Wagner fighters took control of military sites in the southern city of Rostov-on-Don.",
"In a televised address, Putin called the uprising a stab in the back of Russia and its people. All those who had deliberately chosen the path of betrayal and armed rebellion would face inevitable punishment and would answer before the law, he said, adding that the army had been given the necessary orders.",
"Prigozhin launched his revolt late on Friday, claiming that the army had struck Wagner camps and killed many of his men. The defence ministry said the claim did not correspond to reality and was an informational provocation. The FSB security service opened a criminal case on charges of organising an armed mutiny, which carries a sentence of up to 20 years.",
"Authorities declared a counter-terrorism regime in Moscow, and troops set up checkpoints on the city's southern approaches."]),

("h45", "Lantern Bay Post", "2023-06-27T16:00:00Z", "Russia drops mutiny case against Prigozhin; Putin says state fully funded Wagner", [
"Russia's FSB security service said on Tuesday it had closed the criminal case against Wagner chief Yevgeny Prigozhin and his fighters over last weekend's armed mutiny, finding that they had stopped actions aimed at committing the crime.",
"The decision formalised a deal announced by the Kremlin on Saturday evening, under which Prigozhin would go to Belarus and the charges would be dropped in return for an end to Wagner's march on Moscow. Kremlin spokesman Dmitry Peskov said then that no Wagner fighter would face prosecution, in view of their service at the front.",
"Putin, meeting military personnel at the Kremlin, said the state had fully financed Wagner. From May 2022 to May 2023 alone, the government paid the group 86.262 billion roubles for salaries and bonuses, he said, while Prigozhin's catering company earned 80 billion roubles supplying food to the army. \"I hope nobody stole anything,\" Putin said, adding that the authorities would look into it.",
"The defence ministry said Wagner was preparing to hand its heavy weapons over to the army."]),

("h46", "Harborline Wire", "2023-08-22T06:00:00Z", "Japan to start releasing Fukushima water on Thursday", [
"Japan will begin releasing treated radioactive water from the wrecked Fukushima Daiichi nuclear plant into the Pacific Ocean on Thursday, if weather and sea conditions allow, Prime Minister Fumio Kishida said on Tuesday.",
"Kishida told a meeting of ministers that the government would take responsibility for the safety of the release even if it took decades, and would support fishermen against any damage to their reputation. Industry Minister Yasutoshi Nishimura said the government had obtained a certain level of understanding from the fishing industry.",
"The national federation of fisheries cooperatives said it still opposed the plan, and its head, Masanobu Sakamoto, said the federation's position had not changed. The water, now more than 1.34 million tonnes stored in tanks, will be diluted so that tritium levels are well below international standards. The International Atomic Energy Agency said last month that the plan was consistent with global safety standards.",
"China has called the plan selfish and has banned food imports from 10 Japanese prefectures."]),

("h47", "Harborline Wire", "2023-08-24T06:00:00Z", "Japan begins Fukushima water release; China bans all Japanese seafood", [
"Tokyo Electric Power began releasing treated radioactive water from the Fukushima Daiichi plant into the Pacific on Thursday afternoon, and China responded by suspending all imports of seafood from Japan.",
"The operator said the first round would discharge about 7,800 cubic metres over roughly 17 days, and that tests showed tritium concentrations in the diluted water far below its limit of 1,500 becquerels per litre. In all, the site holds more than 1.34 million tonnes of water, and releases are expected to take around 30 years.",
"China's customs agency said it was suspending imports of aquatic products originating in Japan to protect consumers. The foreign ministry said Japan had put its own interests above the well-being of people around the world, calling the release extremely selfish and irresponsible and referring to the water as nuclear-contaminated.",
"Japan's government said the discharge was safe and urged Beijing to lift the ban, calling it scientifically unfounded. Chief Cabinet Secretary Hirokazu Matsuno said Japan would keep explaining its case on a scientific basis."]),

("h48", "Eastbank Dispatch", "2023-08-24T15:00:00Z", "U.S. believes missile from inside Russia likely downed Prigozhin's plane, officials say", [
"The United States believes a surface-to-air missile fired from inside Russia likely brought down the plane presumed to be carrying Wagner chief Yevgeny Prigozhin, two U.S. officials told Reuters on Thursday, stressing that the information was preliminary and under review.",
"Russia's aviation authority said Prigozhin and his lieutenant Dmitry Utkin were among 10 people on the Embraer business jet that crashed north of Moscow on Wednesday evening, with no survivors. The crash came exactly two months after Wagner's mutiny.",
"Western leaders pointed to the Kremlin. President Joe Biden said there was not much that happened in Russia that Putin was not behind, while adding that he did not know for a fact what had happened. A Telegram channel linked to Wagner said the jet had been shot down by Russian air defences.",
"The Kremlin has not commented on the crash."]),

("h49", "Lantern Bay Post", "2023-08-24T22:00:00Z", "Pentagon sees no sign missile downed Prigozhin jet; Putin offers condolences", [
"The Pentagon said on Thursday it had no information to suggest that a surface-to-air missile brought down the plane believed to be carrying Yevgeny Prigozhin, contradicting earlier reports, but that its initial assessment was that the Wagner chief was likely killed.",
"Pentagon press secretary Brigadier General Patrick Ryder declined to give other details. U.S. officials told The Wall Street Journal that an explosion on board was among the possibilities being examined.",
"In his first comments on the crash, President Vladimir Putin offered condolences to the families of the victims and described Prigozhin as a man of complicated fate who had made serious mistakes in life but had also achieved results. He called him a talented businessman and said investigators would get to the bottom of what happened.",
"Putin said in June that the state had paid Wagner about 86 billion roubles in a single year."]),

("h50", "Eastbank Dispatch", "2023-08-25T12:00:00Z", "Kremlin calls claims it killed Prigozhin an 'absolute lie'", [
"The Kremlin on Friday dismissed as an absolute lie suggestions in the West that it was behind the plane crash that is presumed to have killed Wagner chief Yevgeny Prigozhin.",
"\"Of course, in the West these speculations are presented from a well-known angle,\" spokesman Dmitry Peskov told reporters, saying all of it was untrue. He said investigators had not yet established the cause, and that results would be published once the checks were finished.",
"Asked about confirming Prigozhin's death, Peskov said genetic tests were needed. He said there was no information yet on whether Putin would attend the funeral. Putin said on Thursday that Prigozhin was a person of difficult destiny who had made grave errors.",
"U.S. officials have said their preliminary assessment is that the crash was likely deliberate. Russia's Investigative Committee has opened a criminal case into violations of air safety rules."]),
]

STATEMENTS = {
"h01": [["iran", "enrichment at no more than 3.67"], ["iran", "cut its stockpile of low-enriched uranium"],
        ["iran", "allow inspectors of the International"], ["iran", "Iran would never seek a nuclear weapon"],
        ["iran", "the agreement opened a new chapter"], ["iran", "called it a win-win outcome"],
        ["united-states", "will lift nuclear-related sanctions once the"], ["united-states", "every pathway to a nuclear weapon"],
        ["united-states", "would hold up its side of"], ["united-states", "veto any legislation in Congress"]],
"h02": [["united-kingdom", "highly likely that Russia was responsible"], ["united-kingdom", "exposed to a military-grade nerve agent"],
        ["united-kingdom", "lost control of the agent"], ["united-kingdom", "demanded an explanation by the end"],
        ["united-kingdom", "Britain would conclude that the action"], ["russia", "a circus show in the British"],
        ["russia", "Russia had nothing to do with"], ["russia", "ready to help with any investigation"]],
"h03": [["united-kingdom", "no doubt that the nerve agent"], ["united-kingdom", "the laboratory held samples"],
        ["united-kingdom", "it was beyond question"], ["united-kingdom", "expelled 23 Russian diplomats"],
        ["russia", "ordering 23 British diplomats to leave"], ["russia", "neither the Soviet Union nor Russia"],
        ["russia", "accused London of refusing to share"]],
"h04": [["united-kingdom", "have not established where it was made"], ["united-kingdom", "We have not identified the precise source"],
        ["united-kingdom", "not the laboratory's job to say"], ["united-kingdom", "only within the capability of a"],
        ["united-kingdom", "rested on a wider intelligence picture"], ["russia", "showed Britain had no proof"],
        ["russia", "called for a special meeting of"]],
"h05": [["north-korea", "stop nuclear tests and intercontinental ballistic"], ["north-korea", "will close its nuclear test site"],
        ["north-korea", "no longer any need for nuclear"], ["north-korea", "test site had finished its mission"],
        ["north-korea", "shift its focus to building the"], ["north-korea", "never use nuclear weapons unless there"],
        ["united-states", "very good news for North Korea"]],
"h06": [["united-states", "withdrawing from the 2015 nuclear agreement"], ["united-states", "reimpose the sanctions it had lifted"],
        ["united-states", "defective at its core"], ["united-states", "the highest level of economic sanctions"],
        ["united-states", "could also be strongly sanctioned"], ["iran", "for now remain committed to the"],
        ["iran", "if they could guarantee Iran's interests"], ["iran", "resume industrial enrichment without any limits"]],
"h07": [["united-states", "take place in Singapore on June"], ["united-states", "make it a very special moment"],
        ["united-states", "thanked Kim for releasing them"], ["united-states", "wanted to bring the country into"]],
"h08": [["united-states", "cancelled his planned June 12 summit"], ["united-states", "inappropriate, at this time, to hold"],
        ["united-states", "should not hesitate to call or"], ["united-states", "military was ready if North Korea"],
        ["united-states", "summit could still take place"], ["north-korea", "demolished its nuclear test site"],
        ["north-korea", "a political dummy"], ["north-korea", "warned of a nuclear showdown"]],
"h09": [["united-states", "already returned the remains of 200"], ["united-states", "given up nothing in Singapore"],
        ["united-states", "could not confirm that any remains"], ["united-states", "no date had been set"],
        ["north-korea", "complete denuclearisation of the Korean peninsula"], ["north-korea", "immediate repatriation of remains already identified"]],
"h10": [["north-korea", "handed over 55 cases of what"], ["united-states", "handover was a significant first step"],
        ["united-states", "thanked Kim Jong Un for following"], ["united-states", "could take months or years to"],
        ["united-states", "no guarantee each case held"]],
"h11": [["united-kingdom", "charged two Russian men with the"], ["united-kingdom", "would not seek their extradition"],
        ["united-kingdom", "had obtained a European arrest warrant"], ["russia", "were officers of Russia's GRU military"],
        ["russia", "approved at a senior level of"], ["russia", "meant nothing to Moscow"],
        ["russia", "cooperate through law enforcement channels"], ["russia", "meant nothing to him personally"]],
"h12": [["russia", "they were civilians, not criminals"], ["russia", "We know who they are"],
        ["russia", "nothing special or criminal about it"], ["russia", "speak to the media themselves"],
        ["united-kingdom", "an insult to the public's intelligence"], ["united-kingdom", "the men were GRU officers"]],
"h13": [["russia", "a decorated colonel in Russian military intelligence"], ["russia", "a serving GRU officer who had"],
        ["russia", "declined to comment on the findings"], ["russia", "the Kremlin had no information"],
        ["united-kingdom", "would not comment on intelligence matters"]],
"h14": [["north-korea", "wanted the sanctions lifted in their entirety"], ["north-korea", "promised not to resume nuclear and"],
        ["united-states", "Sometimes you have to walk"], ["united-states", "asked Pyongyang to do more than"],
        ["united-states", "relations between the two remained warm"]],
"h15": [["north-korea", "only a partial lifting of United Nations"], ["north-korea", "five of the 11 Security Council"],
        ["north-korea", "permanently dismantle all nuclear material production"], ["north-korea", "put in writing a permanent halt"],
        ["north-korea", "position would never change"], ["north-korea", "might lose his will to pursue"]],
"h16": [["iran", "stop observing some of the limits"], ["iran", "no longer sell its surplus enriched"],
        ["iran", "stop respecting the cap on the"], ["iran", "Iran was not leaving the deal"],
        ["iran", "the steps were reversible"], ["iran", "ready to negotiate within the framework"],
        ["united-states", "new sanctions on Iran's iron, steel"]],
"h17": [["iran", "enriched uranium to about 4.5 percent"], ["iran", "sufficient for the fuel needs of"],
        ["iran", "could go further if necessary"], ["iran", "exceed the cap within hours"],
        ["iran", "allowed under the deal's dispute mechanism"], ["iran", "could be reversed if Europe found"],
        ["united-states", "warned Iran to be careful"]],
"h18": [["north-korea", "no longer had any reason to"], ["north-korea", "would soon witness a new strategic"],
        ["north-korea", "no ground for North Korea to"], ["north-korea", "coordinated depending on the future attitude"],
        ["north-korea", "accused the United States of dragging"], ["united-states", "signed a contract about denuclearisation"],
        ["united-states", "Kim was a man of his word"]],
"h19": [["russia", "do not represent the interests of"], ["russia", "do not receive money from the"],
        ["russia", "were not paid by it"], ["russia", "drawn fighters from many countries"],
        ["russia", "denied that it uses private military"]],
"h20": [["myanmar-military", "protect and abide by the constitution"], ["myanmar-military", "had misinterpreted a speech"],
        ["myanmar-military", "constitution could be revoked if its"], ["myanmar-military", "Tatmadaw is protecting the 2008 constitution"],
        ["myanmar-military", "refused to rule out a coup"], ["myanmar-military", "8.6 million irregularities in voter lists"]],
"h21": [["myanmar-military", "seized power on Monday in a coup"], ["myanmar-military", "a state of emergency for one"],
        ["myanmar-military", "handing power to commander-in-chief"], ["myanmar-military", "failure to address its complaints of"],
        ["myanmar-military", "hold a free and fair multi-party"], ["myanmar-military", "hand power to the winner"],
        ["united-states", "opposed any attempt to alter the"], ["united-states", "would take action if the steps"]],
"h22": [["turkey", "raised its benchmark one-week repo rate"], ["turkey", "front-loaded and strong additional monetary tightening"],
        ["turkey", "maintained decisively for an extended period"], ["turkey", "further tightening would be delivered if"],
        ["turkey", "restore the bank's credibility"]],
"h23": [["japan", "release more than 1.25 million tonnes"], ["japan", "begin in about two years"],
        ["japan", "the release was unavoidable"], ["japan", "take every step to ensure"],
        ["japan", "one-fortieth of the national safety standard"], ["japan", "stood by a 2015 pledge"],
        ["japan", "without the understanding of those concerned"], ["china", "called the decision extremely irresponsible"],
        ["china", "should not release the water without"], ["united-states", "Japan had been transparent about"]],
"h24": [["myanmar-military", "declared himself prime minister of a"], ["myanmar-military", "elections would be held by August"],
        ["myanmar-military", "multi-party elections held by August 2023"], ["myanmar-military", "ready to work with any regional"],
        ["myanmar-military", "winning the November election through fraud"], ["myanmar-military", "blamed opponents of the military"]],
"h25": [["turkey", "cut its policy rate by 100"], ["turkey", "tightening stance had begun to have"],
        ["turkey", "decided to lower the rate to"]],
"h26": [["turkey", "keep coming down as long as"], ["turkey", "interest rates will fall with each"],
        ["turkey", "urged investors to borrow from state"], ["turkey", "nobody should advise Turkey on"],
        ["turkey", "wanted the rate in single digits"]],
"h27": [["ftx", "Assets are fine"], ["ftx", "enough assets to cover all client"],
        ["ftx", "did not invest client assets"], ["ftx", "processing all withdrawals and would continue"],
        ["ftx", "go after the exchange with false"]],
"h28": [["ftx", "rescue it from a liquidity crunch"], ["ftx", "agreement on a strategic transaction with"],
        ["ftx", "clear a backlog of withdrawals"], ["ftx", "FTX had halted earlier in the day"],
        ["ftx", "user funds would be covered one-to-one"]],
"h29": [["ftx", "faced a shortfall of up to"], ["ftx", "needed emergency funding to cover withdrawal"],
        ["ftx", "would have to file for bankruptcy"], ["ftx", "trying to raise money in the"]],
"h30": [["ftx", "filed for bankruptcy protection in the"], ["ftx", "stepped down as chief executive"],
        ["ftx", "more than 100,000 creditors"], ["ftx", "really sorry that things had come"],
        ["ftx", "he had messed up"], ["ftx", "maximise recoveries for stakeholders"]],
"h31": [["credit-suisse", "had basically stopped"], ["credit-suisse", "confident clients would return if the"],
        ["credit-suisse", "very few had left altogether"], ["credit-suisse", "completely flattened out and were partially"]],
"h32": [["china", "a Chinese high-altitude surveillance balloon"], ["united-states", "did not present a military or physical"],
        ["united-states", "advised against shooting it down over"], ["united-states", "offered limited added value for intelligence"],
        ["united-states", "raised the matter with Chinese officials"]],
"h33": [["china", "civilian airship used mainly for weather"], ["china", "had deviated far from its planned"],
        ["china", "regrets the unintended entry of the"], ["china", "China was checking the facts"],
        ["china", "no intention of violating any country's"], ["united-states", "postponed a trip to Beijing"],
        ["united-states", "a clear violation of U.S. sovereignty"]],
"h34": [["united-states", "shot down a suspected Chinese surveillance"], ["united-states", "ordered it downed as soon as"],
        ["united-states", "without harming anyone on the ground"], ["united-states", "The Navy is recovering debris"],
        ["china", "strong dissatisfaction and protest over"], ["china", "a civilian unmanned airship"],
        ["china", "a clear overreaction"], ["china", "reserved the right to respond further"]],
"h35": [["united-states", "planted the explosives that destroyed the"], ["united-states", "acting on orders from President Joe"],
        ["united-states", "placed the charges in June 2022"], ["united-states", "followed months of secret debate"],
        ["russia", "Russia has blamed the West"]],
"h36": [["united-states", "dismissed as false a report"], ["united-states", "utterly false and complete fiction"],
        ["united-states", "completely and utterly false"], ["russia", "must answer the report's allegations"],
        ["russia", "renewed its call for an international"]],
"h37": [["credit-suisse", "a net loss of 7.3 billion"], ["credit-suisse", "pulled 110.5 billion francs of assets"],
        ["credit-suisse", "had not yet reversed"], ["credit-suisse", "bank was on the right path"],
        ["credit-suisse", "another substantial loss in 2023"], ["credit-suisse", "would be published on March 9"]],
"h38": [["united-states", "a pro-Ukrainian group carried out the"], ["united-states", "no evidence that President Volodymyr Zelenskiy"],
        ["united-states", "no U.S. or British nationals had"], ["united-states", "had not reached firm conclusions"],
        ["russia", "a coordinated attempt to divert attention"], ["russia", "repeated Moscow's call for an international"]],
"h39": [["credit-suisse", "postponed the publication of its 2022"], ["credit-suisse", "prudent to delay the report briefly"],
        ["credit-suisse", "published last month were not affected"], ["credit-suisse", "did not give a new date"]],
"h40": [["switzerland", "met the capital and liquidity requirements"], ["switzerland", "would provide liquidity if necessary"],
        ["switzerland", "no indications of a direct risk"], ["credit-suisse", "published its delayed annual report"],
        ["credit-suisse", "identified material weaknesses in its controls"], ["credit-suisse", "strong capital and liquidity ratios"],
        ["credit-suisse", "government assistance was not a topic"]],
"h41": [["credit-suisse", "borrow up to 50 billion Swiss francs"], ["credit-suisse", "exercise its option to borrow under"],
        ["credit-suisse", "buy back up to 3 billion"], ["credit-suisse", "pre-emptively strengthen its liquidity"],
        ["credit-suisse", "continue its transformation toward a simpler"]],
"h42": [["credit-suisse", "buy Credit Suisse for 3 billion"], ["credit-suisse", "unable to stop the loss of"],
        ["credit-suisse", "the merger was the best available outcome"], ["switzerland", "guarantee up to 9 billion francs"],
        ["switzerland", "make up to 100 billion francs"], ["switzerland", "would be written down to zero"],
        ["switzerland", "would have had incalculable consequences for"], ["switzerland", "best solution for restoring confidence"],
        ["switzerland", "used emergency law to let the"]],
"h43": [["turkey", "raised its main interest rate to"], ["turkey", "its first hike in more than"],
        ["turkey", "strengthen monetary tightening as much as"], ["turkey", "in a timely and gradual manner"],
        ["turkey", "no choice but to return to"]],
"h44": [["russia", "accused Wagner mercenary chief Yevgeny Prigozhin"], ["russia", "a stab in the back"],
        ["russia", "would face inevitable punishment"], ["russia", "would answer before the law"],
        ["russia", "did not correspond to reality"], ["russia", "opened a criminal case on charges"]],
"h45": [["russia", "closed the criminal case against Wagner"], ["russia", "charges would be dropped in return"],
        ["russia", "no Wagner fighter would face prosecution"], ["russia", "the state had fully financed Wagner"],
        ["russia", "paid the group 86.262 billion roubles"], ["russia", "I hope nobody stole anything"],
        ["russia", "preparing to hand its heavy weapons"]],
"h46": [["japan", "begin releasing treated radioactive water"], ["japan", "if weather and sea conditions allow"],
        ["japan", "take responsibility for the safety of"], ["japan", "support fishermen against any damage"],
        ["japan", "obtained a certain level of understanding"]],
"h47": [["japan", "began releasing treated radioactive water"], ["japan", "the first round would discharge about"],
        ["japan", "far below its limit of 1,500"], ["japan", "the discharge was safe"],
        ["japan", "urged Beijing to lift the ban"], ["japan", "explaining its case on a scientific"],
        ["china", "suspending imports of aquatic products originating"], ["china", "put its own interests above the"],
        ["china", "extremely selfish and irresponsible"], ["china", "referring to the water as nuclear-contaminated"]],
"h48": [["russia", "fired from inside Russia likely brought"], ["russia", "among 10 people on the Embraer"],
        ["russia", "has not commented on the crash"], ["united-states", "the information was preliminary"],
        ["united-states", "not much that happened in Russia"], ["united-states", "did not know for a fact"]],
"h49": [["united-states", "no information to suggest that a"], ["united-states", "initial assessment was that the Wagner"],
        ["united-states", "declined to give other details"], ["russia", "offered condolences to the families of"],
        ["russia", "a man of complicated fate"], ["russia", "had made serious mistakes in life"],
        ["russia", "a talented businessman"], ["russia", "get to the bottom of what"]],
"h50": [["russia", "dismissed as an absolute lie"], ["russia", "these speculations are presented from"],
        ["russia", "had not yet established the cause"], ["russia", "results would be published once"],
        ["russia", "genetic tests were needed"], ["russia", "a person of difficult destiny"]],
}

# defensible either way: the narrator recalling an earlier statement, reports, background figures, attributions open to doubt
OPTIONAL = {
"h04": [["united-kingdom", "experts were categorical the agent came"]],
"h09": [["north-korea", "no longer needed to conduct nuclear"]],
"h10": [["united-states", "200 sets of remains had already"]],
"h12": [["russia", "visited Salisbury as tourists"], ["russia", "denied having anything to do with"]],
"h13": [["russia", "awarded the Hero of the Russian Federation"]],
"h17": [["iran", "about 205 kg of uranium"], ["iran", "had surpassed the deal's ceiling"]],
"h22": [["turkey", "high interest rates cause inflation"]],
"h24": [["myanmar-military", "the one year it announced"]],
"h25": [["turkey", "high borrowing costs fuel inflation"], ["turkey", "long pressed the bank for cuts"],
        ["turkey", "dismissed his predecessor, Naci Agbal"]],
"h26": [["turkey", "cut its policy rate by 200"]],
"h28": [["ftx", "chief executive said all was well"]],
"h29": [["ftx", "how FTX handled customer funds"], ["ftx", "reports about mishandled customer funds"]],
"h31": [["credit-suisse", "withdrawn about 6 percent of its"], ["credit-suisse", "pre-tax loss of up to"]],
"h32": [["china", "confident it belonged to China"]],
"h34": [["united-states", "used by China in an attempt"]],
"h35": [["united-states", "would bring an end to it"]],
"h37": [["credit-suisse", "withdrawals had basically stopped"]],
"h38": [["united-states", "rejected a report by journalist Seymour"]],
"h41": [["switzerland", "stood ready to provide liquidity to"]],
"h43": [["turkey", "turn away from the low-rate policy"]],
"h46": [["china", "banned food imports from 10 Japanese"], ["china", "called the plan selfish"]],
"h48": [["russia", "shot down by Russian air defences"]],
"h49": [["russia", "paid Wagner about 86 billion roubles"], ["russia", "surface-to-air missile brought down the plane"]],
"h50": [["united-states", "crash was likely deliberate"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["h22", "h25", "turkey", "stance-reversal: the central bank said a tight stance 'would be maintained decisively for an extended period'; six months later, under a new governor, it cuts the rate with inflation near 20%"],
["h40", "h42", "credit-suisse", "stance-reversal: the chairman said government assistance 'was not a topic' given strong capital and liquidity; four days later the bank is sold in a takeover backed by a state guarantee and emergency law"],
["h05", "h18", "north-korea", "stance-reversal: Kim said there was no longer any need for nuclear or ICBM tests and stopped them; he later says there is no ground to remain bound by that commitment and promises a new strategic weapon"],
# commitments reversed in other words
["h01", "h06", "united-states", "commitment-reversed: Washington would lift nuclear sanctions and hold up its side as long as Iran complied; it withdraws from the deal and reimposes the sanctions"],
["h01", "h16", "iran", "commitment-reversed: Iran agreed to cap its low-enriched uranium stockpile at 300 kg; it stops selling its surplus and stops observing the stockpile limits"],
["h01", "h17", "iran", "commitment-reversed: Iran agreed to keep enrichment at no more than 3.67% for 15 years; four years later it enriches to about 4.5%"],
["h26", "h43", "turkey", "commitment-reversed: Erdogan promised rates would keep falling as long as he was in office; the central bank raises the rate from 8.5% to 15% under him"],
["h44", "h45", "russia", "commitment-reversed: Putin said those behind the mutiny would face inevitable punishment and answer before the law; the case is closed and no fighter will be prosecuted"],
# denial then action or admission
["h20", "h21", "myanmar-military", "denial-then-action: the military said it would protect and abide by the constitution and that talk of revoking it was misinterpreted; two days later it seizes power"],
["h27", "h30", "ftx", "denial-then-action: FTX was fine, its assets were fine and it would keep processing withdrawals; four days later it files for bankruptcy"],
["h40", "h41", "credit-suisse", "denial-then-action: the chairman said government assistance was not a topic and ratios were strong; hours later the bank borrows up to 50 billion francs from the central bank"],
["h19", "h45", "russia", "denial-then-action: Putin said Russians fighting with Wagner did not receive money from the Russian state; he later says the state fully financed Wagner"],
# claims negated
["h03", "h04", "united-kingdom", "claim-negated: the foreign secretary said Porton Down was categorical, beyond question, that the agent came from Russia; the laboratory says it has not identified the precise source"],
["h27", "h28", "ftx", "claim-negated: FTX said it was processing all withdrawals and would continue to; the next day it has halted withdrawals in a liquidity crunch"],
["h31", "h37", "credit-suisse", "claim-negated: the chairman said outflows had basically stopped and were partially reversing; the results say outflows continued and have not yet reversed, 110.5 billion francs in the quarter"],
# number mismatch
["h09", "h10", "united-states", "number-mismatch: the president said the remains of 200 servicemen had already been sent back; a month later North Korea hands over 55 cases, the first transfer"],
["h14", "h15", "north-korea", "number-mismatch: the U.S. says North Korea wanted sanctions lifted in their entirety; North Korea says it asked for five of the 11 resolutions to be lifted, in part"],
["h27", "h29", "ftx", "number-mismatch: FTX had enough assets to cover all client holdings; two days later it faces a shortfall of up to $8 billion"],
# date mismatch
["h07", "h08", "united-states", "date-mismatch: the summit would take place in Singapore on June 12; two weeks later the president cancels the June 12 summit"],
["h21", "h24", "myanmar-military", "date-mismatch: a state of emergency for one year, then an election; six months later elections are promised by August 2023"],
["h37", "h39", "credit-suisse", "date-mismatch: the annual report would be published on March 9; on March 9 its publication is postponed with no new date"],
# report denied
["h32", "h33", "china", "report-denied: the Pentagon says a Chinese surveillance balloon is over the United States; China says it is a civilian weather airship blown off course"],
["h35", "h36", "united-states", "report-denied: Hersh reports that U.S. Navy divers planted the Nord Stream explosives on Biden's orders; the White House calls it utterly false and complete fiction"],
["h48", "h50", "russia", "report-denied: U.S. officials say a missile fired from inside Russia likely brought down Prigozhin's plane; the Kremlin calls suggestions it was behind the crash an absolute lie"],
["h11", "h12", "russia", "report-denied: Britain says the two suspects are GRU officers acting with approval at a senior level, and Moscow says the names mean nothing to it; Putin says Russia knows who they are and they are civilians, not criminals"],
# outlets disagree
["h35", "h38", "united-states", "outlets-disagree: Hersh says U.S. Navy divers planted the explosives; The New York Times, citing U.S. officials, says a pro-Ukrainian group did it and no U.S. nationals took part"],
["h12", "h13", "russia", "outlets-disagree: on RT the suspects say they are sports nutrition businessmen and tourists, and Putin calls them civilians; Bellingcat and The Insider identify one as a decorated serving GRU colonel"],
["h48", "h49", "russia", "outlets-disagree: Reuters, citing U.S. officials, says a surface-to-air missile from inside Russia likely downed the plane; the Pentagon says it has no information suggesting a missile, and the Wall Street Journal points to an explosion on board"],
]

AMBIGUOUS = [
["h06", "h16"], ["h06", "h17"],  # Iran would stay in the deal 'for now' if its interests were guaranteed within weeks; a year later it steps back, blaming Europe: a conditional that lapsed
["h14", "h18"],  # Kim 'promised not to resume' testing (as told by Trump) against 'no ground to remain bound': carried by h05-h18
["h15", "h18"],  # North Korea's position 'would never change' against a threat of a new strategic weapon
["h22", "h26"],  # a tight stance for an extended period (central bank) against the president's promise of falling rates, 18 months later under another governor
["h25", "h43"],  # a cut under one governor and a hike under the next, after an election
["h31", "h42"],  # outflows 'basically stopped' against the collapse and takeover three months later
["h28", "h30"],  # a rescue deal with Binance against bankruptcy: the deal was non-binding and Binance walked away
["h02", "h12"],  # Russia's denial and Britain's 'highly likely' against Putin's 'civilians': the same dispute, months apart
["h23", "h46"],  # a pledge not to release the water without the understanding of those concerned against a release the fishermen still oppose, with 'a certain level of understanding'
["h20", "h24"],  # abiding by the constitution against a junta extending its rule: carried by h20-h21
["h11", "h13"],  # names that 'mean nothing' to Moscow against the identification of a decorated GRU colonel, which the Kremlin declines to comment on
["h08", "h09"],  # a summit cancelled 'at this time', with an invitation to call, then held on the original date
["h32", "h34"],  # commanders advised against shooting the balloon down over land; it is shot down at sea. Also the surveillance claim against China's 'civilian unmanned airship'
]

TRAPS = [
["h02", "h11", "a hedge then a firmer version: Britain said it was 'highly likely' that Russia was responsible; six months later it charges two men it says are GRU officers acting on approval at a senior level"],
["h16", "h17", "an announced deadline carried out as announced: Iran gave 60 days before exceeding the enrichment cap and did so when they ran out. Also one limit in two units: 300 kg of uranium hexafluoride is 202.8 kg of uranium"],
["h23", "h47", "figures that grow over time and a hedged date: 1.25 million tonnes of stored water in 2021 and 1.34 million tonnes in 2023; discharges 'expected to begin in about two years' start after two years and four months"],
["h46", "h47", "a conditional date kept: the release would start on Thursday if weather and sea conditions allowed, and it starts on Thursday. China criticising Japan, and widening its import ban, is one actor opposing another"],
["h28", "h29", "a conditional deal: Binance signed a non-binding letter of intent and kept the discretion to pull out; it pulls out. FTX's statements do not contradict each other"],
["h41", "h42", "different scope: up to 50 billion francs of loans drawn by the bank against up to 100 billion francs of liquidity assistance made available for the takeover; 3 billion francs of debt buybacks against a 3 billion franc price; francs against dollars"],
["h33", "h34", "one actor disputing another: China regrets the airship's unintended entry and then protests its shooting down, still calling it civilian, while the U.S. defence secretary says it was used to surveil strategic sites"],
["h05", "h09", "translations of one pledge: 'no longer any need for nuclear tests or ICBM test-firing' and 'no longer needed to conduct nuclear or long-range missile tests'"],
["h36", "h38", "a denial then a consistent account: the White House denies U.S. involvement; a month later U.S. officials point to a pro-Ukrainian group and say no U.S. nationals took part"],
["h25", "h26", "figures that legitimately change over time: a policy rate of 18% in September 2021 and of 12% in October 2022, after further cuts"],
["h39", "h40", "an undecided date then decided: the report was postponed with no new date; it is published the following Tuesday"],
["h49", "h50", "translations of one remark: Putin's 'man of complicated fate' who 'made serious mistakes' and 'person of difficult destiny' who 'made grave errors'"],
["h45", "h49", "rounding: 86.262 billion roubles and 'about 86 billion roubles' paid to Wagner in a year"],
["h07", "h09", "a date kept: the summit would take place in Singapore on June 12, and it was held there on June 12 (despite a cancellation in between)"],
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
