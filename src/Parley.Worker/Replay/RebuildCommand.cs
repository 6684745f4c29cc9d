using JasperFx.CommandLine;
using Marten;

namespace Parley.Worker.Replay;

public sealed class RebuildInput : NetCoreInput
{
    [Description("One projection (Statement, MeetingReport or ItemListing); default: all"), FlagAlias("projection", 'p')]
    public string? ProjectionFlag { get; set; }
}

/// <summary>
/// The JasperFx `projections rebuild` verb works too, but reports only percentages; this one prints events done,
/// rate and time left once a second, to the terminal and the log, so a rebuild of millions of events can be watched.
/// Run it with the worker stopped, or use the worker's admin endpoint, so that two daemons never build one view.
/// </summary>
[Description("Rebuild projections from the event log, showing events done / total, rate and time left", Name = "rebuild")]
public sealed class RebuildCommand : JasperFxAsyncCommand<RebuildInput>
{
    public override async Task<bool> Execute(RebuildInput input)
    {
        var projections = input.ProjectionFlag is null ? ProjectionRebuilds.Projections : [input.ProjectionFlag];
        if (projections.Except(ProjectionRebuilds.Projections).FirstOrDefault() is { } unknown)
        {
            Console.Error.WriteLine($"Unknown projection '{unknown}'. Known: {string.Join(", ", ProjectionRebuilds.Projections)}.");
            return false;
        }
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var rebuilds = host.Services.GetRequiredService<ProjectionRebuilds>();
        var logger = host.Services.GetRequiredService<ILogger<RebuildCommand>>();
        using var daemon = await store.BuildProjectionDaemonAsync();
        var ok = true;
        foreach (var projection in projections)
        {
            var result = await rebuilds.RunAsync(daemon, projection, progress =>
            {
                Console.WriteLine(progress);
                logger.LogInformation("Rebuild {Progress}", progress);
            }, CancellationToken.None);
            ok &= result.State == "done";
        }
        return ok;
    }
}
