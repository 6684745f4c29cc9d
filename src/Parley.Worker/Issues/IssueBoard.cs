using Marten;
using Parley.Extraction;
using Parley.Worker.Infrastructure;
using Parley.Worker.Positions;

namespace Parley.Worker.Issues;

public sealed record PartyStance(string Party, string Stance, DateTimeOffset Since, StatementView Statement);

/// <summary>
/// Where the parties stand on one issue. An agreement needs two or more parties and no one against; a clash is
/// one party for (outright or on conditions) while another is against; anything else is open.
/// </summary>
public sealed record IssueBoard(string Issue, string Name, string Proposition, string State, IReadOnlyList<PartyStance> Parties)
{
    public static IssueBoard From(IssueDefinition issue, IEnumerable<PositionHistory> histories)
    {
        var parties = histories.Where(h => h.Issue == issue.Id && h.Stance is not null)
            .OrderBy(h => h.Party, StringComparer.Ordinal)
            .Select(h => new PartyStance(h.Party, h.Stance!, h.Since!.Value, PositionEndpoints.View(h.Current!)))
            .ToList();
        var inFavour = parties.Count(p => p.Stance is "supports" or "conditional");
        var against = parties.Count(p => p.Stance == "opposes");
        var state = inFavour > 0 && against > 0 ? "clash"
            : parties.Count >= 2 && inFavour == parties.Count ? "agreement"
            : "open";
        return new IssueBoard(issue.Id, issue.Name, issue.Proposition, state, parties);
    }
}

public static class IssueEndpoints
{
    public static void MapIssues(this IEndpointRouteBuilder app)
    {
        var issues = app.MapGroup("/api/issues").WithTags("Issues");

        issues.MapGet("/", async (DomainPack pack, IQuerySession session, CancellationToken ct) =>
        {
            var histories = await session.Query<PositionHistory>().Where(h => h.Stance != null).ToListAsync(ct);
            return pack.Issues.Select(i => IssueBoard.From(i, histories)).ToList();
        }).WithSummary("Every issue with each party's current stance and whether it is an agreement, a clash or open.");

        issues.MapGet("/{issue}", async Task<IResult> (string issue, DomainPack pack, IQuerySession session, CancellationToken ct) =>
        {
            if (Known.Issue(pack, issue) is not { } definition) return Known.NotFound("issue", issue, pack.Issues.Select(i => i.Id));
            var histories = await session.Query<PositionHistory>().Where(h => h.Issue == issue && h.Stance != null).ToListAsync(ct);
            return Results.Ok(IssueBoard.From(definition, histories));
        }).WithSummary("One issue's board.");
    }
}
