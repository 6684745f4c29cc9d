using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Parley.Worker.Infrastructure;
using Parley.Extraction;
using Parley.Worker.Positions;

namespace Parley.Worker.Ingestion;

public sealed class IngestInput : NetCoreInput
{
    [Description("A JSON-lines file of news items (id, url, title, source, published, text)")]
    public string File { get; set; } = "";
}

[Description("Queue every item of a JSON-lines file for ingestion, wait until all views have them, and print the positions", Name = "ingest")]
public sealed class IngestCommand : JasperFxAsyncCommand<IngestInput>
{
    public override async Task<bool> Execute(IngestInput input)
    {
        if (!System.IO.File.Exists(input.File))
        {
            Console.Error.WriteLine($"No such file: {input.File}");
            return false;
        }
        var (items, rejected) = NewsItemFile.Read(input.File);
        foreach (var line in rejected) Console.Error.WriteLine($"{input.File}:{line.Line}: rejected: {line.Reason}");

        using var host = input.BuildHost();
        // A worker may already be serving on the configured port, and the sample is for first runs of the service,
        // not for a file the user chose: this run listens nowhere useful and ingests only the file.
        host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Add("http://127.0.0.1:0");
        host.Services.GetRequiredService<IOptions<ParleyOptions>>().Value.IngestSampleOnEmptyStore = false;
        await host.StartAsync();
        try
        {
            await IngestionRun.PublishAsync(host.Services, items, CancellationToken.None);
            await IngestionRun.WaitUntilSettledAsync(host.Services, TimeSpan.FromMinutes(30), CancellationToken.None);
            var pack = host.Services.GetRequiredService<DomainPack>();
            var positions = await PositionQueries.CurrentAsync(host.Services.GetRequiredService<IDocumentStore>(),
                PositionEndpoints.AllPairs(pack), Moment.Now, CancellationToken.None);
            Console.WriteLine($"Queued {items.Count} items from {input.File}; {rejected.Count} lines rejected.");
            Console.WriteLine(PositionTable.Render(pack, positions.ToList()));
        }
        finally
        {
            await host.StopAsync();
        }
        return rejected.Count == 0;
    }
}
