using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// The other forms an article uses for an actor it is tracking: a country's possessive for its adjective ("Freedonia's
/// navy" for the "Freedonian navy"), a body one actor in play is known by ("the central bank" after its president
/// spoke), a person tracked as an actor of their own called by surname, and a source that said something "in a
/// statement that …" after a fronted phrase; a person who speaks for several actors speaks for the one the words
/// name, and for their own when only named before; "the company", before any business spoke, is the one tracked business
/// the article named; a business's counts and a declaration are what it did.
/// </summary>
public sealed class ActorReferenceFormTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("thai-navy", "Thai navy", ["Thai navy", "Royal Thai Navy"], []),
        new("cyprus", "Cyprus", ["Cyprus", "Cypriot government", "Cypriot central bank"],
            [new SpeakerDefinition("Andreas Loukas", "President", null, null)]),
        new("lenders", "Lenders' group", ["lenders' group", "creditor group"], [new SpeakerDefinition("Marta Ivers", "Chair", null, null)]),
        new("jane-roe", "Jane Roe", ["Roe", "Jane Roe"], [new SpeakerDefinition("Jane Roe", "Founder", null, null)]),
        new("acme", "Acme Motors", ["Acme Motors", "Acme"],
            [new SpeakerDefinition("Piet Vos", "Chairman", null, null), new SpeakerDefinition("Jane Roe", "Chief Executive", null, null)]),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Theory]
    [InlineData("Thailand's navy")]
    [InlineData("Thailand\u2019s navy")]
    public void A_countrys_possessive_finds_the_actor_known_by_its_adjective(string source)
    {
        var statements = Extract($"{source} said on Tuesday that its ships would stay in port until the storm had passed.");

        var statement = Assert.Single(statements);
        Assert.Equal("thai-navy", statement.Statement.Actor);
    }

    [Fact]
    public void The_navy_after_the_possessive_form_is_the_same_actor()
    {
        var statements = Extract(
            "Thailand's navy said on Tuesday that its ships would stay in port until the storm had passed. " +
            "The navy said the fleet would sail again once the seas were calm.");

        Assert.All(statements, s => Assert.Equal("thai-navy", s.Statement.Actor));
        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void A_body_known_only_to_the_actor_in_play_speaks_for_it()
    {
        var statements = Extract(
            "President Andreas Loukas said on Sunday that the levy was painful but unavoidable.\n\n" +
            "Banks will stay shut until Thursday to stop a run on deposits, the central bank said.");

        Assert.Equal("cyprus", Assert.Single(statements, s => s.Statement.Text.Contains("stay shut")).Statement.Actor);
    }

    [Fact]
    public void A_body_known_only_to_an_actor_the_article_named_speaks_for_it()
    {
        // Nobody of Cyprus has spoken, but the article has named its government.
        var statements = Extract(
            "The Cypriot government was redrawing the bill to spare small savers, officials said.\n\n" +
            "Banks will stay shut until Thursday to stop a run on deposits, the central bank said.");

        Assert.Equal("cyprus", Assert.Single(statements, s => s.Statement.Text.Contains("stay shut")).Statement.Actor);
    }

    [Fact]
    public void A_body_named_only_after_it_spoke_is_not_the_speakers()
    {
        // The unit that names Cyprus is the body's own statement; what it says about an actor does not make it that actor's.
        var statements = Extract("Interest rates will stay high for longer, the central bank said, adding that Cyprus faced a hard winter.");

        Assert.Null(Assert.Single(statements, s => s.Statement.Text.Contains("Interest rates")).Statement.Actor);
    }

    [Fact]
    public void A_body_no_actor_in_play_is_known_by_stays_unattributed()
    {
        var statements = Extract(
            "Chairman Piet Vos said on Sunday that Acme would build a new plant next year.\n\n" +
            "Interest rates will stay high for longer, the central bank said.");

        Assert.Null(Assert.Single(statements, s => s.Statement.Text.Contains("Interest rates")).Statement.Actor);
    }

    [Fact]
    public void A_person_tracked_as_an_actor_is_a_he_or_she_after_being_named_by_surname()
    {
        var statements = Extract(
            "The board approved the sale, Chairman Piet Vos said.\n\n" +
            "\"This is a good day for our customers,\" Roe said in a statement. She said she wanted to open three new stores.");

        var pronoun = Assert.Single(statements, s => s.Statement.Text.Contains("three new stores"));
        Assert.Equal("jane-roe", pronoun.Statement.Actor);
        Assert.Equal("Jane Roe", pronoun.Statement.Speaker);
    }

    [Fact]
    public void A_fronted_phrase_before_said_in_a_statement_that_is_not_what_was_said()
    {
        var statements = Extract(
            "After a telephone conference, the creditor group said in a statement that it would extend the loan by six months.");

        var statement = Assert.Single(statements);
        Assert.Equal("lenders", statement.Statement.Actor);
        Assert.StartsWith("it would extend the loan", statement.Statement.Text);
    }

    [Fact]
    public void A_relative_that_after_in_a_statement_leaves_the_content_before_the_source()
    {
        var statements = Extract(
            "Loan payments will be delayed by six months, the creditor group said in a statement that also warned of further cuts.");

        var statement = Assert.Single(statements);
        Assert.StartsWith("Loan payments will be delayed", statement.Statement.Text);
    }

    [Fact]
    public void A_person_who_runs_a_tracked_company_speaks_for_it_when_the_words_name_it()
    {
        var statements = Extract(
            "Acme Motors will deliver its first vans in July, Jane Roe said on Sunday.\n\n" +
            "Roe said production would grow quickly, with more than 1,500 vans in September.");

        Assert.All(statements, s => Assert.Equal("acme", s.Statement.Actor));
        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void A_person_tracked_in_their_own_right_speaks_for_themselves_when_nothing_names_the_company()
    {
        var statement = Assert.Single(Extract("Jane Roe said on Sunday that free speech was the bedrock of a working democracy."));

        Assert.Equal("jane-roe", statement.Statement.Actor);
    }

    // The company is configured before the person here, so that the order of configuration decides nothing.
    private static readonly ActorDefinition[] CompanyFirst =
    [
        new("veloria-air", "Veloria Air", ["Veloria Air"], [new SpeakerDefinition("Jane Roe", "Owner", null, null)]),
        new("jane-roe", "Jane Roe", ["Roe", "Jane Roe"], [new SpeakerDefinition("Jane Roe", "Investor", null, null)]),
    ];

    private static IReadOnlyList<ExtractedStatement> ExtractCompanyFirst(string text) =>
        new StatementExtractor(CompanyFirst, []).Extract(new ArticleInput("doc-2", text, new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Fact]
    public void A_person_named_before_speaking_is_taken_for_their_own_actor_not_the_company_configured_first()
    {
        var statement = Assert.Single(ExtractCompanyFirst(
            "The takeover by Jane Roe closed on Thursday night after months of legal wrangling.\n\n" +
            "\"The plane has landed,\" Roe wrote on her blog."), s => s.Statement.Direct);

        Assert.Equal("jane-roe", statement.Statement.Actor);
    }

    [Theory]
    [InlineData("Jane Roe said on Friday that she had bought Veloria Air to save it from collapse.", "jane-roe")]
    [InlineData("Jane Roe said on Friday that Veloria Air would cut its fares by a third.", "veloria-air")]
    public void The_company_speaks_when_it_is_what_the_words_are_about_not_what_the_speaker_acted_on(string text, string actor) =>
        Assert.Equal(actor, Assert.Single(ExtractCompanyFirst(text)).Statement.Actor);

    private static readonly ActorDefinition[] BusinessAndState =
    [
        new("scorewell", "Scorewell", ["Scorewell", "Scorewell Inc"], []),
        new("ardenia", "Ardenia", ["Ardenia", "Ardenian government"], []),
    ];

    private static IReadOnlyList<ExtractedStatement> ExtractBusinessAndState(string text) =>
        new StatementExtractor(BusinessAndState, []).Extract(new ArticleInput("doc-3", text, new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Fact]
    public void The_company_is_the_one_tracked_business_the_article_named_though_only_a_newspaper_spoke_before()
    {
        var statement = Assert.Single(ExtractBusinessAndState(
            "Scorewell Inc has voided two years of test results, the Harbour Journal reported on Wednesday.\n\n" +
            "The company told regulators it had thrown out all results from its first two years of testing."), s => s.Statement.Text.Contains("thrown out"));

        Assert.Equal("scorewell", statement.Statement.Actor);
    }

    [Fact]
    public void The_company_is_nobody_tracked_when_the_article_named_only_a_state()
    {
        var statement = Assert.Single(ExtractBusinessAndState(
            "Ardenia has closed its border crossings to freight, the Harbour Journal reported on Wednesday.\n\n" +
            "The company told regulators it had thrown out all results from its first two years of testing."), s => s.Statement.Text.Contains("thrown out"));

        Assert.Null(statement.Statement.Actor);
    }

    [Fact]
    public void What_the_company_built_is_its_statement()
    {
        var statements = Extract(
            "Acme Motors said on Monday it expected to build 5,000 vans a week by March.\n\n" +
            "The company built just 260 vans in the third quarter.");

        var built = Assert.Single(statements, s => s.Statement.Text.Contains("260"));
        Assert.Equal("acme", built.Statement.Actor);
        Assert.StartsWith("built just 260 vans", built.Statement.Text);
    }

    [Fact]
    public void A_declaration_of_a_state_keeps_its_verb()
    {
        var statements = Extract("Thailand's navy declared a state of emergency along the coast on Tuesday, saying it needed to restore order.");

        Assert.Contains(statements, s => s.Statement.Actor == "thai-navy" && s.Statement.Text.StartsWith("declared a state of emergency", StringComparison.Ordinal));
    }
}
