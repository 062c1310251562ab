namespace Monitor.Analysis.Claims;

/// <summary>Which side of its figure a quantity allows: "up to 400,000" allows less, "more than 2 trillion" allows more.</summary>
public enum QuantityBound
{
    /// <summary>The figure itself, exact or approximate ("about 5,000").</summary>
    None,

    /// <summary>"more than", "over", "at least", "no fewer than": the figure is a floor.</summary>
    AtLeast,

    /// <summary>"up to", "less than", "under", "at most", "no more than": the figure is a ceiling.</summary>
    AtMost,
}
