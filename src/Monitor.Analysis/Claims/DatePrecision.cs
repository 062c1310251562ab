namespace Monitor.Analysis.Claims;

/// <summary>How exactly a date expression pins a day; two dates are compared at the coarser precision.</summary>
public enum DatePrecision
{
    Day = 0,
    Week = 1,
    Month = 2,
    Year = 3,
}
