// Monitor.Fuzz: the HTML and JSON entry points under afl-fuzz. Each input goes through what POST /api/documents
// and POST /api/statements do before anything is stored: the JSON reader with the API's limits, the record parsers,
// the document checks (size, budget, binary text), HTML to text, and statement extraction. Refusing an input is
// the expected answer; any other exception, a hang or a crash is a finding. Run it with scripts/fuzz.sh.
using System.Text;
using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Analysis.Extraction;
using Monitor.Hosting.Ingestion;
using SharpFuzz;

var target = args.Length > 0 ? args[0] : "";
Action<string> run = target switch
{
    "html" => FuzzTargets.Html,
    "json" => FuzzTargets.Json,
    _ => throw new ArgumentException("usage: Monitor.Fuzz html|json (under afl-fuzz), or Monitor.Fuzz html|json FILE to replay one input"),
};
if (args.Length > 1)
{
    run(await File.ReadAllTextAsync(args[1]));
    Console.WriteLine("no finding");
    return;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var reader = new StreamReader(stream, Encoding.UTF8);
    run(reader.ReadToEnd());
});

internal static class FuzzTargets
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ruritania", "Ruritania", ["Ruritania", "Ruritanian government"], [new SpeakerDefinition("Anna Berg", "Foreign Minister")]),
    ];

    private static readonly StatementExtractor Extractor = new(Actors, []);

    private static readonly JsonDocumentOptions ApiJson = new() { MaxDepth = 32, AllowDuplicateProperties = false };

    /// <summary>An HTML document as POST /api/documents takes it with "format": "html".</summary>
    public static void Html(string text)
    {
        var draft = new DocumentDraft("fuzz", null, null, DateTimeOffset.UnixEpoch, null, text, "html");
        if (DocumentIngestion.Check(draft) is not null) return;
        Extract(DocumentText.FromHtml(text));
    }

    /// <summary>A request body as POST /api/documents and POST /api/statements read it.</summary>
    public static void Json(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, ApiJson);
        }
        catch (JsonException)
        {
            return; // answered 400 by the API
        }
        using (document)
        {
            var items = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.EnumerateArray().ToArray() : [document.RootElement];
            foreach (var item in items)
            {
                RecordParser.ParseStatement(item, "$", new ValidationErrors());
                RecordParser.ParseActor(item, "$", new ValidationErrors());
                if (DocumentIngestion.Parse(item, "$", new ValidationErrors()) is { } draft && DocumentIngestion.Check(draft) is null)
                    Extract(draft.Format == "html" ? DocumentText.FromHtml(draft.Text) : draft.Text);
            }
        }
    }

    private static void Extract(string text) =>
        Extractor.Extract(new ArticleInput("fuzz", text, DateTimeOffset.UnixEpoch, "Fuzz Wire", null));
}
