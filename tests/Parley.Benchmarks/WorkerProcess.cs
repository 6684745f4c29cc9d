using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;
using Parley.Worker.Infrastructure;

namespace Parley.Benchmarks;

/// <summary>
/// The real worker as a user runs it: its own process (so its memory is its own), its default settings, Kestrel on
/// 127.0.0.1, talking to one of the harness's databases. Only an API key is configured, and logging is quietened.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    public const string ApiKey = "bench-key";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    readonly Process _process;
    readonly NpgsqlDataSource _database;

    WorkerProcess(Process process, int port, string connectionString)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _database = NpgsqlDataSource.Create(connectionString);
        Writer = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        Writer.DefaultRequestHeaders.Add(ApiKeys.Header, ApiKey);
    }

    /// <summary>Settings given with --worker-setting KEY=VALUE, for before/after runs of a worker lever.</summary>
    public static Dictionary<string, string> Overrides { get; } = [];

    public Uri BaseAddress { get; }
    public HttpClient Writer { get; }
    public int Id => _process.Id;

    public static async Task<WorkerProcess> StartAsync(string connectionString, string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
        var folder = Path.Combine(Repository.Root, "src", "Parley.Worker", "bin", configuration, "net10.0");
        var host = Path.Combine(folder, "Parley.Worker");
        if (!File.Exists(host)) throw new InvalidOperationException($"The worker is not built: {host} is missing (build the harness, which builds the worker).");
        var port = FreePort();
        var start = new ProcessStartInfo(host) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["ConnectionStrings__Marten"] = connectionString;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Parley__ApiKeys"] = ApiKey;
        start.Environment["Parley__IngestSampleOnEmptyStore"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        foreach (var (key, value) in Overrides) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The worker did not start.");
        var log = Path.Combine(BenchDatabase.Root, "logs", $"{name}.log");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var worker = new WorkerProcess(process, port, connectionString);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        using var probe = new HttpClient { BaseAddress = worker.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The worker exited with {process.ExitCode} while starting; see {log}.");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The worker did not become ready; see {log}.");
            try
            {
                if ((await probe.GetAsync("/health/ready")).IsSuccessStatusCode) break;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        // The first item pays for handler code generation and for the daemon's and listeners' start-up (leader
        // election by default); a user's steady state does not, so no timed run includes it.
        // Its text is made unique: a generator's text may recur in another generator's stream, and the worker would
        // then rightly drop the timed run's copy as already ingested, which the run would wait for in vain.
        var generated = new GeneratedNews(seed: process.Id, prefix: $"warm{process.Id}-").Next();
        var warmUp = generated with { Text = generated.Text + $"\nWarm-up item {Guid.NewGuid():N}." };
        var head = await worker.HeadAsync();
        await worker.PostAsync([warmUp]);
        await worker.WaitUntilSettledAsync(head, 1, TimeSpan.FromMinutes(3));
        return worker;
    }

    /// <summary>Posts as a well-behaved sender does: when the worker answers 503 (its backlog is full), waits Retry-After and tries again.</summary>
    public async Task PostAsync(IReadOnlyList<NewsItemInput> items)
    {
        while (true)
        {
            using var response = await Writer.PostAsJsonAsync("/api/news", items, Json);
            if (response.StatusCode == HttpStatusCode.Accepted) return;
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                Interlocked.Increment(ref _deferred);
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }
            throw new InvalidOperationException($"POST /api/news answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    int _deferred;

    /// <summary>POSTs the worker answered 503 (backlog full) since it started.</summary>
    public int DeferredPosts => _deferred;

    /// <summary>Whether the worker started a stream for the item: false when it dropped it as a repeat (same text as an earlier item).</summary>
    public async Task<bool> IngestedAsync(string itemId)
    {
        await using var command = _database.CreateCommand("select count(*) from parley.mt_streams where id = $1");
        command.Parameters.AddWithValue(Parley.Worker.News.NewsItemIdentity.StreamId(itemId));
        return Convert.ToInt64(await command.ExecuteScalarAsync()) > 0;
    }

    /// <summary>The log's last sequence number: what a settled check counts new analyses from.</summary>
    public async Task<long> HeadAsync()
    {
        await using var command = _database.CreateCommand("select coalesce(max(seq_id), 0) from parley.mt_events");
        try { return Convert.ToInt64(await command.ExecuteScalarAsync()); }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable) { return 0; }
    }

    /// <summary>
    /// Until <paramref name="items"/> analyses beyond <paramref name="after"/> are in the log, nothing is queued or
    /// unhandled, and both async projections have reached the end of the log: "every projection is up to date".
    /// </summary>
    public async Task WaitUntilSettledAsync(long after, int items, TimeSpan timeout)
    {
        AllAnalysedAt = null;
        var deadline = DateTime.UtcNow + timeout;
        var report = DateTime.UtcNow.AddMinutes(1);
        while (!await SettledAsync(after, items))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Ingestion of {items} items did not settle within {timeout}: {_lastCheck}.");
            if (DateTime.UtcNow > report)
            {
                Console.WriteLine($"still waiting for {items} items after sequence {after}: {_lastCheck}");
                report = DateTime.UtcNow.AddMinutes(1);
            }
            if (_process.HasExited) throw new InvalidOperationException($"The worker exited with {_process.ExitCode}.");
            await Task.Delay(50);
        }
    }

    string _lastCheck = "not checked yet";

    /// <summary>When the last awaited analysis was first seen in the log (the views may still be catching up then).</summary>
    public DateTime? AllAnalysedAt { get; private set; }

    async Task<bool> SettledAsync(long after, int items)
    {
        try
        {
            // The full check counts rows; while the log cannot yet hold every item's two events, an index probe says so
            // without adding the harness's own scans to the database the worker is being measured on.
            await using var probe = _database.CreateCommand("select coalesce(max(seq_id), 0) from parley.mt_events");
            var last = Convert.ToInt64(await probe.ExecuteScalarAsync());
            if (last - after < 2L * items)
            {
                _lastCheck = $"log at {last}, not yet {2L * items} events beyond {after}";
                return false;
            }
            await using var command = _database.CreateCommand($"""
                select (select count(*) from parley.mt_events where seq_id > $1 and type = 'news_item_analysed'),
                       (select count(*) from parley_queues.wolverine_queue_{MessagingSetup.IngestionQueue})
                     + (select count(*) from parley_messages.wolverine_incoming_envelopes where status <> 'Handled')
                     + (select count(*) from parley_messages.wolverine_outgoing_envelopes),
                       (select coalesce(max(seq_id), 0) from parley.mt_events),
                       (select count(*) from parley.mt_event_progression where name in ('Statement:All', 'MeetingReport:All')),
                       (select coalesce(min(last_seq_id), 0) from parley.mt_event_progression where name in ('Statement:All', 'MeetingReport:All'))
                """);
            command.Parameters.AddWithValue(after);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            if (reader.GetInt64(0) >= items) AllAnalysedAt ??= DateTime.UtcNow;
            _lastCheck = $"{reader.GetInt64(0)} analysed, {reader.GetInt64(1)} queued or unhandled, log at {reader.GetInt64(2)}, {reader.GetInt64(3)} views, slowest at {reader.GetInt64(4)}";
            return reader.GetInt64(0) >= items && reader.GetInt64(1) == 0 && reader.GetInt64(3) == 2 && reader.GetInt64(4) >= reader.GetInt64(2);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable) { return false; }
    }

    /// <summary>The worker's peak resident memory since it started (VmHWM), in bytes.</summary>
    public long PeakResidentBytes => Status("VmHWM");
    public long ResidentBytes => Status("VmRSS");

    /// <summary>CPU time the worker process has used so far (user + system).</summary>
    public TimeSpan CpuTime => CpuOf(_process.Id);

    /// <summary>CPU time used so far by every PostgreSQL process on this machine (the private cluster's server and backends).</summary>
    public static TimeSpan PostgresCpuTime() => TimeSpan.FromTicks(Directory.EnumerateDirectories("/proc")
        .Select(d => Path.GetFileName(d))
        .Where(name => name.All(char.IsAsciiDigit))
        .Sum(pid => File.Exists($"/proc/{pid}/comm") && SafeRead($"/proc/{pid}/comm").Trim() == "postgres" ? CpuOf(int.Parse(pid)).Ticks : 0));

    static TimeSpan CpuOf(int pid)
    {
        // /proc/PID/stat: fields 14 and 15 (utime, stime) in clock ticks, counted after the ")" that closes the name.
        var stat = SafeRead($"/proc/{pid}/stat");
        var fields = stat.Length == 0 ? [] : stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length < 13 ? TimeSpan.Zero : TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0);
    }

    static string SafeRead(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }

    /// <summary>What the resident memory is made of right now: anonymous (heaps, stacks, native buffers) and file-backed (code).</summary>
    public string ResidentMakeUp => $"{Status("RssAnon") / 1048576.0:N0} MB anonymous, {Status("RssFile") / 1048576.0:N0} MB file-backed";

    long Status(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field + ":"));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Stops the worker the way a service manager would (SIGTERM), and kills it only if it does not go.</summary>
    public async ValueTask DisposeAsync()
    {
        Writer.Dispose();
        await _database.DisposeAsync();
        if (_process.HasExited) return;
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await term.WaitForExitAsync();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await _process.WaitForExitAsync(wait.Token); }
        catch (OperationCanceledException) { _process.Kill(); }
    }
}
