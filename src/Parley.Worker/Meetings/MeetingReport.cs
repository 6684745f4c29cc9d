using Marten;
using Marten.Events.Projections;
using Marten.Schema;
using Parley.Worker.News;

namespace Parley.Worker.Meetings;

/// <summary>
/// One item's report of one round of talks, in one reading of that item. Meetings are merged from these rows when
/// asked for, so a new report is one insert, however many reports its round already has, and a later reading
/// withdraws its own reports without touching anyone else's. The clocks are the statements' own: published
/// (<see cref="StatedAt"/>), recorded, and retracted when a later reading replaced this one.
/// </summary>
public sealed class MeetingReport
{
    public string Id { get; set; } = "";
    /// <summary>The round this report is about (<see cref="MeetingKey"/>): reports with the same key are one meeting.</summary>
    public string Key { get; set; } = "";
    public Guid NewsItemId { get; set; }
    public string ItemId { get; set; } = "";
    public int Analysis { get; set; }
    public string Status { get; set; } = "";
    public string? Place { get; set; }
    public DateOnly? Date { get; set; }
    public IReadOnlyList<string> Participants { get; set; } = [];
    public IReadOnlyList<string> People { get; set; } = [];
    public string Evidence { get; set; } = "";
    public int Sentence { get; set; }
    public DateTimeOffset StatedAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? RetractedAt { get; set; }

    /// <summary>Columns for the meeting queries, without indexes: reports are few, and every index would slow ingestion.</summary>
    public static void ConfigureMarten(DocumentMapping mapping)
    {
        foreach (var member in new[] { nameof(Key), nameof(ItemId), nameof(Sentence), nameof(Date), nameof(StatedAt), nameof(RecordedAt), nameof(RetractedAt) })
            mapping.DuplicateField(member);
    }

    public static MeetingReport From(NewsItemAnalysed reading, int analysis, int index, MeetingReported m, DateTimeOffset recordedAt,
        DateTimeOffset? retractedAt) => new()
    {
        Id = $"{reading.NewsItemId:N}/{analysis}/{index}",
        Key = m.Key, NewsItemId = reading.NewsItemId, ItemId = reading.ItemId, Analysis = analysis,
        Status = m.Status, Place = m.Place, Date = m.Date, Participants = m.Participants, People = m.People,
        Evidence = m.Evidence, Sentence = m.Sentence, StatedAt = reading.StatedAt, RecordedAt = recordedAt, RetractedAt = retractedAt,
    };
}

/// <summary>A row per meeting report of each reading; the replaced reading's rows are retracted (<see cref="ReadingRows"/>).</summary>
public partial class MeetingReportProjection : EventProjection
{
    public MeetingReportProjection()
    {
        Name = nameof(MeetingReport);
        Options.DeleteViewTypeOnTeardown<MeetingReport>();
        Options.BatchSize = 2000;
    }

    public void Project(NewsItemAnalysed e, IDocumentOperations ops) =>
        ReadingRows.Project(e, ops, r => r.Meetings, old => old.Meetings, (number, i, m, recorded, retracted) => MeetingReport.From(e, number, i, m, recorded, retracted));
}
