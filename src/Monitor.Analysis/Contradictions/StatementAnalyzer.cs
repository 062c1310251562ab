using System.Collections.Concurrent;
using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Embeddings;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// Extracts claims, embeds them and finds actor mentions for a statement, once: results are cached by
/// text and time said (at most <paramref name="cacheCapacity"/> entries, emptied when full).
/// Without an embedder, similarity falls back to shared words.
/// </summary>
public sealed class StatementAnalyzer(ISentenceEmbedder? embedder, ActorMentions mentions, int cacheCapacity = 100_000)
{
    private const int MaxKeyTerms = 6;
    private readonly ClaimExtractor _extractor = new();
    private readonly ConcurrentDictionary<(string Text, long Ticks), Analysis> _cache = new();

    public ISentenceEmbedder? Embedder => embedder;

    private int _mentionsVersion = mentions.Version;

    /// <summary>Which tracked actors texts name; replaced when the registry changes.</summary>
    public ActorMentions Mentions => mentions;

    public AnalyzedStatement Analyze(Statement statement)
    {
        ForgetIfRegistryChanged();
        var key = (statement.Text, statement.SaidAt.UtcTicks);
        if (!_cache.TryGetValue(key, out var analysis))
        {
            if (_cache.Count >= cacheCapacity) _cache.Clear();
            analysis = _cache[key] = Compute(statement.Text, statement.SaidAt);
        }
        var declines = statement.Mode == StatementMode.Decline || analysis.Claims.All(c => c.Modality == Modality.Declined);
        var denies = statement.Mode == StatementMode.Deny && !DeniesADenial(statement.Text) || analysis.Denies;
        var mentioned = statement.Actor is null ? analysis.MentionedByReport : analysis.Mentioned;
        // "Experts saw no sign of explosives" names nobody; its article is about the strike and whose it was.
        if (statement.Actor is null && mentioned.Count == 0 && statement.About is { Count: > 0 } about)
            mentioned = about.Where(mentions.IsTracked).ToArray();
        return new AnalyzedStatement(statement, analysis.Claims, analysis.ClaimVectors, analysis.GistVector, mentioned, analysis.KeyTerms, denies, declines)
        {
            SubjectActors = analysis.Claims.SelectMany(c => mentions.In(c.Subject)).Distinct(StringComparer.Ordinal).ToArray(),
            AdmitsFault = analysis.AdmitsFault,
        };
    }

    /// <summary>
    /// Analyses those of <paramref name="statements"/> not analysed yet, with one call to the embedder for all
    /// their texts: a batch costs the model much less than a call per statement. <see cref="Analyze"/> then finds
    /// them done; what it returns is the same as without this call.
    /// </summary>
    public void Prepare(IReadOnlyList<Statement> statements)
    {
        if (embedder is null) return;
        ForgetIfRegistryChanged();
        var pending = statements
            .Select(s => (s.Text, s.SaidAt))
            .DistinctBy(s => (s.Text, s.SaidAt.UtcTicks))
            .Where(s => !_cache.ContainsKey((s.Text, s.SaidAt.UtcTicks)))
            .Select(s => (s.Text, s.SaidAt, Read: ReadClaims(s.Text, s.SaidAt)))
            .ToArray();
        if (pending.Length == 0) return;
        var embedded = embedder.EmbedMany([.. pending.SelectMany(p => TextsToEmbed(p.Read))]);
        if (_cache.Count + pending.Length > cacheCapacity) _cache.Clear();
        var next = 0;
        foreach (var (text, saidAt, read) in pending)
        {
            var count = read.Claims.Count + 1;
            _cache[(text, saidAt.UtcTicks)] = Compute(text, read, embedded.Skip(next).Take(count).ToArray());
            next += count;
        }
    }

    // Key terms leave actors' names out, so a changed registry invalidates what was worked out before it.
    private void ForgetIfRegistryChanged()
    {
        if (_mentionsVersion == mentions.Version) return;
        _cache.Clear();
        _mentionsVersion = mentions.Version;
    }

    private Analysis Compute(string text, DateTimeOffset saidAt)
    {
        var read = ReadClaims(text, saidAt);
        return Compute(text, read, embedder?.EmbedMany(TextsToEmbed(read)));
    }

    private (IReadOnlyList<string> Named, List<Claim> Claims) ReadClaims(string text, DateTimeOffset saidAt)
    {
        var named = mentions.In(text, people: true);
        return (named, _extractor.Extract(text, saidAt).Select(c => NameActorsAsOne(c, named)).ToList());
    }

