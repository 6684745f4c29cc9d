namespace Parley.Benchmarks;

/// <summary>One line of the results table: the figure, the anchor measured beside it in the same run, and the target.</summary>
public sealed record Finding(string Figure, string Value, string Anchor, string Ratio, string Target, bool? Met, string Note = "");

/// <summary>The run's results, printed as they arrive and written as a Markdown table at the end.</summary>
public sealed class ResultsTable(string mode, string command)
{
    readonly List<Finding> _findings = [];
    readonly List<string> _load = [];
    readonly DateTimeOffset _started = DateTimeOffset.Now;

    public void Add(Finding finding)
    {
        _findings.Add(finding);
        Console.WriteLine($"RESULT | {finding.Figure} | {finding.Value} | anchor {finding.Anchor} | {finding.Ratio} | target {finding.Target} | {Verdict(finding.Met)} {finding.Note}");
    }

    /// <summary>The machine is shared: its load is written next to the numbers it may have disturbed.</summary>
    public void NoteLoad(string when)
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
        _load.Add($"{when}: load average {load}");
        Console.WriteLine($"LOAD | {when}: {load}");
    }

    static string Verdict(bool? met) => met switch { true => "met", false => "MISSED", null => "-" };

    public string ToMarkdown()
    {
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]
            : "0";
        var lines = new List<string>
        {
            $"### {_started:yyyy-MM-dd HH:mm zzz}, {mode} mode",
            "",
            $"- command: `{command}`",
            $"- machine: {Environment.ProcessorCount} cores, {long.Parse(memory) / 1024 / 1024.0:N1} GiB memory, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}",
            $"- duration: {DateTimeOffset.Now - _started:hh\\:mm\\:ss}",
        };
        lines.AddRange(_load.Select(l => $"- {l}"));
        lines.Add("");
        lines.Add("| figure | median (spread) | anchor | ratio | target | verdict | note |");
        lines.Add("|---|---|---|---|---|---|---|");
        lines.AddRange(_findings.Select(f => $"| {f.Figure} | {f.Value} | {f.Anchor} | {f.Ratio} | {f.Target} | {Verdict(f.Met)} | {f.Note} |"));
        return string.Join('\n', lines) + "\n";
    }
}
