namespace Monitor.Hosting.Ingestion;

/// <summary>
/// Field path → messages, in the shape of RFC 7807 validation problem details. At most
/// <see cref="MaxListed"/> messages are kept; the rest are counted, so a batch of a thousand broken statements
/// answers with a readable list and costs no more to check than a valid one.
/// </summary>
public sealed class ValidationErrors
{
    public const int MaxListed = 100;

    private readonly SortedDictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => Count == 0;

    /// <summary>Every message added, listed or not.</summary>
    public int Count { get; private set; }

    public void Add(string field, string message)
    {
        if (++Count > MaxListed) return;
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
    }

    public IDictionary<string, string[]> ToDictionary()
    {
        var listed = _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        if (Count > MaxListed) listed[Unlisted] = [.. listed.GetValueOrDefault(Unlisted, []), $"{Count - MaxListed} more errors were found and not listed."];
        return listed;
    }

    public override string ToString() =>
        string.Join("; ", _errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")) +
        (Count > MaxListed ? $"; and {Count - MaxListed} more" : "");

    private const string Unlisted = "$";
}
