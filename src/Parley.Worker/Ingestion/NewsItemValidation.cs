using System.Globalization;
using System.Text.Json;
using Parley.Worker.News;

namespace Parley.Worker.Ingestion;

/// <summary>What is wrong with one field of one submitted item; <c>Field</c> is a JSON path such as <c>[2].text</c>.</summary>
public sealed record FieldProblem(string Field, string Problem)
{
    public override string ToString() => $"{Field}: {Problem}";
}

/// <summary>An item that can never be ingested, whatever the retry; it goes to the dead letters with this reason.</summary>
public sealed class InvalidNewsItemException(IReadOnlyList<FieldProblem> problems)
    : Exception("Invalid news item: " + string.Join("; ", problems))
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;
}

/// <summary>
/// Reads submitted items field by field, so that a sender learns which field of which item is wrong rather than
/// a serializer's stack trace. Items without an id are keyed by their URL, else by their text.
/// </summary>
public static class NewsItemValidation
{
    public const int MaxTextLength = 200_000;
    const int MaxIdLength = 200;

    /// <summary>
    /// One item (an object) or several (an array), as <c>POST /api/news</c> and a bus message body carry them; the
    /// problems name each wrong field of each item, and none of the items is usable when there are any.
    /// </summary>
    public static IngestNewsItem[] ReadOneOrMany(JsonElement root, int maxItems, List<FieldProblem> problems)
    {
        if (root.ValueKind != JsonValueKind.Array)
            return Read(root, "", problems) is { } one ? [one] : [];
        var count = root.GetArrayLength();
        if (count == 0) problems.Add(new("$", "the array is empty"));
        else if (count > maxItems) problems.Add(new("$", $"the array holds {count:N0} items; the limit is {maxItems:N0} per message"));
        if (problems.Count > 0) return [];
        var items = root.EnumerateArray().Select((element, i) => Read(element, $"[{i}]", problems)).ToArray();
        return problems.Count > 0 ? [] : items.Select(i => i!).ToArray();
    }

    public static IngestNewsItem? Read(JsonElement element, string path, List<FieldProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(path.Length == 0 ? "$" : path, $"expected an object, got {Kind(element)}"));
            return null;
        }
        var before = problems.Count;
        var text = OptionalString(element, path, "text", problems);
        var id = OptionalString(element, path, "id", problems);
        var url = OptionalString(element, path, "url", problems);
        var title = OptionalString(element, path, "title", problems);
        var source = OptionalString(element, path, "source", problems);
        var publishedText = OptionalString(element, path, "published", problems);
        DateTimeOffset? published = null;
        if (publishedText is not null)
        {
            if (DateTimeOffset.TryParse(publishedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var p)) published = p;
            else problems.Add(new(Field(path, "published"), $"'{publishedText}' is not an ISO date or date-time"));
        }
        if (problems.Count > before) return null;

        var item = new IngestNewsItem(
            id ?? (NewsItemIdentity.CanonicalUrl(url) is { } canonical ? "url:" + canonical : "text:" + NewsItemIdentity.TextHash(text ?? "")),
            url, title, source, published, text ?? "");
        problems.AddRange(Problems(item, path, textMissing: text is null));
        return problems.Count > before ? null : item;
    }

    public static bool IsValid(IngestNewsItem item) => !Problems(item, "", textMissing: item.Text is null).Any();

    public static void ThrowIfInvalid(IngestNewsItem item)
    {
        var problems = Problems(item, "", textMissing: item.Text is null).ToList();
        if (problems.Count > 0) throw new InvalidNewsItemException(problems);
    }

    static IEnumerable<FieldProblem> Problems(IngestNewsItem item, string path, bool textMissing)
    {
        if (textMissing) yield return new(Field(path, "text"), "is required");
        else if (string.IsNullOrWhiteSpace(item.Text)) yield return new(Field(path, "text"), "must not be empty");
        else if (item.Text.Length > MaxTextLength) yield return new(Field(path, "text"), $"is {item.Text.Length:N0} characters; the limit is {MaxTextLength:N0}");
        if (string.IsNullOrWhiteSpace(item.Id)) yield return new(Field(path, "id"), "must not be empty");
        else if (item.Id.Length > MaxIdLength) yield return new(Field(path, "id"), $"is longer than {MaxIdLength} characters");
        if (item.Url is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            yield return new(Field(path, "url"), $"'{url}' is not an absolute http(s) URL");
    }

    static string? OptionalString(JsonElement item, string path, string name, List<FieldProblem> problems)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        problems.Add(new(Field(path, name), $"expected a string, got {Kind(value)}"));
        return null;
    }

    static string Field(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object", JsonValueKind.Array => "an array", JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number", JsonValueKind.True or JsonValueKind.False => "a boolean", _ => "null",
    };
}
