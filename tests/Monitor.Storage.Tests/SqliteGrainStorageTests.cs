using Monitor.Abstractions;
using Monitor.Storage.Sqlite;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Monitor.Storage.Tests;

public sealed class SqliteGrainStorageTests : IAsyncLifetime
{
    private readonly TempDatabase _temp = new();
    private SqliteGrainStorage Storage => new("monitor", _temp.Database, MonitorJson.Options, new HashSet<string>());
    private static readonly GrainId Grain = GrainId.Create("actor", "china");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _temp.DisposeAsync();

    [Fact]
    public async Task Reading_a_state_never_written_gives_a_fresh_state_without_etag()
    {
        var state = new GrainState<SampleState>();
        await Storage.ReadStateAsync("snapshot", Grain, state);
        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(0, state.State!.Count);
    }

    [Fact]
    public async Task Written_state_reads_back_after_the_file_is_reopened()
    {
        var state = new GrainState<SampleState> { State = new SampleState { Count = 7, Names = ["a", "b"] } };
        await Storage.WriteStateAsync("snapshot", Grain, state);
        await _temp.ReopenAsync();

        var read = new GrainState<SampleState>();
        await Storage.ReadStateAsync("snapshot", Grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal(state.ETag, read.ETag);
        Assert.Equal(7, read.State!.Count);
        Assert.Equal(["a", "b"], read.State!.Names);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_fails_and_keeps_the_newer_state()
    {
        var first = new GrainState<SampleState>();
        await Storage.ReadStateAsync("snapshot", Grain, first);
        var second = new GrainState<SampleState>();
        await Storage.ReadStateAsync("snapshot", Grain, second);

        first.State!.Count = 1;
        await Storage.WriteStateAsync("snapshot", Grain, first);
        second.State!.Count = 2;
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("snapshot", Grain, second));

        var read = new GrainState<SampleState>();
        await Storage.ReadStateAsync("snapshot", Grain, read);
        Assert.Equal(1, read.State!.Count);
    }

    [Fact]
    public async Task Clear_removes_the_state_and_checks_the_etag_too()
    {
        var state = new GrainState<SampleState> { State = new SampleState { Count = 3 } };
        await Storage.WriteStateAsync("snapshot", Grain, state);
        var stale = new GrainState<SampleState> { ETag = "999" };
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync("snapshot", Grain, stale));

        await Storage.ClearStateAsync("snapshot", Grain, state);
        var read = new GrainState<SampleState>();
        await Storage.ReadStateAsync("snapshot", Grain, read);

        Assert.False(state.RecordExists);
        Assert.False(read.RecordExists);
    }

    [Fact]
    public async Task Concurrent_writers_to_different_grains_all_land_and_racing_writers_to_one_grain_get_one_winner()
    {
        var storage = Storage;
        await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            var state = new GrainState<SampleState> { State = new SampleState { Count = i } };
            await storage.WriteStateAsync("snapshot", GrainId.Create("actor", $"a{i}"), state);
        }));
        var racers = Enumerable.Range(0, 20).Select(i => new GrainState<SampleState> { State = new SampleState { Count = i } }).ToArray();
        var results = await Task.WhenAll(racers.Select(async r =>
        {
            try { await storage.WriteStateAsync("snapshot", GrainId.Create("actor", "contended"), r); return true; }
            catch (InconsistentStateException) { return false; }
        }));

        for (var i = 0; i < 200; i += 37)
        {
            var read = new GrainState<SampleState>();
            await storage.ReadStateAsync("snapshot", GrainId.Create("actor", $"a{i}"), read);
            Assert.Equal(i, read.State!.Count);
        }
        Assert.Equal(1, results.Count(ok => ok));
    }

    [Fact]
    public async Task States_are_stored_as_json_without_clr_type_names()
    {
        await Storage.WriteStateAsync("snapshot", Grain, new GrainState<SampleState> { State = new SampleState { Count = 5 } });
        var raw = await _temp.Database.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT data FROM grain_state";
            return (string)command.ExecuteScalar()!;
        });
        Assert.Equal("{\"count\":5,\"names\":[]}", raw);
    }

    public sealed class SampleState
    {
        public int Count { get; set; }

        public List<string> Names { get; set; } = [];
    }
}
