using Marten;
using Marten.Events;
using Npgsql;
using Parley.Worker.Infrastructure;
using Wolverine.Marten;

namespace Parley.Worker.Ingestion;

/// <summary>Feeding many items through the ingestion queue and waiting until every view has taken them in.</summary>
public static class IngestionRun
{
    const int BatchSize = 500;

    /// <summary>Queues messages in transactions of <see cref="BatchSize"/>: a crash loses at most the batch being written, never half of one.</summary>
    public static async Task PublishAsync<T>(IServiceProvider services, IEnumerable<T> items, CancellationToken ct) where T : notnull
    {
        foreach (var batch in items.Chunk(BatchSize))
        {
            await using var scope = services.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
            var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
            outbox.Enroll(session);
            foreach (var item in batch) await outbox.PublishAsync(item);
            await session.SaveChangesAsync(ct);
        }
    }

    /// <summary>Waits until the ingestion queue and the inbox are empty and the async projections have caught up.</summary>
    public static async Task WaitUntilSettledAsync(IServiceProvider services, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        var connectionString = services.GetRequiredService<DatabaseConnection>().ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        while (await PendingAsync(dataSource, ct) > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Ingestion did not finish within {timeout}.");
            await Task.Delay(200, ct);
        }
        var store = services.GetRequiredService<IDocumentStore>();
        await using (var session = store.QuerySession())
            if (!await session.Events.QueryAllRawEvents().AnyAsync(ct)) return;
        await store.WaitForNonStaleProjectionDataAsync(deadline - DateTime.UtcNow);
    }

    static async Task<long> PendingAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"""
            select (select count(*) from parley_queues.wolverine_queue_{MessagingSetup.IngestionQueue})
                 + (select count(*) from parley_messages.wolverine_incoming_envelopes where status <> 'Handled')
                 + (select count(*) from parley_messages.wolverine_outgoing_envelopes)
            """);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
