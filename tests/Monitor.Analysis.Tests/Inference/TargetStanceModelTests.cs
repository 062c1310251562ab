using Monitor.Abstractions;
using Monitor.Analysis.Inference;

namespace Monitor.Analysis.Tests.Inference;

/// <summary>The target-aware stance model on a small labelled set written for these tests, and the shipped weights on sentences of our own.</summary>
[Collection(MiniLmCollection.Name)]
public sealed class TargetStanceModelTests(MiniLmFixture fixture)
{
    private const string Tunnel = "Harbour Tunnel";
    private const string Week = "Four-Day Week";

    private static readonly StanceExample[] Examples =
    [
        new(Tunnel, "The harbour tunnel will finally end the traffic jams, build it now", Stance.Support),
        new(Tunnel, "Proud to back the harbour tunnel, a great project for our city", Stance.Support),
        new(Tunnel, "Best news all year: the tunnel is approved #BuildTheTunnel", Stance.Support),
        new(Tunnel, "Yes to the harbour tunnel! Good for workers and good for the bay", Stance.Support),
        new(Tunnel, "The harbour tunnel is a waste of money and a disaster for the bay", Stance.Oppose),
        new(Tunnel, "Stop the tunnel, it will destroy the old docks #NoTunnel", Stance.Oppose),
        new(Tunnel, "Nobody asked for this ugly tunnel, scrap it", Stance.Oppose),
        new(Tunnel, "The tunnel plan is a scam that will ruin the harbour", Stance.Oppose),
        new(Tunnel, "The council meets on Tuesday at the town hall", Stance.Neutral),
        new(Tunnel, "Ferry timetables change next month", Stance.Neutral),
        new(Tunnel, "Rain is expected over the coast this weekend", Stance.Neutral),
        new(Tunnel, "The maritime museum opens at nine", Stance.Neutral),
        new(Week, "A four-day week makes workers happier and more productive", Stance.Support),
        new(Week, "I love my four day week, every company should try it", Stance.Support),
        new(Week, "Thank you to every firm brave enough to give staff a long weekend #FourDayWeek", Stance.Support),
        new(Week, "Shorter weeks mean healthier families. Great idea!", Stance.Support),
        new(Week, "A four-day week would wreck small businesses", Stance.Oppose),
        new(Week, "The four day week is a lazy fantasy that will fail", Stance.Oppose),
        new(Week, "Working less is not the answer, it is a terrible idea", Stance.Oppose),
        new(Week, "Who pays for the lost day? Customers. This is a bad deal", Stance.Oppose),
        new(Week, "My cat sleeps on the keyboard again", Stance.Neutral),
        new(Week, "The train to the office was on time today", Stance.Neutral),
        new(Week, "Lunch at the canteen is soup and bread", Stance.Neutral),
        new(Week, "Watching the football tonight with friends", Stance.Neutral),
    ];

    [Fact]
    public void A_model_trained_on_a_few_examples_reads_them_back()
    {
        var classifier = new TargetStanceTrainer(fixture.Embedder).Train(Examples, "test").Bind(fixture.Embedder);

        var predicted = Examples.Select(e => classifier.Classify(e.Target, e.Text)).ToArray();

        Assert.Equal(Examples.Select(e => e.Stance), predicted);
    }

    [Fact]
    public void Each_target_gets_weights_of_its_own_and_case_and_spacing_of_the_target_do_not_matter()
    {
        var model = new TargetStanceTrainer(fixture.Embedder).Train(Examples, "test");
        var classifier = model.Bind(fixture.Embedder);

        Assert.Equal(["four day week", "harbour tunnel"], model.Targets.Order(StringComparer.Ordinal));
        Assert.Equal(
            classifier.Probabilities(Tunnel, "Stop the tunnel, it will destroy the old docks"),
            classifier.Probabilities("harbour  TUNNEL", "Stop the tunnel, it will destroy the old docks"));
    }

    [Fact]
    public void Training_twice_gives_byte_identical_weights()
    {
        var trainer = new TargetStanceTrainer(fixture.Embedder, new TargetStanceOptions { Iterations = 40 });

        Assert.Equal(Saved(trainer.Train(Examples, "test")), Saved(trainer.Train(Examples, "test")));
    }

    [Fact]
    public void A_saved_model_loads_back_with_the_same_answers()
    {
        var model = new TargetStanceTrainer(fixture.Embedder, new TargetStanceOptions { Iterations = 40 }).Train(Examples, "test");
        using var file = new MemoryStream(Saved(model));

        var loaded = TargetStanceModel.Load(file);

        Assert.Equal((model.ParameterCount, model.Options, model.TrainedOn), (loaded.ParameterCount, loaded.Options, loaded.TrainedOn));
        foreach (var e in Examples)
            Assert.Equal(model.Bind(fixture.Embedder).Probabilities(e.Target, e.Text), loaded.Bind(fixture.Embedder).Probabilities(e.Target, e.Text));
    }

    [Fact]
    public void Cross_validation_folds_keep_each_target_and_stance_spread_evenly()
    {
        var folds = TargetStanceTrainer.Folds(Examples, folds: 2, seed: 7);

        foreach (var group in Examples.Select((e, i) => (e, i)).GroupBy(x => (x.e.Target, x.e.Stance)))
            Assert.Equal(2, group.Count(x => folds[x.i] == 0));
        Assert.Equal(folds, TargetStanceTrainer.Folds(Examples, folds: 2, seed: 7));
    }

    [Fact]
    public void The_shipped_model_loads_and_says_where_it_was_trained()
    {
        var model = TargetStanceModel.LoadShipped();

        Assert.Contains("SemEval-2016 Task 6", model.TrainedOn);
        Assert.Equal(new TargetStanceOptions(), model.Options);
        Assert.True(model.ParameterCount > 10_000);
    }

    [Theory]
    [InlineData("Hillary Clinton", "So proud to vote for her, she will be a great president for all of us", Stance.Support)]
    [InlineData("Hillary Clinton", "She lied about the emails and should never be allowed near the White House", Stance.Oppose)]
    [InlineData("Climate Change is a Real Concern", "We have to cut carbon emissions now before the planet burns", Stance.Support)]
    [InlineData("Legalization of Abortion", "Every life is precious from conception, protect the unborn", Stance.Oppose)]
    // Toward atheism, praising God is against the target and mocking religion is for it.
    [InlineData("Atheism", "God is great, pray every day", Stance.Oppose)]
    [InlineData("Atheism", "Religion is a fairy tale for adults, there is no god", Stance.Support)]
    // A target it was never trained on gets the weights shared by all targets.
    [InlineData("Harbour Tunnel", "The harbour tunnel is a disgraceful waste of money", Stance.Oppose)]
    [InlineData("Harbour Tunnel", "I am proud to support the harbour tunnel, build it now", Stance.Support)]
    public void The_shipped_model_reads_plain_stances_toward_its_targets(string target, string text, Stance expected)
    {
        var classifier = TargetStanceModel.LoadShipped().Bind(fixture.Embedder);

        Assert.Equal(expected, classifier.Classify(target, text));
    }

    private static byte[] Saved(TargetStanceModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
