using Monitor.Abstractions.Storage;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Extraction;

namespace Monitor.Hosting.Ingestion;

/// <summary>
/// A statement extractor built from the current registry and topics, rebuilt when either changes
/// through this silo and at most <see cref="RefreshInterval"/> after a change made elsewhere. The
/// contradiction engine learns the same registry at the same moment, so reports about actors added at
/// run time are matched with those actors' statements.
/// </summary>
public sealed class ExtractorCatalog(IActorDirectory actors, TopicCatalog topics, ContradictionEngine engine, TimeProvider clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (DateTimeOffset BuiltAt, StatementExtractor Extractor)? _current;

    public async Task<StatementExtractor> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } fresh && clock.GetUtcNow() - fresh.BuiltAt < RefreshInterval) return fresh.Extractor;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && clock.GetUtcNow() - built.BuiltAt < RefreshInterval) return built.Extractor;
            var registry = await actors.ListAsync(cancellationToken);
            var extractor = new StatementExtractor(registry, await topics.TopicsAsync(cancellationToken));
            if (registry.Count > 0) engine.UseActors(registry);
            _current = (clock.GetUtcNow(), extractor);
            return extractor;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Invalidate() => _current = null;
}
