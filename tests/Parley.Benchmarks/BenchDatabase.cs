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

    public async Task<string> CreateAsync(string name)
    {
        await ExecuteAsync($"drop database if exists \"{name}\" with (force)");
        await ExecuteAsync($"create database \"{name}\"");
        return new NpgsqlConnectionStringBuilder(_cluster.ConnectionString(name)) { MaxPoolSize = 50 }.ConnectionString;
    }

    public Task DropAsync(string name) => ExecuteAsync($"drop database if exists \"{name}\" with (force)");

    async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();
}
