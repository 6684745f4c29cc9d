using Marten;
using Microsoft.Extensions.Options;
using Npgsql;
using Parley.Worker.Infrastructure;

namespace Parley.Worker.Ingestion;

/// <summary>
/// How many accepted items wait in the durable inbox for their batch. Senders in this process (files, feeds, the
/// sample) write straight into the inbox and the worker holds what waits in memory too, so a sender faster than
/// extraction would otherwise grow the worker without bound: above <see cref="ParleyOptions.MaxBacklog"/> files wait
/// and POSTs (read in their own request, not queued) are answered 503 with Retry-After, so the queue catches up
/// first. Counted in the database every <see cref="ParleyOptions.BacklogCheckInterval"/>, so a request never pays
/// for the count.
/// </summary>
public sealed class IngestionBacklog(IDocumentStore store, IOptions<ParleyOptions> options, ILogger<IngestionBacklog> logger) : BackgroundService
{
    public long Waiting { get; private set; }

    public bool IsFull => options.Value.MaxBacklog > 0 && Waiting >= options.Value.MaxBacklog;

    /// <summary>Until the backlog is below its limit again (files read faster than the worker reads items).</summary>
    public async Task WaitForRoomAsync(CancellationToken ct)
    {
        while (IsFull) await Task.Delay(options.Value.BacklogCheckInterval, ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.MaxBacklog <= 0) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // The store's own connection pool, as the other views' bookkeeping queries use (CurrentPositions).
                await using var connection = store.Storage.Database.CreateConnection();
                await connection.OpenAsync(stoppingToken);
                await using var command = new NpgsqlCommand(
                    "select count(*) from parley_messages.wolverine_incoming_envelopes where status = 'Incoming'", connection);
                Waiting = Convert.ToInt64(await command.ExecuteScalarAsync(stoppingToken));
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // Before Wolverine has created its tables, or while the database is away: nothing is waiting that we know of.
                logger.LogDebug(e, "Could not count the ingestion backlog");
                Waiting = 0;
            }
            await Task.Delay(options.Value.BacklogCheckInterval, stoppingToken);
        }
    }
}
