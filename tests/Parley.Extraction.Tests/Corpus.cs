using Parley.Extraction;

namespace Parley.Extraction.Tests;

/// <summary>Finds the shared corpus (third-party text that must not live in the repository).</summary>
internal static class Corpus
{
    public static string? Find(out string lookedIn)
    {
        var looked = new List<string>();
        var fromEnv = Environment.GetEnvironmentVariable("PARLEY_CORPUS");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            looked.Add(fromEnv);
            if (Directory.Exists(fromEnv))
            {
                lookedIn = string.Join(", ", looked);
                return fromEnv;
            }
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            looked.Add(candidate);
            if (Directory.Exists(candidate))
            {
                lookedIn = string.Join(", ", looked);
                return candidate;
            }
        }
        lookedIn = string.Join(", ", looked);
        return null;
    }

    public static string RequireDir()
    {
        var dir = Find(out var looked);
        if (dir is null)
        {
            Assert.Skip($"The shared corpus was not found. Set PARLEY_CORPUS to its folder; looked in: {looked}");
        }
        return dir!;
    }

    public static List<ItemText> ReadItems(string path)
    {
        using var reader = new StreamReader(path);
        return ExtractionRecords.ReadItems(reader).ToList();
    }

    public static List<GoldRecord> ReadGold(string path)
    {
        using var reader = new StreamReader(path);
        return Evaluation.ReadGold(reader).ToList();
    }

    /// <summary>The repository's own copies: samples/dev-items.jsonl and the test fixture gold.</summary>
    public static (List<ItemText> Items, List<GoldRecord> Gold) DevSet()
    {
        var gold = ReadGold(Path.Combine(AppContext.BaseDirectory, "fixtures", "dev-gold.jsonl"));
        var items = ReadItems(Path.Combine(AppContext.BaseDirectory, "fixtures", "dev-items.jsonl"));
        return (items, gold);
    }
}
