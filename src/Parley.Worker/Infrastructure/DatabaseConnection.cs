using Microsoft.Extensions.Options;

namespace Parley.Worker.Infrastructure;

/// <summary>
/// The PostgreSQL that holds the log: the configured ConnectionStrings:Marten, else a private cluster started on
/// first use, so that commands that never touch the database (extract, evaluate) never start one.
/// </summary>
public sealed class DatabaseConnection(IConfiguration configuration, IOptions<ParleyOptions> options, ILogger<DatabaseConnection> logger)
    : IAsyncDisposable
{
    readonly Lock _gate = new();
    PrivatePostgres? _cluster;
    string? _connectionString;

    public string ConnectionString
    {
        get
        {
            lock (_gate) return _connectionString ??= Resolve();
        }
    }

    string Resolve()
    {
        if (configuration.GetConnectionString("Marten") is { Length: > 0 } configured) return configured;
        logger.LogInformation("No ConnectionStrings:Marten configured; starting a private PostgreSQL from the installed server binaries");
        _cluster = PrivatePostgres.StartAsync(options.Value.PrivateDataDirectory, options.Value.PrivateDatabase,
            message => logger.LogInformation("{Message}", message)).GetAwaiter().GetResult();
        return _cluster.ConnectionString(options.Value.PrivateDatabase);
    }

    /// <summary>Opens one connection, turning the driver's failure into the sentence a user needs.</summary>
    public async Task EnsureReachableAsync(CancellationToken ct = default)
    {
        var connectionString = ConnectionString;
        try
        {
            await using var connection = new Npgsql.NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or ArgumentException)
        {
            var target = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            throw new DatabaseUnavailableException(
                $"Cannot reach PostgreSQL at {target.Host}:{target.Port} (database '{target.Database}'): {e.Message.TrimEnd('.')}. " +
                "Check ConnectionStrings__Marten, or unset it to let Parley start a private PostgreSQL.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
