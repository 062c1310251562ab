using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Tests.Claims;

/// <summary>
/// "Never been so ill", "never felt better", "couldn't recall being so sick" deny any equal, which affirms the state in
/// its highest degree; "was not so ill as reported" and "had never been to the capital" still deny.
/// </summary>
public sealed class UnequalledDegreeTests
{
    private static readonly DateTimeOffset SaidAt = new(2024, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static Polarity PolarityOf(string text) => Assert.Single(new ClaimExtractor().Extract(text, SaidAt)).Polarity;

    [Theory]
    [InlineData("he had never been so ill in his life")]
    [InlineData("I couldn't recall being so sick in the past")]
    [InlineData("we have never felt better about the merger")]
    [InlineData("the port has never seen this level of traffic")]
    public void A_degree_without_equal_affirms_the_state(string text) =>
        Assert.Equal(Polarity.Positive, PolarityOf(text));

    [Theory]
    [InlineData("he was not so ill as the reports had said")]
    [InlineData("he had never been to the capital")]
    [InlineData("the minister has never been told of the warnings")]
    public void A_plain_negation_still_denies(string text) =>
        Assert.Equal(Polarity.Negative, PolarityOf(text));
}
