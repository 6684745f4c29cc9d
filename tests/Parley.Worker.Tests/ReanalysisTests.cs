using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Parley.Worker.News;
using Parley.Worker.Positions;
using Parley.Worker.Replay;
using Wolverine;
using static Parley.Worker.Tests.Items;

namespace Parley.Worker.Tests;

/// <summary>An improved extractor re-reads the archive: new analyses are appended, the originals stay, views follow the latest.</summary>
public sealed class ReanalysisTests(PostgresServer server)
{
    const string Ceasefire = "Kremlin spokesman Dmitry Peskov said Russia rejects any ceasefire before a final settlement.";
    const string Lull = "Kremlin spokesman Dmitry Peskov said Russia rejects any lull in the fighting before a final settlement.";

    [Fact]
    public async Task a_changed_pack_gains_and_loses_the_right_positions_a_crashed_run_is_finished_by_a_rerun_and_a_second_run_is_a_no_op()
    {
        string connection;
        await using (var before = await ParleyApp.StartAsync(server))
        {
            await before.IngestAsync(Item("r1", "2025-12-01", Ceasefire), Item("r2", "2025-12-02", Lull), Item("r3", "2025-12-03", "Talks continued in Geneva."));
            connection = before.ConnectionString;
        }
        var beforeReanalysis = DateTimeOffset.UtcNow;

        // The improved pack no longer takes the bare word "ceasefire" as the issue, and learns "lull in the fighting".
        var pack = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "pack", "negotiation.json"));
        var changed = pack.Replace("\"cues\": [\"ceasefire\", \"ceasefires\", \"cease-fire\", \"truce\",", "\"cues\": [\"truce\", \"lull in the fighting\",");
        Assert.NotEqual(pack, changed);
        var packPath = Path.Combine(Path.GetTempPath(), $"parley-pack-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(packPath, changed);

        await using var app = ParleyApp.StartOn(connection, new Dictionary<string, string?> { ["Parley:PackPath"] = packPath });
        using var client = app.Writer();
        var events = await app.EventCountAsync();

        var dryRun = await client.PostAsync("/api/admin/reanalyze?dryRun=true", null);
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        var plan = (await dryRun.Content.ReadFromJsonAsync<ReanalysisPlan>())!;
        Assert.Equal(3, plan.ItemsRead);
        Assert.Equal([NewsItemIdentity.StreamId("r1"), NewsItemIdentity.StreamId("r2")], plan.ItemsChanged.Order());
        Assert.Equal(new PositionChange("russia", "ceasefire", "opposes", 1, 1), Assert.Single(plan.Changes));
        await app.SettleAsync();
        Assert.Equal(events, await app.EventCountAsync()); // a dry run writes nothing

        // A run that died after its first item: only r1's message was handled.
        await app.Services.GetRequiredService<IMessageBus>().PublishAsync(new ReanalyseNewsItem(NewsItemIdentity.StreamId("r1")));
        await app.SettleAsync();
        Assert.Equal(events + 1, await app.EventCountAsync());

        // The rerun finds only what is still different, and finishes the job.
        var rerun = await client.PostAsync("/api/admin/reanalyze", null);
        Assert.Equal(HttpStatusCode.Accepted, rerun.StatusCode);
        Assert.Equal([NewsItemIdentity.StreamId("r2")], (await rerun.Content.ReadFromJsonAsync<ReanalysisPlan>())!.ItemsChanged);
        await app.SettleAsync();
        Assert.Equal(events + 2, await app.EventCountAsync());

        var history = await client.GetFromJsonAsync<PositionHistoryView>("/api/parties/russia/positions/ceasefire/history");
        Assert.Equal(["r2"], history!.Statements.Select(s => s.ItemId));
        var known = await client.GetFromJsonAsync<PositionHistoryView>(
            $"/api/parties/russia/positions/ceasefire/history?knownAt={Uri.EscapeDataString(beforeReanalysis.ToString("O"))}");
        Assert.Equal(["r1"], known!.Statements.Select(s => s.ItemId)); // what was known before the re-reading

        var item = await client.GetFromJsonAsync<NewsItem>("/api/news/r1");
        Assert.Equal(2, item!.Analyses.Count);
        Assert.NotEqual(item.Analyses[0].ExtractorVersion, item.Analyses[1].ExtractorVersion);
        Assert.Empty(item.Analyses[1].Statements);

        var again = (await (await client.PostAsync("/api/admin/reanalyze", null)).Content.ReadFromJsonAsync<ReanalysisPlan>())!;
        Assert.Empty(again.ItemsChanged);
        await app.SettleAsync();
        Assert.Equal(events + 2, await app.EventCountAsync());
        File.Delete(packPath);
    }

    [Fact]
    public async Task re_analysis_needs_an_api_key()
    {
        await using var app = await ParleyApp.StartAsync(server);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/admin/reanalyze?dryRun=true", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/admin/projections/Statement/rebuild", null)).StatusCode);
    }
}
