using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// "…, he said" points at the person the article last made its subject, not only at the last one quoted: a sentence
/// where nobody speaks ("Kral moved quickly to calm lenders.") makes the person it opens with the likeliest "he", and
/// a person met earlier counts there by surname alone. A name configured under two actors keeps the actor it was read as.
/// </summary>
public sealed class PronounSalienceTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ardenia", "Ardenia", ["Ardenia"], [new SpeakerDefinition("Ivo Kral", "Premier", null, null)]),
        new("union", "Northern Union", ["Northern Union", "the union"], [new SpeakerDefinition("Oren Varga", "President", null, null)]),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text, IReadOnlyList<ActorDefinition>? actors = null) =>
        new StatementExtractor(actors ?? Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2021, 3, 4, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Fact]
    public void He_is_the_subject_of_the_sentence_before_not_the_last_one_quoted()
    {
        var statements = Extract(
            "Oren Varga stepped down as union president on Tuesday, and Premier Ivo Kral welcomed the decision.\n\n"
            + "Varga said his departure had nothing to do with the budget.\n\n"
            + "Kral moved quickly to calm lenders. There were no funding problems and no payment problems, he said.");

        var funding = Assert.Single(statements, s => s.Statement.Text.Contains("no funding problems", StringComparison.Ordinal));
        Assert.Equal("ardenia", funding.Statement.Actor);
        Assert.Equal("Ivo Kral", funding.Statement.Speaker);
    }

    [Fact]
    public void Of_two_people_in_one_sentence_the_first_named_is_he()
    {
        var statements = Extract(
            "Oren Varga said the union would wait for the vote.\n\n"
            + "Ivo Kral then met Oren Varga in the capital. The talks had been useful, he said.");

        var talks = Assert.Single(statements, s => s.Statement.Text.Contains("talks had been useful", StringComparison.Ordinal));
        Assert.Equal("ardenia", talks.Statement.Actor);
    }

    [Fact]
    public void A_name_configured_under_two_actors_keeps_the_actor_it_was_read_as()
    {
        ActorDefinition[] actors =
        [
            new("oren-varga", "Oren Varga", ["Varga", "Oren Varga"], [new SpeakerDefinition("Oren Varga", "Investor", null, null)]),
            new("union", "Northern Union", ["Northern Union"], [new SpeakerDefinition("Oren Varga", "President", new DateOnly(2020, 1, 1), null)]),
        ];
        var statements = Extract(
            "\"The union will hold the vote in May,\" Varga wrote on Monday.\n\n"
            + "Over the weekend Varga reopened the old depot. \"The members have spoken,\" Varga wrote.",
            actors);

        var first = Assert.Single(statements, s => s.Statement.Text.Contains("vote in May", StringComparison.Ordinal));
        var second = Assert.Single(statements, s => s.Statement.Text.Contains("members have spoken", StringComparison.Ordinal));
        Assert.Equal(first.Statement.Actor, second.Statement.Actor);
    }
}
