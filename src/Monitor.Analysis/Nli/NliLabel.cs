namespace Monitor.Analysis.Nli;

/// <summary>How a hypothesis relates to a premise, in the order the model's outputs use.</summary>
public enum NliLabel
{
    Entailment = 0,
    Neutral = 1,
    Contradiction = 2,
}
