using Monitor.Abstractions;
using Monitor.TestSupport;
using static Monitor.Grains.Tests.Sources.SourceWorld;

namespace Monitor.Grains.Tests.Sources;

/// <summary>On a two-silo cluster, a restarted silo and a silo killed mid-poll neither lose nor repeat an item.</summary>
public sealed class SourceClusterTests : IAsyncLifetime
{
    private const int Sources = 4;
    private SourceWorld _world = null!;

    public async Task InitializeAsync() => _world = await StartAsync(silos: 2);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_restarted_silo_neither_loses_nor_repeats_an_item()
    {
        for (var s = 0; s < Sources; s++)
        {
            SetFeed(s, items: 2, pageDelay: TimeSpan.Zero);
            await _world.DefineAsync($"restart-{s}", $"/feed-{s}");
            Assert.Equal(2, (await _world.PollAsync($"restart-{s}"))!.NewItems);
        }

        await _world.Cluster.Cluster.RestartSiloAsync(_world.Cluster.Cluster.Silos[^1]);
        for (var s = 0; s < Sources; s++) SetFeed(s, items: 3, pageDelay: TimeSpan.Zero);
        for (var s = 0; s < Sources; s++) await PollUntilSucceededAsync($"restart-{s}");

        await AssertEachItemOnceAsync("restart", items: 3);
    }

    [Fact]
    public async Task A_silo_killed_mid_poll_neither_loses_nor_repeats_an_item()
    {
        for (var s = 0; s < Sources; s++)
        {
            SetFeed(s, items: 5, pageDelay: TimeSpan.FromMilliseconds(250));
            await _world.Grains.GetGrain<Monitor.Abstractions.Grains.ISourceGrain>($"kill-{s}")
                .Define(new SourceDefinition($"kill-{s}", "Ardenia Wire", _world.Server.Url($"/feed-{s}"), TimeSpan.FromMinutes(5), FetchArticles: true));
        }

        var polls = Enumerable.Range(0, Sources).Select(s => _world.PollAsync($"kill-{s}")).ToArray();
        await Task.Delay(TimeSpan.FromMilliseconds(700));
        await _world.Cluster.Cluster.KillSiloAsync(_world.Cluster.Cluster.Silos[^1]);
        // Calls that were on the dead silo fail only at their timeout; they are not waited for.
        foreach (var poll in polls) _ = poll.ContinueWith(t => t.Exception, TaskScheduler.Default);
        for (var s = 0; s < Sources; s++) await PollUntilSucceededAsync($"kill-{s}");

        await AssertEachItemOnceAsync("kill", items: 5);
    }

    private void SetFeed(int source, int items, TimeSpan pageDelay)
    {
        var entries = Enumerable.Range(0, items).Select(i =>
        {
            var path = $"/feed-{source}/story-{i}";
            var words = $"Veloria will open crossing {source * 10 + i} to traders";
            _world.Server.Set(path, Reply.Html(FeedDocuments.ArticlePage($"Story {i}",
                "Officials from the two neighbouring countries met in the capital on Monday to talk about the border and the trade that crosses it, and the talks ran late into the evening.",
                $"\"{words},\" Veloria's Foreign Minister Anna Kest told reporters on Monday after the meeting had ended.",
                "Diplomats from both sides said that the talks had been cordial and that a second round would follow in the spring, when the committees report on shipping and on the ports.")) with { Delay = pageDelay });
            return Quote(source * 10 + i, words, _world.Server.Url(path));
        });
        _world.Server.Set($"/feed-{source}", new Reply(FeedDocuments.Rss("Wire", [.. entries])));
    }

    private async Task PollUntilSucceededAsync(string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                // A call addressed to the dead silo would wait out its five-minute response timeout; ask again instead.
                var poll = await _world.PollAsync(id).WaitAsync(TimeSpan.FromSeconds(15));
                if (poll!.Succeeded && poll.Error is null) return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                // The dead silo's grains move once the survivors have declared it dead.
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{id} never polled cleanly");
            await Task.Delay(500);
        }
    }

    private async Task AssertEachItemOnceAsync(string prefix, int items)
    {
        var said = await _world.VeloriaSaidAsync();
        for (var s = 0; s < Sources; s++)
        {
            var expected = Enumerable.Range(0, items).Select(i => $"Veloria will open crossing {s * 10 + i} to traders").ToArray();
            var mine = said.Where(x => x.DocumentId!.StartsWith($"src-{prefix}-{s}-", StringComparison.Ordinal)).Select(x => x.Text).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expected.Order(StringComparer.Ordinal), mine);
            var status = (await _world.SourceAsync($"{prefix}-{s}")).Status;
            Assert.Equal(items, status.ItemsSeen);
            Assert.Equal(items, status.DocumentsIngested);
        }
    }
}
