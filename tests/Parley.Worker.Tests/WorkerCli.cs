using System.Diagnostics;

namespace Parley.Worker.Tests;

/// <summary>The worker's command line, run as a user runs it: a separate process on the test's database.</summary>
public static class WorkerCli
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static Task<Result> RunAsync(string connectionString, params string[] args) => RunAsync(connectionString, args, []);

    public static async Task<Result> RunAsync(string connectionString, string[] args, Dictionary<string, string> environment)
    {
        using var process = Start(connectionString, args, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new(process.ExitCode, await output, await errors);
    }

    /// <summary>Starts the command and leaves it running (for <c>--follow</c>); the caller reads its output and ends it.</summary>
    public static Process Start(string connectionString, params string[] args) => Start(connectionString, args, []);

    static Process Start(string connectionString, string[] args, Dictionary<string, string> environment)
    {
        var directory = WorkerDirectory();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        var worker = Path.Combine(directory, "Parley.Worker.dll");
        start.ArgumentList.Add(worker);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["ConnectionStrings__Marten"] = connectionString;
        start.Environment["Parley__IngestSampleOnEmptyStore"] = "false";
        start.Environment["Parley__QueuePollingInterval"] = "00:00:00.050";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return Process.Start(start)!;
    }

    /// <summary>Ctrl+C, as a user at a terminal stops a command.</summary>
    public static void Interrupt(Process process) => Process.Start("kill", ["-INT", process.Id.ToString()])!.WaitForExit();

    /// <summary>
    /// The worker's own build output: run from the tests' folder, JasperFx's command discovery would scan (and trip
    /// over) the test framework's assemblies.
    /// </summary>
    static string WorkerDirectory()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));   // tests/Parley.Worker.Tests/bin/<config>/<tfm>
        var (configuration, framework) = (testBin.Parent!.Name, testBin.Name);
        for (var dir = testBin; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Parley.Worker", "bin", configuration, framework);
            if (File.Exists(Path.Combine(candidate, "Parley.Worker.dll"))) return candidate;
        }
        throw new InvalidOperationException($"The worker's build output was not found above {testBin.FullName}.");
    }
}
