using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Analysis.Embeddings;

namespace Monitor.Hosting.Services;

/// <summary>
/// Loads the sentence model in the background as the silo starts (registered only with embeddings on), so the
/// first statement compared does not wait the second its loading takes, and so readiness can say whether the
/// silo has it: a silo without its model would judge claims by their words alone.
/// </summary>
public sealed class EmbeddingModelLoader(IServiceProvider services, ILogger<EmbeddingModelLoader> logger) : BackgroundService
{
    private volatile bool _loaded;
    private volatile string? _failure;

    public bool IsLoaded => _loaded;

    /// <summary>Why the model could not be loaded, or null.</summary>
    public string? Failure => _failure;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            services.GetRequiredService<MiniLmSentenceEmbedder>();
            _loaded = true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _failure = exception.Message;
            logger.LogError(exception, "The sentence model could not be loaded; the silo stays unready");
        }
    }, stoppingToken);
}
