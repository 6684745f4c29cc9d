using System.Net;
using System.Net.Http.Json;
using Marten;
using Marten.Events;
using Parley.Worker.Issues;
using Parley.Worker.News;
using Parley.Worker.Positions;

namespace Parley.Worker.Tests;

/// <summary>
/// Positions "as of" a publication date and "as known at" a recording date equal a from-scratch replay of the log
/// up to that point, on a generated history whose items arrive out of publication order and are sometimes re-read.
/// </summary>
public sealed class TimeTravelTests(PostgresServer server)
{
    static readonly string[] Parties = ["us", "russia", "ukraine"];
    static readonly string[] IssueIds = ["territory", "ceasefire", "talks"];
    static readonly string[] Stances = ["supports", "opposes", "conditional", "undecided"];

    [Fact]
    public async Task as_of_and_known_at_answers_equal_a_replay_of_the_log()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var readings = GenerateHistory(new Random(20251220));
        await AppendAsync(app, readings);
        using var client = app.CreateClient();

        DateTimeOffset? [] asOfs = [null, At("2025-11-15T00:00:00Z"), At("2025-12-31T23:59:59Z"), At("2025-10-20T12:00:00Z")];
        DateTimeOffset?[] knownAts = [null, At("2026-02-01T12:00:00Z"), At("2026-02-02T06:00:00Z"), At("2026-03-01T05:30:00Z")];
        var compared = 0;
        foreach (var asOf in asOfs)
        foreach (var knownAt in knownAts)
        {
            var query = Query(asOf, knownAt);
            var expected = Replay(readings, asOf ?? DateTimeOffset.MaxValue, knownAt ?? DateTimeOffset.MaxValue);
            foreach (var party in Parties)
            {
                var actual = await client.GetFromJsonAsync<PartyPositions>($"/api/parties/{party}/positions{query}");
                var want = expected.Where(e => e.Party == party).OrderBy(e => e.Issue, StringComparer.Ordinal).ToList();
                Assert.Equal(want.Select(e => $"{e.Issue} {e.Stance} {e.ItemId} {e.Since:O} {e.Supporting}"),
                    actual!.Positions.Select(p => $"{p.Issue} {p.Stance} {p.Statement.ItemId} {p.Since:O} {p.Supporting}"));
                compared += want.Count;
            }
            foreach (var issue in IssueIds)
            {
                var board = await client.GetFromJsonAsync<IssueBoard>($"/api/issues/{issue}{query}");
                Assert.Equal(expected.Where(e => e.Issue == issue).OrderBy(e => e.Party, StringComparer.Ordinal).Select(e => $"{e.Party} {e.Stance}"),
                    board!.Parties.Select(p => $"{p.Party} {p.Stance}"));
            }
        }
        Assert.True(compared > 100, $"only {compared} positions compared");

