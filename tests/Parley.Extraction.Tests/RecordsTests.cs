using Parley.Extraction;

namespace Parley.Extraction.Tests;

public sealed class RecordsTests
{
    [Fact]
    public void Records_have_the_taxonomy_keys_in_order_and_keep_non_ascii()
    {
        var findings = new Findings("v",
            [new PositionFinding("russia", "territory", "supports", "demand", "Vladimir Putin", "Kyiv’s “red line” — Donbas.", 0.823, 0)],
            [new MeetingFinding("Miami", ["us", "russia"], ["Kirill Dmitriev"], "expected", new DateOnly(2025, 12, 20), "Talks in Miami.", 1),
             new MeetingFinding(null, ["us", "ukraine"], [], "held", null, "Talks.", 2)]);

        var lines = ExtractionRecords.ToJsonLines("x1", findings).ToList();

        Assert.Equal(
            "{\"item\":\"x1\",\"kind\":\"position\",\"party\":\"russia\",\"issue\":\"territory\",\"stance\":\"supports\",\"act\":\"demand\",\"speaker\":\"Vladimir Putin\",\"evidence\":\"Kyiv’s “red line” — Donbas.\",\"confidence\":0.82}",
            lines[0]);
        Assert.Equal(
            "{\"item\":\"x1\",\"kind\":\"meeting\",\"place\":\"Miami\",\"participants\":[\"us\",\"russia\"],\"people\":[\"Kirill Dmitriev\"],\"status\":\"expected\",\"date\":\"2025-12-20\",\"evidence\":\"Talks in Miami.\"}",
            lines[1]);
        Assert.Contains("\"place\":null", lines[2]);
        Assert.Contains("\"date\":null", lines[2]);
    }

    [Fact]
    public void Items_are_read_with_dates_date_times_and_nulls()
    {
        var jsonl = """
            {"id":"a","url":"u","title":"T","source":"s","published":"2025-12-20","text":"One."}

            {"id":"b","url":"u","title":null,"source":"s","published":"2026-01-23T18:45:00+02:00","text":"Two."}
            {"id":"c","url":"u","title":null,"source":"s","published":null,"text":"Three."}
            """;
        var items = ExtractionRecords.ReadItems(new StringReader(jsonl)).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal(new ItemText("a", "One.", new DateOnly(2025, 12, 20), "T"), items[0]);
        Assert.Equal(new DateOnly(2026, 1, 23), items[1].Published);
        Assert.Null(items[2].Published);
        Assert.Null(items[2].Title);
    }

    [Fact]
    public void A_bad_item_line_names_its_line()
    {
        var e = Assert.Throws<FormatException>(() => ExtractionRecords.ReadItems(new StringReader("{\"id\":\"a\",\"text\":\"x\"}\n{oops")).ToList());
        Assert.StartsWith("items line 2:", e.Message);
    }

    [Fact]
    public void Gold_is_read_for_both_kinds()
    {
        var gold = Evaluation.ReadGold(new StringReader("""
            {"item":"d1","kind":"position","party":"us","issue":"talks","stance":"supports","act":"proposal","speaker":null,"evidence":"E.","confidence":1.0}
            {"item":"d1","kind":"meeting","place":"Geneva","participants":["us","ukraine"],"people":["Marco Rubio"],"status":"held","date":"2025-11-23","evidence":"M."}
            """)).ToList();
        Assert.Equal("talks", gold[0].Issue);
        Assert.Equal(new DateOnly(2025, 11, 23), gold[1].Date);
        Assert.Equal(new[] { "us", "ukraine" }, gold[1].Participants);
    }
}
