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
}
