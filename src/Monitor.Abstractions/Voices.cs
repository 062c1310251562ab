using System.Text;

namespace Monitor.Abstractions;

/// <summary>
/// Speakers no tracked actor claims — news outlets reporting, people not in the registry — still
/// have their statements kept, in a log of their own: a "voice", keyed "~src-…" for an outlet and
/// "~who-…" for anyone else. Their statements have no actor, so nothing is ever put in an actor's mouth.
/// </summary>
public static class Voices
{
    public const string Prefix = "~";

    public static bool IsVoice(string key) => key.StartsWith(Prefix, StringComparison.Ordinal);

    public static bool IsReportVoice(string key) => key.StartsWith("~src-", StringComparison.Ordinal);

    public static string KeyFor(string? speaker, bool isReport)
    {
        var slug = new StringBuilder();
        foreach (var c in (speaker ?? "unknown").ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= 56) break;
        }
        var name = slug.ToString().Trim('-');
        return (isReport ? "~src-" : "~who-") + (name.Length == 0 ? "unknown" : name);
    }
}
