using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// The embedded database: one file in WAL mode, one writer thread. Microsoft.Data.Sqlite runs its
/// "async" calls synchronously, so every statement runs here, off the Orleans scheduler. Writes
/// queue on a channel; the writer commits whatever is queued in one transaction (each write in its
/// own savepoint, so one failure does not undo the others), then completes the callers — a write
/// is durable when its task completes. Reads run on the thread pool with their own connections
/// (WAL readers never block the writer); an in-memory database reads through the writer instead.
/// Background writes (webhook bookkeeping) queue apart and only fill what room a batch has left, so a
/// burst of deliveries never stands in front of a statement or an alert.
/// </summary>
public sealed class SqliteDatabase : IAsyncDisposable, IStorageHealth
{
    private readonly Channel<PendingWork> _queue = Channel.CreateUnbounded<PendingWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<PendingWork> _background = Channel.CreateUnbounded<PendingWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly string _connectionString;
    private readonly bool _inMemory;
    private readonly int _maxBatch;
    private readonly Thread _writer;
    private readonly SqliteConnection _writeConnection;

    public SqliteDatabase(SqliteStorageOptions options)
    {
        _inMemory = options.DatabasePath is null;
        _maxBatch = Math.Max(1, options.MaxBatch);
        if (_inMemory)
        {
            _connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = $"monitor-{Guid.NewGuid():N}",
                Mode = SqliteOpenMode.Memory,
                Cache = SqliteCacheMode.Shared,
            }.ToString();
        }
        else
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath!));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            _connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = options.DatabasePath,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Cache = SqliteCacheMode.Private,
                DefaultTimeout = 30,
            }.ToString();
        }

        _writeConnection = new SqliteConnection(_connectionString);
        _writeConnection.Open();
        Execute(_writeConnection, $"PRAGMA journal_mode=WAL; PRAGMA synchronous={SanitizeSynchronous(options.Synchronous)}; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=OFF;");
        SqliteSchema.Create(_writeConnection);

        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "monitor-sqlite-writer" };
        _writer.Start();
    }

    /// <summary>Runs <paramref name="work"/> inside the writer's next transaction; completes once it is committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken = default) =>
        Enqueue(_queue, work, cancellationToken);

    /// <summary>Like <see cref="WriteAsync{T}"/>, for work that may wait behind the ingest path.</summary>
    public Task<T> WriteInBackgroundAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken = default) =>
        Enqueue(_background, work, cancellationToken);

    private static Task<T> Enqueue<T>(Channel<PendingWork> queue, Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingWork<T>(work);
        if (!queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(SqliteDatabase));
        return pending.Task;
    }

    public Task<T> ReadAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken = default)
    {
        if (_inMemory) return WriteAsync(work, cancellationToken);
        return Task.Run(() =>
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            return work(connection);
        }, cancellationToken);
    }

    /// <summary>True when the database answers a trivial query.</summary>
    public string Store => "sqlite";

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await ReadAsync(c => Scalar<long>(c, "SELECT 1") == 1, cancellationToken);
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        _background.Writer.TryComplete();
        await Task.Run(() => _writer.Join());
        _writeConnection.Dispose();
    }

    private void WriteLoop()
    {
        var batch = new List<PendingWork>(_maxBatch);
        while (WaitForWork())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var next)) batch.Add(next);
            while (batch.Count < _maxBatch && _background.Reader.TryRead(out var next)) batch.Add(next);
            if (batch.Count == 0) continue;
            Commit(batch);
        }
    }

    /// <summary>Blocks the writer thread until either queue has work; false once both are closed and empty.</summary>
    private bool WaitForWork()
    {
        var main = _queue.Reader.WaitToReadAsync().AsTask();
        var background = _background.Reader.WaitToReadAsync().AsTask();
        Task.WhenAny(main, background).GetAwaiter().GetResult();
        if (main.IsCompleted && main.Result) return true;
        if (background.IsCompleted && background.Result) return true;
        return main.GetAwaiter().GetResult() | background.GetAwaiter().GetResult();
    }

    private void Commit(List<PendingWork> batch)
    {
        try
        {
            using (var transaction = _writeConnection.BeginTransaction())
            {
                foreach (var work in batch)
                {
                    transaction.Save("w");
                    try
                    {
                        work.Run(_writeConnection);
                        transaction.Release("w");
                    }
                    catch (Exception exception)
                    {
                        transaction.Rollback("w");
                        transaction.Release("w");
                        work.Fail(exception);
                    }
                }
                transaction.Commit();
            }
            foreach (var work in batch) work.Complete();
        }
        catch (Exception exception)
        {
            foreach (var work in batch) work.Fail(exception);
        }
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static T Scalar<T>(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var result = command.ExecuteScalar();
        return result is null or DBNull ? default! : (T)Convert.ChangeType(result, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string SanitizeSynchronous(string value) =>
        value.ToUpperInvariant() switch
        {
            "OFF" or "NORMAL" or "FULL" or "EXTRA" => value.ToUpperInvariant(),
            _ => throw new ArgumentException($"Unknown SQLite synchronous mode '{value}' (use OFF, NORMAL, FULL or EXTRA)."),
        };

    private abstract class PendingWork
    {
        public abstract void Run(SqliteConnection connection);
        public abstract void Complete();
        public abstract void Fail(Exception exception);
    }

    private sealed class PendingWork<T>(Func<SqliteConnection, T> work) : PendingWork
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private bool _failed;

        public Task<T> Task => _completion.Task;

        public override void Run(SqliteConnection connection) => _result = work(connection);

        public override void Complete()
        {
            if (!_failed) _completion.TrySetResult(_result!);
        }

        public override void Fail(Exception exception)
        {
            _failed = true;
            _completion.TrySetException(exception);
        }
    }
}
