namespace Monitor.Grains.Sources;

/// <summary>
/// A robots.txt read by RFC 9309: groups start with one or more <c>User-agent</c> lines and hold
/// <c>Allow</c>/<c>Disallow</c> rules; a crawler obeys the groups naming its product token (case-insensitive,
/// merged when several do), else the <c>*</c> groups, else nothing. Among the rules that match a path the
/// longest pattern wins, and <c>Allow</c> wins a tie; <c>*</c> matches any run of characters and a final
/// <c>$</c> anchors the end. Other lines (Sitemap, Crawl-delay, unknown ones) neither end a group nor count.
/// </summary>
public sealed class RobotsRules
{
    /// <summary>The file a host without one (or one that says 4xx) is read as: everything allowed.</summary>
    public static readonly RobotsRules AllowAll = new([]);

    /// <summary>What an unreachable robots.txt (5xx, no answer) means under RFC 9309: nothing may be fetched for now.</summary>
    public static readonly RobotsRules DisallowAll = new([new Group(["*"], [new Rule("/", Allow: false)])]);

    private readonly IReadOnlyList<Group> _groups;

    private RobotsRules(IReadOnlyList<Group> groups) => _groups = groups;

    public static RobotsRules Parse(string text)
    {
        var groups = new List<Group>();
        List<string>? agents = null;
        List<Rule>? rules = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var comment = line.IndexOf('#');
            if (comment >= 0) line = line[..comment];
            var colon = line.IndexOf(':');
            if (colon < 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    // A user-agent line after rules opens a new group; consecutive ones share the group.
                    if (agents is null || rules!.Count > 0)
                    {
                        agents = [];
                        rules = [];
                        groups.Add(new Group(agents, rules));
                    }
                    agents.Add(ProductToken(value));
                    break;
                case "allow" or "disallow" when rules is not null:
                    // An empty Disallow allows everything, which is what no rule at all says.
                    if (value.Length > 0) rules.Add(new Rule(value, key == "allow"));
                    break;
            }
        }
        return new RobotsRules(groups);
    }

    /// <summary>Whether a crawler calling itself <paramref name="userAgent"/> may fetch <paramref name="pathAndQuery"/>.</summary>
    public bool IsAllowed(string userAgent, string pathAndQuery)
    {
        if (pathAndQuery.Equals("/robots.txt", StringComparison.Ordinal)) return true;
        var token = ProductToken(userAgent);
        var applicable = _groups.Where(g => g.Agents.Contains(token, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (applicable.Length == 0) applicable = [.. _groups.Where(g => g.Agents.Contains("*"))];
        Rule? best = null;
        foreach (var rule in applicable.SelectMany(g => g.Rules))
        {
            if (!Matches(rule.Pattern, pathAndQuery)) continue;
            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow)) best = rule;
        }
        return best?.Allow ?? true;
    }

    /// <summary>"Monitor/1.0 (…)" → "Monitor": the name part a robots.txt group is written for.</summary>
    private static string ProductToken(string value)
    {
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetterOrDigit(value[end]) || value[end] is '-' or '_' or '*')) end++;
        return value[..end];
    }

    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        var parts = pattern.Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal)) return false;
        var position = parts[0].Length;
        if (parts.Length == 1) return !anchored || position == path.Length;
        // Each middle piece taken at its leftmost place leaves the most room for the rest.
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = path.IndexOf(parts[i], position, StringComparison.Ordinal);
            if (found < 0) return false;
            position = found + parts[i].Length;
        }
        var last = parts[^1];
        return anchored
            ? path.Length - last.Length >= position && path.EndsWith(last, StringComparison.Ordinal)
            : path.IndexOf(last, position, StringComparison.Ordinal) >= 0;
    }

    private sealed record Group(List<string> Agents, List<Rule> Rules);

    private sealed record Rule(string Pattern, bool Allow);
}
