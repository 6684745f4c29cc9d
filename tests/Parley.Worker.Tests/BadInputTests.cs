using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Parley.Worker.Infrastructure;
using Parley.Worker.News;

namespace Parley.Worker.Tests;

/// <summary>Bad input gets a clear 4xx with a problem body, and nothing of the request is stored.</summary>
public sealed class BadInputTests(PostgresServer server)
{
    const string Good = """{"id":"g1","url":"https://example.org/g1","title":null,"source":"test","published":"2025-12-01","text":"Russia rejects any ceasefire, the Kremlin said."}""";

    public static TheoryData<string, string, HttpStatusCode, string> Cases => new()
    {
        { "missing text", """{"id":"x1","published":"2025-12-01"}""", HttpStatusCode.BadRequest, "text" },
        { "empty text", """{"id":"x1","text":"   "}""", HttpStatusCode.BadRequest, "text" },
        { "empty body", "", HttpStatusCode.BadRequest, "$" },
        { "text is a number", """{"id":"x1","text":42}""", HttpStatusCode.BadRequest, "text" },
        { "published is not a date", """{"id":"x1","text":"Talks.","published":"last Tuesday"}""", HttpStatusCode.BadRequest, "published" },
        { "id is an object", """{"id":{"a":1},"text":"Talks."}""", HttpStatusCode.BadRequest, "id" },
        { "not JSON", """{"id":"x1","text":""", HttpStatusCode.BadRequest, "$" },
        { "a bare string", "\"hello\"", HttpStatusCode.BadRequest, "$" },
        { "one bad item among good ones", $"[{Good},{{\"id\":\"x2\"}}]", HttpStatusCode.BadRequest, "[1].text" },
        { "a 2 MiB body", $"{{\"id\":\"big\",\"text\":\"{new string('a', 2 * 1024 * 1024)}\"}}", HttpStatusCode.RequestEntityTooLarge, "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task is_refused_with_a_problem_and_stores_nothing(string name, string body, HttpStatusCode status, string field)
    {
        await using var app = await ParleyApp.StartAsync(server, test: "bad_" + name.Replace(' ', '_'));
        using var client = app.Writer();
        var response = await client.PostAsync("/api/news", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, (int)problem["status"]!);
        if (field.Length > 0) Assert.NotNull(problem["errors"]![field]);

        await app.SettleAsync();
        Assert.Equal(0, await app.EventCountAsync());
        Assert.Equal(0, await app.CountAsync<ItemListing>());
    }

    [Fact]
    public async Task writing_without_a_valid_key_is_401_and_stores_nothing()
    {
        await using var app = await ParleyApp.StartAsync(server);
        using var anonymous = app.CreateClient();
        var response = await anonymous.PostAsync("/api/news", new StringContent(Good, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        anonymous.DefaultRequestHeaders.Add(ApiKeys.Header, "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/news", new StringContent(Good, Encoding.UTF8, "application/json"))).StatusCode);
        await app.SettleAsync();
        Assert.Equal(0, await app.EventCountAsync());
    }

    [Fact]
    public async Task reads_need_a_key_only_when_configured()
    {
        await using var open = await ParleyApp.StartAsync(server);
        Assert.Equal(HttpStatusCode.OK, (await open.CreateClient().GetAsync("/api/issues")).StatusCode);

        await using var closed = await ParleyApp.StartAsync(server, new Dictionary<string, string?> { ["Parley:RequireKeyForReads"] = "true" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await closed.CreateClient().GetAsync("/api/issues")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await closed.Writer().GetAsync("/api/issues")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await closed.CreateClient().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task a_good_request_is_202_with_the_stream_ids()
    {
        await using var app = await ParleyApp.StartAsync(server);
        using var client = app.Writer();
        var response = await client.PostAsync("/api/news", new StringContent($"[{Good}]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["items"]!.AsArray();
        Assert.Equal(NewsItemIdentity.StreamId("g1"), Guid.Parse((string)accepted.Single()!["streamId"]!));
        await app.SettleAsync();
        Assert.Equal(1, await app.CountAsync<ItemListing>());
    }
}
