namespace Monitor.Analysis.Text;

/// <summary>
/// Adjectives that name a country's state in news copy ("Russian troops", "the U.S. decision"), so speakers
/// and reports are tied to the actor whose name or alias is that country.
/// </summary>
public static class Demonyms
{
    public static readonly IReadOnlyList<(string Adjective, string Country)> All =
    [
        ("North Korean", "North Korea"), ("Chinese", "China"), ("Japanese", "Japan"), ("French", "France"), ("British", "United Kingdom"), ("British", "Britain"),
        ("American", "United States"), ("U.S.", "United States"), ("US", "United States"), ("German", "Germany"), ("Russian", "Russia"),
        ("South Korean", "South Korea"), ("Korean", "South Korea"), ("Australian", "Australia"), ("Indian", "India"),
        ("Italian", "Italy"), ("Spanish", "Spain"), ("Polish", "Poland"), ("Ukrainian", "Ukraine"), ("Turkish", "Turkey"),
        ("Finnish", "Finland"), ("Swedish", "Sweden"), ("Norwegian", "Norway"), ("Canadian", "Canada"), ("Taiwanese", "Taiwan"),
        ("Philippine", "Philippines"), ("Vietnamese", "Vietnam"), ("European", "European Union"), ("EU", "European Union"),
        ("Thai", "Thailand"), ("Cypriot", "Cyprus"), ("Greek", "Greece"), ("Dutch", "Netherlands"), ("Swiss", "Switzerland"),
        ("Syrian", "Syria"), ("Iranian", "Iran"), ("Iraqi", "Iraq"), ("Israeli", "Israel"), ("Egyptian", "Egypt"),
        ("Saudi", "Saudi Arabia"), ("Mexican", "Mexico"), ("Brazilian", "Brazil"), ("Argentine", "Argentina"),
        ("Malaysian", "Malaysia"), ("Indonesian", "Indonesia"), ("Pakistani", "Pakistan"), ("Afghan", "Afghanistan"),
        ("Lebanese", "Lebanon"), ("Qatari", "Qatar"), ("Nigerian", "Nigeria"), ("South African", "South Africa"),
        ("Belgian", "Belgium"), ("Austrian", "Austria"), ("Portuguese", "Portugal"), ("Irish", "Ireland"), ("Danish", "Denmark"),
        ("Hungarian", "Hungary"), ("Czech", "Czech Republic"), ("Romanian", "Romania"), ("Serbian", "Serbia"),
        ("Belarusian", "Belarus"), ("Armenian", "Armenia"), ("Singaporean", "Singapore"), ("Sri Lankan", "Sri Lanka"),
        ("Venezuelan", "Venezuela"), ("Colombian", "Colombia"), ("Chilean", "Chile"), ("Cuban", "Cuba"),
        ("Palestinian", "Palestine"), ("Jordanian", "Jordan"), ("Libyan", "Libya"), ("Sudanese", "Sudan"),
        ("Zimbabwean", "Zimbabwe"), ("Kazakh", "Kazakhstan"), ("Burmese", "Myanmar"), ("Emirati", "United Arab Emirates"),
        ("Estonian", "Estonia"), ("Latvian", "Latvia"), ("Lithuanian", "Lithuania"), ("Bangladeshi", "Bangladesh"),
        ("Ethiopian", "Ethiopia"), ("Kenyan", "Kenya"), ("Catalan", "Catalonia"),
    ];

    private static readonly Dictionary<string, string> CountryWords = All
        .Where(d => !d.Adjective.Contains(' ', StringComparison.Ordinal) && !d.Country.Contains(' ', StringComparison.Ordinal))
        .GroupBy(d => d.Adjective.ToLowerInvariant(), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Country.ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>
    /// The phrase with each "Country's" written as the country's adjective: "Thailand's army" → "Thai army", so an
    /// alias given in one form is found in the other.
    /// </summary>
    public static string AdjectivalForm(string phrase)
    {
        if (!phrase.Contains("'s", StringComparison.Ordinal) && !phrase.Contains("\u2019s", StringComparison.Ordinal)) return phrase;
        foreach (var (adjective, country) in All)
        {
            phrase = phrase.Replace(country + "'s ", adjective + " ", StringComparison.Ordinal)
                .Replace(country + "\u2019s ", adjective + " ", StringComparison.Ordinal);
        }
        return phrase;
    }

    /// <summary>The one-word country a lower-case adjective names ("ukrainian" → "ukraine"), or the word itself.</summary>
    public static string CountryWordOf(string lowerWord) => CountryWords.TryGetValue(lowerWord, out var country) ? country : lowerWord;
}
