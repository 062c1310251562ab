using System.CommandLine;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Monitor.Hosting.Ingestion;

namespace Monitor.Cli.Commands;

/// <summary>
/// `monitor ingest FILE… --server URL`: sends files to a running service. A .jsonl or .json file
/// is read as replay records (actors and topics are saved, statements sent in batches, documents
/// extracted by the service); any other file is one document, HTML when its name ends in .html or
/// .htm. Bad lines and refused requests are reported on standard error; the exit code is 1 then.
/// </summary>
public static class IngestCommand
{
    private const int StatementBatch = 500;

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Text, HTML or replay-record (.jsonl) files", Arity = ArgumentArity.OneOrMore };
        var server = new Option<string>("--server") { Description = "The service, e.g. http://127.0.0.1:5000", Required = true };
        var apiKey = new Option<string?>("--api-key") { Description = "API key with the write role" };
        var source = new Option<string?>("--source") { Description = "Source name for text and HTML files (default: the file name)" };
        var publishedAt = new Option<DateTimeOffset?>("--published-at") { Description = "Publication time for text and HTML files (default: the file's modification time)" };
        var command = new Command("ingest", "Send text, HTML or replay-record files to a running service") { files, server, apiKey, source, publishedAt };
        command.SetAction((parse, token) => RunAsync(parse.GetValue(files)!, parse.GetValue(server)!, parse.GetValue(apiKey), parse.GetValue(source), parse.GetValue(publishedAt), token));
        return command;
    }

    public static async Task<int> RunAsync(string[] files, string server, string? apiKey, string? source, DateTimeOffset? publishedAt, CancellationToken cancellationToken)
    {
        using var client = ServerClient.Create(server, apiKey);
        var failures = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                await Console.Error.WriteLineAsync($"{file}: no such file");
                failures++;
                continue;
            }
            var extension = Path.GetExtension(file).ToLowerInvariant();
            failures += extension is ".jsonl" or ".json"
                ? await SendRecordsAsync(client, file, cancellationToken)
                : await SendDocumentAsync(client, file, extension is ".html" or ".htm" ? "html" : "text", source, publishedAt, cancellationToken);
        }
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> SendDocumentAsync(HttpClient client, string file, string format, string? source, DateTimeOffset? publishedAt, CancellationToken cancellationToken)
    {
        var document = new
        {
            id = "file-" + Path.GetFileNameWithoutExtension(file).ToLowerInvariant().Replace(' ', '-'),
            source = source ?? Path.GetFileName(file),
            publishedAt = publishedAt ?? new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero),
            format,
            text = await File.ReadAllTextAsync(file, cancellationToken),
        };
        using var response = await client.PostAsJsonAsync("api/documents", document, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            await Console.Error.WriteLineAsync($"{file}: {(int)response.StatusCode} {Detail(body)}");
            return 1;
        }
        var count = JsonNode.Parse(body)!["documents"]![0]!["statements"]!.AsArray().Count;
        Console.WriteLine($"{file}: {count} statements");
        return 0;
    }

    private static async Task<int> SendRecordsAsync(HttpClient client, string file, CancellationToken cancellationToken)
    {
        var failures = 0;
        var pending = new List<(int Line, string Json)>();
        using var reader = new StreamReader(file);
        await foreach (var record in ReplayReader.ReadAsync(reader, cancellationToken))
        {
            if (record is BadReplayRecord bad)
            {
                await Console.Error.WriteLineAsync($"{file}:{bad.Line}: {bad.Error}");
                failures++;
                continue;
            }
            if (record is not StatementReplayRecord) failures += await FlushAsync(client, file, pending, cancellationToken);
            switch (record)
            {
                case ActorReplayRecord actor:
                    failures += await SendAsync(client, HttpMethod.Put, $"api/actors/{actor.Actor.Id}", actor.Actor, $"{file}:{record.Line}", cancellationToken);
                    break;
                case TopicReplayRecord topic:
                    failures += await SendAsync(client, HttpMethod.Put, $"api/topics/{topic.Topic.Id}", topic.Topic, $"{file}:{record.Line}", cancellationToken);
                    break;
                case DocumentReplayRecord document:
                    failures += await SendAsync(client, HttpMethod.Post, "api/documents", document.Document, $"{file}:{record.Line}", cancellationToken);
                    break;
                case StatementReplayRecord statement:
                    pending.Add((record.Line, JsonSerializer.Serialize(statement.Statement, Abstractions.MonitorJson.Options)));
                    if (pending.Count >= StatementBatch) failures += await FlushAsync(client, file, pending, cancellationToken);
                    break;
            }
        }
        failures += await FlushAsync(client, file, pending, cancellationToken);
        return failures;
    }

    private static async Task<int> FlushAsync(HttpClient client, string file, List<(int Line, string Json)> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0) return 0;
        var body = "[" + string.Join(",", pending.Select(p => p.Json)) + "]";
        var lines = $"{file}:{pending[0].Line}-{pending[^1].Line}";
        pending.Clear();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("api/statements", content, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var result = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
            Console.WriteLine($"{lines}: {result["recorded"]} recorded, {result["duplicates"]} already there");
            return 0;
        }
        await Console.Error.WriteLineAsync($"{lines}: {(int)response.StatusCode} {Detail(await response.Content.ReadAsStringAsync(cancellationToken))}");
        return 1;
    }

    private static async Task<int> SendAsync(HttpClient client, HttpMethod method, string path, object value, string where, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(value, Abstractions.MonitorJson.Options), Encoding.UTF8, "application/json"),
        };
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode) return 0;
        await Console.Error.WriteLineAsync($"{where}: {(int)response.StatusCode} {Detail(await response.Content.ReadAsStringAsync(cancellationToken))}");
        return 1;
    }

    private static string Detail(string body)
    {
        try
        {
            return (string?)JsonNode.Parse(body)?["detail"] ?? body;
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
