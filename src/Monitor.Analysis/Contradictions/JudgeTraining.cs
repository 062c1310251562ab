namespace Monitor.Analysis.Contradictions;

/// <summary>
/// The settings a set of learned judge weights was fitted with: how strongly they are drawn towards the hand-set weights,
/// and how many missed alerts one false alert is worth.
/// </summary>
public sealed record JudgeTraining(double PriorStrength, double FalseAlertCost);
