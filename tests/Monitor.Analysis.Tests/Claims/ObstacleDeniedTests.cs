using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Tests.Claims;

/// <summary>
/// "No problem apologising", "no hesitation in signing", "no objection to the merger", "no doubt that the shell was
/// theirs": denying an obstacle affirms what it would have stood in the way of. "There was no problem with the
/// engines" and a bare "no problem" still deny.
/// </summary>
public sealed class ObstacleDeniedTests
{
    private static readonly DateTimeOffset SaidAt = new(2024, 5, 2, 9, 0, 0, TimeSpan.Zero);

    private static Polarity PolarityOf(string text) => Assert.Single(new ClaimExtractor().Extract(text, SaidAt)).Polarity;

    [Theory]
    [InlineData("I have no problem apologising for the way the cull was ordered")]
    [InlineData("the cabinet had no hesitation in signing the treaty")]
    [InlineData("Veloria has no objection to the merger of the two ports")]
    [InlineData("there is no doubt that the shell was fired by the rebels")]
    public void An_obstacle_denied_affirms_what_follows(string text) =>
        Assert.Equal(Polarity.Positive, PolarityOf(text));

    [Theory]
    [InlineData("there was no problem with the engines before the flight")]
    [InlineData("the ministry saw no problems at the plant")]
    [InlineData("the talks ran into no difficulty")]
    public void A_problem_denied_is_still_denied(string text) =>
        Assert.Equal(Polarity.Negative, PolarityOf(text));
}
