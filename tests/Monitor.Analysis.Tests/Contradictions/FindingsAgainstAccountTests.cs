using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Later findings against an earlier account: evidence denied for the very thing asserted ("no sign of explosives"
/// after "explosions showed explosive material"), and an outlet's report that contradicts what an actor had said.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class FindingsAgainstAccountTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("norway", "Norway", ["Norway", "Oslo"], [])];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static DateTimeOffset On(int month, int day) => new(2024, month, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string? earlierActor, string later, string? laterActor) =>
        _checker.Check(new PairInput(earlier, earlierActor, On(5, 2)), new PairInput(later, laterActor, On(5, 20)));

    [Fact]
    public void No_sign_of_what_was_said_to_be_shown_negates_it()
    {
        var verdict = Check("blasts from the lorry afterwards showed it held a large quantity of explosive material", "norway",
            "inspectors saw no sign that the lorry had been holding explosives", "norway");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void No_sign_of_what_was_said_to_be_indicated_negates_it()
    {
        var verdict = Check("secondary blasts from the lorry indicated the presence of a large quantity of explosive material", "norway",
            "inspectors saw no sign that the lorry had been carrying explosives", "norway");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NegatedClaim, verdict.Kind);
    }

    [Fact]
    public void No_sign_of_something_else_negates_nothing()
    {
        var verdict = Check("blasts from the lorry afterwards showed it held a large quantity of explosive material", "norway",
            "inspectors saw no sign that the harbour cranes had been damaged", "norway");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_outlets_later_report_against_what_an_actor_said_is_a_conflict_of_reports()
    {
        var verdict = Check("Norway's aid convoy did not carry any weapons across the border", "norway",
            "Norway's aid convoy carried weapons across the border in March, a newspaper investigation found", null);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.ConflictingReports, verdict.Kind);
    }

    [Fact]
    public void An_actors_own_name_in_a_report_and_in_its_reply_is_no_shared_matter()
    {
        var verdict = Check("Norwegian state media had stepped up broadcasts denigrating its neighbours and the pact", null,
            "Norway needed binding guarantees that its neighbours would never join the pact", "norway");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    private static Statement Said(string id, string? actor, string text, int day, IReadOnlyList<string>? about = null) =>
        new(id, "doc-" + id, actor, actor is null ? "a newspaper" : "Coast guard", text, false, StatementMode.Assert, null, Stance.Neutral,
            On(5, day), null, [], About: about);

    [Fact]
    public void A_report_naming_nobody_is_weighed_against_the_actor_its_article_is_about()
    {
        var engine = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder });
        var account = Said("account", "japan", "secondary blasts from the trawler indicated the presence of a large amount of smuggled fuel", 2);
        var finding = Said("finding", null, "divers saw no sign that the trawler had been carrying fuel", 20, about: ["japan"]);
        var unplaced = finding with { Id = "unplaced", About = null };

        var found = Assert.Single(engine.Detect(finding, [account]));

        Assert.Equal(AlertKinds.ConflictingReports, found.Kind);
        Assert.Empty(engine.Detect(unplaced, [account]));
    }
}
