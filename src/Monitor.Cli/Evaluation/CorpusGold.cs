namespace Monitor.Cli.Evaluation;

/// <summary>
/// What a careful reader takes from an evaluation corpus (its gold.json). The dictionaries keep the
/// file's order, because the verbose report lists missed statements in that order.
/// </summary>
/// <param name="Statements">Per document, the statements a reader attributes to a tracked actor.</param>
/// <param name="Optional">Per document, statements defensible either way: finding one is neither rewarded nor punished.</param>
/// <param name="MustFire">Pairs a reader wants flagged.</param>
/// <param name="Ambiguous">Pairs for which an alert is neither rewarded nor punished.</param>
/// <param name="Traps">Pairs that look contradictory and are not; an alert on one is a false alert like any other.</param>
public sealed record CorpusGold(
    IReadOnlyDictionary<string, IReadOnlyList<GoldStatement>> Statements,
    IReadOnlyDictionary<string, IReadOnlyList<GoldStatement>> Optional,
    IReadOnlyList<MustFirePair> MustFire,
    IReadOnlyList<DocumentPair> Ambiguous,
    IReadOnlyList<TrapPair> Traps);

/// <summary>A statement by a tracked actor, recognised by a key phrase its text must contain.</summary>
public sealed record GoldStatement(string Actor, string KeyPhrase);

/// <summary>A pair of documents whose statements an alert must connect; <see cref="Why"/> reads "kind: explanation".</summary>
public sealed record MustFirePair(string Earlier, string Later, string Actor, string Why)
{
    /// <summary>The text before the first ':' of <see cref="Why"/>, for the per-kind tally.</summary>
    public string Kind => KindOf(Why);

    /// <summary>The text before the first ':' of a "kind: explanation" reason; all of it when there is no ':'.</summary>
    public static string KindOf(string why) => why.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? why[..colon] : why;
}

/// <summary>Two documents, in the order gold.json gives them.</summary>
public sealed record DocumentPair(string First, string Second);

/// <summary>Two documents that look contradictory and are not, and why.</summary>
public sealed record TrapPair(string First, string Second, string Why);
