using Parley.Extraction;

namespace Parley.Extraction.Tests;

/// <summary>The engine knows no domain: a made-up trade dispute works with a pack alone.</summary>
public sealed class GeneralityTests
{
    private const string TradePack = """
        // Two invented countries quarrel over steel.
        {
          "name": "steel-dispute",
          "language": {
            "negations": ["not", "never", "n't"],
            "modals": ["will", "would"],
            "speechVerbs": ["said", "told"],
            "obliquePrepositions": ["in", "on", "from", "to"],
            "conditionMarkers": ["if", "unless"],
            "weekdays": ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
          },
          "groupNouns": ["minister", "officials", "negotiators"],
          "parties": [
            { "id": "northland", "name": "Northland", "names": ["Northland"], "adjectives": ["Northlandic"], "metonyms": ["Frostburg"] },
            { "id": "southport", "name": "Southport", "names": ["Southport"], "adjectives": ["Southportian"], "metonyms": ["Harbourtown"] }
          ],
          "people": [ { "name": "Ada Kestrel", "party": "northland", "role": "trade minister", "aliases": ["Kestrel"] } ],
          "places": [ { "name": "Frostburg" }, { "name": "Lakeview" } ],
          "issues": [
            { "id": "steel_tariff", "name": "Steel tariff", "proposition": "Northland taxes Southport steel",
              "cues": ["steel tariff", "steel tariffs", "duties on ~2 steel"], "contrary": ["free trade in steel"] }
          ],
          "flips": ["scrap*", "lift*"],
          "stanceCues": [
            { "stance": "supports", "act": "demand", "phrases": ["insist*", "demand*"] },
            { "stance": "opposes", "act": "rejection", "phrases": ["reject*", "refus*"] }
          ],
          "meetings": {
            "triggers": ["talks", "met"],
            "held": ["met", "held"],
            "planned": ["will"],
            "expected": ["expected"]
          }
        }
        """;

    [Fact]
    public void A_second_pack_reads_a_made_up_dispute_without_code_changes()
    {
        var extractor = new Extractor(DomainPack.Parse(TradePack, "steel.json"));
        var item = new ItemText("t1",
            "Southport rejected any steel tariffs, while Northland insisted on scrapping free trade in steel, trade minister Ada Kestrel said. " +
            "Northlandic and Southportian negotiators met in Lakeview on Monday.",
            new DateOnly(2030, 5, 8));

        var findings = extractor.Extract(item);

        Assert.Contains(findings.Positions, p => p is { Party: "southport", Issue: "steel_tariff", Stance: "opposes", Speaker: null });
        // "scrapping free trade in steel": a flip of a contrary cue is the proposition itself.
        Assert.Contains(findings.Positions, p => p is { Party: "northland", Issue: "steel_tariff", Stance: "supports", Speaker: "Ada Kestrel" });
        var meeting = Assert.Single(findings.Meetings);
        Assert.Equal("Lakeview", meeting.Place);
        Assert.Equal(new[] { "northland", "southport" }, meeting.Participants.Order());
        Assert.Equal(new DateOnly(2030, 5, 6), meeting.Date);
        Assert.StartsWith("parley-rules/", findings.ExtractorVersion);
    }

    [Fact]
    public void A_packs_calibration_points_map_the_raw_confidence_and_a_pack_without_them_reports_it_raw()
    {
        var item = new ItemText("t1", "Southport rejected any steel tariffs.", new DateOnly(2030, 5, 8));
        var raw = Assert.Single(new Extractor(DomainPack.Parse(TradePack, "steel.json")).Extract(item).Positions).Confidence;
        // Flat at 0.5 below the first point, 0.9 above the last, and a straight line between.
        var flat = TradePack.Replace("\"stanceCues\": [", "\"confidenceCalibration\": [[0.1, 0.5], [0.2, 0.9]], \"stanceCues\": [", StringComparison.Ordinal);
        Assert.Equal(0.9, Assert.Single(new Extractor(DomainPack.Parse(flat, "steel.json")).Extract(item).Positions).Confidence);
        var line = TradePack.Replace("\"stanceCues\": [", "\"confidenceCalibration\": [[0.0, 0.0], [1.0, 0.5]], \"stanceCues\": [", StringComparison.Ordinal);
        Assert.Equal(Math.Round(raw / 2, 2), Assert.Single(new Extractor(DomainPack.Parse(line, "steel.json")).Extract(item).Positions).Confidence, 2);
    }

    [Fact]
    public void The_negotiation_pack_knows_nothing_of_the_dispute()
    {
        var findings = new Extractor(DomainPack.LoadDefault()).Extract(new ItemText("t1", "Southport rejected any steel tariffs.", null));
        Assert.Empty(findings.Positions);
    }
}
