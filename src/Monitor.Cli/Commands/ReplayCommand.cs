using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Abstractions;
using Monitor.Hosting;
using Monitor.Hosting.Configuration;
using Monitor.Hosting.Ingestion;

namespace Monitor.Cli.Commands;

/// <summary>
/// `monitor replay`: reads replay records in order through an in-process silo and writes what they
/// produced as JSON lines. Bad lines are reported on standard error with their number and skipped;
/// the exit code is 1 when any line was bad.
/// </summary>
public static class ReplayCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Replay file, or - for standard input", Required = true };
        var output = new Option<string?>("--output") { Description = "Output file (default: standard output)" };
        var data = new Option<string?>("--data") { Description = "Keep the store in this folder (default: in memory)" };
        var command = new Command("replay", "Replay actor, topic and statement records; print statements and alerts") { input, output, data };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(data), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string input, string? output, string? data, CancellationToken cancellationToken)
    {
        using var reader = input == "-" ? new StreamReader(Console.OpenStandardInput()) : OpenInput(input);
        if (reader is null) return 2;
        await using var writer = output is null ? new StreamWriter(Console.OpenStandardOutput()) : new StreamWriter(output, append: false);
        var bad = await ReplayAsync(reader, writer, data, cancellationToken);
        await writer.FlushAsync(cancellationToken);
        return bad == 0 ? 0 : 1;
    }

    /// <summary>
    /// The one replay path: `monitor replay` and `monitor eval corpus` both come here, so a corpus is
    /// scored on exactly what `replay` would have written. Bad lines go to standard error; returns
    /// how many there were. <paramref name="services"/> adds the caller's own services to the silo
    /// (the evaluation's candidate observer), which watch and change nothing of the output.
    /// </summary>
    public static async Task<int> ReplayAsync(TextReader reader, TextWriter writer, string? data, CancellationToken cancellationToken,
        Action<IServiceCollection>? services = null)
    {
        var options = MonitorDefaults.Load();
        options.InMemory = data is null;
        options.Data = data ?? "./data";
        options.NoSample = true;
        options.Synchronous = "NORMAL";
        await using var silo = await InProcessSilo.StartAsync(options, LogLevel.Error, cancellationToken, services);
        var replay = silo.Get<ReplayApplier>();
        await replay.StartAfterExistingAlertsAsync(cancellationToken);

        var bad = 0;
        await foreach (var record in ReplayReader.ReadAsync(reader, cancellationToken))
        {
            var step = await replay.ApplyAsync(record, cancellationToken);
            if (step.Error is not null)
            {
                bad++;
                await Console.Error.WriteLineAsync($"line {record.Line}: {step.Error}");
                continue;
            }
            foreach (var statement in step.Statements) await WriteAsync(writer, OutputRecords.Statement(statement));
            foreach (var alert in step.Alerts) await WriteAsync(writer, OutputRecords.Alert(alert));
        }
        return bad;
    }

    private static StreamReader? OpenInput(string path)
    {
        if (File.Exists(path)) return new StreamReader(path);
        Console.Error.WriteLine($"monitor: no such file '{path}'");
        return null;
    }

    private static Task WriteAsync(TextWriter writer, object record) =>
        writer.WriteLineAsync(JsonSerializer.Serialize(record, MonitorJson.Options));
}
