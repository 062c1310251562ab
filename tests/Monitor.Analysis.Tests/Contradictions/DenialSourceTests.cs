using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Whose report a denial answers: the one it names, by its author or outlet, even in other words; not a report by
/// someone else; and seldom one from months before. Two voices set side by side in one article are a dispute the
/// article reports, not two sources disagreeing, and so are a report and the actor's denial of it.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class DenialSourceTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors =
    [
        new("elbonia", "Elbonia", ["Elbonia", "Elbonian government", "Elbonian navy"], []),
        new("freedonia", "Freedonia", ["Freedonia", "Freedonian government"], []),
    ];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static readonly DateTimeOffset March3 = new(2024, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private const string Report = "Elbonian navy frogmen laid the charges that cut the undersea power cable, acting on orders from the defence minister";

    [Fact]
    public void A_denial_naming_the_reporter_answers_that_report_in_other_words()
    {
        var verdict = _checker.Check(
            new PairInput(Report, null, March3, "reporter Hanna Oskarsdottir"),
            new PairInput("dismissed as invented a report by reporter Hanna Oskarsdottir that Elbonia was behind the damage to the cable", "elbonia", March3.AddHours(6)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DenialOfReport, verdict.Kind);
    }

    [Fact]
    public void A_denial_naming_the_outlet_before_its_report_answers_that_report_in_other_words()
    {
        var verdict = _checker.Check(
            new PairInput("Most of the cable repairs Elbonia announced this week had been agreed with Freedonia months earlier, officials of both countries said", null, March3, "Harbour Gazette"),
            new PairInput("dismissed a Harbour Gazette report that Elbonia had settled most of the repairs with Freedonia months ago", "elbonia", March3.AddHours(20)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DenialOfReport, verdict.Kind);
    }

    [Theory]
    [InlineData("dismissed a Harbour Gazette report that Elbonian navy frogmen laid charges on the undersea power cable")]
    [InlineData("dismissed the Harbour Gazette's story that Elbonian navy frogmen laid charges on the undersea power cable")]
    public void A_denial_naming_another_outlet_before_its_report_does_not_answer_this_report(string denial)
    {
        var verdict = _checker.Check(new PairInput(Report, null, March3, "reporter Hanna Oskarsdottir"), new PairInput(denial, "elbonia", March3.AddHours(6)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_denial_naming_another_source_does_not_answer_this_report()
    {
        var verdict = _checker.Check(
            new PairInput(Report, null, March3, "reporter Hanna Oskarsdottir"),
            new PairInput("dismissed as invented a story in the Harbour Gazette that Elbonian navy frogmen laid charges on the undersea power cable", "elbonia", March3.AddHours(6)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_side_rather_than_a_source_named_in_a_denial_still_answers_the_report()
    {
        var verdict = _checker.Check(
            new PairInput(Report, null, March3, "reporter Hanna Oskarsdottir"),
            new PairInput("dismissed as invented suggestions in the West that Elbonian navy frogmen laid the charges that cut the power cable", "elbonia", March3.AddHours(6)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_report_months_older_than_the_denial_counts_for_less()
    {
        const string denial = "dismissed as invented suggestions that Elbonian navy frogmen cut the power cable";
        var fresh = _checker.Check(new PairInput(Report, null, March3, "Harbour Gazette"), new PairInput(denial, "elbonia", March3.AddDays(2)));
        var stale = _checker.Check(new PairInput(Report, null, March3, "Harbour Gazette"), new PairInput(denial, "elbonia", March3.AddDays(90)));

        Assert.True(stale.Score < fresh.Score, $"{stale.Score} vs {fresh.Score}");
    }

    [Fact]
    public void Two_voices_in_one_article_are_a_dispute_it_reports_and_in_two_articles_two_accounts()
    {
        var analyzer = new StatementAnalyzer(fixture.Embedder, new ActorMentions(Actors));
        var decider = new PairDecider(new ContradictionOptions { Embedder = fixture.Embedder, Actors = Actors });
        Statement Said(string id, string document, string speaker, string text, int day) =>
            new(id, document, null, speaker, text, false, StatementMode.Assert, null, null, March3.AddDays(day), null, [new SourceRef(speaker, null)]);

        var sameArticle = decider.Decide(
            analyzer.Analyze(Said("a", "doc-1", "Harbour Gazette", "the Freedonian government was closing its embassy in Elbonia", 0)),
            analyzer.Analyze(Said("b", "doc-1", "Capital Courier", "the Freedonian government was not closing its embassy in Elbonia", 0)));
        var twoArticles = decider.Decide(
            analyzer.Analyze(Said("a", "doc-1", "Harbour Gazette", "the Freedonian government was closing its embassy in Elbonia", 0)),
            analyzer.Analyze(Said("b", "doc-2", "Capital Courier", "the Freedonian government was not closing its embassy in Elbonia", 0)));

        Assert.Null(sameArticle.Finding);
        Assert.Equal(AlertKinds.ConflictingReports, twoArticles.Finding?.Kind);
    }

    [Fact]
    public void A_report_and_the_actors_denial_in_one_article_are_a_dispute_it_reports_and_across_two_articles_a_denial()
    {
        var analyzer = new StatementAnalyzer(fixture.Embedder, new ActorMentions(Actors));
        var decider = new PairDecider(new ContradictionOptions { Embedder = fixture.Embedder, Actors = Actors });
        Statement Said(string id, string document, string? actor, string speaker, string text, StatementMode mode, int hours) =>
            new(id, document, actor, speaker, text, false, mode, null, null, March3.AddHours(hours), null, [new SourceRef(speaker, null)]);
        var denial = Said("denial", "doc-2", "elbonia", "Elbonian government",
            "dismissed as absolutely baseless a report by reporter Hanna Oskarsdottir that Elbonian navy frogmen laid the charges that cut the undersea power cable",
            StatementMode.Deny, 6);

        var oneArticle = decider.Decide(
            analyzer.Analyze(Said("report", "doc-2", null, "reporter Hanna Oskarsdottir", Report, StatementMode.Assert, 6)),
            analyzer.Analyze(denial));
        var twoArticles = decider.Decide(
            analyzer.Analyze(Said("report", "doc-1", null, "reporter Hanna Oskarsdottir", Report, StatementMode.Assert, 0)),
            analyzer.Analyze(denial));

        Assert.Null(oneArticle.Finding);
        Assert.Equal(AlertKinds.DenialOfReport, twoArticles.Finding?.Kind);
    }

    [Fact]
    public void A_fault_pinned_on_someone_the_speaker_names_is_no_admission()
    {
        var verdict = _checker.Check(
            new PairInput("the inquiry into the port fire was closed and nobody would be charged", "elbonia", March3),
            new PairInput("the harbour master was a man of hard fate who had made grave errors over the port fire", "elbonia", March3.AddDays(30)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void In_one_article_an_actors_account_and_an_unnamed_voice_after_it_are_no_denial()
    {
        var engine = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder, Actors = Actors });
        var account = new Statement("account", "doc-1", "elbonia", "government",
            "Elbonia will stop exchanging scrapped 200 crown notes for new currency over post office counters from Friday but old 50 crown notes will remain valid for rail fares until Jan. 8", false, StatementMode.Assert, null,
            Stance.Neutral, March3, new TextSpan(0, 80), []);
        var voice = new Statement("voice", "doc-1", null, "officials",
            "ending the exchanges would push holders of old notes to put them into savings accounts, where the money can be traced", false,
            StatementMode.Assert, null, Stance.Neutral, March3, new TextSpan(220, 330), []) { About = ["elbonia"] };

        Assert.Empty(engine.Detect(voice, [account]));
        Assert.Empty(engine.Detect(account, [voice]));
    }
}
