using Parley.Extraction;

namespace Parley.Worker.Infrastructure;

/// <summary>Party and issue ids come from the domain pack; anything else in a URL is a 404 that lists what exists.</summary>
public static class Known
{
    public static PartyDefinition? Party(DomainPack pack, string id) => pack.Parties.FirstOrDefault(p => p.Id == id);
    public static IssueDefinition? Issue(DomainPack pack, string id) => pack.Issues.FirstOrDefault(i => i.Id == id);

    public static IResult NotFound(string kind, string id, IEnumerable<string> known) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: $"Unknown {kind}",
        detail: $"There is no {kind} '{id}'. Known: {string.Join(", ", known)}.");
}
