using Monitor.Abstractions;

namespace Monitor.Analysis.Contradictions;

/// <summary>Runs every detector over a statement and its candidates; deterministic for the same inputs.</summary>
public sealed class ContradictionEngine(IEnumerable<IContradictionDetector> detectors)
{
    private readonly IReadOnlyList<IContradictionDetector> _detectors = detectors.ToArray();

    /// <summary>
    /// Topic stance reversals plus the claim-based detectors. Pass options with the host's one shared
    /// <see cref="Embeddings.MiniLmSentenceEmbedder"/> to compare by meaning; without it, claims are compared
    /// by their words, which keeps start-up instant but misses paraphrased contradictions.
    /// </summary>
    public static ContradictionEngine CreateDefault(ContradictionOptions? options = null) =>
        new([new StanceReversalDetector(), new ClaimContradictionDetector(options ?? new ContradictionOptions())]);

    /// <summary>
    /// Takes the registry as it is now, so a report naming an actor added at run time is matched with
    /// that actor's statements. Deterministic for a replay: the registry records come before the documents.
    /// </summary>
    public void UseActors(IEnumerable<ActorDefinition> actors)
    {
        var list = actors.ToArray();
        foreach (var detector in _detectors.OfType<ClaimContradictionDetector>()) detector.Mentions.Replace(list);
    }

    /// <summary>
    /// Analyses statements that are about to be filed, looked up or compared, with one embedding batch for all of
    /// them instead of one per statement; what every other call returns is unchanged by it.
    /// </summary>
    public void Prepare(IReadOnlyList<Statement> statements)
    {
        foreach (var detector in _detectors.OfType<ClaimContradictionDetector>()) detector.Prepare(statements);
    }

