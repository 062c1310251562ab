using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>One focused case per kind, checking the kind and that the explanation quotes the conflicting words with their dates.</summary>
[Collection(MiniLmCollection.Name)]
public sealed class KindTests(MiniLmFixture fixture)
{
    private static DateTimeOffset On(int month, int day) => new(2025, month, day, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_commitment_turned_around_is_a_negated_claim_quoting_both_cues()
    {
        var verdict = fixture.Checker.Check(
            new PairInput("We have no plans to impose tariffs on imported steel.", "canada", On(2, 3)),
            new PairInput("Tariffs of 25% on imported steel take effect on Monday.", "canada", On(3, 9)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NegatedClaim, verdict.Kind);
        Assert.Contains("'no plans to impose tariffs' (3 Feb 2025)", verdict.Explanation);
        Assert.Contains("'take effect' (9 Mar 2025)", verdict.Explanation);
    }

    [Fact]
    public void Reopen_then_stay_shut_is_a_negated_claim()
    {
        var verdict = fixture.Checker.Check(
            new PairInput("The embassy will reopen in March.", "germany", On(1, 10)),
            new PairInput("The embassy will stay shut.", "germany", On(2, 20)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NegatedClaim, verdict.Kind);
        Assert.Contains("stay shut", verdict.Explanation);
    }

    [Fact]
    public void Never_recognising_then_recognising_is_a_stance_reversal()
    {
        var verdict = fixture.Checker.Check(
            new PairInput("We will never recognise the result of the election.", "poland", On(1, 5)),
            new PairInput("We recognise the result of the election.", "poland", On(4, 12)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.StanceReversal, verdict.Kind);
        Assert.Contains("never recognise", verdict.Explanation);
    }

    [Fact]
    public void Different_troop_figures_are_a_number_mismatch_quoting_both_figures()
    {
        var verdict = fixture.Checker.Check(
            new PairInput("2,000 troops will leave the country.", "france", On(3, 14)),
            new PairInput("20,000 troops will leave the country.", "france", On(3, 20)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
        Assert.Contains("'2,000 troops' (14 Mar 2025) vs '20,000 troops' (20 Mar 2025)", verdict.Explanation);
    }

    [Fact]
    public void Different_days_for_the_same_talks_are_a_date_mismatch_with_resolved_dates()
    {
        var verdict = fixture.Checker.Check(
            new PairInput("Talks will be held in Geneva on 4 May.", "un", On(4, 1)),
            new PairInput("Talks will be held in Geneva on 14 May.", "un", On(4, 8)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DateMismatch, verdict.Kind);
        Assert.Contains("'4 May 2025' (1 Apr 2025) vs '14 May 2025' (8 Apr 2025)", verdict.Explanation);
    }

    [Fact]
    public void An_actor_denying_a_report_about_it_is_a_denial_of_report()
    {
        var verdict = fixture.Checker.Check(
            new PairInput("NATO plans to open a liaison office in Tokyo, Nikkei reported.", null, On(5, 3), "Nikkei"),
            new PairInput("NATO has no plans to open a liaison office in Tokyo.", "nato", On(5, 5)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DenialOfReport, verdict.Kind);
        Assert.Contains("nato denied what Nikkei reported", verdict.Explanation);
    }

    [Fact]
    public void Two_outlets_with_opposite_accounts_are_conflicting_reports()
    {
        var verdict = fixture.Checker.Check(
            new PairInput("The ministers met in Doha on Tuesday as planned.", null, On(3, 5), "AFP"),
            new PairInput("The ministers did not meet in Doha on Tuesday.", null, On(3, 5), "Al Arabiya"));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.ConflictingReports, verdict.Kind);
    }

    [Fact]
    public void Two_outlets_with_different_figures_are_conflicting_reports()
    {
        var verdict = fixture.Checker.Check(
            new PairInput("At least 40 soldiers were killed in the border clash, Reuters reported.", null, On(6, 1), "Reuters"),
            new PairInput("Four soldiers were killed in the border clash, state television said.", null, On(6, 1), "State TV"));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.ConflictingReports, verdict.Kind);
        Assert.Contains("40 soldiers", verdict.Explanation);
    }
}
