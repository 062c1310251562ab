namespace Monitor.Analysis.Matters;

/// <summary>
/// One matter an actor speaks on that no configured topic covers: where its statements point on average (a unit
/// vector kept as signed bytes and a scale, so a snapshot holds hundreds of them cheaply), how many joined it, when one
/// last did, and the salient words its statements were keyed by, which name it. Mutable: it is grain state.
/// </summary>
public sealed class Matter
{
    /// <summary>The words kept for naming; the rarest go first once there are more.</summary>
    public const int MaxWords = 16;

    /// <summary>Stable: the automatic key of the statement that opened the matter.</summary>
    public string Id { get; set; } = "";

    public sbyte[] Centroid { get; set; } = [];

    public float Scale { get; set; }

    public int Count { get; set; }

    /// <summary>Order of the last statement that joined, for letting the longest-quiet matter go when there are too many.</summary>
    public long LastSeen { get; set; }

    public Dictionary<string, int> Words { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The three words its statements were most often keyed by, most frequent first.</summary>
    public string Name => string.Join(", ", Words
        .OrderByDescending(w => w.Value)
        .ThenBy(w => w.Key, StringComparer.Ordinal)
        .Take(3)
        .Select(w => w.Key));

    internal float[] Direction()
    {
        var direction = new float[Centroid.Length];
        for (var i = 0; i < direction.Length; i++) direction[i] = Centroid[i] * Scale;
        return direction;
    }

    internal void Point(ReadOnlySpan<float> direction)
    {
        var largest = 0f;
        foreach (var x in direction) largest = Math.Max(largest, Math.Abs(x));
        Scale = largest > 0 ? largest / 127f : 0;
        Centroid = new sbyte[direction.Length];
        for (var i = 0; i < direction.Length; i++) Centroid[i] = Scale > 0 ? (sbyte)Math.Round(direction[i] / Scale) : (sbyte)0;
    }

    internal Matter Copy() => new()
    {
        Id = Id, Centroid = (sbyte[])Centroid.Clone(), Scale = Scale, Count = Count, LastSeen = LastSeen,
        Words = new Dictionary<string, int>(Words, StringComparer.Ordinal),
    };
}
