using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Parley.Worker.Ingestion;
using Parley.Worker.Meetings;
using Parley.Worker.News;
using Parley.Worker.Positions;
using Wolverine.Marten;

namespace Parley.Worker.Infrastructure;

public static class StoreSetup
{
    public const string Schema = "parley";

    /// <summary>The event log, its projections and Wolverine's inbox/outbox, all in one PostgreSQL database.</summary>
    public static WebApplicationBuilder AddParleyStore(this WebApplicationBuilder builder)
    {
        var singleNode = builder.Configuration.GetValue("Parley:SingleNode", false);
        builder.Services.AddSingleton<DatabaseConnection>();
        builder.Services.AddMarten(services =>
            {
                var options = new StoreOptions();
                Configure(options, services.GetRequiredService<DatabaseConnection>().ConnectionString);
                return options;
            })
            .UseLightweightSessions()
            .IntegrateWithWolverine(w =>
            {
                w.MessageStorageSchemaName = "parley_messages";
                w.TransportSchemaName = "parley_queues";
            })
            .AddAsyncDaemon(singleNode ? DaemonMode.Solo : DaemonMode.HotCold);
        return builder;
    }

    /// <summary>
    /// The store's shape (schema, pinned event names, upcasters, projections) without the host, so that tools working
    /// on the same database directly (the benchmark's pre-fill and rebuilds) cannot drift from the worker.
    /// </summary>
    public static void Configure(StoreOptions options, string connectionString)
    {
        options.Connection(connectionString);
        options.DatabaseSchemaName = Schema;

        // Stored type names are part of the log's format: pinned here so that renaming a class is safe.
        options.Events.MapEventType<NewsItemReceived>("news_item_received");
        options.Events.MapEventType<NewsItemAnalysed>("news_item_analysed");
        options.Events.Upcast<NewsItemAnalysedV0, NewsItemAnalysed>(NewsItemAnalysedV0.StoredName, old => old.ToCurrent());

        // One claim row per item: its key is the item id, and these two keep a URL or a text from being taken twice.
        options.Schema.For<NewsItemClaim>()
            .UniqueIndex(UniqueIndexType.DuplicatedField, "parley_claim_url", c => c.Url!)
            .UniqueIndex(UniqueIndexType.DuplicatedField, "parley_claim_text", c => c.TextHash!);
        // An item with its readings is built from its own short stream when asked for; what is stored is the listing,
        // in the same transaction as the events.
        options.Projections.Add<NewsItemProjection>(ProjectionLifecycle.Live);
        options.Projections.Add<ItemListingProjection>(ProjectionLifecycle.Inline);
        // Cross-stream views are built by the async daemon, so a slow view never slows ingestion.
        options.Projections.Add<StatementProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<MeetingReportProjection>(ProjectionLifecycle.Async);
        // A rebuild writes statement rows into an emptied table: binary COPY instead of one upsert per row
        // (measured in docs/benchmarks.md). Batches that also retract re-read items fall back to upserts by themselves.
        options.Projections.RebuildWithBulkCopy = true;
        // Appends NOTIFY the daemon, which then wakes at once instead of at its next poll: news becomes visible sooner.
        options.Events.UseListenNotifyForEventAppends = true;
    }
}
