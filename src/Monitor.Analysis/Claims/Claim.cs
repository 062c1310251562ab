namespace Monitor.Analysis.Claims;

/// <summary>
/// One normalised proposition from a statement: (subject, predicate, object) with polarity, modality,
/// the quantities and dates it names. "NATO has no plans to open an office in Tokyo next year" →
/// (nato, open, office tokyo, Negative, Commitment, [], [2025]).
/// </summary>
/// <param name="Text">The sentence the claim was read from.</param>
/// <param name="Subject">Words before the predicate, lower case; empty when none.</param>
/// <param name="Predicate">Stem of the main verb or state word ("open", "impose", "recognis").</param>
/// <param name="PredicateText">The predicate as written, for explanations.</param>
/// <param name="Object">Content words after the predicate, lower case.</param>
/// <param name="Cue">The exact words that carry the polarity and predicate ("no plans to impose"), for explanations.</param>
/// <param name="Terms">Stems of the content words (no function, negation or modal words), for matching and index keys.</param>
/// <param name="Names">Stems of capitalised words past the first (places, people, organisations); two claims naming different places are about different things.</param>
/// <param name="Neutral">The text with negation, denial and hedging words taken out, so both sides of a contradiction read alike.</param>
public sealed record Claim(
    string Text,
    string Subject,
    string Predicate,
    string PredicateText,
    string Object,
    Polarity Polarity,
    Modality Modality,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<ClaimDate> Dates,
    string Cue,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Names,
    string Neutral)
{
    /// <summary>Figures the sentence names only to put aside ("57 were killed, not 63"): kept apart from <see cref="Quantities"/>.</summary>
    public IReadOnlyList<Quantity> RetractedQuantities { get; init; } = [];

    /// <summary>Dates the sentence names only to put aside ("on 31 October, earlier than the 23 November date"): kept apart from <see cref="Dates"/>.</summary>
    public IReadOnlyList<ClaimDate> RetractedDates { get; init; } = [];

    /// <summary>
    /// Tracked actors the sentence names, by id. Their names' words are taken out of <see cref="Names"/>, so
    /// "the United Kingdom" and "Britain" are one party rather than two different names.
    /// </summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Tracked actors named in the claim's subject ("Washington had not been willing to pay"), by id: whose act it tells.</summary>
    public IReadOnlyList<string> SubjectActors { get; init; } = [];

    /// <summary>
    /// A promise or claim made on a condition ("if the court allows it, we will supply"): read as a possibility,
    /// yet an opposite act done later still breaks what was offered.
    /// </summary>
    public bool Conditional { get; init; }

    /// <summary>The latest date the sentence puts an act off to ("asked to postpone the exit until 30 June"); null when it puts nothing off.</summary>
    public ClaimDate? PutOffUntil { get; init; }

    /// <summary>
    /// Whether the negation falls on the intent, not on the act: "no deliberate attempt to violate the airspace", "never
    /// intended to shoot down an aircraft" leave it open that the act was done.
    /// </summary>
    public bool IntentDenied { get; init; }

    /// <summary>The dead or missing the claim counts, zero when it says there were none; null when it names no toll.</summary>
    public Toll? Toll { get; init; }

    /// <summary>
    /// The act is told in the passive ("the carriages had been buried", "were not buried"): what it is done to is the
    /// subject, not the words after the verb.
    /// </summary>
    public bool Passive { get; init; }

    /// <summary>WordNet footprints of the content nouns, by stem, so claims about one thing in other words ("wheat"/"food") meet.</summary>
    public IReadOnlyList<TermConcept> Concepts { get; init; } = [];

    /// <summary>WordNet footprint of the predicate as a verb; empty for very general verbs ("make", "take"), which relate nothing.</summary>
    public Lexical.ConceptFootprint PredicateConcept { get; init; } = Lexical.ConceptFootprint.None;
}

/// <summary>A content word's stem with where the word sits in WordNet.</summary>
public sealed record TermConcept(string Stem, Lexical.ConceptFootprint Footprint);
