using System.Globalization;
using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Evaluation;

/// <summary>
/// Scores statement extraction on the PolNeAR corpus (brat standoff annotations of source, cue and
/// content). Gold units are the E lines with roles, one annotation file per article: the file
/// itself, or the lexicographically first annotator's where several annotated it. Predictions come
/// from running the extractor on the raw text with no actors configured (the corpus is US
/// politics), keeping the literal speaker mention as the source span.
/// <para>
/// Overlap matching is citron's, as the benchmark's SOURCE.md anchors use it (BBC citron on
/// PARC 3.0: source exact F1 82.0, content overlap F1 83.3): for each role, precision is the
/// number of predicted tokens that lie inside a gold span of that role divided by all predicted
/// tokens, recall is the same overlap divided by all gold tokens. Tokens are runs of letters or
/// digits and single punctuation marks. Exact matching is citron's too: a predicted span list
/// counts when it equals a gold one whose cue overlaps the predicted cue.
/// </para>
/// </summary>
public static class PolnearAttributionEvaluation
{
    public static PolnearEvaluationResult Evaluate(string datasetDirectory, string split = "test", StatementExtractor? extractor = null)
    {
        extractor ??= new StatementExtractor(Array.Empty<ActorDefinition>(), Array.Empty<TopicDefinition>());
        var splitDirectory = Path.Combine(datasetDirectory, "data", split);
        var textDirectory = Path.Combine(splitDirectory, "text");
        var annotationFiles = CanonicalAnnotations(Path.Combine(splitDirectory, "attributions"));
        var published = PublicationDates(Path.Combine(datasetDirectory, "data", "metadata.tsv"));

        var tally = new Tally();
        var articles = 0;
        foreach (var article in Directory.GetFiles(textDirectory, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
        {
            if (article is null || !annotationFiles.TryGetValue(article, out var annotationFile)) continue;
            var text = File.ReadAllText(Path.Combine(textDirectory, article + ".txt"));
            var gold = BratAttributions.Read(File.ReadAllLines(annotationFile));
            var date = published.TryGetValue(article, out var d) ? d : new DateTimeOffset(2016, 11, 8, 0, 0, 0, TimeSpan.Zero);
            var predicted = ToSpans(text, extractor.Extract(new ArticleInput(article, text, date, null, null)).Statements);
            tally.Add(text, gold, predicted);
            articles++;
        }
        return tally.Result(split, articles);
    }

    /// <summary>
    /// Statements as attributions. PolNeAR annotates a quote that carries on the previous speaker as
    /// more content of that speaker's attribution, so such statements join the one before them.
    /// </summary>
    private static List<SpanAttribution> ToSpans(string text, IReadOnlyList<ExtractedStatement> statements)
    {
        var attributions = new List<SpanAttribution>();
        foreach (var statement in statements)
        {
            if (statement.Statement.Span is not { } found) continue;
            var span = WithAnnotationBoundaries(text, found, statement.Statement.Direct);
            if (statement.Trace.Rule.Split('/')[0].EndsWith("-continuation", StringComparison.Ordinal) && attributions.Count > 0)
            {
                var previous = attributions[^1];
                attributions[^1] = previous with { Content = [.. previous.Content, (span.Start, span.End)] };
                continue;
            }
            attributions.Add(new SpanAttribution(
                statement.SpeakerSpan is { } source ? [(source.Start, source.End)] : [],
                statement.CueSpan is { } cue ? [(cue.Start, cue.End)] : [],
                [(span.Start, span.End)]));
        }
        return attributions;
    }

    /// <summary>
    /// PolNeAR's content spans include the quote marks (and the comma or stop inside them) of a
    /// direct quote, and the "that" opening reported speech; Monitor's spans hold only the words.
    /// This widens a span to the corpus's boundaries so exact matching compares like with like.
    /// </summary>
    private static TextSpan WithAnnotationBoundaries(string text, TextSpan span, bool direct)
    {
        var start = span.Start;
        var end = span.End;
        if (direct)
        {
            if (start > 0 && IsQuoteMark(text[start - 1])) start--;
            var e = end;
            while (e < text.Length && text[e] is ',' or '.' or '?' or '!') e++;
            if (e < text.Length && IsQuoteMark(text[e])) end = e + 1;
            return new TextSpan(start, end);
        }
        var s = start;
        while (s > 0 && text[s - 1] == ' ') s--;
        if (s >= 4 && text.AsSpan(s - 4, 4).Equals("that", StringComparison.OrdinalIgnoreCase) && (s == 4 || !char.IsLetter(text[s - 5]))) start = s - 4;
        return new TextSpan(start, end);
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D';

    /// <summary>One annotation file per article: the lexicographically first annotator where there are several.</summary>
    private static Dictionary<string, string> CanonicalAnnotations(string directory)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(directory, "*.ann").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var cut = name.LastIndexOf('_');
            if (cut <= 0) continue;
            files.TryAdd(name[..cut], file);
        }
        return files;
    }

    private static Dictionary<string, DateTimeOffset> PublicationDates(string metadataFile)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (!File.Exists(metadataFile)) return dates;
        var lines = File.ReadAllLines(metadataFile);
        if (lines.Length == 0) return dates;
        var header = lines[0].Split('\t');
        var nameColumn = Array.IndexOf(header, "filename");
        var dateColumn = Array.IndexOf(header, "publication_date");
        if (nameColumn < 0 || dateColumn < 0) return dates;
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length <= Math.Max(nameColumn, dateColumn)) continue;
            if (DateOnly.TryParseExact(cells[dateColumn], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                dates.TryAdd(cells[nameColumn], new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        }
        return dates;
    }

    /// <summary>Running sums over the articles of a split.</summary>
    private sealed class Tally
    {
        private int gold;
        private int predicted;
        private double cueTp, cueFp, cueFn, sourceTp, sourceFp, sourceFn, contentTp, contentFp, contentFn;
        private double sourceOverlap, sourcePredicted, sourceGold, contentOverlap, contentPredicted, contentGold;
        private double linked, linkedWithSource, quoteGold, quoteLinked;

        public void Add(string text, IReadOnlyList<SpanAttribution> goldUnits, IReadOnlyList<SpanAttribution> predictedUnits)
        {
            gold += goldUnits.Count;
            predicted += predictedUnits.Count;

            (cueTp, cueFp, cueFn) = Sum((cueTp, cueFp, cueFn), Exact(goldUnits, predictedUnits, u => u.Cue, gateOnCue: false));
            (sourceTp, sourceFp, sourceFn) = Sum((sourceTp, sourceFp, sourceFn), Exact(goldUnits, predictedUnits, u => u.Source, gateOnCue: true));
            (contentTp, contentFp, contentFn) = Sum((contentTp, contentFp, contentFn), Exact(goldUnits, predictedUnits, u => u.Content, gateOnCue: true));

            var tokens = TokenStarts(text);
            sourceOverlap += Overlap(tokens, predictedUnits, goldUnits, u => u.Source);
            sourcePredicted += predictedUnits.Sum(u => Count(tokens, u.Source));
            sourceGold += goldUnits.Sum(u => Count(tokens, u.Source));
            contentOverlap += Overlap(tokens, predictedUnits, goldUnits, u => u.Content);
            contentPredicted += predictedUnits.Sum(u => Count(tokens, u.Content));
            contentGold += goldUnits.Sum(u => Count(tokens, u.Content));

            var pairs = Align(text, goldUnits, predictedUnits);
            linked += pairs.Count;
            linkedWithSource += pairs.Count(p => SourcesAgree(goldUnits[p.Gold], predictedUnits[p.Predicted]));
            var quoted = goldUnits.Select((u, i) => (u, i)).Where(x => x.u.Content.Any(r => HasQuoteMark(text, r))).Select(x => x.i).ToHashSet();
            quoteGold += quoted.Count;
            quoteLinked += pairs.Count(p => quoted.Contains(p.Gold));
        }

        public PolnearEvaluationResult Result(string split, int articles) => new(
            split, articles, gold, predicted,
            FromCounts(cueTp, cueFp, cueFn),
            FromCounts(sourceTp, sourceFp, sourceFn),
            new SpanScore(sourceOverlap, sourcePredicted, sourceGold),
            FromCounts(contentTp, contentFp, contentFn),
            new SpanScore(contentOverlap, contentPredicted, contentGold),
            new SpanScore(linked, predicted, gold),
            new SpanScore(linkedWithSource, predicted, gold),
            new SpanScore(quoteLinked, quoteLinked, quoteGold));

        private static SpanScore FromCounts(double tp, double fp, double fn) => new(tp, tp + fp, tp + fn);

        private static (double, double, double) Sum((double, double, double) a, (int, int, int) b) => (a.Item1 + b.Item1, a.Item2 + b.Item2, a.Item3 + b.Item3);

        private static (int Tp, int Fp, int Fn) Exact(IReadOnlyList<SpanAttribution> gold, IReadOnlyList<SpanAttribution> predicted,
            Func<SpanAttribution, IReadOnlyList<(int Start, int End)>> role, bool gateOnCue)
        {
            bool Same(SpanAttribution p, SpanAttribution g) =>
                (!gateOnCue || Overlaps(p.Cue, g.Cue)) && role(p).Count > 0 && role(p).SequenceEqual(role(g));
            var tp = predicted.Count(p => gold.Any(g => Same(p, g)));
            var fn = gold.Count(g => !predicted.Any(p => Same(p, g)));
            return (tp, predicted.Count - tp, fn);
        }

        private static bool Overlaps(IReadOnlyList<(int Start, int End)> a, IReadOnlyList<(int Start, int End)> b) =>
            a.Any(x => b.Any(y => x.Start < y.End && y.Start < x.End));

        private static double Overlap(int[] tokens, IReadOnlyList<SpanAttribution> predicted, IReadOnlyList<SpanAttribution> gold,
            Func<SpanAttribution, IReadOnlyList<(int Start, int End)>> role)
        {
            var goldRanges = gold.SelectMany(role).ToArray();
            var total = 0;
            foreach (var range in predicted.SelectMany(role))
                foreach (var token in TokensIn(tokens, range))
                    if (goldRanges.Any(g => g.Start <= token && token < g.End)) total++;
            return total;
        }

        private static int Count(int[] tokens, IReadOnlyList<(int Start, int End)> ranges) => ranges.Sum(r => TokensIn(tokens, r).Count());

        private static IEnumerable<int> TokensIn(int[] tokens, (int Start, int End) range)
        {
            var first = Array.BinarySearch(tokens, range.Start);
            if (first < 0) first = ~first;
            for (var i = first; i < tokens.Length && tokens[i] < range.End; i++) yield return tokens[i];
        }

        /// <summary>Start offsets of the tokens: runs of letters or digits, and single punctuation marks.</summary>
        private static int[] TokenStarts(string text)
        {
            var starts = new List<int>();
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsWhiteSpace(text[i])) continue;
                if (char.IsLetterOrDigit(text[i]))
                {
                    starts.Add(i);
                    while (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) i++;
                    continue;
                }
                starts.Add(i);
            }
            return starts.ToArray();
        }

