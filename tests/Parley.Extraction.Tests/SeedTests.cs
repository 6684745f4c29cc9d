using Parley.Extraction;

namespace Parley.Extraction.Tests;

/// <summary>The first pipeline issue: every gold record of the seed article, and nothing else.</summary>
public sealed class SeedTests
{
    private static (ItemText Item, List<GoldRecord> Gold, Findings Findings) Read()
    {
        var corpus = Corpus.RequireDir();
        var items = Corpus.ReadItems(Path.Combine(corpus, "dev", "items.jsonl"));
        var gold = Corpus.ReadGold(Path.Combine(corpus, "dev", "gold.jsonl")).Where(g => g.Item == "seed").ToList();
        var seed = items.Single(i => i.Id == "seed");
        return (seed, gold, new Extractor(DomainPack.LoadDefault()).Extract(seed));
    }

    [Fact]
    public void Every_gold_position_of_the_seed_is_found_with_its_speaker()
    {
        var (_, gold, findings) = Read();
        var positions = gold.Where(g => g.Kind == "position").ToList();
        Assert.Equal(10, positions.Count);
        foreach (var g in positions)
        {
            var match = findings.Positions.Where(p => p.Party == g.Party && p.Issue == g.Issue && p.Stance == g.Stance && p.Evidence == g.Evidence).ToList();
            Assert.True(match.Count > 0, $"missing {g.Party}/{g.Issue}/{g.Stance} in: {g.Evidence}");
            Assert.True(match.Any(p => p.Speaker == g.Speaker), $"{g.Party}/{g.Issue}/{g.Stance}: speaker should be {g.Speaker ?? "null"}, read {match[0].Speaker ?? "null"}");
        }
    }

    [Fact]
    public void The_seed_yields_no_position_the_gold_does_not_have()
    {
        var (_, gold, findings) = Read();
        var expected = gold.Where(g => g.Kind == "position").Select(g => (g.Party, g.Issue, g.Stance, g.Evidence)).ToHashSet();
        foreach (var p in findings.Positions)
        {
            Assert.True(expected.Contains((p.Party, p.Issue, p.Stance, p.Evidence)), $"extra {p.Party}/{p.Issue}/{p.Stance} in: {p.Evidence}");
        }
        Assert.Equal(expected.Count, findings.Positions.Select(p => (p.Party, p.Issue, p.Stance, p.Evidence)).Distinct().Count());
    }

    [Fact]
    public void The_seed_meetings_have_place_status_date_participants_and_people()
    {
        var (_, gold, findings) = Read();
        var meetings = gold.Where(g => g.Kind == "meeting").ToList();
        Assert.Equal(3, meetings.Count);
        Assert.Equal(meetings.Count, findings.Meetings.Count);
        foreach (var g in meetings)
        {
            var m = findings.Meetings.SingleOrDefault(f => f.Place == g.Place);
            Assert.True(m is not null, $"missing meeting at {g.Place ?? "(no place)"}");
            Assert.Equal(g.Status, m!.Status);
            Assert.Equal(g.Date, m.Date);
            Assert.Equal(g.Evidence, m.Evidence);
            Assert.Equal(g.Participants.Order(), m.Participants.Order());
            Assert.Equal(g.People.Order(), m.People.Order());
        }
    }

    [Fact]
    public void Seed_records_serialise_in_the_taxonomy_format()
    {
        var (item, _, findings) = Read();
        var lines = ExtractionRecords.ToJsonLines(item.Id, findings).ToList();
        Assert.Equal(findings.Positions.Count + findings.Meetings.Count, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("{\"item\":\"seed\",\"kind\":", l));
        Assert.Contains(lines, l => l.Contains("\"place\":\"Miami\"") && l.Contains("\"date\":\"2025-12-20\"") && l.Contains("\"status\":\"expected\""));
    }
}
