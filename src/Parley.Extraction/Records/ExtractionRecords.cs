using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Parley.Extraction;

/// <summary>The taxonomy's JSON-lines formats: input items in, position and meeting records out.</summary>
public static class ExtractionRecords
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>One JSON object per finding: positions first, then meetings, keys in the taxonomy's order.</summary>
    public static IEnumerable<string> ToJsonLines(string itemId, Findings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var p in findings.Positions)
        {
            yield return Write(w =>
            {
                w.WriteString("item", itemId);
                w.WriteString("kind", "position");
                w.WriteString("party", p.Party);
                w.WriteString("issue", p.Issue);
                w.WriteString("stance", p.Stance);
                WriteNullable(w, "act", p.Act);
                WriteNullable(w, "speaker", p.Speaker);
                w.WriteString("evidence", p.Evidence);
                w.WriteNumber("confidence", Math.Round(p.Confidence, 2));
            });
        }
        foreach (var m in findings.Meetings)
        {
            yield return Write(w =>
            {
                w.WriteString("item", itemId);
                w.WriteString("kind", "meeting");
                WriteNullable(w, "place", m.Place);
                w.WriteStartArray("participants");
                foreach (var party in m.Participants)
                {
                    w.WriteStringValue(party);
                }
                w.WriteEndArray();
                w.WriteStartArray("people");
                foreach (var person in m.People)
                {
                    w.WriteStringValue(person);
                }
                w.WriteEndArray();
                w.WriteString("status", m.Status);
                WriteNullable(w, "date", m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("evidence", m.Evidence);
            });
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads input items (<c>{"id","url","title","source","published","text"}</c>), skipping blank lines.</summary>
    public static IEnumerable<ItemText> ReadItems(TextReader jsonl) => JsonLines.Read(jsonl, "items", root =>
    {
        var id = root.GetProperty("id").GetString() ?? throw new FormatException("id is null");
        var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        var title = root.TryGetProperty("title", out var ti) && ti.ValueKind == JsonValueKind.String ? ti.GetString() : null;
        var published = root.TryGetProperty("published", out var pub) && pub.ValueKind == JsonValueKind.String
            ? ParsePublished(pub.GetString()!)
            : null;
        return new ItemText(id, text, published, title);
    });

    internal static DateOnly? ParsePublished(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            // The date as written in the item, not shifted to another time zone.
            return DateOnly.FromDateTime(dto.DateTime);
        }
        throw new FormatException($"published '{value}' is not an ISO date or date-time");
    }
}
