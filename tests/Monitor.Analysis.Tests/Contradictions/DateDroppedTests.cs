using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A firm date, then on or before that day the event is put off or called off with no new date: the date was not
/// kept. A hedged date, a delay someone refuses or supposes, and a change announced after the date are not.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class DateDroppedTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors =
    [
        new("elbonia", "Elbonia", ["Elbonia", "Elbonian government", "Elbonian finance ministry"],
            [new SpeakerDefinition("Ilya Varn", "prime minister", null, null)]),
        new("freedonia", "Freedonia", ["Freedonia", "Freedonian government"], []),
    ];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static readonly DateTimeOffset May1 = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int laterDay) =>
        _checker.Check(new PairInput(earlier, "elbonia", May1), new PairInput(later, "elbonia", May1.AddDays(laterDay - 1)));

    [Theory]
    [InlineData("the audit of the state railway will be published on June 14",
        "it had postponed publication of the state railway audit until further notice", 12)]
    [InlineData("the new toll on foreign lorries takes effect on June 1",
        "the introduction of the toll on foreign lorries has been delayed", 20)]
    [InlineData("the referendum on the pension reform will be held on June 9",
        "the pension referendum has been called off", 30)]
    public void A_firm_date_dropped_before_it_came_is_a_date_not_kept(string earlier, string later, int laterDay)
    {
        var verdict = Check(earlier, later, laterDay);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DateMismatch, verdict.Kind);
        Assert.Contains("firm date", verdict.Explanation);
    }

    [Theory]
    [InlineData("the audit of the state railway will be published around June 14",
        "it had postponed publication of the state railway audit", 12)]
    [InlineData("the audit of the state railway could be published on June 14",
        "it had postponed publication of the state railway audit", 12)]
    public void A_date_that_was_never_firm_is_not_broken_by_a_delay(string earlier, string later, int laterDay)
    {
        Assert.False(Check(earlier, later, laterDay).Contradiction);
    }

    [Theory]
    [InlineData("it would rather resign than ask parliament to delay the audit of the state railway beyond June 14")]
    [InlineData("the audit of the state railway will not be postponed")]
    [InlineData("opposition deputies tabled a motion to force the ministry to seek a delay of the state railway audit")]
    public void A_delay_refused_or_only_supposed_drops_no_date(string later)
    {
        var verdict = Check("the audit of the state railway will be published on June 14", later, 10);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_delay_announced_after_the_date_had_passed_is_not_this_kind()
    {
        var verdict = Check("the audit of the state railway will be published on May 14", "it had postponed publication of the state railway audit", 40);

        Assert.DoesNotContain("firm date", verdict.Explanation);
    }

    [Fact]
    public void A_summit_called_off_whose_report_names_the_other_leader_in_part_is_still_the_same_summit()
    {
        // The later claim is read from part of its sentence; the words of the prime minister's name it keeps must not
        // make it about another matter than the meeting announced with his government's name.
        var verdict = _checker.Check(
            new PairInput("the president's talks with the Elbonian government and prime minister Ilya Varn would take place in Oslo on June 12", "freedonia", May1),
            new PairInput("called off his planned June 12 talks with Elbonian prime minister Ilya Varn", "freedonia", May1.AddDays(14)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }
}
