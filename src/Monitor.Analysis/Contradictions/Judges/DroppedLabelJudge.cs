using System.Text.RegularExpressions;
using Monitor.Abstractions;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// An actor described something with a word, then dropped the word: "the rise is expected to be transitory" →
/// "we should stop describing inflation as transitory"; "a limited operation" → "we no longer call it a limited
/// operation". Taking a label back says the earlier description no longer holds, though the retraction shares
/// nothing with it but the label, so the label is read from the retraction itself.
/// </summary>
public sealed partial class DroppedLabelJudge(JudgeWeights weights) : IPairJudge
{
    public string Kind => AlertKinds.NegatedClaim;

    // "stop describing inflation as transitory", "no longer regard the talks as constructive", "ceased calling it a 'crisis'".
    [GeneratedRegex(@"\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|quit|no\s+longer)\s+(?:describ\w*|call\w*|label\w*|characteri[sz]\w*|refer\w*\s+to|regard\w*|consider\w*|see[sn]?|seeing|view\w*)\s+(?:[\p{L}\d'-]+\s+){0,6}?as\s+(?:an?\s+|the\s+)?[""“‘']?(?<label>[\p{L}-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StopsDescribing();

    // "drop the word 'transitory'", "retired the term transitory", "stop using the label 'temporary'".
    [GeneratedRegex(@"\b(?:drop|drops|dropped|dropping|retire|retires|retired|retiring|abandon|abandons|abandoned|abandoning|(?:stop|stops|stopped|no\s+longer)\s+using)\s+the\s+(?:word|term|label|description)\s+[""“‘']?(?<label>[\p{L}-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DropsTheWord();

    /// <summary>Labels too short or too common to stand for a description of their own.</summary>
    private const int ShortestLabel = 5;

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "no", "never", "nor", "neither", "hardly" };

    public PairFinding? Judge(PairContext pair)
    {
        if (pair.Relation != PairRelation.SameActor) return null;
        // "No longer regards it as isolated" is read as a denial, and is the retraction itself; an earlier denial describes nothing.
        if (pair.Earlier.Statement.Mode is StatementMode.Deny) return null;
        if (DroppedLabel(pair.Later.Statement.Text) is not { } label) return null;
        if (DescribedWith(pair.Earlier.Statement.Text, label) is not { } used) return null;
        // The earlier side must not itself be taking the word back.
        if (DroppedLabel(pair.Earlier.Statement.Text) is not null) return null;
        var evidence = pair.Comparisons.FirstOrDefault(c => c.Earlier.Text.Contains(used, StringComparison.OrdinalIgnoreCase));
        var headline = $"{ExplanationWriter.Who(pair.Later.Statement)} described it as '{used}', then dropped the word";
        var weighed = new JudgeEvidence("dropped-label", []);
        return new PairFinding(Kind, weights.Score(weighed), ExplanationWriter.Write(headline, pair, used, label), evidence, weighed);
    }

    /// <summary>The word the text says is no longer to be used, lower case; null when it drops none.</summary>
    public static string? DroppedLabel(string text)
    {
        var match = StopsDescribing().Match(text) is { Success: true } described ? described : DropsTheWord().Match(text);
        if (!match.Success) return null;
        var label = match.Groups["label"].Value.ToLowerInvariant();
        return label.Length >= ShortestLabel ? label : null;
    }

    /// <summary>The label's words in the text, each with its stem, said as a description and not denied ("not transitory"); null when absent.</summary>
    private static string? DescribedWith(string text, string label)
    {
        var stems = ClaimKey.Words(label).Select(WordStem.Of).ToArray();
        var words = ClaimKey.Words(text).ToArray();
        for (var i = 0; i + stems.Length <= words.Length; i++)
        {
            if (!stems.Select((stem, k) => WordStem.Of(words[i + k]) == stem).All(same => same)) continue;
            var denied = false;
            for (var j = Math.Max(0, i - 4); j < i; j++)
                denied |= Negators.Contains(words[j]) || words[j].EndsWith("n't", StringComparison.Ordinal);
            if (!denied) return string.Join(' ', words[i..(i + stems.Length)]);
        }
        return null;
    }
}
