using Microsoft.Extensions.Hosting;
using Monitor.Analysis.Lexical;

namespace Monitor.Hosting.Services;

/// <summary>
/// Loads the WordNet lexicon in the background as the silo starts, so the first statement compared
/// does not wait the fraction of a second its loading takes.
/// </summary>
public sealed class LexiconPreloader : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => WordNetLexicon.Shared.SynsetCount, stoppingToken);
}
