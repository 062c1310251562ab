using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using Monitor.Storage.Sqlite;

namespace Monitor.Storage.Tests;

public sealed class LogStoreTests : IAsyncLifetime
{
    private readonly TempDatabase _temp = new();
    private static readonly DateTimeOffset Day0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _temp.DisposeAsync();

    private static Statement Said(string id, string actor = "china", string? topic = null) =>
        new(id, "d1", actor, "Mao Ning", $"Text of {id}.", true, StatementMode.Assert, topic, null, Day0, new TextSpan(3, 9), [new SourceRef("Wire", "https://wire.example/1")]);

    [Fact]
    public async Task Appends_number_statements_per_actor_and_ignore_ids_already_logged()
    {
        var log = new SqliteStatementLog(_temp.Database);
        var first = await log.AppendAsync("china", [Said("s1"), Said("s2")]);
        var second = await log.AppendAsync("china", [Said("s2"), Said("s3"), Said("s3")]);
        var other = await log.AppendAsync("japan", [Said("s1", "japan")]);

        Assert.Equal([(1L, true), (2L, true)], first.Select(o => (o.Sequence, o.Created)));
        Assert.Equal([(2L, false), (3L, true), (3L, false)], second.Select(o => (o.Sequence, o.Created)));
        Assert.Equal((1L, true), (other[0].Sequence, other[0].Created));
        Assert.Equal(3, await log.LastSequenceAsync("china"));
    }

    [Fact]
    public async Task Statements_round_trip_every_field_across_a_reopen()
    {
        var log = new SqliteStatementLog(_temp.Database);
        var original = Said("s1", topic: "nato-asia-pacific") with { Stance = Stance.Oppose, Mode = StatementMode.Warn, RecordedAt = Day0.AddDays(1) };
        await log.AppendAsync("china", [original]);
        await _temp.ReopenAsync();

        var read = Assert.Single(await new SqliteStatementLog(_temp.Database).ReadAsync("china", 0, 10));

        Assert.Equal(original with { Sequence = 1, Sources = read.Sources }, read);
        Assert.Equal(original.Sources, read.Sources);
    }

    [Fact]
    public async Task The_outbox_cursor_names_actors_with_unfed_statements_and_never_moves_back()
    {
        var log = new SqliteStatementLog(_temp.Database);
        var actors = new SqliteActorDirectory(_temp.Database);
        await actors.UpsertAsync(new ActorDefinition("china", "China", [], []));
        await actors.UpsertAsync(new ActorDefinition("japan", "Japan", [], []));
        await log.AppendAsync("china", [Said("s1"), Said("s2")]);
        await log.AppendAsync("japan", [Said("j1", "japan")]);

        await log.MarkFedAsync("japan", 1);
        await log.MarkFedAsync("china", 2);
        await log.MarkFedAsync("china", 1);

        Assert.Empty(await log.ActorsWithUnfedStatementsAsync());
        Assert.Equal(2, await log.FedSequenceAsync("china"));
        await log.AppendAsync("china", [Said("s3")]);
        await log.AppendAsync("~src-harbour-times", [Said("v1", actor: "~src-harbour-times")]);
        Assert.Equal(["china", "~src-harbour-times"], await log.ActorsWithUnfedStatementsAsync());
    }

    [Fact]
    public async Task Alert_log_gives_a_global_sequence_and_keeps_one_alert_per_id()
    {
        var alerts = new SqliteAlertLog(_temp.Database);
        var a = Alert("al-1", "china");
        var first = await alerts.AppendAsync(a);
        var again = await alerts.AppendAsync(a with { Score = 0.1 });
        var second = await alerts.AppendAsync(Alert("al-2", "japan"));

        Assert.Equal((1L, true), (first.Alert.Sequence, first.Created));
        Assert.Equal((1L, false, 0.9), (again.Alert.Sequence, again.Created, again.Alert.Score));
        Assert.Equal(2, second.Alert.Sequence);
        Assert.Equal(["al-2"], (await alerts.ReadAsync(new AlertQuery(Since: 1))).Select(x => x.Id));
        Assert.Equal(["al-1"], (await alerts.ReadAsync(new AlertQuery(Actor: "china"))).Select(x => x.Id));
        Assert.Empty(await alerts.ReadAsync(new AlertQuery(Kind: AlertKinds.DateMismatch)));

        var dismissed = await alerts.UpdateStatusAsync("al-1", AlertStatus.Dismissed, "not a contradiction", Day0);
        Assert.Equal(AlertStatus.Dismissed, dismissed!.Status);
        Assert.Equal(["al-1"], (await alerts.ReadAsync(new AlertQuery(Status: AlertStatus.Dismissed))).Select(x => x.Id));
        Assert.Null(await alerts.UpdateStatusAsync("al-404", AlertStatus.Dismissed, null, Day0));
    }

