using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Parley.Extraction;
using Parley.Testing;
using Parley.Worker.Infrastructure;
using Parley.Worker.Ingestion;
using RabbitMQ.Client;
using Wolverine;
using Wolverine.Postgresql;

namespace Parley.Benchmarks;

/// <summary>Items through the real worker: POSTed as a sender would, timed until every projection has them.</summary>
public static class Ingestion
{
    const int ItemsPerRequest = 100;
    const int Senders = 2;

    /// <summary>Posts the items and waits until they are all in every view; the clock starts at the first POST.</summary>
    public static async Task<TimeSpan> IngestAsync(WorkerProcess worker, IReadOnlyList<NewsItemInput> items)
    {
        var head = await worker.HeadAsync();
        var (workerCpu, postgresCpu, ownCpu) = (worker.CpuTime, WorkerProcess.PostgresCpuTime(), Process.GetCurrentProcess().TotalProcessorTime);
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(items.Chunk(ItemsPerRequest), new ParallelOptions { MaxDegreeOfParallelism = Senders },
            async (batch, _) => await worker.PostAsync(batch));
        var posted = clock.Elapsed;
        await worker.WaitUntilSettledAsync(head, items.Count, TimeSpan.FromMinutes(30));
        var elapsed = clock.Elapsed;
        // Where the time went: accepting the POSTs, appending every analysis, and the async views catching up.
        Console.WriteLine($"  {items.Count} items: all POSTs answered at {posted.TotalSeconds:N1} s, every analysis in the log at " +
            $"{((worker.AllAnalysedAt ?? DateTime.UtcNow) - started).TotalSeconds:N1} s, views caught up at {elapsed.TotalSeconds:N1} s; CPU per item: " +
            $"worker {(worker.CpuTime - workerCpu).TotalMilliseconds / items.Count:N2} ms, PostgreSQL {(WorkerProcess.PostgresCpuTime() - postgresCpu).TotalMilliseconds / items.Count:N2} ms, " +
            $"harness {(Process.GetCurrentProcess().TotalProcessorTime - ownCpu).TotalMilliseconds / items.Count:N2} ms; {worker.DeferredPosts} POSTs deferred by 503 so far");
        return elapsed;
    }

