using Marten;

namespace Parley.Worker.News;

/// <summary>
/// The retraction discipline of the views that keep a row per finding of each reading (statements, meeting reports):
/// the replaced reading's rows are stored again with their retraction time, and the new reading's rows are inserted.
/// From the event alone, with no reads, so live processing and a rebuild (binary COPY) write the same rows.
/// </summary>
public static class ReadingRows
{
    /// <param name="row">(reading number, index, finding, recorded at, retracted at) to the row.</param>
    public static void Project<TFound, TRow>(NewsItemAnalysed e, IDocumentOperations ops, Func<NewsItemAnalysed, IReadOnlyList<TFound>> found,
        Func<SupersededAnalysis, IReadOnlyList<TFound>> superseded, Func<int, int, TFound, DateTimeOffset, DateTimeOffset?, TRow> row)
        where TRow : notnull
    {
        if (e.Supersedes is { } old)
        {
            var retracted = superseded(old);
            for (var i = 0; i < retracted.Count; i++)
                ops.Store(row(old.Number, i, retracted[i], old.AnalysedAt, e.AnalysedAt));
        }
        // A reading's rows are new by construction (their ids carry the reading number): inserts, which a rebuild can COPY.
        var current = found(e);
        for (var i = 0; i < current.Count; i++)
            ops.Insert(row(e.Number, i, current[i], e.AnalysedAt, null));
    }
}
