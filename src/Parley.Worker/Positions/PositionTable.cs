using System.Text;
using Parley.Extraction;

namespace Parley.Worker.Positions;

/// <summary>Issues down, parties across, current stance in each cell: the console's one-screen answer to "who stands where".</summary>
public static class PositionTable
{
    public static string Render(DomainPack pack, IReadOnlyCollection<CurrentPosition> positions)
    {
        var current = positions.ToDictionary(p => (p.Statement.Party, p.Statement.Issue), p => p.Statement.Stance);
        var parties = pack.Parties.Select(p => p.Id).Where(p => current.Keys.Any(k => k.Party == p)).ToList();
        var issues = pack.Issues.Select(i => i.Id).Where(i => current.Keys.Any(k => k.Issue == i)).ToList();
        var issueWidth = Math.Max(5, issues.Select(i => i.Length).DefaultIfEmpty(0).Max());
        const int cell = 12;

        var table = new StringBuilder();
        table.Append("issue".PadRight(issueWidth));
        foreach (var party in parties) table.Append(' ').Append(party.PadRight(cell));
        table.AppendLine();
        table.AppendLine(new string('-', issueWidth + parties.Count * (cell + 1)));
        foreach (var issue in issues)
        {
            table.Append(issue.PadRight(issueWidth));
            foreach (var party in parties)
                table.Append(' ').Append((current.GetValueOrDefault((party, issue)) ?? "·").PadRight(cell));
            table.AppendLine();
        }
        if (issues.Count == 0) table.AppendLine("(no positions)");
        return table.ToString();
    }
}
