using System.Net;
using System.Net.Http.Json;
using Marten;
using Parley.Worker.Ingestion;
using Parley.Worker.News;

namespace Parley.Worker.Tests;

/// <summary>A sender faster than the worker is told to wait (503, Retry-After) instead of growing the worker's memory, and nothing accepted is lost.</summary>
public sealed class BacklogTests(PostgresServer server)
{
    [Fact]
    public async Task a_full_queue_answers_posts_503_with_retry_after_and_every_queued_item_still_goes_in()
    {
        await using var app = await ParleyApp.StartAsync(server, new Dictionary<string, string?>
        {
            ["Parley:MaxBacklog"] = "50",
            ["Parley:BacklogCheckInterval"] = "00:00:00.020",
            ["Parley:IngestionBatchSize"] = "10",
            ["Parley:IngestionParallelism"] = "1",
        });
        // Files, feeds and the bus queue what they send; this is what `ingest` does with a large file.
        var queued = Enumerable.Range(0, 2_000)
            .Select(i => new IngestNewsItem($"queued-{i}", null, null, "test", null, $"Russia rejects any ceasefire, the Kremlin said in statement {i}."))
            .ToList();
        await IngestionRun.PublishAsync(app.Services, queued, CancellationToken.None);

        using var client = app.Writer();
        var refused = false;
        for (var attempt = 0; attempt < 50 && !refused; attempt++)
        {
            using var response = await client.PostAsJsonAsync("/api/news", new { id = $"posted-{attempt}", text = $"Kyiv rejects any ceasefire, Zelensky said ({attempt})." });
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable) continue;
            refused = true;
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(response.Headers.RetryAfter?.Delta);
            Assert.Contains("Parley__MaxBacklog", await response.Content.ReadAsStringAsync());
        }
        Assert.True(refused, "no POST was refused although 2,000 items were queued and batches of 10 are read one at a time");

        await app.SettleAsync();
        await using (var session = app.Store.QuerySession())
            Assert.Equal(queued.Count, await session.Query<ItemListing>().CountAsync(i => i.ItemId.StartsWith("queued-")));

        // Caught up: the worker takes news again.
        using var again = await client.PostAsJsonAsync("/api/news", new { id = "backlog-after", text = "Kyiv rejects any ceasefire, Zelensky said." });
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
    }

    [Fact]
    public async Task posts_above_the_limit_at_once_are_answered_503_and_every_accepted_item_is_in_the_log()
    {
        await using var app = await ParleyApp.StartAsync(server, new Dictionary<string, string?> { ["Parley:PostsAtOnce"] = "1" });
        using var client = app.Writer();
        var requests = Enumerable.Range(0, 12).Select(async request =>
        {
            var items = Enumerable.Range(0, 100)
                .Select(i => new { id = $"at-once-{request}-{i}", text = $"Russia rejects any ceasefire, the Kremlin said in statement {request}-{i}." })
                .ToArray();
            using var response = await client.PostAsJsonAsync("/api/news", items);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(response.Headers.RetryAfter?.Delta);
                Assert.Contains("Parley__PostsAtOnce", await response.Content.ReadAsStringAsync());
                return 0;
            }
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return items.Length;
        });
        var accepted = await Task.WhenAll(requests);
        Assert.Contains(0, accepted);

        // Accepted means in the log: no settling needed for the listing, written in the same transaction.
        await using var session = app.Store.QuerySession();
        Assert.Equal(accepted.Sum(), await session.Query<ItemListing>().CountAsync());
    }
}
