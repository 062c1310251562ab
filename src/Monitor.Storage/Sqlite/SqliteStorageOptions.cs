namespace Monitor.Storage.Sqlite;

/// <summary>Where the embedded store lives and how hard it syncs.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>Path of the database file; null keeps everything in memory for the life of the process.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>
    /// SQLite's synchronous setting. FULL (the default) makes a commit survive power loss as well as a
    /// process crash; NORMAL survives a process crash only and is faster on slow disks.
    /// </summary>
    public string Synchronous { get; set; } = "FULL";

    /// <summary>Grain types whose state is bookkeeping that may wait behind statements and alerts.</summary>
    public IReadOnlySet<string> BackgroundGrainTypes { get; set; } = new HashSet<string>();

    /// <summary>Most writes committed in one transaction by the writer thread.</summary>
    public int MaxBatch { get; set; } = 512;
}
