using Marten;
using Parley.Worker.Meetings;
using Parley.Worker.News;
using Parley.Worker.Positions;
using Parley.Worker.Replay;

namespace Parley.Worker.Timeline;

/// <summary>One dated thing that happened: an item was published, a round of talks met, a party changed its stance.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Kind, string Summary, string Reference);

public static class TimelineEndpoint
{
    public static void MapTimeline(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/timeline", async Task<IResult> (string? since, int? limit, IDocumentStore store, IQuerySession session, CancellationToken ct) =>
            {
                if (!MomentParameters.TryParseStart(since, out var from))
                    return MomentParameters.Invalid($"since: '{since}' is not an ISO date or date-time");
                var take = Math.Clamp(limit ?? 100, 1, 1000);

                var items = await session.Query<ItemListing>()
                    .Where(x => x.Published >= from)
                    .OrderByDescending(x => x.Published).Take(take)
                    .Select(x => new { x.ItemId, x.Title, x.Source, x.Published })
                    .ToListAsync(ct);
                var meetings = await Meeting.ReadAsync(store, Moment.Now, DateOnly.FromDateTime(from.UtcDateTime), ct);
                var shifts = await PositionQueries.ShiftsAsync(store, from, take, Moment.Now, ct);

                var entries = items.Select(i => new TimelineEntry(i.Published!.Value, "item", i.Title ?? $"{i.Source} item {i.ItemId}", $"/api/news/{i.ItemId}"))
                    .Concat(meetings.Where(m => m.Date is not null && m.Date.Value.ToDateTime(TimeOnly.MinValue) >= from.UtcDateTime)
                        .Select(m => new TimelineEntry(new DateTimeOffset(m.Date!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), "meeting",
                            $"{string.Join(", ", m.Participants)} {m.Status} talks{(m.Place is null ? "" : " in " + m.Place)}", "/api/meetings")))
                    .Concat(shifts.Select(s => new TimelineEntry(s.Statement.StatedAt, "shift",
                        $"{s.Statement.Party} on {s.Statement.Issue}: {s.Previous} -> {s.Statement.Stance}",
                        $"/api/parties/{s.Statement.Party}/positions/{s.Statement.Issue}/history")))
                    .OrderByDescending(e => e.At).ThenBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Summary, StringComparer.Ordinal)
                    .Take(take)
                    .ToList();
                return Results.Ok(entries);
            })
            .WhileRebuilding("Statement").WhileRebuilding(nameof(MeetingReport)).WhileRebuilding("ItemListing")
            .WithTags("Timeline")
            .WithSummary("What happened, newest first: items published, rounds of talks, changes of stance (since= a date, limit= up to 1000).");
}
