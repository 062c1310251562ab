using System.Collections.Concurrent;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Client;
using static Monitor.Grains.Tests.MonitorClusterFixture;

namespace Monitor.Grains.Tests;

/// <summary>The .NET client's alert feed: pushed alerts arrive in order, and after a silo dies it resubscribes and catches up.</summary>
public sealed class AlertFeedTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day0 = new(2024, 9, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly MonitorClusterFixture _fixture = new();

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    private async Task ReverseAsync(string actor, string topic, int day)
    {
        var grain = _fixture.Grains.GetGrain<IActorGrain>(actor);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await grain.Record([
                    Said($"{actor}-{topic}-s", actor, $"We back the {topic} accord.", Day0.AddDays(day), Stance.Support, topic),
                    Said($"{actor}-{topic}-o", actor, $"We reject the {topic} accord.", Day0.AddDays(day + 1), Stance.Oppose, topic),
                ]);
                return;
            }
            catch (Exception) when (attempt < 20)
            {
                await Task.Delay(250);
            }
        }
    }

    [Fact]
    public async Task The_feed_delivers_in_order_and_catches_up_after_a_silo_dies()
    {
        await _fixture.DefineAsync("feed-a");
        await _fixture.DefineAsync("feed-b");
        var received = new ConcurrentQueue<Alert>();
        var filter = new AlertFilter(["feed-a"], [], [], AlertSeverity.Low);
        await using var feed = new MonitorAlertFeed(_fixture.Cluster.Client, filter, since: 0, alert => { received.Enqueue(alert); return Task.CompletedTask; }, TimeSpan.FromSeconds(1));
        await feed.StartAsync();

        await ReverseAsync("feed-a", "one", 0);
        await ReverseAsync("feed-b", "noise", 0);
        await WaitForAsync(() => received.Count >= 1);

        await _fixture.Cluster.KillSiloAsync(_fixture.Cluster.Silos[^1]);
        await ReverseAsync("feed-a", "two", 10);
        await ReverseAsync("feed-a", "three", 20);
        await WaitForAsync(() => received.Count >= 3);

        var alerts = received.ToArray();
        Assert.Equal(["one", "two", "three"], alerts.Select(a => a.Topic));
        Assert.Equal(alerts.Select(a => a.Sequence).Order(), alerts.Select(a => a.Sequence));
        Assert.All(alerts, a => Assert.Equal("feed-a", a.Actor));
        Assert.Equal(alerts[^1].Sequence, feed.Cursor);
    }

    private static async Task WaitForAsync(Func<bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "the feed did not deliver within 60 s");
            await Task.Delay(100);
        }
    }
}
