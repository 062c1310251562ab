namespace Monitor.Analysis.Evaluation;

/// <summary>Leave-one-group-out figures at one prior strength and false-alert cost, per scorer and for the alerts they raise together.</summary>
public sealed record JudgeCrossValidationResult(double PriorStrength, double FalseAlertCost, IReadOnlyList<ScorerCrossValidation> Scorers,
    AlertCrossValidation Learned, AlertCrossValidation HandSet);
