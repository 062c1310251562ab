#!/usr/bin/env python3
"""Build the news-validation-4 corpus.

Every document retells, in our own words, a real and dated public event
(see SOURCE.md). All texts and judgements are held here as data.

    python3 make_corpus.py           writes corpus.jsonl and gold.json beside
                                     this script, then checks them
    python3 make_corpus.py --check   checks the files already written (and
                                     that they match the data below)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def sp(name, role, start=None, end=None):
    d = dict(name=name, role=role)
    if start:
        d["from"] = start
    if end:
        d["to"] = end
    return d


# ---------------------------------------------------------------- actors
US = "united-states"
RU = "russia"
CY = "cyprus"
EG = "eurogroup"
MY = "malaysia"
TH = "thai-military"
PBOC = "pboc"
TSLA = "tesla"
THER = "theranos"
WDI = "wirecard"
MUSK = "elon-musk"
TWTR = "twitter"

actors = [
    dict(id=US, name="United States",
         aliases=["US", "U.S.", "United States", "US government", "Washington",
                  "White House", "Obama administration", "State Department",
                  "American officials", "US officials"],
         speakers=[sp("Barack Obama", "President", start="2009-01-20", end="2017-01-20"),
                   sp("John Kerry", "Secretary of State", start="2013-02-01", end="2017-01-20"),
                   sp("Chuck Hagel", "Secretary of Defense", start="2013-02-27", end="2015-02-17"),
                   sp("Jen Psaki", "State Department spokeswoman"),
                   sp("Tony Blinken", "Deputy National Security Adviser")]),
    dict(id=RU, name="Russia",
         aliases=["Russian government", "Moscow", "Kremlin", "Russian Foreign Ministry",
                  "Russian Defence Ministry", "Russian authorities"],
         speakers=[sp("Vladimir Putin", "President", start="2012-05-07"),
                   sp("Sergei Lavrov", "Foreign Minister", start="2004-03-09"),
                   sp("Dmitry Peskov", "Kremlin spokesman"),
                   sp("Sergei Shoigu", "Defence Minister", start="2012-11-06", end="2024-05-12")]),
    dict(id=CY, name="Cyprus",
         aliases=["Cypriot government", "Cyprus government", "Nicosia",
                  "Central Bank of Cyprus", "Cypriot central bank", "Cypriot finance ministry"],
         speakers=[sp("Nicos Anastasiades", "President", start="2013-02-28"),
                   sp("Michael Sarris", "Finance Minister", start="2013-03-01", end="2013-04-02"),
                   sp("Christos Stylianides", "Government spokesman"),
                   sp("Panicos Demetriades", "Governor, Central Bank of Cyprus")]),
    dict(id=EG, name="Eurogroup",
         aliases=["Eurogroup", "euro zone finance ministers", "euro zone ministers",
                  "euro zone lenders"],
         speakers=[sp("Jeroen Dijsselbloem", "President of the Eurogroup",
                      start="2013-01-21", end="2018-01-12")]),
    dict(id=MY, name="Malaysia",
         aliases=["Malaysian government", "Kuala Lumpur", "Malaysian authorities",
                  "Malaysian officials", "Department of Civil Aviation",
                  "Royal Malaysian Air Force", "Malaysian military"],
         speakers=[sp("Najib Razak", "Prime Minister", start="2009-04-03", end="2018-05-10"),
                   sp("Hishammuddin Hussein", "Defence Minister and acting Transport Minister",
                      start="2013-05-16", end="2014-06-27"),
                   sp("Azharuddin Abdul Rahman", "Director-General of Civil Aviation"),
                   sp("Rodzali Daud", "Chief of the Royal Malaysian Air Force")]),
    dict(id=TH, name="Thai military",
         aliases=["Thai army", "Royal Thai Army", "Thai military", "junta",
                  "National Council for Peace and Order", "NCPO", "military government"],
         speakers=[sp("Prayuth Chan-ocha", "Army Chief; head of the National Council for Peace and Order"),
                   sp("Winthai Suvaree", "Army spokesman")]),
    dict(id=PBOC, name="People's Bank of China",
         aliases=["PBOC", "People's Bank of China", "Chinese central bank",
                  "China's central bank"],
         speakers=[sp("Zhou Xiaochuan", "Governor", end="2018-03-19"),
                   sp("Yi Gang", "Deputy Governor", end="2018-03-19"),
                   sp("Zhang Xiaohui", "Assistant Governor")]),
    dict(id=TSLA, name="Tesla",
         aliases=["Tesla", "Tesla Inc", "Tesla Motors", "electric carmaker"],
         speakers=[sp("Elon Musk", "Chief Executive")]),
    dict(id=THER, name="Theranos",
         aliases=["Theranos", "Theranos Inc", "blood-analysis start-up"],
         speakers=[sp("Elizabeth Holmes", "Founder and Chief Executive", end="2018-06-15"),
                   sp("Ramesh Balwani", "President and Chief Operating Officer"),
                   sp("Brooke Buchanan", "Spokeswoman")]),
    dict(id=WDI, name="Wirecard",
         aliases=["Wirecard", "Wirecard AG", "German payments company"],
         speakers=[sp("Markus Braun", "Chief Executive", end="2020-06-19"),
                   sp("Jan Marsalek", "Chief Operating Officer", end="2020-06-22"),
                   sp("James Freis", "Interim Chief Executive", start="2020-06-19")]),
    dict(id=MUSK, name="Elon Musk",
         aliases=["Musk", "Elon Musk"],
         speakers=[sp("Elon Musk", "Investor; Chief Executive of Tesla and SpaceX")]),
    dict(id=TWTR, name="Twitter",
         aliases=["Twitter", "Twitter Inc", "Twitter's board", "social media company"],
         speakers=[sp("Parag Agrawal", "Chief Executive", start="2021-11-29", end="2022-10-27"),
                   sp("Bret Taylor", "Chairman", end="2022-10-27"),
                   sp("Ned Segal", "Chief Financial Officer", end="2022-10-27"),
                   sp("Elon Musk", "Owner and Chief Executive", start="2022-10-27")]),
]

# ----------------------------------------------------------------- outlets
# All invented; the domains use the reserved .example top-level domain.
KW = "Kestrel Wire"
LD = "Lakeshore Dispatch"
PN = "Portline News"
GO = "Granite Observer"
SB = "Summit Bulletin"
RC = "Riverton Courier"
WPA = "Westmark Press Agency"
DOMAIN = {KW: "kestrelwire.example", LD: "lakeshoredispatch.example",
          PN: "portlinenews.example", GO: "graniteobserver.example",
          SB: "summitbulletin.example", RC: "rivertoncourier.example",
          WPA: "westmarkpress.example"}


def P(*paras):
    return "\n\n".join(paras)


# ------------------------------------------------------------------- docs
docs = [
    # ---------------- Syria chemical weapons "red line", 2012-2013
    ("v01", LD, "2012-08-20T22:00:00Z",
     "Obama warns Syria that chemical weapons would cross a 'red line'",
     P("President Barack Obama warned Syria's government on Monday that any sign it was moving or using its chemical weapons would cross a line for the United States and could lead him to change his approach to the 17-month-old conflict.",
       "\"We have been very clear to the Assad regime, but also to other players on the ground, that a red line for us is we start seeing a whole bunch of chemical weapons moving around or being utilized,\" Obama told reporters in an unscheduled appearance at the White House. \"That would change my calculus.\"",
       "The president said he had not so far ordered military engagement in Syria, and he stressed that the fate of the weapons concerned close US allies in the region as well as the United States itself.",
       "Syria said last month that it would never use chemical or biological weapons against its own people and would use them only in case of foreign aggression, in effect acknowledging for the first time that it held them. Western governments believe Damascus has one of the largest stocks of nerve agents in the Middle East.")),

    # ---------------- Cyprus bailout, March 2013
    ("v02", KW, "2013-03-17T20:30:00Z",
     "Cyprus president defends deposit levy as only way to avert bankruptcy",
     P("Cypriot President Nicos Anastasiades on Sunday defended a one-off levy on bank deposits agreed with euro zone finance ministers, saying he had been forced to choose between a disorderly bankruptcy and a painful but controlled management of the crisis.",
       "Under the deal struck in Brussels early on Saturday, the Eurogroup agreed to lend Cyprus up to 10 billion euros on condition that the island raise about 5.8 billion euros itself, through a charge of 6.75 percent on deposits of up to 100,000 euros and 9.9 percent on larger sums. Eurogroup President Jeroen Dijsselbloem said the levy was a one-off measure needed to keep the island's debt sustainable.",
       "In a televised address, Anastasiades urged lawmakers to approve the measure, which must pass parliament before the banks reopen. Lenders will stay shut on Tuesday after Monday's public holiday, the central bank said, as queues formed at cash machines across the island.",
       "The levy, which hits even small savers covered by the European Union's deposit guarantee, has caused anger in Nicosia, where the president had vowed to resist any haircut on deposits.")),

    ("v03", PN, "2013-03-18T21:30:00Z",
     "Euro zone says small savers should be spared as Cyprus delays vote",
     P("Euro zone finance ministers said on Monday that small depositors in Cyprus should be treated differently from large ones, opening the way to changes in a levy on bank accounts that has caused outrage on the island and unsettled financial markets.",
       "After a teleconference, the Eurogroup said in a statement that it reaffirmed the importance of fully guaranteeing deposits below 100,000 euros, and that Nicosia was free to change how the charge was spread as long as it still raised the 5.8 billion euros agreed at the weekend.",
       "The Cypriot government was redrawing the bill to exempt deposits of less than 20,000 euros, officials said, and the parliamentary vote was put off until Tuesday. The central bank said banks would remain closed until Thursday to prevent a run on deposits.",
       "German Finance Minister Wolfgang Schaeuble said it had been the Cypriot government's choice to include small savers. In Moscow, President Vladimir Putin called the levy unfair, unprofessional and dangerous, his spokesman said.")),

    ("v04", SB, "2013-03-20T20:00:00Z",
     "Cyprus keeps banks shut until next week after parliament rejects levy",
     P("Cyprus's central bank said on Wednesday that the island's banks would stay closed until next Tuesday, prolonging a shutdown that began at the weekend, as the government searched for a way to raise the money demanded by its euro zone lenders.",
       "Parliament on Tuesday threw out the deposit levy by 36 votes to none, with 19 abstentions, leaving the 10 billion euro rescue in doubt. Members of Anastasiades's own party abstained.",
       "Finance Minister Michael Sarris flew to Moscow to seek help from Russia, whose banks and companies hold large sums on the island, and said after meeting his Russian counterpart that no deal had yet been reached. In Nicosia, government officials said an alternative plan was being drawn up that could include a solidarity fund drawing on state assets and on an offer of help from the Orthodox Church.",
       "The European Central Bank has said it will keep supplying liquidity to Cypriot lenders within its existing rules for now, but officials in Brussels warned that time was running short.")),

    ("v05", RC, "2013-03-25T16:00:00Z",
     "Cyprus agrees to wind down second bank; Dijsselbloem sees model for others",
     P("Cyprus agreed with its international lenders early on Monday to wind down its second-largest bank and impose heavy losses on large depositors, securing a 10 billion euro rescue that spares savers with less than 100,000 euros in their accounts.",
       "Under the deal reached in Brussels after late-night talks, Laiki Bank will be split up, with its insured deposits moved to Bank of Cyprus, while uninsured deposits at both banks will be frozen and used to help recapitalise the sector. Because the measures rely on a bank resolution law passed last week, the plan does not need a new vote in parliament. The Cypriot government said the agreement, though painful, had averted a disorderly default.",
       "In an interview published on Monday, Eurogroup chief Jeroen Dijsselbloem suggested that the approach, in which shareholders, bondholders and uninsured depositors bear the cost of rescuing banks, could serve as a template for dealing with troubled lenders elsewhere in the euro zone. Banks should look first to their own investors before asking for public money, he said.",
       "Shares of banks in Italy and Spain fell after his comments were reported.")),

    ("v06", WPA, "2013-03-25T22:30:00Z",
     "Eurogroup head calls Cyprus a 'specific case' after template remark",
     P("Eurogroup President Jeroen Dijsselbloem said on Monday evening that Cyprus was a specific case with exceptional challenges, hours after remarks in which he appeared to present the island's rescue as a model for future bank bailouts unsettled financial markets.",
       "\"Macro-economic adjustment programmes are tailor-made to the situation of the country concerned and no models or templates are used,\" the Dutch finance minister said in a short statement.",
       "European Commission officials also sought to calm investors, saying that deposits below 100,000 euros remained guaranteed across the European Union. Analysts noted that the losses imposed on large depositors reflected the unusual size of Cyprus's banking sector, whose assets are several times the size of the island's economy.",
       "The euro fell against the dollar after the interview was published, and Italian and Spanish bank shares ended the day sharply lower. The island's banks have been closed since March 16.")),

    # ---------------- Syria, August-September 2013
    ("v07", PN, "2013-08-29T19:00:00Z",
     "US intelligence on Syria gas attack is 'no slam dunk', officials say",
     P("The intelligence linking Syrian President Bashar al-Assad's government to last week's suspected poison gas attack near Damascus is no \"slam dunk\", several US officials told the Associated Press on Thursday, as the White House weighed a military response.",
       "According to the report, the officials acknowledged gaps in what the United States knew, including questions about who controlled some of Syria's chemical weapons stores and doubts over whether Assad himself had ordered the attack.",
       "The Obama administration has said it has concluded that Assad's forces were responsible for the Aug. 21 attack, in which rebels and aid groups say hundreds of people were killed. President Barack Obama said in a television interview on Wednesday that he had not yet decided whether to strike, and officials have promised to publish a declassified summary of the evidence.",
       "Syria has denied using chemical weapons and blamed rebel fighters for the attack.")),

    ("v08", KW, "2013-08-30T21:00:00Z",
     "Kerry says US has 'high confidence' Syria used poison gas, 1,429 killed",
     P("Secretary of State John Kerry said on Friday that the United States knew with high confidence that Syrian government forces had carried out the chemical weapons attack outside Damascus on Aug. 21, killing 1,429 people, among them at least 426 children.",
       "Presenting a declassified intelligence assessment, Kerry said the evidence showed rockets had been fired from areas controlled by the government and pointed to intercepted communications. History would judge the world harshly if it turned a blind eye, he said.",
       "Speaking later at the White House, President Barack Obama said he had not made a final decision but was considering a \"limited, narrow act\" that would not involve American troops on the ground or a long-term campaign. The world could not accept attacks that gas women and children, he said.",
       "Syria's government has denied the accusations, and a team of UN inspectors investigating the attack was due to leave the country on Saturday.")),

    ("v09", GO, "2013-08-31T20:30:00Z",
     "Obama decides on Syria strike but will first seek approval from Congress",
     P("President Barack Obama said on Saturday he had made up his mind to use force against Syria in response to the chemical attack near Damascus, but that he would first ask Congress to authorize the action, delaying any strike by at least a week.",
       "\"I have decided that the United States should take military action against Syrian regime targets,\" Obama said in the White House Rose Garden. The operation would be limited in duration and scope and would not be an open-ended intervention, he said.",
       "Obama said his military commanders had told him the mission was not time-sensitive. \"It will be effective tomorrow, or next week, or one month from now,\" he said, adding that he was prepared to give the order.",
       "Congress is not due to return from its summer recess until Sept. 9. The announcement surprised many lawmakers and allies, who had expected strikes as early as this weekend.")),

    ("v10", LD, "2013-09-04T22:00:00Z",
     "'I didn't set a red line,' Obama says as Senate panel backs Syria strike",
     P("President Barack Obama said on Wednesday that it was not he who had drawn a red line over the use of chemical weapons in Syria but the world, as he pressed lawmakers at home to back a military strike.",
       "\"I didn't set a red line. The world set a red line,\" Obama told a news conference in Stockholm, pointing to the international convention banning chemical weapons and to legislation passed by Congress. \"My credibility is not on the line. The international community's credibility is on the line.\"",
       "Hours later in Washington, the Senate Foreign Relations Committee voted 10-7 to approve a resolution authorizing limited military action for up to 90 days and barring the use of US ground troops in combat. The full Senate is expected to take up the measure next week.",
       "Obama, who is in Sweden ahead of a Group of 20 summit in St Petersburg, said he believed Congress would approve the resolution, but he would not say whether he would act if lawmakers voted it down.")),

    ("v11", SB, "2013-09-09T19:00:00Z",
     "Kerry says Assad could avert strike by giving up chemical arms; Russia seizes on idea",
     P("Syrian President Bashar al-Assad could head off a US military strike by handing over every bit of his chemical weapons to the international community within the next week, Secretary of State John Kerry said in London on Monday, though he added that Assad was not about to do so and that it could not be done.",
       "Kerry also sought to reassure skeptics that any US attack would be an \"unbelievably small, limited kind of effort\", aimed at degrading Assad's ability to use such weapons rather than drawing the United States into the civil war.",
       "The State Department later said Kerry had been making a rhetorical argument. But within hours Russian Foreign Minister Sergei Lavrov said Moscow would urge Damascus to place its chemical arsenal under international control and then destroy it, and Syria's foreign minister, who was visiting Moscow, welcomed the idea.",
       "The White House said it would take a hard look at the Russian proposal while continuing to press Congress to authorize the use of force.")),

    ("v12", RC, "2013-09-11T02:30:00Z",
     "Obama asks Congress to delay Syria vote to pursue Russian plan",
     P("President Barack Obama asked Congress on Tuesday to postpone a vote on authorizing military strikes against Syria while he pursued a diplomatic initiative to strip President Bashar al-Assad of his chemical weapons, a plan put forward by Russia a day earlier.",
       "In a prime-time address from the White House, Obama said the proposal had the potential to remove the threat of chemical weapons without the use of force, but warned that it was too early to tell whether it would succeed. He said he had ordered the military to maintain its current posture so it could respond if diplomacy failed.",
       "Obama also insisted that any strike he ordered would have real consequences. \"Let me make something clear: The United States military doesn't do pinpricks,\" he said, adding that even a limited strike would send a message to Assad that no other nation could deliver.",
       "Secretary of State John Kerry is due to meet Russian Foreign Minister Sergei Lavrov in Geneva on Thursday to discuss the plan.")),

    # ---------------- Crimea, 2014-2015 (with MH370 interleaved by date)
    ("v13", WPA, "2014-03-04T14:30:00Z",
     "Putin says armed men in Crimea are local self-defence forces",
     P("President Vladimir Putin said on Tuesday that the armed men who have taken over government buildings and surrounded Ukrainian military bases in Crimea were local self-defence units, and that Russia saw no need for now to send its troops into Ukraine.",
       "Asked at his residence outside Moscow why the gunmen wore uniforms resembling those of the Russian army, Putin said such uniforms could be bought in any shop across the former Soviet Union. Force would be used only as a last resort, he said, but Russia reserved the right to protect Russian speakers in Ukraine.",
       "Putin said Russia was not considering annexing Crimea and that only the people who lived there could decide their future in a free vote. He called the overthrow of President Viktor Yanukovych an unconstitutional coup and said Yanukovych remained Ukraine's legitimate leader, though he had no political future.",
       "The remarks, Putin's first public comments on the crisis, came as US Secretary of State John Kerry arrived in Kiev with an offer of $1 billion in loan guarantees for the new government.")),

    ("v14", SB, "2014-03-13T02:30:00Z",
     "Missing Malaysian jet may have flown on for hours, US newspaper says",
     P("US investigators suspect that the missing Malaysia Airlines jet stayed in the air for about four hours after its last confirmed position, the Wall Street Journal reported on Thursday, citing people familiar with the matter, raising the possibility that it flew far beyond the areas being searched.",
       "According to the newspaper, the assessment is based on data automatically sent to the ground from the Boeing 777's Rolls-Royce engines as part of a routine maintenance programme.",
       "Flight MH370, carrying 239 people, disappeared from civilian radar less than an hour after taking off from Kuala Lumpur for Beijing early on Saturday. Malaysia's air force chief said on Wednesday that military radar had picked up an unidentified object at 2:15 a.m. northwest of Penang, but that it had not been confirmed as the missing aircraft.",
       "Malaysian officials have widened the search to the Strait of Malacca and the Andaman Sea, and more than a dozen countries are taking part.")),

    ("v15", RC, "2014-03-13T11:30:00Z",
     "Malaysia dismisses report that missing plane flew on for four hours",
     P("Malaysia on Thursday rejected a newspaper report that the missing Malaysia Airlines jet had kept flying for about four hours after it lost contact, saying the engine and aircraft makers had found no evidence to support it.",
       "\"As far as Rolls-Royce and Boeing are concerned, those reports are inaccurate,\" Defence Minister Hishammuddin Hussein, who is also acting transport minister, told a news conference in Kuala Lumpur. He said the last engine data received from the plane had been transmitted at 1:07 a.m. and showed nothing unusual.",
       "Hishammuddin also said search planes had found no trace of wreckage at sites in the South China Sea where Chinese satellite images had appeared to show large floating objects.",
       "Six days after the Boeing 777 disappeared with 239 people on board, the search involving dozens of ships and aircraft now covers waters on both sides of the Malaysian peninsula. Relatives of the more than 150 Chinese passengers have accused Malaysia of withholding information, which officials deny.")),

    ("v16", WPA, "2014-03-15T08:00:00Z",
     "Najib says missing jet was deliberately diverted and flew on for hours",
     P("Malaysian Prime Minister Najib Razak said on Saturday that the movements of the missing Malaysia Airlines jet were consistent with deliberate action by someone on board, and that satellite data indicated the plane had flown on for almost seven hours after it vanished from civilian radar.",
       "The aircraft's communications addressing and reporting system was disabled just before it reached the east coast of peninsular Malaysia, and shortly afterwards its transponder was switched off, Najib told a news conference. Military radar then tracked it turning back and flying west across the peninsula before heading northwest, he said.",
       "The last communication between the plane and a satellite took place at 8:11 a.m. Malaysian time, Najib said. Its final position lay somewhere along one of two corridors, one stretching from the border of Kazakhstan and Turkmenistan to northern Thailand, the other from Indonesia to the southern Indian Ocean.",
       "Najib said Malaysia was ending operations in the South China Sea and that investigators were still looking into all possibilities, despite media reports that the plane had been hijacked.")),

    ("v17", LD, "2014-03-17T21:30:00Z",
     "Putin recognises Crimea as independent after vote; West imposes sanctions",
     P("President Vladimir Putin signed a decree late on Monday recognising Crimea as a sovereign and independent state, a day after the region voted overwhelmingly to leave Ukraine and join Russia in a referendum that Kiev and Western governments call illegal.",
       "Officials in Crimea said 96.77 percent of those who voted backed union with Russia, on a turnout of 83.1 percent. Crimea's parliament declared independence on Monday and formally asked to become part of the Russian Federation.",
       "The Kremlin said the vote had been held in full accordance with international law and the UN Charter, and Putin told President Barack Obama in a telephone call on Sunday that it was legitimate.",
       "The United States and the European Union responded by imposing travel bans and asset freezes on Russian and Ukrainian officials, the toughest sanctions against Moscow since the end of the Cold War. Obama warned that further steps could follow if Russia kept intervening in Ukraine.")),

    ("v18", KW, "2014-03-18T15:30:00Z",
     "Putin signs treaty to absorb Crimea, says Russian forces never 'entered'",
     P("President Vladimir Putin signed a treaty on Tuesday making Crimea part of Russia, telling both houses of parliament in the Kremlin that the peninsula had always been an inseparable part of Russia in people's hearts and minds.",
       "In a speech repeatedly interrupted by applause, Putin said more than 82 percent of Crimea's voters had taken part in Sunday's referendum and over 96 percent had backed reunification. Russia's armed forces had never entered Crimea, he said; they were already there under an agreement with Ukraine and had not exceeded the limit of 25,000 troops it allowed.",
       "Putin said Russia did not want to partition Ukraine and told Ukrainians not to believe those who warned that other regions would follow Crimea. He accused Western governments of crossing a line over Ukraine and of applying double standards.",
       "The treaty, which also covers the city of Sevastopol, home of Russia's Black Sea Fleet, must still be ratified by Russia's parliament. Ukraine's foreign ministry said it would never recognise the annexation.")),

    ("v19", LD, "2014-03-24T16:00:00Z",
     "Malaysia says flight MH370 ended in southern Indian Ocean",
     P("Malaysia Airlines flight MH370 ended its journey in the remote southern Indian Ocean, far from any possible landing site, Prime Minister Najib Razak said on Monday, citing a new analysis of satellite data.",
       "In a brief late-night statement in Kuala Lumpur, Najib said British satellite company Inmarsat and Britain's Air Accidents Investigation Branch had used a type of analysis never before applied to an investigation of this kind, and had concluded that the plane flew along the southern corridor. \"According to this new data, flight MH370 ended in the southern Indian Ocean,\" he said.",
       "Before the announcement, the airline told some relatives by text message that it had to assume beyond any reasonable doubt that the plane had been lost and that none of those on board had survived. In Beijing, relatives of Chinese passengers wept and some collapsed.",
       "Australian and Chinese aircraft have spotted floating objects in a search zone about 2,500 km southwest of Perth, but none has yet been recovered.")),

    ("v20", PN, "2014-04-17T15:00:00Z",
     "Putin acknowledges Russian troops backed Crimea's self-defence forces",
     P("President Vladimir Putin acknowledged for the first time on Thursday that Russian servicemen had been deployed in Crimea before last month's referendum, saying they had stood behind the region's self-defence forces to make sure the vote could be held freely.",
       "\"Of course, our servicemen stood behind Crimea's self-defence forces,\" Putin said during his annual televised phone-in with the public, adding that the troops had behaved properly.",
       "At the same time, Putin dismissed as nonsense assertions by Ukraine and Western governments that Russian units or special forces were operating in eastern Ukraine, where pro-Russian gunmen have seized government buildings in several towns. He said he hoped he would not have to use the right given to him by parliament to send troops into Ukraine.",
       "The comments came as diplomats from Russia, Ukraine, the United States and the European Union met in Geneva and agreed on steps to ease tensions, including the disarming of illegal armed groups.")),

    # ---------------- Thai coup, 2014
    ("v21", PN, "2014-05-20T07:30:00Z",
     "Thai army declares martial law, says it is not staging a coup",
     P("Thailand's army declared martial law across the country before dawn on Tuesday, saying it needed to restore order after six months of political turmoil, but it insisted that it was not staging a coup and that the caretaker government would remain in office.",
       "Soldiers took up positions at intersections in Bangkok and entered several television stations, and the military ordered some channels to stop broadcasting. Army chief General Prayuth Chan-ocha said the army had acted to stop the violence, in which 28 people have been killed and hundreds wounded since November, from spreading.",
       "Prayuth said he would invite the rival political camps to talks. The army said martial law would stay in place until peace and order had been restored.",
       "A senior member of the caretaker government said ministers had not been consulted in advance but that the government remained in charge of the country.")),

    ("v22", SB, "2014-05-22T15:00:00Z",
     "Thai army chief seizes power two days after martial law",
     P("Thailand's army chief, General Prayuth Chan-ocha, announced on national television on Thursday that the military was taking control of the government, two days after imposing martial law and insisting it was not seizing power.",
       "Prayuth said the armed forces had to act so that the country could return to normal quickly and to bring about political reforms, after talks he had convened between the government, its opponents and election officials failed to break the deadlock. Leaders of the rival camps who had attended the talks at an army club in Bangkok were taken away by soldiers.",
       "The junta later suspended the constitution, except for the chapter concerning the monarchy, and imposed a nationwide curfew from 10 p.m. to 5 a.m. Television and radio stations were ordered to halt normal programming and broadcast military announcements.",
       "It is at least the 12th successful coup since Thailand became a constitutional monarchy in 1932. The United States said it was reviewing its military aid to Thailand.")),

    ("v23", GO, "2014-05-30T16:00:00Z",
     "Thai junta leader says elections could come in about 15 months",
     P("Thailand's military ruler, General Prayuth Chan-ocha, said on Friday that a general election could be held in about a year and three months if all went smoothly, setting out for the first time a timetable for returning power to an elected government.",
       "In a televised address, Prayuth said a first phase focused on reconciliation would take two to three months, after which an interim constitution would be drafted, an interim government formed and reforms carried out over about a year. He asked Thais to be patient and warned that the army would not tolerate demonstrations against the takeover.",
       "The junta has already shortened the overnight curfew it imposed last week, which now runs from midnight to 4 a.m., and has released many of the politicians it detained.",
       "The United States has suspended $3.5 million in military aid to Thailand, and several Western governments have called for an early return to civilian rule.")),

    ("v24", RC, "2014-06-13T12:00:00Z",
     "Thai junta lifts curfew nationwide; martial law stays",
     P("Thailand's military government lifted its nationwide curfew on Friday, three weeks after seizing power, saying the security situation had improved and that it wanted to help the country's battered tourism industry recover.",
       "The curfew, first set at 10 p.m. to 5 a.m. after the May 22 coup and later shortened, had already been scrapped in several resort areas, including Pattaya, Phuket and Koh Samui.",
       "Martial law remains in force, however, and the military has banned political gatherings of more than five people. The junta has said it will hand power to an elected government only after political reforms have been carried out.",
       "Tourist arrivals, a major source of income for Thailand, fell during the months of street demonstrations before the coup, and several governments have advised their citizens to take care when travelling to the kingdom.")),

    ("v25", GO, "2015-03-15T21:00:00Z",
     "Putin says he ordered work on 'returning Crimea' weeks before referendum",
     P("President Vladimir Putin has said he told senior officials to begin work on bringing Crimea back into Russia at an all-night meeting on Feb. 22-23 last year, three weeks before the referendum that Moscow has presented as the basis for the annexation.",
       "\"We must start working on returning Crimea to Russia,\" Putin recalled telling the heads of the security services and the defence ministry as the meeting, called to discuss the safety of President Viktor Yanukovych, broke up at about 7 a.m. His account was broadcast on Sunday in a documentary on state television marking a year since the annexation.",
       "In the film, Putin also said a confidential poll he had ordered showed that about 75 percent of Crimea's residents wanted to join Russia, and that Moscow had been ready to put its nuclear forces on alert if events had taken an unfavourable turn.",
       "Ukraine and Western governments say the annexation violated international law, while Moscow maintains that Crimea's people freely chose to rejoin Russia.")),

    ("v26", KW, "2015-08-05T19:00:00Z",
     "Malaysia says Reunion debris is from MH370; French prosecutors more cautious",
     P("Debris that washed up on the French island of Reunion last week has been conclusively confirmed as part of missing Malaysia Airlines flight MH370, Prime Minister Najib Razak said early on Thursday, more than 500 days after the plane disappeared with 239 people on board.",
       "Najib said international experts examining the wing part, known as a flaperon, in France had reached that conclusion, and he called it the first physical evidence that the jet had ended its journey in the southern Indian Ocean, as he had announced in March last year.",
       "In Paris, however, deputy prosecutor Serge Mackowiak said only that there was a \"very strong presumption\" that the part came from MH370, and that further analysis would be carried out.",
       "The flaperon was found on July 29 on a beach near Saint-Andre, thousands of kilometres west of the area where the underwater search for the plane has been concentrated. Relatives of Chinese passengers in Beijing said they still wanted more proof.")),

    # ---------------- Chinese yuan devaluation, August 2015
    ("v27", LD, "2015-08-11T07:00:00Z",
     "China devalues yuan by nearly 2 pct in what it calls a one-off move",
     P("China's central bank devalued the yuan on Tuesday, cutting its daily reference rate against the dollar by 1.9 percent, the biggest one-day move since the country unified its official and market exchange rates in 1994.",
       "The People's Bank of China set the midpoint at 6.2298 per dollar, down from 6.1162 on Monday, and said it would from now on base the daily fixing on the previous day's closing price in the interbank market, as well as on supply and demand and movements in other major currencies. The central bank described the adjustment as a one-off move and said it would keep the yuan basically stable at a reasonable and balanced level.",
       "The step follows weak economic data, including an 8.3 percent fall in exports in July, and some of China's trading partners are likely to see it as an attempt to help exporters. The International Monetary Fund, which is weighing whether to add the yuan to its basket of reserve currencies, has urged Beijing to give market forces a bigger role.")),

    ("v28", PN, "2015-08-12T09:00:00Z",
     "Yuan slides again as China cuts its fixing another 1.6 pct",
     P("China's central bank lowered the yuan's daily reference rate for a second straight day on Wednesday, setting it 1.6 percent weaker at 6.3306 per dollar and extending the currency's steepest slide in two decades, a day after it called its first cut a one-off adjustment.",
       "The yuan fell to a four-year low in onshore trading before recovering some ground, as traders reported that big state-owned banks were selling dollars, apparently on behalf of the central bank.",
       "In a statement, the People's Bank of China said there was no basis for a sustained depreciation of the yuan, citing the country's large trade surplus, sound public finances and ample foreign exchange reserves. It said the new fixing mechanism was meant to make the rate more market-based and that the economy's fundamentals remained strong.",
       "The move rattled markets around the world, hitting the shares of companies that sell to China and the currencies of other Asian economies.")),

    ("v29", WPA, "2015-08-13T09:30:00Z",
     "China central bank says yuan adjustment nearly done, dismisses 10 pct talk",
     P("China's central bank said on Thursday that the correction in the yuan's exchange rate was basically complete and dismissed as groundless speculation that Beijing wanted to weaken the currency by 10 percent to boost exports.",
       "The People's Bank of China set the daily midpoint 1.1 percent lower at 6.4010 per dollar, a third day of cuts that has taken the reference rate down about 4.4 percent since Monday. Speaking at a rare news conference in Beijing, Assistant Governor Zhang Xiaohui said the adjustment to bring the fixing into line with market rates was basically in place.",
       "Deputy Governor Yi Gang said talk of a 10 percent devaluation was groundless and that there was no basis for the yuan to keep falling. The central bank would step in when the market was excessively volatile, officials said.",
       "The yuan firmed in afternoon trading after the comments. Analysts said the central bank appeared to be trying to calm markets after two days of heavy losses that had taken investors around the world by surprise.")),

    # ---------------- Theranos, 2015-2016
    ("v30", RC, "2015-10-15T14:00:00Z",
     "Theranos runs most blood work on conventional machines, newspaper says",
     P("Blood-analysis start-up Theranos Inc, valued at about $9 billion, has been running most of its blood work on commercially available machines rather than on its own proprietary devices, the Wall Street Journal reported on Thursday, citing former employees and internal records.",
       "According to the newspaper, by the end of last year Theranos was using its Edison devices for only a small fraction of the more than 240 types of analysis it offered, and some former employees questioned the accuracy of the results those devices produced. The Journal also reported that the company had diluted small blood samples so they could be run on conventional analysers.",
       "Theranos, founded by Elizabeth Holmes, who dropped out of Stanford University at 19, has said its technology can run a wide range of diagnostic checks on a few drops of blood drawn from a finger. The Palo Alto, California, company sells its services at Walgreens pharmacies in Arizona and California.")),

    ("v31", LD, "2015-10-16T02:00:00Z",
     "Theranos rejects report as 'factually and scientifically erroneous'",
     P("Theranos Inc on Thursday rejected a newspaper report questioning its blood-analysis technology, saying the article was factually and scientifically erroneous and grounded in baseless assertions by inexperienced and disgruntled former employees and industry incumbents.",
       "The company said it stood by the accuracy of its results and that before publication it had given the newspaper evidence contradicting the claims.",
       "Founder and Chief Executive Elizabeth Holmes defended the company's technology on CNBC's \"Mad Money\" program on Thursday evening. \"This is what happens when you work to change things,\" she said. \"First they think you're crazy, then they fight you, and then all of a sudden you change the world.\"",
       "Separately, Theranos confirmed it had stopped collecting blood in its tiny \"nanotainer\" tubes for all but one procedure, a herpes assay cleared by the US Food and Drug Administration in July, while it sought clearance for others, but said it had done so voluntarily.")),

    ("v32", KW, "2016-05-19T01:00:00Z",
     "Theranos voids two years of Edison blood results",
     P("Theranos Inc has voided two years of results from its proprietary Edison blood-analysis devices and issued tens of thousands of corrected reports to doctors and patients, the Wall Street Journal reported on Wednesday, in the company's most serious admission so far of problems with its technology.",
       "The company told federal health regulators it had thrown out all Edison results from 2014 and 2015, according to the newspaper, a setback for a firm that only months ago insisted its results were accurate and called critical reporting baseless.",
       "Theranos is also facing possible sanctions from the Centers for Medicare and Medicaid Services that could bar founder Elizabeth Holmes from owning or operating a laboratory for at least two years, after inspectors found serious deficiencies at its laboratory in Newark, California. Federal prosecutors and the Securities and Exchange Commission are investigating whether it misled investors.",
       "Theranos was valued at about $9 billion in 2014, which made Holmes the youngest self-made woman billionaire on Forbes magazine's list.")),

    # ---------------- Tesla Model 3 production targets, 2017-2018
    ("v33", GO, "2017-07-03T09:00:00Z",
     "Tesla's Musk says Model 3 output could reach 20,000 a month by December",
     P("Tesla Inc's first mass-market electric car has cleared regulatory approval two weeks ahead of schedule, and the first 30 customers will receive their Model 3 sedans at a handover event on July 28, Chief Executive Elon Musk said on Sunday.",
       "In a series of posts on Twitter, Musk said production would grow exponentially, with about 100 cars expected in August and more than 1,500 in September. \"Looks like we can reach 20,000 Model 3 cars per month in Dec,\" he wrote.",
       "The Model 3, priced from $35,000 before incentives, is central to Tesla's ambition to become a mainstream carmaker, and hundreds of thousands of people have put down deposits to reserve one. The company has said it aims to build 500,000 vehicles in 2018, roughly six times its output last year.",
       "Tesla's market value briefly overtook that of General Motors in April, making it the most valuable US carmaker.")),

    ("v34", KW, "2017-08-02T22:30:00Z",
     "Tesla says on track for 5,000 Model 3s a week by end of 2017",
     P("Tesla Inc said on Wednesday that it remained on track to produce 5,000 Model 3 sedans a week by the end of the year and 10,000 a week at some point in 2018, as it reported a smaller-than-expected quarterly loss and strong demand for the new car.",
       "In its letter to shareholders, the company said it had received an average of more than 1,800 net reservations a day for the Model 3 since it handed the first cars to customers last Friday. Chief Executive Elon Musk has warned that the company faces months of \"manufacturing hell\" as it ramps up output at its plant in Fremont, California.",
       "Tesla reported a second-quarter net loss of $336 million and said it had spent heavily to prepare for production of the new car.",
       "Its shares rose sharply in after-hours trading.")),

    ("v35", PN, "2017-11-01T22:30:00Z",
     "Tesla pushes back Model 3 target by about three months",
     P("Tesla Inc delayed its goal of building 5,000 Model 3 cars a week by about three months on Wednesday, saying it now expected to reach that rate by late in the first quarter of 2018, after production bottlenecks held back output of its first mass-market car.",
       "The company built just 260 Model 3s in the third quarter, far short of the more than 1,500 Chief Executive Elon Musk had predicted for September alone. Tesla blamed the shortfall mainly on problems with the battery module line at its Gigafactory in Nevada, parts of which it said had to be rebuilt.",
       "The company has said there is no fundamental issue with the Model 3's production or supply chain, and Musk told analysts that Tesla was working hard to fix the bottlenecks.",
       "Tesla posted a record quarterly loss of $619 million, and its shares fell about 5 percent after the close.")),

    ("v36", SB, "2018-01-03T23:30:00Z",
     "Tesla delays Model 3 goal again, now sees 2,500 a week by end-March",
     P("Tesla Inc on Wednesday pushed back its Model 3 production goals for a second time, saying it would likely reach a rate of 2,500 cars a week by the end of March and 5,000 a week by the end of June, after making just 2,425 of the sedans in the fourth quarter.",
       "The company said it had made major progress on the bottlenecks that slowed the start of production and that it had built 793 Model 3s in the last seven working days of the year. It said it wanted to focus on quality and efficiency rather than simply pushing for the highest possible volume as fast as it could.",
       "Tesla delivered 1,550 Model 3s to customers in the quarter and a total of 101,312 vehicles in 2017, most of them Model S sedans and Model X sport utility vehicles.",
       "Some analysts said the repeated delays raised questions about whether the company would need to raise more money this year.")),

    # ---------------- Wirecard, 2019-2020
    ("v37", GO, "2019-01-30T10:00:00Z",
     "Wirecard shares slump after report of suspected forgery in Singapore",
     P("Shares in Wirecard AG fell steeply on Wednesday after the Financial Times reported that a senior executive at the German payments company was suspected of falsifying and backdating contracts in its Singapore operations.",
       "According to the newspaper, which cited an internal presentation, a senior finance executive in Singapore had been suspected of using forged and backdated contracts in transactions that may have inflated the company's revenue in the region. An outside law firm had been asked to investigate, the FT reported.",
       "Wirecard, which joined Germany's DAX index of leading shares in September, processes card payments for merchants around the world and has been one of Europe's best-performing technology stocks. Its market value overtook that of Deutsche Bank last year.",
       "The company has in the past dismissed criticism of its accounting, which it has blamed on short sellers seeking to drive down its shares.")),

    ("v38", WPA, "2019-01-30T15:30:00Z",
     "Wirecard calls FT report false and defamatory, weighs legal action",
     P("Wirecard AG on Wednesday rejected a Financial Times report about suspected irregularities at its Singapore business, calling the article false, inaccurate, misleading and defamatory and saying it was considering legal action against the newspaper.",
       "The German payments company's shares, which had fallen steeply during the session after the report was published, recovered part of their losses after the statement.",
       "Wirecard has in the past blamed short sellers for attacks on its accounting and has repeatedly said its books are sound. In 2016, an anonymous group calling itself Zatarra published a report accusing the company of money laundering and corruption, allegations that Wirecard rejected.",
       "Chief Executive Markus Braun, who owns about 7 percent of the company, has built Wirecard from a small internet payments start-up into a member of the DAX. The FT said it stood by its reporting.")),

    ("v39", RC, "2020-06-18T17:30:00Z",
     "Wirecard shares crash as auditor cannot find 1.9 billion euros",
     P("Shares in Wirecard AG lost more than 60 percent of their value on Thursday after the payments company said its auditor could not confirm the existence of 1.9 billion euros in cash, about a quarter of its balance sheet, and postponed its annual results again.",
       "Wirecard said EY had found no sufficient audit evidence for cash balances on trust accounts and that there were indications that spurious balance confirmations had been provided to deceive the auditor. The cash was supposed to be held in trust accounts at two banks in the Philippines, according to people familiar with the matter.",
       "Chief Executive Markus Braun said in a video statement that it was unclear whether the company had been the victim of a fraud of considerable proportions, and that it would file criminal complaints. Wirecard warned that lenders could terminate loans worth about 2 billion euros if audited accounts were not published by Friday.",
       "The company, which has rejected years of allegations about its accounting, is a member of Germany's DAX index.")),

    ("v40", LD, "2020-06-21T13:00:00Z",
     "Philippines says missing Wirecard cash never entered its banking system",
     P("Philippine central bank Governor Benjamin Diokno said on Sunday that the 1.9 billion euros missing from Wirecard AG's accounts did not enter the country's financial system, a fresh blow to the German payments company's efforts to locate the money.",
       "Diokno said preliminary findings showed none of the funds had come into the Philippines, and that the central bank was working with other agencies to establish whether local banks had been used. Two Philippine lenders, BDO Unibank and Bank of the Philippine Islands, said in statements over the past two days that documents bearing their names that had been used to support Wirecard's cash balances were fraudulent.",
       "Wirecard, which named newly appointed board member James Freis interim chief executive after Markus Braun resigned on Friday, has said it is in talks with its banks about keeping credit lines open.",
       "The company's shares have lost about three quarters of their value since Thursday.")),

    ("v41", GO, "2020-06-22T07:00:00Z",
     "Wirecard says missing 1.9 billion euros likely does not exist",
     P("Wirecard AG said early on Monday that there was a prevailing likelihood that the 1.9 billion euros ($2.1 billion) it had booked as cash held in trust accounts did not exist, an admission that deepens one of the biggest corporate scandals in Germany's post-war history.",
       "The company also withdrew its preliminary results for 2019 and for the first quarter of 2020, and said it could not rule out that the financial statements of earlier years would be affected. It said it was in constructive talks with lending banks over the continuation of its credit lines and was assessing possible cost cuts, including the restructuring or sale of business units.",
       "Wirecard said it had dismissed Chief Operating Officer Jan Marsalek, who oversaw its operations in Asia and who had been suspended last week.",
       "Former Chief Executive Markus Braun resigned on Friday. Munich prosecutors are investigating the company's former management on suspicion of market manipulation.")),

    # ---------------- Twitter and Elon Musk, 2022
    ("v42", WPA, "2022-02-10T14:30:00Z",
     "Twitter user base grows to 217 million; company announces $4 billion buyback",
     P("Twitter Inc said on Thursday that its average number of monetizable daily active users rose 13 percent from a year earlier to 217 million in the fourth quarter, as it reported revenue of $1.57 billion and announced a $4 billion share buyback.",
       "The results were the first since Parag Agrawal took over as chief executive from co-founder Jack Dorsey at the end of November. Agrawal told analysts that the company would speed up product development and focus on making Twitter easier to use.",
       "Monetizable daily active users, known as mDAU, are people who log in to Twitter on a given day and can be shown advertising. The company made the measure its main gauge of audience growth in 2019, when it stopped disclosing monthly user numbers, and reports it every quarter.",
       "Fourth-quarter revenue rose 22 percent from a year earlier, driven by advertising. Twitter set itself a goal last year of reaching 315 million monetizable daily active users by the end of 2023.")),

    ("v43", KW, "2022-04-05T14:00:00Z",
     "Musk to join Twitter board after buying 9.2 pct stake",
     P("Twitter Inc said on Tuesday that Elon Musk would join its board of directors, a day after the Tesla chief executive disclosed that he had become the company's largest shareholder with a 9.2 percent stake.",
       "Under an agreement filed with regulators, Musk will serve on the board until 2024 and has agreed not to own more than 14.9 percent of the company's shares, alone or as part of a group, while he is a director and for 90 days afterwards. \"He's both a passionate believer and intense critic of the service which is exactly what we need,\" Chief Executive Parag Agrawal wrote on Twitter.",
       "Musk, who has more than 80 million followers on the platform, replied that he looked forward to working with Agrawal and the board to make significant improvements to Twitter in the coming months.",
       "Musk had first reported his stake in a form used by passive investors. Last month he asked his followers in a poll whether Twitter rigorously adheres to the principle of free speech.")),

    ("v44", PN, "2022-04-11T21:00:00Z",
     "Musk decides not to join Twitter's board, CEO says",
     P("Elon Musk has decided not to join Twitter Inc's board of directors, Chief Executive Parag Agrawal said late on Sunday, less than a week after the company announced the appointment, which was due to take effect on Saturday.",
       "\"Elon's appointment to the board was to become officially effective 4/9, but Elon shared that same morning that he will no longer be joining the board,\" Agrawal wrote in a note to staff that he posted on Twitter. \"I believe this is for the best.\" He said the company would remain open to Musk's input as its largest shareholder.",
       "The decision frees Musk from the agreement to cap his holding at 14.9 percent. In a filing on Monday, Musk said he might increase or decrease his stake and could express his views on the company's business and strategy to the board and others.",
       "Musk, who had posted and later deleted a string of tweets over the weekend suggesting changes to the service, gave no reason for his decision.")),

    ("v45", SB, "2022-04-25T21:30:00Z",
     "Twitter accepts Musk's $44 billion takeover offer",
     P("Twitter Inc agreed on Monday to be bought by Elon Musk for $54.20 a share in cash, in a deal valued at about $44 billion that will take the social media company private and hand control of one of the world's most influential platforms to the world's richest person.",
       "The board unanimously approved the deal, Chairman Bret Taylor said, after Musk lined up $46.5 billion in financing, including $25.5 billion in debt and margin loans. The price is 38 percent above Twitter's share price on April 1, the last trading day before Musk disclosed his stake.",
       "\"Free speech is the bedrock of a functioning democracy, and Twitter is the digital town square where matters vital to the future of humanity are debated,\" Musk said in a statement. He said he wanted to make Twitter better by adding new features, making its algorithms open source and defeating spam bots.",
       "\"I hope that even my worst critics remain on Twitter, because that is what free speech means,\" he wrote later on the platform.")),

    ("v46", LD, "2022-04-28T13:00:00Z",
     "Twitter says it overstated user numbers for three years",
     P("Twitter Inc said on Thursday that it had overstated its count of monetizable daily active users for about three years because of an error, in a disclosure made as it awaits completion of its takeover by Elon Musk.",
       "The company said it had mistakenly counted some people who linked several accounts as more than one user, inflating its figures by as many as 1.9 million users in each quarter from early 2019 to the end of 2021.",
       "Twitter reported 229 million monetizable daily active users for the first quarter, up 15.9 percent from a year earlier, and revenue of about $1.2 billion, slightly below analysts' forecasts. Citing the pending deal, it did not hold a conference call and withdrew its financial targets.",
       "In its quarterly filing, Twitter repeated its estimate that false or spam accounts made up fewer than 5 percent of monetizable daily users during the quarter. Musk has said defeating spam bots would be one of his priorities.")),

    ("v47", GO, "2022-07-08T23:30:00Z",
     "Musk moves to end $44 billion Twitter deal; board vows to sue",
     P("Elon Musk said on Friday that he was terminating his $44 billion deal to buy Twitter Inc, accusing the company of breaching the merger agreement by failing to provide information he had requested about spam and fake accounts.",
       "In a letter filed with regulators, Musk's lawyers said Twitter had made false and misleading representations on which Musk had relied when he agreed to the deal, and that it had not complied with his repeated requests for data. Musk had said in May that the deal was temporarily on hold until Twitter showed that spam accounts made up fewer than 5 percent of its users.",
       "Twitter Chairman Bret Taylor said the board was committed to closing the transaction on the price and terms agreed with Musk and planned to take legal action to enforce the merger agreement. \"We are confident we will prevail in the Delaware Court of Chancery,\" he wrote.",
       "The agreement includes a $1 billion break-up fee payable in certain circumstances. Twitter shares fell in after-hours trading.")),

    ("v48", KW, "2022-10-28T22:00:00Z",
     "Musk takes over Twitter, fires top executives, plans content council",
     P("Elon Musk completed his $44 billion takeover of Twitter Inc on Thursday night and immediately fired Chief Executive Parag Agrawal, Chief Financial Officer Ned Segal and top legal and policy executive Vijaya Gadde, ending months of legal wrangling over a deal he had tried to abandon.",
       "\"The bird is freed,\" Musk tweeted after the deal closed at the original price of $54.20 a share. On Friday he said Twitter would form a content moderation council with widely diverse viewpoints, adding: \"No major content decisions or account reinstatements will happen before that council convenes.\"",
       "In a message to advertisers on Thursday, Musk said he had bought Twitter to help humanity and that the platform could not become a free-for-all hellscape where anything could be said with no consequences.",
       "Twitter's shares will be removed from the New York Stock Exchange. Musk, who also runs Tesla and SpaceX, changed his profile description on the platform to \"Chief Twit\".")),

    ("v49", RC, "2022-11-16T14:00:00Z",
     "Musk says relaunch of paid Twitter check marks pushed to Nov. 29",
     P("Twitter will relaunch its paid subscription service offering blue check marks on Nov. 29, Elon Musk said on Tuesday, after the company suspended the program last week when it was used to impersonate brands, politicians and celebrities.",
       "\"Punting relaunch of Blue Verified to November 29th to make sure that it is rock solid,\" Musk wrote on Twitter. The service, which costs $7.99 a month, was launched on Nov. 9 but halted two days later after a wave of fake accounts, including one posing as drugmaker Eli Lilly that said insulin would be free.",
       "Musk has said paid verification is needed to reduce Twitter's reliance on advertising and to fight bots. Several large advertisers have paused spending on the platform since the takeover.",
       "Twitter has cut about half of its roughly 7,500 staff since Musk took control, and early on Wednesday he told remaining employees to commit to an \"extremely hardcore\" work culture or leave.")),

    ("v50", WPA, "2022-11-22T13:00:00Z",
     "Twitter holds off on paid check marks; Trump account restored after poll",
     P("Twitter has put off the relaunch of its paid blue check mark service with no new date, Elon Musk said, a week before it had been due to return on Nov. 29.",
       "\"Holding off relaunch of Blue Verified until there is high confidence of stopping impersonation,\" Musk wrote late on Monday, adding that Twitter would probably use a different colour check mark for organisations than for individuals.",
       "Over the weekend, Musk restored former President Donald Trump's account, which had been permanently suspended after the Jan. 6, 2021 attack on the US Capitol, after 51.8 percent of more than 15 million respondents to a Twitter poll voted in favour. \"The people have spoken. Trump will be reinstated. Vox Populi, Vox Dei,\" Musk wrote. The content moderation council he announced last month has not met.",
       "Trump said he saw no reason to return to Twitter and would stay on his own platform, Truth Social.")),
]

# -------------------------------------------------------------- statements
# doc -> [(actor, key phrase)]: what a careful reader attributes to a tracked
# actor (said, announced, denied, claimed, promised, or done and reported).
statements = {
    "v01": [(US, "cross a line for the United States"),
            (US, "a red line for us"),
            (US, "That would change my calculus"),
            (US, "ordered military engagement in Syria"),
            (US, "concerned close US allies in the region")],
    "v02": [(CY, "forced to choose between a disorderly bankruptcy"),
            (CY, "urged lawmakers to approve the measure"),
            (CY, "Lenders will stay shut on Tuesday"),
            (EG, "agreed to lend Cyprus up to"),
            (EG, "a charge of 6.75 percent on deposits"),
            (EG, "levy was a one-off measure")],
    "v03": [(EG, "should be treated differently from large"),
            (EG, "fully guaranteeing deposits below 100,000 euros"),
            (EG, "Nicosia was free to change"),
            (CY, "redrawing the bill to exempt deposits"),
            (CY, "banks would remain closed until Thursday"),
            (RU, "called the levy unfair, unprofessional and dangerous")],
    "v04": [(CY, "banks would stay closed until next Tuesday"),
            (CY, "no deal had yet been reached"),
            (CY, "an alternative plan was being drawn"),
            (CY, "could include a solidarity fund")],
    "v05": [(CY, "to wind down its second-largest bank"),
            (CY, "though painful, had averted a disorderly default"),
            (EG, "could serve as a template"),
            (EG, "look first to their own investors")],
    "v06": [(EG, "Cyprus was a specific case"),
            (EG, "tailor-made to the situation"),
            (EG, "no models or templates are used")],
    "v07": [(US, "gaps in what the United States knew"),
            (US, "doubts over whether Assad himself had"),
            (US, "concluded that Assad's forces were responsible"),
            (US, "had not yet decided whether to strike"),
            (US, "promised to publish a declassified summary")],
    "v08": [(US, "with high confidence that Syrian government"),
            (US, "killing 1,429 people"),
            (US, "rockets had been fired from areas"),
            (US, "if it turned a blind eye"),
            (US, "had not made a final decision"),
            (US, "not involve American troops on the ground"),
            (US, "could not accept attacks that gas")],
    "v09": [(US, "made up his mind to use force"),
            (US, "ask Congress to authorize the action"),
            (US, "should take military action against Syrian"),
            (US, "limited in duration and scope"),
            (US, "not be an open-ended intervention"),
            (US, "mission was not time-sensitive"),
            (US, "prepared to give the order")],
    "v10": [(US, "drawn a red line over the use"),
            (US, "I didn't set a red line"),
            (US, "My credibility is not on the line"),
            (US, "believed Congress would approve the resolution"),
            (US, "would not say whether he would act")],
    "v11": [(US, "handing over every bit of his chemical"),
            (US, "not about to do so"),
            (US, "could not be done"),
            (US, "unbelievably small, limited kind of effort"),
            (US, "making a rhetorical argument"),
            (US, "take a hard look at the Russian"),
            (US, "continuing to press Congress"),
            (RU, "place its chemical arsenal under international control")],
    "v12": [(US, "postpone a vote on authorizing military strikes"),
            (US, "remove the threat of chemical weapons"),
            (US, "too early to tell whether"),
            (US, "maintain its current posture"),
            (US, "military doesn't do pinpricks"),
            (US, "send a message to Assad")],
    "v13": [(RU, "were local self-defence units"),
            (RU, "no need for now to send"),
            (RU, "could be bought in any shop"),
            (RU, "only as a last resort"),
            (RU, "reserved the right to protect"),
            (RU, "not considering annexing Crimea"),
            (RU, "only the people who lived there"),
            (RU, "an unconstitutional coup"),
            (RU, "remained Ukraine's legitimate leader"),
            (US, "an offer of $1 billion in loan")],
    "v14": [(MY, "picked up an unidentified object"),
            (MY, "it had not been confirmed"),
            (MY, "widened the search to the Strait")],
    "v15": [(MY, "rejected a newspaper report"),
            (MY, "those reports are inaccurate"),
            (MY, "last engine data received from the plane"),
            (MY, "found no trace of wreckage"),
            (MY, "which officials deny")],
    "v16": [(MY, "consistent with deliberate action by someone"),
            (MY, "flown on for almost seven hours"),
            (MY, "reporting system was disabled"),
            (MY, "transponder was switched off"),
            (MY, "tracked it turning back"),
            (MY, "took place at 8:11 a.m."),
            (MY, "one of two corridors"),
            (MY, "ending operations in the South China"),
            (MY, "looking into all possibilities")],
    "v17": [(RU, "recognising Crimea as a sovereign and independent"),
            (RU, "in full accordance with international law"),
            (RU, "that it was legitimate"),
            (US, "imposing travel bans and asset freezes"),
            (US, "further steps could follow")],
    "v18": [(RU, "making Crimea part of Russia"),
            (RU, "always been an inseparable part"),
            (RU, "over 96 percent had backed reunification"),
            (RU, "had never entered Crimea"),
            (RU, "had not exceeded the limit"),
            (RU, "did not want to partition Ukraine"),
            (RU, "crossing a line over Ukraine")],
    "v19": [(MY, "far from any possible landing site"),
            (MY, "plane flew along the southern corridor"),
            (MY, "flight MH370 ended in the southern")],
    "v20": [(RU, "Russian servicemen had been deployed in Crimea"),
            (RU, "our servicemen stood behind Crimea's self-defence"),
            (RU, "troops had behaved properly"),
            (RU, "dismissed as nonsense assertions"),
            (RU, "would not have to use the right")],
    "v21": [(TH, "declared martial law across the country"),
            (TH, "needed to restore order"),
            (TH, "not staging a coup"),
            (TH, "caretaker government would remain in office"),
            (TH, "ordered some channels to stop broadcasting"),
            (TH, "acted to stop the violence"),
            (TH, "invite the rival political camps"),
            (TH, "until peace and order had been restored")],
    "v22": [(TH, "military was taking control of the government"),
            (TH, "return to normal quickly"),
            (TH, "suspended the constitution, except for the"),
            (TH, "imposed a nationwide curfew from 10"),
            (TH, "halt normal programming"),
            (US, "reviewing its military aid")],
    "v23": [(TH, "could be held in about a year"),
            (TH, "would take two to three months"),
            (TH, "asked Thais to be patient"),
            (TH, "would not tolerate demonstrations against the"),
            (TH, "shortened the overnight curfew"),
            (TH, "released many of the politicians"),
            (US, "suspended $3.5 million in military aid")],
    "v24": [(TH, "lifted its nationwide curfew on Friday"),
            (TH, "security situation had improved"),
            (TH, "help the country's battered tourism industry"),
            (TH, "banned political gatherings of more than"),
            (TH, "hand power to an elected government")],
    "v25": [(RU, "begin work on bringing Crimea back"),
            (RU, "We must start working on returning"),
            (RU, "about 75 percent of Crimea's residents"),
            (RU, "ready to put its nuclear forces")],
    "v26": [(MY, "conclusively confirmed as part of missing"),
            (MY, "the first physical evidence")],
    "v27": [(PBOC, "cutting its daily reference rate"),
            (PBOC, "set the midpoint at 6.2298"),
            (PBOC, "base the daily fixing on"),
            (PBOC, "the adjustment as a one-off move"),
            (PBOC, "keep the yuan basically stable")],
    "v28": [(PBOC, "setting it 1.6 percent weaker"),
            (PBOC, "no basis for a sustained depreciation"),
            (PBOC, "make the rate more market-based"),
            (PBOC, "economy's fundamentals remained strong")],
    "v29": [(PBOC, "exchange rate was basically complete"),
            (PBOC, "set the daily midpoint 1.1 percent lower"),
            (PBOC, "was basically in place"),
            (PBOC, "talk of a 10 percent devaluation"),
            (PBOC, "no basis for the yuan to keep"),
            (PBOC, "would step in when the market")],
    "v30": [(THER, "running most of its blood work"),
            (THER, "using its Edison devices for only"),
            (THER, "diluted small blood samples"),
            (THER, "can run a wide range of diagnostic")],
    "v31": [(THER, "factually and scientifically erroneous"),
            (THER, "stood by the accuracy of its results"),
            (THER, "given the newspaper evidence contradicting"),
            (THER, "defended the company's technology"),
            (THER, "This is what happens when you"),
            (THER, "stopped collecting blood in its tiny"),
            (THER, "had done so voluntarily")],
    "v32": [(THER, "voided two years of results"),
            (THER, "issued tens of thousands of corrected"),
            (THER, "thrown out all Edison results")],
    "v33": [(TSLA, "cleared regulatory approval two weeks ahead"),
            (TSLA, "first 30 customers will receive"),
            (TSLA, "production would grow exponentially"),
            (TSLA, "more than 1,500 in September"),
            (TSLA, "reach 20,000 Model 3 cars per"),
            (TSLA, "aims to build 500,000 vehicles")],
    "v34": [(TSLA, "remained on track to produce 5,000"),
            (TSLA, "10,000 a week at some point"),
            (TSLA, "more than 1,800 net reservations a day"),
            (TSLA, "warned that the company faces months"),
            (TSLA, "spent heavily to prepare for"),
],
    "v35": [(TSLA, "expected to reach that rate by"),
            (TSLA, "built just 260 Model 3s"),
            (TSLA, "blamed the shortfall mainly on problems"),
            (TSLA, "had to be rebuilt"),
            (TSLA, "no fundamental issue with the Model"),
            (TSLA, "working hard to fix the bottlenecks"),
            (TSLA, "record quarterly loss of $619 million")],
    "v36": [(TSLA, "would likely reach a rate of"),
            (TSLA, "5,000 a week by the end"),
            (TSLA, "making just 2,425 of the sedans"),
            (TSLA, "made major progress on the bottlenecks"),
            (TSLA, "built 793 Model 3s"),
            (TSLA, "focus on quality and efficiency"),
            (TSLA, "delivered 1,550 Model 3s")],
    "v37": [(WDI, "suspected of falsifying and backdating contracts"),
            (WDI, "using forged and backdated contracts"),
            (WDI, "An outside law firm had been")],
    "v38": [(WDI, "false, inaccurate, misleading and defamatory"),
            (WDI, "considering legal action against the newspaper")],
    "v39": [(WDI, "could not confirm the existence of"),
            (WDI, "postponed its annual results again"),
            (WDI, "indications that spurious balance confirmations"),
            (WDI, "held in trust accounts at two"),
            (WDI, "had been the victim of a fraud"),
            (WDI, "would file criminal complaints"),
            (WDI, "lenders could terminate loans")],
    "v40": [(WDI, "named newly appointed board member James Freis"),
            (WDI, "in talks with its banks about")],
    "v41": [(WDI, "prevailing likelihood that the 1.9 billion"),
            (WDI, "withdrew its preliminary results for 2019"),
            (WDI, "could not rule out that the"),
            (WDI, "constructive talks with lending banks"),
            (WDI, "assessing possible cost cuts"),
            (WDI, "had dismissed Chief Operating Officer")],
    "v42": [(TWTR, "217 million in the fourth quarter"),
            (TWTR, "revenue of $1.57 billion"),
            (TWTR, "announced a $4 billion share buyback"),
            (TWTR, "speed up product development"),
],
    "v43": [(TWTR, "Elon Musk would join its board"),
            (TWTR, "passionate believer and intense critic"),
            (MUSK, "become the company's largest shareholder"),
            (MUSK, "agreed not to own more than"),
            (MUSK, "make significant improvements to Twitter")],
    "v44": [(MUSK, "decided not to join Twitter Inc's board"),
            (MUSK, "will no longer be joining the board"),
            (MUSK, "might increase or decrease his stake"),
            (MUSK, "express his views on the company's"),
            (TWTR, "I believe this is for the best"),
            (TWTR, "remain open to Musk's input")],
    "v45": [(TWTR, "agreed on Monday to be bought"),
            (TWTR, "unanimously approved the deal"),
            (MUSK, "lined up $46.5 billion in financing"),
            (MUSK, "the bedrock of a functioning democracy"),
            (MUSK, "making its algorithms open source"),
            (MUSK, "defeating spam bots"),
            (MUSK, "even my worst critics remain on Twitter")],
    "v46": [(TWTR, "had overstated its count of monetizable"),
            (TWTR, "mistakenly counted some people who linked"),
            (TWTR, "inflating its figures by as many"),
            (TWTR, "229 million monetizable daily active users"),
            (TWTR, "withdrew its financial targets"),
            (TWTR, "fewer than 5 percent of monetizable")],
    "v47": [(MUSK, "terminating his $44 billion deal"),
            (MUSK, "breaching the merger agreement by failing"),
            (MUSK, "made false and misleading representations"),
            (MUSK, "not complied with his repeated requests"),
            (TWTR, "committed to closing the transaction"),
            (TWTR, "take legal action to enforce"),
            (TWTR, "confident we will prevail")],
    "v48": [(MUSK, "completed his $44 billion takeover"),
            (MUSK, "immediately fired Chief Executive Parag Agrawal"),
            (MUSK, "The bird is freed"),
            (MUSK, "bought Twitter to help humanity"),
            (MUSK, "could not become a free-for-all hellscape"),
            (TWTR, "form a content moderation council"),
            (TWTR, "No major content decisions or account reinstatements")],
    "v49": [(TWTR, "will relaunch its paid subscription service"),
            (TWTR, "Punting relaunch of Blue Verified"),
            (TWTR, "make sure that it is rock solid"),
            (TWTR, "suspended the program last week"),
            (TWTR, "paid verification is needed to reduce"),
            (TWTR, "cut about half of its roughly"),
            (TWTR, "told remaining employees to commit")],
    "v50": [(TWTR, "put off the relaunch of its paid"),
            (TWTR, "Holding off relaunch of Blue Verified"),
            (TWTR, "use a different colour check mark"),
            (TWTR, "restored former President Donald Trump's account"),
            (TWTR, "Trump will be reinstated"),
            (TWTR, "The people have spoken")],
}

# Defensible either way: the narrator recalling an earlier statement,
# background figures, statements by a body close to the actor, and Musk's
# remarks that a reader may file under Musk himself or under the company he
# speaks for.
optional = {
    "v02": [(CY, "vowed to resist any haircut")],
    "v04": [(CY, "threw out the deposit levy")],
    "v05": [(EG, "spares savers with less than")],
    "v10": [(US, "voted 10-7 to approve a resolution")],
    "v14": [(US, "in the air for about four hours")],
    "v20": [(RU, "agreed on steps to ease tensions"),
            (US, "agreed on steps to ease tensions")],
    "v22": [(TH, "insisting it was not seizing power")],
    "v25": [(RU, "freely chose to rejoin Russia")],
    "v26": [(MY, "as he had announced in March")],
    "v28": [(PBOC, "called its first cut a one-off")],
    "v32": [(THER, "insisted its results were accurate")],
    "v33": [(MUSK, "production would grow exponentially"),
            (MUSK, "more than 1,500 in September"),
            (MUSK, "reach 20,000 Model 3 cars per")],
    "v34": [(MUSK, "warned that the company faces months")],
    "v35": [(TSLA, "Musk had predicted for September alone"),
            (MUSK, "working hard to fix the bottlenecks")],
    "v37": [(WDI, "dismissed criticism of its accounting")],
    "v38": [(WDI, "blamed short sellers for attacks"),
            (WDI, "its books are sound"),
            (WDI, "allegations that Wirecard rejected")],
    "v39": [(WDI, "rejected years of allegations")],
    "v43": [(MUSK, "reported his stake in a form"),
            (MUSK, "rigorously adheres to the principle")],
    "v42": [(TWTR, "a goal last year of reaching 315")],
    "v44": [(TWTR, "will no longer be joining the board")],
    "v46": [(MUSK, "defeating spam bots would be one")],
    "v47": [(MUSK, "temporarily on hold until Twitter showed")],
    "v48": [(MUSK, "form a content moderation council"),
            (MUSK, "No major content decisions or account reinstatements"),
            (TWTR, "could not become a free-for-all hellscape")],
    "v49": [(MUSK, "Punting relaunch of Blue Verified"),
            (MUSK, "make sure that it is rock solid"),
            (MUSK, "paid verification is needed to reduce")],
    "v50": [(MUSK, "Holding off relaunch of Blue Verified"),
            (MUSK, "restored former President Donald Trump's account"),
            (MUSK, "Trump will be reinstated"),
            (MUSK, "The people have spoken")],
}

# ---------------------------------------------------------------- must_fire
must_fire = [
    # 1. stance reversal phrased with hedges and modals
    ("v02", "v03", EG, "stance-reversal: Saturday's deal taxes deposits of up to 100,000 euros at 6.75 percent; on Monday the Eurogroup says small depositors 'should be treated differently' and reaffirms fully guaranteeing deposits below 100,000 euros"),
    ("v05", "v06", EG, "stance-reversal: Dijsselbloem suggests the Cyprus bail-in 'could serve as a template' for other euro zone banks; hours later Cyprus is 'a specific case' and 'no models or templates are used'"),
    ("v09", "v12", US, "stance-reversal: 'I have decided that the United States should take military action'; ten days later Obama asks Congress to postpone the vote and pursues a diplomatic path instead"),
    ("v13", "v18", RU, "stance-reversal: Putin says Russia is not considering annexing Crimea and only its residents can decide; two weeks later he signs the treaty making Crimea part of Russia"),
    # 2. commitment reversed, later wording shares few words with the earlier
    ("v27", "v28", PBOC, "commitment-reversed: the 1.9 percent cut is presented as a one-off move; the next day the fixing is cut by a further 1.6 percent"),
    ("v43", "v44", MUSK, "commitment-reversed: Musk is to join Twitter's board, agrees to a 14.9 percent cap and looks forward to working with the board; days later he will no longer join it and may increase his stake"),
    ("v45", "v47", MUSK, "commitment-reversed: Musk agrees to buy Twitter at $54.20 a share and hopes even his worst critics stay; ten weeks later he is terminating the deal"),
    ("v47", "v48", MUSK, "commitment-reversed: Musk terminates the $44 billion deal, accusing Twitter of breach and false representations; he then completes the takeover at the original price"),
    ("v48", "v50", TWTR, "commitment-reversed: 'No major content decisions or account reinstatements will happen before that council convenes'; three weeks later Trump's account is restored after a poll while the council has not met"),
    # 3. denial followed by the action or an admission
    ("v21", "v22", TH, "denial-then-action: the army insists martial law is not a coup and the caretaker government remains in office; two days later it takes control of the government"),
    ("v13", "v20", RU, "denial-then-action: the armed men in Crimea are 'local self-defence units' whose uniforms can be bought in any shop; six weeks later Putin says 'our servicemen stood behind' them"),
    ("v31", "v32", THER, "denial-then-action: Theranos calls the report 'factually and scientifically erroneous' and stands by the accuracy of its results; seven months later it has voided two years of Edison results"),
    ("v15", "v16", MY, "denial-then-action: reports that the jet flew on for about four hours are 'inaccurate'; two days later Najib says satellite data show it flew on until 8:11 a.m., almost seven hours"),
    # 4. factual claim negated later by the same actor
    ("v01", "v10", US, "claim-negated: Obama: 'a red line for us is' chemical weapons moved or used; a year later: 'I didn't set a red line. The world set a red line'"),
    ("v13", "v25", RU, "claim-negated: on March 4, 2014 Russia was 'not considering' annexing Crimea; Putin later says he ordered work on 'returning Crimea to Russia' on Feb. 23, before that remark and the referendum"),
    ("v11", "v12", US, "claim-negated: Kerry says a US attack would be an 'unbelievably small, limited kind of effort'; the next day Obama says the US military 'doesn't do pinpricks'"),
    # 5. number mismatch
    ("v33", "v35", TSLA, "number-mismatch: Musk expects more than 1,500 Model 3s in September and 20,000 a month in December; Tesla built 260 in the whole third quarter"),
    ("v35", "v36", TSLA, "number-mismatch: 5,000 Model 3s a week by late in the first quarter of 2018; two months later the end-March figure is 2,500 a week"),
    ("v42", "v46", TWTR, "number-mismatch: Twitter reports 217 million monetizable daily users for the fourth quarter; it later says it overstated the count by as many as 1.9 million in each quarter through the end of 2021"),
    # 6. date mismatch
    ("v34", "v35", TSLA, "date-mismatch: on track for 5,000 Model 3s a week 'by the end of the year'; three months later that rate is expected late in the first quarter of 2018"),
    ("v03", "v04", CY, "date-mismatch: the central bank says banks will remain closed until Thursday; two days later they stay closed until next Tuesday"),
    ("v49", "v50", TWTR, "date-mismatch: paid check marks relaunch on Nov. 29; six days later the relaunch is put off with no new date"),
    # 7. an actor denying a report
    ("v14", "v15", MY, "report-denied: a newspaper reports the jet stayed in the air about four hours after its last confirmed position; Malaysia says 'those reports are inaccurate'"),
    ("v30", "v31", THER, "report-denied: WSJ reports Theranos runs most of its blood work on conventional machines and dilutes samples; Theranos calls the article factually and scientifically erroneous"),
    ("v37", "v38", WDI, "report-denied: FT reports a Wirecard executive suspected of forged and backdated contracts in Singapore; Wirecard calls the article false, inaccurate, misleading and defamatory"),
    # 8. two outlets reporting incompatible facts about the same actor
    ("v07", "v08", US, "outlets-disagree: one outlet reports US officials conceding gaps in the intelligence and doubts whether Assad ordered the attack; another reports the US government's 'high confidence' that Syrian government forces carried it out"),
    ("v39", "v40", WDI, "outlets-disagree: one outlet reports Wirecard's missing cash was supposed to be in trust accounts at two Philippine banks; another reports the money never entered the Philippine financial system and the banks' documents were fraudulent"),
]

# Reasonable readers differ on these.
ambiguous = [
    ("v02", "v05"),  # first deal taxes insured deposits, second spares them: a renegotiated deal after parliament rejected the first
    ("v18", "v20"),  # 'armed forces had never entered Crimea' (they were based there) vs 'our servicemen stood behind' the self-defence forces
    ("v17", "v25"),  # the vote was lawful and the people's free choice vs Putin ordering work on 'returning Crimea' before it
    ("v13", "v17"),  # 'not considering annexing', only residents decide vs recognising Crimea's independence after a vote to join Russia
    ("v27", "v29"),  # 'one-off' vs a third cut, explained by then as the new market-based formula at work
    ("v28", "v29"),  # 'no basis for a sustained depreciation' vs a further 1.1 percent cut the next day, with the same line repeated
    ("v33", "v36"),  # 20,000 a month in December vs 2,425 in the whole fourth quarter: the same miss, one step further down the chain
    ("v34", "v36"),  # 5,000 a week by end-2017 vs by end of June 2018: the same date moved twice
    ("v21", "v23"),  # 'not staging a coup' vs the junta setting a 15-month timetable: follows from the coup already flagged
    ("v38", "v41"),  # denial of the FT's Singapore report vs the 1.9 billion euros admission: different allegations
    ("v15", "v19"),  # 'reports inaccurate' vs flight ended in the southern Indian Ocean: implies hours of flight, one step removed
    ("v43", "v45"),  # 14.9 percent cap while a director vs buying the whole company: the cap lapsed when he declined the seat
    ("v08", "v12"),  # a 'limited, narrow act' vs 'doesn't do pinpricks': limited need not mean a pinprick
]

traps = [
    ("v01", "v09", "conditional met: 'would change my calculus' if chemical weapons were used; after the attack Obama decides to act - consistent"),
    ("v08", "v09", "hedge followed by a firmer version: 'had not made a final decision' on Friday, 'I have decided' on Saturday"),
    ("v17", "v18", "rounding: 96.77 percent and 83.1 percent turnout reported by Crimean officials become 'over 96 percent' and 'more than 82 percent' in Putin's speech"),
    ("v16", "v19", "hedge then a firmer version: the final position lay along one of two corridors; new analysis places it on the southern one"),
    ("v19", "v26", "different place, same ocean: debris found on Reunion, thousands of kilometres west of the search zone, is consistent with a flight that ended in the southern Indian Ocean"),
    ("v14", "v16", "different sources: the four-hour figure is a newspaper's, citing US investigators; Malaysia's own figure is almost seven hours from satellite data"),
    ("v22", "v23", "figure that changes legitimately: the curfew set at 10 p.m. to 5 a.m. is shortened to midnight to 4 a.m.; the US 'reviewing' its military aid then suspending it is a firmer version"),
    ("v22", "v24", "temporary step lifted: the nationwide curfew imposed after the coup is lifted three weeks later while martial law stays"),
    ("v02", "v04", "different body: parliament, not the president, throws out the levy Anastasiades had urged it to approve"),
    ("v03", "v05", "hedge then a firmer version: small depositors 'should be treated differently'; the final deal spares deposits under 100,000 euros"),
    ("v39", "v41", "hedge then a firmer version, and a currency: 'unclear whether' Wirecard was the victim of fraud, then a 'prevailing likelihood' the money does not exist; 1.9 billion euros and $2.1 billion are the same sum"),
    ("v45", "v48", "the deal closes on the terms agreed in April ($54.20 a share, $44 billion) - consistent, whatever happened in between"),
    ("v46", "v47", "another actor's view: Musk's lawyers call Twitter's representations false; Twitter's 'fewer than 5 percent' estimate and Musk's accusation are a dispute between two actors, not a contradiction in either record"),
    ("v33", "v34", "same goal in other units: 20,000 cars a month in December and 5,000 a week by the end of the year are the same rate"),
]

# ------------------------------------------------------------------ output
WORD = re.compile(r"\S+")
ID_RE = re.compile(r"^[a-z0-9-]{1,64}$")
TS_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
BANNED = ("test", "benchmark", "monitor")


def slug(title):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return "-".join(s.split("-")[:8])


def url_of(did, outlet, ts, title):
    y, m, d = ts[:4], ts[5:7], ts[8:10]
    return "https://www.%s/%s/%s/%s/%s-%s" % (DOMAIN[outlet], y, m, d, slug(title), did)


def corpus_lines():
    out = []
    for a in actors:
        out.append(json.dumps(dict(type="actor", **a), ensure_ascii=False))
    for did, outlet, ts, title, text in docs:
        out.append(json.dumps(dict(type="document", id=did, source=outlet,
                                   url=url_of(did, outlet, ts, title),
                                   publishedAt=ts, title=title, text=text),
                              ensure_ascii=False))
    return "\n".join(out) + "\n"


def gold_obj():
    return dict(statements={d: [list(x) for x in v] for d, v in statements.items()},
                optional={d: [list(x) for x in v] for d, v in optional.items()},
                must_fire=[list(m) for m in must_fire],
                ambiguous=[list(p) for p in ambiguous],
                traps=[list(t) for t in traps])


def gold_text():
    return json.dumps(gold_obj(), ensure_ascii=False, indent=1) + "\n"


# ------------------------------------------------------------------ checks
def norm(s):
    s = (s or "").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def fail(msg):
    raise SystemExit("CHECK FAILED: " + msg)


def check_files():
    cpath = os.path.join(HERE, "corpus.jsonl")
    gpath = os.path.join(HERE, "gold.json")
    if not (os.path.exists(cpath) and os.path.exists(gpath)):
        fail("corpus.jsonl or gold.json missing; run make_corpus.py first")

    # every line parses
    recs = []
    with open(cpath, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("empty line %d in corpus.jsonl" % n)
            try:
                recs.append(json.loads(line))
            except Exception as e:
                fail("corpus.jsonl line %d does not parse: %s" % (n, e))
    try:
        with open(gpath, encoding="utf-8") as f:
            gold = json.load(f)
    except Exception as e:
        fail("gold.json does not parse: %s" % e)

    # record formats; actors first, then documents
    seen_doc = False
    act, docs_in = [], []
    for r in recs:
        t = r.get("type")
        if t == "actor":
            if seen_doc:
                fail("actor record after a document record")
            if set(r) - {"type", "id", "name", "aliases", "speakers"}:
                fail("unexpected actor fields %s" % r.get("id"))
            if not ID_RE.match(r.get("id", "")):
                fail("bad actor id %r" % r.get("id"))
            if not r.get("name") or not r.get("aliases") or not r.get("speakers"):
                fail("actor %s lacks name, aliases or speakers" % r["id"])
            for s in r["speakers"]:
                if not s.get("name") or not s.get("role"):
                    fail("speaker without name or role in %s" % r["id"])
                for k in ("from", "to"):
                    if k in s and not re.match(r"^\d{4}-\d\d-\d\d$", s[k]):
                        fail("bad speaker date %r" % s[k])
            act.append(r)
        elif t == "document":
            seen_doc = True
            if set(r) != {"type", "id", "source", "url", "publishedAt", "title", "text"}:
                fail("document %s fields %s" % (r.get("id"), sorted(r)))
            docs_in.append(r)
        else:
            fail("unknown record type %r" % t)

    actor_ids = [a["id"] for a in act]
    if len(set(actor_ids)) != len(actor_ids):
        fail("duplicate actor id")
    if not 8 <= len(actor_ids) <= 12:
        fail("%d actors (want 8-12)" % len(actor_ids))
    if not 40 <= len(docs_in) <= 50:
        fail("%d documents (want 40-50)" % len(docs_in))

    by_id = {}
    prev_ts = ""
    for d in docs_in:
        did = d["id"]
        if did in by_id:
            fail("duplicate document id %s" % did)
        by_id[did] = d
        if not TS_RE.match(d["publishedAt"]):
            fail("%s publishedAt %r not UTC ISO" % (did, d["publishedAt"]))
        if d["publishedAt"] < prev_ts:
            fail("%s out of publication order" % did)
        prev_ts = d["publishedAt"]
        if not d["url"].startswith("https://www.") or ".example/" not in d["url"]:
            fail("%s url not on an invented domain" % did)
        n = len(WORD.findall(d["text"]))
        if not 120 <= n <= 250:
            fail("%s has %d words (want 120-250)" % (did, n))
        paras = [p for p in d["text"].split("\n\n") if p.strip()]
        if not 2 <= len(paras) <= 4:
            fail("%s has %d paragraphs (want 2-4)" % (did, len(paras)))
        low = (d["title"] + " " + d["text"]).lower()
        for b in BANNED:
            if b in low:
                fail("%s contains %r" % (did, b))

    # gold
    for k in ("statements", "optional", "must_fire", "ambiguous", "traps"):
        if k not in gold:
            fail("gold.json lacks %s" % k)
    if set(gold["statements"]) != set(by_id):
        fail("statements keys differ from documents: %s" % (set(by_id) ^ set(gold["statements"])))
    for table in ("statements", "optional"):
        for did, items in gold[table].items():
            if did not in by_id:
                fail("%s names unknown doc %s" % (table, did))
            text = norm(by_id[did]["text"])
            seen = set()
            for actor, key in items:
                if actor not in actor_ids:
                    fail("%s %s: unknown actor %s" % (table, did, actor))
                k = len(key.split())
                if not 3 <= k <= 7:
                    fail("%s %s: key %r has %d words (want 3-7)" % (table, did, key, k))
                c = text.count(norm(key))
                if c != 1:
                    fail("%s %s: key %r occurs %d times" % (table, did, key, c))
                if (actor, key) in seen:
                    fail("%s %s: duplicate entry %r" % (table, did, key))
                seen.add((actor, key))
    for did, items in gold["optional"].items():
        gs = {tuple(x) for x in gold["statements"].get(did, [])}
        for x in items:
            if tuple(x) in gs:
                fail("optional %s repeats a gold statement %r" % (did, x))

    kinds = {"stance-reversal", "commitment-reversed", "denial-then-action", "claim-negated",
             "number-mismatch", "date-mismatch", "report-denied", "outlets-disagree"}
    pairs = set()

    def add_pair(a, b, where):
        for x in (a, b):
            if x not in by_id:
                fail("%s names unknown doc %s" % (where, x))
        if a == b:
            fail("%s pair %s-%s is one document" % (where, a, b))
        if by_id[a]["publishedAt"] > by_id[b]["publishedAt"]:
            fail("%s pair %s-%s not in publication order" % (where, a, b))
        key = frozenset((a, b))
        if key in pairs:
            fail("pair %s-%s listed twice" % (a, b))
        pairs.add(key)

    for m in gold["must_fire"]:
        if len(m) != 4:
            fail("must_fire entry %r" % m)
        a, b, actor, why = m
        add_pair(a, b, "must_fire")
        if actor not in actor_ids:
            fail("must_fire %s-%s unknown actor %s" % (a, b, actor))
        if why.split(":", 1)[0] not in kinds:
            fail("must_fire %s-%s unknown kind %r" % (a, b, why.split(":", 1)[0]))
        for x in (a, b):
            if not any(s[0] == actor for s in gold["statements"][x]):
                fail("must_fire %s-%s: no gold statement of %s in %s" % (a, b, actor, x))
    for p in gold["ambiguous"]:
        if len(p) != 2:
            fail("ambiguous entry %r" % p)
        add_pair(p[0], p[1], "ambiguous")
    for t in gold["traps"]:
        if len(t) != 3 or not t[2]:
            fail("trap entry %r" % t)
        add_pair(t[0], t[1], "traps")

    # files match the data held in this script
    with open(cpath, encoding="utf-8") as f:
        if f.read() != corpus_lines():
            fail("corpus.jsonl is stale; run make_corpus.py")
    with open(gpath, encoding="utf-8") as f:
        if f.read() != gold_text():
            fail("gold.json is stale; run make_corpus.py")

    counts = {}
    for m in gold["must_fire"]:
        k = m[3].split(":", 1)[0]
        counts[k] = counts.get(k, 0) + 1
    print("checks passed: actors %d, documents %d, statements %d, optional %d, "
          "must_fire %d %s, ambiguous %d, traps %d"
          % (len(actor_ids), len(docs_in),
             sum(len(v) for v in gold["statements"].values()),
             sum(len(v) for v in gold["optional"].values()),
             len(gold["must_fire"]), counts, len(gold["ambiguous"]), len(gold["traps"])))


def main():
    if "--check" in sys.argv[1:]:
        check_files()
        return
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as f:
        f.write(corpus_lines())
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        f.write(gold_text())
    print("wrote corpus.jsonl and gold.json")
    check_files()


if __name__ == "__main__":
    main()
