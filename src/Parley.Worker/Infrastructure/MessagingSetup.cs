using JasperFx.CodeGeneration;
using JasperFx.Resources;
using Marten.Exceptions;
using Parley.Extraction;
using Parley.Worker.Ingestion;
using Parley.Worker.Replay;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Postgresql;

namespace Parley.Worker.Infrastructure;

public static class MessagingSetup
{
    /// <summary>The ingestion queue every sender publishes to; with no broker configured it lives in PostgreSQL.</summary>
    public const string IngestionQueue = "news";

    public static WebApplicationBuilder AddParleyMessaging(this WebApplicationBuilder builder)
    {
        var parley = builder.Configuration.GetSection("Parley").Get<ParleyOptions>() ?? new ParleyOptions();
        builder.Services.AddSingleton(TimeProvider.System);
        var pack = DomainPack.LoadOrDefault(parley.PackPath);
        builder.Services.AddSingleton(pack);
        builder.Services.AddSingleton(new Extractor(pack));

        builder.UseWolverine(opts =>
        {
            opts.ApplicationAssembly = typeof(MessagingSetup).Assembly;
            // The handlers' glue code is generated ahead of time (Internal/Generated, `codegen write` after a handler
            // changes; a test fails when it is stale): compiling it at start loaded Roslyn, the largest part of the
            // worker's start-up memory (docs/benchmarks.md).
            opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
            opts.Durability.Mode = parley.SingleNode ? DurabilityMode.Solo : DurabilityMode.Balanced;
            opts.Policies.AutoApplyTransactions();

            opts.PublishMessage<IngestNewsItemAlone>().ToPostgresqlQueue(IngestionQueue);
            // Whatever endpoint items arrive on, they are handled in batches: one transaction for up to
            // IngestionBatchSize items instead of one each. Members stay in the durable inbox until their batch commits.
            // Items published in this process (HTTP, feeds, files, the sample) go straight to this durable local queue:
            // the sender's own transaction writes them into the inbox, instead of Wolverine forwarding each one to the
            // PostgreSQL queue in a commit of its own (the largest cost left in end-to-end ingestion, docs/benchmarks.md).
            // Another node takes over the inbox of a node that dies.
            opts.BatchMessagesOf<IngestNewsItem>(batching =>
                {
                    batching.BatchSize = parley.IngestionBatchSize;
                    batching.TriggerTime = parley.IngestionBatchWait;
                })
                .UseDurableInbox()
                .MaximumParallelMessages(parley.IngestionParallelism);
            // Re-analysis shares the durable work queue: a crash half-way leaves the rest queued, not lost.
            opts.PublishMessage<ReanalyseNewsItem>().ToPostgresqlQueue(IngestionQueue);
            opts.ListenToPostgresqlQueue(IngestionQueue)
                .PollingInterval(parley.QueuePollingInterval)
                // Wolverine waits one polling interval after every batch it takes, so the batch size caps throughput
                // at batch / interval: its default of 20 held ingestion to ~70 items/s (measured, docs/benchmarks.md).
                .MaximumMessagesToReceive(parley.QueueBatchSize)
                .MaximumParallelMessages(parley.IngestionParallelism);
            opts.ListenToRabbitMqWhenConfigured(builder.Configuration, parley.IngestionParallelism);

            // A copy that lost the race to a concurrent copy of the same item (in another batch or on another node):
            // once more, and the claims the winner committed show the item is in. Never discard: a batch holds others.
            opts.OnException(IsLostRace).RetryTimes(3);
            // Two readings of one item at once: the loser reads the item again and finds nothing left to do.
            opts.OnException<JasperFx.ConcurrencyException>().RetryTimes(3);
            // Retrying cannot fix a bad item: straight to the dead letters, with the reason.
            opts.OnException<InvalidNewsItemException>().MoveToErrorQueue();
            // Anything else may pass: retry with pauses, then dead-letter with the exception, so one item never holds up the rest.
            opts.OnException<Exception>()
                .RetryWithCooldown(parley.IngestionRetryDelays is { Length: > 0 } delays ? delays : [TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)])
                .Then.MoveToErrorQueue();
        });
        builder.Services.AddResourceSetupOnStartup();
        return builder;
    }

    /// <summary>Marten reports a failed batch as an AggregateException when several operations in it failed.</summary>
    static bool IsLostRace(Exception e) => e switch
    {
        ExistingStreamIdCollisionException or JasperFx.DocumentAlreadyExistsException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsLostRace),
        _ => false,
    };
}
