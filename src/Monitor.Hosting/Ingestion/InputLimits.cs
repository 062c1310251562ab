using Monitor.Abstractions;

namespace Monitor.Hosting.Ingestion;

/// <summary>Documented limits on what Monitor accepts (README, "Limits").</summary>
public static class InputLimits
{
    public const int MaxTextLength = Statement.MaxTextLength;
    public const int MaxStatementsPerRequest = 1_000;
    public const long MaxRequestBodyBytes = 5 * 1024 * 1024;
    public const int MaxSpeakerLength = 200;
    public const int MaxSourcesPerStatement = 20;
    public const int MaxUrlLength = 2_048;
    public const int MaxNameLength = 200;
    public const int MaxAliases = 100;
    public const int MaxSpeakers = 200;
    public const int MaxCues = 100;
}
