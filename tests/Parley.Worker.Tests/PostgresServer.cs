using DotNet.Testcontainers.Builders;
using Npgsql;
using Parley.Worker.Infrastructure;
using Testcontainers.PostgreSql;

[assembly: AssemblyFixture(typeof(Parley.Worker.Tests.PostgresServer))]

namespace Parley.Worker.Tests;

/// <summary>
/// One real PostgreSQL for the whole run: POSTGRES_CONNECTION when set, else a Testcontainers container when a
/// Docker engine answers, else a private cluster from the installed server binaries, as the worker does.
/// Each test class gets a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    PostgreSqlContainer? _container;
    PrivatePostgres? _cluster;
    string _serverConnection = "";
    int _databases;

    public string Origin { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("POSTGRES_CONNECTION") is { Length: > 0 } configured)
        {
            _serverConnection = configured;
            Origin = "POSTGRES_CONNECTION";
            return;
        }
        var failures = new List<string>();
        try
        {
            _container = new PostgreSqlBuilder("postgres:16-alpine").Build();
            await _container.StartAsync();
            _serverConnection = _container.GetConnectionString();
            Origin = "Testcontainers";
            return;
        }
        catch (Exception e) when (e is DockerUnavailableException or InvalidOperationException or ArgumentException)
        {
            failures.Add($"Testcontainers: {e.Message.Split('\n')[0]}");
            _container = null;
        }
        try
        {
            // A cluster per test run: runs in parallel (several checkouts, CI beside a developer) must not stop each other's server.
            var dataDirectory = Path.Combine(Path.GetTempPath(), "parley-tests", $"postgres-{Environment.ProcessId}");
            _cluster = await PrivatePostgres.StartAsync(dataDirectory, "postgres", _ => { });
            _serverConnection = _cluster.ConnectionString("postgres");
            Origin = $"private cluster in {_cluster.DataDirectory}";
        }
        catch (DatabaseUnavailableException e)
        {
            failures.Add($"private cluster: {e.Message}");
            throw new InvalidOperationException(
                "The tests need a real PostgreSQL and none could be had. Set POSTGRES_CONNECTION to a server connection string " +
                "(a user that may create databases), start a Docker engine, or install the PostgreSQL server " +
                "(Debian: apt-get install postgresql). Tried: " + string.Join(" | ", failures));
        }
    }

    /// <summary>A fresh, empty database; its name says which test class owns it.</summary>
    public async Task<string> CreateDatabaseAsync(string owner)
    {
        var name = $"parley_{owner.ToLowerInvariant()}_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        name = name.Length > 60 ? name[..60] : name;
        await using var connection = new NpgsqlConnection(_serverConnection);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection)) await drop.ExecuteNonQueryAsync();
        await using (var create = new NpgsqlCommand($"create database \"{name}\"", connection)) await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(_serverConnection) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null) await _container.DisposeAsync();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
            try { Directory.Delete(_cluster.DataDirectory, recursive: true); }
            catch (IOException) { } // a leftover temp folder is harmless; the next run uses its own
        }
    }
}
