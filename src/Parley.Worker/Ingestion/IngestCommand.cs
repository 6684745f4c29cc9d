using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Parley.Worker.Infrastructure;
using Parley.Extraction;
using Parley.Worker.Positions;
using Spectre.Console;

namespace Parley.Worker.Ingestion;

public sealed class IngestInput : NetCoreInput
{
    [Description("A JSON-lines file of news items (id, url, title, source, published, text), or a directory of .jsonl and .json files")]
    public string File { get; set; } = "";

    [Description("Keep watching: lines appended to the file, or files added to the directory, are ingested as they come (Ctrl+C stops)")]
    public bool FollowFlag { get; set; }
}

[Description("Queue every item of a JSON-lines file or a directory for ingestion, wait until all views have them, and print the positions", Name = "ingest")]
public sealed class IngestCommand : JasperFxAsyncCommand<IngestInput>
{
    const int BatchSize = 500;
    const long ProgressBarFrom = 1024 * 1024;

    public override async Task<bool> Execute(IngestInput input)
    {
        input.File = CallerDirectory.Resolve(input.File);
        if (!System.IO.File.Exists(input.File) && !Directory.Exists(input.File))
        {
            Console.Error.WriteLine($"No such file or directory: {input.File}");
            return false;
        }
        var rejected = 0;
        var source = new ItemSource(input.File, (file, line) =>
        {
            rejected++;
            Console.Error.WriteLine($"{file}:{line.Line}: rejected: {line.Reason}");
        });

        using var host = input.BuildHost();
        // A worker may already be serving on the configured port, and the sample is for first runs of the service,
        // not for a file the user chose: this run listens nowhere useful and ingests only the file.
        host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Add("http://127.0.0.1:0");
        host.Services.GetRequiredService<IOptions<ParleyOptions>>().Value.IngestSampleOnEmptyStore = false;
        await host.StartAsync();
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        var queued = 0L;
        try
        {
            var large = !input.FollowFlag && !Console.IsOutputRedirected && Size(input.File) >= ProgressBarFrom;
            if (large)
                await AnsiConsole.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Queuing {Path.GetFileName(input.File)}", maxValue: Math.Max(1, Size(input.File)));
                    queued = await QueueAsync(host.Services, source, false, () => task.Value = source.BytesRead, stop.Token);
                });
            else queued = await QueueAsync(host.Services, source, input.FollowFlag,
                () => { if (input.FollowFlag) Console.WriteLine($"Queued {source.BytesRead:N0} bytes so far; {rejected} rejected."); }, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl+C while following: everything read so far is queued (batches are flushed whenever the source caught up).
        }
        try
        {
            Console.WriteLine($"Queued {queued} items from {input.File}; {rejected} rejected. Waiting until they are in every view…");
            await IngestionRun.WaitUntilSettledAsync(host.Services, TimeSpan.FromMinutes(30), CancellationToken.None);
            var pack = host.Services.GetRequiredService<DomainPack>();
            var positions = await PositionQueries.CurrentAsync(host.Services.GetRequiredService<IDocumentStore>(),
                PositionEndpoints.AllPairs(pack), Moment.Now, CancellationToken.None);
            Console.WriteLine($"Queued {queued} items from {input.File}; {rejected} lines rejected.");
            Console.WriteLine(PositionTable.Render(pack, positions.ToList()));
        }
        finally
        {
            await host.StopAsync();
        }
        return rejected == 0;
    }

    /// <summary>Publishes in transactions of <see cref="BatchSize"/>, and whenever the source has caught up, so a followed file's lines go out promptly.</summary>
    static async Task<long> QueueAsync(IServiceProvider services, ItemSource source, bool follow, Action progressed, CancellationToken ct)
    {
        var batch = new List<IngestNewsItem>(BatchSize);
        var queued = 0L;
        await foreach (var item in source.ReadAsync(follow, ct))
        {
            if (item is not null) batch.Add(item);
            if (batch.Count < BatchSize && (item is not null || batch.Count == 0)) continue;
            await services.GetRequiredService<IngestionBacklog>().WaitForRoomAsync(ct);
            await IngestionRun.PublishAsync(services, batch, CancellationToken.None);
            queued += batch.Count;
            batch.Clear();
            progressed();
        }
        if (batch.Count > 0) await IngestionRun.PublishAsync(services, batch, CancellationToken.None);
        return queued + batch.Count;
    }

    static long Size(string path) => System.IO.File.Exists(path)
        ? new FileInfo(path).Length
        : Directory.EnumerateFiles(path).Sum(f => new FileInfo(f).Length);
}
