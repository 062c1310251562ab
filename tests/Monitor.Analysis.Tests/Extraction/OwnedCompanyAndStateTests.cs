using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// A state may own a company that speaks for it ("Veloria Rail Corp."). After the article names it, "the state-owned
/// company", "the Crown corporation building it" or "the company" is that company, so the state; "the government" in an
/// article that has named one tracked state and heard no other actor is that state's; and a named doer described by its
/// owner ("The federally owned Veloria Rail Corp. has put the cost at …") still did the act.
/// </summary>
public sealed class OwnedCompanyAndStateTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("veloria", "Veloria", ["Veloria", "Veloria Rail Corp.", "Veloria Rail", "Velorian government"], [new SpeakerDefinition("Mira Sand", "Minister of Finance", null, null)]),
        new("ardenia", "Ardenia", ["Ardenia", "Ardenian government"], []),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2022, 2, 18, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Theory]
    [InlineData("the state-owned company")]
    [InlineData("the government-owned company")]
    [InlineData("the Crown corporation building it")]
    [InlineData("the company building it")]
    [InlineData("the company")]
    public void A_company_the_state_owns_speaks_for_the_state_once_named(string speaker)
    {
        var statement = Assert.Single(Extract(
            $"The cost of the Veloria Rail expansion has jumped 70 percent to 21.4 billion crowns, {speaker} said on Friday."));

        Assert.Equal("veloria", statement.Statement.Actor);
        Assert.StartsWith("The cost of the Veloria Rail expansion has jumped", statement.Statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_company_in_an_article_naming_no_company_of_a_tracked_actor_speaks_for_no_one()
    {
        var statement = Assert.Single(Extract("The cost of the Ardenian expansion has jumped 70 percent to 21.4 billion crowns, the state-owned company said on Friday."));

        Assert.Null(statement.Statement.Actor);
    }

    [Fact]
    public void The_government_of_the_one_state_named_speaks_for_it()
    {
        var statements = Extract(
            "The expanded Veloria Rail line began commercial service on Wednesday. The government, which bought the project in 2018 to make sure it was built, has said it intends to sell it once it is operating.");

        var sale = Assert.Single(statements, s => s.Statement.Text.Contains("intends to sell", StringComparison.Ordinal));
        Assert.Equal("veloria", sale.Statement.Actor);
    }

    [Fact]
    public void The_government_in_an_article_naming_two_states_is_left_unknown()
    {
        var statements = Extract(
            "The rail line between Veloria and Ardenia began service on Wednesday. The government has said it intends to sell the line.");

        var sale = Assert.Single(statements, s => s.Statement.Text.Contains("intends to sell", StringComparison.Ordinal));
        Assert.Null(sale.Statement.Actor);
    }

    [Theory]
    [InlineData("The federally owned Veloria Rail Corp. has put the cost of the expansion at about 34 billion crowns.")]
    [InlineData("The state-owned Veloria Rail Corp. raised the cost of the expansion to 34 billion crowns.")]
    public void A_named_doer_described_by_its_owner_did_the_act(string text)
    {
        var statement = Assert.Single(Extract(text));

        Assert.Equal("veloria", statement.Statement.Actor);
        Assert.Contains("the cost of the expansion", statement.Statement.Text, StringComparison.Ordinal);
    }
}
