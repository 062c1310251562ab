using Monitor.Abstractions;
using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// A report that names no tracked actor is about what its article is about: it carries the tracked actors the
/// article names, so it is weighed against what they said. A report that names an actor, and an actor's own
/// statement, carry nothing more.
/// </summary>
public sealed class ReportSubjectTests
{
    private const string Article =
        "Japan's coast guard said on Monday that its patrol boat had fired warning shots at a trawler carrying smuggled fuel.\n\n"
        + "Divers who examined the wreck found no sign that the trawler had been carrying fuel, a newspaper investigation said on Friday. "
        + "Tokyo had acted within the law, the same newspaper said.";

    [Fact]
    public void A_report_naming_nobody_is_about_the_actors_its_article_names()
    {
        var report = Assert.Single(Extract(Article), s => s.Statement.Text.Contains("no sign"));

        Assert.Null(report.Statement.Actor);
        Assert.Equal(["japan"], report.Statement.About);
    }

    [Fact]
    public void A_report_that_names_an_actor_and_an_actors_own_statement_carry_no_subject()
    {
        var statements = Extract(Article);

        Assert.Null(Assert.Single(statements, s => s.Statement.Text.Contains("within the law")).Statement.About);
        Assert.Null(Assert.Single(statements, s => s.Statement.Actor == "japan").Statement.About);
    }

    [Fact]
    public void An_article_naming_no_tracked_actor_gives_its_reports_no_subject()
    {
        var report = Assert.Single(Extract("Divers found no sign that the trawler had been carrying fuel, a newspaper investigation said on Friday."));

        Assert.Null(report.Statement.About);
    }
}
