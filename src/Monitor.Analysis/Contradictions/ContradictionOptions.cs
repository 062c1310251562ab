using Monitor.Abstractions;
using Monitor.Analysis.Embeddings;

namespace Monitor.Analysis.Contradictions;

/// <summary>How the claim-based detectors decide; every field has a default that suits news about states and alliances.</summary>
public sealed record ContradictionOptions
{
    /// <summary>Embedder shared by the host (create one <see cref="MiniLmSentenceEmbedder"/> per process); null compares by shared words only.</summary>
    public ISentenceEmbedder? Embedder { get; init; }

    /// <summary>Tracked actors, so reports naming them (by alias) are found by the actor's later denial.</summary>
    public IReadOnlyList<ActorDefinition> Actors { get; init; } = ActorMentions.ShippedActors;

    /// <summary>
    /// Statements further apart than this are not compared: positions may legitimately change over longer spans.
    /// Three years, because a pledge about a plan a year or two out (a listing, a target date, a rate path) is only
    /// seen broken when that date has passed; beyond that, a stance held over a whole term may move without
    /// anyone having contradicted themselves.
    /// </summary>
    public TimeSpan MaxApart { get; init; } = TimeSpan.FromDays(1096);

    /// <summary>Raise <see cref="ContradictionKinds.Softened"/> findings as well (low score; off for the alert engine by default).</summary>
    public bool IncludeSoftened { get; init; }

    /// <summary>Score a finding of each kind must reach.</summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [AlertKinds.StanceReversal] = 0.5,
        [AlertKinds.NegatedClaim] = 0.5,
        [AlertKinds.NumberMismatch] = 0.5,
        [AlertKinds.DateMismatch] = 0.5,
        [AlertKinds.DenialOfReport] = 0.5,
        [AlertKinds.ConflictingReports] = 0.5,
        [ContradictionKinds.Softened] = 0.2,
    };

    /// <summary>The weights the judges score their evidence with; the shipped, learned weights when not given.</summary>
    public JudgeWeights? JudgeWeights { get; init; }

    public double ThresholdOf(string kind) => Thresholds.TryGetValue(kind, out var t) ? t : 0.5;
}
