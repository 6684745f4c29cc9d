using Marten;
using Parley.Extraction;
using Parley.Worker.Infrastructure;

namespace Parley.Worker.Positions;

public sealed record PartySummary(string Id, string Name, int Issues);
public sealed record StatementView(
    string ItemId, Guid NewsItemId, string? Url, DateTimeOffset Published, string Stance, string? Act, string? Speaker,
    string Evidence, double Confidence, bool ChangesStance);
public sealed record PositionView(string Issue, string Stance, DateTimeOffset Since, int Supporting, int Statements, StatementView Statement);
public sealed record PartyPositions(string Party, string Name, IReadOnlyList<PositionView> Positions);
public sealed record PositionHistoryView(string Party, string Issue, string? Stance, IReadOnlyList<StatementView> Statements);

public static class PositionEndpoints
{
    public static void MapPositions(this IEndpointRouteBuilder app)
    {
        var parties = app.MapGroup("/api/parties").WithTags("Parties");

        parties.MapGet("/", async (DomainPack pack, IQuerySession session, CancellationToken ct) =>
        {
            var held = await session.Query<PositionHistory>().Where(h => h.Stance != null).Select(h => h.Party).ToListAsync(ct);
            return pack.Parties.Select(p => new PartySummary(p.Id, p.Name, held.Count(x => x == p.Id))).ToList();
        }).WithSummary("The parties Parley knows, with how many issues each has a position on.");

        parties.MapGet("/{party}/positions", async Task<IResult> (string party, DomainPack pack, IQuerySession session, CancellationToken ct) =>
        {
            if (Known.Party(pack, party) is not { } definition) return Known.NotFound("party", party, pack.Parties.Select(p => p.Id));
            var histories = await session.Query<PositionHistory>().Where(h => h.Party == party && h.Stance != null).ToListAsync(ct);
            var positions = histories.OrderBy(h => h.Issue, StringComparer.Ordinal)
                .Select(h => new PositionView(h.Issue, h.Stance!, h.Since!.Value, h.Supporting, h.Statements.Count, View(h.Current!)))
                .ToList();
            return Results.Ok(new PartyPositions(party, definition.Name, positions));
        }).WithSummary("A party's current stance on every issue it has spoken on, with the statement it rests on.");

        parties.MapGet("/{party}/positions/{issue}/history", async Task<IResult> (string party, string issue, DomainPack pack, IQuerySession session, CancellationToken ct) =>
        {
            if (Known.Party(pack, party) is null) return Known.NotFound("party", party, pack.Parties.Select(p => p.Id));
            if (Known.Issue(pack, issue) is null) return Known.NotFound("issue", issue, pack.Issues.Select(i => i.Id));
            var history = await session.LoadAsync<PositionHistory>(News.PositionKey.For(party, issue), ct);
            return Results.Ok(new PositionHistoryView(party, issue, history?.Stance, history?.Statements.Select(View).ToList() ?? []));
        }).WithSummary("Every statement of a party on an issue, in publication order; changesStance marks each shift.");
    }

    public static StatementView View(PositionHistory.Statement s) =>
        new(s.ItemId, s.NewsItemId, s.Url, s.StatedAt, s.Stance, s.Act, s.Speaker, s.Evidence, s.Confidence, s.ChangesStance);
}
