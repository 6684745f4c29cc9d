using Parley.Extraction;

namespace Parley.Worker.News;

/// <summary>Turns one run of the extractor over an item into the analysis event, retracting what it no longer finds.</summary>
public static class NewsItemReading
{
    public static NewsItemAnalysed Read(Extractor extractor, NewsItemReceived item, NewsItem.Analysis? previous, DateTimeOffset now)
    {
        var statedAt = item.Published ?? item.ReceivedAt;
        var findings = extractor.Extract(new ItemText(item.ItemId, item.Text, DateOnly.FromDateTime(statedAt.UtcDateTime), item.Title));
        var statements = findings.Positions.Select(StatementFound.From).ToList();
        var meetings = findings.Meetings.Select(m => MeetingReported.From(item.ItemId, m)).ToList();

        var reading = new NewsItemAnalysed(item.NewsItemId, item.ItemId, item.Url, statedAt, findings.ExtractorVersion, now,
            statements, meetings, [], []);
        if (previous is null) return reading;

        var previousReading = reading with { Statements = previous.Statements, Meetings = previous.Meetings };
        return reading with
        {
            RetractedPositionKeys = previousReading.PositionKeys.Except(reading.PositionKeys).ToList(),
            RetractedMeetingKeys = previousReading.MeetingKeys.Except(reading.MeetingKeys).ToList(),
        };
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
