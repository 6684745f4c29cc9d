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

    [Fact]
    public async Task evaluate_scores_only_what_clears_the_confidence_threshold_and_refuses_one_outside_0_to_1()
    {
        var items = Path.Combine(_folder, "items.jsonl");
        var gold = Path.Combine(_folder, "gold.jsonl");
        await File.WriteAllLinesAsync(items, ["""{"id": "v1", "published": "2026-01-10", "text": "Russia rejects any ceasefire, Kremlin spokesman Dmitry Peskov said."}"""]);
        await File.WriteAllLinesAsync(gold, ["""{"item": "v1", "kind": "position", "party": "russia", "issue": "ceasefire", "stance": "opposes", "act": "rejection", "speaker": "Dmitry Peskov", "evidence": "Russia rejects any ceasefire, Kremlin spokesman Dmitry Peskov said.", "confidence": 1.0}"""]);
        var database = await server.CreateDatabaseAsync(nameof(evaluate_scores_only_what_clears_the_confidence_threshold_and_refuses_one_outside_0_to_1));

        var all = await WorkerCli.RunAsync(database, "evaluate", "--input", items, "--gold", gold);
        var none = await WorkerCli.RunAsync(database, "evaluate", "--input", items, "--gold", gold, "--min-confidence", "0.999");
        var bad = await WorkerCli.RunAsync(database, "evaluate", "--input", items, "--gold", gold, "--min-confidence", "2");

        Assert.Contains("(tp 1, fp 0, fn 0)", all.Output);
        // The report is all that standard output holds: JasperFx's discovery lines go to standard error.
        Assert.StartsWith("extractor parley-rules/", all.Output.TrimStart());
        Assert.DoesNotContain("for commands", all.Output);
        Assert.Contains("confidence >= 1.00", none.Output);
        Assert.Contains("(tp 0, fp 0, fn 1)", none.Output);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("--min-confidence must be between 0 and 1", bad.Errors);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
