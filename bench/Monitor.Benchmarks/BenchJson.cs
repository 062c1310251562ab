using System.Text.Json;

namespace Monitor.Benchmarks;

/// <summary>
/// "--json FILE": a bench command's figures as one JSON object, so runs compare by name and the README's table is
/// written from a file rather than copied from a console. The figures that compare across commands carry these names.
/// </summary>
internal static class BenchJson
{
    public const string StatementsPerSecondBatched = "statements_per_s_batched";
    public const string StatementsPerSecondSingle = "statements_per_s_single";
    public const string StatementsPerSecondEmbeddings = "statements_per_s_embeddings";
    public const string DocumentsPerSecond = "documents_per_s";
    public const string BytesPerStatement = "bytes_per_statement";
    public const string NthVsTenthRatio = "nth_vs_10th_ratio";
    public const string FailoverP99Seconds = "failover_p99_s";
    public const string WebhookP99Milliseconds = "webhook_p99_ms";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The file named by --json, or null when the option is absent.</summary>
    public static string? FileFrom(string[] args) => BenchArguments.OptionText(args, "--json", "") is { Length: > 0 } path ? path : null;

    /// <summary>Writes <paramref name="figures"/> to <paramref name="path"/> when one was given; says where.</summary>
    public static async Task WriteAsync<T>(string? path, T figures, CancellationToken cancellationToken = default)
    {
        if (path is null) return;
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(figures, Indented), cancellationToken);
        Console.WriteLine($"written to {path}");
    }
}
