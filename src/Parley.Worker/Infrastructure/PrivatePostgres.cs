using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Parley.Worker.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of our own, started from the installed server binaries, so that a fresh clone runs
/// with nothing configured. The data directory survives restarts; the server stops when this is disposed.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    const string PortFile = "parley.port";
    readonly string _binaries;
    readonly bool _asPostgresUser;
    readonly Action<string> _log;
    bool _startedHere;

    PrivatePostgres(string dataDirectory, string binaries, bool asPostgresUser, Action<string> log)
    {
        DataDirectory = dataDirectory;
        _binaries = binaries;
        _asPostgresUser = asPostgresUser;
        _log = log;
    }

    public string DataDirectory { get; }
    public int Port { get; private set; }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database,
        Pooling = true, MaxPoolSize = 50,
    }.ConnectionString;

    /// <summary>Starts (or reuses) the cluster and makes sure <paramref name="database"/> exists.</summary>
    /// <exception cref="DatabaseUnavailableException">when no server binaries are installed or the server fails.</exception>
    public static async Task<PrivatePostgres> StartAsync(string dataDirectory, string database, Action<string> log, CancellationToken ct = default)
    {
        var binaries = FindServerBinaries() ?? throw new DatabaseUnavailableException(
            "No database is configured and no PostgreSQL server is installed: set ConnectionStrings__Marten to a " +
            "PostgreSQL connection string, or install the server (Debian: apt-get install postgresql) so Parley can start a private one.");
        var asPostgresUser = Environment.UserName == "root";
        dataDirectory = ReachableDataDirectory(Path.GetFullPath(dataDirectory), asPostgresUser, log);
        var cluster = new PrivatePostgres(dataDirectory, binaries, asPostgresUser, log);
        await cluster.StartServerAsync(ct);
        await cluster.EnsureDatabaseAsync(database, ct);
        return cluster;
    }

    static string? FindServerBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
        if (onPath is not null) return onPath;
        // Debian keeps the server binaries off PATH, one folder per major version.
        var debian = "/usr/lib/postgresql";
        return Directory.Exists(debian)
            ? Directory.GetDirectories(debian)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    /// <summary>
    /// As root the server must run as 'postgres', which may not be able to reach a checkout under a private
    /// home folder; then the cluster lives under /var/tmp instead, and we say so.
    /// </summary>
    static string ReachableDataDirectory(string wanted, bool asPostgresUser, Action<string> log)
    {
        Directory.CreateDirectory(wanted);
        if (!asPostgresUser) return wanted;
        Run("chown", ["-R", "postgres:postgres", wanted]);
        Run("chmod", ["700", wanted]);
        if (Run("runuser", ["-u", "postgres", "--", "test", "-w", wanted]).ExitCode == 0) return wanted;
        var fallback = Path.Combine("/var/tmp/parley", Convert.ToHexString(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(wanted)))[..12].ToLowerInvariant());
        log($"The 'postgres' user cannot reach {wanted}; keeping the private cluster in {fallback} instead.");
        Directory.CreateDirectory(fallback);
        Run("chown", ["-R", "postgres:postgres", "/var/tmp/parley"]);
        Run("chmod", ["700", fallback]);
        return fallback;
    }

    async Task StartServerAsync(CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            _log($"Creating a private PostgreSQL cluster in {DataDirectory}");
            RunServerTool("initdb", ["-D", DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"]);
        }
        var portFile = Path.Combine(DataDirectory, PortFile);
        Port = File.Exists(portFile) && int.TryParse(File.ReadAllText(portFile), out var p) ? p : FreePort();
        File.WriteAllText(portFile, Port.ToString());
        if (_asPostgresUser) Run("chown", ["postgres:postgres", portFile]);

        if (RunServerTool("pg_ctl", ["status", "-D", DataDirectory], check: false).ExitCode == 0)
        {
            _log($"Reusing the private PostgreSQL already running on 127.0.0.1:{Port} ({DataDirectory})");
        }
        else
        {
            var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c fsync=on";
            RunServerTool("pg_ctl", ["start", "-w", "-t", "60", "-D", DataDirectory, "-l", Path.Combine(DataDirectory, "server.log"), "-o", options]);
            _startedHere = true;
            _log($"Started a private PostgreSQL on 127.0.0.1:{Port} (data in {DataDirectory}); it stops when Parley stops.");
        }
        await Task.CompletedTask.WaitAsync(ct);
    }

    async Task EnsureDatabaseAsync(string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"")}\"", connection);
        await create.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync()
    {
        if (_startedHere)
        {
            NpgsqlConnection.ClearAllPools();
            RunServerTool("pg_ctl", ["stop", "-m", "fast", "-w", "-D", DataDirectory], check: false);
            _log("Stopped the private PostgreSQL.");
        }
        return ValueTask.CompletedTask;
    }

    static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    (int ExitCode, string Output) RunServerTool(string tool, string[] args, bool check = true)
    {
        var path = Path.Combine(_binaries, tool);
        var result = _asPostgresUser ? Run("runuser", ["-u", "postgres", "--", path, .. args]) : Run(path, args);
        if (check && result.ExitCode != 0)
            throw new DatabaseUnavailableException($"The private PostgreSQL could not start ({tool} exited {result.ExitCode}): {result.Output.Trim()}");
        return result;
    }

    static (int ExitCode, string Output) Run(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new DatabaseUnavailableException($"Could not run {file}.");
        // pg_ctl start leaves the server holding inherited pipes; read to end would wait for the server itself.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var output = (stdout.Wait(TimeSpan.FromSeconds(2)) ? stdout.Result : "") + (stderr.Wait(TimeSpan.FromSeconds(2)) ? stderr.Result : "");
        return (process.ExitCode, output);
    }
}

/// <summary>No database could be configured or started; the message is the one sentence the user needs.</summary>
public sealed class DatabaseUnavailableException(string message) : Exception(message);
