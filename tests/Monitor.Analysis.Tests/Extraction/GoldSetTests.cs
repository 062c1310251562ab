using Monitor.Analysis.Evaluation;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

public sealed class GoldSetTests
{
    private static readonly string[] RequiredPatterns =
    [
        "straight-quotes", "curly-quotes", "quote-spanning-sentences", "quote-spanning-paragraphs", "split-quote", "quote-first",
        "speaker-first-colon", "partial-quote", "said-that", "told", "added", "warned", "urged", "welcomed", "insisted", "denied",
        "declined", "refused", "according-to", "possessive-remarks", "quote-without-speech-verb", "full-name", "surname",
        "title-and-name", "role-noun", "pronoun", "capital-for-state", "downing-street", "embassy-in-capital", "the-alliance",
        "former-speaker", "place-not-speaker", "report-not-actor", "unknown-speaker", "hedge", "decline", "demand", "warn",
        "deny", "relative-date",
    ];

    private static readonly GoldSet Gold = GoldSet.Load(Path.Combine(AppContext.BaseDirectory, "Extraction", "Gold"));

    private static List<(string, IReadOnlyList<GoldAttribution>, IReadOnlyList<ExtractedStatement>)> Run()
    {
        var extractor = new StatementExtractor(Gold.Actors, Gold.Topics);
        return Gold.Articles
            .Select(a => (a.Id, a.Expected, extractor.Extract(new ArticleInput(a.Id, a.Text, a.PublishedAt, a.Source, null)).Statements))
            .ToList();
    }

    [Fact]
    public void The_gold_set_has_forty_articles_and_covers_every_pattern_twice()
    {
        Assert.True(Gold.Articles.Count >= 40, $"only {Gold.Articles.Count} articles");
        var counts = Gold.Articles.SelectMany(a => a.Patterns).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var thin = RequiredPatterns.Where(p => counts.GetValueOrDefault(p) < 2).ToArray();
        Assert.True(thin.Length == 0, "patterns covered fewer than twice: " + string.Join(", ", thin));
    }

    [Fact]
    public void Attribution_precision_and_recall_are_at_least_ninety_percent()
    {
        var score = AttributionScorer.Score(Run());

        var report = string.Join('\n', score.Misses.Concat(score.Spurious));
        Assert.True(score.Precision >= 0.9, $"precision {score.Precision:P1}\n{report}");
        Assert.True(score.Recall >= 0.9, $"recall {score.Recall:P1}\n{report}");
        Assert.True(score.ModeAccuracy >= 0.85, $"mode accuracy {score.ModeAccuracy:P1}\n{report}");
        Assert.True(score.ReportAccuracy >= 0.95, $"report accuracy {score.ReportAccuracy:P1}\n{report}");
    }

    [Fact]
    public void Matched_statements_carry_the_expected_dates_and_stances()
    {
        var wrong = new List<string>();
        foreach (var (id, expected, found) in Run())
        {
            foreach (var gold in expected)
            {
                var match = found.FirstOrDefault(s => AttributionScorer.Matches(gold, s));
                if (match is null) continue;
                if (gold.SaidAt is { } day && DateOnly.FromDateTime(match.Statement.SaidAt.UtcDateTime) != day)
                    wrong.Add($"{id} …{gold.Contains}…: said {match.Statement.SaidAt:yyyy-MM-dd}, expected {day:yyyy-MM-dd}");
                if (gold.Stance is { } stance && !string.Equals(stance, match.Statement.Stance?.ToString(), StringComparison.OrdinalIgnoreCase))
                    wrong.Add($"{id} …{gold.Contains}…: stance {match.Statement.Stance}, expected {stance}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }
}
