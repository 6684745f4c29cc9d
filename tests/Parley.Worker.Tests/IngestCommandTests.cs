using System.Text.Json;
using Parley.Worker.News;
using static Parley.Worker.Tests.Items;

namespace Parley.Worker.Tests;

/// <summary>`ingest FILE|DIR [--follow]`, run as a separate process as a user runs it.</summary>
public sealed class IngestCommandTests(PostgresServer server) : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("parley-ingest-").FullName;

    static string Line(string id, int n) => JsonSerializer.Serialize(Item(id, "2025-12-01", $"Report {n}: Russia rejects any ceasefire, the Kremlin said on day {n}."));

    [Fact]
    public async Task bad_lines_are_reported_with_their_numbers_the_rest_is_ingested_and_the_exit_code_says_so()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var file = Path.Combine(_folder, "items.jsonl");
        await File.WriteAllLinesAsync(file, [Line("f1", 1), "{ not json", Line("f2", 2), """{"id":"f-empty","text":""}""", Line("f3", 3)]);

        var run = await WorkerCli.RunAsync(app.ConnectionString, "ingest", file);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"{file}:2: rejected: not valid JSON", run.Errors);
        Assert.Contains($"{file}:4: rejected: text: must not be empty", run.Errors);
        Assert.Contains("Queued 3 items", run.Output);
        Assert.Equal(3, await app.CountAsync<ItemListing>());
    }

    [Fact]
    public async Task a_directory_gives_the_lines_of_its_jsonl_files_and_one_item_per_json_file()
    {
        await using var app = await ParleyApp.StartAsync(server);
        await File.WriteAllLinesAsync(Path.Combine(_folder, "a.jsonl"), [Line("d1", 1), Line("d2", 2)]);
        await File.WriteAllTextAsync(Path.Combine(_folder, "b.json"), Line("d3", 3));
        await File.WriteAllTextAsync(Path.Combine(_folder, "notes.txt"), "not an item");

        var run = await WorkerCli.RunAsync(app.ConnectionString, "ingest", _folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, await app.CountAsync<ItemListing>());
    }

    [Fact]
    public async Task with_follow_lines_appended_later_are_ingested_until_interrupted()
    {
        await using var app = await ParleyApp.StartAsync(server);
        var file = Path.Combine(_folder, "live.jsonl");
        await File.WriteAllLinesAsync(file, [Line("live-1", 1)]);

        using var process = WorkerCli.Start(app.ConnectionString, "ingest", file, "--follow");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await app.WaitUntilAsync(async () => await app.CountAsync<ItemListing>() == 1, TimeSpan.FromSeconds(90));
            Assert.Equal(1, await app.CountAsync<ItemListing>());
            await File.AppendAllLinesAsync(file, [Line("live-2", 2), Line("live-3", 3)]);
            await app.WaitUntilAsync(async () => await app.CountAsync<ItemListing>() == 3);
            Assert.Equal(3, await app.CountAsync<ItemListing>());
        }
        finally
        {
            WorkerCli.Interrupt(process);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
        }
        Assert.True(process.ExitCode == 0, await output + await errors);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
