namespace Monitor.Analysis.Claims;

/// <summary>A date expression resolved against the time the statement was made ("on Thursday", "4 May", "next year").</summary>
/// <param name="Start">The first day the expression covers (the Monday of a week, the 1st of a month).</param>
public sealed record ClaimDate(DateOnly Start, DatePrecision Precision, string Text)
{
    /// <summary>True when the two dates cannot name the same time, compared at the coarser precision.</summary>
    public bool ConflictsWith(ClaimDate other)
    {
        var precision = (DatePrecision)Math.Max((int)Precision, (int)other.Precision);
        return precision switch
        {
            DatePrecision.Day => Start != other.Start,
            DatePrecision.Week => WeekOf(Start) != WeekOf(other.Start),
            DatePrecision.Month => (Start.Year, Start.Month) != (other.Start.Year, other.Start.Month),
            _ => Start.Year != other.Start.Year,
        };
    }

    /// <summary>The last day the date can name: the day itself, or the end of its week, month or year.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Week => Start.AddDays(6),
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        _ => new DateOnly(Start.Year, 12, 31),
    };

    private static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
