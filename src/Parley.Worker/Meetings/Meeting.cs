using Marten;
using Npgsql;
using NpgsqlTypes;
using Parley.Worker.Positions;

namespace Parley.Worker.Meetings;

/// <summary>A round of talks, merged from every report of it visible at the moment asked about.</summary>
public sealed record Meeting(
    string Id, string? Place, DateOnly? Date, string? Status, IReadOnlyList<string> Participants, IReadOnlyList<string> People,
    IReadOnlyList<MeetingReport> Reports)
{
    /// <summary>The latest report names the round; reports are in publication order (then item and sentence).</summary>
    public static Meeting From(string key, IReadOnlyList<MeetingReport> reports)
    {
        var latest = reports[^1];
        return new Meeting(
            key,
            latest.Place ?? reports.Select(r => r.Place).LastOrDefault(p => p is not null),
            latest.Date ?? reports.Select(r => r.Date).LastOrDefault(d => d is not null),
            // Once any report says the round took place, later previews of it do not un-hold it.
            reports.Any(r => r.Status == "held") ? "held" : latest.Status,
            reports.SelectMany(r => r.Participants).Distinct().Order(StringComparer.Ordinal).ToList(),
            reports.SelectMany(r => r.People).Distinct().Order(StringComparer.Ordinal).ToList(),
            reports);
    }

    /// <summary>Every round with a report visible at that moment (and dated from <paramref name="from"/> on, when given).</summary>
    public static async Task<IReadOnlyList<Meeting>> ReadAsync(IDocumentStore store, Moment moment, DateOnly? from, CancellationToken ct)
    {
        var reports = await PositionQueries.ReadAsync<MeetingReport>(store, $"""
            select r.data from parley.mt_doc_meetingreport r
            where {Moment.Visible("r")} and (@from::date is null or r.date >= @from::date)
            order by r.key collate "C", r.stated_at, r.item_id collate "C", r.sentence
            """, command =>
            {
                moment.AddTo(command);
                command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = (object?)from ?? DBNull.Value });
            }, ct);
        // Undated rounds last, so that a reader sees the calendar first.
        return reports.GroupBy(r => r.Key).Select(g => From(g.Key, g.ToList()))
            .OrderBy(m => m.Date ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
    }
}
