using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// Speakers named by what they are rather than who: a configured title on its own ("the Premier said") names the
/// person who held it that day, and a name after the cue keeps the appositive that says whom it works for ("…, said
/// Jane Roe, a vice president at Scorewell"). A place after "at" or "in" is still no speaker, and a company's legal form
/// ("Corp.", "Inc.") ends its name, not the sentence. A business described at length ("the third-largest Ardenian car
/// maker") is the business that spoke before, not the country its description names. A quoted nickname is part of a
/// name, and what was "told reporters the …" starts at its determiner. Whoever a note was sent to does not speak in it.
/// </summary>
public sealed class TitleAndEmployerTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ardenia", "Ardenia", ["Ardenia", "Ardenian government"],
            [
                new SpeakerDefinition("Ivo Kral", "Premier", new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31)),
                new SpeakerDefinition("Mira Tusan", "Premier", new DateOnly(2023, 1, 1), null),
                new SpeakerDefinition("Oren Varga", "Governor, Ardenian Reserve Bank", new DateOnly(2020, 1, 1), null),
            ]),
        new("scorewell", "Scorewell", ["Scorewell", "Scorewell Motors"], []),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text, int year = 2021) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(year, 2, 1, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Theory]
    [InlineData(2021, "Ivo Kral")]
    [InlineData(2024, "Mira Tusan")]
    public void A_configured_title_names_whoever_held_it_that_day(int year, string holder)
    {
        var statement = Assert.Single(Extract("The Premier said the state's finances were under control.", year));

        Assert.Equal("ardenia", statement.Statement.Actor);
        Assert.Equal(holder, statement.Statement.Speaker);
    }

    [Fact]
    public void The_first_part_of_a_configured_role_is_a_title_too()
    {
        var statement = Assert.Single(Extract("The Governor told reporters that rates would stay where they are."));

        Assert.Equal("Oren Varga", statement.Statement.Speaker);
    }

    [Theory]
    [InlineData("said Jane Roe, a spokeswoman for Scorewell")]
    [InlineData("said Jane Roe, a Scorewell spokeswoman")]
    [InlineData("said Jane Roe, a group vice president at Scorewell Motors")]
    public void A_name_after_the_cue_keeps_the_appositive_that_says_whom_it_speaks_for(string attribution)
    {
        var statement = Assert.Single(Extract($"The fault was rare and could be controlled, {attribution}."));

        Assert.Equal("scorewell", statement.Statement.Actor);
        Assert.Equal("The fault was rare and could be controlled", statement.Statement.Text);
    }

    [Fact]
    public void A_person_at_a_place_speaks_for_nobody_there()
    {
        var statement = Assert.Single(Extract("Talks would resume next week, said Jane Roe, an analyst at a bank in Ardenia."));

        Assert.Null(statement.Statement.Actor);
    }

    [Theory]
    [InlineData("Scorewell Motors Corp.")]
    [InlineData("Scorewell Motors Inc.")]
    [InlineData("Scorewell Motors Co.")]
    public void A_company_named_with_its_legal_form_speaks(string company)
    {
        var statement = Assert.Single(Extract($"{company} said on Thursday it would recall about 2.3 million vehicles."));

        Assert.Equal("scorewell", statement.Statement.Actor);
        Assert.Equal("it would recall about 2.3 million vehicles", statement.Statement.Text);
    }

    [Theory]
    [InlineData("the third-largest Ardenian car maker")]
    [InlineData("the country's biggest carmaker")]
    [InlineData("Veloria's biggest carmaker")]
    [InlineData("Ardenia's third-largest lender")]
    [InlineData("the Ardenian dairy group")]
    public void A_business_described_at_length_is_the_business_that_spoke_before(string description)
    {
        var statements = Extract($"Scorewell on Monday dismissed the rumours. \"Our cash position remains strong,\" {description} said in a statement.");

        Assert.Equal(["scorewell", "scorewell"], statements.Select(s => s.Statement.Actor));
    }

    [Theory]
    [InlineData("The planemaker")]
    [InlineData("The Velorian supplier")]
    [InlineData("The Ardenian dairy group")]
    public void A_business_named_by_its_trade_before_what_it_said_is_the_business_that_spoke_before(string description)
    {
        var statements = Extract($"Scorewell on Monday dismissed the rumours. {description} said its cash position remained strong.");

        Assert.Equal(["scorewell", "scorewell"], statements.Select(s => s.Statement.Actor));
    }

    [Theory]
    [InlineData("the rights group")]
    [InlineData("the Ardenian rights group")]
    [InlineData("the opposition group")]
    public void A_group_named_by_its_cause_is_not_the_business_that_spoke_before(string description)
    {
        var statements = Extract(
            "Scorewell on Monday dismissed the rumours about its plant. Citizens Watch, a campaign, said workers had been sent home. " +
            $"\"The plant must be inspected at once,\" {description} said in a statement.");

        Assert.DoesNotContain(statements, s => s.Statement.Text.Contains("inspected") && s.Statement.Actor == "scorewell");
    }

    [Fact]
    public void A_quoted_nickname_is_part_of_the_name_and_no_quote()
    {
        var statement = Assert.Single(Extract("Ivo \"Ace\" Kral, the Premier, told reporters the talk was totally ridiculous."));

        Assert.Equal("Ivo Kral", statement.Statement.Speaker);
        Assert.Equal("ardenia", statement.Statement.Actor);
    }

    [Theory]
    [InlineData("told reporters")]
    [InlineData("told the Wire Service")]
    [InlineData("told a news conference")]
    public void Once_the_audience_is_named_a_determiner_opens_what_was_said(string told)
    {
        var statement = Assert.Single(Extract($"Ivo Kral {told} the talk was totally ridiculous."));

        Assert.Equal("the talk was totally ridiculous", statement.Statement.Text);
    }

    [Theory]
    [InlineData("A diplomatic note sent to Scorewell said the contract would run for six months.")]
    [InlineData("The contract would run for six months, a letter addressed to Scorewell said.")]
    public void Whoever_a_document_was_sent_to_does_not_speak_in_it(string text)
    {
        Assert.DoesNotContain(Extract(text), s => s.Statement.Actor == "scorewell");
    }
}
