using Monitor.Analysis.Nli;

namespace Monitor.Analysis.Evaluation;

/// <summary>One SICK pair with the split it belongs to.</summary>
public sealed record SickRow(string Id, NliPair Pair, SickSplit Split);
