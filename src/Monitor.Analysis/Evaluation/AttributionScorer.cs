using System.Text;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Evaluation;

/// <summary>
/// Scores extracted statements against gold ones. A prediction matches a gold statement when the
/// actor ids are equal (both null counts), the speakers are equal ignoring case, a leading article
/// and quote style, and the gold key phrase occurs in the predicted text. Pairs are made greedily
/// in text order, each prediction used once, so a duplicate prediction costs precision.
/// </summary>
public static class AttributionScorer
{
    public static AttributionScore Score(IEnumerable<(string ArticleId, IReadOnlyList<GoldAttribution> Expected, IReadOnlyList<ExtractedStatement> Predicted)> articles)
    {
        int matched = 0, predicted = 0, expected = 0, modes = 0, reports = 0;
        var misses = new List<string>();
        var spurious = new List<string>();
        foreach (var (articleId, gold, found) in articles)
        {
            predicted += found.Count;
            expected += gold.Count;
            var used = new bool[found.Count];
            foreach (var g in gold)
            {
                var index = -1;
                for (var i = 0; i < found.Count && index < 0; i++)
                    if (!used[i] && Matches(g, found[i])) index = i;
                if (index < 0)
                {
                    misses.Add($"{articleId}: expected [{g.Actor ?? "-"}] {g.Speaker}: …{g.Contains}…");
                    continue;
                }
                used[index] = true;
                matched++;
                if (g.Mode is null || string.Equals(g.Mode, found[index].Statement.Mode.ToString(), StringComparison.OrdinalIgnoreCase)) modes++;
                else misses.Add($"{articleId}: mode of …{g.Contains}… is {found[index].Statement.Mode}, expected {g.Mode}");
                if (g.IsReport == found[index].IsReport) reports++;
            }
            for (var i = 0; i < found.Count; i++)
            {
                if (used[i]) continue;
                var s = found[i];
                spurious.Add($"{articleId}: found [{s.Statement.Actor ?? "-"}] {s.Statement.Speaker} ({s.Trace.Rule}): {s.Statement.Text}");
            }
        }
        return new AttributionScore(matched, predicted, expected, modes, reports, misses, spurious);
    }

    public static bool Matches(GoldAttribution gold, ExtractedStatement found) =>
        string.Equals(gold.Actor, found.Statement.Actor, StringComparison.Ordinal)
        && string.Equals(NormaliseSpeaker(gold.Speaker), NormaliseSpeaker(found.Statement.Speaker ?? ""), StringComparison.Ordinal)
        && Normalise(found.Statement.Text).Contains(Normalise(gold.Contains), StringComparison.Ordinal);

    private static string NormaliseSpeaker(string speaker)
    {
        var text = Normalise(speaker);
        foreach (var article in new[] { "the ", "a ", "an " })
            if (text.StartsWith(article, StringComparison.Ordinal)) return text[article.Length..];
        return text;
    }

    /// <summary>Lower case, curly quotes and apostrophes made straight, runs of whitespace made one space.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString().Trim();
    }
}
