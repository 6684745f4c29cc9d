using Parley.Extraction;

namespace Parley.Worker.News;

// The log outlives this code: these records only ever gain optional members, and their stored type names
// are pinned in StoreSetup, so renaming a class never orphans an event.

/// <summary>A news item entered the log. Carries the whole item so that re-analysis never needs the source again.</summary>
public sealed record NewsItemReceived(
    Guid NewsItemId,
    string ItemId,
    string? Url,
    string? Title,
    string? Source,
    DateTimeOffset? Published,
    string Text,
    DateTimeOffset ReceivedAt);

/// <summary>
/// One reading of an item by one version of the extractor: reading number <paramref name="Number"/> of the item,
/// recorded at <paramref name="AnalysedAt"/>. <paramref name="StatedAt"/> is the publication time (or the time
/// of receipt when the item had none): positions are ordered by it, not by arrival. A reading that replaces an
/// earlier one names it in <paramref name="Supersedes"/>, with what it said, so that every view can withdraw
/// the old findings from this event alone; both readings stay in the log.
/// </summary>
public sealed record NewsItemAnalysed(
    Guid NewsItemId,
    string ItemId,
    string? Url,
    DateTimeOffset StatedAt,
    string ExtractorVersion,
    DateTimeOffset AnalysedAt,
    int Number,
    IReadOnlyList<StatementFound> Statements,
    IReadOnlyList<MeetingReported> Meetings,
    SupersededAnalysis? Supersedes);

/// <summary>The earlier reading a new one replaces: its number, when it was recorded, and what it found.</summary>
public sealed record SupersededAnalysis(
    int Number, DateTimeOffset AnalysedAt, IReadOnlyList<StatementFound> Statements, IReadOnlyList<MeetingReported> Meetings);

public sealed record StatementFound(
    string Party, string Issue, string Stance, string? Act, string? Speaker, string Evidence, double Confidence, int Sentence)
{
    public static StatementFound From(PositionFinding f) =>
        new(f.Party, f.Issue, f.Stance, f.Act, f.Speaker, f.Evidence, f.Confidence, f.Sentence);
}

public sealed record MeetingReported(
    string Key, string? Place, IReadOnlyList<string> Participants, IReadOnlyList<string> People,
    string Status, DateOnly? Date, string Evidence, int Sentence)
{
    public static MeetingReported From(string itemId, MeetingFinding f) =>
        new(MeetingKey.For(itemId, f), f.Place, f.Participants, f.People, f.Status, f.Date, f.Evidence, f.Sentence);
}

/// <summary>
/// Reports of the same round from different items must land on one meeting: a round is known by its place and
/// first day. A report without both can only be told apart by where it was read.
/// </summary>
public static class MeetingKey
{
    public static string For(string itemId, MeetingFinding f) =>
        f.Place is not null && f.Date is not null
            ? $"{f.Date:yyyy-MM-dd}/{Slug(f.Place)}"
            : $"{itemId}/{f.Sentence}";

    static string Slug(string place) =>
        string.Join('-', place.ToLowerInvariant().Split([' ', '\'', '’', ',', '.'], StringSplitOptions.RemoveEmptyEntries));
}
