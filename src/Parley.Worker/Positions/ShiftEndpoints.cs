using Marten;

using Parley.Worker.Replay;

namespace Parley.Worker.Positions;

public sealed record ShiftView(string Party, string Issue, string From, string To, StatementView Statement);

public static class ShiftEndpoints
{
    public static void MapShifts(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/shifts", async Task<IResult> (string? since, string? asOf, string? knownAt, int? limit, IDocumentStore store, CancellationToken ct) =>
            {
                if (!MomentParameters.TryParse(asOf, knownAt, out var moment, out var problem)) return MomentParameters.Invalid(problem!);
                if (!MomentParameters.TryParseStart(since, out var start))
                    return MomentParameters.Invalid($"since: '{since}' is not an ISO date or date-time");
                var shifts = await PositionQueries.ShiftsAsync(store, start, Math.Clamp(limit ?? 100, 1, 1000), moment, ct);
                return Results.Ok(shifts.Select(s => new ShiftView(s.Statement.Party, s.Statement.Issue, s.Previous, s.Statement.Stance,
                    StatementView.From(s.Statement, changesStance: true))).ToList());
            })
            .WhileRebuilding("Statement")
            .WithTags("Positions")
            .WithSummary("Changes of stance, newest first: each statement whose stance differs from the party's previous one on that issue.");
}
