namespace Monitor.Analysis.Claims;

/// <summary>How firmly a claim is put: a fact, a commitment about the future, a possibility, a demand, or no position at all.</summary>
public enum Modality
{
    /// <summary>Said as true now or in the past: "tariffs of 25% take effect on Monday".</summary>
    Fact = 0,

    /// <summary>A plan, promise or intention: "the embassy will reopen in March", "no plans to impose tariffs".</summary>
    Commitment = 1,

    /// <summary>Hedged: "may", "could", "still on the table", "not ruled out".</summary>
    Possibility = 2,

    /// <summary>Asked of someone else: "urges", "must", "calls on".</summary>
    Demand = 3,

    /// <summary>Declined to say anything: "declined to comment", "would not confirm".</summary>
    Declined = 4,
}
