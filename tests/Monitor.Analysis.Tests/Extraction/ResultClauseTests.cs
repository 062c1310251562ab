using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// What an act or a report came to, said in a participle clause after it ("…, raising $4 billion and valuing the company
/// at $90 billion", "…, bringing the toll to 64"), is a figure its speaker put on record: each clause is a statement of its
/// own, by the same speaker, so a later or earlier figure can be held against it.
/// </summary>
public sealed class ResultClauseTests
{
    [Fact]
    public void Each_result_of_an_act_is_a_statement_of_its_doer()
    {
        var statements = Extract("Britain sold its stake in the port operator at 320 pence a share on Thursday, the top of its range, raising 4 billion pounds and valuing the operator at 21 billion pounds.");

        Assert.Equal(
            ["sold its stake in the port operator at 320 pence a share on Thursday", "raising 4 billion pounds", "valuing the operator at 21 billion pounds"],
            statements.Select(s => s.Statement.Text));
        Assert.All(statements, s => Assert.Equal("uk", s.Statement.Actor));
    }

    [Fact]
    public void A_result_of_a_report_is_the_reporters_statement()
    {
        var statements = Extract("The Chinese foreign ministry reported four more deaths on Monday, bringing the toll to 64, and 47 new cases in the north.");

        var toll = Assert.Single(statements, s => s.Statement.Text == "bringing the toll to 64");
        Assert.Equal("china", toll.Statement.Actor);
    }

    [Theory]
    [InlineData("Britain sold its stake in the port operator on Thursday, raising questions about the future of the docks.")]
    [InlineData("Britain sold its stake in the port operator on Thursday, bringing the sale forward from Dec. 4.")]
    [InlineData("Britain sold its stake in the port operator on Thursday, lifting the operator's shares by 10 percent.")]
    public void A_participle_clause_without_a_figure_of_its_own_or_telling_what_a_market_did_is_no_statement(string text)
    {
        var statement = Assert.Single(Extract(text));

        Assert.Equal("sold its stake in the port operator on Thursday", statement.Statement.Text);
    }
}
