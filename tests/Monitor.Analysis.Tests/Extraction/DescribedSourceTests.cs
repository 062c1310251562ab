using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// Wire copy describes the sources it does not name: "an official in charge of the talks", "a diplomat with knowledge
/// of the plan", "an official who asked not to be named", "two officials speaking on condition of anonymity". The
/// description says what the source handles or why it is unnamed; who speaks is the noun it describes, so the source is
/// found and resolved as the bare noun would be. A voice named after a body ("a ministry spokesman", "a spokesman for the
/// ministry", "the company's spokeswoman") speaks for the body the article has in play.
/// </summary>
public sealed class DescribedSourceTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ardenia", "Ardenia", ["Ardenian government", "Ardenian transport ministry"], []),
        new("tusan", "Tusan", ["Tusani government"], []),
        new("kralbank", "Kralbank", [], [new SpeakerDefinition("Ivo Kral", "Chief Executive Officer", null, null)]),
        new("veloria", "Veloria", ["Velorian government"], []),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2024, 5, 2, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Theory]
    [InlineData("An official in charge of the compensation talks said")]
    [InlineData("A senior official with knowledge of the talks said")]
    [InlineData("An official involved in the talks told reporters")]
    [InlineData("An official responsible for the payments said")]
    [InlineData("A senior official who spoke on condition of anonymity said")]
    [InlineData("An official who asked not to be named said")]
    [InlineData("Officials briefed on the talks said")]
    [InlineData("Two officials speaking on condition of anonymity said")]
    [InlineData("An official handling the talks said")]
    public void A_described_unnamed_official_is_found_and_speaks_for_the_one_actor_named(string opening)
    {
        var statements = Extract($"The Ardenian government began paying the families of the victims on Tuesday. {opening} each family would receive 500,000 crowns.");

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("500,000 crowns"));
        Assert.Equal("ardenia", statement.Statement.Actor);
        Assert.StartsWith("each family", statement.Statement.Text);
    }

    [Fact]
    public void A_described_official_speaks_for_nobody_when_two_actors_are_in_play()
    {
        var statements = Extract(
            "The Ardenian government and the Tusani government met on Tuesday. An official in charge of the talks said each family would receive 500,000 crowns.");

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("500,000 crowns"));
        Assert.Null(statement.Statement.Actor);
    }

    [Fact]
    public void A_relative_clause_that_is_itself_the_cue_names_no_speaker()
    {
        // "employees who reported to them": the cue word closes the clause, so nothing describes a speaker.
        var statements = Extract(
            "Kralbank said its former chief executive had taken part in the fraud along with employees who reported to him, and that it would dismiss the staff involved.");

        Assert.DoesNotContain(statements, s => s.SpeakerText.Contains("employees", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_participle_inside_a_title_is_no_description()
    {
        var statements = Extract("Kralbank's chief operating officer Ivo Kral said the branch network would shrink by a third.");

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("shrink"));
        Assert.Equal("kralbank", statement.Statement.Actor);
    }

    [Theory]
    [InlineData("A ministry spokesman said")]
    [InlineData("The ministry's spokesman said")]
    [InlineData("A spokesman for the ministry said")]
    public void A_voice_named_after_a_body_speaks_for_the_body_in_play(string opening)
    {
        var statements = Extract(
            $"The Ardenian transport ministry said on Monday that the line would reopen in May. {opening} the safety review was over.");

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("safety review"));
        Assert.Equal("ardenia", statement.Statement.Actor);
    }

    [Fact]
    public void A_company_spokesman_is_never_the_voice_of_a_country_that_spoke_last()
    {
        var statements = Extract(
            "Veloria advised its citizens to leave the area on Thursday. A company spokesman said the plant's cooling pool still held water.");

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("cooling pool"));
        Assert.NotEqual("veloria", statement.Statement.Actor);
    }

    [Fact]
    public void A_company_spokesman_speaks_for_the_company_that_spoke_last()
    {
        var statements = Extract(
            "Kralbank said on Friday that it had closed 40 branches. A company spokesman said no staff would lose their jobs.");

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("lose their jobs"));
        Assert.Equal("kralbank", statement.Statement.Actor);
    }

    [Fact]
    public void Government_officials_after_a_commission_spoke_are_not_the_commission()
    {
        var actors = new ActorDefinition[]
        {
            new("ardenia", "Ardenia", ["Ardenian government"], []),
            new("ardenian-election-board", "Ardenian Election Board", ["election board"], []),
        };
        var statements = new StatementExtractor(actors, []).Extract(new ArticleInput("doc-1",
            "The count in Ardenia stalled on Friday. The chairman of the Ardenian Election Board said he did not know who had won. Government officials said the president had been legitimately elected.",
            new DateTimeOffset(2024, 5, 2, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("legitimately elected"));
        Assert.NotEqual("ardenian-election-board", statement.Statement.Actor);
    }
}
