using System.Collections.Frozen;

namespace Monitor.Analysis.Extraction;

/// <summary>Closed word lists that the phrase and speaker rules share.</summary>
internal static class Lexicon
{
    public static readonly FrozenSet<string> Pronouns = Set("he she they it we");

    public static readonly FrozenSet<string> Determiners = Set("the a an its his her their our this these those");

    public static readonly FrozenSet<string> Weekdays = Set("monday tuesday wednesday thursday friday saturday sunday");

    public static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static readonly FrozenSet<string> MonthSet = Set(string.Join(' ', Months));

    /// <summary>Words of a title or office before or around a name ("Foreign Minister", "Mr"): never the name itself.</summary>
    public static readonly FrozenSet<string> TitleWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "foreign", "minister", "prime", "secretary", "general", "president", "chancellor",
        "spokesperson", "spokesman", "spokeswoman", "ambassador", "defence", "defense", "deputy", "vice", "chief", "premier",
        "senator", "state", "councillor", "councilor", "top", "diplomat", "envoy", "former", "madam", "sir", "lord", "lady",
        "admiral", "gen", "general", "commander", "director", "chair", "chairman", "chairwoman", "head", "leader", "king", "queen",
        "trade", "finance", "interior", "affairs", "national", "security", "adviser", "advisor", "official", "press", "cabinet",
        "rep", "sen", "gov", "rev", "capt", "lt", "col", "maj", "sgt", "cmdr", "adm", "mr.", "mrs.", "ms.", "dr.", "rep.", "sen.", "gov.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that name a person who can speak.</summary>
    public static readonly FrozenSet<string> PersonNouns = WithPlurals(
        "spokeswoman spokesman spokesperson minister president secretary chief ambassador envoy diplomat leader official officer " +
        "commander chancellor premier senator governor mayor aide adviser advisor analyst expert critic lawmaker legislator " +
        "chairman chairwoman chair director head executive counterpart representative delegate negotiator prosecutor judge " +
        "candidate nominee source person man woman resident witness professor researcher economist king queen prince " +
        "admiral colonel general deputy vice-president spokespeople people staffer strategist observer insider lawyer " +
        "member supporter voter employee worker volunteer activist protester opponent scientist doctor attorney student " +
        "teacher parent contestant host anchor journalist pollster organizer organiser participant respondent veteran " +
        "friend colleague ally rival manager founder owner narrator announcer moderator donor surrogate backer spokes " +
        "nephew niece son daughter wife husband brother sister cousin uncle aunt father mother widow spouse grandson granddaughter " +
        "son-in-law daughter-in-law brother-in-law sister-in-law father-in-law mother-in-law " +
        // Offices that report, rule or count: "the administrator", "the inspector general", "the Public Protector".
        "administrator commissioner inspector auditor ombudsman trustee liquidator coroner investigator mediator " +
        "superintendent registrar comptroller treasurer magistrate protector captain pilot surgeon physician engineer");

    /// <summary>Nouns that name an office or body that can speak.</summary>
    public static readonly FrozenSet<string> OrgNouns = WithPlurals(
        "ministry government embassy consulate office mission delegation bureau department administration agency alliance " +
        "bloc union commission council committee military army navy party group court police authorities " +
        "cabinet parliament presidency palace statement team campaign organisation organization secretariat headquarters " +
        "coalition state house spokesperson's bank network university institute foundation center centre association " +
        "federation board panel service fund league club church school hospital tribunal regulator exchange " +
        "think-tank thinktank nonprofit charity watchdog lobby caucus senate congress legislature assembly ministry's " +
        "guard coastguard force command navy's meeting leadership plenum politburo authority unit subsidiary division affiliate arm " +
        "staff " + BusinessNounWords);

    private const string BusinessNounWords =
        "company firm corporation developer carmaker automaker lender insurer airline carrier retailer manufacturer maker studio " +
        "conglomerate chipmaker drugmaker miner consultancy planemaker shipbuilder brewer supplier producer exporter utility";

    /// <summary>Nouns wire copy calls a business by after naming it: "the company said", "the developer added".</summary>
    public static readonly FrozenSet<string> BusinessNouns = Set(BusinessNounWords);

    /// <summary>Nouns that make the speaker a media report rather than a party to the matter.</summary>
    public static readonly FrozenSet<string> ReportNouns = WithPlurals(
        "report newspaper broadcaster outlet media daily magazine paper wire channel network tv television radio " +
        "news poll survey study document reporting investigation site website portal blog");

    /// <summary>Names of outlets that speak only as reporters.</summary>
    public static readonly FrozenSet<string> OutletWords = Set(
        "reuters bloomberg xinhua kyodo nikkei yonhap afp ap bbc cnn nhk asahi yomiuri politico axios times post journal " +
        "herald guardian telegraph tribune gazette chronicle economist mainichi sankei tass ria interfax dpa ansa efe " +
        "cctv cgtn al-jazeera aljazeera spiegel figaro monde lemonde");

