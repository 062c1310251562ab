using Monitor.Analysis.Embeddings;
using Monitor.Analysis.Nli;

namespace Monitor.Analysis.Evaluation;

/// <summary>
/// Scores the relation model on SICK's TEST split (the `monitor eval sick FILE` command). The model's
/// parameters come from TRAIN and TRIAL only (<see cref="NliTrainer"/>); TEST is read only here.
/// </summary>
public sealed class SickEvaluation(ISentenceEmbedder embedder, NliModel model)
{
    public SickResult Evaluate(string sickPath)
    {
        var rows = SickData.Read(sickPath).Where(r => r.Split == SickSplit.Test).ToArray();
        embedder.EmbedMany(rows.SelectMany(r => new[] { r.Pair.Premise, r.Pair.Hypothesis }).ToArray());
        var extractor = new NliFeatureExtractor(embedder);
        var outcomes = rows.Select(r => (Gold: r.Pair.Label, Predicted: model.Predict(extractor.Extract(r.Pair.Premise, r.Pair.Hypothesis)))).ToArray();
        var accuracy = outcomes.Count(o => o.Gold == o.Predicted) / (double)Math.Max(1, outcomes.Length);
        var contradiction = BinaryScores.Count(outcomes.Select(o => (o.Gold == NliLabel.Contradiction, o.Predicted == NliLabel.Contradiction)));
        return new SickResult(outcomes.Length, accuracy, contradiction);
    }
}
