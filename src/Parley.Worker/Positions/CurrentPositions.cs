using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;
using IProjectionCoordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Parley.Worker.Positions;

/// <summary>
/// Current positions, remembered per question and per point the statement view has reached: until the view takes
/// in another event, the same question has the same answer, so it is computed once. News arrives far more rarely
/// than people ask, so most reads cost one look at the view's progress, and on the node that builds the view not
/// even a round trip to the database.
/// </summary>
public sealed class CurrentPositions(IDocumentStore store, IMemoryCache cache, IProjectionCoordinator coordinator)
{
    const string Shard = "Statement:All";

    public async Task<IReadOnlyList<CurrentPosition>> ReadAsync(IReadOnlyList<(string Party, string Issue)> pairs, Moment moment, CancellationToken ct)
    {
        var progress = await ProgressAsync(ct);
        var key = (nameof(CurrentPositions), string.Join(';', pairs.Select(p => $"{p.Party}/{p.Issue}")), moment, progress);
        if (cache.TryGetValue(key, out IReadOnlyList<CurrentPosition>? known)) return known!;
        var positions = await PositionQueries.CurrentAsync(store, pairs, moment, ct);
        cache.Set(key, positions, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return positions;
    }

    /// <summary>
    /// The node whose daemon runs the view knows its progress in memory: the daemon's tracker records a shard's
    /// position right after the commit that wrote it. Other nodes, and commands without a daemon, ask the database.
    /// </summary>
    async ValueTask<long> ProgressAsync(CancellationToken ct)
    {
        var daemon = coordinator.DaemonForMainDatabase();
        if (daemon.IsRunning && daemon.CurrentAgents().Any(a => a.Name.Identity == Shard && a.Status == AgentStatus.Running)
            && daemon.Tracker.TryGetCurrentState(Shard, out var state) && state is not null)
            return state.Sequence;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "select coalesce(max(last_seq_id), -1) from parley.mt_event_progression where name = '" + Shard + "'", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }
}
