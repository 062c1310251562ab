using Monitor.Abstractions;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// Finds negated claims, stance reversals in words, number and date mismatches, denials of reports and
/// conflicting reports between a statement and the candidates filed under its keys.
/// Keys: <c>claim|owner|term</c> for the statement's most specific content words, <c>act|owner|sense</c> for
/// the acts it asserts or denies, <c>fig|owner|value</c> for the figures it names (set aside or not) and
/// <c>sem|owner|bucket</c> for its embedding neighbourhood, where the owner is the actor, or for a
/// report every actor it names (so the actor's later denial finds it) or <c>-</c> when it names none.
/// </summary>
public sealed class ClaimContradictionDetector : IContradictionDetector
{
    private readonly StatementAnalyzer _analyzer;
    private readonly PairDecider _decider;
    private readonly SemanticBucket? _bucket;

    public ClaimContradictionDetector(ContradictionOptions options)
        : this(new StatementAnalyzer(options.Embedder, new ActorMentions(options.Actors)), new PairDecider(options))
    {
    }

    public ClaimContradictionDetector(StatementAnalyzer analyzer, PairDecider decider)
    {
        _analyzer = analyzer;
        _decider = decider;
        _bucket = analyzer.Embedder is { } embedder ? new SemanticBucket(embedder.Dimensions) : null;
    }

    public string Name => "claims/v1";

    /// <summary>The tracked actors reports are matched against; the host replaces them when the registry changes.</summary>
    public ActorMentions Mentions => _analyzer.Mentions;

    /// <summary>Analyses the statements ahead of their use, embedding all of them in one batch.</summary>
    public void Prepare(IReadOnlyList<Statement> statements) => _analyzer.Prepare(statements);

    /// <summary>The first says only what will be done and the second says it was done: two steps, not one repeated.</summary>
    public bool IsIntentionThenAct(Statement intention, Statement act) =>
        _analyzer.Analyze(intention).Claims.All(c => c.Modality == Claims.Modality.Commitment)
        && _analyzer.Analyze(act).Claims.Any(c => c.Modality == Claims.Modality.Fact);

    /// <summary>
    /// Whether two findings rest on the same claim said twice: the same predicate with the same polarity.
    /// "We will not devalue" twice is one position; "the engine caught fire" and then "no missile hit it"
    /// are two claims, each overturned in its own right by "we shot it down".
    /// </summary>
    public bool RestOnOneClaim(Contradiction first, Contradiction second)
    {
        if (ClaimOf(first) is not { } one || ClaimOf(second) is not { } other) return true;
        return one.Predicate == other.Predicate && one.Polarity == other.Polarity;
    }

    private Claims.Claim? ClaimOf(Contradiction finding) =>
        finding.EarlierClaim is { } cue ? _analyzer.Analyze(finding.Earlier).Claims.FirstOrDefault(c => c.Cue == cue) : null;