    /// <summary>Offices inside which a place names a location, not the speaker: "China's embassy in London".</summary>
    public static readonly FrozenSet<string> SeatNouns = Set("embassy consulate office mission delegation bureau headquarters representation");

    /// <summary>Prepositions that attach a place to a speaker ("a diplomat in Tokyo") and never start one.</summary>
    public static readonly FrozenSet<string> PlacePrepositions = Set("in at from near");

    /// <summary>Nouns by which a report or outlet is referred to again ("the agency said").</summary>
    public static readonly FrozenSet<string> ReportBackReferences = Set("agency newspaper paper report broadcaster outlet daily magazine network channel station");

    /// <summary>Nouns for what a speaker said, in "X's remarks that …".</summary>
    public static readonly FrozenDictionary<string, string> SayingNouns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["remarks"] = "said", ["remark"] = "said", ["comments"] = "said", ["comment"] = "said", ["statement"] = "said",
        ["claim"] = "claimed", ["claims"] = "claimed", ["assertion"] = "said", ["assurance"] = "said", ["assurances"] = "said",
        ["insistence"] = "insisted", ["warning"] = "warned", ["warnings"] = "warned", ["denial"] = "denied", ["call"] = "urged",
        ["pledge"] = "pledged", ["promise"] = "promised", ["suggestion"] = "suggested", ["announcement"] = "announced",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words that may sit inside a speaker phrase besides speaker nouns.</summary>
    public static readonly FrozenSet<string> Modifiers = Set(
        "the a an its his her their our foreign defence defense senior top former deputy vice chief state regular local national " +
        "regional public official unnamed anonymous two three four several other another some many one new prime press " +
        "government military economic trade finance interior security general secretary affairs external diplomatic ruling " +
        "opposition high-ranking senior-most of for and both all acting outgoing incoming permanent special foreign-affairs " +
        "cabinet chief-of-staff white house spokesperson's ministry's government's alliance's country's current " +
        "de van von der den da di du le la bin al ter");

    /// <summary>Words that may sit between a speaker and the cue without belonging to either.</summary>
    public static readonly FrozenSet<string> Interposed = Set(
        "also later earlier previously again further separately repeatedly then once has have had would will did does do " +
        "publicly firmly flatly strongly sharply bluntly quickly recently initially reportedly simply only just already " +
        "however meanwhile has had privately openly angrily curtly briefly subsequently " +
        // How firmly a thing was said: "categorically denied", "vehemently rejected", "formally announced".
        "categorically vehemently emphatically formally officially explicitly strenuously unequivocally adamantly " +
        "forcefully roundly staunchly steadfastly vigorously indignantly promptly swiftly immediately hastily jointly");

    /// <summary>Words at the front of a clause that are not part of the speaker phrase.</summary>
    public static readonly FrozenSet<string> LeadingNoise = Set(
        "but and however meanwhile separately later earlier also still yet so now then instead on in at last this yesterday " +
        "today asked speaking while when after before as since although though because if where whereas thus moreover " +
        "furthermore in addition");

    /// <summary>Words that start an adjunct after an attribution: "…, citing officials", "… in a statement".</summary>
    public static readonly FrozenSet<string> AdjunctStarters = Set(
        "citing adding according in at on during after while when as before speaking referring noting saying with without " +
        "via through from amid following later earlier despite although though whereas notwithstanding");

    /// <summary>Words that may make up the audience of "told": "told reporters", "told a regular press conference".</summary>
    public static readonly FrozenSet<string> AudienceWords = WithPlurals(
        "a an the his her their its reporter journalist lawmaker parliament press conference briefing regular news media " +
        "broadcaster newspaper radio television tv interview counterpart audience crowd summit meeting session forum assembly " +
        "committee council delegate student supporter daily weekly agency state public national local news-conference " +
        "gathering rally hearing panel senate congress diet group visitor guest me us him her them");

    public static readonly FrozenSet<string> Prepositions = Set(
        "in at on during after before while with to from by near outside inside under over across between among via amid");

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> WithPlurals(string words)
    {
        var set = new HashSet<string>(Set(words), StringComparer.OrdinalIgnoreCase);
        foreach (var word in set.ToArray())
        {
            if (word.EndsWith("man", StringComparison.Ordinal)) set.Add(word[..^3] + "men");
            else if (word.EndsWith('y') && !word.EndsWith("ey", StringComparison.Ordinal)) set.Add(word[..^1] + "ies");
            else if (word.EndsWith('s')) set.Add(word + "es");
            else set.Add(word + "s");
        }
        return set.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
