using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Embeddings;

namespace Monitor.Analysis.Tests;

/// <summary>Loads the MiniLM model once for every test class in the <see cref="MiniLmCollection"/>.</summary>
public sealed class MiniLmFixture : IDisposable
{
    public MiniLmSentenceEmbedder Embedder { get; } = new();

    public PairChecker Checker => _checker ??= new PairChecker(Embedder);

    private PairChecker? _checker;

    public void Dispose() => Embedder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class MiniLmCollection : ICollectionFixture<MiniLmFixture>
{
    public const string Name = "MiniLM";
}
