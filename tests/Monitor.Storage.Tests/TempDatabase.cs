using Monitor.Storage.Sqlite;

namespace Monitor.Storage.Tests;

/// <summary>A database file in a folder of its own, deleted afterwards.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    public TempDatabase() => Database = Open();

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "monitor-storage-" + Guid.NewGuid().ToString("N"));

    public string Path_ => System.IO.Path.Combine(Directory, "monitor.db");

    public SqliteDatabase Database { get; private set; }

    public SqliteDatabase Open() => new(new SqliteStorageOptions { DatabasePath = Path_ });

    /// <summary>Closes the database and opens the same file again, as a restarted process would.</summary>
    public async Task ReopenAsync()
    {
        await Database.DisposeAsync();
        Database = Open();
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
