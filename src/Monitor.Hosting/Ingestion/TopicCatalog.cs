using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using Monitor.Analysis.Inference;

namespace Monitor.Hosting.Ingestion;

/// <summary>
/// The configured topics, read from the store and kept for a few seconds, so classifying a
/// statement costs no store read. A topic defined through this silo is seen at once; one defined
/// through another silo within <see cref="RefreshInterval"/>.
/// </summary>
public sealed class TopicCatalog(ITopicDirectory directory, TimeProvider clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (DateTimeOffset LoadedAt, IReadOnlyList<TopicDefinition> Topics, TopicClassifier Classifier)? _current;

    public async Task<TopicClassifier> ClassifierAsync(CancellationToken cancellationToken = default) =>
        (await CurrentAsync(cancellationToken)).Classifier;

    public async Task<IReadOnlyList<TopicDefinition>> TopicsAsync(CancellationToken cancellationToken = default) =>
        (await CurrentAsync(cancellationToken)).Topics;

    public async Task DefineAsync(TopicDefinition topic, CancellationToken cancellationToken = default)
    {
        await directory.UpsertAsync(topic, cancellationToken);
        _current = null;
    }

    private async Task<(DateTimeOffset LoadedAt, IReadOnlyList<TopicDefinition> Topics, TopicClassifier Classifier)> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is { } fresh && clock.GetUtcNow() - fresh.LoadedAt < RefreshInterval) return fresh;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && clock.GetUtcNow() - loaded.LoadedAt < RefreshInterval) return loaded;
            var topics = await directory.ListAsync(cancellationToken);
            var next = (clock.GetUtcNow(), topics, new TopicClassifier(topics));
            _current = next;
            return next;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
