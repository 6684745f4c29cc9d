using Wolverine;
using Wolverine.RabbitMQ;

namespace Parley.Worker.Ingestion;

/// <summary>The "Parley:RabbitMq" section: the queue other systems publish news items to when a broker is configured.</summary>
public sealed class RabbitMqIngestionOptions
{
    public string Queue { get; set; } = "parley.news";
    /// <summary>Deliveries the broker hands over before they are taken into the inbox: bounds memory under a backlog.</summary>
    public ushort Prefetch { get; set; } = 200;
    /// <summary>How long to wait between attempts to reach a broker that went away.</summary>
    public TimeSpan ReconnectInterval { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// With <c>ConnectionStrings:RabbitMq</c> set, the worker also takes <see cref="IngestNewsItem"/> from a RabbitMQ queue.
/// Items Parley takes itself (HTTP, files, feeds) never go through the broker: they are accepted in the request's or
/// the file batch's own transaction, whether or not the broker is up.
/// </summary>
public static class RabbitMqIngestion
{
    public static void ListenToRabbitMqWhenConfigured(this WolverineOptions opts, IConfiguration configuration, int parallelism)
    {
        if (configuration.GetConnectionString("RabbitMq") is not { Length: > 0 } connection) return;
        var settings = configuration.GetSection("Parley:RabbitMq").Get<RabbitMqIngestionOptions>() ?? new();

        opts.UseRabbitMq(factory =>
            {
                factory.Uri = new Uri(connection);
                factory.ClientProvidedName = "parley-worker";
                // The client reconnects and re-declares its consumers by itself; this only sets the pace.
                factory.AutomaticRecoveryEnabled = true;
                factory.TopologyRecoveryEnabled = true;
                factory.NetworkRecoveryInterval = settings.ReconnectInterval;
            })
            .AutoProvision()
            // Dead letters go to Wolverine's storage in PostgreSQL, with the reason, where `dead-letters list|replay`
            // and /api/admin/dead-letters see and replay them whichever transport they came by. A broker dead-letter
            // queue would stay empty: the durable inbox acknowledges every delivery once it is stored.
            .DisableDeadLetterQueueing();

        // Durable inbox: a delivery is acknowledged only once it is stored in PostgreSQL (in batches), so a broker
        // or worker restart loses nothing, and the inbox drops a redelivered envelope it already has.
        opts.ListenToRabbitQueue(settings.Queue)
            .DefaultIncomingMessage<IngestNewsItem>()
            .DefaultSerializer(new NewsItemJsonSerializer())
            .DisableDeadLetterQueueing()
            .PreFetchCount(settings.Prefetch)
            .MaximumParallelMessages(parallelism)
            .UseDurableInbox();
    }
}
