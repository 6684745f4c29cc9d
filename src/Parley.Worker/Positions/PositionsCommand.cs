using JasperFx.CommandLine;
using Marten;
using Parley.Extraction;
using Parley.Worker.Infrastructure;

namespace Parley.Worker.Positions;

public sealed class PositionsInput : NetCoreInput
{
    [Description("Only this party (default: every party, as a table of issues by parties)"), FlagAlias("party", 'p')]
    public string? PartyFlag { get; set; }

    [Description("Positions as stated up to this publication date or date-time"), FlagAlias("as-of", 'a')]
    public string? AsOfFlag { get; set; }

    [Description("As Parley knew them at this date or date-time (leaves out items recorded later)"), FlagAlias("known-at", 'k')]
    public string? KnownAtFlag { get; set; }
}

[Description("Print current positions, or positions as of a publication date and as known at a recording date", Name = "positions")]
public sealed class PositionsCommand : JasperFxAsyncCommand<PositionsInput>
{
    public override async Task<bool> Execute(PositionsInput input)
    {
        if (!MomentParameters.TryParse(input.AsOfFlag, input.KnownAtFlag, out var moment, out var problem))
        {
            Console.Error.WriteLine(problem);
            return false;
        }
        using var host = input.BuildHost();
        var pack = host.Services.GetRequiredService<DomainPack>();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        if (input.PartyFlag is null)
        {
            Console.WriteLine(PositionTable.Render(pack, await PositionQueries.CurrentAsync(store, PositionEndpoints.AllPairs(pack), moment, default)));
            return true;
        }
        if (Known.Party(pack, input.PartyFlag) is null)
        {
            Console.Error.WriteLine($"Unknown party '{input.PartyFlag}'. Known: {string.Join(", ", pack.Parties.Select(p => p.Id))}.");
            return false;
        }
        var positions = await PositionEndpoints.PartyPositionsAsync(host.Services.GetRequiredService<CurrentPositions>(), pack, input.PartyFlag, moment, default);
        Console.WriteLine($"{"issue",-20} {"stance",-12} {"since",-10} {"n",3}  speaker / evidence");
        foreach (var p in positions)
            Console.WriteLine($"{p.Issue,-20} {p.Stance,-12} {p.Since:yyyy-MM-dd} {p.Supporting,3}  {p.Statement.Speaker ?? "-"}: {Shorten(p.Statement.Evidence)}");
        if (positions.Count == 0) Console.WriteLine("(no positions at that moment)");
        return true;
    }

    static string Shorten(string evidence) => evidence.Length <= 90 ? evidence : evidence[..87] + "...";
}
