using Npgsql;
using Parley.Worker.Infrastructure;

namespace Parley.Benchmarks;

/// <summary>
/// A private PostgreSQL for the harness alone, started from the installed binaries exactly as the worker and the
/// tests do; every scenario gets a fresh database on it, dropped when the scenario is done.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "parley-bench");
    readonly PrivatePostgres _cluster;

    BenchDatabase(PrivatePostgres cluster) => _cluster = cluster;

    public static async Task<BenchDatabase> StartAsync() =>
        new(await PrivatePostgres.StartAsync(Path.Combine(Root, "postgres"), "postgres", m => Console.WriteLine($"postgres | {m}")));

    /// <summary>
    /// A fresh database. Its name carries this process's id: a worker left behind by an interrupted run would
    /// otherwise reconnect to a database of the same name and write into the next run's measurements.
    /// </summary>
    public async Task<string> CreateAsync(string name)
    {
        await ExecuteAsync($"drop database if exists \"{Own(name)}\" with (force)");
        await ExecuteAsync($"create database \"{Own(name)}\"");
        return new NpgsqlConnectionStringBuilder(_cluster.ConnectionString(Own(name))) { MaxPoolSize = 50 }.ConnectionString;
    }

    public Task DropAsync(string name) => ExecuteAsync($"drop database if exists \"{Own(name)}\" with (force)");

    static string Own(string name) => $"{name}_{Environment.ProcessId}";

    Task ExecuteAsync(string sql) => DirectLog.ExecuteAsync(_cluster.ConnectionString("postgres"), sql);

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();
}
