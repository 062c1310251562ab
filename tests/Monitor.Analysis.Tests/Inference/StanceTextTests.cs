using Monitor.Analysis.Inference;

namespace Monitor.Analysis.Tests.Inference;

public sealed class StanceTextTests
{
    [Fact]
    public void Hashtags_are_kept_whole_and_split_into_their_words()
    {
        var (words, tags) = StanceText.Tokens("Vote #HarbourTunnel2030 now, @cityhall! http://example.org/x");

        Assert.Equal(["vote", "harbour", "tunnel", "2030", "now", ",", "@cityhall", "!"], words);
        Assert.Equal(["#harbourtunnel2030", "@cityhall"], tags);
        Assert.Equal("Vote Harbour Tunnel 2030 now, @cityhall!", StanceText.ForEmbedding("Vote #HarbourTunnel2030 now, @cityhall! http://example.org/x"));
    }

    [Theory]
    [InlineData("a good plan", 1, 0)]
    [InlineData("not a good plan", 0, 1)]
    [InlineData("never a bad idea", 1, 1)]
    [InlineData("this is not bad at all", 1, 0)]
    public void Polarity_cues_flip_under_a_negation(string text, int positive, int negative)
    {
        var (counted, _) = StanceText.Tokens(text);

        var (p, n, _) = PolarityCues.Count(counted);

        Assert.Equal((positive, negative), (p, n));
    }

    [Fact]
    public void A_text_names_its_target_when_a_long_word_of_the_target_starts_one_of_its_words()
    {
        Assert.True(StanceFeatureExtractor.MentionsTarget("Harbour Tunnel", ["the", "tunnels", "are", "late"]));
        Assert.False(StanceFeatureExtractor.MentionsTarget("Harbour Tunnel", ["the", "bridge", "is", "late"]));
    }
}
