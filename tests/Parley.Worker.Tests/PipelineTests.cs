using System.Net;
using System.Net.Http.Json;
using Parley.Worker.Issues;
using Parley.Worker.Meetings;
using Parley.Worker.News;
using Parley.Worker.Positions;

namespace Parley.Worker.Tests;

/// <summary>The original article goes in through HTTP and the bus; every view is read back over HTTP.</summary>
public sealed class PipelineTests(PostgresServer server)
{
    [Fact]
    public async Task the_original_article_reaches_every_projection()
    {
        Corpus.SkipUnlessPresent();
        await using var app = await ParleyApp.StartAsync(server);
        var seed = Corpus.Item("seed");
        await app.IngestAsync(seed);
        using var client = app.CreateClient();

        var gold = Corpus.Gold("seed");
        var goldPositions = gold.Where(g => (string?)g["kind"] == "position").ToList();
        Assert.NotEmpty(goldPositions);
        foreach (var party in goldPositions.Select(g => (string)g["party"]!).Distinct())
        {
            var positions = await client.GetFromJsonAsync<PartyPositions>($"/api/parties/{party}/positions");
            foreach (var expected in goldPositions.Where(g => (string?)g["party"] == party))
            {
                var issue = (string)expected["issue"]!;
                var position = Assert.Single(positions!.Positions, p => p.Issue == issue);
                Assert.Equal(DateTimeOffset.Parse("2025-12-20T00:00:00Z"), position.Statement.Published);
                Assert.Equal("seed", position.Statement.ItemId);
                Assert.Equal((string?)seed["url"], position.Statement.Url);

                var history = await client.GetFromJsonAsync<PositionHistoryView>($"/api/parties/{party}/positions/{issue}/history");
                Assert.Contains(history!.Statements, s => s.Stance == (string)expected["stance"]! && s.Evidence == (string)expected["evidence"]!
                                                           && s.Speaker == (string?)expected["speaker"]);
            }
        }

        // Every stance that gold gives a (party, issue) in this one article is the one its board shows.
        var boards = await client.GetFromJsonAsync<List<IssueBoard>>("/api/issues");
        foreach (var expected in goldPositions)
        {
            var board = Assert.Single(boards!, b => b.Issue == (string)expected["issue"]!);
            Assert.Contains(board.Parties, p => p.Party == (string)expected["party"]! && p.Stance == (string)expected["stance"]!);
        }
        var territory = await client.GetFromJsonAsync<IssueBoard>("/api/issues/territory");
        Assert.Equal("clash", territory!.State); // Russia demands land, Ukraine refuses to cede it

        var meetings = await client.GetFromJsonAsync<List<Meeting>>("/api/meetings");
        foreach (var expected in gold.Where(g => (string?)g["kind"] == "meeting"))
        {
            var place = (string?)expected["place"];
            var meeting = Assert.Single(meetings!, m => m.Place == place && m.Reports.Any(r => r.Evidence == (string)expected["evidence"]!));
            Assert.Equal((string)expected["status"]!, meeting.Status);
            Assert.Equal(expected["date"] is null ? null : DateOnly.Parse((string)expected["date"]!), meeting.Date);
        }

        var item = await client.GetFromJsonAsync<NewsItem>("/api/news/seed");
        var analysis = Assert.Single(item!.Analyses);
        Assert.Equal(goldPositions.Count, analysis.Statements.Count);
        Assert.StartsWith("parley-rules/", analysis.ExtractorVersion);
        var byStreamId = await client.GetFromJsonAsync<NewsItem>($"/api/news/{item.Id}");
        Assert.Equal("seed", byStreamId!.ItemId);
    }

    [Fact]
    public async Task the_web_page_is_served_at_the_root()
    {
        await using var app = await ParleyApp.StartAsync(server);
        using var client = app.CreateClient();
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/issues", page);
        Assert.Contains("knownAt", page);
    }

    [Fact]
    public async Task reads_of_unknown_things_are_404_problems()
    {
        await using var app = await ParleyApp.StartAsync(server);
        using var client = app.CreateClient();
        foreach (var path in new[] { "/api/parties/atlantis/positions", "/api/parties/russia/positions/weather/history", "/api/issues/weather", "/api/news/nothing" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var parties = await client.GetFromJsonAsync<List<PartySummary>>("/api/parties");
        Assert.Contains(parties!, p => p.Id == "russia");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var projections = await client.GetAsync("/health/projections");
        Assert.Equal(HttpStatusCode.OK, projections.StatusCode);
        Assert.Equal("Healthy", await projections.Content.ReadAsStringAsync());
        Assert.Contains("/api/parties/{party}/positions", await client.GetStringAsync("/openapi/v1.json"));
    }
}
