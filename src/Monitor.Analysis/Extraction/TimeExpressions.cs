using System.Collections.Frozen;

namespace Monitor.Analysis.Extraction;

/// <summary>Recognises the time phrases that sit between a cue and its content ("said on Thursday that").</summary>
internal static class TimeExpressions
{
    private static readonly FrozenSet<string> Units = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "week", "month", "year", "night", "weekend", "morning", "evening", "afternoon" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Single = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "earlier", "later", "yesterday", "today", "tonight", "previously", "again", "also", "recently" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Index of the first token after any time phrases starting at <paramref name="i"/>.</summary>
    public static int Skip(IReadOnlyList<Token> tokens, int i)
    {
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (!t.IsWord || t.InQuote) return i;
            if (Single.Contains(t.Text) && !t.IsCapitalised) { i++; continue; }
            // "said Friday", "announced Monday morning"
            if (Lexicon.Weekdays.Contains(t.Text))
            {
                i++;
                if (i < tokens.Count && Units.Contains(tokens[i].Text)) i++;
                continue;
            }
            if (i + 1 >= tokens.Count) return i;
            var next = tokens[i + 1];
            if ((t.Is("on") || t.Is("last") || t.Is("this") || t.Is("next")) && (Lexicon.Weekdays.Contains(next.Text) || Units.Contains(next.Text) || Lexicon.MonthSet.Contains(next.Text)))
            {
                i += 2;
                // "on March 3", "on Monday night"
                if (i < tokens.Count && (char.IsDigit(tokens[i].Text[0]) || Units.Contains(tokens[i].Text))) i++;
                continue;
            }
            if (t.Is("in") && (Lexicon.MonthSet.Contains(next.Text) || next.Text.Length == 4 && next.Text.All(char.IsDigit)))
            {
                i += 2;
                continue;
            }
            return i;
        }
        return i;
    }
}
