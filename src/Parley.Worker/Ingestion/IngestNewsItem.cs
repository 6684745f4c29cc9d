using Marten;
using Parley.Extraction;
using Wolverine;
using Wolverine.Marten;

namespace Parley.Worker.Ingestion;

/// <summary>A news item to take into the log; the same record arrives from HTTP, files, feeds and the bus.</summary>
public sealed record IngestNewsItem(string Id, string? Url, string? Title, string? Source, DateTimeOffset? Published, string Text);

/// <summary>
/// Items are taken in batches (MessagingSetup): one transaction for many items is what lets ingestion keep up with a
/// backlog. An item that cannot be read (invalid, or the extractor fails on it) is passed on alone, so that it alone
/// is retried and dead-lettered with its reason, and the rest of the batch goes in.
/// </summary>
public static class IngestNewsItemBatchHandler
{
    public static async Task<ClaimsHeld> LoadAsync(IngestNewsItem[] items, IQuerySession session, CancellationToken ct)
    {
        var claims = items.Where(NewsItemValidation.IsValid).Select(NewsItemIntake.ClaimFor).ToList();
        return await NewsItemIntake.FindHeldAsync(session, claims, ct);
    }

    public static (List<IMartenOp>, OutgoingMessages) Handle(IngestNewsItem[] items, ClaimsHeld held, Extractor extractor, TimeProvider clock,
        ILogger<IngestNewsItem> logger)
    {
        var taken = new HashSet<string>(held.Keys);
        var writes = new List<IMartenOp>();
        var alone = new OutgoingMessages();
        var now = clock.GetUtcNow();
        foreach (var item in items)
        {
            if (!NewsItemValidation.IsValid(item))
            {
                alone.Add(new IngestNewsItemAlone(item));
                continue;
            }
            try
            {
                var decided = NewsItemIntake.Decide(item, taken, extractor, now);
                if (decided.Count == 0) logger.LogInformation("Item {ItemId} is already in the log; nothing appended", item.Id);
                writes.AddRange(decided);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning(e, "Item {ItemId} could not be read in its batch; it goes on alone", item.Id);
                alone.Add(new IngestNewsItemAlone(item));
            }
        }
        return (writes, alone);
    }
}
