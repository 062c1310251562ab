using Monitor.Abstractions;
using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// The same event given different figures: "2,000 troops will leave" vs "20,000 troops will leave".
/// Figures about a state of affairs said weeks apart ("the union has 27 members" → 28), and figures the
/// later statement marks as changed ("rose to", "after the accession"), are change over time, not conflict,
/// unless the later one sets the earlier figure aside ("57, not 63 as said before"): that is a correction.
/// A claim that nobody was killed or lost against a count of the dead or missing for the same event or days
/// ("the whole crew was evacuated" → "one sailor was killed and 27 are missing") is the same conflict in other words.
/// Between two sources' reports the kind is <see cref="AlertKinds.ConflictingReports"/>.
/// </summary>
public sealed partial class NumberMismatchJudge(JudgeWeights weights) : IPairJudge
{
    private const double StateChangeDays = 14;

    public string Kind => AlertKinds.NumberMismatch;

    public PairFinding? Judge(PairContext pair)
    {
        if (pair.Relation is PairRelation.Unrelated or PairRelation.ClaimAboutOtherActor) return null;
        PairFinding? best = null;
        foreach (var c in pair.Comparisons)
        {
            if (TollFinding(pair, c) is { } toll && (best is null || toll.Score > best.Score)) best = toll;
            if (RevisionFinding(pair, c) is { } revision && (best is null || revision.Score > best.Score)) best = revision;
            // Figures for different periods ("rose 16% this year", "will rise 10% next year") are different events.
            // A figure the later claim puts aside as the earlier one ("57, not 63 as said before") is a correction of that
            // very claim, whatever else changed: the gates that tell one matter from another are already passed.
            if (c.NumberConflict is not { } conflict || c.Opposed || c.ChangeSignalled && !c.Corrects || c.DateConflict is not null) continue;
            if (!Counted(c.Earlier) || !Counted(c.Later)) continue;
            // "Will contact up to 400,000 consumers", then "will write to 693,665 consumers": a figure past the bound the same
            // actor set on the same counted thing breaks that bound, whatever verbs the two use.
            var boundBroken = conflict.Earlier.BoundBrokenBy(conflict.Later) && c.SharedTerms >= 2 && Claims.QuantityReader.CountsThings(conflict.Earlier.Unit);
            // Figures of different acts ("the cut amounts to a million barrels" vs "will cut output by 500,000 barrels") are different things.
            if (!c.PredicatesRelated && c.Similarity < 0.85 && !c.Corrects && !boundBroken) continue;
            if (c.Earlier.Modality == Modality.Fact && c.Later.Modality == Modality.Fact && pair.DaysApart > StateChangeDays && !c.Corrects) continue;
            if ((TallyGrew(pair, c, conflict) || Snapshot(pair, c)) && !c.Corrects) continue;
            var evidence = new JudgeEvidence("number-mismatch",
            [
                new("similarity", c.Similarity),
                new("termOverlap", c.TermOverlap),
                EvidenceTerm.Flag("samePredicate", c.SamePredicate),
                EvidenceTerm.Flag("twiceAsLarge", Ratio(conflict.Earlier.Value, conflict.Later.Value) >= 2),
                EvidenceTerm.Flag("corrects", c.Corrects),
                EvidenceTerm.Flag("boundBroken", boundBroken),
                EvidenceTerm.Flag("differentNames", c.DifferentNames),
            ]);
            var score = weights.Score(evidence);
            if (best is not null && best.Score >= score) continue;
            var (kind, headline) = pair.Relation == PairRelation.TwoReports
                ? (AlertKinds.ConflictingReports, $"{ExplanationWriter.Who(pair.Earlier.Statement)} and {ExplanationWriter.Who(pair.Later.Statement)} report different figures")
                : (AlertKinds.NumberMismatch, $"{ExplanationWriter.Who(pair.Later.Statement)} gave different figures for the same thing");
            best = new PairFinding(kind, score, ExplanationWriter.Write(headline, pair, conflict.Earlier.Text, conflict.Later.Text), c, evidence);
        }
        return best;
    }

