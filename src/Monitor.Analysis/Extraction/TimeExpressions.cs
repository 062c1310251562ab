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
            // "said late on Wednesday", "announced early Friday": the part of the day before its date.
            if ((t.Is("late") || t.Is("early")) && !t.IsCapitalised
                && (next.Is("on") || next.Is("last") || next.Is("this") || next.Is("in") || Lexicon.Weekdays.Contains(next.Text)))
            {
                i++;
                continue;
            }
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
            // "said two weeks ago that", "had said 10 days earlier that": a count of units back.
            if (i + 2 < tokens.Count && !t.IsCapitalised && (Counts.Contains(t.Text) || t.Text.All(char.IsDigit))
                && CountedUnits.Contains(next.Text) && (tokens[i + 2].Is("ago") || tokens[i + 2].Is("earlier")))
            {
                i += 3;
                continue;
            }
            return i;
        }
        return i;
    }

    private static readonly FrozenSet<string> Counts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> CountedUnits = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a month that make it a date: "in May", "last March", "the June deadline".</summary>
    private static readonly FrozenSet<string> DateLeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "since", "until", "till", "by", "from", "last", "next", "early", "late", "mid", "before", "after", "during",
        "through", "between", "of", "to", "this", "that", "the", "a", "and", "or", "each", "every",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the word names a day or a month, rather than a person who shares a month's name: "Theresa May asked",
    /// "May said", "May's deal" are a speaker; "in May", "May 5", "the May vote" are dates.
    /// </summary>
    public static bool IsCalendarWord(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (Lexicon.Weekdays.Contains(t.Text)) return true;
        if (!Lexicon.MonthSet.Contains(t.Bare)) return false;
        if (!t.IsCapitalised) return true;
        if (i > 0 && tokens[i - 1].IsWord && DateLeads.Contains(tokens[i - 1].Text)) return true;
        if (i + 1 < tokens.Count && tokens[i + 1].IsWord && char.IsDigit(tokens[i + 1].Text[0])) return true;
        // After a given name, or owning something, it is a surname.
        if (i > 0 && tokens[i - 1].IsCapitalised && !Lexicon.MonthSet.Contains(tokens[i - 1].Text) && !Lexicon.Weekdays.Contains(tokens[i - 1].Text)) return false;
        if (!t.Bare.Equals(t.Text, StringComparison.Ordinal)) return false;
        // Alone before a verb of its own: "May said", "May requested an extension".
        var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
        return !(next.IsWord && !next.IsCapitalised && (next.Text.EndsWith("ed", StringComparison.Ordinal) || SaidForms.Contains(next.Text)));
    }

    private static readonly FrozenSet<string> SaidForms = new HashSet<string>(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "wrote", "writes", "met", "sent", "made", "gave", "took", "will", "would", "has", "had", "is", "was",
    }.ToFrozenSet(StringComparer.Ordinal);
}
