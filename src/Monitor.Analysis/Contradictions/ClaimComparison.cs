using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// What two claims share and where they differ, the evidence every typed judge reads.
/// <paramref name="Earlier"/> and <paramref name="Later"/> follow the statements' order in time.
/// </summary>
/// <param name="Similarity">Cosine of the claims' neutral texts (negation removed), or shared-word overlap without an embedder.</param>
/// <param name="TermOverlap">Shared content stems over the smaller side's count, in [0, 1].</param>
/// <param name="PredicatesRelated">Same predicate, opposite predicates, or one side merely says "it happens".</param>
/// <param name="Opposed">One claim says the predicate holds and the other that it does not (by negation or by antonym).</param>
/// <param name="SameSense">The predicates name one act in other words, directly or once a restriction is read as negation (<see cref="PredicateSenses"/>).</param>
/// <param name="SameFigure">Both name the same figure of the same measure ("75 basis points", "three-quarters of a point"): the same act.</param>
/// <param name="SameObject">The first words of both objects share a content word, by spelling or through WordNet: the act is done to the same thing.</param>
/// <param name="Corrects">The later claim puts aside the earlier's own figure or date ("57, not 63 as said before"): it corrects that very claim.</param>
/// <param name="TollConflict">One claim says nobody was killed or lost and the other counts the dead or missing, for times that meet.</param>
/// <param name="DifferentNames">Each side names a place or party the other does not (Kyiv vs Minsk): different matters.</param>
public sealed record ClaimComparison(
    Claim Earlier,
    Claim Later,
    double Similarity,
    double TermOverlap,
    int SharedTerms,
    bool SamePredicate,
    bool OppositePredicate,
    bool PredicatesRelated,
    bool Opposed,
    bool DifferentNames,
    (Quantity Earlier, Quantity Later)? NumberConflict,
    (ClaimDate Earlier, ClaimDate Later)? DateConflict,
    bool ChangeSignalled,
    bool SameSense = false,
    bool SameFigure = false,
    bool SameObject = false,
    bool Corrects = false,
    (Toll Earlier, Toll Later)? TollConflict = null);
