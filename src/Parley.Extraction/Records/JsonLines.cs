using System.Text.Json;

namespace Parley.Extraction;

/// <summary>JSON-lines files: one object per line, blank lines skipped, and a bad line named by its number.</summary>
internal static class JsonLines
{
    public static IEnumerable<T> Read<T>(TextReader jsonl, string what, Func<JsonElement, T> read)
    {
        ArgumentNullException.ThrowIfNull(jsonl);
        var lineNumber = 0;
        while (jsonl.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            T value;
            try
            {
                using var doc = JsonDocument.Parse(line);
                value = read(doc.RootElement);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"{what} line {lineNumber}: {e.Message}", e);
            }
            yield return value;
        }
    }
}
