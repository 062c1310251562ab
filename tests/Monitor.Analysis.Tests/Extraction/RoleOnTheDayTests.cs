using Monitor.Abstractions;
using Monitor.Analysis.Extraction;
using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// A role is checked on the day the passage tells of: a president who resigned on Thursday, reported on Friday, still
/// spoke for the country on Thursday. People named beside a narrated act are there for a later "he said".
/// </summary>
public sealed class RoleOnTheDayTests
{
    private static readonly ActorDefinition[] Actors =
    [
        // Published is a Friday (14 March 2025); the president's role ended on the Thursday before.
        new("ardenia", "Ardenia", ["Ardenian government"],
            [
                new SpeakerDefinition("Ivo Kral", "President", new DateOnly(2019, 1, 1), new DateOnly(2025, 3, 13)),
                new SpeakerDefinition("Tomas Berg", "Chairman of the ruling party", new DateOnly(2010, 1, 1), null),
                new SpeakerDefinition("Marek Lind", "Finance Minister", new DateOnly(2020, 1, 1), null),
            ]),
    ];

    private static IReadOnlyList<ExtractedStatement> Read(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("a", text, Published, null, null)).Statements;

    [Fact]
    public void A_leader_whose_role_ended_on_the_day_he_acted_speaks_for_the_country_that_day()
    {
        var statements = Read(
            "Ardenian President Ivo Kral resigned on Thursday, hours after the army urged him to go. "
            + "Kral said on Thursday that he was stepping down so that his supporters would no longer be harassed.");

        Assert.Contains(statements, s => s.Statement.Actor == "ardenia" && s.Statement.Text.StartsWith("resigned", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Statement.Actor == "ardenia" && s.Statement.Text.Contains("stepping down", StringComparison.Ordinal));
    }

    [Fact]
    public void A_leader_whose_role_ended_is_no_longer_the_countrys_voice_on_a_later_day()
    {
        var statements = Read("Former president Ivo Kral said on Friday that the army had forced him out.");

        Assert.DoesNotContain(statements, s => s.Statement.Actor == "ardenia");
    }

    [Fact]
    public void A_person_named_beside_a_narrated_act_is_whom_a_later_he_said_points_at()
    {
        var statements = Read(
            "Marek Lind resigned as finance minister on Wednesday, and party chairman Tomas Berg took over his duties. "
            + "Berg moved quickly to calm investors. There were no hidden debts and no unpaid wages, he said.");

        Assert.Contains(statements, s => s.Statement.Speaker == "Marek Lind" && s.Statement.Text.StartsWith("resigned", StringComparison.Ordinal));
        var calm = Assert.Single(statements, s => s.Statement.Text.Contains("hidden debts", StringComparison.Ordinal));
        Assert.Equal("Tomas Berg", calm.Statement.Speaker);
    }

    [Theory]
    [InlineData("Party chairman Tomas Berg dismissed the finance minister on Thursday.")]
    [InlineData("Party chairman Tomas Berg dismissed 15 officials on Thursday.")]
    public void A_firing_told_is_asserted_not_denied(string text)
    {
        var statement = Assert.Single(Read(text));

        Assert.Equal(StatementMode.Assert, statement.Statement.Mode);
    }
}
