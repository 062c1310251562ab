using Monitor.Analysis.Text;

namespace Monitor.Analysis.Tests.Text;

public sealed class WordStemTests
{
    [Theory]
    [InlineData("boeing's", "boeing")]
    [InlineData("troops", "troop")]
    [InlineData("opening", "open")]
    [InlineData("opened", "open")]
    [InlineData("stopped", "stop")]
    [InlineData("britain's", "britain")]
    public void Inflections_and_possessives_meet_the_plain_word(string word, string plain) => Assert.Equal(WordStem.Of(plain), WordStem.Of(word));
}
