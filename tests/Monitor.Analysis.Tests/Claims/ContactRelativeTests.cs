using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Tests.Claims;

/// <summary>
/// "The three managers it fired last month": a relative clause without "that", its pronoun subject straight after its
/// noun, describes the noun. Its verb is not the act the claim makes, nor what the claim's "not" denies; a pronoun after
/// a verb of speech ("said they fired …") or after a comma opens a clause of its own.
/// </summary>
public sealed class ContactRelativeTests
{
    private static Claim Read(string text) => new ClaimExtractor().Extract(text, new DateTimeOffset(2011, 2, 2, 9, 0, 0, TimeSpan.Zero))[0];

    [Theory]
    [InlineData("the carmaker had not made up the affair against the three managers it fired last month")]
    [InlineData("the airline had full confidence in the pilots it grounded last week")]
    public void The_verb_of_a_clause_describing_a_noun_is_not_the_act(string text)
    {
        var predicate = Read(text).Predicate;

        Assert.NotEqual(PredicateLexicon.StemOf("fire"), predicate);
        Assert.NotEqual(PredicateLexicon.StemOf("ground"), predicate);
    }

    [Theory]
    [InlineData("the carmaker said it fired the three managers last month", "fire")]
    [InlineData("in recent months, they fired the three managers", "fire")]
    public void A_pronoun_opening_a_clause_of_its_own_keeps_its_verb_as_the_act(string text, string act)
    {
        Assert.Equal(PredicateLexicon.StemOf(act), Read(text).Predicate);
    }
}
