using System.Text;
using System.Text.RegularExpressions;
using Monitor.Abstractions;
using Monitor.Analysis.Inference;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Turns an English article into attributed statements: quotes and reported speech, each with
/// its speaker resolved to a tracked actor where one claims it, its mode, topic, stance, the time
/// it was said and its character span. Output depends only on the article and the configuration.
/// </summary>
public sealed partial class StatementExtractor
{
    private readonly SpeakerDirectory directory;
    private readonly TopicClassifier topicClassifier;
    private readonly Contradictions.ActorMentions mentions;

    public StatementExtractor(IReadOnlyList<ActorDefinition> actors, IReadOnlyList<TopicDefinition> topics)
    {
        directory = new SpeakerDirectory(actors);
        mentions = new Contradictions.ActorMentions(actors);
        topicClassifier = new TopicClassifier(topics);
    }

    public ExtractionResult Extract(ArticleInput article, CancellationToken cancellationToken = default)
    {
        var text = article.Text;
        if (string.IsNullOrWhiteSpace(text)) return new ExtractionResult([], "the article has no text");
        var language = LanguageGuard.Check(text);
        if (!language.IsEnglish) return new ExtractionResult([], "not English: " + language.Reason);

        // Some archives write a double quote as two apostrophes; read them as one mark (same length, so spans hold).
        if (text.Contains("''", StringComparison.Ordinal)) text = text.Replace("''", "\" ", StringComparison.Ordinal);
        var quotes = QuoteScanner.Scan(text);
        var inQuote = new bool[text.Length + 1];
        foreach (var quote in quotes)
        {
            var last = quote.Close < text.Length && text[quote.Close] != '\n' ? quote.Close : quote.Close - 1;
            for (var i = quote.Open; i <= last; i++) inQuote[i] = true;
        }

        var document = new DocumentState(article, text, new SpeakerResolver(directory, span => directory.DistinctActorsIn(text[span.Start..span.End])), SourcesOf(article));
        foreach (var unit in UnitSegmenter.Segment(text, quotes, inQuote))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A "sentence" longer than a statement may be is a page without punctuation: nothing in it could be
            // recorded, and reading it would cost time in proportion to its words times its numbers.
            if (unit.End - unit.Start > Statement.MaxTextLength) continue;
            var tokens = Tokenizer.Tokenize(text, unit.Start, unit.End, inQuote);
            var attributions = AttributionFinder.FindAll(text, unit, tokens);
            AddNarratedAct(document, tokens, attributions);
            JoinDenialToItsClaim(attributions);
            attributions = WithResults(attributions, tokens);
            if (attributions.Count == 0 && document.LabelParagraph == unit.Paragraph && tokens.Count > 0)
            {
                // A transcript turn ("WALLACE: …") runs to the end of its paragraph.
                attributions.Add(new Attribution(null, null, unit.Start, unit.Start, "", [(unit.Start, unit.End)], false, "label-continuation"));
            }
            if (attributions.All(a => a.Rule == ActFinder.Rule))
            {
                // People named where nobody speaks (or where acts are only narrated: "X resigned, and Y took back the role")
                // can still be what a later pronoun or role noun points at.
                // A role is checked on the day the passage tells of ("resigned on Sunday", reported on Monday), when it names one.
                var passage = text[unit.Start..unit.End];
                document.Resolver.NoteMentions(passage, DateOnly.FromDateTime(SaidAtResolver.Resolve(passage, article.PublishedAt).UtcDateTime));
            }
            document.Resolver.NoteReading(unit.Start, unit.End);
            foreach (var attribution in attributions) Record(document, unit, attribution, PointsBack(tokens, attribution));
            // Named after the unit is read, so only later units' "the central bank" can be the one of an actor named here.
            document.Resolver.NoteRead(unit.Start, unit.End);
        }
        return new ExtractionResult(WithWhatReportsAreAbout(document.Statements, text));
    }

    /// <summary>
    /// A report that names no tracked actor ("experts saw no sign that the car held explosives") is about what its
    /// article is about: the tracked actors the article names, so it is weighed against what they said.
    /// </summary>
    private List<ExtractedStatement> WithWhatReportsAreAbout(List<ExtractedStatement> statements, string text)
    {
        if (!statements.Any(s => s.Statement.Actor is null)) return statements;
        var about = mentions.In(text);
        if (about.Count == 0) return statements;
        return statements.Select(s => s.Statement.Actor is null && mentions.In(s.Statement.Text, people: true).Count == 0
            ? s with { Statement = s.Statement with { About = about } }
            : s).ToList();
    }

    /// <summary>
    /// Adds the act the unit narrates when its subject is a tracked actor. An attribution to a source that
    /// is no actor and no person ("…, according to a government notification") gives way to the act it reports;
    /// one by a tracked actor, an outlet or a person ("a source familiar with the talks") keeps the unit.
    /// </summary>
    private static void AddNarratedAct(DocumentState document, IReadOnlyList<Token> tokens, List<Attribution> attributions)
    {
        // "The central bank gave up the peg, a day after setting it, and the government dropped its plan": each doer's act.
        var subject = attributions.FirstOrDefault(a => a.SpeakerStart is not null);
        foreach (var act in ActFinder.FindAll(tokens))
        {
            // "The bank said …, and it fixed the krona at 131": the pronoun is the sentence's subject, heard or acting.
            var pronoun = act.SpeakerStart is { } ps && act.SpeakerEnd is { } pe && document.Text[ps..pe] is "it" or "they";
            if (pronoun && subject is null) continue;
            var doer = pronoun ? act with { SpeakerStart = subject!.SpeakerStart, SpeakerEnd = subject.SpeakerEnd } : act;
            AddNarratedAct(document, doer, attributions);
            subject ??= doer;
        }
    }

    private static void AddNarratedAct(DocumentState document, Attribution act, List<Attribution> attributions)
    {
        if (act.SpeakerStart is not { } s || act.SpeakerEnd is not { } e) return;
        // The doer held the role on the day of the act ("resigned on Sunday"), which may be the last day of it.
        var day = DateOnly.FromDateTime(SaidAtResolver.Resolve(document.Text[e..act.Content[0].End], document.Article.PublishedAt).UtcDateTime);
        document.Resolver.NoteSpeakerAt(s);
        var doer = document.Resolver.Resolve(document.Text[s..e], day, act.Cue);
        if (doer.Actor is null || doer.IsReport) return;
        var covering = attributions.FindIndex(a => a.Content.Any(c => c.Start <= act.CueStart && act.CueStart < c.End) || a.CueStart == act.CueStart);
        if (covering >= 0)
        {
            var other = attributions[covering];
            // The same verb read as speech ("pledged to halt …") gives way: the act keeps the verb, so it reads as the undertaking it is.
            if (other.CueStart != act.CueStart)
            {
                if (other.SpeakerStart is not { } os || other.SpeakerEnd is not { } oe) return;
                document.Resolver.NoteSpeakerAt(os);
                var speaker = document.Resolver.Resolve(document.Text[os..oe], day, other.Cue);
                // "Ardenia has agreed to forward the application, the alliance's secretary general announced": an undertaking told
                // by another tracked actor is that actor's statement and the doer's act both.
                if (speaker.Actor is not null && speaker.Actor != doer.Actor && !speaker.IsReport && ActFinder.IsUndertaking(act.Cue))
                {
                    attributions.Insert(0, act);
                    return;
                }
                // "Mugabe has agreed to resign, a source familiar with the talks said": a person's account of the act is theirs to
                // give, not the act done; only a document ("according to a government notification") gives way to what it records.
                if (speaker.Actor is not null || speaker.IsReport || NamesAPerson(document.Text[os..oe])) return;
            }
            attributions.RemoveAt(covering);
        }
        attributions.Insert(0, act);
    }

    /// <summary>
    /// Each attribution followed by what it came to: "priced the offering at 32 riyals, raising $25.6 billion and valuing the
    /// company at $1.7 trillion", "reported four more deaths, bringing the toll to 64": each result is its own statement
    /// by the same speaker or doer, so a figure given there can be held against one given before.
    /// </summary>
    private static List<Attribution> WithResults(List<Attribution> attributions, IReadOnlyList<Token> tokens)
    {
        if (attributions.Count == 0) return attributions;
        var all = new List<Attribution>(attributions.Count);
        foreach (var attribution in attributions)
        {
            all.Add(attribution);
            if (attribution.Direct) continue;
            all.AddRange(ActFinder.ResultsOf(tokens, attribution)
                .Where(result => !attributions.Any(a => a.Content.Any(c => c.Start <= result.CueStart && result.CueStart < c.End))));
        }
        return all;
    }

    /// <summary>Whether a speaker phrase names people by what they are ("a source familiar with the talks", "two officials").</summary>
    private static bool NamesAPerson(string speaker) =>
        Text.ClaimKey.Words(speaker).Any(Lexicon.PersonNouns.Contains);

    /// <summary>
    /// "All rules were followed, rejecting a report that …": the rejection belongs to the claim it defends, so
    /// the two stay one statement that names both what was asserted and what was denied.
    /// </summary>
    private const string JoinedDenial = "+denial";

    private static void JoinDenialToItsClaim(List<Attribution> attributions)
    {
        for (var i = 1; i < attributions.Count; i++)
        {
            var denial = attributions[i];
            var main = attributions[i - 1];
            if (denial.Rule != "participle" || SpeechCues.ModeOf(denial.Cue, "") != StatementMode.Deny || main.Content.Count != 1) continue;
            if (main.SpeakerStart != denial.SpeakerStart || denial.CueStart - main.Content[0].End is < 0 or > 3) continue;
            attributions[i - 1] = main with { Content = [(main.Content[0].Start, denial.Content[^1].End)], Rule = main.Rule + JoinedDenial };
            attributions.RemoveAt(i);
        }
    }

    /// <param name="pointsBack">The content only points back at earlier words: the speaker is noted for what follows, nothing is recorded.</param>
    private void Record(DocumentState document, TextUnit unit, Attribution attribution, bool pointsBack)
    {
        var text = document.Text;
        // A verb whose object is the statement keeps it: "denied a newspaper report that …" reads as the denial
        // of that report rather than as the report itself, "welcomed the decision" as a welcome.
        if (KeepsItsVerb(text, attribution)) attribution = attribution with { Content = [(WithAdverb(text, attribution.CueStart), attribution.Content[0].End)] };
        var content = ContentText(text, attribution);
        if (content.Length == 0 || content.Length > Statement.MaxTextLength) return;
        // An act is dated by its own words ("raised rates on Thursday"), not by the rest of its sentence ("… than signalled in June").
        var frame = attribution.Rule == ActFinder.Rule
            ? text[(attribution.SpeakerEnd ?? attribution.CueStart)..attribution.Content[0].End]
            : Frame(text, unit, attribution);
        var saidAt = SaidAtResolver.Resolve(frame, document.Article.PublishedAt);

        ResolvedSpeaker speaker;
        string speakerText;
        TextSpan? speakerSpan;
        ResolvedSpeaker? partner = null;
        if (attribution.SpeakerStart is { } s && attribution.SpeakerEnd is { } e)
        {
            speakerText = text[s..e];
            speakerSpan = new TextSpan(s, e);
            var day = DateOnly.FromDateTime(saidAt.DateTime);
            document.Resolver.NoteSpeakerAt(s);
            speaker = document.Resolver.Resolve(speakerText, day, attribution.Cue, content);
            // "The premier and the union's president agreed": two tracked actors who say it together each said it.
            if (Coordinated(speakerText) is var (first, second)
                && document.Resolver.Resolve(first, day, attribution.Cue, content) is { Actor: not null, IsReport: false } one
                && document.Resolver.Resolve(second, day, attribution.Cue, content) is { Actor: not null, IsReport: false } other
                && one.Actor != other.Actor)
                (speaker, partner) = (one, other);
            document.Resolver.Remember(speaker);
        }
        else
        {
            // Words with no attribution of their own carry on the previous speaker, but only nearby.
            if (document.Resolver.Last is not { } previous || unit.Paragraph > document.LastParagraph + 1) return;
            speaker = previous;
            speakerText = document.LastSpeakerText;
            speakerSpan = document.LastSpeakerSpan;
        }
        document.LastParagraph = unit.Paragraph;
        if (attribution.Rule == "speaker-label") document.LabelParagraph = unit.Paragraph;
        document.LastSpeakerText = speakerText;
        document.LastSpeakerSpan = speakerSpan;
        if (pointsBack) return;

        var mode = ModeOf(attribution, content, frame);
        var stance = mode == StatementMode.Decline ? Stance.Neutral : StanceClassifier.Classify(attribution.Cue + " " + content);
        var topic = topicClassifier.Classify(content) ?? AutoTopicKey.Of(content);
        Add(document, attribution, speaker, speakerText, speakerSpan, content, mode, topic, stance, saidAt);
        if (partner is not null) Add(document, attribution, partner, speakerText, speakerSpan, content, mode, topic, stance, saidAt);
    }

    /// <summary>The two halves of a speaker phrase joined by "and" ("Ardenia and Tusan", "the premier and the union's chief").</summary>
    private static (string First, string Second)? Coordinated(string speakerText)
    {
        var and = speakerText.IndexOf(" and ", StringComparison.Ordinal);
        if (and <= 0 || speakerText.IndexOf(" and ", and + 5, StringComparison.Ordinal) >= 0) return null;
        var (first, second) = (speakerText[..and].Trim().TrimEnd(','), speakerText[(and + 5)..].Trim());
        return first.Length == 0 || second.Length == 0 ? null : (first, second);
    }

    private static void Add(DocumentState document, Attribution attribution, ResolvedSpeaker speaker, string speakerText, TextSpan? speakerSpan,
        string content, StatementMode mode, string? topic, Stance stance, DateTimeOffset saidAt)
    {
        var id = StatementIdentity.Of(speaker.Actor, speaker.Speaker, content);
        if (!document.SeenIds.Add(id)) return;

        var span = new TextSpan(attribution.Content.Min(c => c.Start), attribution.Content.Max(c => c.End));
        var statement = new Statement(id, document.Article.DocumentId, speaker.Actor, speaker.Speaker, content, attribution.Direct, mode,
            topic, stance, saidAt, span, document.Sources);
        var cueSpan = attribution.Cue.Length == 0 ? null : new TextSpan(attribution.CueStart, attribution.CueEnd);
        document.Statements.Add(new ExtractedStatement(statement, speakerText, speaker.IsReport,
            new ExtractionTrace(attribution.Cue, attribution.Rule + "/" + speaker.Rule), speakerSpan, cueSpan));
    }

    /// <summary>Cues whose object is what the statement is about: "welcomed the decision", "confirmed the date", "denied the report".</summary>
    private static readonly HashSet<string> ObjectCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "denied", "denies", "rejected", "rejects", "dismissed", "refuted", "welcomed", "welcomes", "praised", "condemned",
        "criticised", "criticized", "confirmed", "accused", "announced", "described", "requested", "blamed", "declared", "declares",
        "proclaimed",
    };

    /// <summary>Adverbs that belong with the verb they precede: "also rejected the reports", "strongly condemned".</summary>
    private static readonly HashSet<string> CueAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "again", "strongly", "flatly", "firmly", "categorically", "repeatedly", "formally", "publicly", "sharply",
        "vehemently", "emphatically", "explicitly", "strenuously", "unequivocally", "adamantly", "forcefully", "roundly",
        "staunchly", "steadfastly", "vigorously", "officially",
    };

    private static int WithAdverb(string text, int cueStart)
    {
        var end = cueStart;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start < end && CueAdverbs.Contains(text[start..end]) ? start : cueStart;
    }

    private static bool KeepsItsVerb(string text, Attribution attribution)
    {
        if (attribution.Content.Count != 1 || attribution.CueEnd > attribution.Content[0].Start) return false;
        if (SpeechCues.ModeOf(attribution.Cue, "") != StatementMode.Deny && !ObjectCues.Contains(attribution.Cue)) return false;
        var gap = text[attribution.CueEnd..attribution.Content[0].Start];
        if (gap.Any(c => c is '.' or ';' or '"' or '\u201c' or '\u201d') || $" {gap} ".Contains(" that ", StringComparison.OrdinalIgnoreCase)) return false;
        var first = text[attribution.Content[0].Start..Math.Min(text.Length, attribution.Content[0].Start + 8)].TrimStart();
        return !first.StartsWith("that ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What extraction remembers while it reads one article.</summary>
    private sealed class DocumentState(ArticleInput article, string text, SpeakerResolver resolver, IReadOnlyList<SourceRef> sources)
    {
        public ArticleInput Article { get; } = article;
        public string Text { get; } = text;
        public SpeakerResolver Resolver { get; } = resolver;
        public IReadOnlyList<SourceRef> Sources { get; } = sources;
        public List<ExtractedStatement> Statements { get; } = [];
        public HashSet<string> SeenIds { get; } = new(StringComparer.Ordinal);
        public int LastParagraph { get; set; } = int.MinValue;
        public int LabelParagraph { get; set; } = int.MinValue;
        public string LastSpeakerText { get; set; } = "";
        public TextSpan? LastSpeakerSpan { get; set; }
    }

    /// <summary>
    /// The cue decides when it carries a mode ("denied", "urged"); otherwise the words do, and a
    /// warning named only in the frame ("…," he told reporters, in a warning) still counts. A demand
    /// in the frame is not taken over: it usually belongs to another statement in the sentence.
    /// </summary>
    private static StatementMode ModeOf(Attribution attribution, string content, string frame)
    {
        if (attribution.Rule.EndsWith(JoinedDenial, StringComparison.Ordinal)) return StatementMode.Deny;
        var byCue = SpeechCues.ModeOf(attribution.Cue, content);
        if (byCue is { } cueMode && !(cueMode == StatementMode.Deny && DismissesPeople(attribution.Cue, content))) return cueMode;
        var byContent = ModeClassifier.Classify(content);
        if (byContent != StatementMode.Assert) return byContent;
        var byFrame = ModeClassifier.Classify(frame);
        return byFrame is StatementMode.Warn ? byFrame : byContent;
    }

    /// <summary>"dismissed the finance minister", "dismissed 15 employees": a firing told, no denial.</summary>
    private static bool DismissesPeople(string cue, string content)
    {
        var said = content.StartsWith(cue, StringComparison.OrdinalIgnoreCase) ? content : cue + " " + content;
        var words = ClaimKey.Words(said).ToArray();
        return words.Length > 1 && words[0] is "dismissed" or "dismisses" && !ClaimLexicon.IsDenial(words, 0);
    }

    private static IReadOnlyList<SourceRef> SourcesOf(ArticleInput article) =>
        article.SourceName is null && article.Url is null ? [] : [new SourceRef(article.SourceName ?? article.Url!, article.Url)];

    /// <summary>The content as one line: quote marks that reopen a carried-over paragraph dropped, whitespace collapsed.</summary>
    /// <summary>"it repeated that view on Tuesday": content that only points back at what was said before adds nothing.</summary>
    private static bool PointsBack(IReadOnlyList<Token> tokens, Attribution attribution)
    {
        if (attribution.Content.Count != 1) return false;
        var first = -1;
        for (var i = 0; i < tokens.Count && first < 0; i++) if (tokens[i].Start == attribution.Content[0].Start) first = i;
        return first >= 0 && tokens[first].Is("that") && AttributionFinder.IsDemonstrative(tokens, first);
    }

    private static string ContentText(string text, Attribution attribution)
    {
        var builder = new StringBuilder();
        foreach (var (start, end) in attribution.Content)
        {
            if (builder.Length > 0) builder.Append(' ');
            var atLineStart = false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    if (c == '\n') atLineStart = true;
                    if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
                    continue;
                }
                if (atLineStart && QuoteScanner.IsQuoteMark(c)) { atLineStart = false; continue; }
                atLineStart = false;
                builder.Append(c);
            }
        }
        return builder.ToString().Trim().Trim(',', ';', ':').Trim();
    }

    /// <summary>The unit's words outside the content: where the time of saying is written.</summary>
    private static string Frame(string text, TextUnit unit, Attribution attribution)
    {
        var builder = new StringBuilder(unit.End - unit.Start);
        var position = unit.Start;
        foreach (var (start, end) in attribution.Content.OrderBy(c => c.Start))
        {
            if (start > position) builder.Append(text, position, start - position).Append(' ');
            position = Math.Max(position, end);
        }
        if (position < unit.End)
        {
            // "…told reporters that X, but declined to say whether a party took place last year": a clause after the
            // statement says when its own matter happened, not when the statement was made.
            var rest = text[position..unit.End];
            var cut = TrailingClause().Match(rest);
            builder.Append(cut.Success ? rest[..cut.Index] : rest);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@",?\s+but\s|;|,\s+(?:adding|while|which|as|after|before|saying)\s|\s(?:whether|that)\s", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingClause();
}
