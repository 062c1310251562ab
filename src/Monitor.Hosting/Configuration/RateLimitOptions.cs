namespace Monitor.Hosting.Configuration;

/// <summary>
/// How much work the service takes on before it answers 429 instead of queueing without bound: recording calls
/// per API key (or per client address without keys), and documents read at once across all callers.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Off: no limits at all (benchmarks).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Calls to POST /api/statements and /api/documents per second, per key or client; bursts up to twice this.</summary>
    public int WritesPerSecond { get; set; } = 5_000;

    /// <summary>Documents requests read at once, over all callers (extraction is the costliest work); 0 means twice the cores.</summary>
    public int DocumentConcurrency { get; set; }

    /// <summary>Documents requests that may wait for a free slot before the rest are refused.</summary>
    public int DocumentQueue { get; set; } = 16;
}
