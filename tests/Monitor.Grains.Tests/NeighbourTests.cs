using Microsoft.Extensions.DependencyInjection;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Analysis.Contradictions;
using Monitor.Storage.Sqlite;
using static Monitor.Grains.Tests.MonitorClusterFixture;

namespace Monitor.Grains.Tests;

/// <summary>
/// Candidates by meaning on the real cluster: a statement that shares no index key with an earlier one
/// of the same actor is still compared through the actor's neighbours grain, and that grain answers the
/// same after it is deactivated, from the store.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NeighbourTests(MonitorClusterFixture fixture)
{
    private static readonly DateTimeOffset Day0 = new(2024, 6, 3, 9, 0, 0, TimeSpan.Zero);

    // The later sentence says the opposite of the earlier one, but its six longest words crowd the shared
    // ones ("consulate", "Erbil") out of its key terms, and its act ("close") is not the earlier one's
    // ("open"), so no index key joins them: keys alone never compared them.
    private const string Earlier = "The ministry will open a consulate in Erbil.";
    private const string Later = "After extraordinary parliamentary deliberations about international representation and infrastructure, the government is closing its consulate in Erbil.";

    private ContradictionEngine Engine => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<ContradictionEngine>();

    private Task<IReadOnlyList<Alert>> AlertsFor(string actor) =>
        new SqliteAlertLog(fixture.Database).ReadAsync(new AlertQuery(Actor: actor, Limit: 1000));

    [Fact]
    public async Task A_contradiction_sharing_no_index_key_with_the_earlier_statement_is_found_by_meaning_and_raises_its_alert()
    {
        await fixture.DefineAsync("nbr-a");
        var actor = fixture.Grains.GetGrain<IActorGrain>("nbr-a");
        var earlier = Said("e1", "nbr-a", Earlier, Day0, topic: null);
        var later = Said("l1", "nbr-a", Later, Day0.AddDays(5), topic: null);
        Assert.Empty(Engine.IndexKeys(earlier).Intersect(Engine.IndexKeys(later)));

        await actor.Record([earlier]);
        await actor.Record([later]);

        var alert = Assert.Single(await AlertsFor("nbr-a"));
        Assert.Equal(AlertKinds.NegatedClaim, alert.Kind);
        Assert.Equal(("e1", "l1"), (alert.Earlier.StatementId, alert.Later.StatementId));
        Assert.Equal(2, await fixture.Grains.GetGrain<INeighboursGrain>("nbr-a").Count());
    }

    [Fact]
    public async Task A_reactivated_neighbours_grain_rebuilds_its_index_from_the_store()
    {
        await fixture.DefineAsync("nbr-b");
        var actor = fixture.Grains.GetGrain<IActorGrain>("nbr-b");
        var neighbours = fixture.Grains.GetGrain<INeighboursGrain>("nbr-b");
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await actor.Record([Said("e1", "nbr-b", Earlier, Day0, topic: null)]);
        Assert.Equal(1, await neighbours.Count());

        await management.DeactivateGrain(neighbours.GetGrainId());
        await WaitUntilInactiveAsync(management, neighbours);
        await actor.Record([Said("l1", "nbr-b", Later, Day0.AddDays(5), topic: null)]);

        // Only a rebuilt index holds the earlier statement for the later one to find.
        var alert = Assert.Single(await AlertsFor("nbr-b"));
        Assert.Equal(("e1", "l1"), (alert.Earlier.StatementId, alert.Later.StatementId));
        Assert.Equal(2, await neighbours.Count());
        var stored = await new SqliteNeighbourStore(fixture.Database).ReadAsync("nbr-b", 0, 10);
        Assert.Equal(["e1", "l1"], stored.Select(m => m.Statement.Id));
    }

    [Fact]
    public async Task Neighbours_come_from_the_owners_index_nearest_first_and_never_include_the_statement_itself()
    {
        await fixture.DefineAsync("nbr-c");
        var actor = fixture.Grains.GetGrain<IActorGrain>("nbr-c");
        await actor.Record([
            Said("c1", "nbr-c", Earlier, Day0, topic: null),
            Said("c2", "nbr-c", "The harbour festival draws large crowds every summer.", Day0.AddDays(1), topic: null),
        ]);
        var probe = Said("c3", "nbr-c", Later, Day0.AddDays(5), topic: null);
        var query = new NeighbourQuery(StatementRef.For(probe), null, probe.SaidAt,
            Analysis.Neighbours.MeaningCodec.Encode(Engine.MeaningVectors(probe)), Engine.MaxApart, 8, CandidateFinder.MinNeighbourCosine);
        var self = new NeighbourQuery(new StatementRef("nbr-c", "c1"), null, Day0, Analysis.Neighbours.MeaningCodec.Encode(Engine.MeaningVectors(Said("c1", "nbr-c", Earlier, Day0))), TimeSpan.Zero, 8, -1);

        var found = await fixture.Grains.GetGrain<INeighboursGrain>("nbr-c").Find(query);
        var others = await fixture.Grains.GetGrain<INeighboursGrain>("nbr-c").Find(self);

        var nearest = Assert.Single(found);
        Assert.Equal(("c1", Earlier), (nearest.Statement.Id, nearest.Statement.Text));
        Assert.InRange(nearest.Cosine, CandidateFinder.MinNeighbourCosine, 1);
        Assert.Equal(["c2"], others.Select(n => n.Statement.Id));
        Assert.Empty(await fixture.Grains.GetGrain<INeighboursGrain>("nbr-none").Find(query));
    }

    private static async Task WaitUntilInactiveAsync(IManagementGrain management, INeighboursGrain grain)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (!(await management.GetActiveGrains(grain.GetGrainId().Type)).Contains(grain.GetGrainId())) return;
            await Task.Delay(50);
        }
        Assert.Fail("The neighbours grain was not deactivated.");
    }
}
