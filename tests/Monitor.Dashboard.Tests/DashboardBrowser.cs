using Microsoft.Playwright;

// One silo and one Chromium at a time: the tests share a small machine and measure render times.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Monitor.Dashboard.Tests;

/// <summary>
/// The system's Chromium (Debian's package) driven by Playwright's .NET driver, which the NuGet
/// package copies next to the tests (.playwright/). Nothing is downloaded: the .NET package fetches
/// browsers only when its install script is run, and an explicit executable path needs none.
/// </summary>
public sealed class DashboardBrowser : IAsyncDisposable
{
    public const string ExecutableVariable = "MONITOR_CHROMIUM";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;

    private DashboardBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<DashboardBrowser> LaunchAsync()
    {
        // The machine running the tests may be busy building; polling alone takes up to three seconds.
        Assertions.SetDefaultExpectTimeout(10_000);
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: install it (apt-get install -y chromium) or set {ExecutableVariable}.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
        return new DashboardBrowser(playwright, browser);
    }

    /// <summary>A fresh browser context (its own sessionStorage) with one page, at a viewport and time zone.</summary>
    public async Task<DashboardPage> OpenAsync(Uri service, int width = 1280, int height = 800, string timeZone = "Europe/London")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            TimezoneId = timeZone,
            Locale = "en-GB",
            BaseURL = service.ToString(),
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new DashboardPage(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}

/// <summary>A page with its context, collecting script errors so every test can assert there were none.</summary>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    public DashboardPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.PageError += (_, error) => { lock (_errors) _errors.Add("uncaught: " + error); };
        page.Console += (_, message) =>
        {
            // A refused request (401 before the key is given) is logged by the browser itself, not by the dashboard.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                lock (_errors) _errors.Add("console: " + message.Text);
        };
    }

    public IPage Page { get; }

    public void AssertNoScriptErrors()
    {
        lock (_errors) Assert.True(_errors.Count == 0, "Script errors: " + string.Join(" | ", _errors));
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
