using System.Diagnostics;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;
using Parley.Extraction;
using Parley.Worker.Infrastructure;
using Parley.Worker.News;

namespace Parley.Benchmarks;

/// <summary>One item as the log stores it: what the handler would have appended for it.</summary>
public sealed record LoggedItem(NewsItemReceived Received, NewsItemAnalysed Analysed);

/// <summary>
/// The log written and read without the worker: Marten configured exactly as the worker configures it
/// (<see cref="StoreSetup.Configure"/>), used for the anchors (raw batched append, raw sequential read), for
/// pre-filling large stores, and for rebuilds.
/// </summary>
public static class DirectLog
{
    static readonly string[] Stances = ["supports", "opposes", "conditional", "undecided"];

    public static async Task<DocumentStore> OpenAsync(string connectionString)
    {
        var store = DocumentStore.For(options => StoreSetup.Configure(options, connectionString));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }

    /// <summary>The events the handler appends for these items, computed up front so the anchor times only the append.</summary>
    public static IReadOnlyList<LoggedItem> AsHandlerWould(Extractor extractor, IEnumerable<NewsItemInput> items)
    {
        var now = DateTimeOffset.UtcNow;
        return items.Select(i =>
        {
            var streamId = NewsItemIdentity.StreamId(i.Id);
            var received = new NewsItemReceived(streamId, i.Id, i.Url, i.Title, i.Source, i.PublishedAt, i.Text, now);
            return new LoggedItem(received, NewsItemReading.Read(extractor, received, now));
        }).ToList();
    }

    /// <summary>
    /// Items for pre-filling a large store: real generated texts (so rows are the real size), findings drawn at
    /// random over the pack's parties and issues (1 to 3 statements, a meeting now and then) instead of
    /// extracted, which would take longer than the append itself.
    /// </summary>
    public static IEnumerable<LoggedItem> Generated(DomainPack pack, int count, int seed)
    {
        var random = new Random(seed);
        var texts = new GeneratedNews(seed, "t").Take(1000);
        var recorded = DateTimeOffset.UtcNow.AddDays(-30);
        for (var n = 0; n < count; n++)
        {
            var text = texts[random.Next(texts.Count)];
            var id = $"p{seed}-{n:D7}";
            var streamId = NewsItemIdentity.StreamId(id);
            var published = new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 150 * 24 * 60));
            recorded = recorded.AddMilliseconds(100);
            var statements = Enumerable.Range(0, random.Next(1, 4)).Select(sentence => new StatementFound(
                pack.Parties[random.Next(pack.Parties.Count)].Id, pack.Issues[random.Next(pack.Issues.Count)].Id,
                Stances[random.Next(Stances.Length)], "statement", null, $"sentence {sentence}", 0.9, sentence)).ToList();
            List<MeetingReported> meetings = random.Next(20) == 0
                ? [new MeetingReported($"{published:yyyy-MM-dd}/geneva", "Geneva", ["us", "ukraine"], [], "held", DateOnly.FromDateTime(published.UtcDateTime), "…", 0)]
                : [];
            var received = new NewsItemReceived(streamId, id, $"https://bench.example.org/{id}", text.Title, "bench", published, text.Text, recorded);
            yield return new LoggedItem(received, new NewsItemAnalysed(streamId, id, received.Url, published, "bench", recorded, 1, statements, meetings, null));
        }
    }

    /// <summary>Batched appends: one session (one transaction) per batch, each item a new stream, as the handler starts it.</summary>
    public static async Task<TimeSpan> AppendAsync(IDocumentStore store, IEnumerable<LoggedItem> items, int batchSize, int writers = 1)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(items.Chunk(batchSize), new ParallelOptions { MaxDegreeOfParallelism = writers }, async (batch, ct) =>
        {
            await using var session = store.LightweightSession();
            foreach (var item in batch) session.Events.StartStream<NewsItem>(item.Received.NewsItemId, item.Received, item.Analysed);
            await session.SaveChangesAsync(ct);
        });
        return clock.Elapsed;
    }

    /// <summary>The physical floor of a rebuild: every event row read once, in order, with nothing done to it.</summary>
    public static async Task<(long Events, TimeSpan Elapsed)> ReadSequentiallyAsync(string connectionString)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select seq_id, id, stream_id, version, data, type, timestamp, mt_dotnet_type from parley.mt_events order by seq_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        long events = 0, bytes = 0;
        while (await reader.ReadAsync())
        {
            events++;
            bytes += reader.GetString(4).Length + reader.GetString(5).Length;
            _ = reader.GetFieldValue<DateTimeOffset>(6);
        }
        return (events, clock.Elapsed);
    }

    /// <summary>Rebuilds one projection with a daemon of its own (the worker must not be running).</summary>
    public static async Task<TimeSpan> RebuildAsync(IDocumentStore store, string projection)
    {
        using var daemon = await store.BuildProjectionDaemonAsync();
        var clock = Stopwatch.StartNew();
        await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(60), CancellationToken.None);
        return clock.Elapsed;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
