using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// Company names joined by an ampersand ("Scorewell &amp; Co.") are one speaker and one doer; a verb with its particle
/// ("called off", "pulled out") is a narrated act, with an aside in brackets inside it; "what it called …" before the
/// sentence's own "… said" names a thing rather than speaking; and "repeated that view" points back at words already
/// recorded, while "said that was wrong" keeps "that" as the subject of what was said.
/// </summary>
public sealed class CompanyNameAndBackReferenceTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("scorewell", "Scorewell", ["Scorewell", "Scorewell Holdings"], [new SpeakerDefinition("Jane Roe", "Chief Executive", null, null)]),
        new("ardenia", "Ardenia", ["Ardenia"], []),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2022, 6, 1, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Theory]
    [InlineData("Scorewell & Co. said on Tuesday that it stood behind the safety of its heaters.")]
    [InlineData("The heaters are safe, said Scorewell & Co. on Tuesday.")]
    public void A_name_joined_by_an_ampersand_speaks_for_its_actor(string text)
    {
        var statement = Assert.Single(Extract(text));

        Assert.Equal("scorewell", statement.Statement.Actor);
        Assert.Equal("Scorewell & Co.", statement.SpeakerText);
    }

    [Fact]
    public void A_name_joined_by_an_ampersand_is_the_doer_of_an_act()
    {
        var statement = Assert.Single(Extract("Scorewell & Co. agreed on Friday to pay $4 billion to settle the heater lawsuits."));

        Assert.Equal("scorewell", statement.Statement.Actor);
        Assert.StartsWith("agreed on Friday to pay $4 billion", statement.Statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_with_its_particle_is_an_act_and_a_bracketed_aside_stays_inside_it()
    {
        var statement = Assert.Single(Extract(
            "Scorewell Holdings has called off its 200 billion dinar ($1.2 billion) share offer and will return money to investors, its board decided on Wednesday."));

        Assert.Equal("scorewell", statement.Statement.Actor);
        Assert.Equal("called off its 200 billion dinar ($1.2 billion) share offer and will return money to investors", statement.Statement.Text);
    }

    [Fact]
    public void Naming_with_what_it_called_before_the_sentences_own_speech_is_not_the_speech()
    {
        var statement = Assert.Single(Extract(
            "In a statement reaffirming what it called the \"excellent safety record\" of the heater, Scorewell said a review of its tests had found no fault."));

        Assert.Equal("a review of its tests had found no fault", statement.Statement.Text);
    }

    [Fact]
    public void Naming_with_what_he_called_is_what_was_said_when_nothing_else_speaks()
    {
        var statements = Extract("Jane Roe apologised for what she called a failure to protect customer data.");

        Assert.Contains(statements, s => s.Statement.Actor == "scorewell" && s.Statement.Text == "called a failure to protect customer data");
    }

    [Fact]
    public void Repeating_that_view_records_nothing_new_but_still_names_the_speaker()
    {
        var statements = Extract(
            "Scorewell has said the fault lay with the installer, and it repeated that view on Tuesday.\n\n"
            + "It said no software had been changed to hide the fault.");

        Assert.Equal(["the fault lay with the installer", "no software had been changed to hide the fault"], statements.Select(s => s.Statement.Text));
        Assert.All(statements, s => Assert.Equal("scorewell", s.Statement.Actor));
    }

    [Theory]
    [InlineData("Ardenia said that was a mistake.", "that was a mistake")]
    [InlineData("Ardenia said on Monday that 3,000 people had left.", "3,000 people had left")]
    [InlineData("Ardenia said that prices would rise.", "prices would rise")]
    public void That_after_a_cue_is_a_subject_a_figure_or_the_conjunction(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Extract(text)).Statement.Text);
    }
}
