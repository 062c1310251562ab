namespace Monitor.Analysis.Contradictions;

/// <summary>Kinds the engine names beyond the alert kinds every consumer knows (<see cref="Monitor.Abstractions.AlertKinds"/>).</summary>
public static class ContradictionKinds
{
    /// <summary>A firm claim later hedged ("will reopen in March" → "reopening remains an option"): worth a look, not a contradiction.</summary>
    public const string Softened = "softened";
}
