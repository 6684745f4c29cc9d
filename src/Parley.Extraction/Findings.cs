namespace Parley.Extraction;

/// <summary>A news item as the extractor sees it: the text and the date that anchors relative dates.</summary>
public sealed record ItemText(string Id, string Text, DateOnly? Published, string? Title = null);

/// <summary>A party's stance on an issue, as stated in one sentence of one item.</summary>
/// <param name="Sentence">Zero-based index of the evidence sentence in the item; orders statements inside an item.</param>
public sealed record PositionFinding(
    string Party,
    string Issue,
    string Stance,
    string? Act,
    string? Speaker,
    string Evidence,
    double Confidence,
    int Sentence);

/// <summary>A round of talks an item reports.</summary>
public sealed record MeetingFinding(
    string? Place,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> People,
    string Status,
    DateOnly? Date,
    string Evidence,
    int Sentence);

/// <summary>Everything one reading of one item found, and which reader found it.</summary>
public sealed record Findings(
    string ExtractorVersion,
    IReadOnlyList<PositionFinding> Positions,
    IReadOnlyList<MeetingFinding> Meetings);
