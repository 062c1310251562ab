using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// A business known by a name that says its trade ("Corvia Pacific Airways", "Lunet Motors") is a business, whatever
/// its shorter aliases; "the airline said" after its chairman spoke is the airline. After a state's minister spoke,
/// "the company said" is no one the article has shown.
/// </summary>
public sealed class TradeNamedBusinessTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("corvia-air", "Corvia Pacific Airways", ["Corvia Pacific", "Corvia"], [new SpeakerDefinition("Tom Brill", "Chairman", null, null)]),
        new("ardenia", "Ardenia", ["Ardenia", "Ardenian government"], [new SpeakerDefinition("Mira Sand", "Minister of Transport", null, null)]),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2019, 8, 7, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Fact]
    public void The_airline_after_its_chairman_spoke_is_the_airline()
    {
        var statements = Extract("Chairman Tom Brill said the carrier would not tell its staff what to think. The airline said it will not stop its staff from joining the marches.");

        var marches = Assert.Single(statements, s => s.Statement.Text.Contains("marches", StringComparison.Ordinal));
        Assert.Equal("corvia-air", marches.Statement.Actor);
    }

    [Fact]
    public void The_company_after_a_ministers_words_is_left_unknown()
    {
        var statements = Extract("Transport Minister Mira Sand said the port would reopen. The company said it will not stop its staff from joining the marches.");

        var marches = Assert.Single(statements, s => s.Statement.Text.Contains("marches", StringComparison.Ordinal));
        Assert.Null(marches.Statement.Actor);
    }
}
