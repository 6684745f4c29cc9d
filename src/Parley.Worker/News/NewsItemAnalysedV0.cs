namespace Parley.Worker.News;

/// <summary>
/// The analysis event as the first prototype wrote it (stored as <c>news_item_analysed_v0</c>): readings were not
/// numbered, and a re-reading listed the (party, issue) keys it withdrew instead of the reading it replaced.
/// Kept so that such events, wherever they were stored, still read as today's <see cref="NewsItemAnalysed"/>.
/// </summary>
public sealed record NewsItemAnalysedV0(
    Guid NewsItemId,
    string ItemId,
    string? Url,
    DateTimeOffset StatedAt,
    string ExtractorVersion,
    DateTimeOffset AnalysedAt,
    IReadOnlyList<StatementFound> Statements,
    IReadOnlyList<MeetingReported> Meetings,
    IReadOnlyList<string> RetractedPositionKeys,
    IReadOnlyList<string> RetractedMeetingKeys)
{
    public const string StoredName = "news_item_analysed_v0";

    /// <summary>
    /// A v0 event is read as the item's first reading. The prototype only ever wrote one reading per item; a second
    /// v0 reading would lack what it replaced, which is why the shape changed.
    /// </summary>
    public NewsItemAnalysed ToCurrent() =>
        new(NewsItemId, ItemId, Url, StatedAt, ExtractorVersion, AnalysedAt, 1, Statements, Meetings, Supersedes: null);
}
