using Monitor.Abstractions;
using Monitor.Analysis.Extraction;
using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>A speaker whose name is also a month's ("Grace June", "June said") is a person; "in June" stays a date.</summary>
public sealed class CalendarNamedSpeakerTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("uk", "United Kingdom", ["Britain", "London"],
            [new SpeakerDefinition("Grace June", "prime minister", new DateOnly(2020, 1, 1), null)]),
    ];

    private static IReadOnlyList<ExtractedStatement> Read(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("a", text, Published, null, null)).Statements;

    [Fact]
    public void A_month_after_a_given_name_is_the_speakers_surname()
    {
        var statement = Assert.Single(Read("Grace June asked parliament to back the trade bill before the recess."));

        Assert.Equal("uk", statement.Statement.Actor);
        Assert.Equal("Grace June", statement.Statement.Speaker);
        Assert.Contains("asked parliament to back the trade bill", statement.Statement.Text);
    }

    [Fact]
    public void A_month_alone_before_its_own_verb_of_saying_is_the_speaker_named_before()
    {
        var statements = Read("Grace June met the union leaders on Monday. June said the strike law would be repealed.");

        var said = Assert.Single(statements, s => s.Statement.Text.Contains("strike law"));
        Assert.Equal("uk", said.Statement.Actor);
        Assert.Equal("the strike law would be repealed", said.Statement.Text);
    }

    [Fact]
    public void A_month_after_a_preposition_or_before_a_day_stays_a_date()
    {
        var statements = Read("In June the British government said the border checks would end. Britain will hold the vote on June 12, London said.");

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("uk", s.Statement.Actor));
        Assert.All(statements, s => Assert.DoesNotContain("June", s.Statement.Speaker ?? ""));
        Assert.Equal(new DateOnly(2024, 6, 1), DateOnly.FromDateTime(statements[0].Statement.SaidAt.UtcDateTime));
        Assert.Contains("the border checks would end", statements[0].Statement.Text);
    }
}
