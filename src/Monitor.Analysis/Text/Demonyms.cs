namespace Monitor.Analysis.Text;

/// <summary>
/// Adjectives that name a country's state in news copy ("Russian troops", "the U.S. decision"), so speakers
/// and reports are tied to the actor whose name or alias is that country.
/// </summary>
public static class Demonyms
{
    public static readonly IReadOnlyList<(string Adjective, string Country)> All =
    [
        ("Chinese", "China"), ("Japanese", "Japan"), ("French", "France"), ("British", "United Kingdom"), ("British", "Britain"),
        ("American", "United States"), ("U.S.", "United States"), ("US", "United States"), ("German", "Germany"), ("Russian", "Russia"),
        ("South Korean", "South Korea"), ("Korean", "South Korea"), ("Australian", "Australia"), ("Indian", "India"),
        ("Italian", "Italy"), ("Spanish", "Spain"), ("Polish", "Poland"), ("Ukrainian", "Ukraine"), ("Turkish", "Turkey"),
        ("Finnish", "Finland"), ("Swedish", "Sweden"), ("Norwegian", "Norway"), ("Canadian", "Canada"), ("Taiwanese", "Taiwan"),
        ("Philippine", "Philippines"), ("Vietnamese", "Vietnam"), ("European", "European Union"), ("EU", "European Union"),
    ];

    private static readonly Dictionary<string, string> CountryWords = All
        .Where(d => !d.Adjective.Contains(' ', StringComparison.Ordinal) && !d.Country.Contains(' ', StringComparison.Ordinal))
        .GroupBy(d => d.Adjective.ToLowerInvariant(), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Country.ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>The one-word country a lower-case adjective names ("ukrainian" → "ukraine"), or the word itself.</summary>
    public static string CountryWordOf(string lowerWord) => CountryWords.TryGetValue(lowerWord, out var country) ? country : lowerWord;
}
