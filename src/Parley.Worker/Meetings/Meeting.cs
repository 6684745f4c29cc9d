using JasperFx.Events.Grouping;
using Marten.Events.Projections;
using Parley.Worker.News;

namespace Parley.Worker.Meetings;

/// <summary>A round of talks, merged from every item that reported it.</summary>
public sealed class Meeting
{
    public string Id { get; set; } = "";
    public string? Place { get; set; }
    public DateOnly? Date { get; set; }
    public string? Status { get; set; }
    public List<string> Participants { get; set; } = [];
    public List<string> People { get; set; } = [];
    public List<Report> Reports { get; set; } = [];

    public sealed record Report(
        Guid NewsItemId, string ItemId, DateTimeOffset StatedAt, string Status, string? Place, DateOnly? Date,
        IReadOnlyList<string> Participants, IReadOnlyList<string> People, string Evidence, int Sentence);

    public void Restate(string key, NewsItemAnalysed reading)
    {
        Id = key;
        Reports.RemoveAll(r => r.NewsItemId == reading.NewsItemId);
        Reports.AddRange(reading.Meetings.Where(m => m.Key == Id).Select(m => new Report(
            reading.NewsItemId, reading.ItemId, reading.StatedAt, m.Status, m.Place, m.Date, m.Participants, m.People, m.Evidence, m.Sentence)));
        Reports.Sort((a, b) => a.StatedAt != b.StatedAt ? a.StatedAt.CompareTo(b.StatedAt)
            : a.ItemId != b.ItemId ? string.CompareOrdinal(a.ItemId, b.ItemId) : a.Sentence.CompareTo(b.Sentence));

        var latest = Reports.Count == 0 ? null : Reports[^1];
        Place = latest?.Place ?? Reports.Select(r => r.Place).LastOrDefault(p => p is not null);
        Date = latest?.Date ?? Reports.Select(r => r.Date).LastOrDefault(d => d is not null);
        // Once any report says the round took place, later previews of it do not un-hold it.
        Status = Reports.Any(r => r.Status == "held") ? "held" : latest?.Status;
        Participants = Reports.SelectMany(r => r.Participants).Distinct().Order(StringComparer.Ordinal).ToList();
        People = Reports.SelectMany(r => r.People).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}

/// <summary>One reading as seen by one meeting it reports or no longer reports.</summary>
public sealed record MeetingRestated(string Key, NewsItemAnalysed Reading);

public partial class MeetingProjection : MultiStreamProjection<Meeting, string>
{
    public MeetingProjection()
    {
        FanOut<NewsItemAnalysed, MeetingRestated>(e =>
            e.MeetingKeys.Concat(e.RetractedMeetingKeys).Distinct().Select(key => new MeetingRestated(key, e)),
            FanoutMode.BeforeGrouping);
        Identity<MeetingRestated>(r => r.Key);
    }

    public void Apply(MeetingRestated e, Meeting meeting) => meeting.Restate(e.Key, e.Reading);
}
