namespace Monitor.Analysis.Evaluation;

/// <summary>An article of a gold set with every statement a reader expects from it and the patterns it exercises.</summary>
public sealed record GoldArticle(
    string Id,
    DateTimeOffset PublishedAt,
    string? Source,
    string Text,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<GoldAttribution> Expected);
