using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Evaluation;

/// <summary>Scores a <see cref="PairChecker"/> on hand-labelled pairs (JSON lines, see <see cref="LabelledPair"/>).</summary>
public sealed class LabelledPairEvaluation(PairChecker checker)
{
    public PairSetResult Evaluate(IEnumerable<LabelledPair> pairs)
    {
        var outcomes = pairs.Select(p => new PairOutcome(p, checker.Check(p.Earlier, p.Later))).ToArray();
        var scores = BinaryScores.Count(outcomes.Select(o => (o.Pair.Contradiction, o.Verdict.Contradiction)));
        var found = outcomes.Where(o => o.Pair.Contradiction && o.Verdict.Contradiction).ToArray();
        var kindAccuracy = found.Length == 0 ? 0 : found.Count(o => o.KindCorrect) / (double)found.Length;
        return new PairSetResult(outcomes, scores, kindAccuracy);
    }

    public PairSetResult Evaluate(string jsonLinesPath) => Evaluate(LabelledPair.ReadJsonLines(jsonLinesPath));
}
