using JasperFx.CommandLine;
using Marten;
using Microsoft.Extensions.Options;
using Parley.Extraction;
using Parley.Worker.Infrastructure;
using Parley.Worker.Ingestion;
using Parley.Worker.Positions;

namespace Parley.Worker.Replay;

public sealed class ReanalyzeInput : NetCoreInput
{
    [Description("Only items published on or after this date (ISO date or date-time)"), FlagAlias("since", 's')]
    public string? SinceFlag { get; set; }

    [Description("Report what would change, write nothing"), FlagAlias("dry-run", 'n')]
    public bool DryRunFlag { get; set; }
}

[Description("Re-read stored items with the current extractor; items whose findings change get a new analysis event", Name = "reanalyze")]
public sealed class ReanalyzeCommand : JasperFxAsyncCommand<ReanalyzeInput>
{
    public override async Task<bool> Execute(ReanalyzeInput input)
    {
        if (!MomentParameters.TryParseStart(input.SinceFlag, out var since))
        {
            Console.Error.WriteLine($"--since: '{input.SinceFlag}' is not an ISO date or date-time");
            return false;
        }
        using var host = input.BuildHost();
        host.Services.GetRequiredService<IOptions<ParleyOptions>>().Value.IngestSampleOnEmptyStore = false;
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var plan = await ReanalysisPlan.ComputeAsync(store, host.Services.GetRequiredService<Extractor>(),
            input.SinceFlag is null ? null : since, TimeProvider.System, CancellationToken.None);
        Console.WriteLine(plan.ToText());
        if (input.DryRunFlag || plan.ItemsChanged.Count == 0) return true;

        await host.StartAsync();
        try
        {
            await IngestionRun.PublishAsync(host.Services, plan.ItemsChanged.Select(id => new ReanalyseNewsItem(id)), CancellationToken.None);
            await IngestionRun.WaitUntilSettledAsync(host.Services, TimeSpan.FromHours(1), CancellationToken.None);
            Console.WriteLine($"Re-analysed {plan.ItemsChanged.Count} items; views are up to date.");
        }
        finally
        {
            await host.StopAsync();
        }
        return true;
    }
}
