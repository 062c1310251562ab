#!/usr/bin/env python3
"""Writes corpus.jsonl and gold.json for news-validation-10, then checks them.

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
                 "Nixon administration", "Reagan administration", "Bush administration"],
     "speakers": [
         {"name": "Richard M. Nixon", "role": "President", "from": "1969-01-20", "to": "1974-08-09"},
         {"name": "Ronald L. Ziegler", "role": "White House Press Secretary", "from": "1969-01-20", "to": "1974-08-09"},
         {"name": "Charles Alan Wright", "role": "Special legal consultant to the President on the Watergate tapes", "from": "1973-06-01", "to": "1974-01-31"},
         {"name": "Elliot L. Richardson", "role": "Attorney General", "from": "1973-05-25", "to": "1973-10-20"},
         {"name": "Alexander M. Haig Jr.", "role": "White House Chief of Staff", "from": "1973-05-04", "to": "1974-09-21"},
         {"name": "Ronald Reagan", "role": "President", "from": "1981-01-20", "to": "1989-01-20"},
         {"name": "Larry Speakes", "role": "Principal Deputy Press Secretary, White House", "from": "1981-03-30", "to": "1987-02-01"},
         {"name": "George P. Shultz", "role": "Secretary of State", "from": "1982-07-16", "to": "1989-01-20"},
         {"name": "George H. W. Bush", "role": "President", "from": "1989-01-20", "to": "1993-01-20"},
         {"name": "Marlin Fitzwater", "role": "White House Press Secretary", "from": "1987-02-02", "to": "1993-01-20"},
         {"name": "Richard Boucher", "role": "Spokesman, State Department", "from": "2001-05-01", "to": "2005-02-28"}]},
    {"type": "actor", "id": "philippines", "name": "Philippines",
     "aliases": ["Philippine government", "Manila", "Malacanang", "Malacanang Palace", "National Assembly",
                 "Batasang Pambansa", "Armed Forces of the Philippines"],
     "speakers": [
         {"name": "Ferdinand E. Marcos", "role": "President", "from": "1965-12-30", "to": "1986-02-25"},
         {"name": "Fabian C. Ver", "role": "Chief of Staff, Armed Forces of the Philippines", "from": "1985-12-02", "to": "1986-02-25"},
         {"name": "Corazon C. Aquino", "role": "President", "from": "1986-02-25", "to": "1992-06-30"}]},
    {"type": "actor", "id": "perrier", "name": "Source Perrier SA",
     "aliases": ["Perrier", "Source Perrier", "Perrier Group of America", "Perrier Group"],
     "speakers": [
         {"name": "Gustave Leven", "role": "Chairman, Source Perrier", "from": "1948-01-01", "to": "1992-03-31"},
         {"name": "Frederik Zimmer", "role": "Managing Director, Source Perrier", "from": "1988-01-01", "to": "1992-03-31"},
         {"name": "Ronald V. Davis", "role": "President, Perrier Group of America", "from": "1980-01-01", "to": "1992-12-31"}]},
    {"type": "actor", "id": "iraq", "name": "Iraq",
     "aliases": ["Iraqi government", "Baghdad", "Revolutionary Command Council", "Baghdad radio",
                 "Iraqi News Agency", "Iraqi National Assembly"],
     "speakers": [
         {"name": "Saddam Hussein", "role": "President, Chairman of the Revolutionary Command Council", "from": "1979-07-16", "to": "2003-04-09"},
         {"name": "Tariq Aziz", "role": "Foreign Minister", "from": "1983-01-01", "to": "1991-03-23"}]},
    {"type": "actor", "id": "libya", "name": "Libya",
     "aliases": ["Libyan government", "Tripoli", "General People's Committee", "JANA", "Libyan Foreign Ministry",
                 "Jamahiriya"],
     "speakers": [
         {"name": "Muammar Gaddafi", "role": "Leader of the Revolution", "from": "1969-09-01", "to": "2011-08-23"},
         {"name": "Abdel Rahman Shalgham", "role": "Secretary for Foreign Liaison (Foreign Minister)", "from": "2000-03-01", "to": "2009-03-04"},
         {"name": "Shukri Ghanem", "role": "Secretary of the General People's Committee (Prime Minister)", "from": "2003-06-14", "to": "2006-03-05"}]},
    {"type": "actor", "id": "mexico", "name": "Mexico",
     "aliases": ["Mexican government", "Mexico City", "Finance Ministry", "Hacienda", "Banco de Mexico",
                 "Bank of Mexico", "central bank of Mexico"],
     "speakers": [
         {"name": "Ernesto Zedillo", "role": "President", "from": "1994-12-01", "to": "2000-11-30"},
         {"name": "Jaime Serra Puche", "role": "Secretary of Finance", "from": "1994-12-01", "to": "1994-12-29"},
         {"name": "Guillermo Ortiz", "role": "Secretary of Finance", "from": "1994-12-29", "to": "1997-12-31"},
         {"name": "Miguel Mancera", "role": "Governor, Banco de Mexico", "from": "1982-03-17", "to": "1997-12-31"}]},
    {"type": "actor", "id": "thailand", "name": "Thailand",
     "aliases": ["Thai government", "Bangkok", "Thai Finance Ministry", "Government House", "Thai officials"],
     "speakers": [
         {"name": "Chavalit Yongchaiyudh", "role": "Prime Minister", "from": "1996-11-25", "to": "1997-11-09"},
         {"name": "Amnuay Viravan", "role": "Finance Minister", "from": "1996-11-29", "to": "1997-06-19"},
         {"name": "Thanong Bidaya", "role": "Finance Minister", "from": "1997-06-20", "to": "1997-10-20"}]},
    {"type": "actor", "id": "bank-of-thailand", "name": "Bank of Thailand",
     "aliases": ["BOT", "Thai central bank", "Thailand's central bank", "central bank of Thailand"],
     "speakers": [
         {"name": "Rerngchai Marakanond", "role": "Governor", "from": "1996-07-13", "to": "1997-07-28"},
         {"name": "Chaiyawat Wibulswasdi", "role": "Governor", "from": "1997-07-31", "to": "1998-05-06"}]},
    {"type": "actor", "id": "imf", "name": "International Monetary Fund",
     "aliases": ["IMF", "the Fund", "IMF board", "IMF Executive Board"],
     "speakers": [
         {"name": "Michel Camdessus", "role": "Managing Director", "from": "1987-01-16", "to": "2000-02-14"},
         {"name": "Stanley Fischer", "role": "First Deputy Managing Director", "from": "1994-09-01", "to": "2001-08-31"}]},
    {"type": "actor", "id": "spain", "name": "Spain",
     "aliases": ["Spanish government", "Madrid", "Interior Ministry", "Moncloa", "Spanish authorities",
                 "Spanish police"],
     "speakers": [
         {"name": "Jose Maria Aznar", "role": "Prime Minister", "from": "1996-05-05", "to": "2004-04-17"},
         {"name": "Angel Acebes", "role": "Interior Minister", "from": "2002-07-10", "to": "2004-04-18"},
         {"name": "Eduardo Zaplana", "role": "Government Spokesman", "from": "2002-07-10", "to": "2004-04-18"},
         {"name": "Jose Luis Rodriguez Zapatero", "role": "Prime Minister", "from": "2004-04-17", "to": "2011-12-21"},
         {"name": "Jose Bono", "role": "Defence Minister", "from": "2004-04-18", "to": "2006-04-07"}]},
    {"type": "actor", "id": "who", "name": "World Health Organization",
     "aliases": ["WHO", "World Health Organisation", "U.N. health agency", "UN health agency"],
     "speakers": [
         {"name": "Margaret Chan", "role": "Director-General", "from": "2007-01-04", "to": "2017-06-30"},
         {"name": "Gregory Hartl", "role": "Spokesman", "from": "2009-01-01", "to": "2015-12-31"},
         {"name": "Bruce Aylward", "role": "Assistant Director-General", "from": "2011-01-01", "to": "2019-12-31"}]},
    {"type": "actor", "id": "luckin", "name": "Luckin Coffee Inc.",
     "aliases": ["Luckin", "Luckin Coffee"],
     "speakers": [
         {"name": "Charles Zhengyao Lu", "role": "Chairman", "from": "2017-06-16", "to": "2020-07-05"},
         {"name": "Jenny Zhiya Qian", "role": "Chief Executive Officer", "from": "2017-06-16", "to": "2020-05-12"},
         {"name": "Jian Liu", "role": "Chief Operating Officer", "from": "2018-01-01", "to": "2020-05-12"},
         {"name": "Jinyi Guo", "role": "Acting Chief Executive Officer", "from": "2020-05-12", "to": ONGOING},
         {"name": "Reinout Hendrik Schakel", "role": "Chief Financial Officer", "from": "2018-01-01", "to": "2020-12-31"}]},
]

OUTLETS = {
    "Halverton Wire": "halverton-wire.example",
    "Gorsefield News Agency": "gorsefield-news.example",
    "Tansley Moor Dispatch": "tansley-moor-dispatch.example",
    "Brindlecombe Financial Report": "brindlecombe-financial.example",
    "Sorrelby Newswire": "sorrelby-newswire.example",
    "Oxhollow Ledger": "oxhollow-ledger.example",
    "Crannock Press Service": "crannock-press.example",
    "Pellworth Courier": "pellworth-courier.example",
    "Kilnsey Cross Wire": "kilnsey-cross.example",
    "Yarrowdale Herald": "yarrowdale-herald.example",
}

# (id, source, publishedAt, title, [paragraphs])
DOCS = [
# ---------------------------------------------------------------- Watergate, 1972-74 (w01-w06)
("w01", "Halverton Wire", "1972-08-29T23:30:00Z", "Nixon says counsel's inquiry cleared White House staff in Watergate break-in", [
"President Nixon said on Tuesday that an investigation by his counsel, John W. Dean III, had cleared everyone now working at the White House of any part in the June break-in at the Democratic National Committee's offices in the Watergate building in Washington.",
"\"I can say categorically that his investigation indicates that no one in the White House staff, no one in this administration, presently employed, was involved in this very bizarre incident,\" Nixon told a news conference at the western White House in San Clemente, Calif. What really hurts in matters of this sort, he said, is not the fact that they occur, since overzealous people in campaigns do things that are wrong, but trying to cover them up.",
"The president said the Federal Bureau of Investigation, the Justice Department, a federal grand jury and the General Accounting Office were all looking into the affair, and that with so many inquiries under way a special prosecutor would serve no useful purpose. Five men were arrested inside the committee's offices on June 17, among them James W. McCord Jr., the security coordinator of the Committee for the Re-election of the President. The Democratic Party has filed a civil suit over the break-in.",
]),
("w02", "Gorsefield News Agency", "1973-05-01T03:30:00Z", "Nixon takes responsibility for Watergate as top aides and attorney general resign", [
"President Nixon told the nation on Monday night that he accepted responsibility for the Watergate affair, hours after announcing the resignations of his two closest aides, H. R. Haldeman and John D. Ehrlichman, and of Attorney General Richard G. Kleindienst. The president's counsel, John W. Dean III, has also left.",
"Speaking from the Oval Office, Nixon said he had been appalled when he learned of the break-in last June, and that he had been assured again and again by those conducting the investigations that members of his administration were not involved. \"Until March of this year, I remained convinced that the denials were true,\" he said. New information then persuaded him, he said, that there was a real possibility that some of the charges were true and that there had been an effort to conceal the facts from the public and from him.",
"\"There can be no whitewash at the White House,\" Nixon said. He called Haldeman and Ehrlichman two of the finest public servants he had known, and said Kleindienst was leaving because people close to him might be involved, not because of any part he had played. \"In any organization, the man at the top must bear the responsibility,\" he said. \"I accept it.\"",
"Nixon named Defense Secretary Elliot L. Richardson attorney general and gave him absolute authority over the case, including the power to name a special prosecutor. On April 17 his press secretary, Ronald L. Ziegler, said earlier White House statements on Watergate were \"inoperative.\"",
]),
("w03", "Tansley Moor Dispatch", "1973-07-26T23:00:00Z", "Nixon refuses to surrender White House tapes to Cox and Senate committee", [
"President Nixon refused on Thursday to comply with subpoenas for tape recordings of his conversations, telling Judge John J. Sirica and the Senate Watergate committee that the recordings would stay in his hands, and setting up a court battle over the limits of presidential power.",
"In a letter to Sirica, the president said he would not produce the nine recordings sought by the special prosecutor, Archibald Cox, because a president is not subject to the compulsory process of the courts and because the confidentiality of his talks with his advisers was essential to the office. Cox said he would ask the court to enforce the subpoena.",
"Nixon had already written to Sen. Sam J. Ervin Jr., the committee's chairman, that the tapes had been under his sole personal control and would remain so. \"None has been transcribed or made public and none will be,\" he wrote. He said he had listened to some of them and that they were entirely consistent with what he knew to be the truth, but that they contained comments which people with different perspectives would inevitably interpret in different ways.",
"The existence of the recording system was disclosed to the committee on July 16 by Alexander P. Butterfield, a former White House aide.",
]),
("w04", "Pellworth Courier", "1973-10-23T22:00:00Z", "Nixon yields on tapes after firing of special prosecutor", [
"President Nixon agreed on Tuesday to give Judge John J. Sirica the tape recordings he had refused for three months to surrender, bowing to a storm of protest that followed his dismissal of the special Watergate prosecutor, Archibald Cox, over the weekend.",
"\"This president does not defy the law,\" Charles Alan Wright, the president's lawyer, told the court, adding that Nixon would comply in all respects with the order to produce the recordings of nine conversations. Wright said the president had hoped that a compromise, under which Sen. John C. Stennis would verify summaries of the tapes, would settle the matter, but that the events of the weekend had made that impossible.",
"On Saturday night Nixon ordered Cox dismissed after the prosecutor rejected the Stennis arrangement. Attorney General Elliot L. Richardson resigned rather than carry out the order, his deputy, William D. Ruckelshaus, was dismissed, and Solicitor General Robert H. Bork fired Cox. The White House said the office of the special prosecutor had been abolished and its work returned to the Justice Department.",
"Richardson had promised the Senate at his confirmation in May that the special prosecutor could be removed only for extraordinary improprieties. Several resolutions calling for an impeachment inquiry were introduced in the House on Tuesday.",
]),
("w05", "Oxhollow Ledger", "1974-01-31T04:00:00Z", "Nixon says 'one year of Watergate is enough,' rules out walking away", [
"President Nixon told Congress on Wednesday night that he had no intention of leaving office, and used his State of the Union address to call for an end to the Watergate investigations.",
"\"I want you to know that I have no intention whatever of ever walking away from the job that the people elected me to do,\" Nixon said, to applause from Republicans in the House chamber. He said he had already given the special prosecutor voluminous material and that the time had come to bring the investigations to an end. \"One year of Watergate is enough,\" he said.",
"Nixon said he would cooperate with the House Judiciary Committee's impeachment inquiry in ways consistent with his responsibilities to the office of the presidency, but that he would do nothing that weakened the office for the presidents who came after him. He also promised that there would be no recession in the United States, despite the strain of the Arab oil embargo.",
"Democrats said the committee would decide for itself what evidence it needed. The new special prosecutor, Leon Jaworski, has been pressing for further recordings.",
]),
("w06", "Halverton Wire", "1974-08-09T02:30:00Z", "Nixon resigns, days after admitting he ordered halt to FBI inquiry", [
"Richard M. Nixon said on Thursday night that he would resign as president at noon today, the first man to give up the office, three days after he acknowledged that he had ordered a halt to the FBI's investigation of the Watergate break-in within a week of the burglary.",
"\"I have never been a quitter. To leave office before my term is completed is abhorrent to every instinct in my body,\" Nixon said in a televised address from the Oval Office. \"But as president, I must put the interest of America first.\" He said he no longer had a strong enough political base in Congress to carry on, and that he regretted deeply any injuries done in the course of the events that led to his decision.",
"On Monday Nixon released transcripts of three conversations with H. R. Haldeman on June 23, 1972, six days after the break-in, in which he approved a plan to have the CIA ask the FBI to limit its inquiry. In a statement he said he had known at the time that political considerations were involved, that he had not told his lawyers or the House Judiciary Committee, and that portions of the tapes were at variance with certain of his previous statements. All ten Republicans on the committee who had voted against impeachment said they would now vote for it.",
"Vice President Gerald R. Ford will be sworn in at noon.",
]),
# ---------------------------------------------------------------- the Philippines, February 1986 (w07-w10)
("w07", "Crannock Press Service", "1986-02-12T03:00:00Z", "Reagan says Philippine vote fraud may have come from both sides", [
"President Reagan said on Tuesday night that there had been violence and possibly fraud in the Philippine presidential election, but suggested that both sides might have been to blame, as the count in Manila dragged into its fifth day.",
"Asked at a news conference whether the United States was worried about the integrity of the vote, Reagan said Washington was concerned about the violence and the possibility of fraud, but added that it could have been that all of that was occurring on both sides. He said the election had at least shown that there was a strong two-party system in the Philippines, and that he was sending Philip C. Habib, the veteran diplomat, to Manila to talk to both camps. The United States had vital interests in the islands, he said, including two military bases.",
"In Manila, President Ferdinand E. Marcos said he was confident the National Assembly would proclaim him the winner once it had canvassed the returns, and said the opposition had also committed irregularities. He denied that his party had tampered with the count. On Sunday some 30 computer operators walked out of the Commission on Elections' tally centre, saying the figures they were entering were being manipulated. The citizens' watchdog Namfrel has Corazon C. Aquino ahead in its own count.",
]),
("w08", "Kilnsey Cross Wire", "1986-02-16T12:00:00Z", "Marcos proclaimed winner as Washington blames ruling party for most of the fraud", [
"The Philippine National Assembly proclaimed President Ferdinand E. Marcos the winner of the Feb. 7 election late on Saturday, crediting him with 10,807,197 votes against 9,291,716 for Corazon C. Aquino, after opposition members walked out of the chamber in protest.",
"Marcos said he would be sworn in for a new six-year term on Feb. 25 and called on his rival to accept the verdict. Aquino told a rally of hundreds of thousands in Manila on Sunday that she had won, and called for a campaign of civil disobedience and a boycott of banks and businesses owned by Marcos's friends.",
"In Washington, the White House said on Saturday that it had become evident that the election had been marred by widespread fraud and violence perpetrated largely by the ruling party, so extreme that the election's credibility had been called into question both in the Philippines and in the United States. The statement, issued as President Reagan's envoy, Philip C. Habib, began talks in Manila, went well beyond Reagan's remark on Tuesday that fraud might have occurred on both sides.",
]),
("w09", "Yarrowdale Herald", "1986-02-24T16:30:00Z", "Marcos declares emergency and vows to stay; U.S. says clinging to power by force is futile", [
"President Ferdinand E. Marcos declared a state of emergency on Monday and said in a television appearance that he had no intention of resigning, as crowds of civilians shielded the rebel camps of his former defence minister, Juan Ponce Enrile, and the deputy armed forces chief, Lt. Gen. Fidel V. Ramos.",
"Marcos, flanked by members of his family at the palace, said he would be inaugurated on Tuesday as planned and that he and his family had no intention of going abroad. When the armed forces chief of staff, Gen. Fabian C. Ver, urged on camera that the rebels be attacked with air strikes and artillery, Marcos told him his order was to disperse the crowds without shooting them. The broadcast was cut off when rebel troops took over the government television station.",
"In Washington, the White House said that attempts to prolong the life of the present regime by violence were futile, and that a solution to the crisis could only be achieved through a peaceful transition to a new government. On Sunday it had warned that the United States could not continue its military aid if the government used it against other elements of the Philippine military that enjoyed substantial popular backing.",
]),
("w10", "Gorsefield News Agency", "1986-02-26T03:00:00Z", "Marcos leaves palace and flies to Guam; U.S. recognises Aquino government", [
"Ferdinand E. Marcos left the Philippines on Tuesday night, flying with his family and close aides aboard American aircraft to Clark Air Base and then on to Guam, hours after taking the oath for a new term at Malacanang Palace and ending 20 years in power.",
"Corazon C. Aquino was sworn in as president on Tuesday morning at a club in suburban Manila, with Juan Ponce Enrile and Lt. Gen. Fidel V. Ramos at her side. Marcos took his own oath at noon before loyalists at the palace. Early on Tuesday, according to Sen. Paul Laxalt, Marcos had telephoned him to ask whether he could share power with Aquino or stay on until his term ended in 1987. Told by Laxalt that he should cut and cut cleanly, Marcos said after a long silence that he was very, very disappointed.",
"Secretary of State George P. Shultz announced that the United States recognised the new government headed by President Aquino. A White House statement praised Marcos for his decision to step down and said he would be welcome in the United States.",
]),
# ---------------------------------------------------------------- Perrier, February 1990 (w11-w13)
("w11", "Brindlecombe Financial Report", "1990-02-10T02:00:00Z", "Perrier recalls its water in the U.S. after benzene is found", [
"Perrier Group of America recalled all of its sparkling water from store shelves in the United States on Friday after laboratory tests in North Carolina found small amounts of benzene, a solvent that can cause cancer with long exposure, in bottles of the French mineral water. The recall covers about 72 million bottles.",
"Ronald V. Davis, the company's president, said the levels found posed no health risk and that the recall was a precaution to protect Perrier's image of purity. He said the company believed the benzene had come from a cleaning fluid used on machinery on a production line that fills bottles for the North American market, calling it an isolated incident. The spring itself, at Vergeze in southern France, had not been contaminated, he said, and there was no reason to withdraw Perrier sold elsewhere.",
"The Food and Drug Administration said the amounts, up to 19 parts per billion, did not pose a significant short-term hazard, though long-term consumption could raise the risk of cancer. Federal rules allow five parts per billion in drinking water. The benzene was first detected by a county laboratory in Charlotte that had used Perrier as a pure standard for its tests.",
]),
("w12", "Sorrelby Newswire", "1990-02-13T18:00:00Z", "Perrier insists trouble is limited to North America as traces turn up in Europe", [
"Source Perrier said on Tuesday that its mineral water sold in France and the rest of Europe was safe to drink and that there was no need to withdraw it, after health authorities in Denmark and the Netherlands reported finding traces of benzene in bottles sold there.",
"Executives at the company's headquarters in Paris said the contamination was limited to a production line serving North America, where the water was recalled on Friday, and that tests on bottles for other markets had found nothing to cause concern. A spokesman said a general recall was not warranted by a problem that had been identified and dealt with.",
"Several supermarket chains in Europe took Perrier off their shelves as a precaution, and shares in Source Perrier fell in Paris. The company has built its brand over more than half a century on the purity of the spring at Vergeze, near Nimes, and sells its green bottles in well over a hundred countries.",
]),
("w13", "Halverton Wire", "1990-02-14T19:00:00Z", "Perrier pulls all its water worldwide, blames unchanged filters at the spring", [
"Source Perrier said on Wednesday that it would withdraw all of its bottled water from sale around the world, some 160 million bottles in 120 countries, after finding that the benzene detected in the United States and Europe had come from the gas that gives the water its sparkle.",
"Frederik Zimmer, the company's managing director, told a news conference in Paris that benzene occurs naturally in the carbon dioxide at the spring at Vergeze, and that filters which should have removed it had not been replaced when they should have been. Workers had failed to change the filters, he said, and the water itself was pure. The company had said on Friday that the contamination came from a cleaning fluid on a line serving North America.",
"Gustave Leven, the chairman, said the worldwide withdrawal was necessary to protect the image of quality the brand had built over decades. Perrier said new bottles, marked as new production, would go on sale once the filters had been replaced and the water tested.",
]),
# ---------------------------------------------------------------- Iraq and Kuwait, 1990 (w14-w18)
("w14", "Pellworth Courier", "1990-07-26T17:00:00Z", "Mubarak says Iraq has no plan to attack Kuwait as oil dispute simmers", [
"President Hosni Mubarak of Egypt said after talks in Baghdad, Kuwait and Jeddah this week that President Saddam Hussein had assured him Iraq had no intention of attacking Kuwait, and that the two neighbours would meet in Saudi Arabia to settle their quarrel over oil, money and the border.",
"Iraq has accused Kuwait of stealing $2.4 billion worth of oil from the Rumaila field that straddles their border, and of joining the United Arab Emirates in pumping more than their OPEC quotas to drive down prices. In a letter to the Arab League last week, Foreign Minister Tariq Aziz said Kuwait had also built military posts on Iraqi land, and called its policy an act of aggression. Saddam said this month that the low prices were costing Iraq billions of dollars a year.",
"Western diplomats said Iraq had moved about 30,000 troops toward the Kuwaiti border. The United States said on Tuesday that it was holding a joint exercise with the United Arab Emirates in the Gulf. OPEC ministers meeting in Geneva were discussing higher prices and tighter production limits.",
]),
("w15", "Tansley Moor Dispatch", "1990-08-03T19:00:00Z", "Iraq invades Kuwait, promises to begin pulling out on Sunday", [
"Iraq said on Friday that it would begin withdrawing its forces from Kuwait on Sunday, a day after its tanks and troops overran the emirate in a pre-dawn invasion that drove the emir, Sheik Jaber al-Ahmad al-Sabah, into exile in Saudi Arabia.",
"A statement by the Revolutionary Command Council, read on Baghdad radio, said the withdrawal would start unless something emerged that threatened the security of Kuwait and Iraq. On Thursday the council said Iraq had sent its forces in answer to an appeal from a provisional free government of Kuwaiti revolutionaries who had overthrown the emir, and that they would leave as soon as order had been restored, which might take a few days or a few weeks.",
"The United Nations Security Council on Thursday demanded Iraq's immediate and unconditional withdrawal by 14 votes to none. President Bush called the invasion naked aggression and froze Iraqi and Kuwaiti assets in the United States. Arab foreign ministers meeting in Cairo were divided over how to respond.",
]),
("w16", "Kilnsey Cross Wire", "1990-08-09T21:00:00Z", "Iraq annexes Kuwait; Security Council declares merger void", [
"Iraq announced on Wednesday that it had annexed Kuwait in what it called a comprehensive, eternal and inseparable merger, and the United Nations Security Council declared the move null and void on Thursday in a unanimous vote.",
"The Revolutionary Command Council said the merger was made at the request of the provisional government installed in Kuwait last week, and that the branch had returned to the root, a reference to Iraq's old claim that Kuwait belonged to the Ottoman province of Basra. On Thursday Iraq ordered foreign governments to close their embassies in Kuwait by Aug. 24 and sealed its borders to most foreigners.",
"Iraq had said last Friday that it would begin pulling its forces out on Sunday, and its television showed what it said were troops leaving. Western officials said there was no sign of a withdrawal and that Iraqi units had instead massed near the Saudi border. President Bush ordered American troops and aircraft to Saudi Arabia on Wednesday.",
]),
("w17", "Sorrelby Newswire", "1990-11-19T16:00:00Z", "Iraq says it will free all foreign hostages over three months from Christmas", [
"Iraq said it would release all the foreigners it is holding in stages over three months beginning on Christmas Day, unless something happened to mar the atmosphere of peace, and on Monday it announced that it was sending a further 250,000 troops to Kuwait and southern Iraq.",
"The statement from the Revolutionary Command Council, issued late on Sunday, said the releases would begin on Dec. 25 and end on March 25, and presented them as a gesture to those in the West who opposed war. Hundreds of Americans, Britons, Japanese and other foreigners have been kept at military and industrial sites as a shield against attack since August, though women and children have been allowed to leave.",
"The White House said all the hostages should be freed immediately and unconditionally. The Security Council is weighing a resolution that would authorise the use of force if Iraq has not left Kuwait by a set date.",
]),
("w18", "Oxhollow Ledger", "1990-12-07T15:00:00Z", "Iraq to let all foreigners go at once, Saddam tells parliament", [
"Iraq's National Assembly voted on Friday to let all foreigners held in Iraq and Kuwait leave at once, approving a request from President Saddam Hussein, who on Thursday abandoned the timetable announced last month for freeing them in stages until March.",
"In a letter to the assembly, Saddam said positive developments abroad, among them the opposition to war in the American Congress and appeals from Arab and foreign figures, justified the step, and that there was no longer any need to keep the guests, as Iraq calls them. Officials said the decision did not change Iraq's position that Kuwait was its 19th province.",
"Thousands of foreigners, among them several hundred Americans and Britons, are expected to leave in the coming days. President Bush welcomed the decision but said it did not alter the demand that Iraq leave Kuwait by Jan. 15, the deadline set by the Security Council last week.",
]),
# ---------------------------------------------------------------- Libya and Lockerbie, 1991 (w19)
("w19", "Crannock Press Service", "1991-11-15T17:00:00Z", "Libya denies role in Lockerbie bombing, rejects handing over accused", [
"Libya denied on Friday that it had any connection with the bombing of Pan Am Flight 103 over Lockerbie, Scotland, a day after the United States and Britain charged two Libyan intelligence officers with planting the bomb that killed 270 people in December 1988.",
"A Foreign Ministry statement carried by the official news agency JANA called the charges baseless and said Libya had nothing to do with the attack. It said Libyan law did not allow its citizens to be extradited and that Libya would investigate the accusations itself, offering to put the two men on trial at home if evidence were produced. Libya also proposed that an impartial international body look into the case.",
"The two men, Abdel Basset Ali al-Megrahi and Lamen Khalifa Fhimah, were named in an indictment in Washington and in warrants issued in Scotland. The State Department said Libya must hand them over for trial in the United States or Scotland, and Britain said it would press for action at the United Nations if they were not surrendered.",
]),
# ---------------------------------------------------------------- Mexico's peso, 1994-95 (w20-w24)
("w20", "Brindlecombe Financial Report", "1994-12-10T01:00:00Z", "Mexico's 1995 plan keeps peso band, forecasts 4 percent growth and inflation", [
"Mexico's new government presented a 1995 economic program on Friday that forecasts growth of 4 percent and inflation of 4 percent next year, and keeps the band within which the peso is allowed to trade against the dollar, Finance Secretary Jaime Serra Puche said.",
"Serra Puche told Congress that the exchange-rate policy agreed with business and labour under the economic pact would stay in place, with the ceiling of the band continuing to rise slowly each day, and he dismissed talk of a devaluation, saying the government had no plans to change the peso's regime. The large current-account deficit would be financed by foreign investment, officials said.",
"President Ernesto Zedillo, who took office on Dec. 1, has promised to keep the policies of his predecessor, Carlos Salinas de Gortari, that brought inflation down to single digits. The peso ended the week near the top of its band, and the central bank's reserves have fallen sharply this year after the assassination of a presidential candidate and the uprising in Chiapas.",
]),
("w21", "Yarrowdale Herald", "1994-12-21T00:30:00Z", "Mexico widens peso band by 15 percent, vows to defend new ceiling", [
"Mexico effectively devalued the peso on Tuesday, raising the ceiling of the band within which it trades by 15 percent after an all-night meeting with business and labour leaders, and the currency fell straight to the new limit of about 4 pesos to the dollar.",
"Finance Secretary Jaime Serra Puche said the move, worth 53 centavos, had been agreed under the economic pact and would not set off inflation, and that the new ceiling gave enough room to absorb the pressure on the peso. The central bank would use its reserves to defend the new band, he said, and the rest of the economic program remained in force. He blamed the pressure on the current-account deficit and on renewed unrest in Chiapas, where Zapatista rebels said on Monday that they had slipped through an army cordon.",
"Investors in New York said they had been caught off guard after weeks of official assurances that the exchange-rate policy would not change. Prices fell on the Mexican stock market.",
]),
("w22", "Gorsefield News Agency", "1994-12-23T00:30:00Z", "Mexico lets peso float as reserves drain", [
"Mexico gave up defending its currency on Thursday and allowed the peso to float freely, two days after widening its trading band, as the central bank's reserves drained away in a run on the currency. The peso fell about 15 percent further, trading at around 4.7 to 4.8 to the dollar.",
"Finance Secretary Jaime Serra Puche said the Bank of Mexico would no longer intervene and that the market would now set the exchange rate. He said the float was the best way to protect the country's remaining reserves, and that the government would present a new economic program, agreed with business and labour, within days.",
"Bankers said the central bank had spent several billion dollars since Tuesday trying to hold the new ceiling, and that Mexican companies with dollar debts now faced heavy losses. Foreign investors who had bought short-term government bonds linked to the dollar were watching to see whether the government could roll them over.",
]),
("w23", "Pellworth Courier", "1995-01-04T02:00:00Z", "Zedillo's emergency plan sees 19 percent inflation, 1.5 percent growth", [
"President Ernesto Zedillo announced an emergency economic program on Tuesday that forecasts inflation of about 19 percent this year and growth of 1.5 percent, and calls for wage restraint, spending cuts and faster privatisation to restore confidence after the peso's collapse.",
"In a televised address, Zedillo said the country faced a very serious situation, that the devaluation would inevitably raise prices, and that without firm measures the crisis would be far deeper. Finance Secretary Guillermo Ortiz, who replaced Jaime Serra Puche on Thursday, said the peso would continue to float and the central bank would tighten credit. The government said an $18 billion line of credit arranged with the United States, Canada and other central banks would be used to stabilise the market.",
"Under the program, minimum wages will rise by 7 percent while prices are expected to climb much faster. The forecasts replace the 4 percent growth and 4 percent inflation presented to Congress in December.",
]),
("w24", "Halverton Wire", "1995-03-10T02:00:00Z", "Mexico raises sales tax to 15 percent, now sees 42 percent inflation and recession", [
"Mexico announced a second, harsher stabilisation plan on Thursday, raising the value-added tax to 15 percent from 10 percent and forecasting that the economy will shrink by about 2 percent this year while inflation reaches 42 percent.",
"Finance Secretary Guillermo Ortiz said the government would raise gasoline and electricity prices, cut spending further and keep interest rates high to halt the peso's fall, which has taken it beyond 7 to the dollar. He said the January program had been overtaken by the currency's slide and the rise in interest rates, and that the new measures were painful but necessary to keep the crisis from turning into runaway inflation.",
"Mexico is drawing on an international package of about $50 billion, including $20 billion from the U.S. Treasury's exchange stabilisation fund under an agreement signed on Feb. 21 and $17.8 billion from the International Monetary Fund. Ortiz said the peso would continue to float.",
]),
# ---------------------------------------------------------------- Thailand's baht, 1997 (w25-w29)
("w25", "Kilnsey Cross Wire", "1997-05-16T11:00:00Z", "Thai central bank denies devaluation plan, curbs offshore baht lending", [
"The Bank of Thailand denied on Thursday that it planned to devalue the baht or widen its trading range, and ordered local banks to stop lending baht to foreign speculators after a wave of selling that it fought off with heavy intervention.",
"Governor Rerngchai Marakanond said reports of an imminent devaluation were groundless and that the central bank would keep the baht's link to a basket of currencies dominated by the dollar. Its foreign reserves, at more than $30 billion, were more than enough to defend the currency, the bank said. Finance Minister Amnuay Viravan said there would be no devaluation.",
"Dealers said the central bank had spent heavily in the spot and forward markets this week, and that the new curbs had squeezed offshore traders by pushing up the cost of borrowing baht outside Thailand. The baht has been held at about 25 to the dollar for more than a decade.",
]),
("w26", "Crannock Press Service", "1997-06-30T14:00:00Z", "Chavalit vows baht will not be devalued", [
"Prime Minister Chavalit Yongchaiyudh said on Monday that the government would not devalue the baht, seeking to calm markets shaken by the suspension of 16 debt-laden finance companies and the resignation of his finance minister this month.",
"In a televised address, Chavalit said the baht was sound and that the country had enough reserves to protect it, and he urged Thais not to be swayed by rumours. He said depositors in the suspended finance companies would not lose their money. The 16 companies, ordered to halt operations on Friday, were told to find partners or new capital.",
"The new finance minister, Thanong Bidaya, who took office after Amnuay Viravan resigned on June 19, said the government's priorities were to cut the budget and restore confidence in the financial system.",
]),
("w27", "Sorrelby Newswire", "1997-07-02T13:00:00Z", "Thailand floats the baht; currency falls about 15 percent", [
"Thailand let the baht float on Wednesday, abandoning the link to a basket of currencies that had held it near 25 to the dollar for 13 years, and the currency fell about 15 percent to a record low of nearly 29 before recovering slightly.",
"The Finance Ministry and the Bank of Thailand said the baht would now move under a managed float, its value determined by market forces. The central bank raised its discount rate to 12.5 percent from 10.5 percent. Finance Minister Thanong Bidaya said Thailand did not need to borrow from the International Monetary Fund and could solve its problems on its own, though it would consult the Fund on policy.",
"Two days earlier, Prime Minister Chavalit Yongchaiyudh had said the baht would not be devalued. The float follows months of defending the currency that dealers say used up much of the central bank's reserves.",
]),
("w28", "Tansley Moor Dispatch", "1997-07-29T10:00:00Z", "Thailand turns to IMF for help as central bank governor quits", [
"Thailand asked the International Monetary Fund on Monday for financial and technical help to stabilise its economy, four weeks after floating the baht, and the governor of the central bank, Rerngchai Marakanond, resigned.",
"Finance Minister Thanong Bidaya said Thailand needed the Fund's support to restore investors' confidence, and that the government was ready to accept tough conditions, including tighter budgets and the closing of weak finance companies. An IMF mission would arrive in Bangkok this week to discuss a program, he said.",
"The IMF said in Washington that it stood ready to help Thailand and that talks would begin shortly. The baht, which has lost about a fifth of its value since July 2, fell again on the news. Chaiyawat Wibulswasdi, a deputy governor, was named to succeed Rerngchai.",
]),
("w29", "Brindlecombe Financial Report", "1997-08-21T02:00:00Z", "IMF approves Thai loan in $17.2 billion rescue; central bank reveals $23.4 billion in forward commitments", [
"The International Monetary Fund approved a loan of about $3.9 billion for Thailand on Wednesday as part of a $17.2 billion international rescue, and the Bank of Thailand disclosed that it had committed $23.4 billion of its foreign currency in forward contracts during its defence of the baht.",
"The disclosure, required under the IMF program, showed that most of the reserves the central bank had cited before the float had been pledged for future delivery. Under the program the central bank will publish its forward position regularly. The IMF said the program should restore confidence if it was carried out firmly.",
"Thailand has agreed to raise its value-added tax to 10 percent from 7 percent, to run a budget surplus of 1 percent of output, and to deal with the 58 finance companies it has suspended, 42 of them on Aug. 5. Japan is contributing $4 billion, and the World Bank and the Asian Development Bank $2.7 billion between them.",
]),
# ---------------------------------------------------------------- Libya and Lockerbie, 1999-2004 (w30-w33)
("w30", "Yarrowdale Herald", "1999-04-05T19:00:00Z", "Libya hands over Lockerbie suspects for trial in the Netherlands", [
"Libya handed over the two men accused of the Lockerbie bombing on Monday, flying them to the Netherlands to stand trial before Scottish judges, and the United Nations suspended the sanctions it imposed on Libya seven years ago.",
"Abdel Basset Ali al-Megrahi and Lamen Khalifa Fhimah left Tripoli aboard a UN aircraft with the world body's chief legal counsel, Hans Corell, and were arrested under Scottish law on landing at Valkenburg air base. They will be held at Camp Zeist, a former American base near Utrecht, where a Scottish court will sit under an arrangement proposed by Britain and the United States last year.",
"A Libyan government statement said the decision was a sovereign one, taken to end the suffering caused by the sanctions, and that it should not be seen as an admission of guilt. Libya maintained that both men were innocent of the crime. Col. Muammar Gaddafi agreed to the handover after mediation by President Nelson Mandela of South Africa and by Saudi Arabia.",
]),
("w31", "Sorrelby Newswire", "2003-08-16T12:00:00Z", "Libya accepts responsibility for Lockerbie in letter to UN", [
"Libya formally accepted responsibility for the bombing of Pan Am Flight 103 on Friday, telling the United Nations Security Council in a letter that it accepted responsibility for the actions of its officials and would pay compensation to the families of the 270 victims.",
"The letter, delivered by Libya's envoy to the UN, said Libya had facilitated the bringing to justice of the two suspects charged with the bombing, renounced terrorism and would cooperate with any further request for information in the Lockerbie investigation. Under a deal reached with lawyers for the families, Libya will pay $2.7 billion, up to $10 million per family, in stages tied to the lifting of UN and American sanctions and its removal from the State Department's list of sponsors of terrorism.",
"Britain and the United States said they would ask the council to lift the UN sanctions, suspended since 1999. The State Department said American sanctions would stay in place because of concerns over Libya's pursuit of weapons of mass destruction. Megrahi was convicted in 2001 and is serving a life sentence in Scotland; Fhimah was acquitted.",
]),
("w32", "Pellworth Courier", "2004-02-24T18:00:00Z", "Libyan prime minister says Lockerbie payment bought peace, not an admission of guilt", [
"Libya's prime minister, Shukri Ghanem, said on Tuesday that his country had agreed to compensate the families of the Lockerbie victims to buy peace and end sanctions, and that it did not accept guilt for the bombing.",
"In an interview with BBC Radio 4's Today program, Ghanem said Libya had concluded that it was easier to buy peace than to go on suffering under sanctions. Asked whether that meant Libya did not accept that it was to blame, he said he agreed. He said the same applied to the compensation Libya paid over the killing of a London police officer, Yvonne Fletcher, outside its embassy in 1984.",
"Libya told the Security Council in August that it accepted responsibility for the actions of its officials, and the United Nations lifted its sanctions the following month. In December Libya said it would give up its programs for weapons of mass destruction. Relatives of some of the victims said the remarks were an insult to the dead.",
]),
("w33", "Gorsefield News Agency", "2004-02-26T20:00:00Z", "Libya disowns prime minister's Lockerbie remarks", [
"Libya's government disowned remarks by its prime minister questioning the country's guilt for the Lockerbie bombing, saying in a statement carried by the official news agency JANA that his comments were inaccurate and regrettable.",
"The statement said Libya stood by the letter it sent to the United Nations Security Council in August, in which it accepted responsibility for the actions of its officials, and by its commitments under the compensation agreement with the victims' families. Prime Minister Shukri Ghanem had told the BBC on Tuesday that Libya paid to buy peace and did not accept guilt.",
"On Thursday the United States lifted its ban on Americans travelling to Libya, citing Libya's steps to give up its weapons of mass destruction, and said it would allow American oil companies to begin talks on returning to the country. Other sanctions remain in force.",
]),
# ---------------------------------------------------------------- the Madrid bombings, 2004 (w34-w37)
("w34", "Halverton Wire", "2004-03-11T21:30:00Z", "Train bombs kill more than 190 in Madrid; government blames ETA, then finds Koranic tape", [
"Ten bombs tore through four packed commuter trains in Madrid during the morning rush hour on Thursday, killing more than 190 people and wounding about 1,400 in the deadliest attack in Spain's history, three days before a general election.",
"Interior Minister Angel Acebes said at midday that the government had no doubt the Basque separatist group ETA was responsible, and that ETA had been seeking a massacre. He dismissed as an attempt to mislead a denial by Arnaldo Otegi, leader of the banned party Batasuna, who said ETA was not behind the attacks. Prime Minister Jose Maria Aznar said in a televised address that the terrorists would be defeated and that there would be no negotiation with them.",
"In the evening Acebes said police had found a stolen van in Alcala de Henares, where the bombers are believed to have boarded the trains, containing detonators and an audio tape of verses from the Koran. He said ETA remained the main line of investigation but that he had told the police not to rule out any line.",
]),
("w35", "Oxhollow Ledger", "2004-03-12T20:00:00Z", "Madrid toll rises to about 200 as millions march; ETA still main suspect, minister says", [
"Millions of Spaniards marched in the rain on Friday evening to protest against the Madrid train bombings, as the government said the number of dead had risen to about 200 and that ETA remained the main suspect, while adding that investigators were following every lead.",
"Interior Minister Angel Acebes said ETA remained the principal line of investigation, but that the van found near Madrid had opened another line that was being pursued with equal energy, and that all lines of investigation were open. A statement published in the Basque newspaper Gara said ETA bore no responsibility for the attacks.",
"On Thursday the United Nations Security Council adopted a resolution, drafted at Spain's request, that condemned the attacks and named ETA. Prime Minister Jose Maria Aznar marched in Madrid alongside the heir to the throne, Prince Felipe, and several European leaders. Some 11 million people were estimated to have taken part across the country.",
]),
("w36", "Kilnsey Cross Wire", "2004-03-14T00:30:00Z", "Spain arrests three Moroccans over Madrid bombings; tape claims al-Qaeda role", [
"Spain arrested five men on Saturday in connection with the Madrid train bombings, three of them Moroccans, and Interior Minister Angel Acebes said late at night that police had found a videotape in which a man claiming to speak for al-Qaeda said the group had carried out the attacks.",
"Acebes said the arrests followed the discovery of a mobile phone in a bag of explosives that failed to go off, and that one of the Moroccans might have links to Islamic extremist groups. Two men of Indian origin were also detained. The tape, found in a litter bin near a Madrid mosque after a telephone call to a television station, was in Arabic, and its authenticity had yet to be established, he said.",
"The arrests were the first sign from the government that the investigation had turned toward Islamist militants, two days after it said it had no doubt ETA was to blame. Thousands of protesters gathered outside the headquarters of Aznar's Popular Party on Saturday night, accusing the government of withholding information on the eve of the election.",
]),
("w37", "Crannock Press Service", "2004-04-19T09:00:00Z", "Zapatero orders Spanish troops home from Iraq", [
"Spain's new prime minister, Jose Luis Rodriguez Zapatero, ordered the 1,300 Spanish troops in Iraq home on Sunday, a day after taking office, saying there was no sign that the United Nations would take control of the occupation by June 30.",
"In a televised statement Zapatero said he had told the defence minister, Jose Bono, to do whatever was needed for the troops to come back in the shortest time and with the greatest security. During the campaign he had said the troops would come home by June 30 unless the UN took over.",
"The new government says the March 11 bombings, which killed about 190 people, were carried out by a cell of Islamist militants, seven of whom blew themselves up in an apartment in Leganes, south of Madrid, on April 3 as police closed in. The previous government had blamed ETA in the first days after the attacks.",
]),
# ---------------------------------------------------------------- Ebola in West Africa, 2014-15 (w38-w41)
("w38", "Tansley Moor Dispatch", "2014-04-01T17:00:00Z", "WHO says Guinea's Ebola outbreak is still 'relatively small,' disputing aid group", [
"The World Health Organization said on Tuesday that the Ebola outbreak in Guinea was still limited in size, disputing a warning from Medecins Sans Frontieres that the epidemic was unprecedented in the way it had spread.",
"\"This is relatively small still,\" WHO spokesman Gregory Hartl told reporters in Geneva. Ebola had always been a localised event, he said, and the largest outbreaks in the past had involved about 400 cases. He said there was no need to overstate the situation, and that the WHO did not recommend any restrictions on travel or trade with Guinea.",
"Guinea has reported more than 120 suspected and confirmed cases and about 80 deaths since the outbreak was identified in March, including cases in the capital, Conakry, and Liberia has reported several suspected cases. MSF, which is treating patients in the south of Guinea, said on Monday that it was facing an epidemic of a magnitude never seen before, with cases scattered across several regions.",
]),
("w39", "Yarrowdale Herald", "2014-08-08T15:00:00Z", "WHO declares Ebola an international health emergency", [
"The World Health Organization declared the Ebola epidemic in West Africa an international public health emergency on Friday, saying a coordinated global response was essential to stop a disease that has killed more than 930 people among some 1,700 cases in Guinea, Liberia, Sierra Leone and Nigeria.",
"WHO Director-General Margaret Chan said the outbreak was the largest, most severe and most complex in the nearly four decades since the disease was identified, and that the affected countries did not have the capacity to manage it on their own. The possible consequences of further international spread were particularly serious, she said, given the virulence of the virus and the weakness of health systems in the countries at risk.",
"An emergency committee of experts advising the agency said there should be no general ban on international travel or trade, but recommended that affected countries screen people leaving through airports and border crossings. Liberia and Sierra Leone have sent troops to seal off the areas worst hit.",
]),
("w40", "Gorsefield News Agency", "2014-08-28T18:00:00Z", "WHO warns Ebola cases could exceed 20,000, sets out plan to end outbreak", [
"The World Health Organization said on Thursday that the Ebola epidemic in West Africa could eventually infect more than 20,000 people, and set out a plan it said could stop transmission within six to nine months at a cost of about $490 million.",
"The agency said 3,069 cases and 1,552 deaths had been reported so far, more than 40 percent of the cases in the past three weeks, and that in areas of intense transmission the true number of cases might be two to four times higher than reported. Bruce Aylward, an assistant director-general, said the epidemic was still accelerating. He urged airlines to resume flights to the affected countries, saying the suspensions were hampering the delivery of staff and supplies.",
"Nigeria has reported new cases in Port Harcourt, outside Lagos, and the Democratic Republic of Congo has confirmed a separate outbreak. The WHO repeated that travel bans were not warranted.",
]),
("w41", "Sorrelby Newswire", "2015-04-16T14:00:00Z", "WHO admits it was too slow to see Ebola threat, promises reforms", [
"The World Health Organization acknowledged on Thursday that it and the rest of the world had been too slow to grasp the scale of the Ebola epidemic in West Africa, which has infected more than 25,000 people and killed more than 10,000 since it began.",
"\"The world, including WHO, was too slow to see what was unfolding before us,\" the agency said in a statement a year after the outbreak was recognised. It said it had learned lessons and would set up a global health emergency workforce and a contingency fund of $100 million so that it could respond faster to future outbreaks.",
"New cases have fallen sharply this year, though infections are still being reported in Guinea and Sierra Leone. Liberia, once the worst-hit country, has gone several weeks without a new confirmed case. Critics, including Medecins Sans Frontieres, have said the agency was slow to sound the alarm in the first months of 2014.",
]),
# ---------------------------------------------------------------- Luckin Coffee, 2020 (w42-w46)
("w42", "Brindlecombe Financial Report", "2020-02-03T14:00:00Z", "Luckin Coffee rejects short-seller report alleging fabricated sales", [
"Luckin Coffee Inc. on Monday categorically denied all the allegations in an anonymous report circulated by the short-seller Muddy Waters Research, which accused the Chinese coffee chain of inflating its sales and store traffic.",
"The company said the report's methodology was flawed, its evidence unsubstantiated and its allegations unsupported speculation and malicious interpretation of events. Luckin said it intended to take appropriate actions to defend itself against the malicious allegations.",
"The 89-page report, which Muddy Waters said it had received unsigned and found credible, claimed that more than 11,000 hours of video from Luckin stores showed the number of items sold per store per day had been inflated by 69 percent in the third quarter of 2019 and by 88 percent in the fourth. Luckin's U.S.-listed shares fell sharply on Friday before recovering part of the loss. The Xiamen-based company, which listed on Nasdaq last May, says it had 4,507 stores at the end of last year.",
]),
("w43", "Halverton Wire", "2020-04-02T14:30:00Z", "Luckin says COO fabricated about 2.2 billion yuan of sales; shares plunge", [
"Luckin Coffee said on Thursday that an internal investigation had found its chief operating officer, Jian Liu, and several employees reporting to him had fabricated sales worth about 2.2 billion yuan ($310 million) from the second to the fourth quarter of 2019, and its shares lost three quarters of their value.",
"The company said investors should no longer rely on its earlier financial statements for the nine months to September 2019 and for the third and fourth quarters, and that costs and expenses had also been substantially inflated. Liu and the employees involved have been suspended, and Luckin said it was still assessing the full financial impact of the misconduct and would take legal action against those responsible.",
"The investigation, by a special committee of the board, began after the company's auditor raised concerns during its work on the 2019 accounts. In February Luckin had rejected a short-seller's report accusing it of inflating its sales. China's securities regulator said it strongly condemned the fraud.",
]),
("w44", "Pellworth Courier", "2020-05-19T22:00:00Z", "Luckin, after firing its chief executive, says it will contest Nasdaq delisting", [
"Luckin Coffee said on Tuesday that it had received notice from Nasdaq that its shares would be delisted and that it planned to request a hearing to contest the decision, a week after it fired its chief executive, Jenny Zhiya Qian, and its chief operating officer, Jian Liu.",
"The exchange cited public interest concerns raised by the fabricated sales the company disclosed last month, and the company's failure to disclose material information earlier. Luckin said its shares would remain listed until the hearing panel ruled. The board dismissed Qian and Liu on May 12 on the recommendation of a special committee investigating the fraud, and named Jinyi Guo, a director and senior vice president, as acting chief executive. Six other employees involved were put on leave or dismissed.",
]),
("w45", "Oxhollow Ledger", "2020-06-26T14:00:00Z", "Luckin drops fight, will delist from Nasdaq on Monday", [
"Luckin Coffee said on Friday that it would delist its shares from the Nasdaq stock market, withdrawing the request for a hearing it had made last month to contest the exchange's decision, and that trading would be suspended on Monday.",
"The company said the exchange would file the necessary papers with the Securities and Exchange Commission to complete the delisting, and that its shares might continue to trade over the counter. It said its stores in China were operating normally. Luckin had received a second notice from Nasdaq this month after failing to file its annual report on time.",
"The decision ends a little more than a year of trading for a company that raised about $560 million in its initial public offering last May and was once valued at more than $12 billion.",
]),
("w46", "Kilnsey Cross Wire", "2020-07-01T13:00:00Z", "Luckin inquiry finds 2.12 billion yuan of 2019 revenue was fabricated", [
"A special committee of Luckin Coffee's board has found that the company's net revenue for 2019 was inflated by about 2.12 billion yuan through fabricated transactions that began in April of last year, the company said on Wednesday.",
"Costs and expenses were also inflated, by about 1.34 billion yuan, the committee found. Luckin said its former chief executive, Jenny Zhiya Qian, and its former chief operating officer, Jian Liu, had taken part in the fabrication along with employees who reported to them, and that it had decided to dismiss the staff involved and to strengthen its internal controls.",
"In April the company put the sales linked to fabricated transactions from the second to the fourth quarter of 2019 at about 2.2 billion yuan. Shareholders are to vote on Sunday on removing the chairman and founder, Charles Zhengyao Lu, from the board, at the request of the other directors.",
]),
]

STATEMENTS = {
"w01": [["united-states", "had cleared everyone now working at"], ["united-states", "no one in the White House staff"],
        ["united-states", "was involved in this very bizarre incident"], ["united-states", "overzealous people in campaigns do things"],
        ["united-states", "were all looking into the affair"], ["united-states", "would serve no useful purpose"]],
"w02": [["united-states", "accepted responsibility for the Watergate affair"], ["united-states", "had been appalled when he learned"],
        ["united-states", "members of his administration were not involved"], ["united-states", "I remained convinced that the denials"],
        ["united-states", "some of the charges were true"], ["united-states", "an effort to conceal the facts"],
        ["united-states", "There can be no whitewash"], ["united-states", "two of the finest public servants"],
        ["united-states", "the man at the top must"], ["united-states", "gave him absolute authority over the case"],
        ["united-states", "earlier White House statements on Watergate"]],
"w03": [["united-states", "would stay in his hands"], ["united-states", "would not produce the nine recordings"],
        ["united-states", "not subject to the compulsory process"], ["united-states", "was essential to the office"],
        ["united-states", "under his sole personal control"], ["united-states", "None has been transcribed or made public"],
        ["united-states", "entirely consistent with what he knew"], ["united-states", "would inevitably interpret in different ways"]],
"w04": [["united-states", "to give Judge John J. Sirica"], ["united-states", "This president does not defy the law"],
        ["united-states", "would comply in all respects"], ["united-states", "would settle the matter"],
        ["united-states", "had made that impossible"], ["united-states", "Nixon ordered Cox dismissed"],
        ["united-states", "had been abolished and its work"]],
"w05": [["united-states", "had no intention of leaving office"], ["united-states", "no intention whatever of ever walking away"],
        ["united-states", "given the special prosecutor voluminous material"], ["united-states", "bring the investigations to an end"],
        ["united-states", "One year of Watergate is enough"], ["united-states", "consistent with his responsibilities to the"],
        ["united-states", "would do nothing that weakened the"], ["united-states", "would be no recession in the"]],
"w06": [["united-states", "would resign as president at noon"], ["united-states", "had ordered a halt to the"],
        ["united-states", "I have never been a quitter"], ["united-states", "abhorrent to every instinct in my"],
        ["united-states", "put the interest of America first"], ["united-states", "no longer had a strong enough"],
        ["united-states", "regretted deeply any injuries"], ["united-states", "approved a plan to have the CIA"],
        ["united-states", "political considerations were involved"], ["united-states", "had not told his lawyers"],
        ["united-states", "at variance with certain of his"]],
"w07": [["united-states", "concerned about the violence and the"], ["united-states", "was occurring on both sides"],
        ["united-states", "a strong two-party system"], ["united-states", "he was sending Philip C. Habib"],
        ["united-states", "had vital interests in the islands"], ["philippines", "would proclaim him the winner"],
        ["philippines", "had also committed irregularities"], ["philippines", "denied that his party had tampered"]],
"w08": [["philippines", "crediting him with 10,807,197 votes"], ["philippines", "would be sworn in for a new"],
        ["philippines", "called on his rival to accept"], ["united-states", "marred by widespread fraud and violence"],
        ["united-states", "perpetrated largely by the ruling party"], ["united-states", "credibility had been called into question"]],
"w09": [["philippines", "declared a state of emergency"], ["philippines", "had no intention of resigning"],
        ["philippines", "would be inaugurated on Tuesday"], ["philippines", "no intention of going abroad"],
        ["philippines", "attacked with air strikes and artillery"], ["philippines", "disperse the crowds without shooting them"],
        ["united-states", "by violence were futile"], ["united-states", "a peaceful transition to a new government"],
        ["united-states", "could not continue its military aid"]],
"w10": [["philippines", "left the Philippines on Tuesday night"], ["philippines", "taking the oath for a new term"],
        ["philippines", "whether he could share power with"], ["philippines", "stay on until his term ended"],
        ["philippines", "he was very, very disappointed"], ["united-states", "recognised the new government headed by"],
        ["united-states", "praised Marcos for his decision"], ["united-states", "would be welcome in the United States"]],
"w11": [["perrier", "recalled all of its sparkling water"], ["perrier", "posed no health risk"],
        ["perrier", "a precaution to protect Perrier's image"], ["perrier", "had come from a cleaning fluid"],
        ["perrier", "calling it an isolated incident"], ["perrier", "had not been contaminated"],
        ["perrier", "no reason to withdraw Perrier sold elsewhere"]],
"w12": [["perrier", "was safe to drink"], ["perrier", "there was no need to withdraw it"],
        ["perrier", "limited to a production line serving"], ["perrier", "had found nothing to cause concern"],
        ["perrier", "a general recall was not warranted"]],
"w13": [["perrier", "would withdraw all of its bottled water"], ["perrier", "some 160 million bottles in 120"],
        ["perrier", "had come from the gas that"], ["perrier", "benzene occurs naturally in the carbon dioxide"],
        ["perrier", "had not been replaced when they"], ["perrier", "Workers had failed to change the filters"],
        ["perrier", "the water itself was pure"], ["perrier", "to protect the image of quality"],
        ["perrier", "marked as new production"]],
"w14": [["iraq", "had no intention of attacking Kuwait"], ["iraq", "stealing $2.4 billion worth of oil"],
        ["iraq", "pumping more than their OPEC quotas"], ["iraq", "had also built military posts"],
        ["iraq", "its policy an act of aggression"], ["iraq", "costing Iraq billions of dollars"],
        ["united-states", "was holding a joint exercise"]],
"w15": [["iraq", "begin withdrawing its forces from Kuwait"], ["iraq", "overran the emirate in a pre-dawn invasion"],
        ["iraq", "unless something emerged that threatened"], ["iraq", "in answer to an appeal from"],
        ["iraq", "had overthrown the emir"], ["iraq", "as soon as order had been restored"],
        ["iraq", "a few days or a few weeks"], ["united-states", "called the invasion naked aggression"],
        ["united-states", "froze Iraqi and Kuwaiti assets"]],
"w16": [["iraq", "a comprehensive, eternal and inseparable merger"], ["iraq", "at the request of the provisional government"],
        ["iraq", "the branch had returned to the root"], ["iraq", "close their embassies in Kuwait"],
        ["iraq", "sealed its borders to most foreigners"], ["iraq", "what it said were troops leaving"],
        ["united-states", "ordered American troops and aircraft"]],
"w17": [["iraq", "release all the foreigners it is holding"], ["iraq", "in stages over three months"],
        ["iraq", "to mar the atmosphere of peace"], ["iraq", "a further 250,000 troops"],
        ["iraq", "begin on Dec. 25 and end"], ["iraq", "a gesture to those in the West"],
        ["united-states", "freed immediately and unconditionally"]],
"w18": [["iraq", "to let all foreigners held in"], ["iraq", "positive developments abroad"],
        ["iraq", "justified the step"], ["iraq", "no longer any need to keep"],
        ["iraq", "Kuwait was its 19th province"], ["united-states", "welcomed the decision"],
        ["united-states", "did not alter the demand that"]],
"w19": [["libya", "any connection with the bombing of"], ["libya", "had nothing to do with the attack"],
        ["libya", "did not allow its citizens to"], ["libya", "would investigate the accusations itself"],
        ["libya", "put the two men on trial"], ["libya", "an impartial international body look into"],
        ["united-states", "must hand them over for trial"]],
"w20": [["mexico", "growth of 4 percent and inflation"], ["mexico", "keeps the band within which the"],
        ["mexico", "would stay in place"], ["mexico", "continuing to rise slowly each day"],
        ["mexico", "had no plans to change the peso's"], ["mexico", "financed by foreign investment"],
        ["mexico", "to keep the policies of his predecessor"]],
"w21": [["mexico", "raising the ceiling of the band"], ["mexico", "had been agreed under the economic pact"],
        ["mexico", "would not set off inflation"], ["mexico", "gave enough room to absorb the pressure"],
        ["mexico", "would use its reserves to defend"], ["mexico", "the rest of the economic program"],
        ["mexico", "blamed the pressure on the current-account"]],
"w22": [["mexico", "allowed the peso to float freely"], ["mexico", "would no longer intervene"],
        ["mexico", "the market would now set"], ["mexico", "the best way to protect the"],
        ["mexico", "would present a new economic program"]],
"w23": [["mexico", "inflation of about 19 percent this year"], ["mexico", "growth of 1.5 percent"],
        ["mexico", "faced a very serious situation"], ["mexico", "would inevitably raise prices"],
        ["mexico", "the crisis would be far deeper"], ["mexico", "the peso would continue to float"],
        ["mexico", "would tighten credit"], ["mexico", "would be used to stabilise the market"],
        ["mexico", "minimum wages will rise by 7 percent"]],
"w24": [["mexico", "raising the value-added tax to 15"], ["mexico", "will shrink by about 2 percent"],
        ["mexico", "inflation reaches 42 percent"], ["mexico", "raise gasoline and electricity prices"],
        ["mexico", "keep interest rates high"], ["mexico", "had been overtaken by the currency's slide"],
        ["mexico", "painful but necessary"], ["mexico", "peso would continue to float"]],
"w25": [["bank-of-thailand", "planned to devalue the baht or"], ["bank-of-thailand", "to stop lending baht to foreign speculators"],
        ["bank-of-thailand", "reports of an imminent devaluation were groundless"], ["bank-of-thailand", "keep the baht's link to a basket"],
        ["bank-of-thailand", "at more than $30 billion"], ["bank-of-thailand", "more than enough to defend the currency"],
        ["thailand", "there would be no devaluation"]],
"w26": [["thailand", "would not devalue the baht"], ["thailand", "the baht was sound"],
        ["thailand", "had enough reserves to protect it"], ["thailand", "not to be swayed by rumours"],
        ["thailand", "would not lose their money"], ["thailand", "were told to find partners"],
        ["thailand", "to cut the budget and restore"]],
"w27": [["thailand", "let the baht float on Wednesday"], ["bank-of-thailand", "move under a managed float"],
        ["bank-of-thailand", "its value determined by market forces"], ["bank-of-thailand", "raised its discount rate to 12.5"],
        ["thailand", "did not need to borrow from"], ["thailand", "could solve its problems on its own"],
        ["thailand", "would consult the Fund on policy"]],
"w28": [["thailand", "for financial and technical help"], ["thailand", "needed the Fund's support to restore"],
        ["thailand", "ready to accept tough conditions"], ["thailand", "would arrive in Bangkok this week"],
        ["imf", "stood ready to help Thailand"], ["imf", "talks would begin shortly"]],
"w29": [["imf", "approved a loan of about $3.9 billion"], ["imf", "$17.2 billion international rescue"],
        ["imf", "should restore confidence if it was"], ["bank-of-thailand", "had committed $23.4 billion of its"],
        ["bank-of-thailand", "in forward contracts during its defence"], ["thailand", "raise its value-added tax to 10"],
        ["thailand", "a budget surplus of 1 percent"], ["thailand", "58 finance companies it has suspended"]],
"w30": [["libya", "handed over the two men accused"], ["libya", "the decision was a sovereign one"],
        ["libya", "to end the suffering caused by"], ["libya", "should not be seen as an admission"],
        ["libya", "both men were innocent of the crime"]],
"w31": [["libya", "formally accepted responsibility for the bombing"], ["libya", "responsibility for the actions of its officials"],
        ["libya", "would pay compensation to the families"], ["libya", "had facilitated the bringing to justice"],
        ["libya", "renounced terrorism and would cooperate"], ["libya", "any further request for information"],
        ["libya", "up to $10 million per family"], ["united-states", "would ask the council to lift"],
        ["united-states", "American sanctions would stay in place"]],
"w32": [["libya", "to buy peace and end sanctions"], ["libya", "did not accept guilt for the bombing"],
        ["libya", "easier to buy peace than to"], ["libya", "did not accept that it was"],
        ["libya", "the same applied to the compensation"]],
"w33": [["libya", "his comments were inaccurate and regrettable"], ["libya", "stood by the letter it sent"],
        ["libya", "in which it accepted responsibility for"], ["libya", "its commitments under the compensation agreement"],
        ["united-states", "lifted its ban on Americans travelling"], ["united-states", "Libya's steps to give up"],
        ["united-states", "allow American oil companies to begin"]],
"w34": [["spain", "had no doubt the Basque separatist group"], ["spain", "ETA had been seeking a massacre"],
        ["spain", "as an attempt to mislead"], ["spain", "the terrorists would be defeated"],
        ["spain", "no negotiation with them"], ["spain", "containing detonators and an audio tape"],
        ["spain", "ETA remained the main line"], ["spain", "not to rule out any line"]],
"w35": [["spain", "the number of dead had risen"], ["spain", "ETA remained the main suspect"],
        ["spain", "investigators were following every lead"], ["spain", "remained the principal line of investigation"],
        ["spain", "pursued with equal energy"], ["spain", "all lines of investigation were open"]],
"w36": [["spain", "arrested five men on Saturday"], ["spain", "police had found a videotape"],
        ["spain", "a man claiming to speak for al-Qaeda"], ["spain", "followed the discovery of a mobile phone"],
        ["spain", "might have links to Islamic extremist groups"], ["spain", "its authenticity had yet to be established"]],
"w37": [["spain", "ordered the 1,300 Spanish troops"], ["spain", "no sign that the United Nations"],
        ["spain", "in the shortest time"], ["spain", "a cell of Islamist militants"]],
"w38": [["who", "was still limited in size"], ["who", "This is relatively small still"],
        ["who", "had always been a localised event"], ["who", "had involved about 400 cases"],
        ["who", "no need to overstate the situation"], ["who", "did not recommend any restrictions on travel"]],
"w39": [["who", "an international public health emergency"], ["who", "a coordinated global response was essential"],
        ["who", "the largest, most severe and most complex"], ["who", "did not have the capacity to manage"],
        ["who", "were particularly serious"], ["who", "no general ban on international travel"],
        ["who", "screen people leaving through airports"]],
"w40": [["who", "could eventually infect more than 20,000"], ["who", "within six to nine months"],
        ["who", "at a cost of about $490 million"], ["who", "3,069 cases and 1,552 deaths"],
        ["who", "more than 40 percent of the cases"], ["who", "two to four times higher"],
        ["who", "was still accelerating"], ["who", "were hampering the delivery of staff"],
        ["who", "travel bans were not warranted"]],
"w41": [["who", "too slow to grasp the scale"], ["who", "including WHO, was too slow"],
        ["who", "what was unfolding before us"], ["who", "had learned lessons"],
        ["who", "a global health emergency workforce"], ["who", "a contingency fund of $100 million"],
        ["who", "respond faster to future outbreaks"]],
"w42": [["luckin", "categorically denied all the allegations"], ["luckin", "the report's methodology was flawed"],
        ["luckin", "its evidence unsubstantiated"], ["luckin", "malicious interpretation of events"],
        ["luckin", "take appropriate actions to defend itself"], ["luckin", "had 4,507 stores at the end"]],
"w43": [["luckin", "fabricated sales worth about 2.2 billion"], ["luckin", "should no longer rely on its earlier"],
        ["luckin", "had also been substantially inflated"], ["luckin", "the employees involved have been suspended"],
        ["luckin", "still assessing the full financial impact"], ["luckin", "take legal action against those responsible"]],
"w44": [["luckin", "had received notice from Nasdaq"], ["luckin", "planned to request a hearing"],
        ["luckin", "would remain listed until the hearing"], ["luckin", "dismissed Qian and Liu on May 12"],
        ["luckin", "on the recommendation of a special committee"], ["luckin", "as acting chief executive"],
        ["luckin", "were put on leave or dismissed"]],
"w45": [["luckin", "would delist its shares from the"], ["luckin", "withdrawing the request for a hearing"],
        ["luckin", "trading would be suspended on Monday"], ["luckin", "would file the necessary papers"],
        ["luckin", "might continue to trade over the counter"], ["luckin", "its stores in China were operating normally"]],
"w46": [["luckin", "was inflated by about 2.12 billion yuan"], ["luckin", "began in April of last year"],
        ["luckin", "by about 1.34 billion yuan"], ["luckin", "had taken part in the fabrication"],
        ["luckin", "to dismiss the staff involved"], ["luckin", "to strengthen its internal controls"]],
}

OPTIONAL = {
"w04": [["united-states", "removed only for extraordinary improprieties"]],
"w08": [["united-states", "fraud might have occurred on both sides"]],
"w13": [["perrier", "the contamination came from a cleaning fluid"]],
"w16": [["iraq", "begin pulling its forces out on"]],
"w27": [["thailand", "the baht would not be devalued"]],
"w32": [["libya", "it accepted responsibility for the actions"]],
"w33": [["libya", "paid to buy peace and did"]],
"w36": [["spain", "it had no doubt ETA was"]],
"w37": [["spain", "would come home by June 30"], ["spain", "had blamed ETA in the first days"]],
"w43": [["luckin", "rejected a short-seller's report accusing it"]],
"w46": [["luckin", "put the sales linked to fabricated transactions"]],
}

MUST_FIRE = [
# stance reversals said with hedges and modals
["w03", "w04", "united-states", "stance-reversal: the president said he would not produce the nine recordings because a president is not subject to the compulsory process of the courts; three months later his lawyer says he will comply in all respects with the order to hand them to the judge"],
["w12", "w13", "perrier", "stance-reversal: the company said its water sold in Europe was safe, that there was no need to withdraw it and that a general recall was not warranted; the next day it withdraws all its water worldwide"],
["w21", "w22", "mexico", "stance-reversal: the finance secretary said the wider band gave enough room to absorb the pressure and that the central bank would use its reserves to defend it; two days later the central bank stops intervening and the peso floats"],
["w27", "w28", "thailand", "stance-reversal: the finance minister said Thailand did not need to borrow from the IMF and could solve its problems on its own; four weeks later it asks the Fund for financial help"],
["w44", "w45", "luckin", "stance-reversal: the company said it planned to request a hearing to contest the delisting and that its shares would stay listed until the panel ruled; five weeks later it withdraws the request and delists"],
# commitments reversed in other words
["w03", "w06", "united-states", "commitment-reversed: the president wrote that none of the tapes had been transcribed or made public and none would be; a year later he releases transcripts of his conversations of June 23, 1972"],
["w05", "w06", "united-states", "commitment-reversed: the president said he had no intention whatever of ever walking away from the job the people elected him to do; six months later he resigns"],
["w15", "w16", "iraq", "commitment-reversed: Iraq said it would begin withdrawing its forces from Kuwait on Sunday and would leave once order was restored; five days later it annexes Kuwait in an eternal and inseparable merger"],
["w19", "w30", "libya", "commitment-reversed: Libya said its law did not allow its citizens to be extradited and that it would try the two accused at home; in 1999 it hands them over for trial before Scottish judges in the Netherlands"],
["w20", "w21", "mexico", "commitment-reversed: the finance secretary said the exchange-rate band would stay in place, dismissed talk of a devaluation and said there were no plans to change the peso's regime; eleven days later the ceiling of the band is raised by 15 percent"],
["w26", "w27", "thailand", "commitment-reversed: the prime minister said the government would not devalue the baht; two days later the baht is floated and falls about 15 percent"],
# denials then action or admission
["w09", "w10", "philippines", "denial-then-action: Marcos said he had no intention of resigning and that he and his family had no intention of going abroad; the next night he leaves the Philippines for Guam"],
["w14", "w15", "iraq", "denial-then-action: Saddam Hussein assured Egypt's president that Iraq had no intention of attacking Kuwait; a week later Iraqi troops overrun the emirate"],
["w19", "w31", "libya", "denial-then-action: Libya said it had nothing to do with the Lockerbie bombing and called the charges baseless; in 2003 it accepts responsibility for the actions of its officials and pays compensation"],
# reports denied, then borne out
["w25", "w27", "bank-of-thailand", "report-denied: the central bank called reports of an imminent devaluation groundless and said it would keep the baht's link to a basket of currencies; seven weeks later the baht is floated"],
["w42", "w43", "luckin", "report-denied: the company categorically denied a short-seller's report that it had inflated its sales, calling its evidence unsubstantiated; two months later it says its chief operating officer fabricated about 2.2 billion yuan of sales"],
# claims negated
["w01", "w02", "united-states", "claim-negated: the president said his counsel's investigation showed that no one in the White House staff or the administration was involved; eight months later he says there was a real possibility that some of the charges were true and an effort to conceal the facts, as his two closest aides resign"],
["w07", "w08", "united-states", "claim-negated: the president said the fraud and violence could have been occurring on both sides; four days later the White House says they were perpetrated largely by the ruling party"],
["w11", "w13", "perrier", "claim-negated: the company said the benzene came from a cleaning fluid on one production line, an isolated incident, and that the spring was not contaminated; five days later it says the benzene occurs naturally in the gas at the spring and was let through by filters that had not been changed"],
["w31", "w32", "libya", "claim-negated: Libya told the Security Council that it accepted responsibility for the actions of its officials; its prime minister now says it paid to buy peace and does not accept guilt"],
["w32", "w33", "libya", "claim-negated: the prime minister said Libya did not accept guilt and paid only to buy peace; two days later the government calls his remarks inaccurate and regrettable and stands by its acceptance of responsibility"],
["w34", "w36", "spain", "claim-negated: the interior minister said the government had no doubt that ETA was responsible; two days later he announces the arrest of three Moroccans, one possibly linked to Islamic extremists, and a videotape claiming the attacks for al-Qaeda"],
["w38", "w39", "who", "claim-negated: the agency's spokesman said the Ebola outbreak was relatively small still, that Ebola had always been a localised event and that there was no need to overstate it; four months later the director-general calls it the largest, most severe and most complex outbreak in the disease's history"],
# number mismatches
["w20", "w23", "mexico", "number-mismatch: the December program forecast growth of 4 percent and inflation of 4 percent for 1995; four weeks later the emergency plan puts them at 1.5 percent and about 19 percent"],
["w23", "w24", "mexico", "number-mismatch: the January plan forecast 1.5 percent growth and about 19 percent inflation for 1995; two months later the economy is to shrink by about 2 percent and inflation to reach 42 percent"],
["w25", "w29", "bank-of-thailand", "number-mismatch: the central bank said its reserves of more than $30 billion were more than enough to defend the baht; it now discloses that $23.4 billion had been committed in forward contracts"],
# dates moved
["w02", "w06", "united-states", "date-mismatch: the president said that until March 1973 he remained convinced the denials of involvement were true; he now acknowledges that on June 23, 1972, six days after the break-in, he approved a plan to limit the FBI's inquiry knowing political considerations were involved"],
["w17", "w18", "iraq", "date-mismatch: Iraq said the foreigners it held would be freed in stages from Dec. 25 to March 25; less than three weeks later it abandons that timetable and lets them all leave at once"],
]

AMBIGUOUS = [
["w01", "w06"],  # no one in the White House was involved, then the president approved the plan to limit the FBI inquiry: carried by w01-w02
["w02", "w04"],  # the new attorney general given absolute authority, including over a special prosecutor, then the prosecutor fired and the office abolished
["w04", "w05"],  # full compliance with the court order, then cooperation only in ways consistent with the office
["w07", "w09"],  # talk to both camps and vital interests, then a call for a peaceful transition to a new government
["w08", "w10"],  # sworn in for a new six-year term, then sworn in and gone the same night: carried by w09-w10
["w14", "w16"],  # no intention of attacking Kuwait, then annexation: carried by w14-w15
["w19", "w33"],  # nothing to do with the bombing, then acceptance of responsibility reaffirmed: carried by w19-w31
["w30", "w31"],  # the handover is no admission of guilt and the men are innocent, then responsibility for the actions of its officials
["w20", "w22"],  # the band stays and no devaluation, then a free float: carried by w20-w21
["w20", "w24"],  # 4 percent growth and inflation, then a 2 percent contraction and 42 percent inflation: carried by w20-w23 and w23-w24
["w21", "w23"],  # the rest of the economic program remains in force, then an emergency program replaces its forecasts
["w27", "w29"],  # no need to borrow from the IMF, then an IMF loan: carried by w27-w28
["w35", "w36"],  # ETA the principal line but every line open, then arrests pointing to Islamist militants
["w34", "w37"],  # no doubt ETA was responsible, then a new government says an Islamist cell did it: carried by w34-w36
["w38", "w41"],  # relatively small and no need to overstate it, then the world, including WHO, too slow to see what was unfolding
["w42", "w46"],  # every allegation denied, then 2.12 billion yuan of revenue found fabricated: carried by w42-w43
]

TRAPS = [
["w03", "w05", "a consistent restatement: the president guards the confidentiality of the office in July, and in January will cooperate only in ways consistent with his responsibilities to it"],
["w08", "w09", "a consistent restatement: Marcos says he will be sworn in on Feb. 25 and, as the revolt grows, that he will be inaugurated as planned and has no intention of resigning"],
["w11", "w12", "a consistent restatement: the trouble is confined to the North American line, said in New York on Friday and in Paris on Tuesday"],
["w16", "w18", "a consistent restatement: Kuwait merged with Iraq for ever in August, and still its 19th province when the hostages are let go in December"],
["w19", "w32", "a consistent restatement, thirteen years apart: Libya denies any part in the bombing in 1991, and its prime minister says in 2004 that it does not accept guilt (the 2004 remark contradicts the 2003 letter, not the 1991 denial)"],
["w31", "w33", "a consistent restatement: responsibility for the actions of its officials accepted in August 2003 and reaffirmed in February 2004"],
["w22", "w23", "a consistent restatement: the peso left to float in December and kept floating under the January plan"],
["w22", "w24", "a consistent restatement: the float of December confirmed in March by a different finance secretary"],
["w26", "w29", "counts that grow, each announced as such: 16 finance companies suspended in June, 58 after a second round of 42 in August; depositors' protection is not contradicted"],
["w28", "w29", "a consistent position: the IMF stands ready to help, then approves a loan"],
["w34", "w35", "counts that grow and a line restated with a hedge: more than 190 dead, then about 200; ETA the main line with no line ruled out, then the principal line with every line open"],
["w39", "w40", "counts that grow and advice restated: some 1,700 cases and 930 deaths, then 3,069 cases and 1,552 deaths; no general travel ban, and travel bans not warranted"],
["w40", "w41", "a projection borne out: cases could eventually exceed 20,000, and eight months later more than 25,000 have been infected"],
["w43", "w46", "different measures reported together: about 2.2 billion yuan of sales linked to fabricated transactions in the second to fourth quarters, against about 2.12 billion yuan of inflated net revenue for the year"],
["w43", "w44", "an undecided matter, then decided: the chief operating officer suspended pending the investigation, then dismissed on the committee's recommendation"],
]


if __name__ == "__main__":
    # The writer and the checks every set shares live beside the sets.
    sys.path.insert(0, os.path.dirname(HERE))
    import corpus_tools
    gold = {"statements": STATEMENTS, "optional": OPTIONAL, "must_fire": MUST_FIRE, "ambiguous": AMBIGUOUS, "traps": TRAPS}
    sys.exit(corpus_tools.main(HERE, ACTORS, OUTLETS, DOCS, gold, sys.argv))
