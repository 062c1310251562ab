using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// Backs up and restores the embedded store. The data folder holds one database, <c>monitor.db</c> (with its
/// <c>-wal</c> and <c>-shm</c> companions while a service has it open), so a backup is one SQLite file: SQLite's
/// online backup of that database, taken inside one read transaction, so it is the store as it stood at one
/// commit even while the service keeps writing; the WAL is folded in and the copy is left in rollback-journal
/// mode, so the one file is the whole backup. A small manifest table inside it says what it is, when it was
/// taken and how many rows it holds, which restore checks before it writes anything.
/// </summary>
public static class SqliteBackup
{
    /// <summary>The one file the embedded store keeps in its data folder; the host opens it by this name, and backup finds it so.</summary>
    public const string DatabaseFileName = "monitor.db";

    /// <summary>Raised when the manifest's shape changes; restore refuses backups newer than it understands.</summary>
    public const int FormatVersion = 1;

    private const string ManifestTable = "monitor_backup_manifest";

    /// <summary>The tables whose row counts the manifest records and restore checks.</summary>
    private static readonly string[] CountedTables = ["statements", "alerts", "actors", "topics", "subscriptions", "deliveries", "grain_state", "claim_index", "filed_statements", "neighbour_vectors"];

    private static readonly string[] StoreFiles = [DatabaseFileName, DatabaseFileName + "-wal", DatabaseFileName + "-shm", DatabaseFileName + "-journal"];

