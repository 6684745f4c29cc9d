using Parley.Extraction;

namespace Parley.Extraction.Tests;

public sealed class DomainPackTests
{
    private const string Minimal = """
        {
          "parties": [ { "id": "a", "name": "A", "names": ["Alpha"] } ],
          "issues": [ { "id": "x", "name": "X", "proposition": "X happens", "cues": ["x"] } ],
          "stanceCues": [ { "stance": "supports", "act": "demand", "phrases": ["wants"] } ]
        }
        """;

    [Fact]
    public void The_default_pack_defines_the_taxonomy_ids()
    {
        var pack = DomainPack.LoadDefault();
        Assert.Equal(new[] { "us", "russia", "ukraine", "europe", "nato" }, pack.Parties.Select(p => p.Id));
        Assert.Equal(
            new[] { "territory", "nato_membership", "security_guarantees", "foreign_troops", "ceasefire", "peace_plan", "talks", "prisoner_exchange",
                "sanctions", "frozen_assets", "nuclear_plant", "army_size", "elections", "referendum", "aid" }.Order(),
            pack.Issues.Select(i => i.Id).Order());
        Assert.All(pack.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Proposition)));
        Assert.Contains(pack.People, p => p.Name == "Volodymyr Zelenskyy" && p.Party == "ukraine" && p.Aliases.Contains("Zelensky"));
    }

    [Fact]
    public void The_fingerprint_is_short_stable_and_follows_the_content()
    {
        var a = DomainPack.Parse(Minimal, "a.json");
        var b = DomainPack.Parse(Minimal.Replace("\n", "\r\n"), "b.json");
        var c = DomainPack.Parse(Minimal.Replace("wants", "desires"), "c.json");
        Assert.Matches("^[0-9a-f]{12}$", a.Fingerprint);
        Assert.Equal(a.Fingerprint, b.Fingerprint);
        Assert.NotEqual(a.Fingerprint, c.Fingerprint);
        Assert.Equal(DomainPack.LoadDefault().Fingerprint, DomainPack.LoadDefault().Fingerprint);
    }

    [Fact]
    public void The_extractor_version_names_rules_and_pack()
    {
        var pack = DomainPack.Parse(Minimal, "a.json");
        var version = new Extractor(pack).Version;
        Assert.Equal($"parley-rules/{Extractor.RulesVersion}+pack.{pack.Fingerprint}", version);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var json = """
            // a comment
            {
              "parties": [ { "id": "a", "name": "A", /* inline */ "names": ["Alpha",], }, ],
              "issues": [ { "id": "x", "name": "X", "proposition": "X happens", "cues": ["x"] } ],
              "stanceCues": [ { "stance": "supports", "act": "demand", "phrases": ["wants"] } ],
            }
            """;
        Assert.Single(DomainPack.Parse(json, "c.json").Parties);
    }

    [Fact]
    public void An_unknown_party_is_reported_with_source_and_line()
    {
        var json = """
            {
              "parties": [ { "id": "ukraine", "name": "Ukraine" } ],
              "people": [
                { "name": "Rustem Umerov",
                  "party": "ukrane" }
              ],
              "issues": [ { "id": "x", "name": "X", "proposition": "X", "cues": ["x"] } ],
              "stanceCues": [ { "stance": "supports", "act": "demand", "phrases": ["wants"] } ]
            }
            """;
        var e = Assert.Throws<DomainPackException>(() => DomainPack.Parse(json, "negotiation.json"));
        Assert.Equal("negotiation.json line 5: person 'Rustem Umerov' names unknown party 'ukrane'", e.Message);
        Assert.Equal(5, e.Line);
    }

    [Theory]
    [InlineData("""{ "parties": [ { "id": "a", "name": "A" } ], "issues": [], "stanceCues": [ { "stance": "maybe", "act": "x", "phrases": ["y"] } ] }""", "unknown stance 'maybe'")]
    [InlineData("""{ "parties": [ { "id": "a", "name": "A" } ], "issues": [ { "id": "x", "name": "X", "proposition": "p", "cues": ["@nowhere"] } ], "stanceCues": [] }""", "unknown word set '@nowhere'")]
    [InlineData("""{ "parties": [ { "id": "a", "name": "A" }, { "id": "a", "name": "B" } ], "issues": [], "stanceCues": [] }""", "party 'a' is defined twice")]
    [InlineData("""{ "parties": [ { "id": "a", "name": "A", "name": "B" } ], "issues": [], "stanceCues": [] }""", "\"name\" appears twice in the same object")]
    [InlineData("""{ "parties": [ { "id": "a", "name": "A" } ], "issues": [ { "id": "x", "name": "X", "proposition": "p" } ], "stanceCues": [] }""", "issue 'x' has no cue phrases")]
    [InlineData("""{ "parties": [ { "id": "a", "name": "A" } ], "stanceCues": [] }""", "the pack has no 'issues'")]
    [InlineData("""{ "parties": [ { "id": "a", "name": "A" } ], "places": [ { "name": "Kremlin", "city": "Moscow" } ], "issues": [], "stanceCues": [] }""", "venue 'Kremlin' names city 'Moscow', which is not a place listed before it")]
    [InlineData("""{ "parties": [ { "id": "a", "name": "A" } ], "issues": [], "stanceCues": [], "confidenceCalibration": [[0.5, 0.7], [0.4, 0.8]] }""", "calibration points must rise")]
    [InlineData("""{ "parties": [ { "id": "a", "name": "A" } ], "issues": [], "stanceCues": [], "confidenceCalibration": [[0.5, 1.7]] }""", "must lie between 0 and 1")]
    [InlineData("""{ "parties": [ { "id": "a", "name": "A" } ], "issues": [], "stanceCues": [], "confidenceCalibration": [[0.5]] }""", "a pair [raw, calibrated]")]
    public void Invalid_packs_say_what_is_wrong(string json, string problem)
    {
        var e = Assert.Throws<DomainPackException>(() => DomainPack.Parse(json, "p.json"));
        Assert.StartsWith("p.json line 1: ", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Broken_json_is_reported_with_its_line()
    {
        var json = "{\n  \"parties\": [\n    { \"id\": \"a\" \"name\": \"A\" }\n  ]\n}";
        var e = Assert.Throws<DomainPackException>(() => DomainPack.Parse(json, "broken.json"));
        Assert.StartsWith("broken.json line 3: invalid JSON", e.Message);
    }

    [Fact]
    public void Load_reads_a_pack_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-pack-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Minimal);
        try
        {
            var pack = DomainPack.Load(path);
            Assert.Equal("a", pack.Parties[0].Id);
            Assert.Equal(Path.GetFileName(path), pack.SourceName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_pack_file_is_copied_next_to_the_library()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "pack", "negotiation.json");
        Assert.True(File.Exists(path), path);
        Assert.Equal(DomainPack.LoadDefault().Fingerprint, DomainPack.Load(path).Fingerprint);
    }
}