    /// <summary>
    /// The bus route: the items published to the worker's PostgreSQL queue by a Wolverine sender of the harness's own,
    /// as another service on the bus would, one message each or <see cref="IngestNewsItems"/> of several; the clock runs
    /// from the first publish until settled.
    /// </summary>
    public static async Task<TimeSpan> IngestThroughQueueAsync(WorkerProcess worker, string connectionString, IReadOnlyList<NewsItemInput> items, int perMessage)
    {
        using var sender = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .UseWolverine(opts =>
            {
                opts.ApplicationAssembly = typeof(Ingestion).Assembly;
                // It handles nothing, so there is no code to generate (and no Roslyn to load).
                opts.CodeGeneration.TypeLoadMode = JasperFx.CodeGeneration.TypeLoadMode.Static;
                // A sender with no listeners and no handlers: it joins the worker's node cluster as a worker replica or an
                // `ingest` run would (Wolverine's Serverless mode does not allow PostgreSQL queues).
                opts.Durability.Mode = DurabilityMode.Balanced;
                opts.UsePostgresqlPersistenceAndTransport(connectionString, "parley_messages", transportSchema: "parley_queues");
                opts.PublishMessage<IngestNewsItem>().ToPostgresqlQueue(MessagingSetup.IngestionQueue);
                opts.PublishMessage<IngestNewsItems>().ToPostgresqlQueue(MessagingSetup.IngestionQueue);
            })
            .Build();
        await sender.StartAsync();
        var bus = sender.Services.GetRequiredService<IMessageBus>();
        // Each publish is a round trip to the queue table, so a single loop would measure the sender: many at once, as
        // several services on a bus would send.
        object[] messages = perMessage == 1
            ? items.Select(object (i) => i.AsMessage()).ToArray()
            : items.Chunk(perMessage).Select(object (c) => new IngestNewsItems(c.Select(i => i.AsMessage()).ToArray())).ToArray();
        var elapsed = await PublishedUntilSettledAsync(worker, items.Count, $"through the PostgreSQL queue, {perMessage} per message", "sender",
            () => Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (message, _) => await bus.PublishAsync(message)));
        await sender.StopAsync();
        return elapsed;
    }

    /// <summary>The clock from the first publish until every view has the items, and the CPU each side spent on them.</summary>
    static async Task<TimeSpan> PublishedUntilSettledAsync(WorkerProcess worker, int count, string route, string publisher, Func<Task> publish)
    {
        var head = await worker.HeadAsync();
        var (workerCpu, postgresCpu, ownCpu) = (worker.CpuTime, WorkerProcess.PostgresCpuTime(), Process.GetCurrentProcess().TotalProcessorTime);
        var clock = Stopwatch.StartNew();
        await publish();
        var published = clock.Elapsed;
        await worker.WaitUntilSettledAsync(head, count, TimeSpan.FromMinutes(30));
        var elapsed = clock.Elapsed;
        Console.WriteLine($"  {count} items {route}: all published at {published.TotalSeconds:N1} s, views caught up at {elapsed.TotalSeconds:N1} s; CPU per item: " +
            $"worker {(worker.CpuTime - workerCpu).TotalMilliseconds / count:N2} ms, PostgreSQL {(WorkerProcess.PostgresCpuTime() - postgresCpu).TotalMilliseconds / count:N2} ms, " +
            $"{publisher} (harness) {(Process.GetCurrentProcess().TotalProcessorTime - ownCpu).TotalMilliseconds / count:N2} ms");
        return elapsed;
    }

    /// <summary>
    /// The external bus: the items published as plain JSON to the worker's RabbitMQ queue by a non-Wolverine producer
    /// with publisher confirms (8 channels), as another system would, one item per message or a JSON array of several;
    /// the clock runs from the first publish until settled.
    /// </summary>
    public static async Task<TimeSpan> IngestThroughRabbitMqAsync(WorkerProcess worker, Uri broker, string queue, IReadOnlyList<NewsItemInput> items, int perMessage)
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        byte[][] bodies = perMessage == 1
            ? items.Select(i => JsonSerializer.SerializeToUtf8Bytes(i, json)).ToArray()
            : items.Chunk(perMessage).Select(c => JsonSerializer.SerializeToUtf8Bytes(c, json)).ToArray();
        await using var connection = await new ConnectionFactory { Uri = broker, ClientProvidedName = "parley-bench" }.CreateConnectionAsync();
        // The broker's own CPU is not counted in what this prints.
        return await PublishedUntilSettledAsync(worker, items.Count, $"through RabbitMQ, {perMessage} per message", "producer",
            () => Parallel.ForEachAsync(bodies.Chunk(bodies.Length / 8 + 1), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (slice, _) =>
            {
                await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
                    publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
                var properties = new BasicProperties { ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent };
                foreach (var body in slice) await channel.BasicPublishAsync("", queue, mandatory: true, properties, body);
            }));
    }

    /// <summary>A way in over a bus, measured beside the HTTP route against the same anchor.</summary>
    sealed record BusRoute(string Name, int PerMessage, string Note)
    {
        public List<double> ItemsPerSecond { get; } = [];
        public List<double> Ratios { get; } = [];
    }

    /// <summary>
    /// 10,000 items end to end against a fresh database, and, back to back in the same process, the same events
    /// appended straight into a fresh database with Marten in batches (no bus, no extraction, no HTTP).
    /// </summary>
    public static async Task EndToEndAsync(BenchDatabase databases, ResultsTable results, Extractor extractor, int itemCount, int runs)
    {
        var itemsPerSecond = new List<double>();
        var eventsPerSecond = new List<double>();
        var anchorEventsPerSecond = new List<double>();
        var ratios = new List<double>();
        // A broker of our own, as the tests start one, when the package is installed; without one its rows are left out.
        PrivateRabbitMq.Node? rabbit = null;
        try { rabbit = await PrivateRabbitMq.Node.StartAsync("parley-bench"); }
        catch (InvalidOperationException e) { Console.WriteLine($"  no RabbitMQ for the external-bus rows: {e.Message}"); }
        const string queueNote = "from a Wolverine sender (16 publishes at once) to the worker's PostgreSQL queue 'news'; durable inbox";
        const string rabbitNote = "plain JSON from a non-Wolverine producer with publisher confirms (8 channels) to a private broker on the same machine; durable inbox";
        List<BusRoute> routes =
        [
            new("the PostgreSQL queue", ItemsPerRequest, $"IngestNewsItems of {ItemsPerRequest} {queueNote}"),
            new("the PostgreSQL queue", 1, $"one IngestNewsItem per item {queueNote}, then batched by the worker"),
            .. rabbit is null ? Array.Empty<BusRoute>() :
            [
                new("RabbitMQ", ItemsPerRequest, $"a JSON array of {ItemsPerRequest} items per message, {rabbitNote}"),
                new("RabbitMQ", 1, $"one item per message, {rabbitNote}, then batched by the worker"),
            ],
        ];
        for (var run = 1; run <= runs; run++)
        {
            var items = new GeneratedNews(seed: 100 + run, prefix: $"e{run}-").Take(itemCount);
            var logged = DirectLog.AsHandlerWould(extractor, items);
            var events = logged.Count * 2;

            var name = $"bench_e2e_{run}";
            var connection = await databases.CreateAsync(name);
            TimeSpan elapsed;
            await using (var worker = await WorkerProcess.StartAsync(connection, name))
                elapsed = await IngestAsync(worker, items);
            await databases.DropAsync(name);

            var busElapsed = new List<TimeSpan>();
            foreach (var (route, index) in routes.Select((r, i) => (r, i)))
            {
                var routeName = $"bench_bus_{run}_{index}";
                var routeConnection = await databases.CreateAsync(routeName);
                if (route.Name == "RabbitMQ")
                {
                    var rabbitQueue = $"parley.bench.{Environment.ProcessId}.{run}.{index}";
                    await using var worker = await WorkerProcess.StartAsync(routeConnection, routeName, new Dictionary<string, string>
                    {
                        ["ConnectionStrings__RabbitMq"] = rabbit!.Uri.ToString(),
                        ["Parley__RabbitMq__Queue"] = rabbitQueue,
                    });
                    busElapsed.Add(await IngestThroughRabbitMqAsync(worker, rabbit.Uri, rabbitQueue, items, route.PerMessage));
                }
                else
                {
                    await using var worker = await WorkerProcess.StartAsync(routeConnection, routeName);
                    busElapsed.Add(await IngestThroughQueueAsync(worker, routeConnection, items, route.PerMessage));
                }
                await databases.DropAsync(routeName);
            }

            var anchorName = $"bench_anchor_{run}";
            var anchorConnection = await databases.CreateAsync(anchorName);
            TimeSpan anchor;
            using (var store = await DirectLog.OpenAsync(anchorConnection))
                anchor = await DirectLog.AppendAsync(store, logged, batchSize: 500);
            await databases.DropAsync(anchorName);

            itemsPerSecond.Add(itemCount / elapsed.TotalSeconds);
            eventsPerSecond.Add(events / elapsed.TotalSeconds);
            anchorEventsPerSecond.Add(events / anchor.TotalSeconds);
            ratios.Add(anchor.TotalSeconds / elapsed.TotalSeconds);
            foreach (var (route, routeElapsed) in routes.Zip(busElapsed))
            {
                route.ItemsPerSecond.Add(itemCount / routeElapsed.TotalSeconds);
                route.Ratios.Add(anchor.TotalSeconds / routeElapsed.TotalSeconds);
            }
            Console.WriteLine($"e2e run {run}: {itemCount} items in {elapsed.TotalSeconds:N2} s; anchor append {events} events in {anchor.TotalSeconds:N2} s");
        }
        if (rabbit is not null) await rabbit.DisposeAsync();
        var ratio = new Runs(ratios);
        results.Add(new Finding($"end-to-end ingestion, {itemCount:N0} items: items/s", new Runs(itemsPerSecond).Show(), "-", "-", ">= 1,000 items/s",
            new Runs(itemsPerSecond).Median >= 1000, "POST /api/news (100 per request, 2 senders) until both async projections reach the log's end"));
        results.Add(new Finding($"end-to-end ingestion, {itemCount:N0} items: events/s", new Runs(eventsPerSecond).Show(),
            $"raw Marten batched append of the same events: {new Runs(anchorEventsPerSecond).Show()} events/s",
            $"{ratio.Median:P0} ({ratio.Min:P0}–{ratio.Max:P0})", ">= 25% of the anchor", ratio.Median >= 0.25,
            "anchor: 500 items per session, one writer, worker's store configuration incl. the inline ItemListing projection"));
        foreach (var route in routes)
        {
            var rate = new Runs(route.ItemsPerSecond);
            var routeRatio = new Runs(route.Ratios);
            results.Add(new Finding($"end-to-end ingestion through {route.Name}, {route.PerMessage} per message, {itemCount:N0} items: items/s", rate.Show(),
                "the same anchor", $"{routeRatio.Median:P0} ({routeRatio.Min:P0}–{routeRatio.Max:P0})", ">= 1,000 items/s, >= 25% of the anchor",
                rate.Median >= 1000 && routeRatio.Median >= 0.25, route.Note));
        }
    }

    /// <summary>The worker's peak resident memory while it takes in a large batch, from a fresh start, in several runs.</summary>
    public static async Task MemoryAsync(BenchDatabase databases, ResultsTable results, int itemCount, int runs)
    {
        var peaks = new List<double>();
        var starts = new List<double>();
        var rates = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var items = new GeneratedNews(seed: 300 + run, prefix: $"m{run}-").Take(itemCount);
            var name = $"bench_memory_{run}";
            var connection = await databases.CreateAsync(name);
            await using (var worker = await WorkerProcess.StartAsync(connection, name))
            {
                starts.Add(worker.ResidentBytes / 1048576.0);
                var elapsed = await IngestAsync(worker, items);
                peaks.Add(worker.PeakResidentBytes / 1048576.0);
                rates.Add(itemCount / elapsed.TotalSeconds);
                Console.WriteLine($"memory run {run}: peak {peaks[^1]:N0} MB, {starts[^1]:N0} MB after start, {rates[^1]:N0} items/s; now {worker.ResidentMakeUp}");
            }
            await databases.DropAsync(name);
        }
        var peak = new Runs(peaks);
        results.Add(new Finding($"memory: worker peak RSS while ingesting {itemCount:N0} items", $"{peak.Show("N0")} MB", "-", "-", "<= 300 MB",
            peak.Median <= 300, $"VmHWM of the worker process; {new Runs(starts).Show("N0")} MB after start and warm-up; {new Runs(rates).Show("N0")} items/s"));
    }
}
