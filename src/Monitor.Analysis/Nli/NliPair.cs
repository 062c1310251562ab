namespace Monitor.Analysis.Nli;

/// <summary>A premise, a hypothesis and (for training and scoring) the gold relation between them.</summary>
public sealed record NliPair(string Premise, string Hypothesis, NliLabel Label);
