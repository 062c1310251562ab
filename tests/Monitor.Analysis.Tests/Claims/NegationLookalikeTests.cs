using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Tests.Claims;

/// <summary>
/// Words that look like negation and are not: "never been so ill", "never felt better", "couldn't recall being so sick"
/// deny any equal, which affirms the state in its highest degree; "the wrong runway", "a false passport" say what kind of
/// thing it is. "Was not so ill as reported", "had never been to the capital", "the report was false" and "false claims"
/// still deny.
/// </summary>
public sealed class NegationLookalikeTests
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

    [Theory]
    [InlineData("acknowledged that the aircraft had taken off from the wrong runway")]
    [InlineData("the suspect had travelled on a false passport")]
    public void A_denying_adjective_that_describes_a_thing_denies_nothing(string text) =>
        Assert.Equal(Polarity.Positive, PolarityOf(text));

    [Theory]
    [InlineData("the report was false")]
    [InlineData("dismissed the false claims of a cover-up")]
    public void A_denying_adjective_on_what_was_said_still_denies(string text) =>
        Assert.Equal(Polarity.Negative, PolarityOf(text));
}
