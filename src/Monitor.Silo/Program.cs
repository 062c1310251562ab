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
