using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parley.Extraction;

/// <summary>One annotated record of a gold file, position or meeting.</summary>
public sealed record GoldRecord(
    string Item,
    string Kind,
    string? Party,
    string? Issue,
    string? Stance,
    string? Act,
    string? Speaker,
    string Evidence,
    string? Place,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> People,
    string? Status,
    DateOnly? Date);

/// <summary>Precision, recall and F1 over a set of keys.</summary>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}

/// <summary>A gold position the reader missed, or a finding the gold does not have.</summary>
public sealed record EvaluationDifference(string Item, string Key, string Evidence);

/// <summary>The numbers of one evaluation run and the differences behind them.</summary>
public sealed record EvaluationReport(
    string ExtractorVersion,
    double MinConfidence,
    int Items,
    Score Positions,
    Score Pairs,
    double StanceAccuracy,
    int StanceMatched,
    double SpeakerAccuracy,
    int SpeakerMatched,
    Score Meetings,
    IReadOnlyDictionary<string, Score> ByParty,
    IReadOnlyDictionary<string, Score> ByIssue,
    IReadOnlyList<string> ItemsWithUnexpectedFindings,
    IReadOnlyList<EvaluationDifference> Misses,
    IReadOnlyList<EvaluationDifference> FalseFindings,
    IReadOnlyList<EvaluationDifference> SpeakerErrors,
    IReadOnlyList<EvaluationDifference> MeetingMisses,
    IReadOnlyList<EvaluationDifference> FalseMeetings)
{
    public string ToText()
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine($"extractor {ExtractorVersion}");
        sb.AppendLine(string.Create(inv, $"items {Items}, confidence >= {MinConfidence:0.00}"));
        sb.AppendLine($"positions (item, party, issue, stance)  {Positions}");
        sb.AppendLine($"pairs     (item, party, issue)          {Pairs}");
        sb.AppendLine(string.Create(inv, $"stance accuracy on matched pairs        {StanceAccuracy:0.000} ({StanceMatched} pairs)"));
        sb.AppendLine(string.Create(inv, $"speaker accuracy on matched records     {SpeakerAccuracy:0.000} ({SpeakerMatched} with a named gold speaker)"));
        sb.AppendLine($"meetings  (item, place)                 {Meetings}");
        sb.AppendLine("by party:");
        foreach (var (party, score) in ByParty.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.AppendLine($"  {party,-22} {score}");
        }
        sb.AppendLine("by issue:");
        foreach (var (issue, score) in ByIssue.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.AppendLine($"  {issue,-22} {score}");
        }
        sb.AppendLine($"items that should have no findings but have some: {(ItemsWithUnexpectedFindings.Count == 0 ? "none" : string.Join(", ", ItemsWithUnexpectedFindings))}");
        Section(sb, "missed positions", Misses);
        Section(sb, "false positions", FalseFindings);
        Section(sb, "wrong speakers", SpeakerErrors);
        Section(sb, "missed meetings", MeetingMisses);
        Section(sb, "false meetings", FalseMeetings);
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string title, IReadOnlyList<EvaluationDifference> list)
    {
        sb.AppendLine($"{title} ({list.Count}):");
        foreach (var d in list)
        {
            sb.AppendLine($"  {d.Item} {d.Key}");
            sb.AppendLine($"      {d.Evidence}");
        }
    }
}

/// <summary>Scores a reader against gold records the way the project's issues are judged.</summary>
public static class Evaluation
{
    public static IEnumerable<GoldRecord> ReadGold(TextReader jsonl) => JsonLines.Read(jsonl, "gold", r => new GoldRecord(
        Str(r, "item") ?? throw new FormatException("no item"),
        Str(r, "kind") ?? throw new FormatException("no kind"),
        Str(r, "party"),
        Str(r, "issue"),
        Str(r, "stance"),
        Str(r, "act"),
        Str(r, "speaker"),
        Str(r, "evidence") ?? "",
        Str(r, "place"),
        List(r, "participants"),
        List(r, "people"),
        Str(r, "status"),
        Str(r, "date") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null));

