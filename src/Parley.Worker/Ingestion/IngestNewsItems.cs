using Marten;
using Parley.Extraction;
using Wolverine;
using Wolverine.Marten;

namespace Parley.Worker.Ingestion;

/// <summary>
/// Several news items in one bus message, for a sender that has many at once (a scraper's run, a wire's backlog):
/// the bus, the inbox and the handled mark then cost one envelope for all of them instead of one each, which is
/// most of what a message per item costs (docs/benchmarks.md, run 37). Over RabbitMQ the same is a JSON array body.
/// </summary>
public sealed record IngestNewsItems(IngestNewsItem[] Items)
{
    /// <summary>One message is one transaction: beyond this a sender should split, as it would split a POST.</summary>
    public const int MaxItems = 1_000;
}

/// <summary>The message's items are one batch of the batch handler, so every route reads items the same way.</summary>
public static class IngestNewsItemsHandler
{
    public static Task<ClaimsHeld> LoadAsync(IngestNewsItems message, IQuerySession session, CancellationToken ct)
    {
        // Retrying cannot fix an oversized message: this exception dead-letters it with the reason (MessagingSetup).
        if (message.Items.Length > IngestNewsItems.MaxItems)
            throw new InvalidNewsItemException([new("$", $"the message holds {message.Items.Length:N0} items; the limit is {IngestNewsItems.MaxItems:N0}")]);
        return IngestNewsItemBatchHandler.LoadAsync(message.Items, session, ct);
    }

    public static (List<IMartenOp>, OutgoingMessages) Handle(IngestNewsItems message, ClaimsHeld held, Extractor extractor, TimeProvider clock,
        ILogger<IngestNewsItem> logger) =>
        IngestNewsItemBatchHandler.Handle(message.Items, held, extractor, clock, logger);
}
