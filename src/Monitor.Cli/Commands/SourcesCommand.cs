using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Monitor.Cli.Commands;

/// <summary>
/// `monitor sources add|list|poll`: manages the news feeds a running service polls, through its API. A refused
/// request prints the service's problem details on standard error and exits 1.
/// </summary>
public static class SourcesCommand
{
    public static Command Create()
    {
        var server = new Option<string>("--server") { Description = "The service, e.g. http://127.0.0.1:5000", Required = true };
        var apiKey = new Option<string?>("--api-key") { Description = "API key (read for list, write for add and poll)" };

        var id = new Argument<string>("id") { Description = "The source's id, [a-z0-9-]{1,64}" };
        var name = new Option<string>("--name") { Description = "The outlet's name, which every statement read from the feed is reported by", Required = true };
        var url = new Option<string>("--url") { Description = "The RSS or Atom feed's address", Required = true };
        var interval = new Option<string?>("--interval") { Description = "How often to poll, e.g. 00:15:00 (the default)" };
        var fetchArticles = new Option<bool>("--fetch-articles") { Description = "Read each new item's page, not only the feed's text" };
        var add = new Command("add", "Create or replace a source") { id, name, url, interval, fetchArticles, server, apiKey };
        add.SetAction((parse, token) => AddAsync(parse.GetValue(server)!, parse.GetValue(apiKey), parse.GetValue(id)!, parse.GetValue(name)!, parse.GetValue(url)!,
            parse.GetValue(interval), parse.GetValue(fetchArticles), Console.Out, token));

        var list = new Command("list", "List the sources with their polling status") { server, apiKey };
        list.SetAction((parse, token) => ListAsync(parse.GetValue(server)!, parse.GetValue(apiKey), Console.Out, token));

        var pollId = new Argument<string>("id") { Description = "The source to poll now" };
        var poll = new Command("poll", "Poll a source now and print what it found") { pollId, server, apiKey };
        poll.SetAction((parse, token) => PollAsync(parse.GetValue(server)!, parse.GetValue(apiKey), parse.GetValue(pollId)!, Console.Out, token));

        return new Command("sources", "News sources (RSS and Atom feeds) the service polls") { add, list, poll };
    }

    public static async Task<int> AddAsync(string server, string? apiKey, string id, string name, string url, string? interval, bool fetchArticles, TextWriter output, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["name"] = name, ["url"] = url, ["fetchArticles"] = fetchArticles };
        if (interval is not null) body["interval"] = interval;
        using var client = ServerClient.Create(server, apiKey);
        using var response = await client.PutAsync($"api/sources/{Uri.EscapeDataString(id)}", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), cancellationToken);
        if (await RefusedAsync(response, cancellationToken)) return 1;
        var source = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        await output.WriteLineAsync($"{((int)response.StatusCode == 201 ? "created" : "replaced")} {source["id"]}: {source["name"]} <{source["url"]}> every {source["interval"]}");
        return 0;
    }

    public static async Task<int> ListAsync(string server, string? apiKey, TextWriter output, CancellationToken cancellationToken)
    {
        using var client = ServerClient.Create(server, apiKey);
        using var response = await client.GetAsync("api/sources", cancellationToken);
        if (await RefusedAsync(response, cancellationToken)) return 1;
        var sources = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsArray();
        await output.WriteLineAsync("id\tname\tlast polled\tlast success\tfailures\titems\tdocuments\tlast error");
        foreach (var source in sources)
        {
            var status = source!["status"]!;
            await output.WriteLineAsync(string.Join('\t',
                source["id"], source["name"], status["lastPolledAt"] ?? "-", status["lastSuccessAt"] ?? "-",
                status["consecutiveFailures"], status["itemsSeen"], status["documentsIngested"], status["lastError"] ?? "-"));
        }
        return 0;
    }

    public static async Task<int> PollAsync(string server, string? apiKey, string id, TextWriter output, CancellationToken cancellationToken)
    {
        // A poll answers when it is done, which for a feed of long articles takes a while.
        using var client = ServerClient.Create(server, apiKey, TimeSpan.FromMinutes(6));
        using var response = await client.PostAsync($"api/sources/{Uri.EscapeDataString(id)}/poll", null, cancellationToken);
        if (await RefusedAsync(response, cancellationToken)) return 1;
        var poll = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!["poll"]!;
        var outcome = (bool)poll["succeeded"]! ? (bool)poll["notModified"]! ? "not modified" : "ok" : "failed";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{id}: {outcome}, {poll["newItems"]} new items, {poll["documentsIngested"]} documents, {poll["statementsRecorded"]} statements{(poll["error"] is { } error ? "; " + error : "")}"));
        return (bool)poll["succeeded"]! ? 0 : 1;
    }

    private static async Task<bool> RefusedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return false;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            text = JsonNode.Parse(text)?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? text;
        }
        catch (JsonException)
        {
        }
        await Console.Error.WriteLineAsync($"monitor: the service answered {(int)response.StatusCode}: {text}");
        return true;
    }
}
