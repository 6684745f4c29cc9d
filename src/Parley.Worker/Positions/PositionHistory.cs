using JasperFx.Events.Grouping;
using Marten.Events.Projections;
using Parley.Worker.News;

namespace Parley.Worker.Positions;

/// <summary>
/// Everything one party has been reported to say on one issue, in the order it was said (publication time,
/// not arrival), with the current stance derived from the latest statement.
/// </summary>
public sealed class PositionHistory
{
    public string Id { get; set; } = "";
    public string Party { get; set; } = "";
    public string Issue { get; set; } = "";
    public List<Statement> Statements { get; set; } = [];

    public string? Stance { get; set; }
    public Statement? Current { get; set; }
    /// <summary>When the current stance was first stated without a different stance in between.</summary>
    public DateTimeOffset? Since { get; set; }
    /// <summary>How many statements in a row, ending with the current one, hold the current stance.</summary>
    public int Supporting { get; set; }

    public sealed record Statement(
        Guid NewsItemId, string ItemId, string? Url, DateTimeOffset StatedAt, string Stance, string? Act,
        string? Speaker, string Evidence, double Confidence, int Sentence, bool ChangesStance);

    /// <summary>Replaces whatever an item said before with what its latest reading says, and re-derives the rest.</summary>
    public void Restate(string key, NewsItemAnalysed reading)
    {
        if (key.Split('/') is [var party, var issue]) (Party, Issue) = (party, issue);
        Statements.RemoveAll(s => s.NewsItemId == reading.NewsItemId);
        Statements.AddRange(reading.Statements
            .Where(s => s.Party == Party && s.Issue == Issue)
            .Select(s => new Statement(reading.NewsItemId, reading.ItemId, reading.Url, reading.StatedAt, s.Stance, s.Act,
                s.Speaker, s.Evidence, s.Confidence, s.Sentence, false)));
        Statements.Sort(InOrderStated);

        string? previous = null;
        for (var i = 0; i < Statements.Count; i++)
        {
            Statements[i] = Statements[i] with { ChangesStance = previous is not null && previous != Statements[i].Stance };
            previous = Statements[i].Stance;
        }

        Current = Statements.Count == 0 ? null : Statements[^1];
        Stance = Current?.Stance;
        var start = Statements.Count - 1;
        while (start > 0 && Statements[start - 1].Stance == Stance) start--;
        Since = Current is null ? null : Statements[start].StatedAt;
        Supporting = Current is null ? 0 : Statements.Count - start;
    }

    static int InOrderStated(Statement a, Statement b)
    {
        var order = a.StatedAt.CompareTo(b.StatedAt);
        if (order == 0) order = string.CompareOrdinal(a.ItemId, b.ItemId);
        if (order == 0) order = a.Sentence.CompareTo(b.Sentence);
        return order != 0 ? order : string.CompareOrdinal(a.Stance, b.Stance);
    }
}

/// <summary>One reading as seen by one (party, issue): an item's analysis fans out to every pair it speaks of or retracts.</summary>
public sealed record PositionRestated(string Key, NewsItemAnalysed Reading);

public partial class PositionHistoryProjection : MultiStreamProjection<PositionHistory, string>
{
    public PositionHistoryProjection()
    {
        FanOut<NewsItemAnalysed, PositionRestated>(e =>
            e.PositionKeys.Concat(e.RetractedPositionKeys).Distinct().Select(key => new PositionRestated(key, e)),
            FanoutMode.BeforeGrouping);
        Identity<PositionRestated>(r => r.Key);
    }

    public void Apply(PositionRestated e, PositionHistory history) => history.Restate(e.Key, e.Reading);
}