    /// <summary>Acts whose count of people only grows while news comes in: the arrested, the dead, the rescued.</summary>
    private static readonly HashSet<string> TallyActs = new[]
    {
        "arrest", "detain", "kill", "die", "injure", "wound", "hurt", "rescue", "evacuate", "infect", "displace", "hospitalize",
        "hospitalise", "charge", "identify", "confirm", "recover", "find", "free", "release", "hold", "question", "deport",
    }.Select(Text.WordStem.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>States whose count of people only grows while news comes in: the ill, the dead, those taken to hospital.</summary>
    private static readonly HashSet<string> TallyStates = new[]
    {
        "ill", "sick", "sickened", "dead", "deaths", "died", "injured", "wounded", "hospital", "hospitalised", "hospitalized", "missing",
    }.Select(Text.WordStem.Of).ToHashSet(StringComparer.Ordinal);

    private static bool Tallied(Claim claim) => TallyActs.Contains(claim.Predicate) || claim.Terms.Any(TallyStates.Contains);

    /// <summary>
    /// "24 people had been arrested", two days later "60 people had been arrested"; "1,253 babies had fallen ill", then
    /// "6,244 infants had been made ill": a running tally said again with a larger figure on a later day has grown, as
    /// tallies do. A smaller one later ("the toll is now 253", after 359) takes back what was counted, and stays a conflict.
    /// </summary>
    private static bool TallyGrew(PairContext pair, ClaimComparison c, (Quantity Earlier, Quantity Later) conflict) =>
        pair.DaysApart >= 0.5 && conflict.Later.Value > conflict.Earlier.Value
        && Tallied(c.Earlier) && Tallied(c.Later)
        && Claims.QuantityReader.CountsThings(conflict.Earlier.Unit);

    /// <summary>
    /// "340 remained in hospital", two days later "1,327 were still in hospital": a count of how things stand at the
    /// moment of speaking, said on another day, tells how they stand then; up or down, it corrects nothing.
    /// </summary>
    private static bool Snapshot(PairContext pair, ClaimComparison c) =>
        pair.DaysApart >= 0.5 && StandingNow().IsMatch(c.Later.Text) && Tallied(c.Later);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:still|currently|at\s+present)\b|\b(?:remain|remains|remained|remaining)\s+(?:in|at|under|missing|unaccounted|hospitali[sz]ed|critical|trapped|detained|held)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StandingNow();

    /// <summary>
    /// A figure put forward as a count: said firmly, or hedged about what already happened ("about 100,000 customers may
    /// have been affected"), which is how a count is first given; not a forecast ("could reach 10,000"). An estimate
    /// hedges the figure, not the act ("sent probably a dozen centrifuges"): it is a count given as well as the speaker
    /// can, so long as no modal makes the act itself a forecast.
    /// </summary>
    private static bool Counted(Claim claim) =>
        claim.Modality is not (Modality.Possibility or Modality.Declined)
        || claim.Modality == Modality.Possibility && !claim.Conditional
           && (HedgedPast().IsMatch(claim.Text) || EstimatedFigure(claim.Text) && !ModalVerb().IsMatch(claim.Text));

    /// <summary>Whether a figure in the text is hedged by the speaker's own estimate: "probably a dozen", "perhaps about 200".</summary>
    private static bool EstimatedFigure(string text) =>
        Claims.QuantityReader.Read(text, []).Any(f => LastWord(text.AsSpan(0, f.Start)) is "probably" or "possibly" or "perhaps");

