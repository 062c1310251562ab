using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using static Monitor.Grains.Tests.MonitorClusterFixture;

namespace Monitor.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ActorGrainTests(MonitorClusterFixture fixture)
{
    private static readonly DateTimeOffset Day0 = new(2024, 2, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Recording_an_undefined_actor_is_refused()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            fixture.Grains.GetGrain<IActorGrain>("undefined-actor").Record([Said("u1", "undefined-actor", "Hello.", Day0)]));
        Assert.Contains("not defined", error.Message);
    }

    [Fact]
    public async Task A_batch_holding_a_statement_over_the_text_limit_is_refused_whole()
    {
        await fixture.DefineAsync("rec-long");
        var actor = fixture.Grains.GetGrain<IActorGrain>("rec-long");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => actor.Record([
            Said("ok-1", "rec-long", "A short statement.", Day0),
            Said("long-1", "rec-long", new string('x', Statement.MaxTextLength + 1), Day0),
        ]));

        Assert.Contains("long-1", error.Message);
        Assert.Empty(await actor.GetStatements(new StatementQuery(0, 100, null)));
    }

    [Fact]
    public async Task Statements_are_appended_in_order_and_resending_an_id_changes_nothing()
    {
        await fixture.DefineAsync("rec-a");
        var actor = fixture.Grains.GetGrain<IActorGrain>("rec-a");

        var first = await actor.Record([Said("r1", "rec-a", "One.", Day0), Said("r2", "rec-a", "Two.", Day0.AddDays(1))]);
        var again = await actor.Record([Said("r2", "rec-a", "Two, changed.", Day0.AddDays(1)), Said("r3", "rec-a", "Three.", Day0.AddDays(2))]);

        Assert.Equal([(1L, true), (2L, true)], first.Select(o => (o.Sequence, o.Created)));
        Assert.Equal([(2L, false), (3L, true)], again.Select(o => (o.Sequence, o.Created)));
        var stored = await actor.GetStatements(new StatementQuery(0, 100, null));
        Assert.Equal(["r1", "r2", "r3"], stored.Select(s => s.Id));
        Assert.Equal("Two.", stored[1].Text);
        Assert.All(stored, s => Assert.Equal("rec-a", s.Actor));
    }

    [Fact]
    public async Task Statement_pages_follow_the_sequence_cursor_and_topic_filter()
    {
        await fixture.DefineAsync("rec-b");
        var actor = fixture.Grains.GetGrain<IActorGrain>("rec-b");
        await actor.Record(Enumerable.Range(1, 7).Select(i => Said($"p{i}", "rec-b", $"Statement {i}.", Day0.AddHours(i), topic: i % 2 == 0 ? "even" : "odd")).ToArray());

        var page = await actor.GetStatements(new StatementQuery(3, 2, null));
        var evens = await actor.GetStatements(new StatementQuery(0, 100, "even"));

        Assert.Equal([4L, 5L], page.Select(s => s.Sequence));
        Assert.Equal(["p2", "p4", "p6"], evens.Select(s => s.Id));
    }

    [Fact]
    public async Task Position_follows_the_latest_statement_said_with_confidence_and_timeline()
    {
        await fixture.DefineAsync("pos-a");
        var actor = fixture.Grains.GetGrain<IActorGrain>("pos-a");
        await actor.Record([
            Said("q1", "pos-a", "We back it.", Day0, Stance.Support, "pos-topic"),
            Said("q3", "pos-a", "We now oppose it.", Day0.AddDays(10), Stance.Oppose, "pos-topic"),
            Said("q2", "pos-a", "We still back it.", Day0.AddDays(5), Stance.Support, "pos-topic"),
            Said("q4", "pos-a", "No comment.", Day0.AddDays(11), Stance.Support, "pos-topic", StatementMode.Decline),
        ]);

        var position = Assert.Single(await actor.GetPositions());

        Assert.Equal("pos-topic", position.Topic);
        Assert.Equal(Stance.Oppose, position.Stance);
        Assert.Equal(0.33, position.Confidence);
        Assert.Equal(Day0.AddDays(10), position.Since);
        Assert.Equal(["q1", "q2", "q3"], position.Timeline.Select(p => p.StatementId));
        Assert.Equal(["q3"], position.Evidence);
    }

    [Fact]
    public async Task Positions_survive_deactivation_through_snapshot_and_log_replay()
    {
        await fixture.DefineAsync("pos-b");
        var actor = fixture.Grains.GetGrain<IActorGrain>("pos-b");
        var statements = Enumerable.Range(1, ActorGrain.SnapshotInterval + 30)
            .Select(i => Said($"d{i}", "pos-b", $"Point {i}.", Day0.AddMinutes(i), i % 3 == 0 ? Stance.Oppose : Stance.Support, "pos-topic"))
            .ToArray();
        await actor.Record(statements);
        var before = await actor.GetPositions();

        await fixture.Cluster.DeactivateAsync(actor);
        var after = await actor.GetPositions();

        Assert.Equal(before.Single().Timeline, after.Single().Timeline);
        Assert.Equal(before.Single().Stance, after.Single().Stance);
        Assert.Equal(statements.Length, (await actor.GetStatements(new StatementQuery(0, 1000, null))).Count);
    }

    [Fact]
    public async Task Define_with_merge_adds_aliases_and_speakers()
    {
        var actor = fixture.Grains.GetGrain<IActorGrain>("merge-a");
        await actor.Define(new ActorDefinition("merge-a", "Merge A", ["Alpha"], [new SpeakerDefinition("Ann Lee", "Spokesperson")]), merge: false);

        var merged = await actor.Define(new ActorDefinition("merge-a", "Merge A", ["alpha", "The A Office"], [new SpeakerDefinition("Bo Chen", "Minister", new DateOnly(2020, 1, 1))]), merge: true);

        Assert.Equal(["Alpha", "The A Office"], merged.Aliases);
        Assert.Equal(["Ann Lee", "Bo Chen"], merged.Speakers.Select(s => s.Name));
        var stored = await fixture.Cluster.Client.GetGrain<IActorGrain>("merge-a").GetDefinition();
        Assert.Equal(merged.Aliases, stored!.Aliases);
    }
}
