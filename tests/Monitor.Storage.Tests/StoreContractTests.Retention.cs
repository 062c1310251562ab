using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Tests;

/// <summary>Retention, the same on every store: what it deletes, what it keeps, and that sequences never go back.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Retention_deletes_old_statements_up_to_the_fed_sequence_but_not_those_kept()
    {
        var log = Stores.Statements;
        await log.AppendAsync("china", [.. Enumerable.Range(1, 6).Select(i => Said($"s{i}", topic: i % 2 == 0 ? "t-even" : "t-odd") with { RecordedAt = Day0.AddHours(i) })]);

        // s1-s4 were recorded before the cutoff; s2 is kept (an open alert cites it); s6 is past what the watchers were fed.
        var deleted = await Stores.Retention.DeleteStatementsAsync("china", Day0.AddHours(4.5), upToSequence: 5, new HashSet<string> { "s2" });

        Assert.Equal(3, deleted);
        Assert.Equal([("s2", 2L), ("s5", 5L), ("s6", 6L)], (await log.ReadAsync("china", 0, 100)).Select(s => (s.Id, s.Sequence)));
        // Pages step over what was deleted: one statement a page, from the start.
        Assert.Equal(["s2"], (await log.ReadAsync("china", 0, 1)).Select(s => s.Id));
        Assert.Equal(["s5"], (await log.ReadAsync("china", 2, 1)).Select(s => s.Id));
        Assert.Equal(["s2", "s6"], (await log.ReadAsync("china", 0, 100, "t-even")).Select(s => s.Id));
        Assert.Equal(["s5"], (await log.ReadAsync("china", 0, 100, "t-odd")).Select(s => s.Id));
        Assert.Equal(6, await log.LastSequenceAsync("china"));
        Assert.Contains("china", await Stores.Retention.LogsAsync());

        // Deleting again finds nothing more to delete; a cutoff past everything takes all but what is kept.
        Assert.Equal(0, await Stores.Retention.DeleteStatementsAsync("china", Day0.AddHours(4.5), 5, new HashSet<string> { "s2" }));
        Assert.Equal(3, await Stores.Retention.DeleteStatementsAsync("china", Day0.AddDays(1), 6, new HashSet<string>()));
        Assert.Empty(await log.ReadAsync("china", 0, 100));
    }

    [Fact]
    public async Task After_retention_a_log_and_the_alert_log_go_on_numbering_where_they_were()
    {
        var log = Stores.Statements;
        await log.AppendAsync("china", [Said("s1") with { RecordedAt = Day0 }, Said("s2") with { RecordedAt = Day0 }]);
        await log.MarkFedAsync("china", 2);
        await Stores.Alerts.AppendAsync(NewAlert("a1"));
        await Stores.Alerts.UpdateStatusAsync("a1", AlertStatus.Resolved, null, Day0.AddDays(3));

        Assert.Equal(2, await Stores.Retention.DeleteStatementsAsync("china", Day0.AddDays(1), 2, new HashSet<string>()));
        Assert.Equal(1, (await Stores.Retention.ApplyToAlertsAsync(Day0.AddDays(10))).Deleted);

        Assert.Equal(2, await log.LastSequenceAsync("china"));
        Assert.Equal(1, await Stores.Alerts.LastSequenceAsync());
        var next = Assert.Single(await log.AppendAsync("china", [Said("s3")]));
        Assert.Equal(3, next.Sequence);
        Assert.Equal(2, (await Stores.Alerts.AppendAsync(NewAlert("a2"))).Alert.Sequence);
        Assert.Equal([("s3", 3L)], (await log.ReadAsync("china", 0, 100)).Select(s => (s.Id, s.Sequence)));
    }

    [Fact]
    public async Task Retention_deletes_only_closed_alerts_raised_before_the_cutoff_and_names_what_open_ones_cite()
    {
        var alerts = Stores.Alerts;
        var plan = new (string Id, AlertStatus Status, int RaisedDay)[]
        {
            ("a1", AlertStatus.Resolved, 1), ("a2", AlertStatus.Dismissed, 2), ("a3", AlertStatus.Acknowledged, 3),
            ("a4", AlertStatus.Open, 4), ("a5", AlertStatus.Resolved, 20), ("a6", AlertStatus.Open, 21),
        };
        foreach (var (id, status, day) in plan)
        {
            await alerts.AppendAsync(NewAlert(id, actor: "japan") with { RaisedAt = Day0.AddDays(day) });
            if (status != AlertStatus.Open) await alerts.UpdateStatusAsync(id, status, status == AlertStatus.Dismissed ? "noise" : null, Day0.AddDays(day));
        }

        var outcome = await Stores.Retention.ApplyToAlertsAsync(Day0.AddDays(10));

        Assert.Equal(2, outcome.Deleted);
        Assert.Equal(["a3-e", "a3-l", "a4-e", "a4-l", "a6-e", "a6-l"], outcome.CitedByOpenAlerts.Order(StringComparer.Ordinal));
        Assert.Equal(["a3", "a4", "a5", "a6"], (await alerts.ReadAsync(new AlertQuery(Limit: 100))).Select(a => a.Id));
        Assert.Equal(["a3", "a4", "a5", "a6"], (await alerts.ReadAsync(new AlertQuery(Limit: 100, Actor: "japan"))).Select(a => a.Id));
        Assert.Equal(["a4"], (await alerts.ReadAsync(new AlertQuery(Since: 1, Limit: 1, Status: AlertStatus.Open))).Select(a => a.Id));
        Assert.Null(await alerts.GetAsync("a1"));
        Assert.Null(await alerts.GetAsync("a2"));
        Assert.Equal(6, await alerts.LastSequenceAsync());
        Assert.DoesNotContain(await alerts.FeedbackAsync(), c => c.Status is AlertStatus.Dismissed);
        Assert.Equal(1, (await alerts.FeedbackAsync()).Single(c => c.Status == AlertStatus.Resolved).Count);

        // Without a cutoff nothing is deleted, and the open alerts' statements are still named.
        var again = await Stores.Retention.ApplyToAlertsAsync(null);
        Assert.Equal(0, again.Deleted);
        Assert.Equal(6, again.CitedByOpenAlerts.Count);
    }
}
