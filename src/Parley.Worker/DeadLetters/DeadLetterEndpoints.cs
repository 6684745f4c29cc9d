using Parley.Worker.Infrastructure;
using Wolverine.Persistence.Durability;

namespace Parley.Worker.DeadLetters;

/// <summary>A replay request: the letters named, or every letter.</summary>
public sealed record ReplayDeadLetters(Guid[]? Ids, bool All);

public sealed record DeadLettersReplayed(int Replayed);

public static class DeadLetterEndpoints
{
    public static void MapDeadLetters(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/dead-letters").RequireApiKey().WithTags("Dead letters");
        admin.MapGet("", (IMessageStore store, int? page, CancellationToken ct) => DeadLetterQueries.PageAsync(store, Math.Max(page ?? 0, 0), ct))
            .WithSummary("Messages that could not be processed, newest failures included, with the reason and the body as sent.");
        admin.MapPost("/replay", Replay)
            .WithSummary("Send dead letters back for processing: {\"ids\": [...]} or {\"all\": true}.")
            .Produces<DeadLettersReplayed>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem();
    }

    static async Task<IResult> Replay(ReplayDeadLetters? request, IMessageStore store, CancellationToken ct)
    {
        var ids = request?.Ids ?? [];
        if (request is null || (ids.Length == 0) == !request.All)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["$"] = ["send either \"ids\": [...] or \"all\": true"] },
                title: "Nothing to replay was named.");
        return Results.Accepted(value: new DeadLettersReplayed(await DeadLetterQueries.ReplayAsync(store, request.All ? null : ids, ct)));
    }
}
