using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Extraction;
using Parley.Worker.Ingestion;
using Parley.Worker.News;

namespace Parley.Benchmarks;

/// <summary>A generated item in the input format of POST /api/news.</summary>
public sealed record NewsItemInput(string Id, string Url, string Title, string Source, string Published, string Text)
{
    public DateTimeOffset PublishedAt => DateTimeOffset.Parse(Published);
    public IngestNewsItem AsMessage() => new(Id, Url, Title, Source, PublishedAt, Text);
}

/// <summary>
/// News written from the development items: paragraphs recombined across items, speakers swapped for others of
/// the same side, weekdays and dates varied, so that the log can grow as large as needed while every item still
/// reads like the real ones to the extractor. Texts never repeat within one generator (the worker would drop
/// a repeat as already ingested).
/// </summary>
public sealed partial class GeneratedNews
{
    static readonly string[][] SameSide =
    [
        ["Dmitry Peskov", "Yuri Ushakov", "Sergei Lavrov", "Maria Zakharova", "Kirill Dmitriev"],
        ["Marco Rubio", "Steve Witkoff", "JD Vance", "Karoline Leavitt", "Keith Kellogg"],
        ["Andrii Sybiha", "Rustem Umerov", "Andriy Yermak", "Yulia Svyrydenko"],
        ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Giorgia Meloni", "Donald Tusk"],
    ];
    static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    static readonly DateTimeOffset EarliestPublication = new(2025, 10, 1, 0, 0, 0, TimeSpan.Zero);

    readonly Random _random;
    readonly string[] _paragraphs;
    readonly string[] _titles;
    readonly HashSet<string> _written = [];
    readonly string _prefix;
    int _next;

    public GeneratedNews(int seed, string prefix)
    {
        _random = new Random(seed);
        _prefix = prefix;
        var items = File.ReadLines(DevItemsPath()).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        _paragraphs = items.SelectMany(i => i.GetProperty("text").GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        _titles = items.Select(i => i.GetProperty("title").GetString()!).ToArray();
    }

    /// <summary>The bundled development items, found from the harness's output folder up to the repository.</summary>
    public static string DevItemsPath() => Path.Combine(Repository.Root, "samples", "dev-items.jsonl");

    /// <summary>The next item, published at a random time between October 2025 and March 2026.</summary>
    public NewsItemInput Next() => Next(EarliestPublication.AddMinutes(_random.Next(0, 150 * 24 * 60)));

    public NewsItemInput Next(DateTimeOffset published)
    {
        while (true)
        {
            var text = string.Join('\n', Enumerable.Range(0, _random.Next(2, 5)).Select(_ => Vary(_paragraphs[_random.Next(_paragraphs.Length)])));
            if (!_written.Add(NewsItemIdentity.TextHash(text))) continue;
            var id = $"{_prefix}{_next++:D7}";
            return new NewsItemInput(id, $"https://bench.example.org/{id}", _titles[_random.Next(_titles.Length)], "bench",
                published.ToString("yyyy-MM-ddTHH:mm:ssZ"), text);
        }
    }

    public IReadOnlyList<NewsItemInput> Take(int count) => Enumerable.Range(0, count).Select(_ => Next()).ToList();

    string Vary(string paragraph)
    {
        foreach (var side in SameSide)
            foreach (var person in side)
                if (paragraph.Contains(person, StringComparison.Ordinal))
                    paragraph = paragraph.Replace(person, side[_random.Next(side.Length)], StringComparison.Ordinal);
        paragraph = Weekday().Replace(paragraph, _ => Weekdays[_random.Next(Weekdays.Length)]);
        return MonthDay().Replace(paragraph, m => $"{Months[_random.Next(Months.Length)]} {_random.Next(1, 29)}");
    }

    [GeneratedRegex(@"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b")]
    private static partial Regex MonthDay();
}

/// <summary>Where the checkout is: the harness reads the samples and starts the worker from its build output.</summary>
public static class Repository
{
    public static string Root { get; } = Locate();

    static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EventStore.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Run the harness from its build output inside the checkout (no EventStore.sln above {AppContext.BaseDirectory}).");
    }
}
