namespace Monitor.Analysis.Text;

/// <summary>Short quotes for explanations a reader can check at a glance.</summary>
public static class Excerpt
{
    public static string Of(string text, int maxLength = 120)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= maxLength ? trimmed : trimmed[..(maxLength - 1)].TrimEnd() + "…";
    }
}
