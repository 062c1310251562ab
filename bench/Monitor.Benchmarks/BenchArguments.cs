namespace Monitor.Benchmarks;

/// <summary>"--name value" options of the bench commands, with a default when absent or unreadable.</summary>
internal static class BenchArguments
{
    public static string OptionText(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    public static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }
}
