using System.Runtime.CompilerServices;
using Parley.Worker.News;
using static Parley.Worker.Tests.Items;

namespace Parley.Worker.Tests;

/// <summary>
/// Other systems publish items to RabbitMQ with a standard client. One class, so the broker restart in one test
/// never lands in the middle of another.
/// </summary>
public sealed class RabbitMqIngestionTests(PostgresServer postgres, RabbitMqServer rabbit)
{
    static string Text(int i) => $"Report {i}: Russia rejects any ceasefire along the current line, the Kremlin said on day {i}.";

    async Task<(ParleyApp App, ForeignProducer Producer)> StartAsync([CallerMemberName] string test = "", Func<ForeignProducer, Task>? beforeTheWorker = null)
    {
        var queue = $"parley.news.{Guid.NewGuid():N}";
        var producer = new ForeignProducer(rabbit, queue);
        if (beforeTheWorker is not null) await beforeTheWorker(producer);
        var app = await ParleyApp.StartAsync(postgres, new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = rabbit.Uri.ToString(),
            ["Parley:RabbitMq:Queue"] = queue,
            ["Parley:RabbitMq:ReconnectInterval"] = "00:00:00.500",
        }, test);
        return (app, producer);
    }

    [Fact]
    public async Task a_backlog_that_built_up_while_no_worker_ran_is_taken_in_completely()
    {
        const int backlog = 1_000;
        var (app, producer) = await StartAsync(beforeTheWorker: async p =>
        {
            await p.DeclareQueueAsync();
            for (var i = 0; i < backlog; i++) await p.PublishAsync(Item($"backlog-{i}", "2025-12-01", Text(5000 + i)));
        });
        await using var _ = app;
        await using var __ = producer;

        await app.WaitUntilAsync(async () => await app.CountAsync<ItemListing>() == backlog, TimeSpan.FromMinutes(3));
        Assert.Equal(backlog, await app.CountAsync<ItemListing>());
        Assert.Empty(await app.DeadLetterReasonsAsync());
    }

    [Fact]
    public async Task a_plain_amqp_publish_of_an_items_json_is_ingested()
    {
        var (app, producer) = await StartAsync();
        await using var _ = app;
        await using var __ = producer;

        await producer.PublishAsync(Item("amqp-1", "2025-12-01", Text(1)));
        await producer.PublishAsync(new { url = "https://example.org/no-id", published = "2025-12-02T10:00:00Z", text = Text(2) });

        await app.WaitUntilAsync(async () => await app.CountAsync<ItemListing>() == 2);
        await using var session = app.Store.QuerySession();
        var first = await session.LoadAsync<ItemListing>(NewsItemIdentity.StreamId("amqp-1"));
        Assert.NotNull(first);
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero), first.Published);
        Assert.NotNull(await session.LoadAsync<ItemListing>(NewsItemIdentity.StreamId("url:example.org/no-id")));
    }

    [Fact]
    public async Task of_100_good_and_20_poison_messages_100_are_ingested_and_20_dead_lettered_with_reasons()
    {
        var (app, producer) = await StartAsync();
        await using var _ = app;
        await using var __ = producer;

        string[] poison =
        [
            "{ this is not json",
            """{"id":"no-text","title":"nothing to read"}""",
            """{"id":"too-long","text":"__LONG__"}""",
            """["an array, not an item"]""",
        ];
        var good = 0;
        for (var i = 0; i < 120; i++)
        {
            if (i % 6 == 5) await producer.PublishRawAsync(poison[i / 6 % poison.Length].Replace("__LONG__", new string('x', 200_001)));
            else await producer.PublishAsync(Item($"mixed-{good}", "2025-12-01", Text(good++)));
        }
        Assert.Equal(100, good);

        await app.WaitUntilAsync(async () => await app.CountAsync<ItemListing>() == 100 && (await app.DeadLetterReasonsAsync()).Count == 20);
        Assert.Equal(100, await app.CountAsync<ItemListing>());
        var reasons = await app.DeadLetterReasonsAsync();
        Assert.Equal(20, reasons.Count);
        Assert.Equal(5, reasons.Count(r => r.Contains("not valid JSON")));
        Assert.Equal(5, reasons.Count(r => r.Contains("text: is required")));
        Assert.Equal(5, reasons.Count(r => r.Contains("the limit is 200,000")));
        Assert.Equal(5, reasons.Count(r => r.Contains("expected an object")));
    }

    [Fact]
    public async Task an_array_body_is_several_items_and_one_bad_item_dead_letters_its_whole_message_with_the_reason()
    {
        var (app, producer) = await StartAsync();
        await using var _ = app;
        await using var __ = producer;

        await producer.PublishAsync(new object[]
        {
            Item("many-1", "2025-12-01", Text(1)),
            Item("many-2", "2025-12-01", Text(2)),
            new { url = "https://example.org/many-3", text = Text(3) },
        });
        await producer.PublishAsync(new object[] { Item("held-back", "2025-12-01", Text(4)), new { id = "no-text" } });
        await producer.PublishRawAsync("[]");

        await app.WaitUntilAsync(async () => await app.CountAsync<ItemListing>() == 3 && (await app.DeadLetterReasonsAsync()).Count == 2);
        Assert.Equal(3, await app.CountAsync<ItemListing>());
        await using var session = app.Store.QuerySession();
        Assert.Null(await session.LoadAsync<ItemListing>(NewsItemIdentity.StreamId("held-back")));
        var reasons = await app.DeadLetterReasonsAsync();
        Assert.Contains(reasons, r => r.Contains("[1].text: is required"));
        Assert.Contains(reasons, r => r.Contains("the array is empty"));
    }

    [Fact]
    public async Task the_worker_reconnects_after_a_broker_restart_and_loses_nothing()
    {
        if (!rabbit.CanRestart) Assert.Skip($"The broker from {rabbit.Origin} is not the tests' to restart.");
        var (app, producer) = await StartAsync();
        await using var _ = app;
        await using var __ = producer;

        for (var i = 0; i < 150; i++) await producer.PublishAsync(Item($"restart-{i}", "2025-12-01", Text(1000 + i)));
        await rabbit.RestartAsync(); // while the worker is still taking the first batch in
        for (var i = 150; i < 200; i++) await producer.PublishAsync(Item($"restart-{i}", "2025-12-01", Text(1000 + i)));

        await app.WaitUntilAsync(async () => await app.CountAsync<ItemListing>() == 200, TimeSpan.FromMinutes(2));
        Assert.Equal(200, await app.CountAsync<ItemListing>());
        Assert.Empty(await app.DeadLetterReasonsAsync());
    }
}
