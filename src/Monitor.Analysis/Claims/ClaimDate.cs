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

    private static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
