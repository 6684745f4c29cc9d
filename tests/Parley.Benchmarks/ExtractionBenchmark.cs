using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Parley.Extraction;

namespace Parley.Benchmarks;

/// <summary>The extractor alone: one thread, generated items, no database. One operation is one item.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmark
{
    public const int ItemsPerInvoke = 500;
    Extractor _extractor = null!;
    ItemText[] _items = [];

    [GlobalSetup]
    public void Setup()
    {
        _extractor = new Extractor(DomainPack.LoadDefault());
        var news = new GeneratedNews(seed: 7, prefix: "x");
        _items = news.Take(ItemsPerInvoke).Select(i => new ItemText(i.Id, i.Text, DateOnly.FromDateTime(i.PublishedAt.UtcDateTime), i.Title)).ToArray();
    }

    [Benchmark(OperationsPerInvoke = ItemsPerInvoke)]
    public int Extract()
    {
        var found = 0;
        foreach (var item in _items) found += _extractor.Extract(item).Positions.Count;
        return found;
    }

    /// <summary>
    /// In-process, so that the harness stays one command and needs no second build; BenchmarkDotNet still does
    /// its own warm-up, pilot and iterations, and counts allocations per operation.
    /// </summary>
    public static void Run(ResultsTable results, bool quick)
    {
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(quick ? 2 : 4).WithIterationCount(quick ? 5 : 12).WithLaunchCount(1);
        var config = ManualConfig.CreateEmpty().AddJob(job).AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(ConsoleLogger.Default).AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
            .WithArtifactsPath(Path.Combine(BenchDatabase.Root, "benchmarkdotnet"));
        var summary = BenchmarkRunner.Run<ExtractionBenchmark>(config);
        var report = summary.Reports.Single();
        if (report.ResultStatistics is not { } stats)
        {
            results.Add(new Finding("extraction: items/s, one core", "failed", "none (pure CPU)", "-", ">= 2,000 items/s", false, "BenchmarkDotNet produced no result"));
            return;
        }
        // Statistics are nanoseconds per operation (= per item); the iterations are the runs.
        var perSecond = new Runs(stats.OriginalValues.Select(ns => 1e9 / ns));
        var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
        results.Add(new Finding("extraction: items/s, one core", perSecond.Show(), "none (pure CPU)", "-", ">= 2,000 items/s", perSecond.Median >= 2000,
            $"{ItemsPerInvoke} generated items per invocation; {stats.N} iterations"));
        results.Add(new Finding("extraction: bytes allocated per item", $"{bytes:N0} B", "-", "-", "-", null));
    }
}
