namespace Monitor.Analysis.Lexical;

/// <summary>
/// One WordNet 3.0 synset: a set of lemmas sharing one sense. The lemmas and links live in the database's
/// shared arrays (<see cref="WordNetDatabase.Lemmas"/>, <see cref="WordNetDatabase.Links"/>); keeping synsets as
/// small structs over flat arrays, rather than 117,000 objects with two arrays each, is what keeps loading
/// fast and memory low. <see cref="Offset"/> is the synset's byte offset in WordNet's data file, which is
/// WordNet's own stable identifier for it.
/// </summary>
internal readonly record struct Synset(
    PartOfSpeech Pos,
    bool IsSatellite,
    int Offset,
    int FirstLemma,
    int LemmaCount,
    int FirstLink,
    int LinkCount)
{
    /// <summary>WordNet's synset type letter and offset, e.g. "n04552696", or "s01756293" for a satellite.</summary>
    public string Key => string.Create(9, this, static (span, synset) =>
    {
        span[0] = synset.IsSatellite ? 's' : synset.Pos switch
        {
            PartOfSpeech.Noun => 'n',
            PartOfSpeech.Verb => 'v',
            PartOfSpeech.Adjective => 'a',
            _ => 'r',
        };
        synset.Offset.TryFormat(span[1..], out _, "D8", System.Globalization.CultureInfo.InvariantCulture);
    });
}
