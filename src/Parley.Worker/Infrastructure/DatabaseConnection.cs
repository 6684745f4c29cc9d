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

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
