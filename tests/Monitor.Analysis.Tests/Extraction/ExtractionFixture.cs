using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>A small configuration for the focused tests, independent of the gold set's fixture file.</summary>
internal static class ExtractionFixture
{
    public static readonly IReadOnlyList<ActorDefinition> Actors =
    [
        new("china", "China", ["China", "Beijing", "Chinese foreign ministry"],
            [new SpeakerDefinition("Lin Wei", "foreign ministry spokesperson", new DateOnly(2022, 1, 1), null)]),
        new("nato", "NATO", ["NATO", "the alliance"],
            [
                new SpeakerDefinition("Karin Holm", "spokesperson", new DateOnly(2021, 3, 1), null),
                new SpeakerDefinition("Anders Lindqvist", "secretary general", new DateOnly(2014, 10, 1), new DateOnly(2024, 9, 30)),
                new SpeakerDefinition("Pieter de Vries", "secretary general", new DateOnly(2024, 10, 1), null),
            ]),
        new("japan", "Japan", ["Japan", "Tokyo"], [new SpeakerDefinition("Haruto Sato", "foreign minister", new DateOnly(2023, 9, 1), null)]),
        new("eu", "European Union", ["EU", "European Union", "Brussels"], []),
        new("uk", "United Kingdom", ["Britain", "Downing Street", "London"], []),
    ];

    public static readonly IReadOnlyList<TopicDefinition> Topics =
        [new("nato-asia-pacific", "NATO in the Asia-Pacific", ["liaison office", "office in Tokyo"])];

    public static StatementExtractor Extractor() => new(Actors, Topics);

    /// <summary>Published on a Friday, so "on Thursday" is the day before.</summary>
    public static readonly DateTimeOffset Published = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static IReadOnlyList<ExtractedStatement> Extract(string text, DateTimeOffset? published = null, string source = "Wire", string? url = null) =>
        Extractor().Extract(new ArticleInput("doc-1", text, published ?? Published, source, url)).Statements;
}
