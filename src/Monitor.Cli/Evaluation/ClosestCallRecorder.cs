using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;
using Monitor.Grains;

namespace Monitor.Cli.Evaluation;

/// <summary>
/// Keeps, during a replay, every statement pair the watchers compared, by their two documents, so that a
/// must-fire pair that raised no alert can be explained afterwards: which of its statement pairs came
/// closest, with what kind and score, or why none was judged at all. Told by the watchers themselves
/// (<see cref="ICandidateObserver"/>), so it explains what the service compared, not a second guess.
/// </summary>
public sealed class ClosestCallRecorder : ICandidateObserver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Earlier, string Later), List<(Statement Earlier, Statement Later)>> _compared = [];

    public void Compared(Statement statement, IReadOnlyList<Statement> byKey, IReadOnlyList<Statement> byMeaning)
    {
        if (statement.DocumentId is not { } later) return;
        lock (_gate)
        {
            foreach (var candidate in byKey.Concat(byMeaning).DistinctBy(s => s.Id))
            {
                if (candidate.DocumentId is not { } earlier) continue;
                if (!_compared.TryGetValue((earlier, later), out var pairs)) _compared[(earlier, later)] = pairs = [];
                pairs.Add((candidate, statement));
            }
        }
    }

    /// <summary>
    /// Every statement pair compared, earlier side first, once each, ordered by documents and statement ids so that the
    /// same replay lists them the same way whatever order the watchers ran in.
    /// </summary>
    public IReadOnlyList<(Statement Earlier, Statement Later)> AllCompared()
    {
        lock (_gate)
            return _compared.Values
                .SelectMany(pairs => pairs)
                .Select(p => StatementOrder.Order(p.Earlier, p.Later))
                .DistinctBy(p => (p.Earlier.Id, p.Later.Id))
                .OrderBy(p => p.Earlier.DocumentId, StringComparer.Ordinal)
                .ThenBy(p => p.Later.DocumentId, StringComparer.Ordinal)
                .ThenBy(p => p.Earlier.Id, StringComparer.Ordinal)
                .ThenBy(p => p.Later.Id, StringComparer.Ordinal)
                .ToList();
    }

    /// <summary>
    /// One line per pair: the closest finding among the statement pairs compared across its two documents
    /// (kind, score against its threshold, the explanation), or the reason the nearest pair was not judged.
    /// </summary>
    public IEnumerable<string> Explain(IEnumerable<MustFirePair> pairs, StatementAnalyzer analyzer, PairDecider decider)
    {
        foreach (var pair in pairs)
        {
            List<(Statement Earlier, Statement Later)> compared;
            lock (_gate) compared = _compared.TryGetValue((pair.Earlier, pair.Later), out var found) ? [.. found] : [];
            if (compared.Count == 0)
            {
                yield return $"closest {pair.Earlier} -> {pair.Later}: never compared";
                continue;
            }
            PairFinding? closest = null;
            string? reason = null;
            foreach (var (earlier, later) in compared)
            {
                var decision = decider.Decide(analyzer.Analyze(earlier), analyzer.Analyze(later));
                var finding = decision.Finding ?? decision.Strongest;
                if (finding is not null && (closest is null || finding.Score > closest.Score)) closest = finding;
                reason ??= decision.Reason;
            }
            yield return closest is null
                ? $"closest {pair.Earlier} -> {pair.Later}: {compared.Count} statement pairs compared, none judged ({reason})"
                : $"closest {pair.Earlier} -> {pair.Later}: {closest.Kind} {closest.Score:F2} (threshold {decider.Options.ThresholdOf(closest.Kind):F2}) {closest.Explanation}";
        }
    }
}
