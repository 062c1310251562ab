using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>Every extracted statement obeys the statement limit, whatever the document looks like.</summary>
public sealed class OversizedTextTests
{
    private static readonly string[] Filler = ["the", "ministry", "said", "that", "ships", "carried", "grain", "to", "the", "port", "and", "farmers", "sold", "it"];

    // English words with numbers among them and no sentence end: what a page without punctuation looks like.
    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => i % 15 == 14 ? $"{i} tonnes" : Filler[i % Filler.Length]));

    [Fact]
    public void A_page_without_punctuation_yields_no_statement_over_the_limit_and_the_rest_is_still_read()
    {
        var text = "Lin Wei said " + Words(40_000) + "\n\n\"We oppose the plan,\" Lin Wei said.";

        var statements = ExtractionFixture.Extract(text);

        Assert.All(statements, s => Assert.True(s.Statement.Text.Length <= Statement.MaxTextLength, $"{s.Statement.Text.Length} characters"));
        Assert.True(statements.Any(s => s.Statement.Text == "We oppose the plan"), string.Join(" | ", statements.Select(s => s.Statement.Text.Length > 80 ? s.Statement.Text[..80] : s.Statement.Text)));
    }

    [Fact]
    public void A_quote_longer_than_a_statement_may_be_is_not_recorded()
    {
        var text = "\"" + Words(3_000) + ",\" Lin Wei said.";
        Assert.True(text.Length > Statement.MaxTextLength);

        Assert.Empty(ExtractionFixture.Extract(text));
    }

    [Fact]
    public void Extraction_stops_when_its_caller_gives_up()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var article = new ArticleInput("doc-1", "\"We oppose the plan,\" Lin Wei said.", ExtractionFixture.Published, "Wire", null);

        Assert.Throws<OperationCanceledException>(() => ExtractionFixture.Extractor().Extract(article, cancelled.Token));
    }
}
