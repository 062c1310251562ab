using Monitor.Cli.Commands;
using Monitor.TestSupport;

namespace Monitor.Silo.Tests;

/// <summary>`monitor sources add|list|poll` against a running service and a real feed server.</summary>
public sealed class SourcesCommandTests : IAsyncLifetime
{
    private FeedServer _feeds = null!;
    private RunningService _service = null!;

    public async Task InitializeAsync()
    {
        _feeds = FeedServer.Start();
        _service = await RunningService.StartAsync(["--no-sample", "--Monitor:Embeddings=false", "--Monitor:Sources:AllowedHosts:0=127.0.0.1"]);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _feeds.DisposeAsync();
    }

    [Fact]
    public async Task Add_list_and_poll_manage_a_source_through_the_api()
    {
        var server = _service.Client.BaseAddress!.ToString();
        _feeds.Set("/feed", new Reply(FeedDocuments.Rss("Veloria Herald", new FeedItem("Ports", "https://herald.example/ports",
            "\"The ports will stay open,\" said Marek Dolan, a harbour official.", new DateTimeOffset(2024, 5, 6, 9, 0, 0, TimeSpan.Zero), "p-1"))));
        var output = new StringWriter();

        Assert.Equal(0, await SourcesCommand.AddAsync(server, null, "herald", "Veloria Herald", _feeds.Url("/feed"), "00:30:00", false, output, CancellationToken.None));
        Assert.Equal(0, await SourcesCommand.PollAsync(server, null, "herald", output, CancellationToken.None));
        Assert.Equal(0, await SourcesCommand.ListAsync(server, null, output, CancellationToken.None));
        Assert.Equal(1, await SourcesCommand.AddAsync(server, null, "herald", "Veloria Herald", "ftp://herald.example/feed", null, false, output, CancellationToken.None));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("created herald: Veloria Herald", lines[0], StringComparison.Ordinal);
        Assert.Equal("herald: ok, 1 new items, 1 documents, 1 statements", lines[1]);
        var row = lines.Single(l => l.StartsWith("herald\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal(("Veloria Herald", "0", "1", "1"), (row[1], row[4], row[5], row[6]));
    }
}
