using Microsoft.Data.Sqlite;
using Monitor.Abstractions;
using Monitor.Storage.Sqlite;

namespace Monitor.Storage.Tests;

/// <summary>Backup and restore of the embedded store on real files: what they copy, and what they refuse.</summary>
public sealed class SqliteBackupTests : IAsyncLifetime
{
    private readonly TempDatabase _store = new();
    private readonly string _work = Path.Combine(Path.GetTempPath(), "monitor-backup-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_work);
        var log = new SqliteStatementLog(_store.Database);
        await log.AppendAsync("china", [.. Enumerable.Range(1, 30).Select(i => new Statement($"s{i}", null, "china", "Mao Ning", $"Remark {i}.", true,
            StatementMode.Assert, "t", Stance.Support, DateTimeOffset.UnixEpoch.AddDays(i), null, [new SourceRef("Wire", null)]))]);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_restored_backup_holds_the_rows_and_nothing_of_the_manifest()
    {
        var file = Path.Combine(_work, "b.db");
        var manifest = await SqliteBackup.BackupAsync(_store.Directory, file, overwrite: false, DateTimeOffset.UnixEpoch);
        Assert.Equal(30, manifest.Counts["statements"]);
        Assert.False(File.Exists(file + "-wal"));

        var target = Path.Combine(_work, "restored");
        var restored = await SqliteBackup.RestoreAsync(file, target, force: false);
        Assert.Equal(manifest.Counts, restored.Counts);
        Assert.Equal([SqliteBackup.DatabaseFileName], Directory.GetFiles(target).Select(Path.GetFileName));
        await using var database = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = Path.Combine(target, SqliteBackup.DatabaseFileName) });
        Assert.Equal(30, (await new SqliteStatementLog(database).ReadAsync("china", 0, 100)).Count);
        Assert.Equal(0L, await database.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%manifest%'";
            return (long)command.ExecuteScalar()!;
        }));
    }

    [Fact]
    public async Task Restore_refuses_a_folder_that_is_not_empty_unless_forced()
    {
        var file = Path.Combine(_work, "b.db");
        await SqliteBackup.BackupAsync(_store.Directory, file, overwrite: false, DateTimeOffset.UnixEpoch);
        var target = Path.Combine(_work, "busy");
        Directory.CreateDirectory(target);
        await File.WriteAllTextAsync(Path.Combine(target, "notes.txt"), "keep me");
        await File.WriteAllTextAsync(Path.Combine(target, SqliteBackup.DatabaseFileName + "-wal"), "a stale log of another store");

        var refused = await Assert.ThrowsAsync<BackupException>(() => SqliteBackup.RestoreAsync(file, target, force: false));
        Assert.Contains("not empty", refused.Message);
        Assert.Contains("--force", refused.Message);
        Assert.False(File.Exists(Path.Combine(target, SqliteBackup.DatabaseFileName)));

        await SqliteBackup.RestoreAsync(file, target, force: true);
        Assert.Equal("keep me", await File.ReadAllTextAsync(Path.Combine(target, "notes.txt")));
        Assert.False(File.Exists(Path.Combine(target, SqliteBackup.DatabaseFileName + "-wal")));
        await using var database = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = Path.Combine(target, SqliteBackup.DatabaseFileName) });
        Assert.Equal(30, await new SqliteStatementLog(database).LastSequenceAsync("china"));
    }

    [Fact]
    public async Task Restore_names_what_is_wrong_with_a_file_that_is_not_a_backup()
    {
        var text = Path.Combine(_work, "notes.txt");
        await File.WriteAllTextAsync(text, new string('x', 5000));
        Assert.Contains("is not a Monitor backup", (await Assert.ThrowsAsync<BackupException>(() => SqliteBackup.RestoreAsync(text, Path.Combine(_work, "a"), force: false))).Message);

        // A SQLite file, but the store itself rather than a backup of it.
        var bare = Path.Combine(_work, "bare.db");
        using (var connection = new SqliteConnection($"Data Source={bare};Pooling=false"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE statements (x)";
            create.ExecuteNonQuery();
        }
        Assert.Contains("is not a Monitor backup", (await Assert.ThrowsAsync<BackupException>(() => SqliteBackup.RestoreAsync(bare, Path.Combine(_work, "b"), force: false))).Message);

        Assert.Contains("no backup", (await Assert.ThrowsAsync<BackupException>(() => SqliteBackup.RestoreAsync(Path.Combine(_work, "missing.db"), Path.Combine(_work, "c"), force: false))).Message);
        Assert.False(Directory.Exists(Path.Combine(_work, "a")));
    }

    [Fact]
    public async Task Backup_refuses_a_folder_without_a_store_and_an_existing_output()
    {
        Assert.Contains("no store", (await Assert.ThrowsAsync<BackupException>(() => SqliteBackup.BackupAsync(_work, Path.Combine(_work, "x.db"), false, DateTimeOffset.UnixEpoch))).Message);
        var file = Path.Combine(_work, "b.db");
        await File.WriteAllTextAsync(file, "older");
        Assert.Contains("--force", (await Assert.ThrowsAsync<BackupException>(() => SqliteBackup.BackupAsync(_store.Directory, file, false, DateTimeOffset.UnixEpoch))).Message);
        Assert.Equal("older", await File.ReadAllTextAsync(file));
        await SqliteBackup.BackupAsync(_store.Directory, file, true, DateTimeOffset.UnixEpoch);
        Assert.NotEqual("older", await File.ReadAllTextAsync(file));
    }
}
