using Parley.Extraction;

namespace Parley.Extraction.Tests;

/// <summary>Reads a sentence or two as one item, with the default pack, for the tests that state a rule by example.</summary>
internal static class OneItem
{
    private static readonly Extractor Reader = new(DomainPack.LoadDefault());

    public static Extractor Extractor => Reader;

    public static Findings Read(string text) => Reader.Extract(new ItemText("t", text, new DateOnly(2028, 3, 2)));
}