    /// <summary>Every distinct key the statement is filed and looked up under.</summary>
    public IReadOnlyList<string> IndexKeys(Statement statement) =>
        _detectors.SelectMany(d => d.IndexKeys(statement)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The owners of the nearest-neighbour indexes the statement is filed in and looked up from, as for its
    /// index keys: its actor and the tracked actors it names, or for a report each tracked actor it names.
    /// None for a report that names none: one index of every outlet's unattributed reports would be a
    /// single hot spot, and their keys already find each other.
    /// </summary>
    public IReadOnlyList<string> Owners(Statement statement) =>
        _detectors.OfType<ClaimContradictionDetector>().FirstOrDefault()?.Owners(statement) ?? [];

    /// <summary>The statement's meaning vectors for the nearest-neighbour index; none without an embedder.</summary>
    public IReadOnlyList<float[]> MeaningVectors(Statement statement) =>
        _detectors.OfType<ClaimContradictionDetector>().FirstOrDefault()?.MeaningVectors(statement) ?? [];

    /// <summary>Statements further apart than this are never compared, so a look-up need not reach further.</summary>
    public TimeSpan MaxApart =>
        _detectors.OfType<ClaimContradictionDetector>().FirstOrDefault()?.MaxApart ?? new ContradictionOptions().MaxApart;

    /// <summary>
    /// Contradictions between the statement and its candidates, at most one per pair of statements: when
    /// several detectors flag the same pair, the first detector's finding stands (topic stance reversals
    /// come first, as they rest on explicit stances), so one turn raises one alert.
    /// </summary>
    public IReadOnlyList<Contradiction> Detect(Statement incoming, IReadOnlyList<Statement> candidates)
    {
        var others = candidates
            .Where(c => c.Id != incoming.Id)
            .DistinctBy(c => c.Id)
            .OrderBy(c => c.SaidAt).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
        return _detectors
            .SelectMany(d => d.Detect(incoming, others))
            .DistinctBy(c => (c.Earlier.Id, c.Later.Id))
            .Where(c => !IsSuperseded(c, others))
            .ToArray();
    }

    /// <summary>
    /// One turn, few alerts: a finding is dropped when the speaker already made the same turn in between
    /// — a statement M said between the two sides, by the same speaker as the later side, that conflicts with the
    /// earlier side the same way. "Support, oppose, oppose" raises one alert, at the turn, not one for every later
    /// repeat. A position said several times before the turn is turned at its first saying and at its latest repeat,
    /// as a reader pairs them ("ruled it out in September, and again last month"), but not at every saying in between.
    /// A copy of a side (the same remark via another outlet) is that side, not a turn of its own, so it leaves the
    /// finding standing and its alert gains a source.
    /// </summary>
    private bool IsSuperseded(Contradiction finding, IReadOnlyList<Statement> candidates)
    {
        var repeatedAfter = false;
        foreach (var middle in candidates)
        {
            if (!StatementOrder.IsBefore(finding.Earlier, middle) || !StatementOrder.IsBefore(middle, finding.Later)) continue;
            // An announced intention does not stand for the act that carries it out: "very unlikely" → "we intend to
            // raise" → "raised" flags the act as well as the intention.
            var repeatsLater = SameVoice(middle, finding.Later) && !StatementOrder.IsCopy(middle, finding.Later) && !AnnouncesWhatWasDone(middle, finding.Later);
            if (repeatsLater && Conflict(middle, finding.Earlier, finding, anyTurn: true)) return true;
            // Each check runs the detector again: once a repeat is found, no other is needed.
            if (!repeatedAfter) repeatedAfter = RepeatsTheEarlierSide(middle, finding);
        }
        return repeatedAfter && candidates.Any(first => StatementOrder.IsBefore(first, finding.Earlier) && RepeatsTheEarlierSide(first, finding));
    }

    /// <summary>Whether <paramref name="other"/> says, in the earlier side's voice, what the finding's later side turns the same way.</summary>
    private bool RepeatsTheEarlierSide(Statement other, Contradiction finding) =>
        SameVoice(other, finding.Earlier) && !StatementOrder.IsCopy(other, finding.Earlier) && Conflict(other, finding.Later, finding, anyTurn: false);

    /// <summary>Whether the detector that made the finding sees the same kind of conflict between <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <param name="anyTurn">
    /// Whether a broken denial and a negated claim count as one turn, the opposite said or done: "no plans to attack"
    /// → "launched an offensive" → "sent troops to fight there" turns once, at the offensive, whichever kind each
    /// later step is read as. A position repeated before the turn keeps the first statement's own alert.
    /// </param>
    private bool Conflict(Statement a, Statement b, Contradiction finding, bool anyTurn) =>
        _detectors.Where(d => d.Name == finding.Detector).SelectMany(d => d.Detect(a, [b]))
            .Any(c => (anyTurn ? TurnOf(c.Kind) == TurnOf(finding.Kind) : c.Kind == finding.Kind && RepeatsClaim(c, finding))
                && SameEarlierClaim(c, finding));

    // "Would resume the bill and ruled out withdrawing it": a later halt turns the first claim, not the second,
    // so the withdrawal that comes after the halt is still a turn of its own.
    private static bool SameEarlierClaim(Contradiction middle, Contradiction finding) =>
        middle.EarlierClaim is null || finding.EarlierClaim is null || middle.Earlier.Id != finding.Earlier.Id
        || middle.EarlierClaim == finding.EarlierClaim;

    private static string TurnOf(string kind) => kind == AlertKinds.BrokenDenial ? AlertKinds.NegatedClaim : kind;

    // A position repeated stands for the first saying only when it repeats the claim the finding rests on: a second,
    // different claim that the same turn also overturns ("the engine caught fire", then "no missile hit it", then
    // "we shot it down") is flagged in its own right.
    private bool RepeatsClaim(Contradiction middle, Contradiction finding) =>
        _detectors.OfType<ClaimContradictionDetector>().All(d => d.RestOnOneClaim(middle, finding));

    private bool AnnouncesWhatWasDone(Statement intention, Statement act) =>
        _detectors.OfType<ClaimContradictionDetector>().Any(d => d.IsIntentionThenAct(intention, act));

    private static bool SameVoice(Statement a, Statement b) =>
        (a.Actor ?? a.Speaker) is { } voice && voice == (b.Actor ?? b.Speaker);
}
