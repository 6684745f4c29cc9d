using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Parley.Worker.Tests;

/// <summary>
/// A local web server (127.0.0.1 only) serving feed files with ETags and 304s, plus feeds that fail in the ways
/// real ones do: /fail answers 500, /slow answers after 30 s. It records what each request asked for.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly ConcurrentDictionary<string, string> _feeds = new();

    public ConcurrentQueue<(string Path, int Status, string? IfNoneMatch)> Requests { get; } = new();

    FeedServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/{name}", HandleAsync);
    }

    public static async Task<FeedServer> StartAsync()
    {
        var server = new FeedServer();
        await server._app.StartAsync();
        return server;
    }

    public string Url(string name) =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/" + name;

    public void Serve(string name, string file) => _feeds[name] = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Feeds", file));

    public void Replace(string name, Func<string, string> change) => _feeds[name] = change(_feeds[name]);

    public int Count(string name, int? status = null) => Requests.Count(r => r.Path == name && (status is null || r.Status == status));

    async Task<IResult> HandleAsync(string name, HttpRequest request, CancellationToken ct)
    {
        string? asked = request.Headers.IfNoneMatch.FirstOrDefault();
        IResult Answer(int status, IResult result)
        {
            Requests.Enqueue((name, status, asked));
            return result;
        }
        if (name == "fail") return Answer(500, Results.StatusCode(500));
        if (name == "slow")
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Answer(200, Results.Text("<rss/>", "application/rss+xml"));
        }
        if (!_feeds.TryGetValue(name, out var body)) return Answer(404, Results.NotFound());
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16] + "\"";
        request.HttpContext.Response.Headers.ETag = etag;
        if (asked == etag) return Answer(304, Results.StatusCode(304));
        return Answer(200, Results.Text(body, "application/xml", Encoding.UTF8));
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(1)); // /slow may still be waiting
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }
}
