using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Marten.Schema;
using Parley.Worker.News;

namespace Parley.Worker.Positions;

/// <summary>
/// One party's stance on one issue in one sentence of one reading of one item: the unit every position query
/// is answered from. Two clocks: <see cref="StatedAt"/> (publication) orders statements; <see cref="RecordedAt"/>
/// and <see cref="RetractedAt"/> say when Parley believed it, so that "what did we know then" can be replayed.
/// </summary>
public sealed class Statement
{
    public string Id { get; set; } = "";
    public Guid NewsItemId { get; set; }
    public string ItemId { get; set; } = "";
    public string? Url { get; set; }
    public int Analysis { get; set; }
    public string Party { get; set; } = "";
    public string Issue { get; set; } = "";
    public string Stance { get; set; } = "";
    public string? Act { get; set; }
    public string? Speaker { get; set; }
    public string Evidence { get; set; } = "";
    public double Confidence { get; set; }
    public int Sentence { get; set; }
    public DateTimeOffset StatedAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>When a later reading of the item replaced the one this statement belongs to; null while current.</summary>
    public DateTimeOffset? RetractedAt { get; set; }

    /// <summary>
    /// Real columns for the position queries, and one composite index that answers "latest statement of this party
    /// on this issue before then" with a single probe however long the log grows. The columns get no index of their
    /// own: every query filters by (party, issue) first, and each extra index would slow every write.
    /// Marten calls this when it maps the type.
    /// </summary>
    public static void ConfigureMarten(DocumentMapping mapping)
    {
        foreach (var member in new[] { nameof(Party), nameof(Issue), nameof(Stance), nameof(ItemId), nameof(Sentence),
                     nameof(StatedAt), nameof(RecordedAt), nameof(RetractedAt) })
            mapping.DuplicateField(member);
        mapping.Indexes.Add(new DocumentIndex(mapping, "party", "issue", "stated_at"));
    }

    public static Statement From(NewsItemAnalysed reading, int analysis, int index, StatementFound s, DateTimeOffset recordedAt,
        DateTimeOffset? retractedAt) => new()
    {
        Id = $"{reading.NewsItemId:N}/{analysis}/{index}",
        NewsItemId = reading.NewsItemId, ItemId = reading.ItemId, Url = reading.Url, Analysis = analysis,
        Party = s.Party, Issue = s.Issue, Stance = s.Stance, Act = s.Act, Speaker = s.Speaker, Evidence = s.Evidence,
        Confidence = s.Confidence, Sentence = s.Sentence, StatedAt = reading.StatedAt, RecordedAt = recordedAt, RetractedAt = retractedAt,
    };
}

/// <summary>A row per statement of each reading; the replaced reading's rows are retracted (<see cref="ReadingRows"/>).</summary>
public partial class StatementProjection : EventProjection
{
    public StatementProjection()
    {
        Name = nameof(Statement);
        Options.DeleteViewTypeOnTeardown<Statement>();
        Options.BatchSize = 2000;
    }

    public void Project(NewsItemAnalysed e, IDocumentOperations ops) =>
        ReadingRows.Project(e, ops, r => r.Statements, old => old.Statements, (number, i, s, recorded, retracted) => Statement.From(e, number, i, s, recorded, retracted));
}
