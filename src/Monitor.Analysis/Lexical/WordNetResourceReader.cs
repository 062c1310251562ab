using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Monitor.Analysis.Lexical;

/// <summary>
/// Reads the gzip'd TSV written by scripts/wordnet/derive_lexicon.py (the format is described there) into a
/// <see cref="WordNetDatabase"/>. Every process that compares claims pays for this once, so the reader parses
/// spans of the decompressed text, keeps one string per distinct lemma, and fills a few flat arrays instead
/// of allocating objects per synset.
/// </summary>
internal static class WordNetResourceReader
{
    public const string ResourceName = "Monitor.Analysis.Lexical.wordnet.tsv.gz";

    public static WordNetDatabase ReadEmbedded()
    {
        var assembly = typeof(WordNetResourceReader).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {assembly.GetName().Name}.");
        return Read(stream);
    }

    public static WordNetDatabase Read(Stream compressed)
    {
        string text;
        using (var gzip = new GZipStream(compressed, CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16))
        {
            text = reader.ReadToEnd();
        }

        return new Parser().Parse(text);
    }

    /// <summary>State of one read; the methods are compiled optimised from the start because they run once per process over some 280,000 lines, too few for tiered compilation to catch up on a busy machine.</summary>
    private sealed class Parser
    {
        private readonly List<Synset> synsets = new(120_000);
        private readonly List<string> lemmas = new(210_000);
        private readonly List<SynsetLink> links = new(420_000);
        private readonly List<int> senses = new(210_000);
        // Capacities are WordNet 3.0's counts (nouns, verbs, adjectives, adverbs), so nothing is regrown.
        private readonly Dictionary<string, SenseRange>[] sensesByPos = NewPerPos<SenseRange>(118_000, 11_600, 21_500, 4_500);
        private readonly Dictionary<string, string[]>[] exceptionsByPos = NewPerPos<string[]>(2_100, 2_400, 1_500, 10);
        private readonly HashSet<string> pool = new(160_000, StringComparer.Ordinal);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public WordNetDatabase Parse(string text)
        {
            var lineNumber = 0;
            foreach (var lineRange in text.AsSpan().Split('\n'))
            {
                lineNumber++;
                var line = text.AsSpan(lineRange);
                if (line.IsEmpty || line[0] == '#')
                {
                    continue;
                }

                try
                {
                    switch (line[0])
                    {
                        case 'S':
                            ReadSynset(line);
                            break;
                        case 'W':
                            ReadSenses(line);
                            break;
                        case 'X':
                            ReadException(line);
                            break;
                        default:
                            throw new FormatException($"unknown record type '{line[0]}'");
                    }
                }
                catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
                {
                    throw new InvalidDataException($"{ResourceName} line {lineNumber}: {e.Message}", e);
                }
            }

            foreach (var link in links)
            {
                if ((uint)link.Target >= (uint)synsets.Count)
                {
                    throw new InvalidDataException($"{ResourceName}: a pointer targets synset {link.Target}, beyond the {synsets.Count} read.");
                }
            }

            return new WordNetDatabase([.. synsets], [.. lemmas], [.. links], [.. senses], sensesByPos, exceptionsByPos);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ReadSynset(ReadOnlySpan<char> line)
        {
            Span<Range> fields = stackalloc Range[4];
            SplitFields(line, fields);
            var key = line[fields[1]];
            var (pos, satellite) = key[0] switch
            {
                'n' => (PartOfSpeech.Noun, false),
                'v' => (PartOfSpeech.Verb, false),
                'a' => (PartOfSpeech.Adjective, false),
                's' => (PartOfSpeech.Adjective, true),
                'r' => (PartOfSpeech.Adverb, false),
                _ => throw new FormatException($"unknown synset type '{key[0]}'"),
            };

            var firstLemma = lemmas.Count;
            var lemmaList = line[fields[2]];
            foreach (var range in lemmaList.Split('|'))
            {
                lemmas.Add(Intern(lemmaList[range]));
            }

            var firstLink = links.Count;
            var linkList = line[fields[3]];
            foreach (var range in linkList.Split(' '))
            {
                if (range.End.Value > range.Start.Value)
                {
                    links.Add(ReadLink(linkList[range]));
                }
            }

            synsets.Add(new Synset(pos, satellite, ParseInt(key[1..]), firstLemma, lemmas.Count - firstLemma, firstLink, links.Count - firstLink));
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ReadSenses(ReadOnlySpan<char> line)
        {
            Span<Range> fields = stackalloc Range[4];
            SplitFields(line, fields);
            var start = senses.Count;
            var senseList = line[fields[3]];
            foreach (var range in senseList.Split(' '))
            {
                senses.Add(ParseInt(senseList[range]));
            }

            sensesByPos[PosIndex(line[fields[1]])][Intern(line[fields[2]])] = new SenseRange(start, senses.Count - start);
        }

        private void ReadException(ReadOnlySpan<char> line)
        {
            Span<Range> fields = stackalloc Range[4];
            SplitFields(line, fields);
            var bases = new List<string>(2);
            var baseList = line[fields[3]];
            foreach (var range in baseList.Split('|'))
            {
                bases.Add(Intern(baseList[range]));
            }

            exceptionsByPos[PosIndex(line[fields[1]])][Intern(line[fields[2]])] = [.. bases];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private string Intern(ReadOnlySpan<char> text)
        {
            var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(text, out var existing))
            {
                return existing;
            }

            var created = text.ToString();
            pool.Add(created);
            return created;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static SynsetLink ReadLink(ReadOnlySpan<char> token)
        {
            var kind = token[0] switch
            {
                'H' => SynsetLinkKind.Hypernym,
                'I' => SynsetLinkKind.InstanceHypernym,
                'A' => SynsetLinkKind.Antonym,
                'D' => SynsetLinkKind.Derivation,
                'S' => SynsetLinkKind.SimilarTo,
                'P' => SynsetLinkKind.Pertainym,
                'L' => SynsetLinkKind.Participle,
                _ => throw new FormatException($"unknown pointer code '{token[0]}'"),
            };
            var rest = token[1..];
            var dot = rest.IndexOf('.');
            if (dot < 0)
            {
                return new SynsetLink(kind, 0, 0, ParseInt(rest));
            }

            var words = rest[(dot + 1)..];
            var secondDot = words.IndexOf('.');
            return new SynsetLink(kind, checked((byte)ParseInt(words[..secondDot])), checked((byte)ParseInt(words[(secondDot + 1)..])), ParseInt(rest[..dot]));
        }

        private static int ParseInt(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

        /// <summary>Splits a record into its four tab-separated fields; the last may be empty (a synset without pointers).</summary>
        private static void SplitFields(ReadOnlySpan<char> line, Span<Range> fields)
        {
            var start = 0;
            for (var i = 0; i < 3; i++)
            {
                var tab = line[start..].IndexOf('\t');
                if (tab < 0)
                {
                    throw new FormatException($"expected 4 tab-separated fields, found {i + 1}");
                }

                fields[i] = start..(start + tab);
                start += tab + 1;
            }

            fields[3] = start..line.Length;
        }

        private static int PosIndex(ReadOnlySpan<char> pos) => pos switch
        {
            "n" => (int)PartOfSpeech.Noun,
            "v" => (int)PartOfSpeech.Verb,
            "a" => (int)PartOfSpeech.Adjective,
            "r" => (int)PartOfSpeech.Adverb,
            _ => throw new FormatException($"unknown part of speech '{pos}'"),
        };

        private static Dictionary<string, T>[] NewPerPos<T>(params int[] capacities) =>
            [.. capacities.Select(capacity => new Dictionary<string, T>(capacity, StringComparer.Ordinal))];
    }
}
