using Monitor.TestSupport;
using static Monitor.Grains.Tests.Sources.SourceWorld;

namespace Monitor.Grains.Tests.Sources;

/// <summary>Feeds served over real HTTP on loopback become statements reported by the outlet, once each.</summary>
public sealed class SourcePollingTests : IAsyncLifetime
{
    private SourceWorld _world = null!;

    public async Task InitializeAsync() => _world = await StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task New_rss_items_become_statements_reported_by_the_outlet_at_the_link_and_time()
    {
        _world.Server.Set("/rss", new Reply(FeedDocuments.Rss("Ardenia Wire",
            Quote(1, "Veloria will keep its border open", "https://wire.example/a1"),
            Quote(2, "Veloria will sign the river treaty", "https://wire.example/a2"))));
        await _world.DefineAsync("ardenia-wire", "/rss");

        var poll = await _world.PollAsync("ardenia-wire");

        Assert.NotNull(poll);
        Assert.True(poll.Succeeded, poll.Error);
        Assert.Equal((2, 2), (poll.NewItems, poll.DocumentsIngested));
        var said = await _world.VeloriaSaidAsync();
        Assert.Equal(2, said.Count);
        var first = said.Single(s => s.Text.Contains("border open"));
        Assert.Equal("Anna Kest", first.Speaker);
        Assert.Equal(Day0.AddHours(1), first.SaidAt);
        var source = Assert.Single(first.Sources);
        Assert.Equal(("Ardenia Wire", "https://wire.example/a1"), (source.Name, source.Url));
        var status = (await _world.SourceAsync("ardenia-wire")).Status;
        Assert.Equal((2L, 2L, 0), (status.ItemsSeen, status.DocumentsIngested, status.ConsecutiveFailures));
        Assert.NotNull(status.LastSuccessAt);
    }

    [Fact]
    public async Task With_fetch_articles_the_page_main_text_is_read_not_its_navigation_nor_the_item_summary()
    {
        var page = FeedDocuments.ArticlePage("Veloria and the treaty",
            "Velorian officials met their neighbours in the capital on Monday to talk about the river and its ports, the first such meeting in a decade, and the talks ran late into the evening with both delegations.",
            "\"Veloria will ratify the river treaty before the summer,\" Veloria's Foreign Minister Anna Kest told reporters after the meeting, adding that parliament had already been consulted on the text.",
            "Diplomats from both sides said the talks had been cordial and that a second round would follow in the spring, when the technical committees report on shipping, fisheries and the shared dams downstream.");
        _world.Server.Set("/articles/treaty", Reply.Html(page));
        _world.Server.Set("/atom", new Reply(FeedDocuments.Atom("Ardenia Wire",
            new FeedItem("Treaty", _world.Server.Url("/articles/treaty"), "A summary that quotes nobody.", Day0.AddDays(1), "urn:treaty"))));
        await _world.DefineAsync("atom-wire", "/atom", fetchArticles: true);

        var poll = await _world.PollAsync("atom-wire");

        Assert.True(poll!.Succeeded, poll.Error);
        var said = await _world.VeloriaSaidAsync();
        Assert.DoesNotContain(said, s => s.Text.Contains("summary", StringComparison.Ordinal) || s.Text.Contains("Weather", StringComparison.Ordinal));
        var statement = Assert.Single(said, s => s.Text == "Veloria will ratify the river treaty before the summer");
        Assert.Equal(_world.Server.Url("/articles/treaty"), Assert.Single(statement.Sources).Url);
        Assert.Equal(Day0.AddDays(1), statement.SaidAt);
        Assert.Contains(_world.Server.RequestsFor("/articles/treaty"), r => r.Headers["User-Agent"].StartsWith("Monitor/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_poll_sends_the_validators_and_costs_a_304_and_a_changed_feed_adds_only_its_new_items()
    {
        var one = Quote(1, "Veloria will keep its border open", "https://wire.example/b1");
        var two = Quote(2, "Veloria will sign the river treaty", "https://wire.example/b2");
        _world.Server.Set("/cond", new Reply(FeedDocuments.Rss("Wire", one), ETag: "\"v1\"", LastModified: "Mon, 04 Mar 2024 08:00:00 GMT"));
        await _world.DefineAsync("cond-wire", "/cond");

        Assert.Equal(1, (await _world.PollAsync("cond-wire"))!.NewItems);
        var second = await _world.PollAsync("cond-wire");

        Assert.True(second!.NotModified);
        Assert.Equal(0, second.NewItems);
        var conditional = _world.Server.RequestsFor("/cond")[^1];
        Assert.Equal("\"v1\"", conditional.Headers["If-None-Match"]);
        Assert.Equal("Mon, 04 Mar 2024 08:00:00 GMT", conditional.Headers["If-Modified-Since"]);

        _world.Server.Set("/cond", new Reply(FeedDocuments.Rss("Wire", two, one), ETag: "\"v2\""));
        var third = await _world.PollAsync("cond-wire");

        Assert.Equal(1, third!.NewItems);
        var said = await _world.VeloriaSaidAsync();
        Assert.Equal(2, said.Count);
        Assert.Equal(2, said.Select(s => s.Id).Distinct().Count());
        Assert.Equal(2L, (await _world.SourceAsync("cond-wire")).Status.ItemsSeen);
    }

    [Fact]
    public void An_item_dropped_from_the_read_set_is_still_known_by_its_date()
    {
        var seen = new Monitor.Grains.Sources.SeenItems();
        for (var i = 0; i < Monitor.Grains.Sources.SeenItems.Capacity + 10; i++) seen.Add($"k{i}", Day0.AddMinutes(i));

        Assert.Equal(Monitor.Grains.Sources.SeenItems.Capacity, seen.Items.Count);
        Assert.True(seen.Contains("k3", Day0.AddMinutes(3)));
        Assert.False(seen.Contains("k-new", Day0.AddDays(30)));
        Assert.False(seen.Contains("k-new", null));
    }
}
