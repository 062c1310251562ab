using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;

namespace Monitor.Hosting.Ingestion;

/// <summary>
/// The one way statements, actors and topics enter Monitor, shared by the HTTP API, replay and the
/// sample corpus. A batch is checked whole before anything is recorded, and actors are called in
/// the order they first appear, so the same batch always gives the same statements and alerts.
/// </summary>
public sealed class IngestionService(IGrainFactory grains, IActorDirectory actors, TopicCatalog topics, ExtractorCatalog extractors)
{
    public const int MaxStatementsPerCall = 100;

    public async Task<IngestResult> RecordAsync(IReadOnlyList<StatementDraft> drafts, CancellationToken cancellationToken = default)
    {
        var unknown = new List<string>();
        foreach (var actor in drafts.Select(d => d.Actor).Distinct(StringComparer.Ordinal))
        {
            if (await actors.GetAsync(actor, cancellationToken) is null) unknown.Add(actor);
        }
        if (unknown.Count > 0) return new IngestResult([], unknown);

        var classifier = await topics.ClassifierAsync(cancellationToken);
        var statements = drafts.Select(d => StatementNormalizer.Normalize(d, classifier)).ToArray();
        var recorded = new Dictionary<string, RecordOutcome>(StringComparer.Ordinal);
        foreach (var group in statements.GroupBy(s => s.Actor!, StringComparer.Ordinal))
        {
            // Chunks keep each grain call well inside Orleans' response timeout even on a busy machine.
            foreach (var chunk in group.Chunk(MaxStatementsPerCall))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcomes = await grains.GetGrain<IActorGrain>(group.Key).Record(chunk);
                foreach (var outcome in outcomes) recorded[$"{group.Key}\n{outcome.StatementId}"] = outcome;
            }
        }
        var results = statements
            .Select(s =>
            {
                // A statement on no configured topic comes back filed under its actor's matter.
                var outcome = recorded[$"{s.Actor}\n{s.Id}"];
                return new IngestedStatement(s with { Sequence = outcome.Sequence, Topic = outcome.Topic ?? s.Topic }, outcome.Created);
            })
            .ToArray();
        return new IngestResult(results, []);
    }

    public async Task<ActorDefinition> DefineActorAsync(ActorDefinition actor, bool merge)
    {
        var defined = await grains.GetGrain<IActorGrain>(actor.Id).Define(actor, merge);
        extractors.Invalidate();
        // Rebuilt now rather than at the next document, so statements recorded next already see the new names.
        await extractors.CurrentAsync();
        return defined;
    }

    public async Task DefineTopicAsync(TopicDefinition topic, CancellationToken cancellationToken = default)
    {
        await topics.DefineAsync(topic, cancellationToken);
        extractors.Invalidate();
    }
}

/// <summary>What a batch did: each statement with whether it was new, or the actors that do not exist (then nothing was recorded).</summary>
public sealed record IngestResult(IReadOnlyList<IngestedStatement> Statements, IReadOnlyList<string> UnknownActors);

public sealed record IngestedStatement(Statement Statement, bool Created);
