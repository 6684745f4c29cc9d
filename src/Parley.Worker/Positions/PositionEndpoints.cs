using Marten;
using Parley.Extraction;
using Parley.Worker.Infrastructure;

using Parley.Worker.Replay;

namespace Parley.Worker.Positions;

public sealed record PartySummary(string Id, string Name, int Issues);
public sealed record StatementView(
    string ItemId, Guid NewsItemId, string? Url, DateTimeOffset Published, DateTimeOffset Recorded, string Stance, string? Act,
    string? Speaker, string Evidence, double Confidence, bool ChangesStance)
{
    public static StatementView From(Statement s, bool changesStance = false) =>
        new(s.ItemId, s.NewsItemId, s.Url, s.StatedAt, s.RecordedAt, s.Stance, s.Act, s.Speaker, s.Evidence, s.Confidence, changesStance);
}
public sealed record PositionView(string Issue, string Stance, DateTimeOffset Since, int Supporting, StatementView Statement);
public sealed record PartyPositions(string Party, string Name, IReadOnlyList<PositionView> Positions);
public sealed record PositionHistoryView(string Party, string Issue, string? Stance, IReadOnlyList<StatementView> Statements);

public static class PositionEndpoints
{
    public static void MapPositions(this IEndpointRouteBuilder app)
    {
        var parties = app.MapGroup("/api/parties").WithTags("Parties").WhileRebuilding("Statement");

        parties.MapGet("/", async (DomainPack pack, CurrentPositions positions, CancellationToken ct) =>
        {
            var current = await positions.ReadAsync(AllPairs(pack), Moment.Now, ct);
            return pack.Parties.Select(p => new PartySummary(p.Id, p.Name, current.Count(c => c.Statement.Party == p.Id))).ToList();
        }).WithSummary("The parties Parley knows, with how many issues each has a position on.");

        parties.MapGet("/{party}/positions", async Task<IResult> (string party, string? asOf, string? knownAt, DomainPack pack, CurrentPositions positions, CancellationToken ct) =>
        {
            if (Known.Party(pack, party) is not { } definition) return Known.NotFound("party", party, pack.Parties.Select(p => p.Id));
            if (!MomentParameters.TryParse(asOf, knownAt, out var moment, out var problem)) return MomentParameters.Invalid(problem!);
            return Results.Ok(new PartyPositions(party, definition.Name, await PartyPositionsAsync(positions, pack, party, moment, ct)));
        }).WithSummary("A party's current stance on every issue it has spoken on, with the statement it rests on; asOf (publication) and knownAt (recording) ask about the past.");

        parties.MapGet("/{party}/positions/{issue}/history", async Task<IResult> (string party, string issue, string? asOf, string? knownAt, DomainPack pack, IDocumentStore store, CancellationToken ct) =>
        {
            if (Known.Party(pack, party) is null) return Known.NotFound("party", party, pack.Parties.Select(p => p.Id));
            if (Known.Issue(pack, issue) is null) return Known.NotFound("issue", issue, pack.Issues.Select(i => i.Id));
            if (!MomentParameters.TryParse(asOf, knownAt, out var moment, out var problem)) return MomentParameters.Invalid(problem!);
            var statements = await PositionQueries.HistoryAsync(store, party, issue, moment, ct);
            var views = statements.Select((s, i) => StatementView.From(s, i > 0 && statements[i - 1].Stance != s.Stance)).ToList();
            return Results.Ok(new PositionHistoryView(party, issue, statements.LastOrDefault()?.Stance, views));
        }).WithSummary("Every statement of a party on an issue, in publication order; changesStance marks each shift.");
    }

    public static async Task<IReadOnlyList<PositionView>> PartyPositionsAsync(CurrentPositions positions, DomainPack pack, string party, Moment moment, CancellationToken ct)
    {
        var current = await positions.ReadAsync(pack.Issues.Select(i => (party, i.Id)).ToList(), moment, ct);
        return current.OrderBy(c => c.Statement.Issue, StringComparer.Ordinal)
            .Select(c => new PositionView(c.Statement.Issue, c.Statement.Stance, c.Since, c.Supporting, StatementView.From(c.Statement)))
            .ToList();
    }

    public static IReadOnlyList<(string Party, string Issue)> AllPairs(DomainPack pack) =>
        pack.Parties.SelectMany(p => pack.Issues.Select(i => (p.Id, i.Id))).ToList();
}