    public IEnumerable<string> IndexKeys(Statement statement)
    {
        var analyzed = _analyzer.Analyze(statement);
        if (analyzed.Declines) yield break;
        // An actor's statement is also filed under the actors it names, so their later denial finds it.
        IReadOnlyList<string> owners = statement.Actor is { } actor ? [actor, .. analyzed.MentionedActors.Where(m => m != actor)]
            : analyzed.MentionedActors.Count > 0 ? analyzed.MentionedActors : ["-"];
        // "The vote will take place on Dec. 23" and "put back the elections to Dec. 30": a dated event is found under
        // every name it goes by, so the date that moved is compared with the date that was set.
        var datedEvents = analyzed.Claims.Where(c => c.Dates.Count > 0).SelectMany(c => Claims.EventNames.In(c.Text)).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var owner in owners)
        {
            foreach (var term in analyzed.KeyTerms) yield return $"claim|{owner}|{term}";
            // Reversals seldom reuse the words of what they reverse, but they name the same act.
            foreach (var act in analyzed.Claims.SelectMany(PredicateSenses.ActKeys).Distinct(StringComparer.Ordinal)) yield return $"act|{owner}|{act}";
            // A figure corrected later ("57, not 63") is named again in words that share nothing else with the first report.
            foreach (var figure in FigureKeys(analyzed)) yield return $"fig|{owner}|{figure}";
            if (_bucket is not null && analyzed.GistVector.Length > 0) yield return $"sem|{owner}|{_bucket.Of(analyzed.GistVector)}";
            foreach (var dated in datedEvents) yield return $"event|{owner}|{dated}";
        }
        // "Liquidity remains strong" and "our liquidity had deteriorated" share one word at best and read apart; the thing
        // whose shape is vouched for or said failing finds its other half. Only the actor's own voice vouches for itself.
        if (statement.Actor is { } speaker)
        {
            var things = analyzed.Claims.Select(c => Judges.ConditionReader.Read(c, analyzed)).OfType<(Judges.Soundness, IReadOnlySet<string> Thing, string)>();
            foreach (var thing in things.SelectMany(r => r.Thing).Distinct(StringComparer.Ordinal)) yield return $"state|{speaker}|{thing}";
        }
    }

    // Small whole numbers (counts of days, months, parties) are named everywhere; as keys they would find everything.
    private const decimal SmallestFigureKey = 13;

    private static IEnumerable<string> FigureKeys(AnalyzedStatement analyzed) =>
        analyzed.Claims.SelectMany(c => c.Quantities.Concat(c.RetractedQuantities))
            .Where(q => Math.Abs(q.Value) >= SmallestFigureKey || q.Value != decimal.Truncate(q.Value))
            .Select(q => q.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture))
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The actors whose earlier statements this one is compared with, as in <see cref="IndexKeys"/>: its
    /// actor and the tracked actors it names, or for a report each tracked actor it names. None for a
    /// report that names none (the keys' "-"), and none for a statement that declines.
    /// </summary>
    public IReadOnlyList<string> Owners(Statement statement) =>
        _analyzer.Analyze(statement) is { Declines: false } analyzed ? OwnersOf(analyzed) : [];

    /// <summary>
    /// The vectors a statement is found by in its owners' nearest-neighbour indexes: one unit vector per
    /// claim, of its text with negation and hedging removed, so both sides of a contradiction read alike.
    /// None without an embedder, or for a statement that declines.
    /// </summary>
    public IReadOnlyList<float[]> MeaningVectors(Statement statement) =>
        _analyzer.Analyze(statement) is { Declines: false } analyzed ? analyzed.ClaimVectors : [];

    /// <summary>Statements further apart than this are never compared.</summary>
    public TimeSpan MaxApart => _decider.Options.MaxApart;

    private static IReadOnlyList<string> OwnersOf(AnalyzedStatement analyzed) =>
        analyzed.Statement.Actor is { } actor ? [actor, .. analyzed.MentionedActors.Where(m => m != actor)] : analyzed.MentionedActors;

    public IEnumerable<Contradiction> Detect(Statement incoming, IReadOnlyList<Statement> candidates)
    {
        var analyzedIncoming = _analyzer.Analyze(incoming);
        foreach (var candidate in candidates)
        {
            if (candidate.Id == incoming.Id) continue;
            var (earlier, later) = StatementOrder.Order(candidate, incoming);
            var decision = earlier == incoming
                ? _decider.Decide(analyzedIncoming, _analyzer.Analyze(later))
                : _decider.Decide(_analyzer.Analyze(earlier), analyzedIncoming);
            if (decision.Finding is not { } finding) continue;
            if (finding.Kind == ContradictionKinds.Softened && !_decider.Options.IncludeSoftened) continue;
            yield return new Contradiction(finding.Kind, Math.Round(finding.Score, 3), finding.Explanation, Name, earlier, later, finding.Evidence?.Earlier.Cue);
        }
    }
}