        var shifts = await client.GetFromJsonAsync<List<ShiftView>>("/api/shifts?limit=1000");
        Assert.Equal(ReplayShifts(readings).Order(StringComparer.Ordinal), shifts!.Select(s => $"{s.Party} {s.Issue} {s.From}->{s.To} {s.Statement.ItemId}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task an_item_recorded_late_is_absent_from_what_was_known_before_it_arrived()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var published = At("2025-11-10T00:00:00Z");
        var late = Reading("late", published, At("2026-01-05T10:00:00Z"), 1, [new("russia", "territory", "supports", "demand", null, "…", 1, 0)]);
        var early = Reading("early", At("2025-11-01T00:00:00Z"), At("2025-11-02T10:00:00Z"), 1, [new("russia", "territory", "opposes", "rejection", null, "…", 1, 0)]);
        await AppendAsync(app, [early, late]);
        using var client = app.CreateClient();

        async Task<string?> Stance(string query) =>
            (await client.GetFromJsonAsync<PartyPositions>($"/api/parties/russia/positions{query}"))!.Positions.SingleOrDefault(p => p.Issue == "territory")?.Stance;

        Assert.Equal("opposes", await Stance("?asOf=2025-12-01&knownAt=2025-12-01"));
        Assert.Equal("supports", await Stance("?asOf=2025-12-01&knownAt=2026-01-06"));
        Assert.Equal("supports", await Stance("?asOf=2025-12-01"));
        Assert.Null(await Stance("?asOf=2025-10-01"));
        Assert.Null(await Stance("?knownAt=2025-11-01"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/parties/russia/positions?asOf=yesterday")).StatusCode);
    }

    public sealed record GeneratedReading(NewsItemReceived Item, NewsItemAnalysed Reading);

    static List<GeneratedReading> GenerateHistory(Random random)
    {
        var readings = new List<GeneratedReading>();
        var arrival = At("2026-02-01T00:00:00Z");
        // Items arrive in shuffled publication order: arrival and publication disagree throughout.
        var items = Enumerable.Range(0, 60).Select(i => (Id: $"g{i:000}", Published: At("2025-10-01T00:00:00Z").AddHours(random.Next(0, 24 * 120))))
            .OrderBy(_ => random.Next()).ToList();
        foreach (var (id, published) in items)
        {
            arrival = arrival.AddMinutes(45);
            readings.Add(Reading(id, published, arrival, 1, RandomStatements(random)));
        }
        // A later, changed reading of some items (an improved extractor), recorded a month on.
        var reread = At("2026-03-01T00:00:00Z");
        foreach (var (id, published) in items.Where((_, i) => i % 4 == 0))
        {
            reread = reread.AddMinutes(30);
            var first = readings.First(r => r.Item.ItemId == id);
            readings.Add(first with
            {
                Reading = first.Reading with
                {
                    AnalysedAt = reread, Number = 2, Statements = RandomStatements(random),
                    Supersedes = new SupersededAnalysis(1, first.Reading.AnalysedAt, first.Reading.Statements, []),
                },
            });
        }
        return readings;
    }

    static List<StatementFound> RandomStatements(Random random) =>
        Enumerable.Range(0, random.Next(1, 4)).Select(sentence => new StatementFound(
            Parties[random.Next(Parties.Length)], IssueIds[random.Next(IssueIds.Length)], Stances[random.Next(Stances.Length)],
            "statement", null, $"sentence {sentence}", 0.9, sentence)).ToList();

    static GeneratedReading Reading(string id, DateTimeOffset published, DateTimeOffset recorded, int number, IReadOnlyList<StatementFound> statements)
    {
        var streamId = NewsItemIdentity.StreamId(id);
        return new(new NewsItemReceived(streamId, id, $"https://example.org/{id}", null, "generated", published, "generated", recorded),
            new NewsItemAnalysed(streamId, id, $"https://example.org/{id}", published, "test", recorded, number, statements, [], null));
    }

    /// <summary>Appends in arrival (recording) order, as the worker would have.</summary>
    static async Task AppendAsync(ParleyApp app, IEnumerable<GeneratedReading> readings)
    {
        foreach (var r in readings.OrderBy(r => r.Reading.AnalysedAt))
        {
            await using var session = app.Store.LightweightSession();
            if (r.Reading.Number == 1) session.Events.StartStream<NewsItem>(r.Item.NewsItemId, r.Item, r.Reading);
            else session.Events.Append(r.Item.NewsItemId, r.Reading);
            await session.SaveChangesAsync();
        }
        await app.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
    }

    sealed record Expected(string Party, string Issue, string Stance, string ItemId, DateTimeOffset Since, int Supporting);

    /// <summary>The reference: walk the log, keep each item's latest reading known at that time, order by publication.</summary>
    static List<Expected> Replay(List<GeneratedReading> log, DateTimeOffset asOf, DateTimeOffset knownAt)
    {
        var visible = VisibleStatements(log, knownAt).Where(s => s.StatedAt <= asOf);
        var expected = new List<Expected>();
        foreach (var pair in visible.GroupBy(s => (s.Statement.Party, s.Statement.Issue)))
        {
            var ordered = pair.OrderBy(s => s.StatedAt).ThenBy(s => s.ItemId, StringComparer.Ordinal)
                .ThenBy(s => s.Statement.Sentence).ThenBy(s => s.Statement.Stance, StringComparer.Ordinal).ToList();
            var current = ordered[^1];
            var start = ordered.Count - 1;
            while (start > 0 && ordered[start - 1].Statement.Stance == current.Statement.Stance) start--;
            expected.Add(new(pair.Key.Party, pair.Key.Issue, current.Statement.Stance, current.ItemId, ordered[start].StatedAt, ordered.Count - start));
        }
        return expected;
    }

    static IEnumerable<string> ReplayShifts(List<GeneratedReading> log) =>
        VisibleStatements(log, DateTimeOffset.MaxValue)
            .GroupBy(s => (s.Statement.Party, s.Statement.Issue))
            .SelectMany(pair =>
            {
                var ordered = pair.OrderBy(s => s.StatedAt).ThenBy(s => s.ItemId, StringComparer.Ordinal)
                    .ThenBy(s => s.Statement.Sentence).ThenBy(s => s.Statement.Stance, StringComparer.Ordinal).ToList();
                return ordered.Zip(ordered.Skip(1))
                    .Where(p => p.First.Statement.Stance != p.Second.Statement.Stance)
                    .Select(p => $"{pair.Key.Party} {pair.Key.Issue} {p.First.Statement.Stance}->{p.Second.Statement.Stance} {p.Second.ItemId}");
            });

    sealed record VisibleStatement(string ItemId, DateTimeOffset StatedAt, StatementFound Statement);

    static IEnumerable<VisibleStatement> VisibleStatements(List<GeneratedReading> log, DateTimeOffset knownAt) =>
        log.Where(r => r.Reading.AnalysedAt <= knownAt)
            .GroupBy(r => r.Item.ItemId)
            .Select(g => g.OrderBy(r => r.Reading.Number).Last())
            .SelectMany(r => r.Reading.Statements.Select(s => new VisibleStatement(r.Item.ItemId, r.Reading.StatedAt, s)));

    static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    static string Query(DateTimeOffset? asOf, DateTimeOffset? knownAt)
    {
        var parts = new List<string>();
        if (asOf is { } a) parts.Add($"asOf={Uri.EscapeDataString(a.ToString("O"))}");
        if (knownAt is { } k) parts.Add($"knownAt={Uri.EscapeDataString(k.ToString("O"))}");
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
