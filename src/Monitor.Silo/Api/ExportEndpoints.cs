using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Silo.Api;

/// <summary>
/// The alert log and an actor's statements as JSON lines or CSV, for spreadsheets, archives and other tools. Rows
/// are written as they are read from the store, a page at a time, so an export of any length holds one page in
/// memory; a client that reads slowly holds the export back rather than the service buffering for it. The filters
/// are the list endpoints' own; there is no page size, the export runs to the end of the log.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>Rows read from the store at once: the list endpoints' largest page.</summary>
    public const int PageSize = QueryParameters.MaxLimit;

    private const string JsonLinesType = "application/x-ndjson";
    private const string CsvType = "text/csv";

    private static readonly QueryParameter FormatParameter =
        QueryParameters.OneOfParameter("format", "jsonl (one JSON object a line, the default) or csv (RFC 4180, with a header row)", ["jsonl", "csv"]);

    private static readonly IReadOnlySet<string> Formats = new HashSet<string>(StringComparer.Ordinal) { "jsonl", "csv" };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly string[] StatementColumns =
        ["sequence", "id", "actor", "speaker", "text", "saidAt", "recordedAt", "topic", "stance", "mode", "direct", "documentId", "sources", "about", "spanStart", "spanEnd"];

    private static readonly string[] AlertColumns =
    [
        "sequence", "id", "kind", "severity", "score", "status", "actor", "topic", "detector", "raisedAt", "explanation",
        "earlierStatementId", "earlierActor", "earlierSpeaker", "earlierSaidAt", "earlierText", "earlierDocumentId", "earlierSources",
        "laterStatementId", "laterActor", "laterSpeaker", "laterSaidAt", "laterText", "laterDocumentId", "laterSources",
        "statusReason", "statusChangedAt", "groupId", "suppressedBy",
    ];

    public static void MapExportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/alerts/export", ExportAlertsAsync).WithName("ExportAlerts")
            .WithSummary("The alert log after a cursor, filtered as GET /api/alerts, streamed as JSON lines or CSV (format=jsonl|csv)")
            .WithQuery(FormatParameter, QueryParameters.SinceParameter,
                QueryParameters.IdParameter("actor", "Only this actor's alerts"),
                QueryParameters.IdParameter("topic", "Only alerts on this topic"),
                QueryParameters.OneOfParameter("kind", "Only alerts of this kind", AlertKinds.All),
                QueryParameters.EnumParameter<AlertStatus>("status", "Only alerts in this status"),
                QueryParameters.EnumParameter<AlertSeverity>("severity", "Only alerts of this severity or higher"))
            .Produces<string>(StatusCodes.Status200OK, JsonLinesType, CsvType)
            .ProducesValidationProblem();
        api.MapGet("/actors/{id}/statements/export", ExportStatementsAsync).WithName("ExportActorStatements")
            .WithSummary("An actor's statements after a cursor, filtered as GET /api/actors/{id}/statements, streamed as JSON lines or CSV (format=jsonl|csv)")
            .WithQuery(FormatParameter, QueryParameters.SinceParameter, QueryParameters.IdParameter("topic", "Only statements on this topic"))
            .Produces<string>(StatusCodes.Status200OK, JsonLinesType, CsvType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ExportAlertsAsync(HttpContext context, IAlertLog alerts, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var query = new QueryParameters(context.Request);
        var format = query.OneOf("format", Formats) ?? "jsonl";
        var filter = query.AlertFilter(PageSize);
        if (query.Errors.Count > 0) return ApiResults.Invalid(query.Errors);

        await StreamAsync(context, "alerts", format, AlertColumns, AlertRow, async since =>
        {
            var page = await alerts.ReadAsync(filter with { Since = since }, cancellationToken);
            return (page, page.Count > 0 ? page[^1].Sequence : since);
        }, filter.Since, loggers, cancellationToken);
        return Results.Empty;
    }

    private static async Task<IResult> ExportStatementsAsync(string id, HttpContext context, IStatementLog log, IActorDirectory directory,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidActorId(id)) return ApiResults.Invalid("id", $"Actor id '{id}' must match [a-z0-9-]{{1,64}}.");
        var query = new QueryParameters(context.Request);
        var format = query.OneOf("format", Formats) ?? "jsonl";
        var since = query.Since();
        var topic = query.Id("topic");
        if (query.Errors.Count > 0) return ApiResults.Invalid(query.Errors);
        if (await directory.GetAsync(id, cancellationToken) is null) return ApiResults.NotFound($"No actor '{id}'.");

        // Straight from the store, not through the actor's grain: a long export should not take turns on the grain that records.
        await StreamAsync(context, $"{id}-statements", format, StatementColumns, StatementRow, async after =>
        {
            var page = await log.ReadAsync(id, after, PageSize, topic, cancellationToken);
            return (page, page.Count > 0 ? page[^1].Sequence : after);
        }, since, loggers, cancellationToken);
        return Results.Empty;
    }

    /// <summary>
    /// Writes the header, then each page as it comes until a page is empty. Once the first bytes are sent the status
    /// cannot change: a failure after that aborts the connection, so the client sees a broken transfer and never
    /// takes a truncated export for a whole one.
    /// </summary>
    private static async Task StreamAsync<T>(HttpContext context, string name, string format, string[] columns, Func<T, IEnumerable<string?>> row,
        Func<long, Task<(IReadOnlyList<T> Page, long Next)>> readPage, long since, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var csv = format == "csv";
        var response = context.Response;
        response.ContentType = csv ? $"{CsvType}; charset=utf-8; header=present" : $"{JsonLinesType}; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}.{format}\"";
        response.Headers.CacheControl = "no-store";

        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var text = new StringBuilder();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = MonitorJson.Options.Encoder });
        try
        {
            // The header goes out with the first page, so a store that fails at once still gets its problem details.
            if (csv) AppendCsvLine(text, columns);
            for (var cursor = since; ;)
            {
                var (page, next) = await readPage(cursor);
                if (page.Count == 0) break;
                foreach (var item in page)
                {
                    if (csv) AppendCsvLine(text, row(item));
                    else
                    {
                        JsonSerializer.Serialize(json, item, MonitorJson.Options);
                        json.Reset();
                        buffer.Write("\n"u8);
                    }
                }
                await FlushAsync(response, text, buffer, cancellationToken);
                cursor = next;
            }
            if (text.Length > 0) await FlushAsync(response, text, buffer, cancellationToken);
        }
        catch (Exception exception) when (response.HasStarted && exception is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(ExportEndpoints)).LogError(exception, "Export of {Name} failed after it had started; the connection was aborted", name);
            context.Abort();
        }
    }

    private static async Task FlushAsync(HttpResponse response, StringBuilder text, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        if (text.Length > 0)
        {
            foreach (var chunk in text.GetChunks())
            {
                var bytes = buffer.GetSpan(Utf8.GetMaxByteCount(chunk.Length));
                buffer.Advance(Utf8.GetBytes(chunk.Span, bytes));
            }
            text.Clear();
        }
        // Waits while the client has not taken the last page: this is what keeps a slow reader from filling the service's memory.
        await response.Body.WriteAsync(buffer.WrittenMemory, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
        buffer.ResetWrittenCount();
    }

    /// <summary>One CSV record as RFC 4180 has it: fields with a comma, quote or line break quoted, quotes doubled, CRLF at the end.</summary>
    private static void AppendCsvLine(StringBuilder text, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) text.Append(',');
            first = false;
            if (string.IsNullOrEmpty(field)) continue;
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                text.Append(field);
                continue;
            }
            text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        text.Append("\r\n");
    }

    private static IEnumerable<string?> StatementRow(Statement s) =>
    [
        Number(s.Sequence), s.Id, s.Actor, s.Speaker, s.Text, Time(s.SaidAt), Time(s.RecordedAt), s.Topic, Name(s.Stance), Name(s.Mode),
        s.Direct ? "true" : "false", s.DocumentId, Json(s.Sources), s.About is null ? null : Json(s.About),
        s.Span is null ? null : Number(s.Span.Start), s.Span is null ? null : Number(s.Span.End),
    ];

    private static IEnumerable<string?> AlertRow(Alert a) =>
    [
        Number(a.Sequence), a.Id, a.Kind, Name(a.Severity), a.Score.ToString("R", CultureInfo.InvariantCulture), Name(a.Status), a.Actor, a.Topic,
        a.Detector, Time(a.RaisedAt), a.Explanation,
        a.Earlier.StatementId, a.Earlier.Actor, a.Earlier.Speaker, Time(a.Earlier.SaidAt), a.Earlier.Text, a.Earlier.DocumentId, Json(a.Earlier.Sources),
        a.Later.StatementId, a.Later.Actor, a.Later.Speaker, Time(a.Later.SaidAt), a.Later.Text, a.Later.DocumentId, Json(a.Later.Sources),
        a.StatusReason, Time(a.StatusChangedAt), a.GroupId, a.SuppressedBy,
    ];

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Time(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture);

    // The names the JSON answers use (kebab-case), so a CSV cell and a JSON value compare equal.
    private static string? Name<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()) : null;

    private static string? Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    // Lists (sources, about) go in one cell as the JSON the list endpoints answer with.
    private static string Json<T>(T value) => JsonSerializer.Serialize(value, MonitorJson.Options);
}
