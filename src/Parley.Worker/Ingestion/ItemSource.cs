using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Parley.Worker.Ingestion;

public sealed record RejectedLine(int Line, string Reason);

/// <summary>
/// The items under a path, read lazily so a 100k-line file never sits in memory: a <c>.jsonl</c> file gives one item
/// per line, a directory gives the lines of its <c>.jsonl</c> files and one item per <c>.json</c> file, in name order.
/// A bad line is reported with its file and line number and skipped. With <c>follow</c> it keeps watching for lines
/// appended to the file, or files added to the directory, until cancelled; <c>null</c> marks "caught up for now".
/// </summary>
public sealed class ItemSource(string path, Action<string, RejectedLine> reject)
{
    static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    public long TotalBytes { get; private set; }
    public long BytesRead { get; private set; }

    public async IAsyncEnumerable<IngestNewsItem?> ReadAsync(bool follow, [EnumeratorCancellation] CancellationToken ct)
    {
        var done = new HashSet<string>();
        do
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path).Where(f => f.EndsWith(".jsonl") || f.EndsWith(".json")).Order(StringComparer.Ordinal).Where(done.Add).ToList()
                : done.Add(path) ? [path] : [];
            TotalBytes += files.Sum(f => new FileInfo(f).Length);
            foreach (var file in files)
            {
                var singleFollowedFile = follow && !Directory.Exists(path);
                await foreach (var item in ReadFileAsync(file, file.EndsWith(".json"), singleFollowedFile, ct)) yield return item;
            }
            yield return null;
            if (follow) await Task.Delay(Pause, ct);
        } while (follow && !ct.IsCancellationRequested);
    }

    async IAsyncEnumerable<IngestNewsItem?> ReadFileAsync(string file, bool wholeFileIsOneItem, bool follow, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        if (wholeFileIsOneItem)
        {
            var text = await reader.ReadToEndAsync(ct);
            BytesRead += stream.Length;
            if (Parse(file, 1, text) is { } single) yield return single;
            yield break;
        }
        var number = 0;
        var position = 0L;
        while (!ct.IsCancellationRequested)
        {
            var line = await reader.ReadLineAsync(ct);
            if (line is null)
            {
                if (!follow) break;
                yield return null; // caught up: let what was read so far go out before waiting for more
                await Task.Delay(Pause, ct);
                continue;
            }
            number++;
            BytesRead += stream.Position - position;
            position = stream.Position;
            if (!string.IsNullOrWhiteSpace(line) && Parse(file, number, line) is { } item) yield return item;
        }
    }

    IngestNewsItem? Parse(string file, int number, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var problems = new List<FieldProblem>();
            if (NewsItemValidation.Read(document.RootElement, "", problems) is { } item) return item;
            reject(file, new(number, string.Join("; ", problems)));
        }
        catch (JsonException e)
        {
            reject(file, new(number, $"not valid JSON ({e.Message})"));
        }
        return null;
    }
}
