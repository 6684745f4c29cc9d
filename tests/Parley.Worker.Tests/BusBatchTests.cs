using Microsoft.Extensions.DependencyInjection;
using Parley.Worker.Infrastructure;
using Parley.Worker.Ingestion;
using Parley.Worker.News;
using Wolverine;

namespace Parley.Worker.Tests;

/// <summary>A Wolverine sender with many items publishes them as one message on the PostgreSQL queue.</summary>
public sealed class BusBatchTests(PostgresServer server)
{
    static IngestNewsItem NewsItem(string id, string text) =>
        new(id, null, null, "test", new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero), text);

    [Fact]
    public async Task a_message_of_many_items_on_the_queue_appends_each_new_one_once()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var queue = app.Services.GetRequiredService<IMessageBus>().EndpointFor(new Uri($"postgresql://{MessagingSetup.IngestionQueue}"));
        var items = Enumerable.Range(0, 5).Select(i => NewsItem($"batch-{i}", $"Report {i}: Russia rejects any ceasefire, the Kremlin said.")).ToArray();

        await queue.SendAsync(new IngestNewsItems(items));
        // The same items again, one of them with a bad sibling: the good copy is already in, the bad one goes on alone.
        await queue.SendAsync(new IngestNewsItems([items[0], NewsItem("empty", "")]));

        await app.WaitUntilAsync(async () => await app.CountAsync<ItemListing>() == 5 && (await app.DeadLetterReasonsAsync()).Count == 1);
        Assert.Equal(5, await app.CountAsync<ItemListing>());
        Assert.Equal(10, await app.EventCountAsync());
        await using var session = app.Store.QuerySession();
        Assert.NotNull(await session.LoadAsync<ItemListing>(NewsItemIdentity.StreamId("batch-4")));
    }

    [Fact]
    public async Task a_message_over_the_item_limit_is_dead_lettered_with_the_reason_and_nothing_of_it_is_taken()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var queue = app.Services.GetRequiredService<IMessageBus>().EndpointFor(new Uri($"postgresql://{MessagingSetup.IngestionQueue}"));
        var items = Enumerable.Range(0, IngestNewsItems.MaxItems + 1).Select(i => NewsItem($"over-{i}", $"Report {i}.")).ToArray();

        await queue.SendAsync(new IngestNewsItems(items));

        await app.WaitUntilAsync(async () => (await app.DeadLetterReasonsAsync()).Count == 1);
        Assert.Equal(0, await app.CountAsync<ItemListing>());
        Assert.Contains($"the limit is {IngestNewsItems.MaxItems:N0}", Assert.Single(await app.DeadLetterReasonsAsync()));
    }
}