    private static string? Str(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IReadOnlyList<string> List(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    /// <summary>"António Costa" and "Antonio Costa" are one speaker: names compare without accents or case.</summary>
    static bool SameName(string? a, string? b) =>
        a is not null && b is not null && string.Compare(a, b, CultureInfo.InvariantCulture, CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreCase) == 0;

    /// <summary>
    /// "Sergiy Kyslytsya" in the gold and "Serhiy Kyslytsya" read are one speaker when the pack lists both spellings for one
    /// person: a transliteration is not a wrong attribution.
    /// </summary>
    static bool SamePerson(string? a, string? b, DomainPack? pack) =>
        SameName(a, b) || pack is not null && a is not null && b is not null
        && pack.People.Any(p => p.Aliases.Prepend(p.Name).Any(n => SameName(n, a)) && p.Aliases.Prepend(p.Name).Any(n => SameName(n, b)));

    public static EvaluationReport Score(IEnumerable<ItemText> items, IEnumerable<GoldRecord> gold, Extractor extractor, double minConfidence = 0.0)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var itemList = items.ToList();
        var findings = itemList.ToDictionary(i => i.Id, extractor.Extract);
        return Score(itemList, findings, gold, extractor.Version, minConfidence, extractor.Pack);
    }

    /// <summary>Scores findings already extracted, e.g. at several confidence thresholds without re-reading.</summary>
    public static EvaluationReport Score(IReadOnlyList<ItemText> items, IReadOnlyDictionary<string, Findings> findings, IEnumerable<GoldRecord> gold, string extractorVersion, double minConfidence = 0.0,
        DomainPack? pack = null)
    {
        var itemIds = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var goldList = gold.Where(g => itemIds.Contains(g.Item)).ToList();
        var goldPositions = goldList.Where(g => g.Kind == "position" && g.Party is not null && g.Issue is not null && g.Stance is not null).ToList();
        var goldMeetings = goldList.Where(g => g.Kind == "meeting").ToList();
        // Ids the gold never uses belong to an extended pack; the gold cannot judge them.
        var knownParties = goldPositions.Select(g => g.Party!).Concat(goldMeetings.SelectMany(g => g.Participants)).ToHashSet(StringComparer.Ordinal);
        var knownIssues = goldPositions.Select(g => g.Issue!).ToHashSet(StringComparer.Ordinal);

        var predicted = new List<(string Item, PositionFinding P)>();
        var predictedMeetings = new List<(string Item, MeetingFinding M)>();
        foreach (var item in items)
        {
            if (!findings.TryGetValue(item.Id, out var f))
            {
                continue;
            }
            predicted.AddRange(f.Positions.Where(p => p.Confidence >= minConfidence && knownParties.Contains(p.Party) && knownIssues.Contains(p.Issue)).Select(p => (item.Id, p)));
            predictedMeetings.AddRange(f.Meetings.Select(m => (item.Id, m)));
        }

        var goldTuples = goldPositions.Select(g => Tuple(g.Item, g.Party!, g.Issue!, g.Stance!)).ToHashSet(StringComparer.Ordinal);
        var predictedTuples = predicted.Select(p => Tuple(p.Item, p.P.Party, p.P.Issue, p.P.Stance)).ToHashSet(StringComparer.Ordinal);
        var positions = Compare(goldTuples, predictedTuples);

        var goldPairs = goldPositions.Select(g => Tuple(g.Item, g.Party!, g.Issue!)).ToHashSet(StringComparer.Ordinal);
        var predictedPairs = predicted.Select(p => Tuple(p.Item, p.P.Party, p.P.Issue)).ToHashSet(StringComparer.Ordinal);
        var pairs = Compare(goldPairs, predictedPairs);

        var matchedPairs = goldPairs.Intersect(predictedPairs).ToList();
        var stanceRight = matchedPairs.Count(pair =>
            goldPositions.Where(g => Tuple(g.Item, g.Party!, g.Issue!) == pair).Select(g => g.Stance).ToHashSet()
                .SetEquals(predicted.Where(p => Tuple(p.Item, p.P.Party, p.P.Issue) == pair).Select(p => p.P.Stance)));

        var speakerChecked = 0;
        var speakerRight = 0;
        var speakerErrors = new List<EvaluationDifference>();
        foreach (var g in goldPositions.Where(g => g.Speaker is not null))
        {
            var key = Tuple(g.Item, g.Party!, g.Issue!, g.Stance!);
            var same = predicted.Where(p => Tuple(p.Item, p.P.Party, p.P.Issue, p.P.Stance) == key).ToList();
            if (same.Count == 0)
            {
                continue;
            }
            speakerChecked++;
            if (same.Any(p => SamePerson(p.P.Speaker, g.Speaker, pack)))
            {
                speakerRight++;
            }
            else
            {
                speakerErrors.Add(new EvaluationDifference(g.Item, $"{g.Party}/{g.Issue}/{g.Stance}: gold {g.Speaker}, read {same[0].P.Speaker ?? "null"}", g.Evidence));
            }
        }

        var goldMeetingKeys = goldMeetings.Select(g => Tuple(g.Item, g.Place ?? "(no place)")).ToHashSet(StringComparer.Ordinal);
        var predictedMeetingKeys = predictedMeetings.Select(m => Tuple(m.Item, m.M.Place ?? "(no place)")).ToHashSet(StringComparer.Ordinal);
        var meetings = Compare(goldMeetingKeys, predictedMeetingKeys);

        var byParty = new Dictionary<string, Score>(StringComparer.Ordinal);
        foreach (var party in knownParties)
        {
            byParty[party] = Compare(
                goldPositions.Where(g => g.Party == party).Select(g => Tuple(g.Item, g.Party!, g.Issue!, g.Stance!)).ToHashSet(),
                predicted.Where(p => p.P.Party == party).Select(p => Tuple(p.Item, p.P.Party, p.P.Issue, p.P.Stance)).ToHashSet());
        }
        var byIssue = new Dictionary<string, Score>(StringComparer.Ordinal);
        foreach (var issue in knownIssues)
        {
            byIssue[issue] = Compare(
                goldPositions.Where(g => g.Issue == issue).Select(g => Tuple(g.Item, g.Party!, g.Issue!, g.Stance!)).ToHashSet(),
                predicted.Where(p => p.P.Issue == issue).Select(p => Tuple(p.Item, p.P.Party, p.P.Issue, p.P.Stance)).ToHashSet());
        }

        var goldItems = goldList.Select(g => g.Item).ToHashSet(StringComparer.Ordinal);
        var unexpected = items.Where(i => !goldItems.Contains(i.Id) && findings.TryGetValue(i.Id, out var f) && (f.Positions.Any(p => p.Confidence >= minConfidence) || f.Meetings.Count > 0))
            .Select(i => i.Id).ToList();

        var misses = goldPositions
            .Where(g => !predictedTuples.Contains(Tuple(g.Item, g.Party!, g.Issue!, g.Stance!)))
            .GroupBy(g => Tuple(g.Item, g.Party!, g.Issue!, g.Stance!))
            .Select(grp => new EvaluationDifference(grp.First().Item, $"{grp.First().Party}/{grp.First().Issue}/{grp.First().Stance}", grp.First().Evidence))
            .ToList();
        var falseFindings = predicted
            .Where(p => !goldTuples.Contains(Tuple(p.Item, p.P.Party, p.P.Issue, p.P.Stance)))
            .Select(p => new EvaluationDifference(p.Item, string.Create(CultureInfo.InvariantCulture, $"{p.P.Party}/{p.P.Issue}/{p.P.Stance} ({p.P.Confidence:0.00})"), p.P.Evidence))
            .ToList();
        var meetingMisses = goldMeetings
            .Where(g => !predictedMeetingKeys.Contains(Tuple(g.Item, g.Place ?? "(no place)")))
            .Select(g => new EvaluationDifference(g.Item, $"meeting {g.Place ?? "(no place)"} {g.Status}", g.Evidence))
            .ToList();
        var falseMeetings = predictedMeetings
            .Where(m => !goldMeetingKeys.Contains(Tuple(m.Item, m.M.Place ?? "(no place)")))
            .Select(m => new EvaluationDifference(m.Item, $"meeting {m.M.Place ?? "(no place)"} {m.M.Status} [{string.Join(",", m.M.Participants)}]", m.M.Evidence))
            .ToList();

        return new EvaluationReport(
            extractorVersion,
            minConfidence,
            items.Count,
            positions,
            pairs,
            matchedPairs.Count == 0 ? 1.0 : (double)stanceRight / matchedPairs.Count,
            matchedPairs.Count,
            speakerChecked == 0 ? 1.0 : (double)speakerRight / speakerChecked,
            speakerChecked,
            meetings,
            byParty,
            byIssue,
            unexpected,
            misses,
            falseFindings,
            speakerErrors,
            meetingMisses,
            falseMeetings);
    }

    private static string Tuple(params string[] parts) => string.Join('\u001f', parts);

    private static Score Compare(HashSet<string> gold, HashSet<string> predicted)
    {
        var tp = gold.Count(predicted.Contains);
        return new Score(tp, predicted.Count - tp, gold.Count - tp);
    }
}