    private static string LastWord(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..].ToString().ToLowerInvariant();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:will|would|could|may|might|shall|should|can)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ModalVerb();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:may|might|could)\s+(?:not\s+)?have\s+(?:been|had|\w+(?:ed|en|wn))\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HedgedPast();

    // Tolls of one event are told days apart; undated ones further apart are more likely other events.
    private const double UndatedTollDays = 30;

    private PairFinding? TollFinding(PairContext pair, ClaimComparison c)
    {
        if (c.TollConflict is not { } toll) return null;
        if (c.Earlier.Modality is Modality.Possibility or Modality.Declined || c.Later.Modality is Modality.Possibility or Modality.Declined) return null;
        // With no dates on one side, only the words tie the two counts to one event.
        var dated = c.Earlier.Dates.Count > 0 && c.Later.Dates.Count > 0;
        if (!dated && (pair.DaysApart > UndatedTollDays || c.Similarity < 0.5 || c.SharedTerms == 0)) return null;
        var evidence = new JudgeEvidence("toll",
        [
            new("similarity", c.Similarity),
            new("termOverlap", c.TermOverlap),
            EvidenceTerm.Flag("dated", dated),
            EvidenceTerm.Flag("differentNames", c.DifferentNames),
        ]);
        var (kind, headline) = pair.Relation != PairRelation.SameActor
            ? (AlertKinds.ConflictingReports, $"{ExplanationWriter.Who(pair.Earlier.Statement)} and {ExplanationWriter.Who(pair.Later.Statement)} disagree on whether anyone was killed or lost")
            : toll.Earlier.Count == 0
                ? (AlertKinds.NumberMismatch, $"{ExplanationWriter.Who(pair.Later.Statement)} said nobody was killed or lost, then {Counted(toll.Later)}")
                : (AlertKinds.NumberMismatch, $"{ExplanationWriter.Who(pair.Later.Statement)} {Counted(toll.Earlier)}, then said nobody was killed or lost");
        return new PairFinding(kind, weights.Score(evidence), ExplanationWriter.Write(headline, pair, toll.Earlier.Text, toll.Later.Text), c, evidence);
    }

    private static string Counted(Toll toll) =>
        toll.Count is { } count ? $"counted {count:0.##} dead or missing" : "said there were dead or missing";

    /// <summary>Verbs that revise a figure: "cut its estimate", "raised the rating", "reduced its claim".</summary>
    private static readonly HashSet<string> RevisingVerbs = new(StringComparer.Ordinal)
    {
        "cut", "cuts", "reduced", "reduces", "lowered", "lowers", "raised", "raises", "revised", "revises", "increased", "increases",
        "trimmed", "slashed", "lifted", "upgraded", "downgraded", "scaled", "halved", "doubled",
    };

    /// <summary>Nouns for a figure someone puts on a matter, as against a level or count that moves by itself.</summary>
    private static readonly HashSet<string> AssessmentNouns = new(StringComparer.Ordinal)
    {
        "estimate", "estimates", "forecast", "forecasts", "projection", "projections", "rating", "ratings", "claim", "claims",
        "demand", "demands", "guidance", "valuation", "assessment", "bill", "compensation",
    };

    /// <summary>
    /// "Cut its profit estimate to 5.2 trillion won from 7.8 trillion", "raised the accident's rating to level 7", "reduced
    /// its compensation demand to $550 million": the actor puts a new figure on what it had put a figure on before. A
    /// count that grows as news comes in ("the toll rose to 154") or a rate moved by policy names no assessment and is
    /// left to the other rules.
    /// </summary>
    private PairFinding? RevisionFinding(PairContext pair, ClaimComparison c)
    {
        if (pair.Relation != PairRelation.SameActor || c.Earlier.Quantities.Count == 0 || c.Later.Quantities.Count == 0) return null;
        if (c.Earlier.Modality is Modality.Possibility or Modality.Declined || c.Later.Modality is Modality.Possibility or Modality.Declined) return null;
        var words = Text.ClaimKey.Words(c.Later.Text).ToArray();
        var revises = false;
        for (var i = 0; i < words.Length && !revises; i++)
        {
            if (!RevisingVerbs.Contains(words[i])) continue;
            for (var j = i + 1; j < Math.Min(words.Length, i + 7); j++)
                if (AssessmentNouns.Contains(words[j])) revises = true;
        }
        // A tally said outright to be done again ("the corrected results") is a revision in so many words.
        var recounted = RecountNamed(words);
        if (!revises && !recounted) return null;
        var earlierValues = c.Earlier.Quantities.Select(q => q.Value).ToHashSet();
        var fresh = c.Later.Quantities.FirstOrDefault(q => !earlierValues.Contains(q.Value) && c.Earlier.Quantities.Any(e => e.Unit == q.Unit));
        if (fresh is null) return null;
        // The later names the earlier figure as the one it replaces ("from the 7.8 trillion won it gave"), or both speak of one matter.
        var namesTheOld = c.Later.Quantities.Any(q => earlierValues.Contains(q.Value) && q.Value != fresh.Value);
        // A step on a named scale ("level 4", then "level 7") is what a rating is; two claims rarely share one by chance.
        var onOneScale = Claims.QuantityReader.IsScaleStep(fresh.Unit);
        if (!namesTheOld && (c.DateConflict is not null || c.SharedTerms == 0 || c.Similarity < (onOneScale || recounted ? 0.3 : 0.5) || c.DifferentNames)) return null;
        var old = c.Earlier.Quantities.First(q => q.Unit == fresh.Unit);
        var evidence = new JudgeEvidence("revised-figure",
        [
            new("similarity", c.Similarity),
            new("termOverlap", c.TermOverlap),
            EvidenceTerm.Flag("namesTheOldOrScale", namesTheOld || onOneScale),
            EvidenceTerm.Flag("recounted", recounted),
            EvidenceTerm.Flag("differentNames", c.DifferentNames),
        ]);
        var headline = $"{ExplanationWriter.Who(pair.Later.Statement)} put a new figure on the same thing";
        return new PairFinding(AlertKinds.NumberMismatch, weights.Score(evidence), ExplanationWriter.Write(headline, pair, old.Text, fresh.Text), c, evidence);
    }

    private static readonly HashSet<string> CorrectingWords = new(StringComparer.Ordinal) { "corrected", "revised", "amended", "new" };

    private static readonly HashSet<string> TallyNouns = new(StringComparer.Ordinal) { "count", "tally", "totals", "results", "figures" };

    /// <summary>
    /// "Under the new count Barrow won 227,708 votes", "the corrected results", "after a recount": the same tally done
    /// again, so a figure in it replaces the one first given. A bare "new figures" may be news of a new period, so "new"
    /// counts only before "count" or "tally".
    /// </summary>
    private static bool RecountNamed(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "recount" or "recounted") return true;
            if (!CorrectingWords.Contains(words[i])) continue;
            for (var j = i + 1; j < Math.Min(words.Length, i + 3); j++)
                if (words[i] == "new" ? words[j] is "count" or "tally" : TallyNouns.Contains(words[j])) return true;
        }
        return false;
    }

    // A figure off by a factor of two or more cannot be rounding or a loose estimate.
    private static decimal Ratio(decimal a, decimal b)
    {
        var (low, high) = (Math.Min(Math.Abs(a), Math.Abs(b)), Math.Max(Math.Abs(a), Math.Abs(b)));
        return low == 0 ? decimal.MaxValue : high / low;
    }
}
