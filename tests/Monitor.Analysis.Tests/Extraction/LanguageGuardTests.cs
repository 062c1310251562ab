using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

public sealed class LanguageGuardTests
{
    [Fact]
    public void English_news_is_accepted()
    {
        var verdict = LanguageGuard.Check("The foreign ministry said on Thursday that it was watching the plan closely and would respond.");

        Assert.True(verdict.IsEnglish, verdict.Reason);
    }

    [Theory]
    [InlineData("Der Sprecher sagte, dass die Regierung die Pläne der Allianz nicht unterstützt und auf eine Antwort wartet.", "German")]
    [InlineData("El portavoz dijo que el gobierno no apoya los planes de la alianza y que espera una respuesta pronto.", "Spanish")]
    [InlineData("La porte-parole a déclaré que le gouvernement ne soutient pas les projets de l'alliance dans la région.", "French")]
    public void Other_languages_are_refused_and_named(string text, string language)
    {
        var verdict = LanguageGuard.Check(text);

        Assert.False(verdict.IsEnglish);
        Assert.Contains(language, verdict.Reason);
    }

    [Fact]
    public void Non_latin_scripts_are_refused()
    {
        var verdict = LanguageGuard.Check("外交部发言人表示，中方对北约在亚太地区设立办事处的计划保持高度警惕。");

        Assert.False(verdict.IsEnglish);
        Assert.Contains("non-Latin", verdict.Reason);
    }
}
