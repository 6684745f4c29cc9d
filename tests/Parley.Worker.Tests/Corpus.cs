using System.Text.Json.Nodes;

namespace Parley.Worker.Tests;

/// <summary>
/// The shared corpus (items and gold). The original article is third-party text and is never copied into the
/// repository: tests that need it read it from PARLEY_CORPUS or a shared/corpus folder beside the checkout.
/// </summary>
public static class Corpus
{
    public static string? Folder { get; } = Locate();

    static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("PARLEY_CORPUS") is { Length: > 0 } configured) return Directory.Exists(configured) ? configured : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (File.Exists(Path.Combine(candidate, "dev", "items.jsonl"))) return candidate;
        }
        return null;
    }

    public static void SkipUnlessPresent() => Assert.SkipWhen(Folder is null,
        "The shared corpus is absent (looked for shared/corpus above the test folder; set PARLEY_CORPUS to its path): " +
        "this test reads the original article from it and cannot run without it.");

    public static JsonObject Item(string id) => Lines("dev/items.jsonl").Single(l => (string?)l["id"] == id);

    public static IReadOnlyList<JsonObject> Gold(string item) => Lines("dev/gold.jsonl").Where(l => (string?)l["item"] == item).ToList();

    static IEnumerable<JsonObject> Lines(string file) =>
        File.ReadLines(Path.Combine(Folder!, file)).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject());
}
