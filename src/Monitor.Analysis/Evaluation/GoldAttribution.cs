namespace Monitor.Analysis.Evaluation;

/// <summary>
/// One statement a reader expects in an article: who (actor id or null, speaker as resolved), a
/// phrase the statement's text must contain, and optionally its mode, report flag, date and stance.
/// </summary>
public sealed record GoldAttribution(
    string? Actor,
    string Speaker,
    string Contains,
    string? Mode = null,
    bool IsReport = false,
    DateOnly? SaidAt = null,
    string? Stance = null);
