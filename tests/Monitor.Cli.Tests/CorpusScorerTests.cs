using Monitor.Cli.Evaluation;

namespace Monitor.Cli.Tests;

/// <summary>The corpus scorer on replay output written by hand, against a small gold written for the test.</summary>
public sealed class CorpusScorerTests
{
    private const string Reversal = "stance-reversal: vowed never to raise the toll, then backed a rise";

    private static readonly CorpusGold Gold = new(
        Statements: new OrderedDictionary<string, IReadOnlyList<GoldStatement>>
        {
            ["d1"] = [new("norland", "never raise the harbour toll")],
            ["d2"] = [new("norland", "harbour toll rises")],
            ["d3"] = [new("vesta", "ferries may sail again in may")],
            ["d4"] = [new("vesta", "ferries will sail again in june")],
        },
        Optional: new OrderedDictionary<string, IReadOnlyList<GoldStatement>> { ["d4"] = [new("norland", "current harbour toll")] },
        MustFire: [new("d1", "d2", "norland", Reversal)],
        Ambiguous: [new("d4", "d2")],
        Traps: [new("d3", "d4", "hedged date: May depended on the weather")]);

    private static readonly HashSet<string> Tracked = ["norland", "vesta"];

    [Fact]
    public void Matches_optional_statements_ambiguous_pairs_traps_and_swapped_alerts_score_as_the_benchmark_scorer_does()
    {
        var score = new CorpusScorer(Gold, Tracked).Score(
        [
            // Whitespace, case and curly quotes do not stop a match; the actor id is compared in lower case.
            """{"type":"statement","documentId":"d1","actor":"norland","text":"We will NEVER\n  raise the   harbour toll."}""",
            """{"type":"Statement","documentId":"d2","actor":"Norland","text":"The “harbour toll rises” again."}""",
            """{"type":"statement","documentId":"d3","actor":"vesta","text":"Ferries are sold out for the summer."}""",
            """{"type":"statement","documentId":"d4","actor":"norland","text":"Operators pay the current harbour toll."}""",
            """{"type":"statement","documentId":"d4","actor":"islanders","text":"Nobody will sail this year."}""",
            "",
            "{not json",
            """{"type":"alert","kind":"stance-reversal","earlier":{"documentId":"d2"},"later":{"documentId":"d1"},"explanation":"swapped"}""",
            """{"type":"alert","kind":"stance-reversal","earlier":{"documentId":"d2"},"later":{"documentId":"d4"},"explanation":"ambiguous"}""",
            """{"type":"alert","kind":"date-mismatch","earlier":{"documentId":"d3"},"later":{"documentId":"d4"},"explanation":"vesta gave May, then June."}""",
            """{"type":"alert","kind":"stance-reversal","earlier":{"documentId":"d1"},"later":{"documentId":"d2"},"explanation":"again"}""",
        ]);

        Assert.Equal(
            "statements: 5 read, precision 0.67 recall 0.50 F1 0.57; alerts: 4 raised, precision 0.67 recall 1.00 (1/1); unreadable lines 1",
            score.Summary);
        // Two right statements and one false: the optional one and the untracked actor's count neither way.
        Assert.Equal(2.0 / 3, score.StatementPrecision, precision: 12);
        Assert.Equal(0.5, score.StatementRecall, precision: 12);
        Assert.Equal(4.0 / 7, score.StatementF1, precision: 12);
        // Both alerts on the must-fire pair are right, in either order; the ambiguous one is ignored; the trap is false.
        Assert.Equal((2.0 / 3, 1.0), (score.AlertPrecision, score.AlertRecall));
        Assert.Equal(
        [
            "FP statement d3 vesta ferries are sold out for the summer.",
            "missed statement d3 vesta ferries may sail again in may",
            "missed statement d4 vesta ferries will sail again in june",
            "FP alert d3 d4 date-mismatch vesta gave May, then June.",
        ], score.Details);
        Assert.Equal([new KindTally("stance-reversal", 1, 1)], score.Kinds);
        Assert.True(score.Meets(0.5, 0.6, 1.0));
        Assert.False(score.Meets(0.6, null, null));
    }

    [Fact]
    public void Missed_pairs_are_listed_as_python_prints_them_and_tallied_by_kind()
    {
        var gold = Gold with
        {
            MustFire = [new("d1", "d2", "norland", Reversal), new("d5", "o'brien-6", "vesta", "date-mismatch: May, then June")],
        };
        var score = new CorpusScorer(gold, Tracked).Score(
        [
            """{"type":"alert","kind":"stance-reversal","earlier":{"documentId":"d1"},"later":{"documentId":"d2"}}""",
            """{"type":"alert","kind":"negated-claim","earlier":{"statementId":"s9"},"later":{"documentId":"d2"}}""",
        ]);

        Assert.Equal(
            "statements: 0 read, precision 0.00 recall 0.00 F1 0.00; alerts: 2 raised, precision 0.50 recall 0.50 (1/2); unreadable lines 0",
            score.Summary);
        Assert.Equal("FP alert None d2 negated-claim ", score.Details[^2]);
        Assert.Equal("""missed alert ('d5', "o'brien-6") date-mismatch: May, then June""", score.Details[^1]);
        Assert.Equal(["  stance-reversal: 1/1", "  date-mismatch: 0/1"], score.Kinds.Select(k => k.ToString()));
        Assert.False(score.Meets(null, null, 0.51));
    }

    [Theory]
    [InlineData(0.125, "0.12")]
    [InlineData(0.375, "0.38")]
    [InlineData(0.625, "0.62")]
    [InlineData(0.015, "0.01")]
    [InlineData(0.885, "0.89")]
    [InlineData(0.995, "0.99")]
    [InlineData(1.0, "1.00")]
    [InlineData(0.0, "0.00")]
    public void Two_decimals_round_the_exact_value_with_ties_to_even(double value, string expected) =>
        Assert.Equal(expected, ScoreText.TwoDecimals(value));

    [Fact]
    public void Text_is_normalised_and_printed_as_the_benchmark_scorer_prints_it()
    {
        Assert.Equal("the \"toll\"'s rise", ScoreText.Normalize("  The \u201cToll\u201d\u2019s\t\n\u00a0RISE  "));
        Assert.Equal("'a\\\\b\"c\\'d'", ScoreText.Repr("a\\b\"c'd"));
        Assert.Equal("'tab\\there'", ScoreText.Repr("tab\there"));
        Assert.Equal("ab\U0001F600", ScoreText.Prefix("ab\U0001F600cd", 3));
    }
}
