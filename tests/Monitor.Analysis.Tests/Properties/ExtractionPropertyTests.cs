using CsCheck;
using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Properties;

/// <summary>
/// Whatever text arrives — wire-like sentences cut and joined at random, stray quotes, brackets, digits, dates and
/// other scripts — extraction never throws, keeps every statement within its limits and its document, and gives the
/// same statements for the same text. The claim reader holds up the same way on any statement text.
/// </summary>
public sealed class ExtractionPropertyTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ruritania", "Ruritania", ["Ruritania", "Ruritanian government", "Strelsau"], [new SpeakerDefinition("Anna Berg", "Foreign Minister")]),
        new("acme", "Acme Motors", ["Acme Motors", "Acme"], []),
    ];

    private static readonly string[] Fragments =
    [
        "Ruritania said", "the ministry said on Monday", "Anna Berg told reporters", "according to officials,", "Acme Motors denied",
        "\u201cWe will not raise taxes,\u201d", "\"It is over\"", "she added", "it would cut rates by 50 basis points", "on March 3",
        "by about 12 percent", "$4.5 billion", "no troops will be sent", "the talks", "were postponed", "a source close to the talks said",
        "In a statement,", "(D-Ore.)", "\u2014", ",", ".", ";", ":", "?", "'", "\u2019s", "Oct.", "Dec. 20", "2,262,424", "0.5%",
        "\u0420\u0443\u0440\u0438\u0442\u0430\u043d\u0438\u044f", "\u5317\u4eac", "\n\n", "  ", "said", "that", "not", "never", "which it had halted",
        "the company said", "state media said", "late on Wednesday,", "citing people familiar with the matter", "A", "THE MINISTER:",
    ];

    private static readonly Gen<string> WireLike =
        Gen.OneOf<string>(Gen.OneOf<string>(Fragments), Gen.String[0, 12]).Array[0, 40].Select(parts => string.Join(' ', parts));

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Fact]
    public void Any_text_gives_statements_inside_their_document_and_limits_and_the_same_ones_again()
    {
        WireLike.Sample(text =>
        {
            var first = Extract(text);
            foreach (var extracted in first)
            {
                var statement = extracted.Statement;
                Assert.False(string.IsNullOrWhiteSpace(statement.Text));
                Assert.True(statement.Text.Length <= Statement.MaxTextLength);
                Assert.True(statement.Actor is null || Actors.Any(a => a.Id == statement.Actor), statement.Actor);
                if (statement.Span is { } span) Assert.True(span.Start >= 0 && span.Start < span.End && span.End <= text.Length, $"{span} in {text.Length}");
            }
            var second = Extract(text);
            Assert.Equal(first.Select(s => (s.Statement.Id, s.Statement.Text, s.Statement.Actor)), second.Select(s => (s.Statement.Id, s.Statement.Text, s.Statement.Actor)));
        }, iter: 400);
    }

    [Fact]
    public void Any_statement_text_gives_claims_without_throwing_and_the_same_claims_again()
    {
        var extractor = new ClaimExtractor();
        var saidAt = new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero);
        WireLike.Sample(text =>
        {
            var first = extractor.Extract(text, saidAt);
            var second = extractor.Extract(text, saidAt);
            Assert.Equal(first.Select(c => (c.Predicate, c.Polarity, c.Modality)), second.Select(c => (c.Predicate, c.Polarity, c.Modality)));
        }, iter: 400);
    }

    [Fact]
    public void Any_nesting_of_tags_within_the_budget_reads_as_text_without_throwing()
    {
        var tags = Gen.OneOf<string>("p", "div", "b", "i", "span", "li", "ul", "table", "td", "script", "style", "br", "h1", "a");
        var html = Gen.Select(tags.Array[0, 60], Gen.OneOf<string>(Fragments).Array[1, 10], (open, words) =>
            string.Concat(open.Select(t => $"<{t}>")) + string.Join(' ', words) + string.Concat(open.Reverse().Select(t => $"</{t}>")));
        html.Sample(page =>
        {
            var text = DocumentText.FromHtml(page);
            Assert.DoesNotContain("<div>", text);
        }, iter: 300);
    }
}
