using System.Text.Json;

namespace Monitor.Cli.Evaluation;

/// <summary>
/// Scores replay output lines (statement and alert records) against a corpus's gold by the rules of
/// the benchmark's score.py:
/// <list type="bullet">
/// <item>only statements by tracked actors count; one is right when its document's gold lists its
/// actor with a key phrase its normalised text contains (precision counts statements, recall counts
/// key phrases found); one that matches only an optional entry counts neither way;</item>
/// <item>an alert is right when its two sides' documents are a must-fire pair in either order, is
/// ignored on an ambiguous pair, and is false on any other pair, traps included.</item>
/// </list>
/// </summary>
public sealed class CorpusScorer(CorpusGold gold, IReadOnlySet<string> trackedActors)
{
    public CorpusScore Score(IEnumerable<string> outputLines)
    {
        var statements = new List<JsonElement>();
        var alerts = new List<JsonElement>();
        var unreadable = 0;
        foreach (var raw in outputLines)
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            JsonElement record;
            try
            {
                using var document = JsonDocument.Parse(line);
                record = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                unreadable++;
                continue;
            }
            // A line that is JSON but not an object holds no record either.
            if (record.ValueKind != JsonValueKind.Object)
            {
                unreadable++;
                continue;
            }
            var type = Get(record, "type") is { ValueKind: JsonValueKind.String } t ? t.GetString()!.ToLowerInvariant() : "";
            if (type == "statement") statements.Add(record);
            else if (type == "alert") alerts.Add(record);
        }

