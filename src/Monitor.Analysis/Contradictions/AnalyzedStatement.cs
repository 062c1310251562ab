using Monitor.Abstractions;
using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Contradictions;

/// <summary>A statement with what the detectors need from it, worked out once: its claims, their embeddings, the actors it names.</summary>
/// <param name="ClaimVectors">One unit vector per claim (of its <see cref="Claim.Neutral"/> text), or empty without an embedder.</param>
/// <param name="GistVector">Vector of the statement's content words, for the coarse semantic bucket; empty without an embedder.</param>
public sealed record AnalyzedStatement(
    Statement Statement,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<float[]> ClaimVectors,
    float[] GistVector,
    IReadOnlyList<string> MentionedActors,
    IReadOnlyList<string> KeyTerms,
    bool Denies,
    bool Declines)
{
    /// <summary>Tracked actors named in a claim's subject ("an Iranian missile hit the jet"): what the statement says about them, not merely mentions.</summary>
    public IReadOnlyList<string> SubjectActors { get; init; } = [];

    /// <summary>Whether the statement owns a fault ("a tragic mistake", "accepted full responsibility"); see <see cref="Judges.AdmissionJudge"/>.</summary>
    public bool AdmitsFault { get; init; }
}
