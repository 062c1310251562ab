using System.CommandLine;
using Monitor.Storage.Sqlite;

namespace Monitor.Cli.Commands;

/// <summary>
/// `monitor backup` and `monitor restore`: the embedded store copied out while the service runs, and written
/// back into a folder a service is then started on. A cluster keeps its data in Redis, which has its own
/// snapshots (docs/operations.md).
/// </summary>
public static class BackupCommand
{
    public static Command CreateBackup()
    {
        var data = new Option<string>("--data") { Description = "The service's data folder (monitor.db inside)", Required = true };
        var output = new Option<string>("--output") { Description = "The backup file to write", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the output file when it exists" };
        var command = new Command("backup", "Copy the embedded store to one file, consistent even while the service writes") { data, output, force };
        command.SetAction((parse, cancellationToken) => BackupAsync(parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(force), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static Command CreateRestore()
    {
        var input = new Option<string>("--input") { Description = "A file `monitor backup` wrote", Required = true };
        var data = new Option<string>("--data") { Description = "The data folder to restore into (empty, unless --force)", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the store in a folder that is not empty (stop the service first)" };
        var command = new Command("restore", "Write a backup into a data folder to start a service on") { input, data, force };
        command.SetAction((parse, cancellationToken) => RestoreAsync(parse.GetValue(input)!, parse.GetValue(data)!, parse.GetValue(force), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static async Task<int> BackupAsync(string data, string output, bool force, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            var manifest = await SqliteBackup.BackupAsync(data, output, force, DateTimeOffset.UtcNow, cancellationToken);
            await stdout.WriteLineAsync($"backed up {Describe(manifest)} to {output}");
            return 0;
        }
        catch (BackupException exception)
        {
            await stderr.WriteLineAsync($"monitor: {exception.Message}");
            return 2;
        }
    }

    public static async Task<int> RestoreAsync(string input, string data, bool force, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            var manifest = await SqliteBackup.RestoreAsync(input, data, force, cancellationToken);
            await stdout.WriteLineAsync($"restored {Describe(manifest)} from the backup of {manifest.CreatedAt:u} into {data}");
            return 0;
        }
        catch (BackupException exception)
        {
            await stderr.WriteLineAsync($"monitor: {exception.Message}");
            return 2;
        }
    }

    private static string Describe(BackupManifest manifest) =>
        $"{manifest.Counts.GetValueOrDefault("statements")} statements, {manifest.Counts.GetValueOrDefault("alerts")} alerts, " +
        $"{manifest.Counts.GetValueOrDefault("actors")} actors, {manifest.Counts.GetValueOrDefault("subscriptions")} subscriptions";
}
