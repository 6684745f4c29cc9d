using Parley.Worker.Ingestion;
using Parley.Worker.News;
using Wolverine;
using Microsoft.Extensions.DependencyInjection;
using static Parley.Worker.Tests.Items;

namespace Parley.Worker.Tests;

/// <summary>An item already in the log appends nothing, whichever route repeats it and however the copies race.</summary>
public sealed class IdempotencyTests(PostgresServer server)
{
    const string Text = "Kremlin spokesman Dmitry Peskov said on Tuesday that Russia rejects any ceasefire before a final settlement.";

    [Fact]
    public async Task the_same_id_twice_gives_one_stream()
    {
        await using var app = await ParleyApp.StartAsync(server);
        await app.IngestAsync(Item("a1", "2025-12-01", Text));
        var events = await app.EventCountAsync();
        await app.IngestAsync(Item("a1", "2025-12-01", Text + " Edited."));
        Assert.Equal(1, await app.CountAsync<ItemListing>());
        Assert.Equal(events, await app.EventCountAsync());
    }

    [Fact]
    public async Task the_same_url_or_the_same_text_under_another_id_gives_one_stream()
    {
        await using var app = await ParleyApp.StartAsync(server);
        await app.IngestAsync(Item("b1", "2025-12-01", Text, url: "https://www.example.org/story?utm_source=feed"));
        await app.IngestAsync(Item("b2", "2025-12-01", "A different text about the talks.", url: "https://example.org/story/"));
        await app.IngestAsync(Item("b3", "2025-12-01", "  " + Text.ToUpperInvariant() + "\n", url: "https://example.org/other"));
        var item = Assert.Single(await ListAsync(app));
        Assert.Equal("b1", item.ItemId);
    }

    [Fact]
    public async Task racing_copies_on_the_bus_give_one_stream()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var bus = app.Services.GetRequiredService<IMessageBus>();
        var copies = Enumerable.Range(0, 8)
            .Select(i => new IngestNewsItem(i % 2 == 0 ? "c1" : $"c1-copy-{i}", $"https://example.org/c1#{i}", null, "test", DateTimeOffset.Parse("2025-12-01Z"), Text))
            .ToList();
        await Task.WhenAll(copies.Select(c => bus.PublishAsync(c).AsTask()));
        await app.SettleAsync();
        Assert.Single(await ListAsync(app));
        Assert.Equal(2, await app.EventCountAsync()); // received + analysed, once
    }

    static async Task<IReadOnlyList<ItemListing>> ListAsync(ParleyApp app)
    {
        await using var session = app.Store.QuerySession();
        return await Marten.QueryableExtensions.ToListAsync(session.Query<ItemListing>());
    }
}
