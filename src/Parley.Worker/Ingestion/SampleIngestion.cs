using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Parley.Extraction;
using Parley.Worker.Infrastructure;
using Parley.Worker.News;
using Parley.Worker.Positions;

namespace Parley.Worker.Ingestion;

/// <summary>
/// A first run against an empty store should show something: the bundled sample goes through the same queue as
/// any other item, and the resulting positions are printed with the address the API answers on.
/// </summary>
public sealed class SampleIngestion(
    IServiceProvider services, IOptions<ParleyOptions> options, IHostApplicationLifetime lifetime, ILogger<SampleIngestion> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await WaitForStartAsync(stoppingToken)) return;
        var store = services.GetRequiredService<IDocumentStore>();
        await using (var session = store.QuerySession())
        {
            if (!options.Value.IngestSampleOnEmptyStore || await session.Query<ItemListing>().AnyAsync(stoppingToken))
            {
                logger.LogInformation("Parley is serving on {Urls}", Urls());
                return;
            }
        }

        if (!File.Exists(options.Value.SampleFile))
        {
            logger.LogWarning("The store is empty and the sample file {File} is missing; nothing ingested", options.Value.SampleFile);
            return;
        }
        var items = new List<IngestNewsItem>();
        var sample = new ItemSource(options.Value.SampleFile,
            (_, line) => logger.LogWarning("Sample line {Line} rejected: {Reason}", line.Line, line.Reason));
        await foreach (var item in sample.ReadAsync(follow: false, stoppingToken))
            if (item is not null) items.Add(item);
        logger.LogInformation("Empty store: ingesting {Count} sample items from {File}", items.Count, options.Value.SampleFile);
        await IngestionRun.PublishAsync(services, items, stoppingToken);
        await IngestionRun.WaitUntilSettledAsync(services, TimeSpan.FromMinutes(5), stoppingToken);

        var pack = services.GetRequiredService<DomainPack>();
        var positions = await PositionQueries.CurrentAsync(store, PositionEndpoints.AllPairs(pack), Moment.Now, stoppingToken);
        Console.WriteLine();
        Console.WriteLine($"Positions after the sample ({items.Count} items):");
        Console.WriteLine(PositionTable.Render(pack, positions.ToList()));
        Console.WriteLine($"Parley is serving on {Urls()}  (try {Urls().Split(' ')[0]}/api/issues)");
    }

    async Task<bool> WaitForStartAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await Task.WhenAny(started.Task, Task.Delay(Timeout.Infinite, ct));
        return started.Task.IsCompleted && !ct.IsCancellationRequested;
    }

    string Urls() =>
        services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses is { Count: > 0 } addresses
            ? string.Join(' ', addresses)
            : "(no HTTP address)";
}
