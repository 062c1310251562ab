using Monitor.Analysis.Nli;

namespace Monitor.Analysis.Tests.Nli;

[Collection(MiniLmCollection.Name)]
public sealed class NliModelTests(MiniLmFixture fixture)
{
    [Fact]
    public void The_shipped_model_loads_and_says_where_it_was_trained()
    {
        var model = NliModel.LoadShipped();

        Assert.True(model.FeatureCount > 1000);
        Assert.Contains("SICK TRAIN+TRIAL", model.TrainedOn);
    }

    [Fact]
    public void A_negated_sentence_contradicts_its_affirmative()
    {
        var extractor = new NliFeatureExtractor(fixture.Embedder);

        var label = NliModel.LoadShipped().Predict(extractor.Extract("A man is playing a guitar", "A man is not playing a guitar"));

        Assert.Equal(NliLabel.Contradiction, label);
    }

    [Fact]
    public void Training_on_a_few_pairs_is_deterministic()
    {
        NliPair[] pairs =
        [
            new("A dog is running", "A dog is not running", NliLabel.Contradiction),
            new("A dog is running", "An animal is running", NliLabel.Entailment),
            new("A dog is running", "A dog is running in a park", NliLabel.Neutral),
        ];
        var trainer = new NliTrainer(fixture.Embedder, epochs: 2);
        var features = new NliFeatureExtractor(fixture.Embedder).Extract("A cat is sleeping", "A cat is not sleeping");

        Assert.Equal(trainer.Train(pairs, "t").Probabilities(features), trainer.Train(pairs, "t").Probabilities(features));
    }
}
