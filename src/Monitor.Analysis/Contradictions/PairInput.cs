namespace Monitor.Analysis.Contradictions;

/// <summary>One side of a <c>check-pairs</c> line: the text, the actor who said it (null for a source's report) and when.</summary>
/// <param name="Source">The outlet or speaker, for reports; two reports from the same source are one voice.</param>
public sealed record PairInput(string Text, string? Actor = null, DateTimeOffset? SaidAt = null, string? Source = null);
