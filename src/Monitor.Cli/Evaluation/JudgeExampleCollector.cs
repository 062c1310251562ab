using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Embeddings;
using Monitor.Analysis.Evaluation;
using Monitor.Cli.Commands;
using Monitor.Grains;

namespace Monitor.Cli.Evaluation;

/// <summary>
/// Gathers the judges' findings on labelled pairs, for training their weights. From a corpus: it is replayed as
/// <c>eval corpus</c> replays it, every statement pair the watchers compared is weighed by every judge with the hand-set
/// weights, and each finding is labelled by the gold (a must-fire document pair in either order is a contradiction;
/// an ambiguous pair is left out; any other pair is not). From a file of labelled pairs: each pair is weighed as
/// <c>check-pairs</c> weighs it and labelled by its own answer. Softened findings raise no alert and are left out.
/// </summary>
public sealed class JudgeExampleCollector(MiniLmSentenceEmbedder embedder)
{
    public async Task<IReadOnlyList<JudgeExample>> FromCorpusAsync(string directory, CancellationToken cancellationToken)
    {
        var group = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var corpusPath = Path.Combine(directory, "corpus.jsonl");
        var gold = await CorpusGoldReader.ReadAsync(Path.Combine(directory, "gold.json"), cancellationToken);
        var compared = new ClosestCallRecorder();
        using (var reader = new StreamReader(corpusPath))
            await ReplayCommand.ReplayAsync(reader, TextWriter.Null, data: null, cancellationToken,
                services => services.AddSingleton<ICandidateObserver>(compared));

        var registry = await CorpusActors.ReadAsync(corpusPath, cancellationToken);
        var analyzer = new StatementAnalyzer(embedder, new ActorMentions(registry));
        var decider = new PairDecider(new ContradictionOptions { Embedder = embedder, Actors = registry, JudgeWeights = JudgeWeights.HandSet });

        var flagged = gold.MustFire.SelectMany(p => new[] { (p.Earlier, p.Later), (p.Later, p.Earlier) }).ToHashSet();
        var ambiguous = gold.Ambiguous.SelectMany(p => new[] { (p.First, p.Second), (p.Second, p.First) }).ToHashSet();
        var examples = new List<JudgeExample>();
        foreach (var (earlier, later) in compared.AllCompared())
        {
            if (earlier.DocumentId is not { } first || later.DocumentId is not { } second || ambiguous.Contains((first, second))) continue;
            var (findings, _, _) = decider.Weigh(analyzer.Analyze(earlier), analyzer.Analyze(later));
            foreach (var finding in findings)
                if (finding.Weighed is { } evidence && finding.Kind != ContradictionKinds.Softened)
                    examples.Add(new JudgeExample(group, $"{first}>{second}", $"{earlier.Id}>{later.Id}", finding.Kind, evidence, flagged.Contains((first, second))));
        }
        return examples;
    }

    public IReadOnlyList<JudgeExample> FromLabelledPairs(string path)
    {
        var group = Path.GetFileNameWithoutExtension(path);
        var checker = new PairChecker(embedder, options: new ContradictionOptions { JudgeWeights = JudgeWeights.HandSet });
        var examples = new List<JudgeExample>();
        foreach (var pair in LabelledPair.ReadJsonLines(path))
            foreach (var finding in checker.Weigh(pair.Earlier, pair.Later))
                if (finding.Weighed is { } evidence && finding.Kind != ContradictionKinds.Softened)
                    examples.Add(new JudgeExample(group, pair.Id, pair.Id, finding.Kind, evidence, pair.Contradiction));
        return examples;
    }
}
