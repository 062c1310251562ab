using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using static Monitor.Grains.Tests.MonitorClusterFixture;

namespace Monitor.Grains.Tests;

/// <summary>
/// Matters nobody configured, on the real cluster with the service's embedder: an actor's statements on one matter in
/// other words are logged, fed and positioned under one topic with a name, configured topics are left as they are, and
/// the matters outlive the grain's deactivation.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class MatterTests(MonitorClusterFixture fixture)
{
    private static readonly DateTimeOffset Day0 = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    // What extraction keys these by: two salient words each, different for every remark.
    private static Statement Remark(string id, string actor, string text, int day, string key, Stance? stance = null) =>
        Said(id, actor, text, Day0.AddDays(day), stance, topic: key);

    [Fact]
    public async Task Remarks_on_one_unconfigured_matter_in_other_words_are_filed_logged_and_positioned_under_one_named_topic()
    {
        await fixture.DefineAsync("mat-a");
        var actor = fixture.Grains.GetGrain<IActorGrain>("mat-a");

        var outcomes = await actor.Record([
            Remark("m1", "mat-a", "We will build a deep-water port at Tusan next year.", 0, "~auto-deep-water-tusan", Stance.Support),
            Remark("m2", "mat-a", "Wheat prices on the domestic market fell sharply this spring.", 1, "~auto-domestic-wheat"),
        ]);
        await actor.Record([Remark("m3", "mat-a", "The new harbour at Tusan will not be constructed after all.", 9, "~auto-constructed-harbour", Stance.Oppose)]);
        await actor.Record([Remark("m4", "mat-a", "Parliament must ratify the fisheries accord.", 10, "fisheries-accord", Stance.Support)]);

        Assert.Equal(["~auto-deep-water-tusan", "~auto-domestic-wheat"], outcomes.Select(o => o.Topic));
        var stored = await actor.GetStatements(new StatementQuery(0, 100, null));
        Assert.Equal(["~auto-deep-water-tusan", "~auto-domestic-wheat", "~auto-deep-water-tusan", "fisheries-accord"], stored.Select(s => s.Topic));
        var positions = await actor.GetPositions();
        var port = Assert.Single(positions, p => p.Topic == "~auto-deep-water-tusan");
        Assert.Equal([Stance.Support, Stance.Oppose], port.Timeline.Select(p => p.Stance));
        Assert.Contains("tusan", port.Name);
        // A configured topic keeps its own id and takes its name from the catalogue, not from matters.
        Assert.Null(Assert.Single(positions, p => p.Topic == "fisheries-accord").Name);
    }

    [Fact]
    public async Task Matters_outlive_deactivation_so_a_later_remark_in_other_words_joins_the_same_one()
    {
        await fixture.DefineAsync("mat-b");
        var actor = fixture.Grains.GetGrain<IActorGrain>("mat-b");
        await actor.Record([Remark("b1", "mat-b", "We will build a deep-water port at Tusan next year.", 0, "~auto-deep-water-tusan")]);

        await fixture.Cluster.DeactivateAsync(actor);
        var outcome = await actor.Record([Remark("b2", "mat-b", "Construction of the Tusan port will start in the new year.", 5, "~auto-construction-tusan")]);

        Assert.Equal("~auto-deep-water-tusan", Assert.Single(outcome).Topic);
    }
}
