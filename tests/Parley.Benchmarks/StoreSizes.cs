using System.Diagnostics;
using Parley.Extraction;
using Parley.Worker.Replay;

namespace Parley.Benchmarks;

/// <summary>
/// Stores pre-filled to a given number of events by direct batched Marten appends, then used for what depends on
/// size: rebuilding every projection (beside a raw read of the same events), ingestion on top of what is
/// stored (growth), and as-of queries (beside the same query without as-of).
/// </summary>
public static class StoreSizes
{
    public sealed record Settings(int[] Sizes, int GrowthItems, int GrowthRuns, int RebuildRuns, int AsOfRequests, TimeSpan QueryDuration,
        TimeSpan VisibilityDuration, int QueryLatencyAtSize);

    /// <summary>Only the pre-fill and the rebuilds, for work on a projection's rebuild speed (<c>--only rebuilds</c>).</summary>
    public static async Task RebuildsAsync(BenchDatabase databases, ResultsTable results, Extractor extractor, int[] sizes, int runs)
    {
        foreach (var size in sizes)
        {
            var name = $"bench_rebuild_{size}";
            await PrefillAndRebuildAsync(databases, results, extractor, name, size, runs);
            await databases.DropAsync(name);
        }
    }

    /// <summary>A fresh database pre-filled to <paramref name="size"/> events, every projection rebuilt over it; its connection string.</summary>
    static async Task<string> PrefillAndRebuildAsync(BenchDatabase databases, ResultsTable results, Extractor extractor, string name, int size, int rebuildRuns)
    {
        var connection = await databases.CreateAsync(name);
        using var store = await DirectLog.OpenAsync(connection);
        var fill = await DirectLog.AppendAsync(store, DirectLog.Generated(extractor.Pack, size / 2, seed: size), batchSize: 1000, writers: 2);
        var events = await DirectLog.CountAsync(connection, "select count(*) from parley.mt_events");
        Console.WriteLine($"store {size:N0}: pre-filled {events:N0} events in {fill.TotalSeconds:N1} s ({events / fill.TotalSeconds:N0} events/s, 2 writers)");
        results.NoteLoad($"store of {events:N0} events pre-filled");
        await RebuildAsync(results, store, connection, events, rebuildRuns);
        return connection;
    }