        /// <summary>Greedy one-to-one pairing on descending content Jaccard (non-whitespace characters), kept when at least 0.5.</summary>
        private static List<(int Gold, int Predicted)> Align(string text, IReadOnlyList<SpanAttribution> gold, IReadOnlyList<SpanAttribution> predicted)
        {
            var candidates = new List<(double Score, int Gold, int Predicted)>();
            for (var g = 0; g < gold.Count; g++)
            {
                var goldSet = Characters(text, gold[g].Content);
                if (goldSet.Count == 0) continue;
                for (var p = 0; p < predicted.Count; p++)
                {
                    var predictedSet = Characters(text, predicted[p].Content);
                    if (predictedSet.Count == 0) continue;
                    var intersection = goldSet.Count(predictedSet.Contains);
                    if (intersection == 0) continue;
                    var score = (double)intersection / (goldSet.Count + predictedSet.Count - intersection);
                    if (score >= 0.5) candidates.Add((score, g, p));
                }
            }
            var pairs = new List<(int, int)>();
            var usedGold = new HashSet<int>();
            var usedPredicted = new HashSet<int>();
            foreach (var (_, g, p) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Gold).ThenBy(c => c.Predicted))
            {
                if (!usedGold.Add(g)) continue;
                if (!usedPredicted.Add(p)) { usedGold.Remove(g); continue; }
                pairs.Add((g, p));
            }
            return pairs;
        }

        private static HashSet<int> Characters(string text, IReadOnlyList<(int Start, int End)> ranges)
        {
            var set = new HashSet<int>();
            foreach (var (start, end) in ranges)
                for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
                    if (!char.IsWhiteSpace(text[i])) set.Add(i);
            return set;
        }

        /// <summary>Lenient source agreement: overlapping spans, or no source on either side.</summary>
        private static bool SourcesAgree(SpanAttribution gold, SpanAttribution predicted) =>
            gold.Source.Count == 0 || Overlaps(gold.Source, predicted.Source);

        private static bool HasQuoteMark(string text, (int Start, int End) range)
        {
            for (var i = Math.Max(0, range.Start); i < Math.Min(range.End, text.Length); i++)
                if (text[i] is '"' or '\u201C' or '\u201D') return true;
            return false;
        }
    }
}
