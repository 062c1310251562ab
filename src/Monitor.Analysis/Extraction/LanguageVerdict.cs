namespace Monitor.Analysis.Extraction;

/// <summary>Whether a text can be read as English, with the evidence behind the call.</summary>
/// <param name="EnglishFunctionWordRatio">Share of the words that are common English function words.</param>
public sealed record LanguageVerdict(bool IsEnglish, double EnglishFunctionWordRatio, string Reason);
