using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;
using Monitor.Hosting.Ingestion;

namespace Monitor.Cli.Evaluation;

/// <summary>The actor registry a corpus is judged with outside the silo: the shipped actors and the corpus's own actor records.</summary>
public static class CorpusActors
{
    public static async Task<IReadOnlyList<ActorDefinition>> ReadAsync(string corpusPath, CancellationToken cancellationToken)
    {
        var actors = new List<ActorDefinition>(ActorMentions.ShippedActors);
        using (var reader = new StreamReader(corpusPath))
            await foreach (var record in ReplayReader.ReadAsync(reader, cancellationToken))
                if (record is ActorReplayRecord actor) actors.Add(actor.Actor);
        return actors.DistinctBy(a => a.Id).ToList();
    }
}
