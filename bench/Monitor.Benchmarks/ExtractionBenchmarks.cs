using BenchmarkDotNet.Attributes;
using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Benchmarks;

/// <summary>
/// Extraction of one ~800-word article; the goal is at least 200 articles a second on one core,
/// i.e. under 5 ms per article.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private StatementExtractor extractor = null!;
    private ArticleInput article = null!;

    [GlobalSetup]
    public void Setup()
    {
        ActorDefinition[] actors =
        [
            new("china", "China", ["China", "Beijing", "Chinese foreign ministry"],
                [new SpeakerDefinition("Lin Wei", "foreign ministry spokesperson", new DateOnly(2022, 1, 1), null),
                 new SpeakerDefinition("Zhao Ming", "foreign minister", new DateOnly(2023, 1, 1), null)]),
            new("nato", "NATO", ["NATO", "the alliance"],
                [new SpeakerDefinition("Karin Holm", "spokesperson", new DateOnly(2021, 3, 1), null),
                 new SpeakerDefinition("Anders Lindqvist", "secretary general", new DateOnly(2014, 10, 1), new DateOnly(2024, 9, 30)),
                 new SpeakerDefinition("Pieter de Vries", "secretary general", new DateOnly(2024, 10, 1), null)]),
            new("japan", "Japan", ["Japan", "Tokyo"],
                [new SpeakerDefinition("Haruto Sato", "foreign minister", new DateOnly(2023, 9, 1), null),
                 new SpeakerDefinition("Aiko Tanaka", "chief cabinet secretary", new DateOnly(2022, 1, 1), null)]),
            new("france", "France", ["France", "Paris", "Elysee"], [new SpeakerDefinition("Claire Dubois", "foreign minister", new DateOnly(2022, 5, 20), null)]),
            new("eu", "European Union", ["EU", "European Union", "Brussels"], [new SpeakerDefinition("Marta Kovac", "foreign policy chief", new DateOnly(2024, 12, 1), null)]),
            new("uk", "United Kingdom", ["Britain", "Downing Street", "London"], []),
        ];
        TopicDefinition[] topics = [new("nato-asia-pacific", "NATO in the Asia-Pacific", ["liaison office", "office in Tokyo", "eastward expansion"])];
        extractor = new StatementExtractor(actors, topics);
        article = new ArticleInput("bench-1", ExtractionBenchmarkArticle.Text, new DateTimeOffset(2025, 3, 12, 9, 0, 0, TimeSpan.Zero), "Monitor Wire", null);
    }

    [Benchmark]
    public int ExtractArticle() => extractor.Extract(article).Statements.Count;
}