    // Each claim's text with negation and hedging removed, then the gist of them all.
    private static string[] TextsToEmbed((IReadOnlyList<string> Named, List<Claim> Claims) read) =>
        [.. read.Claims.Select(c => c.Neutral).Append(Gist(read.Claims))];

    private static string Gist(List<Claim> claims) =>
        string.Join(' ', claims.SelectMany(c => new[] { c.Subject, c.PredicateText.ToLowerInvariant(), c.Object }).Where(s => s.Length > 0));

    private Analysis Compute(string text, (IReadOnlyList<string> Named, List<Claim> Claims) read, IReadOnlyList<float[]>? embedded)
    {
        var (named, claims) = read;
        var nameWords = mentions.NameWords;
        // Longer words are rarer and say more about what a statement is about; names of actors say nothing new.
        var keyTerms = claims.SelectMany(c => c.Terms)
            .Where(t => !nameWords.Contains(t) && t.Length > 2)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)
            .Take(MaxKeyTerms)
            .ToArray();
        float[][] vectors = [];
        float[] gistVector = [];
        if (embedded is not null)
        {
            vectors = embedded.Take(claims.Count).ToArray();
            gistVector = embedded[^1];
        }
        var denies = claims.Any(c => c.Polarity == Polarity.Negative && ClaimsDeny(c));
        return new Analysis(claims, vectors, gistVector, mentions.In(text), named, keyTerms, denies, Judges.AdmissionJudge.Admits(text));
    }

    /// <summary>
    /// "the United Kingdom" in one claim and "Britain" in another name one actor, not two different places: the
    /// words of a tracked actor's names are read as that actor, so two aliases never make two matters.
    /// </summary>
    /// <remarks>
    /// The names are looked for in the whole statement, not only in the claim's own text: a claim read from part of
    /// a sentence ("cancelled his planned summit with North Korean leader Kim Jong Un") keeps the words of a name its
    /// text was cut short of, and those words must not make it look like a claim about something else.
    /// </remarks>
    private Claim NameActorsAsOne(Claim claim, IReadOnlyList<string> namedInStatement)
    {
        var actors = mentions.In(claim.Text);
        if (actors.Count == 0 && namedInStatement.Count == 0) return claim;
        var subjectActors = actors.Count == 0 ? [] : mentions.In(claim.Subject);
        bool NamesActor(string stem) => actors.Concat(namedInStatement).Any(a => mentions.WordsOf(a).Contains(stem));
        // Nor do they say what the claim is about: "Russia" in a report on Russia and in Russia's own reply is no shared matter.
        return claim with
        {
            Names = claim.Names.Where(n => !NamesActor(n)).ToArray(),
            Terms = claim.Terms.Where(t => !NamesActor(t)).ToArray(),
            Actors = actors.Count > 0 ? actors : claim.Actors,
            SubjectActors = subjectActors,
        };
    }

    // A negative claim that also uses a word of denial ("denies", "baseless", "rejects reports") denies rather than merely negates.
    private static bool ClaimsDeny(Claim claim)
    {
        var words = Text.ClaimKey.Words(claim.Text).ToArray();
        return Enumerable.Range(0, words.Length).Any(i => IsDenying(words, i) && !DeniesADenial(words, i));
    }

    private static bool IsDenying(string[] words, int i) =>
        ClaimLexicon.IsDenial(words, i) || words[i] is "rejects" or "rejected" or "rejecting" or "dismissing" or "refuting";

    private static bool DeniesADenial(string text)
    {
        var words = Text.ClaimKey.Words(text).ToArray();
        return Enumerable.Range(0, words.Length).Any(i => (IsDenying(words, i) || words[i] == "dismissed") && DeniesADenial(words, i));
    }

    /// <summary>"dismissed as an attempt to mislead a denial by the group": denying a denial upholds what was denied.</summary>
    private static bool DeniesADenial(string[] words, int at) =>
        Enumerable.Range(at + 1, Math.Min(8, Math.Max(0, words.Length - at - 1))).Any(j => words[j] is "denial" or "denials");

    private sealed record Analysis(
        IReadOnlyList<Claim> Claims, float[][] ClaimVectors, float[] GistVector, IReadOnlyList<string> Mentioned, IReadOnlyList<string> MentionedByReport,
        string[] KeyTerms, bool Denies, bool AdmitsFault);
}