    [Fact]
    public async Task Claim_index_finds_the_entries_said_nearest_in_time_and_ignores_repeats()
    {
        var index = new SqliteClaimIndex(_temp.Database);
        await index.AddAsync([
            new ClaimIndexEntry("k", Said("s1") with { SaidAt = Day0 }),
            new ClaimIndexEntry("k", Said("s2") with { SaidAt = Day0.AddDays(2) }),
            new ClaimIndexEntry("k", Said("s3") with { SaidAt = Day0.AddDays(1) }),
            new ClaimIndexEntry("other", Said("s4")),
        ]);
        await index.AddAsync([new ClaimIndexEntry("k", Said("s2") with { SaidAt = Day0.AddDays(2) })]);

        Assert.Equal(["s1", "s3", "s2"], (await index.FindAsync("k", Day0.AddDays(1), 10)).Select(s => s.Id));
        Assert.Equal(["s3", "s2"], (await index.FindAsync("k", Day0.AddDays(1), 1)).Select(s => s.Id));
        Assert.Equal(["s1"], (await index.FindAsync("k", Day0.AddDays(-5), 1)).Select(s => s.Id));
        Assert.Equal(["s4"], (await index.FindAsync("other", Day0, 10)).Select(s => s.Id));
        await index.AddAsync([new ClaimIndexEntry("other", Said("s3") with { SaidAt = Day0.AddDays(1) })]);
        Assert.Equal(["s1", "s3", "s2", "s4"], (await index.FindAsync(["k", "other"], Day0.AddDays(1), 2)).Select(s => s.Id));
    }

    [Fact]
    public async Task A_statement_filed_in_the_claim_index_and_a_neighbour_index_is_kept_once()
    {
        var index = new SqliteClaimIndex(_temp.Database);
        var neighbours = new SqliteNeighbourStore(_temp.Database);
        var statement = Said("s1");
        // As the watcher files it: under its keys and in its owners' neighbour indexes, side by side.
        await Task.WhenAll(
            index.AddAsync([new ClaimIndexEntry("claim|china|trade", statement), new ClaimIndexEntry("stance|china|t", statement)]),
            neighbours.AddAsync("china", [new MeaningEntry(statement, [1, 2, 3])]),
            neighbours.AddAsync("japan", [new MeaningEntry(statement, [1, 2, 3])]));

        Assert.Equal(1L, await _temp.Database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM filed_statements";
            return (long)command.ExecuteScalar()!;
        }));
        Assert.Equal("s1", Assert.Single(await neighbours.GetStatementsAsync([StatementRef.For(statement)])).Id);
        Assert.Equal("s1", Assert.Single(await index.FindAsync(["claim|china|trade", "stance|china|t"], Day0, 5)).Id);
    }

    [Fact]
    public async Task One_failing_write_in_a_batch_does_not_undo_the_others()
    {
        var log = new SqliteStatementLog(_temp.Database);
        var failing = _temp.Database.WriteAsync<int>(_ => throw new InvalidOperationException("boom"));
        var good = log.AppendAsync("china", [Said("s1")]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.True((await good)[0].Created);
        Assert.Equal(1, await log.LastSequenceAsync("china"));
    }

    private static Alert Alert(string id, string actor) =>
        new(id, 0, AlertKinds.StanceReversal, AlertSeverity.High, 0.9, actor, "t",
            new AlertStatement("e", null, actor, null, "earlier", Day0, []), new AlertStatement("l", null, actor, null, "later", Day0, []),
            "why", AlertStatus.Open, Day0, "test/v1");
}
