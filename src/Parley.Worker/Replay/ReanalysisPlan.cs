using Marten;
using Parley.Extraction;
using Parley.Worker.News;

namespace Parley.Worker.Replay;

/// <summary>How many statements of one (party, issue, stance) a re-analysis would add and withdraw.</summary>
public sealed record PositionChange(string Party, string Issue, string Stance, int Gained, int Lost);

/// <summary>What re-reading the archive with the current extractor would change, computed without writing anything.</summary>
public sealed record ReanalysisPlan(string ExtractorVersion, int ItemsRead, IReadOnlyList<Guid> ItemsChanged, IReadOnlyList<PositionChange> Changes)
{
    const int PageSize = 500;

    public static async Task<ReanalysisPlan> ComputeAsync(IDocumentStore store, Extractor extractor, DateTimeOffset? since, TimeProvider clock, CancellationToken ct)
    {
        var changed = new List<Guid>();
        var tally = new Dictionary<(string Party, string Issue, string Stance), (int Gained, int Lost)>();
        var read = 0;
        await using var session = store.QuerySession();
        // Keyset paging keeps memory flat however large the archive is.
        var after = Guid.Empty;
        while (true)
        {
            var query = session.Query<ItemListing>().Where(x => x.Id.CompareTo(after) > 0);
            if (since is { } from) query = query.Where(x => x.Published >= from || (x.Published == null && x.ReceivedAt >= from));
            var page = await query.OrderBy(x => x.Id).Select(x => x.Id).Take(PageSize).ToListAsync(ct);
            if (page.Count == 0) break;
            after = page[^1];
            foreach (var item in await ItemsAsync(session, page, ct))
            {
                read++;
                var reading = NewsItemReading.Read(extractor, item, clock.GetUtcNow());
                if (item.Latest is { } latest && !NewsItemReading.Differs(reading, latest)) continue;
                changed.Add(item.Id);
                Tally(tally, reading.Statements, item.Latest?.Statements ?? []);
            }
        }
        var changes = tally.Where(t => t.Value.Gained + t.Value.Lost > 0)
            .Select(t => new PositionChange(t.Key.Party, t.Key.Issue, t.Key.Stance, t.Value.Gained, t.Value.Lost))
            .OrderBy(c => c.Party, StringComparer.Ordinal).ThenBy(c => c.Issue, StringComparer.Ordinal).ThenBy(c => c.Stance, StringComparer.Ordinal)
            .ToList();
        return new ReanalysisPlan(extractor.Version, read, changed, changes);
    }

    /// <summary>A page of items built from their streams with one query, by the same projection that answers for one item.</summary>
    static async Task<IEnumerable<NewsItem>> ItemsAsync(IQuerySession session, IReadOnlyList<Guid> streams, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(streams.ToArray()))
            .OrderBy(e => e.StreamId).ThenBy(e => e.Version).ToListAsync(ct);
        var projection = new NewsItemProjection();
        var items = new List<NewsItem>();
        foreach (var stream in events.GroupBy(e => e.StreamId))
        {
            if (stream.First().Data is not NewsItemReceived received) continue;
            var item = projection.Create(received);
            foreach (var analysed in stream.Select(e => e.Data).OfType<NewsItemAnalysed>()) projection.Apply(analysed, item);
            items.Add(item);
        }
        return items;
    }

    /// <summary>Per item, what the new reading has more of is gained and what it has less of is lost; items are summed.</summary>
    static void Tally(Dictionary<(string, string, string), (int Gained, int Lost)> tally, IEnumerable<StatementFound> now, IEnumerable<StatementFound> before)
    {
        var counts = new Dictionary<(string, string, string), int>();
        foreach (var s in now) counts[(s.Party, s.Issue, s.Stance)] = counts.GetValueOrDefault((s.Party, s.Issue, s.Stance)) + 1;
        foreach (var s in before) counts[(s.Party, s.Issue, s.Stance)] = counts.GetValueOrDefault((s.Party, s.Issue, s.Stance)) - 1;
        foreach (var (key, difference) in counts.Where(c => c.Value != 0))
        {
            var (gained, lost) = tally.GetValueOrDefault(key);
            tally[key] = difference > 0 ? (gained + difference, lost) : (gained, lost - difference);
        }
    }

    public string ToText()
    {
        var lines = new List<string> { $"{ItemsRead} items read with {ExtractorVersion}; {ItemsChanged.Count} would get a new analysis." };
        lines.AddRange(Changes.Select(c => $"  {c.Party,-10} {c.Issue,-20} {c.Stance,-12} +{c.Gained} -{c.Lost}"));
        return string.Join(Environment.NewLine, lines);
    }
}
