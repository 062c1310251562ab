namespace Monitor.Cli.Commands;

/// <summary>An HTTP client for a running Monitor service, with the API key when one is given.</summary>
public static class ServerClient
{
    public static HttpClient Create(string server, string? apiKey, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(server.TrimEnd('/') + "/"), Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        if (!string.IsNullOrEmpty(apiKey)) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }
}