        var details = new List<string>();
        var (precision, recall, f1) = ScoreStatements(statements, details);
        var (alertPrecision, alertRecall, hit, kinds, missed) = ScoreAlerts(alerts, details);
        return new CorpusScore(statements.Count, precision, recall, f1, alerts.Count, alertPrecision, alertRecall,
            hit, MustFire().Count, unreadable, kinds, details, missed);
    }

    private (double Precision, double Recall, double F1) ScoreStatements(List<JsonElement> statements, List<string> details)
    {
        var found = new HashSet<(string Document, string Actor, string KeyPhrase)>();
        int truePositives = 0, falsePositives = 0;
        foreach (var statement in statements)
        {
            var document = DocumentOf(statement);
            var actor = ActorOf(statement);
            var text = ScoreText.Normalize(TextOf(statement));
            if (!trackedActors.Contains(actor)) continue;
            var keys = Listed(gold.Statements, document).Where(g => g.Actor == actor && text.Contains(ScoreText.Normalize(g.KeyPhrase), StringComparison.Ordinal)).ToList();
            if (keys.Count > 0)
            {
                truePositives++;
                foreach (var key in keys) found.Add((document.Key!, key.Actor, key.KeyPhrase));
            }
            else if (!Listed(gold.Optional, document).Any(g => g.Actor == actor && text.Contains(ScoreText.Normalize(g.KeyPhrase), StringComparison.Ordinal)))
            {
                falsePositives++;
                details.Add($"FP statement {document.Shown} {actor} {ScoreText.Prefix(text, 100)}");
            }
        }
        var total = gold.Statements.Values.Sum(v => v.Count);
        var recall = total > 0 ? (double)found.Count / total : 0;
        var precision = truePositives + falsePositives > 0 ? (double)truePositives / (truePositives + falsePositives) : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        foreach (var (document, listed) in gold.Statements)
            foreach (var key in listed)
                if (!found.Contains((document, key.Actor, key.KeyPhrase)))
                    details.Add($"missed statement {document} {key.Actor} {key.KeyPhrase}");
        return (precision, recall, f1);
    }

    private (double Precision, double Recall, int Hit, IReadOnlyList<KindTally> Kinds, IReadOnlyList<(string Earlier, string Later)> Missed) ScoreAlerts(List<JsonElement> alerts, List<string> details)
    {
        var must = MustFire();
        var ambiguous = gold.Ambiguous.Select(p => (p.First, p.Second)).ToHashSet();
        var hit = new HashSet<(string, string)>();
        int truePositives = 0, falsePositives = 0;
        foreach (var alert in alerts)
        {
            var (earlier, later) = (Side(alert, "earlier"), Side(alert, "later"));
            var asGiven = Pair(earlier, later);
            var swapped = Pair(later, earlier);
            // The order given wins when it names a gold pair; otherwise the alert is read the other way round.
            var pair = asGiven is { } g && (must.ContainsKey(g) || ambiguous.Contains(g)) ? asGiven : swapped;
            if (pair is { } p && must.ContainsKey(p)) hit.Add(p);
            else if (pair is not { } q || !ambiguous.Contains(q))
            {
                falsePositives++;
                var explanation = Get(alert, "explanation") is { } e && ScoreText.IsTruthy(e) ? ScoreText.Str(e) : "";
                details.Add($"FP alert {earlier.Shown} {later.Shown} {ScoreText.Str(Get(alert, "kind"))} {ScoreText.Prefix(explanation, 120)}");
            }
            // Counted apart from the pair read above, as score.py does: an alert on a must-fire pair in either order is right.
            if ((asGiven is { } a && must.ContainsKey(a)) || (swapped is { } b && must.ContainsKey(b))) truePositives++;
        }
        var precision = truePositives + falsePositives > 0 ? (double)truePositives / (truePositives + falsePositives) : 0;
        var recall = must.Count > 0 ? (double)hit.Count / must.Count : 0;
        foreach (var ((earlier, later), why) in must)
            if (!hit.Contains((earlier, later)))
                details.Add($"missed alert ({ScoreText.Repr(earlier)}, {ScoreText.Repr(later)}) {why}");
        var kinds = must
            .GroupBy(m => MustFirePair.KindOf(m.Value))
            .Select(k => new KindTally(k.Key, k.Count(m => hit.Contains(m.Key)), k.Count()))
            .ToList();
        var missed = must.Keys.Where(p => !hit.Contains(p)).ToList();
        return (precision, recall, hit.Count, kinds, missed);
    }

    // Must-fire pairs by their two documents; a repeated pair keeps its first place and its last reason.
    private OrderedDictionary<(string, string), string> MustFire()
    {
        var must = new OrderedDictionary<(string, string), string>();
        foreach (var pair in gold.MustFire) must[(pair.Earlier, pair.Later)] = pair.Why;
        return must;
    }

    private static IReadOnlyList<GoldStatement> Listed(IReadOnlyDictionary<string, IReadOnlyList<GoldStatement>> map, DocumentRef document) =>
        document.Key is { } key && map.TryGetValue(key, out var listed) ? listed : [];

    private static (string, string)? Pair(DocumentRef first, DocumentRef second) =>
        first.Key is { } a && second.Key is { } b ? (a, b) : null;

    // A statement's document: documentId, else document.id, else document itself.
    private static DocumentRef DocumentOf(JsonElement statement)
    {
        var documentId = Get(statement, "documentId");
        if (ScoreText.IsTruthy(documentId)) return DocumentRef.Of(documentId);
        var document = Get(statement, "document");
        return DocumentRef.Of(document is { ValueKind: JsonValueKind.Object } d ? Get(d, "id") : document);
    }

    // The actor id, lower-cased; tracked ids and gold actors are compared with it as they are written.
    private static string ActorOf(JsonElement statement)
    {
        var actor = Get(statement, "actor");
        if (actor is { ValueKind: JsonValueKind.Object } o) actor = Get(o, "id");
        return actor is { ValueKind: JsonValueKind.String } s ? s.GetString()!.ToLowerInvariant() : "";
    }

    private static string TextOf(JsonElement statement)
    {
        if (Get(statement, "text") is { ValueKind: JsonValueKind.String } text && text.GetString()!.Length > 0) return text.GetString()!;
        return Get(statement, "quote") is { ValueKind: JsonValueKind.String } quote ? quote.GetString()! : "";
    }

    private static DocumentRef Side(JsonElement alert, string name) =>
        Get(alert, name) is { ValueKind: JsonValueKind.Object } side ? DocumentRef.Of(Get(side, "documentId")) : DocumentRef.Of(null);

    private static JsonElement? Get(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) ? value : null;

    /// <summary>A document id as found in a record: a key when it is a string, and what the verbose report prints for it.</summary>
    private readonly record struct DocumentRef(string? Key, string Shown)
    {
        public static DocumentRef Of(JsonElement? value) =>
            new(value is { ValueKind: JsonValueKind.String } s ? s.GetString() : null, ScoreText.Str(value));
    }
}
