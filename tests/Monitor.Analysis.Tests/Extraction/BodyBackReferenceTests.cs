using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>"The military said", after the armed forces spoke under another of their names, is the same body.</summary>
public sealed class BodyBackReferenceTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("elbonia-military", "Elbonian military", ["Guard Corps", "Elbonia's military", "Elbonian army"], []),
        new("elbonia-electoral", "Elbonian election commission", ["Elbonian election commission"], []),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Theory]
    [InlineData("military")]
    [InlineData("army")]
    public void A_generic_name_for_the_armed_forces_refers_back_to_them_under_any_of_their_names(string noun)
    {
        var statements = Extract(
            "The Guard Corps said on Monday that it would uphold the constitution and respect the law.\n\n" +
            $"The {noun} said it had found millions of irregularities in the voter lists and wanted them examined.");

        var later = Assert.Single(statements, s => s.Statement.Text.Contains("irregularities"));
        Assert.Equal("elbonia-military", later.Statement.Actor);
    }

    [Fact]
    public void A_generic_name_does_not_reach_back_to_a_body_none_of_whose_names_fits()
    {
        var statements = Extract(
            "The Elbonian election commission said on Monday that the vote had been fair.\n\n" +
            "The military said it had found millions of irregularities in the voter lists.");

        var later = Assert.Single(statements, s => s.Statement.Text.Contains("irregularities"));
        Assert.NotEqual("elbonia-electoral", later.Statement.Actor);
    }
}
