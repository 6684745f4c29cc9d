using System.Net;
using System.Net.Http.Json;
using Marten;
using Parley.Worker.News;

namespace Parley.Worker.Tests;

/// <summary>A sender faster than the worker is told to wait (503, Retry-After) instead of growing the worker's memory, and nothing accepted is lost.</summary>
public sealed class BacklogTests(PostgresServer server)
{
    [Fact]
    public async Task a_full_backlog_answers_503_with_retry_after_and_every_accepted_item_still_goes_in()
    {
        await using var app = await ParleyApp.StartAsync(server, new Dictionary<string, string?>
        {
            ["Parley:MaxBacklog"] = "50",
            ["Parley:BacklogCheckInterval"] = "00:00:00.020",
            ["Parley:IngestionBatchSize"] = "10",
            ["Parley:IngestionParallelism"] = "1",
        });
        using var client = app.Writer();
        var accepted = new List<string>();
        var refused = 0;
        for (var request = 0; request < 30 && refused == 0; request++)
        {
            var items = Enumerable.Range(0, 100)
                .Select(i => new { id = $"backlog-{request}-{i}", text = $"Russia rejects any ceasefire, the Kremlin said in statement {request}-{i}." })
                .ToArray();
            using var response = await client.PostAsJsonAsync("/api/news", items);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                refused++;
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(response.Headers.RetryAfter?.Delta);
                Assert.Contains("Parley__MaxBacklog", await response.Content.ReadAsStringAsync());
            }
            else
            {
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                accepted.AddRange(items.Select(i => i.id));
            }
            await Task.Delay(60); // the backlog is counted every 20 ms
        }
        Assert.True(refused > 0, "no POST was refused although 100 items per request arrived faster than batches of 10 are read");

        await app.SettleAsync();
        await using (var session = app.Store.QuerySession())
            Assert.Equal(accepted.Count, await session.Query<ItemListing>().CountAsync());

        // Caught up: the worker takes news again.
        using var again = await client.PostAsJsonAsync("/api/news", new { id = "backlog-after", text = "Kyiv rejects any ceasefire, Zelensky said." });
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
    }
}
