namespace Monitor.Analysis.Contradictions;

/// <summary>
/// The answer for one <c>check-pairs</c> line. <see cref="Kind"/> names the strongest reading even when it
/// is no contradiction (e.g. <c>softened</c>); <see cref="Score"/> is that reading's score, 0 when the two
/// statements are not comparable at all.
/// </summary>
public sealed record PairVerdict(bool Contradiction, string? Kind, double Score, string Explanation);
