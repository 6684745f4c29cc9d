using Parley.Extraction;
using Parley.Worker.News;
using Wolverine.Marten;

namespace Parley.Worker.Replay;

/// <summary>Read one stored item again with the current extractor.</summary>
public sealed record ReanalyseNewsItem(Guid NewsItemId);

public static class ReanalyseNewsItemHandler
{
    /// <summary>
    /// Appends a new reading only when it says something different: a second run with the same extractor is a
    /// no-op, so a re-analysis that crashed half-way can simply be run again.
    /// </summary>
    public static IEnumerable<object> Handle(ReanalyseNewsItem command, [WriteAggregate] NewsItem item, Extractor extractor, TimeProvider clock)
    {
        var reading = NewsItemReading.Read(extractor, item, clock.GetUtcNow());
        if (item.Latest is { } latest && !NewsItemReading.Differs(reading, latest)) yield break;
        yield return reading;
    }
}
