using Parley.Extraction;
using Parley.Worker.News;
using Wolverine.Marten;

namespace Parley.Worker.Ingestion;

/// <summary>The claim keys (id, canonical URL, text) that items already in the log hold.</summary>
public sealed record ClaimsHeld(IReadOnlyList<string> Keys);

/// <summary>
/// Marks an id, canonical URL or text as taken by one stream. Inserted with the stream, so two racing copies
/// of one item cannot both commit: the loser fails on the unique key and is retried, finding the item in.
/// </summary>
public sealed record NewsItemClaim(string Id, Guid NewsItemId);

/// <summary>The decision for one incoming item: the stream and claims to write, or nothing when it is already in.</summary>
public static class NewsItemIntake
{
    public static IReadOnlyList<string> ClaimKeys(IngestNewsItem item) => NewsItemIdentity.ClaimKeys(item.Id, item.Url, item.Text);

    /// <summary>
    /// Writes for a new item, or none when any of its keys is taken; <paramref name="taken"/> then gains the item's
    /// keys, so a second copy later in the same batch is recognised too.
    /// </summary>
    public static IReadOnlyList<IMartenOp> Decide(IngestNewsItem item, ISet<string> taken, Extractor extractor, DateTimeOffset now)
    {
        var keys = ClaimKeys(item);
        if (keys.Any(taken.Contains)) return [];

        var streamId = NewsItemIdentity.StreamId(item.Id);
        var received = new NewsItemReceived(streamId, item.Id, item.Url, item.Title, item.Source, item.Published, item.Text, now);
        var analysed = NewsItemReading.Read(extractor, received, now);
        taken.UnionWith(keys);
        return [MartenOps.StartStream<NewsItem>(streamId, received, analysed), .. keys.Select(key => MartenOps.Insert(new NewsItemClaim(key, streamId)))];
    }
}
