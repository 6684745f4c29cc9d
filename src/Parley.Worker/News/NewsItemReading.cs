using Parley.Extraction;

namespace Parley.Worker.News;

/// <summary>Turns one run of the extractor over an item into the analysis event, retracting what it no longer finds.</summary>
public static class NewsItemReading
{
    public static NewsItemAnalysed Read(Extractor extractor, NewsItem item, DateTimeOffset now) =>
        Read(extractor, item.Id, item.ItemId, item.Url, item.Title, item.Text, item.StatedAt, item.Analyses, now);

    public static NewsItemAnalysed Read(Extractor extractor, NewsItemReceived item, DateTimeOffset now) =>
        Read(extractor, item.NewsItemId, item.ItemId, item.Url, item.Title, item.Text, item.Published ?? item.ReceivedAt, [], now);

    static NewsItemAnalysed Read(Extractor extractor, Guid id, string itemId, string? url, string? title, string text,
        DateTimeOffset statedAt, IReadOnlyList<NewsItem.Analysis> earlier, DateTimeOffset now)
    {
        var findings = extractor.Extract(new ItemText(itemId, text, DateOnly.FromDateTime(statedAt.UtcDateTime), title));
        var previous = earlier.Count == 0 ? null : earlier[^1];
        return new NewsItemAnalysed(id, itemId, url, statedAt, findings.ExtractorVersion, now, earlier.Count + 1,
            findings.Positions.Select(StatementFound.From).ToList(),
            findings.Meetings.Select(m => MeetingReported.From(itemId, m)).ToList(),
            previous is null ? null : new SupersededAnalysis(earlier.Count, previous.AnalysedAt, previous.Statements, previous.Meetings));
    }

    /// <summary>Whether a new reading says anything different from the last one (the extractor version alone is no change).</summary>
    public static bool Differs(NewsItemAnalysed reading, NewsItem.Analysis previous) =>
        !reading.Statements.SequenceEqual(previous.Statements) || !reading.Meetings.SequenceEqual(previous.Meetings, MeetingComparer.Instance);

    sealed class MeetingComparer : IEqualityComparer<MeetingReported>
    {
        public static readonly MeetingComparer Instance = new();
        public bool Equals(MeetingReported? a, MeetingReported? b) =>
            a is not null && b is not null && a with { Participants = [], People = [] } == b with { Participants = [], People = [] }
            && a.Participants.SequenceEqual(b.Participants) && a.People.SequenceEqual(b.People);
        public int GetHashCode(MeetingReported m) => m.Key.GetHashCode();
    }
}
