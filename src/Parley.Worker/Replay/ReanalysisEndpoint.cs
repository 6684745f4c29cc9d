using Marten;
using Parley.Extraction;
using Parley.Worker.Infrastructure;
using Parley.Worker.Positions;
using Wolverine.Marten;

namespace Parley.Worker.Replay;

public static class ReanalysisEndpoint
{
    public static void MapReanalysis(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/admin/reanalyze", async Task<IResult> (string? since, bool? dryRun, IDocumentStore store, IDocumentSession session,
                IMartenOutbox outbox, Extractor extractor, TimeProvider clock, CancellationToken ct) =>
            {
                if (!MomentParameters.TryParseStart(since, out var start))
                    return MomentParameters.Invalid($"since: '{since}' is not an ISO date or date-time");
                var plan = await ReanalysisPlan.ComputeAsync(store, extractor, since is null ? null : start, clock, ct);
                if (dryRun == true || plan.ItemsChanged.Count == 0) return Results.Ok(plan);

                outbox.Enroll(session);
                foreach (var id in plan.ItemsChanged) await outbox.PublishAsync(new ReanalyseNewsItem(id));
                await session.SaveChangesAsync(ct);
                return Results.Accepted(value: plan);
            })
            .RequireApiKey()
            .WithTags("Admin")
            .WithSummary("Re-read stored items with the current extractor (dryRun=true: report only). Items whose findings change get a new analysis.");
}
