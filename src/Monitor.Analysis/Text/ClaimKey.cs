using System.Text;

namespace Monitor.Analysis.Text;

/// <summary>
/// The words of a text the way every comparison in Monitor sees them: lower case, punctuation
/// dropped, curly apostrophes made straight, so "Beijing’s" and "beijing's" are one word.
/// </summary>
public static class ClaimKey
{
    public static IEnumerable<string> Words(string text)
    {
        var current = new StringBuilder();
        foreach (var raw in text)
        {
            var c = raw == '\u2019' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || (c == '\'' && current.Length > 0))
            {
                current.Append(c);
                continue;
            }
            if (current.Length > 0) yield return Flush(current);
        }
        if (current.Length > 0) yield return Flush(current);
    }

    private static string Flush(StringBuilder current)
    {
        var word = current.ToString().TrimEnd('\'');
        current.Clear();
        return word;
    }
}
