using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Monitor.TestSupport;

/// <summary>
/// A real HTTP server on loopback serving feeds, article pages and robots.txt for the sources tests: each path
/// answers what was last set for it (404 otherwise), honours If-None-Match with a 304, and can be slow, huge,
/// broken or a redirect. Every request is recorded with its headers.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Reply> _replies = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    private FeedServer(int port)
    {
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    /// <summary>The server's base address, without a trailing slash.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public ConcurrentQueue<ServedRequest> Requests { get; } = new();

    public static FeedServer Start() => new(LoopbackPorts.Next());

    public string Url(string path) => BaseUrl + path;

    public void Set(string path, Reply reply) => _replies[path] = reply;

    public void Remove(string path) => _replies.TryRemove(path, out _);

    public IReadOnlyList<ServedRequest> RequestsFor(string path) => [.. Requests.Where(r => r.Path == path)];

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.PathAndQuery;
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new ServedRequest(path, headers));
        var response = context.Response;
        try
        {
            if (!_replies.TryGetValue(path, out var reply))
            {
                response.StatusCode = 404;
                return;
            }
            if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay, _stopping.Token);
            if (reply.ETag is not null && headers.GetValueOrDefault("If-None-Match") == reply.ETag)
            {
                response.StatusCode = 304;
                return;
            }
            response.StatusCode = reply.Status;
            if (reply.Location is not null) response.RedirectLocation = reply.Location;
            if (reply.ETag is not null) response.Headers["ETag"] = reply.ETag;
            if (reply.LastModified is not null) response.Headers["Last-Modified"] = reply.LastModified;
            response.ContentType = reply.ContentType;
            if (reply.StreamBytes > 0)
            {
                // A body sent in chunks without a length, so only reading it tells how large it is.
                response.SendChunked = true;
                var chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
                for (long sent = 0; sent < reply.StreamBytes; sent += chunk.Length)
                    await response.OutputStream.WriteAsync(chunk, _stopping.Token);
                return;
            }
            var body = Encoding.UTF8.GetBytes(reply.Body);
            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body, _stopping.Token);
        }
        catch (Exception) when (_stopping.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
            // The client went away (a timeout or a size cap cut it off): nothing to answer.
        }
        finally
        {
            try { response.Close(); } catch (Exception) { }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Close();
        try { await _loop; } catch (Exception) { }
        _stopping.Dispose();
    }
}

/// <summary>What a path answers.</summary>
/// <param name="StreamBytes">Send this many bytes of filler, chunked, instead of <see cref="Body"/>.</param>
public sealed record Reply(
    string Body = "",
    int Status = 200,
    string ContentType = "application/xml; charset=utf-8",
    string? ETag = null,
    string? LastModified = null,
    string? Location = null,
    TimeSpan Delay = default,
    long StreamBytes = 0)
{
    public static Reply Redirect(string location) => new(Status: 302, Location: location, ContentType: "text/plain");

    public static Reply Html(string body) => new(body, ContentType: "text/html; charset=utf-8");

    public static Reply Text(string body) => new(body, ContentType: "text/plain; charset=utf-8");
}

public sealed record ServedRequest(string Path, IReadOnlyDictionary<string, string> Headers);