    /// <summary>Copies the store in <paramref name="dataDirectory"/> to <paramref name="outputFile"/> while it may be in use.</summary>
    /// <exception cref="BackupException">No store there, the output exists (without <paramref name="overwrite"/>), or the copy is damaged.</exception>
    public static Task<BackupManifest> BackupAsync(string dataDirectory, string outputFile, bool overwrite, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.Run(() => Backup(dataDirectory, outputFile, overwrite, now), cancellationToken);

    /// <summary>Writes the store in <paramref name="inputFile"/> to <paramref name="dataDirectory"/>, which must be empty unless <paramref name="force"/>.</summary>
    /// <exception cref="BackupException">The input is missing or not a Monitor backup, or the folder holds something (without <paramref name="force"/>).</exception>
    public static Task<BackupManifest> RestoreAsync(string inputFile, string dataDirectory, bool force, CancellationToken cancellationToken = default) =>
        Task.Run(() => Restore(inputFile, dataDirectory, force), cancellationToken);

    private static BackupManifest Backup(string dataDirectory, string outputFile, bool overwrite, DateTimeOffset now)
    {
        var source = Path.Combine(dataDirectory, DatabaseFileName);
        if (!File.Exists(source)) throw new BackupException($"There is no store at '{source}' (is --data the service's data folder?).");
        if (File.Exists(outputFile) && !overwrite) throw new BackupException($"'{outputFile}' exists; choose another file or pass --force to replace it.");
        var outputDirectory = Path.GetDirectoryName(Path.GetFullPath(outputFile))!;
        Directory.CreateDirectory(outputDirectory);

        // Written beside the output and renamed at the end, so a failed or interrupted backup never leaves a file that looks whole.
        var partial = Path.Combine(outputDirectory, $".{Path.GetFileName(outputFile)}.{Guid.NewGuid():N}.partial");
        try
        {
            BackupManifest manifest;
            using (var from = Open(source, SqliteOpenMode.ReadWrite))
            using (var to = Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                // busy_timeout lets the backup wait out a checkpoint instead of failing on it.
                Execute(from, "PRAGMA busy_timeout=30000;");
                from.BackupDatabase(to);
                Execute(to, "PRAGMA journal_mode=DELETE;");
                manifest = new BackupManifest(FormatVersion, now, Scalar<string>(to, "SELECT sqlite_version()"), Counts(to));
                WriteManifest(to, manifest);
                CheckIntegrity(to, partial);
            }
            File.Move(partial, outputFile, overwrite);
            return manifest;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static BackupManifest Restore(string inputFile, string dataDirectory, bool force)
    {
        if (!File.Exists(inputFile)) throw new BackupException($"There is no backup at '{inputFile}'.");
        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any() && !force)
            throw new BackupException($"'{dataDirectory}' is not empty; restore into an empty folder, or pass --force to replace the store in it (stop the service first).");

        BackupManifest manifest;
        using (var input = Open(inputFile, SqliteOpenMode.ReadOnly))
        {
            manifest = ReadManifest(input, inputFile);
            CheckIntegrity(input, inputFile);
        }

        Directory.CreateDirectory(dataDirectory);
        var partial = Path.Combine(dataDirectory, $".{DatabaseFileName}.{Guid.NewGuid():N}.restoring");
        try
        {
            using (var input = Open(inputFile, SqliteOpenMode.ReadOnly))
            using (var to = Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                input.BackupDatabase(to);
                Execute(to, $"DROP TABLE {ManifestTable};");
                var counts = Counts(to);
                var differing = manifest.Counts.Where(c => counts.GetValueOrDefault(c.Key) != c.Value).Select(c => c.Key).ToArray();
                if (differing.Length > 0)
                    throw new BackupException($"'{inputFile}' does not hold what its manifest says (tables {string.Join(", ", differing)} differ); nothing was restored.");
                // The service runs the store in WAL mode; setting it here means the first start finds it as it left it.
                Execute(to, "PRAGMA journal_mode=WAL;");
            }
            // Only now is anything of the old store touched; a WAL or shared-memory file left from it would be replayed into the restored one.
            foreach (var file in StoreFiles) File.Delete(Path.Combine(dataDirectory, file));
            File.Move(partial, Path.Combine(dataDirectory, DatabaseFileName));
            return manifest;
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" }) File.Delete(partial + suffix);
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        // Unpooled: a pooled connection would keep the file open after this returns, and the files are renamed and deleted here.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ToString());
        try
        {
            connection.Open();
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw new BackupException($"Cannot open '{path}': {exception.Message}", exception);
        }
        return connection;
    }

    private static Dictionary<string, long> Counts(SqliteConnection connection)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        using (var tables = connection.CreateCommand())
        {
            tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = tables.ExecuteReader();
            while (reader.Read()) present.Add(reader.GetString(0));
        }
        return CountedTables.Where(present.Contains).ToDictionary(t => t, t => Scalar<long>(connection, $"SELECT COUNT(*) FROM {t}"), StringComparer.Ordinal);
    }

    private static void WriteManifest(SqliteConnection connection, BackupManifest manifest)
    {
        Execute(connection, $"CREATE TABLE {ManifestTable} (key TEXT PRIMARY KEY, value TEXT NOT NULL);");
        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {ManifestTable} (key, value) VALUES ($key, $value)";
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var value = insert.Parameters.Add("$value", SqliteType.Text);
        var rows = new List<(string, string)>
        {
            ("format", manifest.FormatVersion.ToString(CultureInfo.InvariantCulture)),
            ("created-at", manifest.CreatedAt.ToString("O", CultureInfo.InvariantCulture)),
            ("sqlite-version", manifest.SqliteVersion),
        };
        rows.AddRange(manifest.Counts.Select(c => ("count:" + c.Key, c.Value.ToString(CultureInfo.InvariantCulture))));
        foreach (var (k, v) in rows)
        {
            key.Value = k;
            value.Value = v;
            insert.ExecuteNonQuery();
        }
    }

    private static BackupManifest ReadManifest(SqliteConnection connection, string path)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT key, value FROM {ManifestTable}";
            using var reader = command.ExecuteReader();
            while (reader.Read()) rows[reader.GetString(0)] = reader.GetString(1);
        }
        catch (SqliteException exception)
        {
            // "file is not a database" for other files, "no such table" for a SQLite file that no backup wrote.
            throw new BackupException($"'{path}' is not a Monitor backup ({exception.Message}).", exception);
        }
        if (!rows.TryGetValue("format", out var formatText) || !int.TryParse(formatText, CultureInfo.InvariantCulture, out var format))
            throw new BackupException($"'{path}' is not a Monitor backup (its manifest has no format).");
        if (format > FormatVersion)
            throw new BackupException($"'{path}' is a backup of format {format}; this version reads format {FormatVersion} and older. Restore it with a newer monitor.");
        var counts = rows.Where(r => r.Key.StartsWith("count:", StringComparison.Ordinal))
            .ToDictionary(r => r.Key["count:".Length..], r => long.Parse(r.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return new BackupManifest(format, DateTimeOffset.Parse(rows.GetValueOrDefault("created-at", "0001-01-01T00:00:00Z"), CultureInfo.InvariantCulture),
            rows.GetValueOrDefault("sqlite-version", "?"), counts);
    }

    private static void CheckIntegrity(SqliteConnection connection, string path)
    {
        var result = Scalar<string>(connection, "PRAGMA integrity_check");
        if (result != "ok") throw new BackupException($"'{path}' is damaged: {result}");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql) => SqliteDatabase.Scalar<T>(connection, sql);
}

/// <summary>What a backup holds: its format, when it was taken, the SQLite that wrote it and the rows per table.</summary>
public sealed record BackupManifest(int FormatVersion, DateTimeOffset CreatedAt, string SqliteVersion, IReadOnlyDictionary<string, long> Counts);

/// <summary>A backup or restore that cannot be done, with a message for the operator.</summary>
public sealed class BackupException : Exception
{
    public BackupException(string message) : base(message)
    {
    }

    public BackupException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
