using Marten;
using Parley.Worker.Positions;
using Parley.Worker.Replay;

namespace Parley.Worker.Meetings;

public static class MeetingEndpoints
{
    public static void MapMeetings(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/meetings", async Task<IResult> (string? asOf, string? knownAt, IDocumentStore store, CancellationToken ct) =>
            {
                if (!MomentParameters.TryParse(asOf, knownAt, out var moment, out var problem)) return MomentParameters.Invalid(problem!);
                // Reports keep their evidence so a reader can judge each one.
                return Results.Ok(await Meeting.ReadAsync(store, moment, from: null, ct));
            })
            .WhileRebuilding(nameof(MeetingReport))
            .WithTags("Meetings")
            .WithSummary("Rounds of talks reported in the news: place, first day, participants, status and the reports behind them, " +
                         "as published up to asOf and known at knownAt.");
}
