using System.Net;

namespace Monitor.Silo.Tests;

/// <summary>
/// The service as an operator starts it from a build: `dotnet path/to/Monitor.Silo.dll` from some other folder, with
/// neither `dotnet run` nor a publish step to put the dashboard's files where it looks.
/// </summary>
public sealed class BuiltOutputTests
{
    [Fact]
    public async Task The_built_dll_started_from_another_folder_serves_the_dashboard()
    {
        var dll = SiloBuildOutput();
        Assert.True(File.Exists(dll), $"no built service at {dll}");
        var workingDirectory = Path.Combine(Path.GetTempPath(), "monitor-elsewhere-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workingDirectory);
        try
        {
            // A relative data folder still means the working directory, not the dll's.
            await using var service = await ServiceProcess.StartAsync(dll, workingDirectory, "data", ServicePorts.Free(), "--no-sample");

            foreach (var (path, mediaType, marker) in new[]
            {
                ("/", "text/html", "<script"),
                ("/app.css", "text/css", "{"),
                ("/js/app.js", "text/javascript", "import"),
            })
            {
                using var response = await service.Client.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}{Environment.NewLine}{service.RecentOutput}");
                Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
                Assert.Contains(marker, body, StringComparison.Ordinal);
            }
            Assert.True(File.Exists(Path.Combine(workingDirectory, "data", "monitor.db")), "the store should be in the working directory's data folder");
        }
        finally
        {
            try { Directory.Delete(workingDirectory, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>src/Monitor.Silo/bin/CONFIGURATION/TFM/Monitor.Silo.dll, in the configuration and framework this test was built for.</summary>
    private static string SiloBuildOutput()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        return Path.Combine(Deployment.FindRoot(), "src", "Monitor.Silo", "bin", configuration, framework, "Monitor.Silo.dll");
    }
}
