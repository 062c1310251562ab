using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Tests;

/// <summary>The stores one contract test talks to, and what to dispose when it is done.</summary>
public sealed record StoreSet(
    IStatementLog Statements,
    IAlertLog Alerts,
    IClaimIndex Index,
    INeighbourStore Neighbours,
    IActorDirectory Actors,
    ITopicDirectory Topics,
    ISubscriptionStore Subscriptions,
    IDeliveryLog Deliveries,
    IStorageHealth Health,
    IAsyncDisposable Owner,
    IRetentionStore Retention);

/// <summary>
/// What the service relies on from its storage, whichever store is configured: every test here runs
/// against each implementation (one subclass per store), so the stores cannot drift apart. The tests
/// follow the interfaces' documented contract; where the stores may legitimately differ (how precisely
/// a time is kept, the order of a result the contract leaves unordered) they assert only what is promised.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Day0 = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
    protected static readonly SourceRef Wire = new("Wire", "https://wire.example/1");
    protected static readonly SourceRef Herald = new("Herald", "https://herald.example/2");
    protected static readonly SourceRef Gazette = new("Gazette", null);

    private StoreSet? _stores;

    /// <summary>Opens empty stores of the implementation under test.</summary>
    protected abstract Task<StoreSet> OpenAsync();

    /// <summary>How many statements the claim index holds a copy of, read from the store itself.</summary>
    protected abstract Task<long> StatementsKeptByTheIndexAsync();

    protected StoreSet Stores => _stores ?? throw new InvalidOperationException("The stores are not open.");

    public async Task InitializeAsync() => _stores = await OpenAsync();

    public async Task DisposeAsync()
    {
        if (_stores is not null) await _stores.Owner.DisposeAsync();
    }

    // ---- Statement log: sequences and idempotence

    [Fact]
    public async Task Appends_number_each_actors_statements_from_one_independently_of_other_actors()
    {
        var log = Stores.Statements;
        var first = await log.AppendAsync("china", [Said("c1"), Said("c2")]);
        var japan = await log.AppendAsync("japan", [Said("j1", "japan"), Said("c1", "japan")]);
        var second = await log.AppendAsync("china", [Said("c3")]);

        Assert.Equal([("c1", 1L, true), ("c2", 2L, true)], first.Select(o => (o.StatementId, o.Sequence, o.Created)));
        Assert.Equal([("j1", 1L, true), ("c1", 2L, true)], japan.Select(o => (o.StatementId, o.Sequence, o.Created)));
        Assert.Equal([("c3", 3L, true)], second.Select(o => (o.StatementId, o.Sequence, o.Created)));
        Assert.Equal(3, await log.LastSequenceAsync("china"));
        Assert.Equal(2, await log.LastSequenceAsync("japan"));
        Assert.Equal(0, await log.LastSequenceAsync("usa"));
        Assert.Equal([("c1", 1L), ("c2", 2L), ("c3", 3L)], (await log.ReadAsync("china", 0, 100)).Select(s => (s.Id, s.Sequence)));
        Assert.Equal([("j1", 1L), ("c1", 2L)], (await log.ReadAsync("japan", 0, 100)).Select(s => (s.Id, s.Sequence)));
    }

    [Fact]
    public async Task A_repeated_statement_id_keeps_its_first_sequence_and_text()
    {
        var log = Stores.Statements;
        await log.AppendAsync("china", [Said("s1", text: "First wording.")]);
        await log.AppendAsync("china", [Said("s2")]);

        var repeat = Assert.Single(await log.AppendAsync("china", [Said("s1", text: "Second wording.", at: Day0.AddHours(1))]));

        Assert.Equal(new AppendOutcome("s1", 1, Created: false, SourcesAdded: false), repeat);
        var read = await log.ReadAsync("china", 0, 100);
        Assert.Equal([("s1", 1L, "First wording."), ("s2", 2L, "Text of s2.")], read.Select(s => (s.Id, s.Sequence, s.Text)));
        Assert.Equal(Day0, read[0].SaidAt);
        Assert.Equal(2, await log.LastSequenceAsync("china"));
    }

    [Fact]
    public async Task A_repeat_from_a_new_source_adds_the_source_and_a_repeat_from_a_known_source_does_not()
    {
        var log = Stores.Statements;
        await log.AppendAsync("china", [Said("s1", sources: [Wire])]);

        var fromHerald = Assert.Single(await log.AppendAsync("china", [Said("s1", sources: [Herald])]));
        var fromHeraldAgain = Assert.Single(await log.AppendAsync("china", [Said("s1", sources: [Herald])]));
        var fromBoth = Assert.Single(await log.AppendAsync("china", [Said("s1", sources: [Herald, Wire])]));

        Assert.Equal(new AppendOutcome("s1", 1, Created: false, SourcesAdded: true), fromHerald);
        Assert.Equal(new AppendOutcome("s1", 1, Created: false, SourcesAdded: false), fromHeraldAgain);
        Assert.Equal(new AppendOutcome("s1", 1, Created: false, SourcesAdded: false), fromBoth);
        var stored = Assert.Single(await log.ReadAsync("china", 0, 100));
        Assert.Equal([Wire, Herald], stored.Sources);
        Assert.Equal("Text of s1.", stored.Text);
        Assert.Equal(1, await log.LastSequenceAsync("china"));
    }

    [Fact]
    public async Task The_same_id_twice_in_one_batch_takes_one_sequence_and_merges_its_sources()
    {
        var log = Stores.Statements;

        var outcomes = await log.AppendAsync("china", [
            Said("s1", sources: [Wire]),
            Said("s2"),
            Said("s1", text: "Another wording.", sources: [Herald]),
            Said("s3"),
            Said("s3"),
        ]);

        Assert.Equal(
            [("s1", 1L, true, false), ("s2", 2L, true, false), ("s1", 1L, false, true), ("s3", 3L, true, false), ("s3", 3L, false, false)],
            outcomes.Select(o => (o.StatementId, o.Sequence, o.Created, o.SourcesAdded)));
        var read = await log.ReadAsync("china", 0, 100);
        Assert.Equal(["s1", "s2", "s3"], read.Select(s => s.Id));
        Assert.Equal("Text of s1.", read[0].Text);
        Assert.Equal([Wire, Herald], read[0].Sources);
        Assert.Equal(3, await log.LastSequenceAsync("china"));
    }

    [Fact]
    public async Task Reads_return_the_statements_after_a_sequence_up_to_the_limit_in_log_order()
    {
        var log = Stores.Statements;
        await log.AppendAsync("china", [.. Enumerable.Range(1, 6).Select(i => Said($"s{i}"))]);
        await log.AppendAsync("japan", [Said("j1", "japan")]);
        await log.AppendAsync("china", [.. Enumerable.Range(7, 4).Select(i => Said($"s{i}"))]);

        Assert.Equal([("s4", 4L), ("s5", 5L), ("s6", 6L), ("s7", 7L)], (await log.ReadAsync("china", 3, 4)).Select(s => (s.Id, s.Sequence)));
        Assert.Equal([9L, 10L], (await log.ReadAsync("china", 8, 100)).Select(s => s.Sequence));
        Assert.Equal([.. Enumerable.Range(1, 10).Select(i => (long)i)], (await log.ReadAsync("china", 0, 100)).Select(s => s.Sequence));
        Assert.Empty(await log.ReadAsync("china", 10, 100));
        Assert.Empty(await log.ReadAsync("usa", 0, 100));
        Assert.Equal(10, await log.LastSequenceAsync("china"));
    }

    [Fact]
    public async Task Reads_with_a_topic_return_only_that_topics_statements_after_the_sequence()
    {
        var log = Stores.Statements;
        string? TopicOf(int i) => (i % 3) switch { 0 => "t-trade", 1 => "t-border", _ => null };
        await log.AppendAsync("china", [.. Enumerable.Range(1, 9).Select(i => Said($"s{i}", topic: TopicOf(i)))]);
        await log.AppendAsync("japan", [Said("j1", "japan", topic: "t-trade")]);

        Assert.Equal([("s3", 3L), ("s6", 6L), ("s9", 9L)], (await log.ReadAsync("china", 0, 100, "t-trade")).Select(s => (s.Id, s.Sequence)));
        Assert.Equal(["s4", "s7"], (await log.ReadAsync("china", 1, 100, "t-border")).Select(s => s.Id));
        Assert.Equal(["s6"], (await log.ReadAsync("china", 3, 1, "t-trade")).Select(s => s.Id));
        Assert.Empty(await log.ReadAsync("china", 9, 100, "t-trade"));
        Assert.Empty(await log.ReadAsync("china", 0, 100, "t-climate"));
        Assert.Equal(["j1"], (await log.ReadAsync("japan", 0, 100, "t-trade")).Select(s => s.Id));
    }

    [Fact]
    public async Task Statements_round_trip_every_field_with_the_sequence_set_on_read()
    {
        var full = new Statement(
            "st-full", "doc-9", "china", "Mao Ning", "We \"firmly\" oppose it — 坚决反对.", Direct: false, StatementMode.Warn, "t-trade", Stance.Oppose,
            new DateTimeOffset(2024, 3, 1, 17, 15, 30, 250, TimeSpan.Zero), new TextSpan(12, 40), [Wire, Gazette],
            RecordedAt: new DateTimeOffset(2024, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var bare = new Statement("st-bare", null, "china", null, "Bare.", true, StatementMode.Assert, null, null, Day0, null, []);
        var support = full with { Id = "st-support", Stance = Stance.Support, Mode = StatementMode.Demand, Sources = [Herald] };

        await Stores.Statements.AppendAsync("china", [full, bare, support]);
        var read = await Stores.Statements.ReadAsync("china", 0, 100);

        Assert.Equal(3, read.Count);
        AssertSame(full with { Sequence = 1 }, read[0]);
        AssertSame(bare with { Sequence = 2 }, read[1]);
        AssertSame(support with { Sequence = 3 }, read[2]);
    }

    // ---- Statement log: the outbox

    [Fact]
    public async Task The_fed_cursor_never_moves_back()
    {
        var log = Stores.Statements;
        await log.AppendAsync("china", [Said("s1"), Said("s2"), Said("s3")]);
        Assert.Equal(0, await log.FedSequenceAsync("china"));

        await log.MarkFedAsync("china", 2);
        await log.MarkFedAsync("china", 1);
        Assert.Equal(2, await log.FedSequenceAsync("china"));

        await log.MarkFedAsync("china", 3);
        await log.MarkFedAsync("china", 0);
        Assert.Equal(3, await log.FedSequenceAsync("china"));
        Assert.Equal(0, await log.FedSequenceAsync("japan"));
    }

    [Fact]
    public async Task Actors_with_unfed_statements_are_exactly_those_with_statements_above_their_cursor_in_ordinal_order()
    {
        var log = Stores.Statements;
        Assert.Empty(await log.ActorsWithUnfedStatementsAsync());
        foreach (var actor in new[] { "usa", "china", "~src-herald", "japan", "eu" })
            await log.AppendAsync(actor, [Said($"{actor}-1", actor), Said($"{actor}-2", actor)]);
        Assert.Equal(["china", "eu", "japan", "usa", "~src-herald"], await log.ActorsWithUnfedStatementsAsync());

        await log.MarkFedAsync("china", 2);
        await log.MarkFedAsync("japan", 1);
        await log.MarkFedAsync("~src-herald", 2);
        Assert.Equal(["eu", "japan", "usa"], await log.ActorsWithUnfedStatementsAsync());

        await log.AppendAsync("china", [Said("china-3")]);
        Assert.Equal(["china", "eu", "japan", "usa"], await log.ActorsWithUnfedStatementsAsync());

        await log.MarkFedAsync("china", 3);
        await log.MarkFedAsync("eu", 2);
        await log.MarkFedAsync("japan", 2);
        await log.MarkFedAsync("usa", 2);
        Assert.Empty(await log.ActorsWithUnfedStatementsAsync());

        // A repeat logs nothing new, so there is nothing to feed.
        await log.AppendAsync("china", [Said("china-1", sources: [Herald])]);
        Assert.Empty(await log.ActorsWithUnfedStatementsAsync());
    }

    // ---- Statement log: voices and counts

    [Fact]
    public async Task Voices_are_counted_with_the_first_speaker_and_newest_said_at_most_statements_first_ties_by_key()
    {
        var log = Stores.Statements;
        await log.AppendAsync("~src-herald", [
            Said("h1", "~src-herald", speaker: "Harbour Herald", at: Day0),
            Said("h2", "~src-herald", speaker: "Herald Desk", at: Day0.AddDays(5)),
            Said("h3", "~src-herald", speaker: "Harbour Herald", at: Day0.AddDays(2)),
        ]);
        await log.AppendAsync("~src-abc", [Said("a1", "~src-abc", speaker: "ABC News", at: Day0.AddDays(1))]);
        await log.AppendAsync("~src-abc", [Said("a2", "~src-abc", speaker: "ABC", at: Day0.AddDays(3)), Said("a3", "~src-abc", speaker: "ABC", at: Day0.AddDays(-1))]);
        await log.AppendAsync("~src-abc", [Said("a1", "~src-abc", speaker: "ABC", at: Day0.AddDays(9))]);
        await log.AppendAsync("~who-jane-doe", [Said("w1", "~who-jane-doe", speaker: "Jane Doe", at: Day0.AddDays(4))]);
        await log.AppendAsync("~who-jane-doe", [Said("w2", "~who-jane-doe", speaker: "J. Doe", at: Day0.AddDays(6))]);
        await log.AppendAsync("~who-ann-lee", [Said("l1", "~who-ann-lee", speaker: "Ann Lee", at: Day0.AddDays(7))]);
        await log.AppendAsync("china", [Said("c1"), Said("c2"), Said("c3"), Said("c4")]);

        var voices = await log.VoicesAsync(10);

        Assert.Equal([
            new VoiceCount("~src-abc", "ABC News", IsReport: true, 3, Day0.AddDays(3)),
            new VoiceCount("~src-herald", "Harbour Herald", IsReport: true, 3, Day0.AddDays(5)),
            new VoiceCount("~who-jane-doe", "Jane Doe", IsReport: false, 2, Day0.AddDays(6)),
            new VoiceCount("~who-ann-lee", "Ann Lee", IsReport: false, 1, Day0.AddDays(7)),
        ], voices);
        Assert.Equal(["~src-abc", "~src-herald"], (await log.VoicesAsync(2)).Select(v => v.Key));
    }

    [Fact]
    public async Task Counts_list_every_registered_actor_with_its_statements_and_zero_for_none()
    {
        foreach (var id in new[] { "japan", "china", "eu" })
            await Stores.Actors.UpsertAsync(new ActorDefinition(id, id.ToUpperInvariant(), [], []));
        await Stores.Statements.AppendAsync("china", [Said("c1"), Said("c2")]);
        await Stores.Statements.AppendAsync("china", [Said("c2", sources: [Herald]), Said("c3")]);
        await Stores.Statements.AppendAsync("japan", [Said("j1", "japan")]);
        await Stores.Statements.AppendAsync("~src-herald", [Said("h1", "~src-herald", speaker: "Herald")]);

        var counts = await Stores.Statements.CountsAsync();

        Assert.Equal([("china", 3L), ("eu", 0L), ("japan", 1L)], counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)));
    }

    // ---- Alert log

    [Fact]
    public async Task Alerts_take_one_global_sequence_from_one_without_gaps()
    {
        (string Id, string? Actor)[] plan = [("a1", "china"), ("a2", "japan"), ("a3", null), ("a4", "china"), ("a5", "eu")];
        var outcomes = new List<AlertAppendOutcome>();
        foreach (var (id, actor) in plan) outcomes.Add(await Stores.Alerts.AppendAsync(NewAlert(id, actor: actor)));
        await Stores.Alerts.AppendAsync(NewAlert("a2", actor: "japan"));
        var sixth = await Stores.Alerts.AppendAsync(NewAlert("a6"));

        Assert.All(outcomes, o => Assert.True(o.Created));
        Assert.Equal([1L, 2L, 3L, 4L, 5L], outcomes.Select(o => o.Alert.Sequence));
        Assert.Equal(6, sixth.Alert.Sequence);
        Assert.Equal([("a1", 1L), ("a2", 2L), ("a3", 3L), ("a4", 4L), ("a5", 5L), ("a6", 6L)], (await Stores.Alerts.ReadAsync(new AlertQuery())).Select(a => (a.Id, a.Sequence)));
        Assert.Equal(4, (await Stores.Alerts.GetAsync("a4"))?.Sequence);
        Assert.Null(await Stores.Alerts.GetAsync("a404"));
    }

    [Fact]
    public async Task Alerts_round_trip_every_field()
    {
        var alert = new Alert(
            "al-full", 0, AlertKinds.NumberMismatch, AlertSeverity.High, 0.73, "china", "t-trade",
            new AlertStatement("st-e", "doc-e", "china", "Mao Ning", "Earlier “text”.", Day0, [Wire]),
            new AlertStatement("st-l", null, "china", null, "Later text.", Day0.AddDays(3).AddMilliseconds(250), [Herald, Gazette]),
            "Explanation.", AlertStatus.Acknowledged, Day0.AddDays(4), "numbers/v2", "checked by desk", Day0.AddDays(5), "al-group", "al-reversal");
        var bare = new Alert(
            "al-bare", 0, AlertKinds.ConflictingReports, AlertSeverity.Low, 0.5, null, null,
            new AlertStatement("st-1", null, null, null, "One.", Day0, []), new AlertStatement("st-2", null, null, null, "Two.", Day0, []),
            "Why.", AlertStatus.Open, Day0, "reports/v1");

        var stored = await Stores.Alerts.AppendAsync(alert);
        await Stores.Alerts.AppendAsync(bare);

        AssertSame(alert with { Sequence = 1 }, stored.Alert);
        AssertSame(alert with { Sequence = 1 }, (await Stores.Alerts.GetAsync("al-full"))!);
        var read = await Stores.Alerts.ReadAsync(new AlertQuery());
        Assert.Equal(2, read.Count);
        AssertSame(alert with { Sequence = 1 }, read[0]);
        AssertSame(bare with { Sequence = 2 }, read[1]);
    }

    [Fact]
    public async Task The_last_alert_sequence_is_zero_for_an_empty_log_and_ignores_repeated_ids()
    {
        Assert.Equal(0, await Stores.Alerts.LastSequenceAsync());

        await Stores.Alerts.AppendAsync(NewAlert("last-1"));
        await Stores.Alerts.AppendAsync(NewAlert("last-2"));
        await Stores.Alerts.AppendAsync(NewAlert("last-1"));

        Assert.Equal(2, await Stores.Alerts.LastSequenceAsync());
    }

    [Fact]
    public async Task A_repeated_alert_id_returns_the_stored_alert_and_merges_new_sources_of_either_side()
    {
        var alerts = Stores.Alerts;
        var original = NewAlert("a1");
        await alerts.AppendAsync(original);

        var same = await alerts.AppendAsync(original with { Score = 0.1, Explanation = "Another explanation." });
        Assert.False(same.Created);
        Assert.False(same.SourcesAdded);
        AssertSame(original with { Sequence = 1 }, same.Alert);

        var earlier = await alerts.AppendAsync(original with { Score = 0.1, Earlier = original.Earlier with { Sources = [Herald] } });
        Assert.Equal((false, true, 1L, 0.8), (earlier.Created, earlier.SourcesAdded, earlier.Alert.Sequence, earlier.Alert.Score));
        Assert.Equal([Wire, Herald], earlier.Alert.Earlier.Sources);
        Assert.Equal([Wire], earlier.Alert.Later.Sources);

        var later = await alerts.AppendAsync(original with { Later = original.Later with { Sources = [Wire, Gazette] } });
        Assert.Equal((false, true, 1L), (later.Created, later.SourcesAdded, later.Alert.Sequence));
        Assert.Equal([Wire, Herald], later.Alert.Earlier.Sources);
        Assert.Equal([Wire, Gazette], later.Alert.Later.Sources);

        var known = await alerts.AppendAsync(original with { Earlier = original.Earlier with { Sources = [Herald, Wire] } });
        Assert.Equal((false, false), (known.Created, known.SourcesAdded));

        var stored = await alerts.GetAsync("a1");
        Assert.NotNull(stored);
        AssertSame(original with
        {
            Sequence = 1,
            Earlier = original.Earlier with { Sources = [Wire, Herald] },
            Later = original.Later with { Sources = [Wire, Gazette] },
        }, stored);
        Assert.Equal(2, (await alerts.AppendAsync(NewAlert("a2"))).Alert.Sequence);
    }

    [Fact]
    public async Task A_status_update_returns_the_updated_alert_and_null_for_an_unknown_id()
    {
        var alerts = Stores.Alerts;
        await alerts.AppendAsync(NewAlert("a1"));
        await alerts.AppendAsync(NewAlert("a2"));
        var at = Day0.AddDays(9);

        var dismissed = await alerts.UpdateStatusAsync("a1", AlertStatus.Dismissed, "not a contradiction", at);

        Assert.NotNull(dismissed);
        Assert.Equal(("a1", 1L, AlertStatus.Dismissed, "not a contradiction", (DateTimeOffset?)at), (dismissed.Id, dismissed.Sequence, dismissed.Status, dismissed.StatusReason, dismissed.StatusChangedAt));
        AssertSame(dismissed, (await alerts.GetAsync("a1"))!);
        Assert.Equal(AlertStatus.Open, (await alerts.GetAsync("a2"))?.Status);
        var redetected = await alerts.AppendAsync(NewAlert("a1"));
        Assert.False(redetected.Created);
        AssertSame(dismissed, redetected.Alert);
        Assert.Null(await alerts.UpdateStatusAsync("a404", AlertStatus.Dismissed, null, at));
        Assert.Null(await alerts.GetAsync("a404"));

        var reopened = await alerts.UpdateStatusAsync("a1", AlertStatus.Open, null, at.AddHours(1));
        Assert.Equal((AlertStatus.Open, (string?)null, (DateTimeOffset?)at.AddHours(1)), (reopened?.Status, reopened?.StatusReason, reopened?.StatusChangedAt));
        Assert.Equal(["a1", "a2"], (await alerts.ReadAsync(new AlertQuery(Status: AlertStatus.Open))).Select(a => a.Id));
    }

    [Fact]
    public async Task The_first_suppressor_wins()
    {
        var alerts = Stores.Alerts;
        foreach (var id in new[] { "a1", "a2", "a3", "a4" }) await alerts.AppendAsync(NewAlert(id));

        await alerts.SuppressAsync(["a1", "a2", "a404"], "r1");
        await alerts.SuppressAsync(["a2", "a3"], "r2");
        await alerts.SuppressAsync([], "r3");

        var read = await alerts.ReadAsync(new AlertQuery());
        Assert.Equal([("a1", "r1"), ("a2", "r1"), ("a3", "r2"), ("a4", null)], read.Select(a => (a.Id, a.SuppressedBy)));
        Assert.Equal("r1", (await alerts.GetAsync("a2"))?.SuppressedBy);
        Assert.Null(await alerts.GetAsync("a404"));
    }

    [Fact]
    public async Task Alert_reads_page_by_sequence_with_since_and_limit()
    {
        for (var i = 1; i <= 10; i++) await Stores.Alerts.AppendAsync(NewAlert($"a{i}", actor: i % 2 == 0 ? "china" : "japan"));

        Assert.Equal([4L, 5L, 6L, 7L], (await Stores.Alerts.ReadAsync(new AlertQuery(Since: 3, Limit: 4))).Select(a => a.Sequence));
        Assert.Equal(["a9", "a10"], (await Stores.Alerts.ReadAsync(new AlertQuery(Since: 8))).Select(a => a.Id));
        Assert.Equal(["a1", "a2", "a3"], (await Stores.Alerts.ReadAsync(new AlertQuery(Limit: 3))).Select(a => a.Id));
        Assert.Equal(["a6", "a8"], (await Stores.Alerts.ReadAsync(new AlertQuery(Since: 4, Limit: 2, Actor: "china"))).Select(a => a.Id));
        Assert.Empty(await Stores.Alerts.ReadAsync(new AlertQuery(Since: 10)));
    }

    [Fact]
    public async Task Every_alert_filter_keeps_exactly_the_matching_alerts()
    {
        var alerts = Stores.Alerts;
        await alerts.AppendAsync(NewAlert("a1", "china", "t-trade", AlertKinds.StanceReversal, AlertSeverity.High, Day0.AddDays(1)));
        await alerts.AppendAsync(NewAlert("a2", "japan", "t-trade", AlertKinds.NegatedClaim, AlertSeverity.Low, Day0.AddDays(2)));
        await alerts.AppendAsync(NewAlert("a3", "china", "t-border", AlertKinds.NumberMismatch, AlertSeverity.Medium, Day0.AddDays(3)));
        await alerts.AppendAsync(NewAlert("a4", null, null, AlertKinds.DateMismatch, AlertSeverity.High, Day0.AddDays(4)));
        await alerts.AppendAsync(NewAlert("a5", "eu", "t-border", AlertKinds.StanceReversal, AlertSeverity.Medium, Day0.AddDays(5)));
        await alerts.AppendAsync(NewAlert("a6", "china", "t-trade", AlertKinds.NegatedClaim, AlertSeverity.Medium, Day0.AddDays(6)));
        await alerts.UpdateStatusAsync("a3", AlertStatus.Dismissed, null, Day0.AddDays(7));
        await alerts.UpdateStatusAsync("a5", AlertStatus.Acknowledged, null, Day0.AddDays(7));
        await alerts.SuppressAsync(["a2", "a6"], "a1");

        async Task<IEnumerable<string>> Ids(AlertQuery query) => (await alerts.ReadAsync(query)).Select(a => a.Id);

        Assert.Equal(["a1", "a3", "a6"], await Ids(new AlertQuery(Actor: "china")));
        Assert.Equal(["a3", "a5"], await Ids(new AlertQuery(Topic: "t-border")));
        Assert.Equal(["a2", "a6"], await Ids(new AlertQuery(Kind: AlertKinds.NegatedClaim)));
        Assert.Equal(["a3"], await Ids(new AlertQuery(Status: AlertStatus.Dismissed)));
        Assert.Equal(["a5"], await Ids(new AlertQuery(Status: AlertStatus.Acknowledged)));
        Assert.Equal(["a1", "a2", "a4", "a6"], await Ids(new AlertQuery(Status: AlertStatus.Open)));
        Assert.Equal(["a1", "a3", "a4", "a5", "a6"], await Ids(new AlertQuery(MinSeverity: AlertSeverity.Medium)));
        Assert.Equal(["a1", "a4"], await Ids(new AlertQuery(MinSeverity: AlertSeverity.High)));
        Assert.Equal(["a4", "a5", "a6"], await Ids(new AlertQuery(LaterSaidFrom: Day0.AddDays(4))));
        Assert.Equal(["a1", "a3", "a4", "a5"], await Ids(new AlertQuery(IncludeSuppressed: false)));
        Assert.Equal(["a1", "a3", "a5", "a6"], await Ids(new AlertQuery(Actors: ["eu", "china"])));
        Assert.Equal(["a1", "a2", "a6"], await Ids(new AlertQuery(Topics: ["t-trade"])));
        Assert.Equal(["a1", "a2", "a3", "a5", "a6"], await Ids(new AlertQuery(Topics: ["t-trade", "t-border"])));
        Assert.Equal(["a1", "a4", "a5"], await Ids(new AlertQuery(Kinds: [AlertKinds.StanceReversal, AlertKinds.DateMismatch])));
        Assert.Empty(await Ids(new AlertQuery(Actor: "usa")));
        Assert.Empty(await Ids(new AlertQuery(Actors: ["usa"])));

        // Filters combine, and since and limit apply to what matches.
        Assert.Empty(await Ids(new AlertQuery(Actor: "china", Kind: AlertKinds.NegatedClaim, IncludeSuppressed: false)));
        Assert.Equal(["a3"], await Ids(new AlertQuery(Since: 1, Limit: 1, Actor: "china", MinSeverity: AlertSeverity.Medium)));
        Assert.Equal(["a5"], await Ids(new AlertQuery(Since: 3, Limit: 1, Topics: ["t-border"], LaterSaidFrom: Day0.AddDays(2))));
    }

    [Fact]
    public async Task Filters_find_matching_alerts_far_apart_in_the_log()
    {
        var alerts = Stores.Alerts;
        // Rare alerts (one actor, topic and kind of their own, said late) with 320 others between each.
        async Task<long> Rare(string id) =>
            (await alerts.AppendAsync(NewAlert(id, "malta", "t-rare", AlertKinds.DateMismatch, AlertSeverity.High, Day0.AddDays(30)))).Alert.Sequence;
        Task Others(int from) => Task.WhenAll(Enumerable.Range(from, 320).Select(i =>
            alerts.AppendAsync(NewAlert($"f{i}", "china", "t-trade", AlertKinds.StanceReversal, AlertSeverity.Low, Day0.AddDays(1)))));

        var rare = new List<long> { await Rare("r1") };
        await Others(0);
        rare.Add(await Rare("r2"));
        await Others(320);
        rare.Add(await Rare("r3"));
        await alerts.UpdateStatusAsync("r2", AlertStatus.Dismissed, null, Day0.AddDays(31));

        Assert.Equal([1L, 322L, 643L], rare);
        AlertQuery[] filters =
        [
            new(Actor: "malta"),
            new(Topic: "t-rare"),
            new(Kind: AlertKinds.DateMismatch),
            new(MinSeverity: AlertSeverity.High),
            new(LaterSaidFrom: Day0.AddDays(30)),
            new(Actors: ["malta"]),
            new(Topics: ["t-rare"]),
            new(Kinds: [AlertKinds.DateMismatch]),
        ];
        foreach (var filter in filters)
        {
            Assert.Equal(["r1", "r2", "r3"], (await alerts.ReadAsync(filter)).Select(a => a.Id));
            Assert.Equal(["r1", "r2"], (await alerts.ReadAsync(filter with { Limit = 2 })).Select(a => a.Id));
            Assert.Equal(["r2"], (await alerts.ReadAsync(filter with { Since = rare[0], Limit = 1 })).Select(a => a.Id));
            Assert.Equal(["r3"], (await alerts.ReadAsync(filter with { Since = rare[1] })).Select(a => a.Id));
            Assert.Empty(await alerts.ReadAsync(filter with { Since = rare[2] }));
        }
        Assert.Equal(["r2"], (await alerts.ReadAsync(new AlertQuery(Status: AlertStatus.Dismissed))).Select(a => a.Id));
        Assert.Equal(640, (await alerts.ReadAsync(new AlertQuery(Actor: "china", Limit: 1000))).Count);
    }

    [Fact]
    public async Task Feedback_counts_alerts_per_kind_detector_and_status_after_status_changes()
    {
        var alerts = Stores.Alerts;
        await alerts.AppendAsync(NewAlert("a1", detector: "stance/v1"));
        await alerts.AppendAsync(NewAlert("a2", detector: "stance/v1"));
        await alerts.AppendAsync(NewAlert("a3", detector: "stance/v1"));
        await alerts.AppendAsync(NewAlert("a4", kind: AlertKinds.NegatedClaim, detector: "negation/v1"));
        await alerts.AppendAsync(NewAlert("a5", detector: "stance/v2"));
        await alerts.UpdateStatusAsync("a1", AlertStatus.Dismissed, "noise", Day0);
        await alerts.UpdateStatusAsync("a2", AlertStatus.Acknowledged, null, Day0);
        await alerts.UpdateStatusAsync("a2", AlertStatus.Dismissed, "noise", Day0);
        await alerts.UpdateStatusAsync("a4", AlertStatus.Resolved, null, Day0);
        await alerts.AppendAsync(NewAlert("a1", detector: "stance/v1") with { Later = NewAlert("a1").Later with { Sources = [Herald] } });
        await alerts.SuppressAsync(["a3"], "a5");

        var feedback = await alerts.FeedbackAsync();

        Assert.Equal(
            [
                new AlertFeedbackCount(AlertKinds.NegatedClaim, "negation/v1", AlertStatus.Resolved, 1),
                new AlertFeedbackCount(AlertKinds.StanceReversal, "stance/v1", AlertStatus.Open, 1),
                new AlertFeedbackCount(AlertKinds.StanceReversal, "stance/v1", AlertStatus.Dismissed, 2),
                new AlertFeedbackCount(AlertKinds.StanceReversal, "stance/v2", AlertStatus.Open, 1),
            ],
            feedback.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Detector, StringComparer.Ordinal).ThenBy(f => f.Status));
    }

    // ---- Claim index

    [Fact]
    public async Task The_index_finds_the_entries_under_a_key_said_nearest_in_time_on_each_side_in_the_order_said()
    {
        var index = Stores.Index;
        // Filed out of order, as watchers evaluating late statements file them.
        await index.AddAsync([.. new[] { 5, 2, 8, 0, 9, 3, 7, 1, 6, 4 }.Select(day => new ClaimIndexEntry("china|t-trade", Said($"d{day}", at: Day0.AddDays(day))))]);
        var japan = Said("j4", "japan", at: Day0.AddDays(4)) with { Stance = Stance.Support, Topic = "t-trade" };
        await index.AddAsync([new ClaimIndexEntry("japan|t-trade", japan)]);

        async Task<IEnumerable<string>> Ids(string key, DateTimeOffset around, int perSide) => (await index.FindAsync(key, around, perSide)).Select(s => s.Id);

        Assert.Equal(["d3", "d4", "d5", "d6"], await Ids("china|t-trade", Day0.AddDays(4), 2));
        Assert.Equal(["d4", "d5"], await Ids("china|t-trade", Day0.AddDays(4), 1));
        Assert.Equal(["d3", "d4", "d5", "d6"], await Ids("china|t-trade", Day0.AddDays(4).AddHours(12), 2));
        Assert.Equal(["d0", "d1", "d2"], await Ids("china|t-trade", Day0.AddDays(-3), 3));
        Assert.Equal(["d7", "d8", "d9"], await Ids("china|t-trade", Day0.AddDays(20), 3));
        Assert.Equal([.. Enumerable.Range(0, 10).Select(day => $"d{day}")], await Ids("china|t-trade", Day0.AddDays(4), 100));
        Assert.Empty(await Ids("usa|t-trade", Day0, 10));
        AssertSame(japan, Assert.Single(await index.FindAsync("japan|t-trade", Day0, 10)));
    }

    [Fact]
    public async Task A_statement_filed_under_several_keys_comes_once_from_a_look_up_of_those_keys()
    {
        var index = Stores.Index;
        var shared = Said("shared", at: Day0.AddDays(1));
        await index.AddAsync([
            new ClaimIndexEntry("key-a", shared),
            new ClaimIndexEntry("key-b", shared),
            new ClaimIndexEntry("key-a", Said("only-a", at: Day0.AddDays(2))),
            new ClaimIndexEntry("key-b", Said("only-b", at: Day0)),
        ]);

        var found = await index.FindAsync(["key-a", "key-b"], Day0.AddDays(1), 5);
        var partial = await index.FindAsync(["key-a", "key-none"], Day0.AddDays(1), 5);

        // The contract promises each entry once; the order across keys is the caller's to impose.
        Assert.Equal(["only-a", "only-b", "shared"], found.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["only-a", "shared"], partial.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Empty(await index.FindAsync(["key-none"], Day0, 5));
    }

    [Fact]
    public async Task Filing_the_same_entry_twice_keeps_one()
    {
        var index = Stores.Index;
        var entry = new ClaimIndexEntry("china|t-trade", Said("s1"));
        await index.AddAsync([entry]);
        await index.AddAsync([entry, entry]);
        await index.AddAsync([new ClaimIndexEntry("china|t-trade", Said("s2", at: Day0.AddDays(1)))]);

        Assert.Equal(["s1", "s2"], (await index.FindAsync("china|t-trade", Day0, 5)).Select(s => s.Id));
        Assert.Equal(["s1", "s2"], (await index.FindAsync(["china|t-trade"], Day0, 5)).Select(s => s.Id));
    }

    [Fact]
    public async Task Statements_of_different_actors_that_share_an_id_stay_under_their_own_keys()
    {
        // A statement id is unique within an actor's log (IStatementLog), so two actors may each have an "s1".
        var index = Stores.Index;
        var china = Said("s1", "china", text: "China's words.", at: Day0);
        var japan = Said("s1", "japan", text: "Japan's words.", at: Day0.AddDays(1));
        await index.AddAsync([new ClaimIndexEntry("china|t-trade", china)]);
        await index.AddAsync([new ClaimIndexEntry("japan|t-trade", japan)]);

        AssertSame(china, Assert.Single(await index.FindAsync("china|t-trade", Day0, 5)));
        AssertSame(japan, Assert.Single(await index.FindAsync("japan|t-trade", Day0, 5)));
    }

    [Fact]
    public async Task The_index_keeps_each_statement_once_however_many_keys_and_filings_name_it()
    {
        var index = Stores.Index;
        var china = Said("s1", "china", text: "China's words.");
        var japan = Said("s1", "japan", text: "Japan's words.");
        await index.AddAsync([new ClaimIndexEntry("key-a", china), new ClaimIndexEntry("key-b", china), new ClaimIndexEntry("key-c", china)]);
        // Filed again, as a statement fed twice is, and under a key it was not filed under before.
        await index.AddAsync([new ClaimIndexEntry("key-a", china), new ClaimIndexEntry("key-d", china)]);
        await index.AddAsync([new ClaimIndexEntry("key-a", japan), new ClaimIndexEntry("key-d", japan)]);

        Assert.Equal(2, await StatementsKeptByTheIndexAsync());
        foreach (var key in new[] { "key-b", "key-c" }) AssertSame(china, Assert.Single(await index.FindAsync(key, Day0, 5)));
        foreach (var key in new[] { "key-a", "key-d" })
        {
            var found = (await index.FindAsync(key, Day0, 5)).OrderBy(s => s.Actor, StringComparer.Ordinal).ToArray();
            Assert.Equal(2, found.Length);
            AssertSame(china, found[0]);
            AssertSame(japan, found[1]);
        }
        Assert.Equal(2, (await index.FindAsync(["key-a", "key-b", "key-c", "key-d"], Day0, 5)).Count);
    }

    // ---- Neighbour store

    [Fact]
    public async Task Meaning_vectors_are_read_back_per_owner_in_the_order_first_filed_in_pages_byte_for_byte()
    {
        var store = Stores.Neighbours;
        var vectors = Enumerable.Range(0, 7).Select(i => Vectors(i)).ToArray();
        // Filed out of time order, as watchers of several topics file them: the order of filing is what is kept.
        await store.AddAsync("china", [.. new[] { 3, 0, 5 }.Select(i => new MeaningEntry(Said($"s{i}", at: Day0.AddDays(i)), vectors[i]))]);
        await store.AddAsync("japan", [new MeaningEntry(Said("j1", "japan", at: Day0), vectors[6])]);
        await store.AddAsync("china", [.. new[] { 1, 4 }.Select(i => new MeaningEntry(Said($"s{i}", at: Day0.AddDays(i)), vectors[i]))]);

        var all = await store.ReadAsync("china", 0, 100);
        var pages = new[] { await store.ReadAsync("china", 0, 2), await store.ReadAsync("china", 2, 2), await store.ReadAsync("china", 4, 2) };

        Assert.Equal([(1L, "s3"), (2L, "s0"), (3L, "s5"), (4L, "s1"), (5L, "s4")], all.Select(m => (m.Position, m.Statement.Id)));
        Assert.All(all, m => Assert.Equal(new StatementRef("china", m.Statement.Id), m.Statement));
        Assert.All(all, m => Assert.Equal(vectors[int.Parse(m.Statement.Id[1..])], m.Vectors));
        Assert.All(all, m => Assert.Equal(Day0.AddDays(int.Parse(m.Statement.Id[1..])), m.SaidAt));
        Assert.All(all, m => Assert.Equal("doc-1", m.DocumentId));
        Assert.Equal([[1L, 2L], [3L, 4L], [5L]], pages.Select(p => p.Select(m => m.Position).ToArray()));
        Assert.Empty(await store.ReadAsync("china", 5, 10));
        Assert.Equal([(1L, "j1")], (await store.ReadAsync("japan", 0, 10)).Select(m => (m.Position, m.Statement.Id)));
        Assert.Empty(await store.ReadAsync("usa", 0, 10));
    }

    [Fact]
    public async Task Filing_a_statement_an_owner_holds_keeps_the_first_filing_and_takes_no_position()
    {
        var store = Stores.Neighbours;
        await store.AddAsync("china", [new MeaningEntry(Said("s1", text: "First wording."), Vectors(1))]);
        await store.AddAsync("china", [
            new MeaningEntry(Said("s1", text: "Second wording.", at: Day0.AddDays(1)), Vectors(2)),
            new MeaningEntry(Said("s2"), Vectors(3)),
            new MeaningEntry(Said("s2"), Vectors(4)),
        ]);

        var read = await store.ReadAsync("china", 0, 10);

        Assert.Equal([(1L, "s1"), (2L, "s2")], read.Select(m => (m.Position, m.Statement.Id)));
        Assert.Equal([Vectors(1), Vectors(3)], read.Select(m => m.Vectors));
        Assert.Equal(Day0, read[0].SaidAt);
        Assert.Equal("First wording.", Assert.Single(await store.GetStatementsAsync([new StatementRef("china", "s1")])).Text);
    }

    [Fact]
    public async Task Actors_sharing_a_statement_id_and_one_report_under_two_owners_are_kept_apart_and_once()
    {
        // Ids are unique within one actor's log only; a report is filed with every actor it names.
        var store = Stores.Neighbours;
        var china = Said("s1", "china", text: "China's words.");
        var japan = Said("s1", "japan", text: "Japan's words.", at: Day0.AddDays(1));
        var report = Said("r1", "~src-wire", text: "China and Japan will meet, Wire reported.", speaker: "Wire") with { DocumentId = null };
        await store.AddAsync("china", [new MeaningEntry(china, Vectors(1)), new MeaningEntry(report, Vectors(3))]);
        await store.AddAsync("japan", [new MeaningEntry(japan, Vectors(2)), new MeaningEntry(report, Vectors(3))]);

        Assert.Equal([new StatementRef("china", "s1"), new StatementRef("~wire", "r1")], (await store.ReadAsync("china", 0, 10)).Select(m => m.Statement));
        Assert.Equal([new StatementRef("japan", "s1"), new StatementRef("~wire", "r1")], (await store.ReadAsync("japan", 0, 10)).Select(m => m.Statement));
        Assert.Null((await store.ReadAsync("japan", 0, 10))[1].DocumentId);

        var found = await store.GetStatementsAsync([new StatementRef("japan", "s1"), new StatementRef("usa", "s1"), new StatementRef("~wire", "r1"), new StatementRef("china", "s1")]);
        Assert.Equal(3, found.Count);
        AssertSame(japan, found[0]);
        AssertSame(report, found[1]);
        AssertSame(china, found[2]);
        Assert.Empty(await store.GetStatementsAsync([]));
    }

    [Fact]
    public async Task Meaning_vectors_are_stored_as_their_bytes_not_as_text()
    {
        // Every byte value must come back, including those no text encoding would carry.
        var store = Stores.Neighbours;
        var every = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        await store.AddAsync("china", [new MeaningEntry(Said("s1"), every)]);

        Assert.Equal(every, Assert.Single(await store.ReadAsync("china", 0, 1)).Vectors);
    }

    // ---- Directories

    [Fact]
    public async Task Actors_are_upserted_read_and_listed_by_id()
    {
        var actors = Stores.Actors;
        var china = new ActorDefinition("china", "China", ["PRC", "Beijing"],
            [new SpeakerDefinition("Mao Ning", "MFA spokesperson", new DateOnly(2022, 9, 1)), new SpeakerDefinition("Wang Yi")]);
        await actors.UpsertAsync(new ActorDefinition("japan", "Japan", ["Tokyo"], []));
        await actors.UpsertAsync(china);
        await actors.UpsertAsync(new ActorDefinition("eu", "European Union", [], [new SpeakerDefinition("Spokesperson", null, null, new DateOnly(2024, 1, 31))]));

        AssertSame(china, (await actors.GetAsync("china"))!);
        Assert.Null(await actors.GetAsync("usa"));

        var renamed = new ActorDefinition("china", "People's Republic of China", ["PRC"], [new SpeakerDefinition("Lin Jian", "MFA spokesperson")]);
        await actors.UpsertAsync(renamed);

        AssertSame(renamed, (await actors.GetAsync("china"))!);
        var list = await actors.ListAsync();
        Assert.Equal(["china", "eu", "japan"], list.Select(a => a.Id));
        AssertSame(renamed, list[0]);
        Assert.Equal([new SpeakerDefinition("Spokesperson", null, null, new DateOnly(2024, 1, 31))], list[1].Speakers);
    }

    [Fact]
    public async Task Topics_keep_the_order_they_were_first_defined_in_even_after_an_update()
    {
        var topics = Stores.Topics;
        await topics.UpsertAsync(new TopicDefinition("t-trade", "Trade", ["tariff", "export controls"]));
        await topics.UpsertAsync(new TopicDefinition("t-border", "Border", ["border"]));
        await topics.UpsertAsync(new TopicDefinition("t-climate", "Climate", []));
        await topics.UpsertAsync(new TopicDefinition("t-border", "Border disputes", ["border", "line of actual control"]));

        var list = await topics.ListAsync();

        Assert.Equal(["t-trade", "t-border", "t-climate"], list.Select(t => t.Id));
        Assert.Equal("Border disputes", list[1].Name);
        Assert.Equal(["border", "line of actual control"], list[1].Cues);
        Assert.Equal(["tariff", "export controls"], list[0].Cues);
    }

    // ---- Subscriptions and deliveries

    [Fact]
    public async Task Parallel_creates_never_leave_an_owner_over_the_limit()
    {
        var subscriptions = Stores.Subscriptions;
        Subscription For(string owner, int i) => new($"sub-{owner}-{i:D3}", owner, $"https://hooks.example/{owner}/{i}", "k", AlertFilter.All, DeliveryMode.Immediate, 0, null, Day0);
        await subscriptions.CreateAsync(For("dave", 0), maxPerOwner: 10);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => Task.Run(() => subscriptions.CreateAsync(For("carol", i), maxPerOwner: 10))));

        Assert.Equal(10, outcomes.Count(created => created));
        Assert.Equal(10, (await subscriptions.ListAsync("carol")).Count);
        Assert.True(await subscriptions.CreateAsync(For("dave", 1), maxPerOwner: 10));
        // Sending the same create again (a retry after a lost reply) finds its own write.
        Assert.True(await subscriptions.CreateAsync(For("dave", 1), maxPerOwner: 10));
        Assert.Equal(2, (await subscriptions.ListAsync("dave")).Count);
    }

    [Fact]
    public async Task Subscriptions_are_created_read_listed_by_owner_and_deleted()
    {
        var subscriptions = Stores.Subscriptions;
        var filtered = new Subscription("sub-2", "alice", "https://hooks.example/2", "s3cret",
            new AlertFilter(["china", "japan"], ["t-trade"], [AlertKinds.StanceReversal], AlertSeverity.Medium),
            DeliveryMode.Digest, 15, Day0.AddDays(1), Day0);
        await subscriptions.CreateAsync(filtered);
        await subscriptions.CreateAsync(new Subscription("sub-1", "bob", "https://hooks.example/1", "k", AlertFilter.All, DeliveryMode.Immediate, 0, null, Day0));
        await subscriptions.CreateAsync(filtered with { Id = "sub-3", Url = "https://hooks.example/3" });

        AssertSame(filtered, (await subscriptions.GetAsync("sub-2"))!);
        Assert.Null(await subscriptions.GetAsync("sub-404"));
        Assert.Equal(["sub-1", "sub-2", "sub-3"], (await subscriptions.ListAsync()).Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["sub-2", "sub-3"], (await subscriptions.ListAsync("alice")).Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Empty(await subscriptions.ListAsync("carol"));

        Assert.True(await subscriptions.DeleteAsync("sub-2"));
        Assert.False(await subscriptions.DeleteAsync("sub-2"));
        Assert.False(await subscriptions.DeleteAsync("sub-404"));
        Assert.Null(await subscriptions.GetAsync("sub-2"));
        Assert.Equal(["sub-3"], (await subscriptions.ListAsync("alice")).Select(s => s.Id));
        Assert.Equal(["sub-1", "sub-3"], (await subscriptions.ListAsync()).Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Deliveries_are_saved_in_place_by_id_and_listed_newest_first()
    {
        var deliveries = Stores.Deliveries;
        Delivery Queued(string id, string subscription, int minute) =>
            new(id, subscription, [$"al-{id}"], DeliveryStatus.Pending, 0, null, null, Day0.AddMinutes(minute), Day0.AddMinutes(minute), Day0.AddMinutes(minute + 1));
        await deliveries.SaveAsync(Queued("d1", "sub-1", 0));
        await deliveries.SaveAsync(Queued("d3", "sub-1", 2));
        await deliveries.SaveAsync(Queued("d2", "sub-1", 1));
        await deliveries.SaveAsync(Queued("x1", "sub-2", 5));
        var delivered = Queued("d2", "sub-1", 1) with
        {
            AlertIds = ["al-d2", "al-d4"], Status = DeliveryStatus.Delivered, Attempts = 2, LastError = "timed out", LastStatusCode = 204,
            UpdatedAt = Day0.AddMinutes(9), NextAttemptAt = null,
        };
        await deliveries.SaveAsync(delivered);

        AssertSame(delivered, (await deliveries.GetAsync("sub-1", "d2"))!);
        Assert.Null(await deliveries.GetAsync("sub-2", "d2"));
        Assert.Null(await deliveries.GetAsync("sub-1", "d404"));
        var list = await deliveries.ListAsync("sub-1", 10);
        Assert.Equal(["d3", "d2", "d1"], list.Select(d => d.Id));
        AssertSame(delivered, list[1]);
        Assert.Equal(["d3", "d2"], (await deliveries.ListAsync("sub-1", 2)).Select(d => d.Id));
        Assert.Equal(["x1"], (await deliveries.ListAsync("sub-2", 10)).Select(d => d.Id));
        Assert.Empty(await deliveries.ListAsync("sub-404", 10));
    }

    // ---- Health

    [Fact]
    public async Task The_store_reports_itself_reachable()
    {
        Assert.True(await Stores.Health.IsReachableAsync());
        Assert.False(string.IsNullOrWhiteSpace(Stores.Health.Store));
    }

    // ---- Records

    /// <summary>A statement by an actor, or by a voice (which has no actor).</summary>
    protected static Statement Said(string id, string actor = "china", string? topic = null, DateTimeOffset? at = null,
        string? speaker = "Mao Ning", string? text = null, IReadOnlyList<SourceRef>? sources = null) =>
        new(id, "doc-1", Voices.IsVoice(actor) ? null : actor, speaker, text ?? $"Text of {id}.", true, StatementMode.Assert, topic, null,
            at ?? Day0, new TextSpan(0, 10), sources ?? [Wire]);

    /// <summary>Meaning vectors as the index packs them: a small header and int8 codes, different for each seed.</summary>
    protected static byte[] Vectors(int seed)
    {
        var bytes = new byte[4 + 384];
        bytes[0] = 1;
        bytes[1] = 384 & 0xff;
        bytes[2] = 384 >> 8;
        bytes[3] = 1;
        new Random(seed).NextBytes(bytes.AsSpan(4));
        return bytes;
    }

    protected static Alert NewAlert(string id, string? actor = "china", string? topic = "t-trade", string kind = AlertKinds.StanceReversal,
        AlertSeverity severity = AlertSeverity.Medium, DateTimeOffset? laterSaidAt = null, string detector = "stance/v1") =>
        new(id, 0, kind, severity, 0.8, actor, topic,
            new AlertStatement($"{id}-e", "doc-e", actor, "Mao Ning", "Earlier.", Day0, [Wire]),
            new AlertStatement($"{id}-l", "doc-l", actor, "Mao Ning", "Later.", laterSaidAt ?? Day0.AddDays(1), [Wire]),
            "Why.", AlertStatus.Open, Day0.AddDays(2), detector);

    // Records with list members compare lists by reference: compare the lists, then the rest.

    protected static void AssertSame(Statement expected, Statement actual)
    {
        Assert.Equal(expected.Sources, actual.Sources);
        Assert.Equal(expected with { Sources = actual.Sources }, actual);
    }

    protected static void AssertSame(Alert expected, Alert actual)
    {
        Assert.Equal(expected.Earlier.Sources, actual.Earlier.Sources);
        Assert.Equal(expected.Later.Sources, actual.Later.Sources);
        Assert.Equal(expected with
        {
            Earlier = expected.Earlier with { Sources = actual.Earlier.Sources },
            Later = expected.Later with { Sources = actual.Later.Sources },
        }, actual);
    }

    private static void AssertSame(ActorDefinition expected, ActorDefinition actual)
    {
        Assert.Equal(expected.Aliases, actual.Aliases);
        Assert.Equal(expected.Speakers, actual.Speakers);
        Assert.Equal(expected with { Aliases = actual.Aliases, Speakers = actual.Speakers }, actual);
    }

    private static void AssertSame(Subscription expected, Subscription actual)
    {
        Assert.Equal(expected.Filter.Actors, actual.Filter.Actors);
        Assert.Equal(expected.Filter.Topics, actual.Filter.Topics);
        Assert.Equal(expected.Filter.Kinds, actual.Filter.Kinds);
        Assert.Equal(expected.Filter.MinSeverity, actual.Filter.MinSeverity);
        Assert.Equal(expected with { Filter = actual.Filter }, actual);
    }

    private static void AssertSame(Delivery expected, Delivery actual)
    {
        Assert.Equal(expected.AlertIds, actual.AlertIds);
        Assert.Equal(expected with { AlertIds = actual.AlertIds }, actual);
    }
}
