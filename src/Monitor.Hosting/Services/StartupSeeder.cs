using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Hosting.Configuration;
using Monitor.Hosting.Ingestion;
using Orleans.Runtime;

namespace Monitor.Hosting.Services;

/// <summary>
/// Once the silo is active: defines the configured actors and topics that the store does not have
/// yet (edits made since through the API are kept), then loads the sample corpus into a store that
/// has no statements at all, unless NoSample is set. Every silo of a cluster may run this; each step
/// is idempotent.
/// </summary>
public sealed class StartupSeeder(
    IOptions<MonitorOptions> options,
    IActorDirectory actors,
    ITopicDirectory topics,
    ISourceDirectory sources,
    IGrainFactory grains,
    IStatementLog statements,
    IngestionService ingestion,
    ReplayApplier replay,
    ILogger<StartupSeeder> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(StartupSeeder), ServiceLifecycleStage.Active, SeedAsync);

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var known = (await actors.ListAsync(cancellationToken)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var actor in options.Value.Actors.Where(a => !known.Contains(a.Id)))
            await ingestion.DefineActorAsync(actor, merge: false);

        var knownTopics = (await topics.ListAsync(cancellationToken)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var topic in options.Value.Topics.Where(t => !knownTopics.Contains(t.Id)))
            await ingestion.DefineTopicAsync(topic, cancellationToken);

        await SeedSourcesAsync(cancellationToken);

        if (options.Value.NoSample) return;
        var counts = await statements.CountsAsync(cancellationToken);
        if (counts.Values.Any(c => c > 0)) return;

        var loaded = 0;
        await foreach (var record in ReplayReader.ReadAsync(SampleCorpus.Open(), cancellationToken))
        {
            var step = await replay.ApplyAsync(record, cancellationToken);
            if (step.Error is not null) throw new InvalidOperationException($"Sample corpus line {record.Line}: {step.Error}");
            loaded += step.Statements.Count;
        }
        logger.LogInformation("Loaded the sample corpus: {Statements} statements", loaded);
    }

    /// <summary>Configured sources the registry lacks; a bad one is reported and skipped rather than stopping the silo.</summary>
    private async Task SeedSourcesAsync(CancellationToken cancellationToken)
    {
        var knownSources = (await sources.ListAsync(cancellationToken)).Select(s => s.Definition.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var feed in options.Value.Sources.Feeds.Where(f => !knownSources.Contains(f.Id)))
        {
            var definition = new SourceDefinition(feed.Id, feed.Name, feed.Url, feed.Interval, feed.FetchArticles);
            var errors = new ValidationErrors();
            SourceDefinitionParser.Check(definition, options.Value.Sources, errors);
            if (!errors.IsEmpty)
            {
                logger.LogError("Monitor:Sources:Feeds entry '{Source}' is not valid and was skipped: {Errors}", feed.Id, errors);
                continue;
            }
            await grains.GetGrain<ISourceGrain>(definition.Id).Define(definition);
        }
    }
}
