using Monitor.Analysis.Contradictions.Judges;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// Decides whether the later of two statements contradicts the earlier: gates on who said them
/// (<see cref="PairRelation"/>) and how far apart, compares their claims, asks every typed judge, and
/// keeps the best finding that clears its kind's threshold.
/// </summary>
public sealed class PairDecider(ContradictionOptions options)
{
    private readonly IReadOnlyList<IPairJudge> _judges = JudgesWeighedBy(options.JudgeWeights ?? JudgeWeights.Shipped);

    private static IReadOnlyList<IPairJudge> JudgesWeighedBy(JudgeWeights weights) =>
    [
        new NegatedClaimJudge(weights),
        new DenialOfReportJudge(weights),
        new ConflictingReportsJudge(weights),
        new NumberMismatchJudge(weights),
        new DateMismatchJudge(weights),
        new SoftenedJudge(weights),
        new AdmissionJudge(weights),
        new DroppedLabelJudge(weights),
        new AssuranceOverturnedJudge(weights),
    ];

    public ContradictionOptions Options => options;

    public PairDecision Decide(AnalyzedStatement earlier, AnalyzedStatement later)
    {
        var (findings, relation, reason) = Weigh(earlier, later);
        if (reason is not null) return new PairDecision(null, null, relation, reason);
        PairFinding? best = null;
        PairFinding? strongest = null;
        foreach (var finding in findings)
        {
            if (strongest is null || finding.Score > strongest.Score) strongest = finding;
            if (finding.Score < options.ThresholdOf(finding.Kind)) continue;
            if (best is null || finding.Score > best.Score) best = finding;
        }
        return new PairDecision(best, strongest, relation, best is null ? "no claim pair conflicts strongly enough" : null);
    }

    /// <summary>
    /// Every judge's finding on the pair, whatever its score, or the reason no judge was asked (the pair's relation,
    /// the time between, one document, a declined comment). Training reads these to learn the judges' weights.
    /// </summary>
    public (IReadOnlyList<PairFinding> Findings, PairRelation Relation, string? Reason) Weigh(AnalyzedStatement earlier, AnalyzedStatement later)
    {
        var relation = PairRelations.Of(earlier, later);
        if (relation == PairRelation.Unrelated)
            return ([], relation, "different actors, and neither is a report about the other");
        var apart = (later.Statement.SaidAt - earlier.Statement.SaidAt).Duration();
        if (apart > options.MaxApart)
            return ([], relation, $"said {apart.TotalDays:F0} days apart, beyond the {options.MaxApart.TotalDays:F0}-day window");
        // One speaker's sentences in one article elaborate one position; they are read together, not against each other.
        // Two voices in one article (a report and the actor's denial of it) are a dispute that article already tells its
        // reader; an alert is for a statement that contradicts one already on record.
        if (StatementOrder.SameDocument(earlier.Statement, later.Statement))
            return ([], relation, relation == PairRelation.SameActor
                ? "both said in the same document by the same actor"
                : "both in the same document: a dispute the article itself reports");
        if (earlier.Declines || later.Declines)
            return ([], relation, "one side declines to comment, which asserts nothing");

        var context = new PairContext(earlier, later, relation, ClaimComparer.Compare(earlier, later).ToArray(), apart.TotalDays);
        var findings = new List<PairFinding>();
        foreach (var judge in _judges)
            if (judge.Judge(context) is { } finding) findings.Add(finding);
        return (findings, relation, null);
    }
}
