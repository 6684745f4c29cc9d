using System.Net;
using System.Net.Http.Json;
using Marten;
using Marten.Events;
using Parley.Worker.Meetings;
using Parley.Worker.News;

namespace Parley.Worker.Tests;

/// <summary>
/// A meeting is merged from the reports visible at the moment asked about: reports from several items make one round,
/// a later reading withdraws its item's report, and "as of" / "known at" answer as the log stood then.
/// </summary>
public sealed class MeetingTests(PostgresServer server)
{
    const string Geneva = "2025-12-05/geneva";

    [Fact]
    public async Task reports_merge_into_rounds_and_a_re_reading_withdraws_its_report_from_then_on()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var preview = Report(Geneva, "Geneva", "planned", ["us", "russia"], [], new DateOnly(2025, 12, 5));
        var held = Report(Geneva, "Geneva", "held", ["ukraine", "us"], ["Steve Witkoff"], new DateOnly(2025, 12, 5));
        var floated = Report("c1/2", "Riyadh", "expected", ["us", "russia"], [], null);
        await AppendAsync(app,
            Reading("a1", "2025-12-01", "2026-01-01T10:00:00Z", 1, [preview], null),
            Reading("c1", "2025-12-02", "2026-01-01T10:30:00Z", 1, [floated], null),
            Reading("b1", "2025-12-06", "2026-01-01T11:00:00Z", 1, [held], null),
            Reading("b1", "2025-12-06", "2026-02-01T09:00:00Z", 2, [], new SupersededAnalysis(1, At("2026-01-01T11:00:00Z"), [], [held])));
        using var client = app.CreateClient();

        var then = (await client.GetFromJsonAsync<List<Meeting>>("/api/meetings?knownAt=2026-01-15"))!;
        Assert.Equal([Geneva, "c1/2"], then.Select(m => m.Id)); // dated rounds first
        var round = then[0];
        Assert.Equal(("held", "Geneva", new DateOnly(2025, 12, 5)), (round.Status, round.Place, round.Date));
        Assert.Equal(["russia", "ukraine", "us"], round.Participants);
        Assert.Equal(["Steve Witkoff"], round.People);
        Assert.Equal(["a1", "b1"], round.Reports.Select(r => r.ItemId));

        var before = (await client.GetFromJsonAsync<List<Meeting>>("/api/meetings?asOf=2025-12-03&knownAt=2026-01-15"))!;
        Assert.Equal(("planned", 1), (before[0].Status, before[0].Reports.Count)); // the round had not met yet

        var now = (await client.GetFromJsonAsync<List<Meeting>>("/api/meetings"))!;
        var withdrawn = Assert.Single(now, m => m.Id == Geneva);
        Assert.Equal("planned", withdrawn.Status);
        Assert.Equal(["russia", "us"], withdrawn.Participants);
        Assert.Equal(["a1"], withdrawn.Reports.Select(r => r.ItemId));

        var none = (await client.GetFromJsonAsync<List<Meeting>>("/api/meetings?knownAt=2025-12-31"))!;
        Assert.Empty(none);
        var bad = await client.GetAsync("/api/meetings?asOf=last-week");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    static MeetingReported Report(string key, string place, string status, string[] participants, string[] people, DateOnly? date) =>
        new(key, place, participants, people, status, date, $"{place} {status}", 2);

    static (NewsItemReceived Item, NewsItemAnalysed Reading) Reading(string id, string published, string recorded, int number,
        IReadOnlyList<MeetingReported> meetings, SupersededAnalysis? supersedes)
    {
        var streamId = NewsItemIdentity.StreamId(id);
        var at = At(published + "T08:00:00Z");
        return (new NewsItemReceived(streamId, id, null, null, "test", at, "text", At(recorded)),
            new NewsItemAnalysed(streamId, id, null, at, "test", At(recorded), number, [], meetings, supersedes));
    }

    static async Task AppendAsync(ParleyApp app, params (NewsItemReceived Item, NewsItemAnalysed Reading)[] readings)
    {
        foreach (var (item, reading) in readings)
        {
            await using var session = app.Store.LightweightSession();
            if (reading.Number == 1) session.Events.StartStream<NewsItem>(item.NewsItemId, item, reading);
            else session.Events.Append(item.NewsItemId, reading);
            await session.SaveChangesAsync();
        }
        await app.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
    }

    static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
}
