using System.Text.Json;

namespace Parley.Worker.Ingestion;

public sealed record RejectedLine(int Line, string Reason);

/// <summary>Reads a JSON-lines file of items; a bad line is reported with its number and does not stop the rest.</summary>
public static class NewsItemFile
{
    public static (List<IngestNewsItem> Items, List<RejectedLine> Rejected) Read(string path)
    {
        var items = new List<IngestNewsItem>();
        var rejected = new List<RejectedLine>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var document = JsonDocument.Parse(line);
                var problems = new List<FieldProblem>();
                if (NewsItemValidation.Read(document.RootElement, "", problems) is { } item) items.Add(item);
                else rejected.Add(new(number, string.Join("; ", problems)));
            }
            catch (JsonException e)
            {
                rejected.Add(new(number, $"not valid JSON ({e.Message})"));
            }
        }
        return (items, rejected);
    }
}
