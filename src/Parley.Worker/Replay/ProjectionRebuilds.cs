using System.Collections.Concurrent;
using System.Diagnostics;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;

namespace Parley.Worker.Replay;

/// <summary>Where a rebuild stands: events done of the log's total, the rate, and the time left at that rate.</summary>
public sealed record RebuildProgress(string Projection, string State, long Done, long Total, double EventsPerSecond, TimeSpan? Remaining, string? Error)
{
    public override string ToString() =>
        $"{Projection}: {State}, {Done:N0} / {Total:N0} events ({(Total == 0 ? 100 : 100.0 * Done / Total):0}%), {EventsPerSecond:N0} events/s" +
        (Remaining is { } left ? $", {left:hh\\:mm\\:ss} left" : "") + (Error is null ? "" : $": {Error}");
}

/// <summary>
/// Rebuilds run by this process, so that queries can refuse half-built views (503) and admins can watch progress.
/// Progress is read from Marten's own bookkeeping (the shard's position in mt_event_progression), not guessed.
/// </summary>
public sealed class ProjectionRebuilds(IDocumentStore store, ILogger<ProjectionRebuilds> logger)
{
    public static readonly string[] Projections = ["Statement", "MeetingReport", "ItemListing"];
    readonly ConcurrentDictionary<string, RebuildProgress> _latest = new();
    readonly Lock _gate = new();

    public bool IsRebuilding(string projection) => _latest.TryGetValue(projection, out var p) && p.State == "rebuilding";
    public RebuildProgress? Status(string projection) => _latest.GetValueOrDefault(projection);

    /// <summary>Starts a rebuild in the background unless one of that projection is already running.</summary>
    public RebuildProgress Start(IProjectionDaemon daemon, string projection)
    {
        var started = new RebuildProgress(projection, "rebuilding", 0, 0, 0, null, null);
        lock (_gate)
        {
            if (IsRebuilding(projection)) return _latest[projection];
            _latest[projection] = started;
        }
        _ = Task.Run(() => RunAsync(daemon, projection, p =>
        {
            _latest[projection] = p;
            logger.LogInformation("Rebuild {Progress}", p);
        }, CancellationToken.None));
        return started;
    }

    /// <summary>Rebuilds one projection, reporting progress about once a second; never throws, reports failure instead.</summary>
    public async Task<RebuildProgress> RunAsync(IProjectionDaemon daemon, string projection, Action<RebuildProgress> report, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var rebuild = daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(30), ct);
        var total = await ScalarAsync("select coalesce(max(seq_id), 0) from parley.mt_events", null, ct);
        while (await Task.WhenAny(rebuild, Task.Delay(TimeSpan.FromSeconds(1), ct)) != rebuild)
            report(Measure(projection, "rebuilding", await ScalarAsync("select coalesce(max(last_seq_id), 0) from parley.mt_event_progression where name like @shard", projection + ":%", ct), total, clock.Elapsed));

        var final = rebuild.IsCompletedSuccessfully
            ? Measure(projection, "done", total, total, clock.Elapsed)
            : new RebuildProgress(projection, "failed", 0, total, 0, null, rebuild.Exception?.GetBaseException().Message ?? "cancelled");
        report(final);
        return final;
    }

    static RebuildProgress Measure(string projection, string state, long done, long total, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        TimeSpan? left = rate > 0 && state == "rebuilding" ? TimeSpan.FromSeconds((total - done) / rate) : null;
        return new RebuildProgress(projection, state, Math.Min(done, total), total, rate, left, null);
    }

    async Task<long> ScalarAsync(string sql, string? shard, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        if (shard is not null) command.Parameters.AddWithValue("shard", shard);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }
}
