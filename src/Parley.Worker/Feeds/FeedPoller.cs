using System.Net;
using System.Net.Http.Headers;
using Marten;
using Parley.Worker.Ingestion;
using Wolverine.Marten;

namespace Parley.Worker.Feeds;

/// <summary>
/// Polls every configured feed on its own interval and queues its new entries as <see cref="IngestNewsItem"/>s.
/// A feed that fails is logged with its URL and retried with doubling pauses; it never holds up the others.
/// </summary>
public sealed class FeedPoller(
    IServiceProvider services, FeedOptions options, IHttpClientFactory http, IHostApplicationLifetime lifetime, ILogger<FeedPoller> logger)
    : BackgroundService
{
    public const string HttpClientName = "feeds";
    const int MaxFeedBytes = 10 * 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Sources.Count == 0 || !await StartedAsync(stoppingToken)) return;
        await Task.WhenAll(options.Sources.Select(source => PollAsync(source, stoppingToken)));
    }

    async Task PollAsync(FeedSource source, CancellationToken ct)
    {
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            var wait = source.Interval;
            try
            {
                var queued = await PollOnceAsync(source, ct);
                if (queued > 0) logger.LogInformation("Feed {Url}: {Count} new entries queued", source.Url, queued);
                failures = 0;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) // whatever one feed does wrong is that feed's problem alone
            {
                failures++;
                wait = TimeSpan.FromTicks(Math.Min(source.Interval.Ticks, options.RetryDelay.Ticks * (1L << Math.Min(failures - 1, 20))));
                logger.LogWarning("Feed {Url} failed ({Failures} in a row), next attempt in {Wait}: {Reason}", source.Url, failures, wait, e.Message);
                await RecordFailureAsync(source, e, failures, ct);
            }
            try { await Task.Delay(wait, ct); }
            catch (OperationCanceledException) { return; }
        }
    }

    async Task<int> PollOnceAsync(FeedSource source, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var state = await session.LoadAsync<FeedState>(source.Url, ct) ?? new FeedState { Id = source.Url };

        using var request = new HttpRequestMessage(HttpMethod.Get, source.Url);
        if (state.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
        if (state.LastModified is { } modified) request.Headers.IfModifiedSince = modified;
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);

        var entries = new List<FeedEntry>();
        if (response.StatusCode != HttpStatusCode.NotModified)
        {
            response.EnsureSuccessStatusCode();
            if (response.Content.Headers.ContentLength > MaxFeedBytes) throw new InvalidDataException($"The feed is larger than {MaxFeedBytes:N0} bytes.");
            using var body = new MemoryStream();
            await response.Content.CopyToAsync(body, ct);
            body.Position = 0;
            entries.AddRange(FeedReader.Read(body, new Uri(source.Url)));
            state.ETag = response.Headers.ETag?.ToString();
            state.LastModified = response.Content.Headers.LastModified;
        }

        var seen = state.Seen.ToHashSet();
        var fresh = entries.Where(e => seen.Add(e.Key)).ToList();
        // The items and the seen-set commit together: a crash in between neither loses nor repeats an entry.
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        outbox.Enroll(session);
        var queued = 0;
        foreach (var entry in fresh)
        {
            try { NewsItemValidation.ThrowIfInvalid(entry.Item); }
            catch (InvalidNewsItemException e)
            {
                logger.LogWarning("Feed {Url}: entry {Entry} skipped: {Reason}", source.Url, entry.Key, e.Message);
                continue;
            }
            await outbox.PublishAsync(entry.Item);
            queued++;
        }
        state.Remember(fresh.Select(e => e.Key));
        state.ItemsQueued += queued;
        state.LastSuccess = DateTimeOffset.UtcNow;
        state.ConsecutiveFailures = 0;
        state.LastError = null;
        session.Store(state);
        await session.SaveChangesAsync(ct);
        return queued;
    }

    async Task RecordFailureAsync(FeedSource source, Exception failure, int failures, CancellationToken ct)
    {
        try
        {
            await using var session = services.GetRequiredService<IDocumentStore>().LightweightSession();
            var state = await session.LoadAsync<FeedState>(source.Url, ct) ?? new FeedState { Id = source.Url };
            state.LastFailure = DateTimeOffset.UtcNow;
            state.LastError = failure.Message;
            state.ConsecutiveFailures = failures;
            session.Store(state);
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Feed {Url}: the failure could not be recorded either: {Reason}", source.Url, e.Message);
        }
    }

    async Task<bool> StartedAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await Task.WhenAny(started.Task, Task.Delay(Timeout.Infinite, ct));
        return started.Task.IsCompleted && !ct.IsCancellationRequested;
    }
}
