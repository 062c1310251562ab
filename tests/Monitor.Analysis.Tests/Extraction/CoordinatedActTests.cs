using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// A wire lead often joins two doers' acts in one sentence ("Japan lifted its curbs on Monday, a day after the talks, and
/// the European Union dropped its plan to impose tariffs"): each doer's act is its own statement. A clause after ", and"
/// whose subject is no tracked actor ("and prices rose") adds nothing.
/// </summary>
public sealed class CoordinatedActTests
{
    [Fact]
    public void Each_doer_of_two_acts_joined_by_and_gets_its_act()
    {
        var statements = Extract("Japan lifted its curbs on chip exports on Monday, a day after the talks ended, and the European Union dropped its plan to impose tariffs on steel.");

        var japan = Assert.Single(statements, s => s.Statement.Actor == "japan");
        Assert.StartsWith("lifted its curbs on chip exports", japan.Statement.Text);
        var eu = Assert.Single(statements, s => s.Statement.Actor == "eu");
        Assert.StartsWith("dropped its plan to impose tariffs on steel", eu.Statement.Text);
    }

    [Fact]
    public void A_second_clause_with_no_tracked_doer_adds_no_statement()
    {
        var statements = Extract("Japan lifted its curbs on chip exports on Monday, and shares in chipmakers rallied.");

        var statement = Assert.Single(statements);
        Assert.Equal("japan", statement.Statement.Actor);
    }
}
