using Monitor.TestSupport;
using static Monitor.Grains.Tests.Sources.SourceWorld;

namespace Monitor.Grains.Tests.Sources;

/// <summary>Broken, huge, slow, misdirected and forbidden fetches end as the source's last error, and nothing else breaks.</summary>
public sealed class SourceFailureTests : IAsyncLifetime
{
    private SourceWorld _world = null!;

    public async Task InitializeAsync() => _world = await StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Theory]
    [InlineData("malformed", "not valid RSS or Atom")]
    [InlineData("not-a-feed", "not valid RSS or Atom")]
    [InlineData("huge", "larger than its limit of 5,242,880 bytes")]
    [InlineData("redirect-inward", "an internal address")]
    [InlineData("slow", "within 2 s")]
    public async Task A_feed_that_cannot_be_read_is_the_source_last_error_and_other_sources_go_on(string kind, string expected)
    {
        var server = _world.Server;
        server.Set("/broken", kind switch
        {
            "malformed" => new Reply("<rss version=\"2.0\"><channel><item><title>cut off"),
            "not-a-feed" => Reply.Html("<html><body><p>No feed here.</p></body></html>"),
            "huge" => new Reply(StreamBytes: 5 * 1024 * 1024 + 128 * 1024),
            // Loopback under a name that is not allow-listed: the guard refuses the hop before connecting.
            "redirect-inward" => Reply.Redirect($"http://127.0.0.2:{server.Port}/healthy"),
            "slow" => new Reply(FeedDocuments.Rss("Slow"), Delay: TimeSpan.FromSeconds(5)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        });
        server.Set("/healthy", new Reply(FeedDocuments.Rss("Healthy", Quote(1, "Veloria will keep its border open", "https://wire.example/h1"))));
        await _world.DefineAsync("broken", "/broken");
        await _world.DefineAsync("healthy", "/healthy");

        var failed = await _world.PollAsync("broken");
        var healthy = await _world.PollAsync("healthy");

        Assert.False(failed!.Succeeded);
        Assert.Contains(expected, failed.Error, StringComparison.Ordinal);
        var status = (await _world.SourceAsync("broken")).Status;
        Assert.Contains(expected, status.LastError, StringComparison.Ordinal);
        Assert.Equal(1, status.ConsecutiveFailures);
        Assert.Equal(0L, status.ItemsSeen);
        Assert.True(healthy!.Succeeded, healthy.Error);
        Assert.Single(await _world.VeloriaSaidAsync());
    }

    [Fact]
    public async Task A_page_robots_txt_disallows_is_never_fetched_the_error_is_recorded_and_the_item_own_text_is_read()
    {
        var server = _world.Server;
        server.Set("/robots.txt", Reply.Text("User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n"));
        server.Set("/private/story", Reply.Html(FeedDocuments.ArticlePage("Private", "\"Nothing here may be read,\" Veloria's Foreign Minister Anna Kest told reporters.")));
        server.Set("/rss", new Reply(FeedDocuments.Rss("Wire", Quote(1, "Veloria will keep its border open", server.Url("/private/story")))));
        await _world.DefineAsync("polite", "/rss", fetchArticles: true);

        var poll = await _world.PollAsync("polite");

        Assert.True(poll!.Succeeded);
        Assert.Contains("robots.txt", poll.Error, StringComparison.Ordinal);
        Assert.Contains("robots.txt", (await _world.SourceAsync("polite")).Status.LastError, StringComparison.Ordinal);
        Assert.Empty(server.RequestsFor("/private/story"));
        Assert.Equal("Veloria will keep its border open", Assert.Single(await _world.VeloriaSaidAsync()).Text);
    }

    [Fact]
    public async Task Backoff_doubles_with_each_failure_within_its_jitter_and_a_success_resets_it()
    {
        await _world.DefineAsync("flaky", "/flaky");
        var gaps = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            Assert.False((await _world.PollAsync("flaky"))!.Succeeded);
            var status = (await _world.SourceAsync("flaky")).Status;
            Assert.Equal(i + 1, status.ConsecutiveFailures);
            gaps.Add(status.NextPollAt!.Value - status.LastPolledAt!.Value);
        }
        for (var i = 0; i < gaps.Count; i++)
        {
            var expected = TimeSpan.FromMinutes(Math.Pow(2, i));
            Assert.InRange(gaps[i], expected * 0.8, expected * 1.2 + TimeSpan.FromSeconds(2));
        }
        Assert.True(gaps[0] < gaps[1] && gaps[1] < gaps[2] && gaps[2] < gaps[3], string.Join(", ", gaps));

        _world.Server.Set("/flaky", new Reply(FeedDocuments.Rss("Back")));
        Assert.True((await _world.PollAsync("flaky"))!.Succeeded);
        var recovered = (await _world.SourceAsync("flaky")).Status;
        Assert.Equal(0, recovered.ConsecutiveFailures);
        Assert.InRange(recovered.NextPollAt!.Value - recovered.LastPolledAt!.Value, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(2));
        Assert.Contains("404", recovered.LastError, StringComparison.Ordinal);
    }
}
