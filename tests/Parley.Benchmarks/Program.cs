using Parley.Benchmarks;
using Parley.Extraction;

// One command, every figure with its anchor measured in the same run: see docs/benchmarks.md.
var quick = args.Contains("--quick");
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',') ?? ["extraction", "e2e", "memory", "stores"];
var mode = quick ? "quick" : "full";
for (var i = 0; i < args.Length - 1; i++)
    if (args[i] == "--worker-setting" && args[i + 1].Split('=', 2) is [var key, var value]) WorkerProcess.Overrides[key] = value;
var command = "dotnet run -c Release --project tests/Parley.Benchmarks -- " + string.Join(' ', args);
var results = new ResultsTable(mode, command.TrimEnd());
results.NoteLoad("start");

if (only.Contains("extraction"))
{
    ExtractionBenchmark.Run(results, quick);
    results.NoteLoad("after extraction");
}

var extractor = new Extractor(DomainPack.LoadDefault());
await using (var databases = await BenchDatabase.StartAsync())
{
    if (only.Contains("e2e"))
    {
        await Ingestion.EndToEndAsync(databases, results, extractor, itemCount: 10_000, runs: 3);
        results.NoteLoad("after end-to-end");
    }
    if (only.Contains("memory"))
    {
        await Ingestion.MemoryAsync(databases, results, quick ? 20_000 : 100_000, runs: 3);
        results.NoteLoad("after memory");
    }
    if (only.Contains("rebuilds"))
    {
        await StoreSizes.RebuildsAsync(databases, results, extractor, quick ? [100_000] : [1_000_000], runs: quick ? 3 : 2);
        results.NoteLoad("after rebuilds");
    }
    if (only.Contains("stores"))
    {
        var settings = quick
            ? new StoreSizes.Settings([10_000, 100_000], GrowthItems: 2_000, GrowthRuns: 3, RebuildRuns: 3, AsOfRequests: 200,
                QueryDuration: TimeSpan.FromSeconds(4), VisibilityDuration: TimeSpan.FromSeconds(15), QueryLatencyAtSize: 100_000)
            : new StoreSizes.Settings([10_000, 100_000, 1_000_000], GrowthItems: 5_000, GrowthRuns: 3, RebuildRuns: 2, AsOfRequests: 500,
                QueryDuration: TimeSpan.FromSeconds(10), VisibilityDuration: TimeSpan.FromSeconds(30), QueryLatencyAtSize: 100_000);
        await StoreSizes.RunAsync(databases, results, extractor, settings);
        results.NoteLoad("after stores");
    }
}

var markdown = results.ToMarkdown();
var file = Path.Combine(BenchDatabase.Root, $"results-{DateTime.Now:yyyyMMdd-HHmmss}-{mode}.md");
File.WriteAllText(file, markdown);
Console.WriteLine();
Console.WriteLine(markdown);
Console.WriteLine($"Written to {file}");
