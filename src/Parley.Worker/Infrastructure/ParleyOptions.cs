namespace Parley.Worker.Infrastructure;

/// <summary>The "Parley" configuration section (appsettings.json, or environment variables such as Parley__MaxRequestBytes).</summary>
public sealed class ParleyOptions
{
    /// <summary>Largest accepted POST body; bigger ones get 413.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;
    /// <summary>Reads under /api need an API key too (by default they are open; writes always need one).</summary>
    public bool RequireKeyForReads { get; set; }
    /// <summary>A domain pack to use instead of the one shipped with the extractor.</summary>
    public string? PackPath { get; set; }
    /// <summary>On a first start against an empty store, ingest the bundled sample items.</summary>
    public bool IngestSampleOnEmptyStore { get; set; } = true;
    public string SampleFile { get; set; } = Path.Combine(AppContext.BaseDirectory, "samples", "dev-items.jsonl");
    /// <summary>Where the private PostgreSQL keeps its data when no connection string is configured.</summary>
    public string PrivateDataDirectory { get; set; } = Path.Combine(".data", "postgres");
    public string PrivateDatabase { get; set; } = "parley";
    /// <summary>
    /// False (the default): every process on the database, worker replicas and command-line runs alike, elects
    /// leaders through PostgreSQL advisory locks, so only one of them builds each projection. True: this process
    /// assumes it is alone, which starts faster; never run a second process against the same database then.
    /// </summary>
    public bool SingleNode { get; set; }
    /// <summary>How often the PostgreSQL ingestion queue is polled when idle.</summary>
    public TimeSpan QueuePollingInterval { get; set; } = TimeSpan.FromMilliseconds(250);
    /// <summary>
    /// Messages taken from the PostgreSQL ingestion queue per poll. Wolverine pauses one polling interval after
    /// each batch, so throughput is at most this many items per <see cref="QueuePollingInterval"/>.
    /// </summary>
    public int QueueBatchSize { get; set; } = 500;
    /// <summary>Most items written in one transaction.</summary>
    public int IngestionBatchSize { get; set; } = 100;
    /// <summary>How long a batch waits for more items before it is written: the latency a lone item pays.</summary>
    public TimeSpan IngestionBatchWait { get; set; } = TimeSpan.FromMilliseconds(50);
    /// <summary>Items handled at once from the ingestion queue: bounds connections used under a backlog.</summary>
    public int IngestionParallelism { get; set; } = 4;
    /// <summary>
    /// Pauses between attempts when handling an item throws something other than a bad item (a database hiccup,
    /// a fault in extraction); after the last one the item is dead-lettered with the exception. Empty: 100 ms, 1 s, 5 s.
    /// </summary>
    public TimeSpan[]? IngestionRetryDelays { get; set; }
    /// <summary>
    /// Accepted items waiting in the durable inbox for their batch (from files, feeds and the bus) above which `ingest`
    /// waits and POST /api/news answers 503 with Retry-After: what bounds the worker's memory when those
    /// routes are faster than extraction. 0 turns the limit off.
    /// 1,000 is under a second of work: peak memory ingesting 100,000 items 310 -> 233 MB against 2,000, at the same
    /// end-to-end rate (docs/benchmarks.md, runs 28-29).
    /// </summary>
    public int MaxBacklog { get; set; } = 1_000;
    /// <summary>
    /// POST /api/news requests read at once; as many more wait, and further ones are answered 503 with Retry-After.
    /// A request is read inside its own transaction, so this bounds the memory and connections senders can take.
    /// </summary>
    public int PostsAtOnce { get; set; } = 4;
    public TimeSpan BacklogCheckInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
