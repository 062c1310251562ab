using Monitor.Abstractions;
using Monitor.Analysis.Inference;

namespace Monitor.Analysis.Tests.Inference;

/// <summary>The stance a news statement takes from its cue words, and the cues that tell of another time.</summary>
public sealed class StanceClassifierTests
{
    [Theory]
    [InlineData("said he would not resign over the decision to seek a loan from the Fund, which he had long opposed")]
    [InlineData("will go ahead with the bridge that it had once backed")]
    public void A_stance_once_held_told_in_a_clause_about_the_matter_is_not_the_statements_stance(string text) =>
        Assert.Equal(Stance.Neutral, StanceClassifier.Classify(text));

    [Theory]
    [InlineData("said Ardenia opposed the loan from the Fund", Stance.Oppose)]
    [InlineData("we had always supported the bridge", Stance.Support)]
    [InlineData("does not oppose the treaty", Stance.Support)]
    public void Stances_said_outright_count(string text, Stance stance) =>
        Assert.Equal(stance, StanceClassifier.Classify(text));
}
