using Monitor.Silo;

try
{
    var app = MonitorHost.Build(args);
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
{
    Console.Error.WriteLine($"monitor: {exception.Message}");
    return 2;
}
catch (Exception exception)
{
    // A silo that cannot start (a port taken, a cluster it cannot join yet) says why and exits non-zero, so the
    // orchestrator's restart policy starts it again; an unhandled exception would abort with a core dump instead.
    Console.Error.WriteLine($"monitor: could not run: {exception}");
    return 1;
}
