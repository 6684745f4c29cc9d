using System.Net.Http.Json;
using Parley.Worker.Positions;
using static Parley.Worker.Tests.Items;

namespace Parley.Worker.Tests;

/// <summary>"Current" is the latest by publication time: an old article that arrives late must not win.</summary>
public sealed class OrderingTests(PostgresServer server)
{
    const string Opposes = "Kremlin spokesman Dmitry Peskov said on Tuesday that Russia rejects any ceasefire before a final settlement.";
    const string Supports = "Kremlin spokesman Dmitry Peskov said on Tuesday that Russia would agree to a ceasefire along the current front line.";

    [Fact]
    public async Task an_old_item_arriving_after_a_newer_one_does_not_change_the_current_position()
    {
        await using var app = await ParleyApp.StartAsync(server);
        await app.IngestAsync(Item("new", "2026-01-20", Opposes));
        using var client = app.CreateClient();
        var before = await client.GetFromJsonAsync<PartyPositions>("/api/parties/russia/positions");
        Assert.Equal("opposes", Assert.Single(before!.Positions, p => p.Issue == "ceasefire").Stance);

        await app.IngestAsync(Item("old", "2025-11-02", Supports));

        var after = await client.GetFromJsonAsync<PartyPositions>("/api/parties/russia/positions");
        var ceasefire = Assert.Single(after!.Positions, p => p.Issue == "ceasefire");
        Assert.Equal("opposes", ceasefire.Stance);
        Assert.Equal("new", ceasefire.Statement.ItemId);
        Assert.Equal(DateTimeOffset.Parse("2026-01-20Z"), ceasefire.Since);
        Assert.Equal(1, ceasefire.Supporting);

        var history = await client.GetFromJsonAsync<PositionHistoryView>("/api/parties/russia/positions/ceasefire/history");
        Assert.Equal(["old", "new"], history!.Statements.Select(s => s.ItemId));
        Assert.Equal(["supports", "opposes"], history.Statements.Select(s => s.Stance));
        Assert.Equal([false, true], history.Statements.Select(s => s.ChangesStance));

        var timeline = (await client.GetFromJsonAsync<List<Timeline.TimelineEntry>>("/api/timeline"))!;
        Assert.Equal(["shift", "item", "item"], timeline.Select(e => e.Kind).OrderByDescending(k => k));
        Assert.Equal("russia on ceasefire: supports -> opposes", Assert.Single(timeline, e => e.Kind == "shift").Summary);
        Assert.Equal(["item", "shift"], timeline.Where(e => e.At == DateTimeOffset.Parse("2026-01-20Z")).Select(e => e.Kind).Order());
    }
}