    public static async Task RunAsync(BenchDatabase databases, ResultsTable results, Extractor extractor, Settings settings)
    {
        var growth = new Dictionary<int, Runs>();
        var asOf = new Dictionary<int, (long Statements, Runs AsOf, Runs Plain, Runs AsOf99, Runs Plain99)>();
        var largest = settings.Sizes.Max();
        foreach (var size in settings.Sizes)
        {
            var name = $"bench_store_{size}";
            var connection = await PrefillAndRebuildAsync(databases, results, extractor, name, size, size == largest ? settings.RebuildRuns : 1);
            // The pre-fill and the rebuilds wrote millions of rows at once: growth is measured on a settled store, as
            // one that grew over time would be, not beside autovacuum catching up (it changed nothing in run 23).
            var vacuum = System.Diagnostics.Stopwatch.StartNew();
            await DirectLog.ExecuteAsync(connection, "vacuum analyze");
            Console.WriteLine($"store {size:N0}: vacuum analyze after pre-fill and rebuilds took {vacuum.Elapsed.TotalSeconds:N1} s");

            await using (var worker = await WorkerProcess.StartAsync(connection, name))
            {
                var news = new GeneratedNews(seed: 700 + size % 997, prefix: $"g{size}-");
                var rates = new List<double>();
                for (var run = 0; run < settings.GrowthRuns; run++)
                {
                    var items = news.Take(settings.GrowthItems);
                    var elapsed = await Ingestion.IngestAsync(worker, items);
                    rates.Add(items.Count / elapsed.TotalSeconds);
                    Console.WriteLine($"growth at {size:N0}: run {run + 1} {rates[^1]:N0} items/s");
                }
                growth[size] = new Runs(rates);

                var statements = await DirectLog.CountAsync(connection, "select count(*) from parley.mt_doc_statement");
                var (withAsOf, plain, withAsOf99, plain99) = await Queries.AsOfAsync(worker, extractor.Pack, 3, settings.AsOfRequests);
                asOf[size] = (statements, withAsOf, plain, withAsOf99, plain99);

                if (size == settings.QueryLatencyAtSize)
                {
                    var label = $"{size:N0} events stored";
                    await Queries.ConcurrentAsync(worker, extractor.Pack, results, label, 3, settings.QueryDuration);
                    await Queries.VisibilityAsync(worker, extractor, results, label, 200, settings.VisibilityDuration, 3);
                }
            }
            await databases.DropAsync(name);
        }

        var baseline = growth[settings.Sizes.Min()];
        foreach (var (size, runs) in growth)
        {
            var change = runs.Median / baseline.Median - 1;
            results.Add(new Finding($"growth: ingestion items/s with {size:N0} events stored", runs.Show(), "-",
                size == settings.Sizes.Min() ? "baseline" : $"{change:+0%;-0%} vs {settings.Sizes.Min():N0}", "flat within 20%",
                size == settings.Sizes.Min() ? null : Math.Abs(change) <= 0.2, $"{settings.GrowthItems:N0} items per run, POST until settled"));
        }
        var smallest = asOf[settings.Sizes.Min()];
        foreach (var (size, q) in asOf)
        {
            var factor = q.AsOf.Median / smallest.AsOf.Median;
            results.Add(new Finding($"as-of query latency, {q.Statements:N0} statements stored ({size:N0} events)",
                $"p50 {q.AsOf.Show("N2")} ms; p99 {q.AsOf99.Show("N2")} ms",
                $"without asOf: p50 {q.Plain.Show("N2")} ms; p99 {q.Plain99.Show("N2")} ms", $"{q.AsOf.Median / q.Plain.Median:N2}x the plain query",
                "flat: largest within 2x of the smallest", size == settings.Sizes.Min() ? null : factor <= 2,
                size == settings.Sizes.Min() ? "baseline, one client" : $"{factor:N2}x the {smallest.Statements:N0}-statement p50, one client"));
        }
    }

    static async Task RebuildAsync(ResultsTable results, Marten.IDocumentStore store, string connection, long events, int runs)
    {
        var raw = new List<double>();
        var rates = ProjectionRebuilds.Projections.ToDictionary(p => p, _ => new List<double>());
        var all = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (read, readTime) = await DirectLog.ReadSequentiallyAsync(connection);
            raw.Add(read / readTime.TotalSeconds);
            var total = TimeSpan.Zero;
            foreach (var projection in ProjectionRebuilds.Projections)
            {
                var (ownCpu, postgresCpu) = (Process.GetCurrentProcess().TotalProcessorTime, WorkerProcess.PostgresCpuTime());
                var elapsed = await DirectLog.RebuildAsync(store, projection);
                total += elapsed;
                rates[projection].Add(events / elapsed.TotalSeconds);
                // Where a rebuild's time goes: the harness process is the daemon (read, deserialise, apply, serialise).
                Console.WriteLine($"rebuild {projection} over {events:N0} events: {elapsed.TotalSeconds:N1} s; CPU: daemon " +
                    $"{(Process.GetCurrentProcess().TotalProcessorTime - ownCpu).TotalSeconds:N1} s, PostgreSQL {(WorkerProcess.PostgresCpuTime() - postgresCpu).TotalSeconds:N1} s");
            }
            all.Add(events / total.TotalSeconds);
        }
        var anchor = new Runs(raw);
        var anchorText = $"raw sequential read of mt_events: {anchor.Show()} events/s";
        foreach (var (projection, values) in rates)
        {
            var r = new Runs(values);
            results.Add(new Finding($"rebuild {projection} over {events:N0} events: events/s", r.Show(), anchorText, $"{r.Median / anchor.Median:P0} of raw read",
                ">= 20,000 events/s", r.Median >= 20000));
        }
        var whole = new Runs(all);
        results.Add(new Finding($"rebuild of every projection, one after another, over {events:N0} events: events/s", whole.Show(), anchorText,
            $"{whole.Median / anchor.Median:P0} of raw read", "-", null, "the log's events divided by the three rebuilds' total time"));
    }
}
