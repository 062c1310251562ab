using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Storage.Sqlite;
using static Monitor.Grains.Tests.MonitorClusterFixture;

namespace Monitor.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class WatcherTests(MonitorClusterFixture fixture)
{
    private static readonly DateTimeOffset Day0 = new(2024, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private Task<IReadOnlyList<Alert>> AlertsFor(string actor) =>
        new SqliteAlertLog(fixture.Database).ReadAsync(new AlertQuery(Actor: actor, Limit: 1000));

    [Fact]
    public async Task A_stance_reversal_raises_one_alert_that_explains_itself()
    {
        await fixture.DefineAsync("rev-a");
        var actor = fixture.Grains.GetGrain<IActorGrain>("rev-a");
        await actor.Record([Said("a1", "rev-a", "We welcome the plan.", Day0, Stance.Support, "rev-topic")]);
        await actor.Record([Said("a2", "rev-a", "We welcome it again.", Day0.AddDays(1), Stance.Support, "rev-topic")]);
        await actor.Record([Said("a3", "rev-a", "We reject the plan outright.", Day0.AddDays(9), Stance.Oppose, "rev-topic")]);

        var alert = Assert.Single(await AlertsFor("rev-a"));

        Assert.Equal(AlertKinds.StanceReversal, alert.Kind);
        Assert.Equal(AlertSeverity.High, alert.Severity);
        Assert.Equal(("a2", "a3"), (alert.Earlier.StatementId, alert.Later.StatementId));
        Assert.Equal("We welcome it again.", alert.Earlier.Text);
        Assert.Equal(Day0.AddDays(9), alert.Later.SaidAt);
        Assert.Equal("Test wire", Assert.Single(alert.Later.Sources).Name);
        Assert.Contains("supported", alert.Explanation);
        Assert.Contains("opposed", alert.Explanation);
        Assert.True(alert.Sequence > 0);
    }

    [Fact]
    public async Task Asserting_then_denying_the_same_claim_raises_a_negated_claim()
    {
        await fixture.DefineAsync("neg-a");
        var actor = fixture.Grains.GetGrain<IActorGrain>("neg-a");
        await actor.Record([Said("n1", "neg-a", "The ministry will open a consulate in Osaka.", Day0, topic: null)]);
        await actor.Record([Said("n2", "neg-a", "The ministry denies it will open a consulate in Osaka.", Day0.AddDays(3), topic: null, mode: StatementMode.Deny)]);
        await actor.Record([Said("n3", "neg-a", "The ministry will open a consulate in Kobe.", Day0.AddDays(4), topic: null)]);

        var alert = Assert.Single(await AlertsFor("neg-a"));

        Assert.Equal(AlertKinds.NegatedClaim, alert.Kind);
        Assert.Equal(("n1", "n2"), (alert.Earlier.StatementId, alert.Later.StatementId));
        Assert.Null(alert.Topic);
    }

    [Fact]
    public async Task Feeding_a_watcher_the_same_statements_again_raises_nothing_new()
    {
        await fixture.DefineAsync("dup-a");
        var actor = fixture.Grains.GetGrain<IActorGrain>("dup-a");
        var statements = new[]
        {
            Said("f1", "dup-a", "We support it.", Day0, Stance.Support, "dup-topic"),
            Said("f2", "dup-a", "We oppose it.", Day0.AddDays(1), Stance.Oppose, "dup-topic"),
        };
        await actor.Record(statements);
        var recorded = await actor.GetStatements(new StatementQuery(0, 10, null));

        var watcher = fixture.Grains.GetGrain<ITopicWatcherGrain>("dup-topic");
        var raisedAgain = await watcher.Evaluate(recorded);
        var raisedReversed = await watcher.Evaluate(recorded.Reverse().ToArray());

        Assert.Empty(raisedAgain);
        Assert.Empty(raisedReversed);
        Assert.Single(await AlertsFor("dup-a"));
    }

    [Fact]
    public async Task Alert_lifecycle_moves_forward_and_refuses_going_back()
    {
        await fixture.DefineAsync("life-a");
        var actor = fixture.Grains.GetGrain<IActorGrain>("life-a");
        await actor.Record([
            Said("l1", "life-a", "We support it.", Day0, Stance.Support, "life-topic"),
            Said("l2", "life-a", "We oppose it.", Day0.AddDays(1), Stance.Oppose, "life-topic"),
        ]);
        var alertId = Assert.Single(await AlertsFor("life-a")).Id;
        var grain = fixture.Grains.GetGrain<IAlertGrain>(alertId);

        var noReason = await grain.Transition(AlertStatus.Dismissed, null);
        var acknowledged = await grain.Transition(AlertStatus.Acknowledged, null);
        var dismissed = await grain.Transition(AlertStatus.Dismissed, "wrong speaker");
        var reopened = await grain.Transition(AlertStatus.Acknowledged, null);

        Assert.NotNull(noReason.Error);
        Assert.Null(acknowledged.Error);
        Assert.Equal(AlertStatus.Acknowledged, acknowledged.Alert!.Status);
        Assert.Equal((AlertStatus.Dismissed, "wrong speaker"), (dismissed.Alert!.Status, dismissed.Alert.StatusReason));
        Assert.NotNull(reopened.Error);
        Assert.Equal(AlertStatus.Dismissed, (await grain.Get())!.Status);
        Assert.Equal("not-found", (await fixture.Grains.GetGrain<IAlertGrain>("al-missing").Transition(AlertStatus.Acknowledged, null)).Error);
    }
}
