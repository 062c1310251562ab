namespace Monitor.Benchmarks;

/// <summary>
/// A news article of about 800 words, written for the benchmark, that exercises every extraction
/// rule: quotes of both styles, split and carried-over quotes, reported speech, media reports,
/// pronouns, role nouns, capitals standing for states, and relative dates.
/// </summary>
internal static class ExtractionBenchmarkArticle
{
    public const string Text = """
        China warned on Tuesday that a planned NATO liaison office in Tokyo would "inflame tensions" across East Asia, as Japanese and alliance officials played down the significance of the move.

        The plan, first reported by the Yomiuri newspaper last week, would see the alliance station a single diplomat in the Japanese capital to coordinate talks with partners in the region. The newspaper said the office could open as early as next spring, citing three people familiar with the discussions.

        "The Asia-Pacific is not the North Atlantic, and it does not need the North Atlantic's blocs," foreign ministry spokesperson Lin Wei told a regular news conference in Beijing. "Countries in the region want trade and development, not confrontation."

        Lin said China had lodged representations with Tokyo and would "follow developments closely". Asked whether Beijing would take countermeasures, she declined to give details.

        NATO spokeswoman Karin Holm said the alliance had long-standing partnerships around the world and that talking to partners was not the same as expanding. "We have offices in New York, Vienna and Kyiv," she said, "and nobody suggests that NATO is becoming a Pacific power because of them."

        Holm added that no final decision had been taken and that allies would discuss the proposal at a meeting of foreign ministers in Brussels next month.

        In Tokyo, Chief Cabinet Secretary Aiko Tanaka said Japan welcomed closer ties with the alliance but insisted the arrangement was "purely administrative". She said Japan's defence posture remained unchanged and that the government had no plans to join any military alliance.

        "Our cooperation with NATO is about sharing information on cyber threats, disinformation and space," Tanaka said. "It is not about troops."

        Japanese Foreign Minister Haruto Sato, speaking after talks with his French counterpart in Paris on Monday, said the office would help both sides understand each other better.

        "The security of Europe and the security of the Indo-Pacific are connected. What happens in one region is watched closely in the other.

        "That is simply a fact, and it is why we talk to our European partners," Sato said.

        The French foreign minister, Claire Dubois, said France supported the proposal and would argue for it at the ministers' meeting. According to the Elysee, President Emmanuel Laurent will raise the matter with the Chinese leadership during a visit to Beijing in the autumn.

        Former NATO secretary general Anders Lindqvist, who first floated the idea of an Asian office while in office, said the alliance should have moved years ago. "We were too cautious," he told the Financial Chronicle. "Partners in Asia asked us to be present, and we hesitated."

        The current secretary general, Pieter de Vries, has been more careful. Speaking at a briefing in Brussels on Friday, de Vries said he would not comment on "speculation about internal deliberations" but stressed that NATO "remains a regional alliance with global partners".

        China's embassy in London issued a statement saying the alliance was "reaching far beyond its mandate" and urging European governments to "think twice" before supporting the move.

        Analysts were divided. Mika Hirano, a security researcher at a Tokyo think tank, said the office was largely symbolic. "One diplomat does not make a military base," Hirano said. "But symbols matter in this region, and Beijing reads them carefully."

        Others were more concerned. A senior Western diplomat in Tokyo, who asked not to be named because the talks were private, said several allies worried the plan would be seen as provocative. The diplomat said Germany and Hungary had questions about the cost and the timing.

        Beijing has repeatedly criticised what it calls NATO's eastward expansion. Last June, China told a United Nations meeting that military blocs had "no place" in Asia and that the region must not become "an arena for geopolitical competition".

        In March, foreign minister Zhao Ming said during his annual news conference that some countries were trying to build "an Asia-Pacific version of NATO", a charge the alliance has denied.

        The Chinese foreign ministry on Tuesday also urged Japan to "reflect on history" and to avoid steps that could harm regional stability. Lin said Japan should "act with prudence" on security matters.

        Downing Street said Britain supported closer cooperation between NATO and its Indo-Pacific partners. A spokesman for the prime minister said Britain would continue to send warships to the region under freedom of navigation principles.

        The European Union's foreign policy chief, Marta Kovac, said the bloc was following the discussions with interest. "Europe cannot be indifferent to what happens in Asia," she said.

        The Yomiuri report said the liaison office would be staffed by one diplomat and would not host any military personnel. It added that the proposal had been circulated among allies in recent weeks.

        A NATO official said on condition of anonymity that a decision was unlikely before the summer summit. The official said allies were "taking their time" and that consensus was required.

        Haruto Sato said he expected the issue to come up when he meets Chinese counterparts later this year. "Dialogue is always better than silence," he said.
        """;
}
