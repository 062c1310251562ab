namespace Monitor.Analysis.Extraction;

/// <summary>One plain-text article to extract statements from; spans in the output index into <see cref="Text"/>.</summary>
public sealed record ArticleInput(string DocumentId, string Text, DateTimeOffset PublishedAt, string? SourceName, string? Url);
