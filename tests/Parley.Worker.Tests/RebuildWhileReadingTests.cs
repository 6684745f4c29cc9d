using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Parley.Worker.Replay;

namespace Parley.Worker.Tests;

/// <summary>While a view is rebuilt its queries answer 503 with Retry-After, then the same data as before.</summary>
public sealed class RebuildWhileReadingTests(PostgresServer server)
{
    [Fact]
    public async Task reads_during_a_rebuild_get_503_and_afterwards_identical_data()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var sample = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "samples", "dev-items.jsonl")).Select(l => JsonNode.Parse(l)!).ToArray<object>();
        await app.IngestAsync(sample);
        using var client = app.Writer();
        var before = await client.GetStringAsync("/api/issues");

        var start = await client.PostAsync("/api/admin/projections/Statement/rebuild", null);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var during = await client.GetAsync("/api/issues");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal("application/problem+json", during.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(during.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/meetings")).StatusCode); // other views stay readable

        RebuildProgress? progress = null;
        for (var attempt = 0; attempt < 600 && progress?.State is null or "rebuilding"; attempt++)
        {
            await Task.Delay(100);
            progress = await client.GetFromJsonAsync<RebuildProgress>("/api/admin/projections/Statement/rebuild");
        }
        Assert.Equal("done", progress!.State);
        Assert.Equal(progress.Total, progress.Done);
        Assert.True(progress.Total > 0);

        Assert.Equal(before, await client.GetStringAsync("/api/issues"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/admin/projections/Nothing/rebuild", null)).StatusCode);
    }
}
