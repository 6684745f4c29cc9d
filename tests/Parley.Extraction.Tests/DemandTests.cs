using Parley.Extraction;

namespace Parley.Extraction.Tests;

/// <summary>What one party asks of another is the asker's stance, not the addressee's.</summary>
public sealed class DemandTests
{
    private static readonly Extractor Reader = new(DomainPack.LoadDefault());

    private static Findings Read(string text) => Reader.Extract(new ItemText("t", text, new DateOnly(2028, 3, 2)));

    [Theory]
    [InlineData("Zelensky urged European leaders to impose new sanctions on Russia.", "ukraine", "sanctions", "supports")]
    [InlineData("Zelensky called on the European Union to adopt a new sanctions package.", "ukraine", "sanctions", "supports")]
    [InlineData("The Kremlin urged Washington to lift the sanctions on Russian banks.", "russia", "sanctions", "opposes")]
    public void What_a_demand_asks_of_its_addressee_is_the_demanders_stance(string text, string party, string issue, string stance)
    {
        var findings = Read(text);
        Assert.Contains(findings.Positions, p => p.Party == party && p.Issue == issue && p.Stance == stance);
        Assert.DoesNotContain(findings.Positions, p => p.Party != party && p.Issue == issue);
    }
}
