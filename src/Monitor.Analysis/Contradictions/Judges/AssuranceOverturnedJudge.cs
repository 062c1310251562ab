using Monitor.Abstractions;
using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// An actor vouches for a thing, then within weeks says it is failing: "our balance sheet, liquidity and capital remain
/// strong" → "our liquidity position had significantly deteriorated"; "the exchange is fine" → "the exchange filed for
/// bankruptcy". The two rarely share a verb or read alike, so the judge reads the shape each claim says its thing is in
/// (<see cref="ConditionReader"/>) and asks that both speak of one thing. Said further apart than
/// <see cref="Window"/>, a thing that was sound may since have failed, and the turn is news rather than a claim taken back.
/// A failing thing said sound later is a recovery, never an alert.
/// </summary>
public sealed class AssuranceOverturnedJudge(JudgeWeights weights) : IPairJudge
{
    /// <summary>How soon a failure must follow the assurance for the assurance to have been wrong when given.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public string Kind => AlertKinds.NegatedClaim;

    public PairFinding? Judge(PairContext pair)
    {
        if (pair.Relation != PairRelation.SameActor || pair.DaysApart > Window.TotalDays) return null;
        // Each claim is read once, not once per comparison it takes part in.
        var sound = Readings(pair.Earlier, Soundness.Sound);
        var failingClaims = Readings(pair.Later, Soundness.Failing);
        if (sound.Count == 0 || failingClaims.Count == 0) return null;
        PairFinding? best = null;
        foreach (var c in pair.Comparisons)
        {
            if (c.DifferentNames || c.Earlier.Conditional || c.Later.Conditional) continue;
            if (!sound.TryGetValue(c.Earlier, out var vouched) || !failingClaims.TryGetValue(c.Later, out var failing)) continue;
            var shared = vouched.Thing.Count(failing.Thing.Contains);
            if (shared == 0 || NamesAnother(failing.Thing, c.Later, c.Earlier)) continue;
            // A failure that ends the thing ("filed for bankruptcy") needs no likeness of wording to overturn "we are fine".
            var evidence = new JudgeEvidence("assurance-overturned",
            [
                new("similarity", c.Similarity),
                new("sharedMatter", Math.Min(shared, 2)),
                EvidenceTerm.Flag("terminal", ConditionReader.IsTerminal(failing.Word)),
            ]);
            var score = weights.Score(evidence);
            if (best is not null && best.Score >= score) continue;
            var headline = $"{ExplanationWriter.Who(pair.Later.Statement)} vouched for it, then said it was failing";
            best = new PairFinding(Kind, score, ExplanationWriter.Write(headline, pair, c.Earlier.Cue, c.Later.Cue), c, evidence);
        }
        return best;
    }

    /// <summary>
    /// The firm claims of a statement that say their thing is in the given shape, by claim (compared by reference). A step
    /// decided ("would borrow … to shore up its liquidity") says a thing is failing as plainly as a fact.
    /// </summary>
    private static Dictionary<Claim, (Soundness Soundness, IReadOnlySet<string> Thing, string Word)> Readings(AnalyzedStatement statement, Soundness shape)
    {
        var readings = new Dictionary<Claim, (Soundness, IReadOnlySet<string>, string)>(ReferenceEqualityComparer.Instance);
        foreach (var claim in statement.Claims)
        {
            if (claim.Modality is not (Modality.Fact or Modality.Commitment)) continue;
            if (ConditionReader.Read(claim, statement) is { } reading && reading.Soundness == shape) readings[claim] = reading;
        }
        return readings;
    }

    /// <summary>
    /// "Our economy remains strong", then "Russia's economy has weakened": the failing thing carries a name the assurance
    /// never spoke of, so it is someone else's.
    /// </summary>
    private static bool NamesAnother(IReadOnlySet<string> thing, Claim later, Claim earlier)
    {
        var earlierTerms = earlier.Terms.ToHashSet(StringComparer.Ordinal);
        var words = later.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].Length == 0 || !char.IsUpper(words[i][0])) continue;
            foreach (var word in Text.ClaimKey.Words(words[i]))
            {
                var stem = Text.WordStem.Of(word);
                if (thing.Contains(stem) && !earlierTerms.Contains(stem)) return true;
            }
        }
        return false;
    }
}
