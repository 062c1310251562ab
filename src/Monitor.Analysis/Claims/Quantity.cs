namespace Monitor.Analysis.Claims;

/// <summary>
/// A number with what it counts ("2,000 troops" → 2000, "troop"). <see cref="Approximate"/> is set by
/// "about", "some", "nearly", "up to" and the like, which widen the tolerance when comparing.
/// </summary>
public sealed record Quantity(decimal Value, string Unit, string Text, bool Approximate)
{
    /// <summary>Whether the figure is a floor or a ceiling rather than the figure itself.</summary>
    public QuantityBound Bound { get; init; }

    /// <summary>
    /// Whether the figure is a step on top of another ("9 million more doses", "2,000 extra troops"), not the level
    /// itself: it measures the same thing as another step, never as a total.
    /// </summary>
    public bool Increment { get; init; }

    /// <summary>Whether <paramref name="other"/> lies beyond the bound this figure sets: above a ceiling or below a floor.</summary>
    public bool BoundBrokenBy(Quantity other) =>
        Bound == QuantityBound.AtMost && other.Value > Value || Bound == QuantityBound.AtLeast && other.Value < Value;
}
