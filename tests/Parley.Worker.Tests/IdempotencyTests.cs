using System.Net.Http.Json;
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

    [Fact]
    public async Task racing_posts_of_one_item_are_all_accepted_and_give_one_stream()
    {
        await using var app = await ParleyApp.StartAsync(server);
        using var client = app.Writer();
        // Posts are read in their requests, up to four at once: copies under other ids race on the URL and text keys.
        var posts = Enumerable.Range(0, 4).Select(i => client.PostAsJsonAsync("/api/news",
            Item(i == 0 ? "f1" : $"f1-copy-{i}", "2025-12-01", Text, url: $"https://example.org/f1?utm_source={i}")));
        foreach (var response in await Task.WhenAll(posts)) Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(await ListAsync(app));
        Assert.Equal(2, await app.EventCountAsync());
    }

    [Fact]
    public async Task a_second_claim_on_a_url_or_a_text_is_refused_by_the_database()
    {
        await using var app = await ParleyApp.StartAsync(server);
        await app.IngestAsync(Item("d1", "2025-12-01", Text, url: "https://example.org/d1"));
        // What a copy that raced past the lookup would commit: the unique keys, not the handler, must stop it.
        foreach (var copy in new[] { new NewsItemClaim("id:d1-copy", Guid.NewGuid(), "example.org/d1", "0"),
                     new NewsItemClaim("id:d1-copy", Guid.NewGuid(), null, NewsItemIdentity.TextHash(Text)) })
        {
            await using var session = app.Store.LightweightSession();
            session.Insert(copy);
            await Assert.ThrowsAsync<JasperFx.DocumentAlreadyExistsException>(() => session.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task claims_written_one_row_per_key_by_earlier_versions_are_still_recognised()
    {
        await using var app = await ParleyApp.StartAsync(server);
        await using (var session = app.Store.LightweightSession())
        {
            var old = NewsItemIdentity.StreamId("e1");
            session.Insert(new NewsItemClaim("id:e1", old, null, null), new NewsItemClaim("url:example.org/e1", old, null, null),
                new NewsItemClaim($"text:{NewsItemIdentity.TextHash(Text)}", old, null, null));
            await session.SaveChangesAsync();
        }
        await app.IngestAsync(Item("e2", "2025-12-01", "A different text about the talks.", url: "https://www.example.org/e1/"));
        await app.IngestAsync(Item("e3", "2025-12-01", Text, url: "https://example.org/e3"));
        await app.IngestAsync(Item("e4", "2025-12-01", "Yet another text about the talks.", url: "https://example.org/e4"));
        Assert.Equal(["e4"], (await ListAsync(app)).Select(i => i.ItemId));
    }

    static async Task<IReadOnlyList<ItemListing>> ListAsync(ParleyApp app)
    {
        await using var session = app.Store.QuerySession();
        return await Marten.QueryableExtensions.ToListAsync(session.Query<ItemListing>());
    }
}
