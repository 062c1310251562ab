using Monitor.TestSupport;

namespace Monitor.Storage.Tests;

/// <summary>One redis-server for all the tests of a class; each test keeps to keys of its own prefix.</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServer? _server;

    public RedisServer Server => _server ?? throw new InvalidOperationException("The Redis server has not started.");

    public async Task InitializeAsync() => _server = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
