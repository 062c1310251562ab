using System.Globalization;

namespace Monitor.Analysis.Evaluation;

/// <summary>
/// Reads PolNeAR's brat standoff: T lines are labelled spans (fragments separated by ';'), E lines
/// link one cue, at most one source and one or more contents. Workflow labels (Discuss, Discard)
/// and E lines without roles are ignored.
/// </summary>
internal static class BratAttributions
{
    public static List<SpanAttribution> Read(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        var relations = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith('T'))
            {
                var parts = line.Split('\t');
                if (parts.Length < 2) continue;
                var labelAndRanges = parts[1];
                var space = labelAndRanges.IndexOf(' ', StringComparison.Ordinal);
                if (space < 0) continue;
                var ranges = new List<(int, int)>();
                foreach (var fragment in labelAndRanges[(space + 1)..].Split(';'))
                {
                    var bounds = fragment.Trim().Split(' ');
                    if (bounds.Length == 2
                        && int.TryParse(bounds[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
                        && int.TryParse(bounds[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var end))
                        ranges.Add((start, end));
                }
                spans[parts[0]] = ranges;
            }
            else if (line.StartsWith('E'))
            {
                relations.Add(line);
            }
        }

        var attributions = new List<SpanAttribution>();
        foreach (var relation in relations)
        {
            var parts = relation.Split('\t');
            if (parts.Length < 2) continue;
            List<(int, int)> source = [], cue = [], content = [];
            foreach (var argument in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                var colon = argument.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(argument[(colon + 1)..], out var ranges)) continue;
                var role = argument[..colon];
                if (role == "Source") source.AddRange(ranges);
                else if (role == "Cue") cue.AddRange(ranges);
                else if (role.StartsWith("Content", StringComparison.Ordinal)) content.AddRange(ranges);
            }
            if (cue.Count == 0 && content.Count == 0) continue;
            attributions.Add(new SpanAttribution(source, cue, content.OrderBy(r => r.Item1).ToList()));
        }
        return attributions;
    }
}
