using Monitor.Analysis.Claims;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// "Has no intention of stepping down" and "resigned as president"; "ready to stay in office" and "announced his
/// resignation": leaving an office takes no object, so what both claims are about is the person who holds it. One
/// person is named on both sides ("Mugabe", "Robert Mugabe"), or a side with no subject of its own speaks of its speaker.
/// </summary>
internal static class OfficeHolder
{
    private static readonly HashSet<string> Leaving = new[] { "resign", "quit", "step down", "stand down", "stepped down", "stood down", "step aside", "stand aside" }
        .Select(PredicateLexicon.StemOf).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Staying = new[] { "stay", "remain" }.Select(PredicateLexicon.StemOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>Verbs that leave an office when it is their object: "leaving office", "walking away from the job", "give up the presidency".</summary>
    private static readonly HashSet<string> LeavingAnOffice = new[] { "leave", "walk away", "give up", "relinquish", "abandon" }
        .Select(PredicateLexicon.StemOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>Verbs that pass an office on when it is their object: "handed power to the army", "ceded the presidency".</summary>
    private static readonly HashSet<string> HandingOver = new[] { "hand", "hand over", "transfer", "cede", "surrender" }
        .Select(PredicateLexicon.StemOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "Gave up the office of president", "handed power to the armed forces": leaving an office said as doing something
    /// to it, which is the act "will remain in office" rules out.
    /// </summary>
    public static bool LeavesAnOffice(Claim claim) =>
        (LeavingAnOffice.Contains(claim.Predicate) || HandingOver.Contains(claim.Predicate)) && ClaimKey.Words(claim.Object).Take(3).Any(Offices.Contains);

    /// <summary>Words after "stay"/"remain" that make it keeping an office: "stay in office", "remain in power", "remain as leader".</summary>
    private static readonly HashSet<string> Offices = new(StringComparer.Ordinal)
    {
        "office", "power", "post", "president", "leader", "chairman", "chief", "minister", "premier", "governor", "job", "presidency",
        "premiership", "throne",
    };

    /// <summary>Whether both claims are about one person leaving or keeping an office.</summary>
    public static bool Same(PairContext pair, ClaimComparison c) =>
        AboutOffice(c.Earlier) && AboutOffice(c.Later)
        && PersonOf(c.Earlier, pair.Earlier).Overlaps(PersonOf(c.Later, pair.Later));

    private static bool AboutOffice(Claim claim) =>
        Leaving.Contains(claim.Predicate)
        || Staying.Contains(claim.Predicate) && ClaimKey.Words(claim.Object).Take(3).Any(Offices.Contains) || LeavesAnOffice(claim);

    /// <summary>
    /// The names of who the claim says leaves or stays: the capitalised words of its subject, else its speaker's name.
    /// Titles and role nouns name an office, not who holds it: "the finance minister" and "the foreign minister" are two people.
    /// </summary>
    private static HashSet<string> PersonOf(Claim claim, AnalyzedStatement statement)
    {
        // The statement, not the claim: a conjunct borrows its subject from the clause before ("Mugabe … and has no intention of stepping down").
        var capitalised = statement.Statement.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0])).SelectMany(ClaimKey.Words).ToHashSet(StringComparer.Ordinal);
        var named = Names(ClaimKey.Words(claim.Subject).Where(capitalised.Contains));
        if (named.Count > 0 || statement.Statement.Speaker is not { } speaker) return named;
        return Names(ClaimKey.Words(speaker));
    }

    private static HashSet<string> Names(IEnumerable<string> words) =>
        words.Where(w => w.Length > 2 && !Extraction.Lexicon.TitleWords.Contains(w) && !Extraction.Lexicon.PersonNouns.Contains(w) && !ClaimLexicon.FunctionWords.Contains(w)).Select(WordStem.Of).ToHashSet(StringComparer.Ordinal);
}
