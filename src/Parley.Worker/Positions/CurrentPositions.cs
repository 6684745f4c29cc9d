using Marten;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace Parley.Worker.Positions;

/// <summary>
/// Current positions, remembered per question and per point the statement view has reached: until the view takes
/// in another event, the same question has the same answer, so it is computed once. News arrives far more rarely
/// than people ask, so most reads cost one look at the view's progress.
/// </summary>
public sealed class CurrentPositions(IDocumentStore store, IMemoryCache cache)
{
    public async Task<IReadOnlyList<CurrentPosition>> ReadAsync(IReadOnlyList<(string Party, string Issue)> pairs, Moment moment, CancellationToken ct)
    {
        var progress = await ProgressAsync(ct);
        var key = (nameof(CurrentPositions), string.Join(';', pairs.Select(p => $"{p.Party}/{p.Issue}")), moment, progress);
        if (cache.TryGetValue(key, out IReadOnlyList<CurrentPosition>? known)) return known!;
        var positions = await PositionQueries.CurrentAsync(store, pairs, moment, ct);
        cache.Set(key, positions, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return positions;
    }

    async Task<long> ProgressAsync(CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "select coalesce(max(last_seq_id), -1) from parley.mt_event_progression where name like 'Statement:%'", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }
}
