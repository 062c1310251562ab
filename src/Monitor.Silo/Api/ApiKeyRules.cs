using Monitor.Hosting.Configuration;

namespace Monitor.Silo.Api;

/// <summary>
/// Checks the configured API keys at start: what a key creates belongs to its name, so two keys with one name
/// would share (and delete) each other's subscriptions; an empty key would match nothing and read as a mistake.
/// </summary>
public static class ApiKeyRules
{
    public static void Validate(IReadOnlyList<ApiKeyOptions> keys)
    {
        var problems = new List<string>();
        for (var i = 0; i < keys.Count; i++)
            if (string.IsNullOrWhiteSpace(keys[i].Key)) problems.Add($"Monitor:ApiKeys:{i} has no Key.");
        foreach (var name in keys.Where(k => k.Name.Length > 0).GroupBy(k => k.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add($"Two or more API keys are named '{name.Key}'; each key needs its own name, as what a key creates belongs to its name.");
        if (keys.Where(k => k.Key.Length > 0).GroupBy(k => k.Key, StringComparer.Ordinal).Any(g => g.Count() > 1))
            problems.Add("The same API key is configured twice.");
        if (problems.Count > 0) throw new InvalidOperationException("The API keys are not valid: " + string.Join(" ", problems));
    }
}
