using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Parley.Worker.DeadLetters;
using Parley.Worker.Ingestion;
using Parley.Worker.News;
using Wolverine;
using static Parley.Worker.Tests.Items;

namespace Parley.Worker.Tests;

/// <summary>Dead letters are seen and replayed through the admin endpoint and the command line.</summary>
public sealed class DeadLetterAdminTests(PostgresServer server)
{
    static readonly Dictionary<string, string?> QuickRetries = new()
    {
        ["Parley:IngestionRetryDelays:0"] = "00:00:00.050",
        ["Parley:IngestionRetryDelays:1"] = "00:00:00.050",
    };

    [Fact]
    public async Task an_item_that_keeps_failing_is_dead_lettered_after_its_retries_and_replay_brings_it_in()
    {
        await using var app = await ParleyApp.StartAsync(server, QuickRetries);
        await app.IngestAsync(Item("first", "2025-12-01", "Russia rejects any ceasefire, the Kremlin said."));

        // A real fault, not a mock: the claims table goes away under the running worker, and comes back later.
        await ExecuteAsync(app, "alter table parley.mt_doc_newsitemclaim rename to mt_doc_newsitemclaim_away");
        await app.Services.GetRequiredService<IMessageBus>().PublishAsync(
            new IngestNewsItem("second", null, null, "test", null, "Ukraine accepts talks in Geneva, Zelensky said."));

        using var admin = app.Writer();
        DeadLetterPage? page = null;
        await app.WaitUntilAsync(async () => (page = await admin.GetFromJsonAsync<DeadLetterPage>("/api/admin/dead-letters"))!.Total == 1);
        var letter = Assert.Single(page!.Items);
        Assert.Contains("mt_doc_newsitemclaim", letter.Reason);
        Assert.Contains("Ukraine accepts talks", letter.Body);

        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/dead-letters")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/admin/dead-letters/replay", new { })).StatusCode);

        await ExecuteAsync(app, "alter table parley.mt_doc_newsitemclaim_away rename to mt_doc_newsitemclaim");
        var replay = await admin.PostAsJsonAsync("/api/admin/dead-letters/replay", new { ids = new[] { letter.Id } });
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal(1, (await replay.Content.ReadFromJsonAsync<DeadLettersReplayed>())!.Replayed);

        await app.WaitUntilAsync(async () => await app.CountAsync<ItemListing>() == 2, TimeSpan.FromSeconds(90));
        Assert.Equal(2, await app.CountAsync<ItemListing>());
        await using var session = app.Store.QuerySession();
        Assert.NotNull(await session.LoadAsync<ItemListing>(NewsItemIdentity.StreamId("second")));
    }

    [Fact]
    public async Task the_command_line_lists_dead_letters_with_reasons_and_refuses_a_replay_without_a_target()
    {
        await using var app = await ParleyApp.StartAsync(server);
        await app.Services.GetRequiredService<IMessageBus>().PublishAsync(new IngestNewsItem("empty", null, null, "test", null, " "));
        using var admin = app.Writer();
        await app.WaitUntilAsync(async () => (await admin.GetFromJsonAsync<DeadLetterPage>("/api/admin/dead-letters"))!.Total == 1);

        var list = await WorkerCli.RunAsync(app.ConnectionString, "dead-letters", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("text: must not be empty", list.Output);
        Assert.Contains("1 dead letter(s)", list.Output);

        var vague = await WorkerCli.RunAsync(app.ConnectionString, "dead-letters", "replay");
        Assert.NotEqual(0, vague.ExitCode);
        Assert.Contains("--id ID", vague.Errors);

        var all = await WorkerCli.RunAsync(app.ConnectionString, "dead-letters", "replay", "--all");
        Assert.Equal(0, all.ExitCode);
        Assert.Contains("Marked 1 dead letter(s) for replay", all.Output);
    }

    static async Task ExecuteAsync(ParleyApp app, string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
