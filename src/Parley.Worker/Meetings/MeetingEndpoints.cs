using Marten;

using Parley.Worker.Replay;

namespace Parley.Worker.Meetings;

public static class MeetingEndpoints
{
    public static void MapMeetings(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/meetings", async (IQuerySession session, CancellationToken ct) =>
            {
                var meetings = await session.Query<Meeting>().ToListAsync(ct);
                // Undated rounds last; reports keep their evidence so a reader can judge each one.
                return meetings.Where(m => m.Reports.Count > 0)
                    .OrderBy(m => m.Date ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
            })
            .WhileRebuilding("Meeting")
            .WithTags("Meetings")
            .WithSummary("Rounds of talks reported in the news: place, first day, participants, status and the reports behind them.");
}
