namespace Monitor.Analysis.Contradictions;

/// <summary>Maps a judge's weighted evidence to a score in (0, 1).</summary>
internal static class Logistic
{
    public static double Of(double z) => 1 / (1 + Math.Exp(-z));
}
