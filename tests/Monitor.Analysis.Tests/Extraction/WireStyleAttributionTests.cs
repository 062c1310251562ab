using Monitor.Abstractions;
using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>How wire copy attributes: offices named through the country, objects of a verb, clauses of circumstance.</summary>
public sealed class WireStyleAttributionTests
{
    [Fact]
    public void The_countrys_official_speaks_for_the_country_the_sentence_is_about()
    {
        var statement = Assert.Single(Extract("Japan is not planning to curb rice exports, the country's top farm official said on Thursday."));

        Assert.Equal("japan", statement.Statement.Actor);
        Assert.Equal("Japan is not planning to curb rice exports", statement.Statement.Text);
    }

    [Fact]
    public void A_verb_whose_object_is_the_statement_stays_in_its_text()
    {
        var statement = Assert.Single(Extract("Haruto Sato welcomed the decision in a radio interview on Thursday."));

        Assert.StartsWith("welcomed the decision", statement.Statement.Text);
    }

    [Fact]
    public void A_clause_of_circumstance_after_the_audience_is_not_what_was_said()
    {
        var statements = Extract("Japan \u201cwill keep every promise to its partners, come what may,\u201d Haruto Sato told reporters as he left the summit.");

        var statement = Assert.Single(statements);
        Assert.Contains("will keep every promise to its partners", statement.Statement.Text);
        Assert.DoesNotContain("left the summit", statement.Statement.Text);
    }
}
