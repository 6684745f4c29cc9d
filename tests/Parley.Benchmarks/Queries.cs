using System.Diagnostics;
using System.Collections.Concurrent;
using System.Text.Json;
using Parley.Extraction;

namespace Parley.Benchmarks;

/// <summary>Reads over HTTP as users make them, from the harness process, to 127.0.0.1 only.</summary>
public static class Queries
{
    /// <summary><paramref name="clients"/> clients asking back to back for <paramref name="duration"/>; each request's latency.</summary>
    public static async Task<LatencySample> LoadAsync(Uri server, int clients, TimeSpan duration, Func<int, string> path)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = server };
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var n = client; clock.Elapsed < duration; n += clients)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(path(n), HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        if (failures > 0) throw new InvalidOperationException($"{failures} requests failed during the load run.");
        return new LatencySample(latencies.ToList(), clock.Elapsed);
    }

    /// <summary>GET positions and issue boards at 16 concurrent clients, beside GET /health/live on the same server.</summary>
    public static async Task ConcurrentAsync(WorkerProcess worker, DomainPack pack, ResultsTable results, string store, int runs, TimeSpan duration)
    {
        const int clients = 16;
        var endpoints = new (string Name, Func<int, string> Path)[]
        {
            ("GET /health/live", _ => "/health/live"),
            ("GET /api/parties/{p}/positions", n => $"/api/parties/{pack.Parties[n % pack.Parties.Count].Id}/positions"),
            ("GET /api/issues/{i}", n => $"/api/issues/{pack.Issues[n % pack.Issues.Count].Id}"),
        };
        var samples = endpoints.ToDictionary(e => e.Name, _ => new List<LatencySample>());
        foreach (var (_, path) in endpoints) await LoadAsync(worker.BaseAddress, clients, TimeSpan.FromSeconds(1), path); // warm-up
        for (var run = 0; run < runs; run++)
            foreach (var (name, path) in endpoints)
                samples[name].Add(await LoadAsync(worker.BaseAddress, clients, duration, path));

        var health = samples["GET /health/live"];
        var healthP99 = new Runs(health.Select(s => s.P(99)));
        var healthLine = $"/health/live p50 {new Runs(health.Select(s => s.P(50))).Show("N2")} ms, p99 {healthP99.Show("N2")} ms, {new Runs(health.Select(s => s.PerSecond)).Show()} req/s";
        foreach (var name in endpoints.Skip(1).Select(e => e.Name))
        {
            var p50 = new Runs(samples[name].Select(s => s.P(50)));
            var p99 = new Runs(samples[name].Select(s => s.P(99)));
            var rate = new Runs(samples[name].Select(s => s.PerSecond));
            results.Add(new Finding($"query latency {name}, 16 clients, {store}",
                $"p50 {p50.Show("N2")} ms; p99 {p99.Show("N2")} ms; {rate.Show()} req/s", healthLine,
                $"p99 {p99.Median / healthP99.Median:N1}x health; {rate.Median / new Runs(health.Select(s => s.PerSecond)).Median:P0} of its req/s",
                "p99 <= 10 ms", p99.Median <= 10, $"{duration.TotalSeconds:N0} s per run; the harness's clients share the 2 cores with the worker and PostgreSQL"));
        }
    }

    /// <summary>One client, the same position question with and without asOf, back to back.</summary>
    public static async Task<(Runs AsOf, Runs Plain, Runs AsOf99, Runs Plain99)> AsOfAsync(WorkerProcess worker, DomainPack pack, int runs, int requests)
    {
        var asOf = Uri.EscapeDataString("2025-12-15T00:00:00Z");
        var withAsOf = new List<LatencySample>();
        var without = new List<LatencySample>();
        var requestTime = TimeSpan.FromSeconds(requests * 0.01);
        await LoadAsync(worker.BaseAddress, 1, TimeSpan.FromSeconds(1), n => $"/api/parties/{pack.Parties[n % pack.Parties.Count].Id}/positions?asOf={asOf}");
        for (var run = 0; run < runs; run++)
        {
            withAsOf.Add(await LoadAsync(worker.BaseAddress, 1, requestTime, n => $"/api/parties/{pack.Parties[n % pack.Parties.Count].Id}/positions?asOf={asOf}"));
            without.Add(await LoadAsync(worker.BaseAddress, 1, requestTime, n => $"/api/parties/{pack.Parties[n % pack.Parties.Count].Id}/positions"));
        }
        return (new Runs(withAsOf.Select(s => s.P(50))), new Runs(without.Select(s => s.P(50))),
            new Runs(withAsOf.Select(s => s.P(99))), new Runs(without.Select(s => s.P(99))));
    }

    /// <summary>
    /// Items posted one per request at a steady rate, each published later than everything before it, so that once
    /// processed it (or a later item) is the current statement of the pairs it speaks about. A poller reads all
    /// issue boards every 20 ms; an item counts as visible when a board shows a statement published no earlier.
    /// </summary>
    public static async Task VisibilityAsync(WorkerProcess worker, Extractor extractor, ResultsTable results, string store, int perSecond, TimeSpan duration, int runs)
    {
        var p50s = new List<double>(); var p95s = new List<double>(); var p99s = new List<double>();
        var missing = 0; var measured = 0; var repeats = 0;
        for (var run = 0; run < runs; run++)
        {
            var news = new GeneratedNews(seed: 500 + run, prefix: $"v{run}-");
            var start = new DateTimeOffset(2027 + run, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var count = (int)(perSecond * duration.TotalSeconds);
            var items = Enumerable.Range(0, count).Select(k => news.Next(start.AddSeconds(k))).ToList();
            var pairs = DirectLog.AsHandlerWould(extractor, items)
                .Select(l => l.Analysed.Statements.Select(s => $"{s.Party}/{s.Issue}").FirstOrDefault()).ToArray();

            var visible = new ConcurrentDictionary<string, DateTimeOffset>();
            var sentAt = new double[count];
            var seenAt = new double[count];
            Array.Fill(seenAt, double.NaN);
            using var stop = new CancellationTokenSource();
            var clock = Stopwatch.StartNew();
            var poller = Task.Run(async () =>
            {
                using var http = new HttpClient { BaseAddress = worker.BaseAddress };
                while (!stop.IsCancellationRequested)
                {
                    await using (var body = await http.GetStreamAsync("/api/issues"))
                    using (var boards = await JsonDocument.ParseAsync(body))
                    {
                        var now = clock.Elapsed.TotalMilliseconds;
                        foreach (var board in boards.RootElement.EnumerateArray())
                            foreach (var party in board.GetProperty("parties").EnumerateArray())
                                visible[$"{party.GetProperty("party").GetString()}/{board.GetProperty("issue").GetString()}"] =
                                    party.GetProperty("statement").GetProperty("published").GetDateTimeOffset();
                        for (var k = 0; k < count; k++)
                            if (double.IsNaN(seenAt[k]) && sentAt[k] > 0 && pairs[k] is { } pair
                                && visible.TryGetValue(pair, out var shown) && shown >= items[k].PublishedAt)
                                seenAt[k] = now;
                    }
                    try { await Task.Delay(20, stop.Token); } catch (OperationCanceledException) { }
                }
            });
            var posts = new List<Task>();
            var interval = 1000.0 / perSecond;
            for (var k = 0; k < count; k++)
            {
                var due = k * interval;
                var wait = due - clock.Elapsed.TotalMilliseconds;
                if (wait > 1) await Task.Delay(TimeSpan.FromMilliseconds(wait));
                sentAt[k] = clock.Elapsed.TotalMilliseconds;
                posts.Add(worker.PostAsync([items[k]]));
            }
            await Task.WhenAll(posts);
            var deadline = clock.Elapsed + TimeSpan.FromSeconds(30);
            while (clock.Elapsed < deadline && Enumerable.Range(0, count).Any(k => pairs[k] is not null && double.IsNaN(seenAt[k])))
                await Task.Delay(100);
            stop.Cancel();
            await poller;
            var latencies = Enumerable.Range(0, count).Where(k => pairs[k] is not null && !double.IsNaN(seenAt[k]))
                .Select(k => seenAt[k] - sentAt[k]).Order().ToList();
            measured += latencies.Count;
            foreach (var k in Enumerable.Range(0, count).Where(k => pairs[k] is not null && double.IsNaN(seenAt[k])))
            {
                // An item whose text repeats an earlier one (the generator recombines the same paragraphs) is rightly
                // dropped as already ingested: not a visibility failure, but counted apart so that the two never mix.
                if (await worker.IngestedAsync(items[k].Id)) missing++;
                else repeats++;
            }
            p50s.Add(Runs.Percentile(latencies, 50)); p95s.Add(Runs.Percentile(latencies, 95)); p99s.Add(Runs.Percentile(latencies, 99));
            Console.WriteLine($"visibility run {run + 1}: {latencies.Count} items measured, p50 {p50s[^1]:N0} ms, p95 {p95s[^1]:N0} ms, p99 {p99s[^1]:N0} ms");
        }
        var p95 = new Runs(p95s);
        results.Add(new Finding($"latency publish -> position visible over HTTP at {perSecond} items/s, {store}",
            $"p50 {new Runs(p50s).Show()} ms; p95 {p95.Show()} ms; p99 {new Runs(p99s).Show()} ms", "-", "-", "p95 <= 1 s", p95.Median <= 1000,
            $"{duration.TotalSeconds:N0} s per run, one item per POST; {measured} items with findings measured, {missing} ingested but not visible within 30 s, {repeats} dropped as repeats of earlier text; 20 ms poll resolution; default 250 ms queue polling"));
    }
}
