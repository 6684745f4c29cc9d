using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Parley.Worker.Ingestion;
using Parley.Worker.News;
using Wolverine;
using static Parley.Worker.Tests.Items;

namespace Parley.Worker.Tests;

/// <summary>A message no retry can fix goes to the dead letters with its reason; the good ones keep flowing.</summary>
public sealed class DeadLetterTests(PostgresServer server)
{
    [Fact]
    public async Task an_item_without_text_sent_on_the_bus_is_dead_lettered_with_its_reason()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var bus = app.Services.GetRequiredService<IMessageBus>();
        await bus.PublishAsync(new IngestNewsItem("poison", null, null, "test", null, ""));
        await app.IngestAsync(Item("fine", "2025-12-01", "Russia rejects any ceasefire, the Kremlin said."));

        Assert.Equal(1, await app.CountAsync<ItemListing>());
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select message_type, exception_type, exception_message from parley_messages.wolverine_dead_letters", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "no dead letter was recorded");
        Assert.Contains(nameof(InvalidNewsItemException), reader.GetString(1));
        Assert.Contains("text: must not be empty", reader.GetString(2));
        Assert.False(await reader.ReadAsync());
    }
}
