using System.Text.Json;
using System.Text.Json.Serialization;
using Monitor.Abstractions;

namespace Monitor.Analysis.Evaluation;

/// <summary>
/// A gold set on disk: a folder holding <c>fixture.json</c> (the actors and topics the articles
/// assume) and any number of other <c>*.json</c> files of the form <c>{"articles":[…]}</c>.
/// Articles come back ordered by id so every run scores the same sequence.
/// </summary>
public sealed record GoldSet(IReadOnlyList<ActorDefinition> Actors, IReadOnlyList<TopicDefinition> Topics, IReadOnlyList<GoldArticle> Articles)
{
    public const string FixtureFileName = "fixture.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static GoldSet Load(string directory)
    {
        var fixture = JsonSerializer.Deserialize<FixtureFile>(File.ReadAllText(Path.Combine(directory, FixtureFileName)), Json)
            ?? throw new InvalidDataException($"{FixtureFileName} is empty");
        var actors = fixture.Actors.Select(a => new ActorDefinition(a.Id, a.Name, a.Aliases ?? [],
            (a.Speakers ?? []).Select(s => new SpeakerDefinition(s.Name, s.Role, s.From, s.To)).ToArray())).ToArray();
        var topics = (fixture.Topics ?? []).Select(t => new TopicDefinition(t.Id, t.Name, t.Cues ?? [])).ToArray();

        var articles = new List<GoldArticle>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file) == FixtureFileName) continue;
            var content = JsonSerializer.Deserialize<ArticlesFile>(File.ReadAllText(file), Json)
                ?? throw new InvalidDataException($"{file} is empty");
            articles.AddRange(content.Articles.Select(a => new GoldArticle(a.Id, a.PublishedAt, a.Source, a.Text, a.Patterns ?? [],
                (a.Expected ?? []).Select(e => new GoldAttribution(e.Actor, e.Speaker, e.Contains, e.Mode, e.IsReport, e.SaidAt, e.Stance)).ToArray())));
        }
        return new GoldSet(actors, topics, articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray());
    }

    private sealed record FixtureFile(IReadOnlyList<ActorFile> Actors, IReadOnlyList<TopicFile>? Topics);

    private sealed record ActorFile(string Id, string Name, IReadOnlyList<string>? Aliases, IReadOnlyList<SpeakerFile>? Speakers);

    private sealed record SpeakerFile(string Name, string? Role, DateOnly? From, DateOnly? To);

    private sealed record TopicFile(string Id, string Name, IReadOnlyList<string>? Cues);

    private sealed record ArticlesFile(IReadOnlyList<ArticleFile> Articles);

    private sealed record ArticleFile(
        string Id,
        DateTimeOffset PublishedAt,
        string? Source,
        string Text,
        IReadOnlyList<string>? Patterns,
        IReadOnlyList<ExpectedFile>? Expected);

    private sealed record ExpectedFile(
        string? Actor,
        string Speaker,
        string Contains,
        string? Mode,
        bool IsReport,
        [property: JsonPropertyName("saidAt")] DateOnly? SaidAt,
        string? Stance);
}
