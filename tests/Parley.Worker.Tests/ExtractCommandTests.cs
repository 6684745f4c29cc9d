namespace Parley.Worker.Tests;

/// <summary>The offline commands name the bad line and stop with a non-zero exit, without a stack trace.</summary>
public sealed class ExtractCommandTests(PostgresServer server) : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("parley-extract-").FullName;

    [Fact]
    public async Task a_bad_line_is_named_and_the_items_before_it_are_written()
    {
        var items = Path.Combine(_folder, "items.jsonl");
        var found = Path.Combine(_folder, "found.jsonl");
        await File.WriteAllLinesAsync(items, [
            """{"id": "e1", "published": "2026-01-10", "text": "Russia rejects any ceasefire, Kremlin spokesman Dmitry Peskov said."}""",
            """{"id": "e2", "published": "last Tuesday", "text": "Ukraine backs the plan."}""",
        ]);

        var run = await WorkerCli.RunAsync(await server.CreateDatabaseAsync(nameof(ExtractCommandTests)), "extract", "--input", items, "--output", found);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("line 2: published 'last Tuesday' is not an ISO date or date-time", run.Errors);
        Assert.DoesNotContain("   at ", run.Errors);
        Assert.Contains(File.ReadLines(found), l => l.Contains("\"e1\"") && l.Contains("ceasefire"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
