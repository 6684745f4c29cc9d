using Marten;
using Parley.Extraction;
using Parley.Worker.News;
using Wolverine.Marten;

namespace Parley.Worker.Ingestion;

/// <summary>The identity keys ("id:…", "url:…", "text:…") that items already in the log hold.</summary>
public sealed record ClaimsHeld(IReadOnlyList<string> Keys);

/// <summary>
/// One row per item in the log with the three ways it is recognised when it comes again: its id (the row's key), its
/// canonical URL and its text hash, each unique. Inserted with the stream, so two racing copies of one item cannot
/// both commit: the loser fails on a unique key and is retried, finding the item in. Databases written by earlier
/// versions hold one row per key instead (ids "url:…" and "text:…", no columns); lookups by key still find them.
/// </summary>
public sealed record NewsItemClaim(string Id, Guid NewsItemId, string? Url, string? TextHash)
{
    public IEnumerable<string> Keys()
    {
        yield return Id;
        if (Url is not null) yield return $"url:{Url}";
        if (TextHash is not null) yield return $"text:{TextHash}";
    }
}

/// <summary>The decision for one incoming item: the stream and claim to write, or nothing when it is already in.</summary>
public static class NewsItemIntake
{
    public static NewsItemClaim ClaimFor(IngestNewsItem item) => new($"id:{item.Id.Trim()}", NewsItemIdentity.StreamId(item.Id),
        NewsItemIdentity.CanonicalUrl(item.Url), NewsItemIdentity.TextHash(item.Text));

    /// <summary>One query for a whole batch: the keys as row ids (old and new rows) and the URL and text columns.</summary>
    public static async Task<ClaimsHeld> FindHeldAsync(IQuerySession session, IReadOnlyCollection<NewsItemClaim> claims, CancellationToken ct)
    {
        if (claims.Count == 0) return new([]);
        var held = await session.QueryAsync<NewsItemClaim>("where id = any(?) or url = any(?) or text_hash = any(?)", ct,
            claims.SelectMany(c => c.Keys()).Distinct().ToArray(),
            claims.Select(c => c.Url).OfType<string>().Distinct().ToArray(),
            claims.Select(c => c.TextHash).OfType<string>().Distinct().ToArray());
        return new(held.SelectMany(c => c.Keys()).ToList());
    }

    /// <summary>
    /// Writes for a new item, or none when any of its keys is taken; <paramref name="taken"/> then gains the item's
    /// keys, so a second copy later in the same batch is recognised too.
    /// </summary>
    public static IReadOnlyList<IMartenOp> Decide(IngestNewsItem item, ISet<string> taken, Extractor extractor, DateTimeOffset now)
    {
        var claim = ClaimFor(item);
        if (claim.Keys().Any(taken.Contains)) return [];

        var received = new NewsItemReceived(claim.NewsItemId, item.Id, item.Url, item.Title, item.Source, item.Published, item.Text, now);
        var analysed = NewsItemReading.Read(extractor, received, now);
        taken.UnionWith(claim.Keys());
        return [MartenOps.StartStream<NewsItem>(claim.NewsItemId, received, analysed), MartenOps.Insert(claim)];
    }
}
