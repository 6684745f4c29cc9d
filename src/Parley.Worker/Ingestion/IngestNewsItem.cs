using Marten;
using Parley.Extraction;
using Parley.Worker.News;
using Wolverine.Marten;

namespace Parley.Worker.Ingestion;

/// <summary>A news item to take into the log; the same record arrives from HTTP, files and the bus.</summary>
public sealed record IngestNewsItem(string Id, string? Url, string? Title, string? Source, DateTimeOffset? Published, string Text);

/// <summary>The claim keys of an incoming item that some earlier item already holds.</summary>
public sealed record ClaimsHeld(IReadOnlyList<string> Keys);

/// <summary>
/// Marks an id, canonical URL or text as taken by one stream. Inserted with the stream, so two racing copies
/// of one item cannot both commit: the loser fails on the unique key and is discarded.
/// </summary>
public sealed record NewsItemClaim(string Id, Guid NewsItemId);

public static class IngestNewsItemHandler
{
    public static async Task<ClaimsHeld> LoadAsync(IngestNewsItem item, IQuerySession session, CancellationToken ct)
    {
        NewsItemValidation.ThrowIfInvalid(item);
        var held = await session.LoadManyAsync<NewsItemClaim>(ct, NewsItemIdentity.ClaimKeys(item.Id, item.Url, item.Text));
        return new ClaimsHeld(held.Select(c => c.Id).ToList());
    }

    public static IEnumerable<IMartenOp> Handle(IngestNewsItem item, ClaimsHeld held, Extractor extractor, TimeProvider clock, ILogger<IngestNewsItem> logger)
    {
        if (held.Keys.Count > 0)
        {
            logger.LogInformation("Item {ItemId} is already in the log (same {Keys}); nothing appended", item.Id, string.Join(", ", held.Keys));
            yield break;
        }

        var streamId = NewsItemIdentity.StreamId(item.Id);
        var now = clock.GetUtcNow();
        var received = new NewsItemReceived(streamId, item.Id, item.Url, item.Title, item.Source, item.Published, item.Text, now);
        var analysed = NewsItemReading.Read(extractor, received, now);

        yield return MartenOps.StartStream<NewsItem>(streamId, received, analysed);
        foreach (var key in NewsItemIdentity.ClaimKeys(item.Id, item.Url, item.Text))
            yield return MartenOps.Insert(new NewsItemClaim(key, streamId));
    }
}
