namespace Monitor.Analysis.Inference;

/// <summary>
/// General-purpose positive and negative words, with negation: a negator within the three words before
/// a cue flips it ("not good" counts as negative). The n-gram features learn the words a training set
/// happens to contain; these lists carry the polarity of words it never saw.
/// </summary>
internal static class PolarityCues
{
    private static readonly HashSet<string> Positive = new(StringComparer.Ordinal)
    {
        "good", "great", "best", "better", "love", "loved", "loves", "loving", "lovely", "like", "likes", "liked", "support",
        "supports", "supported", "supporting", "proud", "pride", "happy", "glad", "thank", "thanks", "thankful", "grateful",
        "bless", "blessed", "blessing", "blessings", "beautiful", "amazing", "awesome", "wonderful", "excellent", "brilliant",
        "hope", "hopeful", "win", "wins", "winning", "won", "success", "successful", "strong", "strength", "brave", "courage",
        "courageous", "honest", "honesty", "trust", "right", "rights", "fair", "fairness", "free", "freedom", "equal",
        "equality", "justice", "respect", "respected", "admire", "admirable", "inspiring", "inspired", "inspiration", "hero",
        "heroes", "smart", "wise", "wisdom", "kind", "kindness", "peace", "peaceful", "safe", "protect", "protects",
        "protecting", "defend", "defends", "care", "caring", "joy", "joyful", "celebrate", "celebrating", "congrats",
        "congratulations", "yes", "agree", "agreed", "correct", "true", "truth", "qualified", "ready", "leader", "leadership",
        "favor", "favour", "endorse", "endorsed", "welcome", "praise", "praised", "vote", "empower", "empowered",
        "empowering", "empowerment", "progress", "progressive", "fight", "fighting", "stand", "solidarity", "worth",
        "deserve", "deserves", "important", "necessary", "needed", "must", "urgent", "save", "saving", "heal", "healthy",
    };

    private static readonly HashSet<string> Negative = new(StringComparer.Ordinal)
    {
        "bad", "worse", "worst", "hate", "hated", "hates", "hating", "hateful", "oppose", "opposed", "opposes", "against",
        "wrong", "evil", "sin", "sins", "sinful", "shame", "shameful", "disgrace", "disgraceful", "disgusting", "gross",
        "sick", "stupid", "dumb", "idiot", "idiots", "idiotic", "fool", "foolish", "ridiculous", "absurd", "crazy", "insane",
        "liar", "liars", "lie", "lies", "lying", "lied", "fraud", "fake", "false", "corrupt", "corruption", "crook", "criminal",
        "crime", "crimes", "scandal", "murder", "murderer", "murderers", "kill", "killing", "killed", "kills", "death",
        "dead", "die", "dying", "destroy", "destroys", "destroyed", "destruction", "danger", "dangerous", "threat", "fear",
        "afraid", "scared", "scary", "angry", "anger", "mad", "sad", "sadly", "terrible", "horrible", "awful", "pathetic",
        "weak", "fail", "fails", "failed", "failure", "loser", "losers", "lose", "lost", "hoax", "scam", "myth", "nonsense",
        "joke", "reject", "rejected", "condemn", "condemned", "blame", "blamed", "problem", "problems", "attack", "attacks",
        "abuse", "abused", "victim", "victims", "hypocrite", "hypocrites", "hypocrisy", "ignorant", "ignorance", "arrogant",
        "greedy", "greed", "violence", "violent", "hell", "damn", "sucks", "ugly", "selfish", "useless", "pointless",
        "never", "no", "nope", "stop", "ban", "wrongly", "unfair", "unjust", "injustice", "cruel", "sorry", "worry",
    };

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nobody", "nothing", "neither", "nor", "cannot", "without", "hardly", "can't", "won't",
        "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "shouldn't", "wouldn't",
        "couldn't", "cant", "wont", "dont", "doesnt", "didnt", "isnt", "arent", "ain't",
    };

    /// <summary>Whether the word negates what follows it.</summary>
    public static bool IsNegator(string word) => Negators.Contains(word);

    /// <summary>Positive and negative cue counts after negation; a negated cue counts for the other side.</summary>
    public static (int Positive, int Negative, int Negated) Count(IReadOnlyList<string> words)
    {
        int positive = 0, negative = 0, negated = 0;
        for (var i = 0; i < words.Count; i++)
        {
            // "no" and "never" count as negative cues themselves, but never flip one another.
            if (Negators.Contains(words[i]))
            {
                if (Negative.Contains(words[i])) negative++;
                continue;
            }
            var sign = Positive.Contains(words[i]) ? 1 : Negative.Contains(words[i]) ? -1 : 0;
            if (sign == 0) continue;
            var flipped = false;
            for (var j = Math.Max(0, i - 3); j < i; j++) flipped |= Negators.Contains(words[j]);
            if (flipped) { negated++; sign = -sign; }
            if (sign > 0) positive++;
            else negative++;
        }
        return (positive, negative, negated);
    }
}
