using Marten;
using Parley.Extraction;
using Wolverine.Marten;

namespace Parley.Worker.Ingestion;

/// <summary>An item its batch could not take: handled on its own, so its failures are its own.</summary>
public sealed record IngestNewsItemAlone(IngestNewsItem Item);

public static class IngestNewsItemAloneHandler
{
    public static async Task<ClaimsHeld> LoadAsync(IngestNewsItemAlone message, IQuerySession session, CancellationToken ct)
    {
        // Retrying cannot fix a bad item: this exception sends it to the dead letters with the reason (MessagingSetup).
        NewsItemValidation.ThrowIfInvalid(message.Item);
        return await NewsItemIntake.FindHeldAsync(session, [NewsItemIntake.ClaimFor(message.Item)], ct);
    }

    public static IEnumerable<IMartenOp> Handle(IngestNewsItemAlone message, ClaimsHeld held, Extractor extractor, TimeProvider clock) =>
        NewsItemIntake.Decide(message.Item, new HashSet<string>(held.Keys), extractor, clock.GetUtcNow());
}
