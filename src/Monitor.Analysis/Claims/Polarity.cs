namespace Monitor.Analysis.Claims;

/// <summary>Whether a claim says its predicate holds or does not.</summary>
public enum Polarity
{
    Positive = 0,
    Negative = 1,
}
