using Marten;
using Parley.Extraction;
using Parley.Worker.Infrastructure;
using Parley.Worker.Positions;

using Parley.Worker.Replay;

namespace Parley.Worker.Issues;

public sealed record PartyStance(string Party, string Stance, DateTimeOffset Since, int Supporting, StatementView Statement);

/// <summary>
/// Where the parties stand on one issue. An agreement needs two or more parties and no one against; a clash is
/// one party for (outright or on conditions) while another is against; anything else is open.
/// </summary>
public sealed record IssueBoard(string Issue, string Name, string Proposition, string State, IReadOnlyList<PartyStance> Parties)
{
    public static IssueBoard From(IssueDefinition issue, IEnumerable<CurrentPosition> positions)
    {
        var parties = positions.Where(p => p.Statement.Issue == issue.Id)
            .OrderBy(p => p.Statement.Party, StringComparer.Ordinal)
            .Select(p => new PartyStance(p.Statement.Party, p.Statement.Stance, p.Since, p.Supporting, StatementView.From(p.Statement)))
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
        var issues = app.MapGroup("/api/issues").WithTags("Issues").WhileRebuilding("Statement");

        issues.MapGet("/", async Task<IResult> (string? asOf, string? knownAt, DomainPack pack, CurrentPositions positions, CancellationToken ct) =>
        {
            if (!MomentParameters.TryParse(asOf, knownAt, out var moment, out var problem)) return MomentParameters.Invalid(problem!);
            var current = await positions.ReadAsync(PositionEndpoints.AllPairs(pack), moment, ct);
            return Results.Ok(pack.Issues.Select(i => IssueBoard.From(i, current)).ToList());
        }).WithSummary("Every issue with each party's current stance and whether it is an agreement, a clash or open; asOf and knownAt ask about the past.");

        issues.MapGet("/{issue}", async Task<IResult> (string issue, string? asOf, string? knownAt, DomainPack pack, CurrentPositions positions, CancellationToken ct) =>
        {
            if (Known.Issue(pack, issue) is not { } definition) return Known.NotFound("issue", issue, pack.Issues.Select(i => i.Id));
            if (!MomentParameters.TryParse(asOf, knownAt, out var moment, out var problem)) return MomentParameters.Invalid(problem!);
            var current = await positions.ReadAsync(pack.Parties.Select(p => (p.Id, issue)).ToList(), moment, ct);
            return Results.Ok(IssueBoard.From(definition, current));
        }).WithSummary("One issue's board.");
    }
}
