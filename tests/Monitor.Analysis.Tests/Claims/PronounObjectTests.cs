using Monitor.Analysis.Claims;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Tests.Claims;

/// <summary>
/// An act done to "it" and nothing else ("there was no need to withdraw it", "would recall them, after …") is done to what
/// the clause before was about: its subject's words are the act's too.
/// </summary>
public sealed class PronounObjectTests
{
    private static IReadOnlyList<Claim> Claims(string text) => new ClaimExtractor().Extract(text, new DateTimeOffset(2024, 2, 13, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("its mineral water was safe to drink and that there was no need to withdraw it")]
    [InlineData("its mineral water was safe to drink and that there was no need to withdraw it, after officials in Veloria found traces of benzene")]
    public void An_act_done_to_it_is_done_to_the_subject_before(string text)
    {
        var withdrawal = Claims(text).Single(c => c.Predicate == PredicateLexicon.StemOf("withdraw"));

        Assert.Contains(WordStem.Of("water"), withdrawal.Terms);
    }

    [Fact]
    public void An_act_with_an_object_of_its_own_keeps_only_its_own()
    {
        var withdrawal = Claims("its mineral water was safe to drink and that there was no need to withdraw the sparkling range").Single(c => c.Predicate == PredicateLexicon.StemOf("withdraw"));

        Assert.DoesNotContain(WordStem.Of("mineral"), withdrawal.Terms);
    }
}
