namespace Monitor.Analysis.Claims;

/// <summary>
/// A number with what it counts ("2,000 troops" → 2000, "troop"). <see cref="Approximate"/> is set by
/// "about", "some", "nearly", "up to" and the like, which widen the tolerance when comparing.
/// </summary>
public sealed record Quantity(decimal Value, string Unit, string Text, bool Approximate);
