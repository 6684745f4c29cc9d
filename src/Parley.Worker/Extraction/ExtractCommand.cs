using JasperFx.CommandLine;
using Parley.Extraction;
using Parley.Worker.Infrastructure;

namespace Parley.Worker.Extraction;

public sealed class ExtractInput
{
    [Description("JSON-lines file of items"), FlagAlias("input", 'i')]
    public string InputFlag { get; set; } = "";

    [Description("Where to write the findings, one taxonomy record per line (default: standard output)"), FlagAlias("output", 'o')]
    public string? OutputFlag { get; set; }

    [Description("A domain pack to read with instead of the shipped one"), FlagAlias("pack", 'p')]
    public string? PackFlag { get; set; }
}

[Description("Run the extractor over a JSON-lines file of items, with no database", Name = "extract")]
public sealed class ExtractCommand : JasperFxCommand<ExtractInput>
{
    public override bool Execute(ExtractInput input)
    {
        (input.InputFlag, input.OutputFlag, input.PackFlag) =
            (CallerDirectory.Resolve(input.InputFlag), CallerDirectory.ResolveOptional(input.OutputFlag), CallerDirectory.ResolveOptional(input.PackFlag));
        if (!File.Exists(input.InputFlag))
        {
            Console.Error.WriteLine(input.InputFlag.Length == 0 ? "Missing --input ITEMS.jsonl" : $"No such file: {input.InputFlag}");
            return false;
        }
        Extractor extractor;
        try { extractor = new Extractor(DomainPack.LoadOrDefault(input.PackFlag)); }
        catch (DomainPackException e)
        {
            Console.Error.WriteLine(e.Message);
            return false;
        }

        using var reader = File.OpenText(input.InputFlag);
        using var output = input.OutputFlag is { Length: > 0 } path ? new StreamWriter(path) : new StreamWriter(Console.OpenStandardOutput());
        var items = 0;
        try
        {
            foreach (var item in ExtractionRecords.ReadItems(reader))
            {
                items++;
                foreach (var line in ExtractionRecords.ToJsonLines(item.Id, extractor.Extract(item))) output.WriteLine(line);
            }
        }
        catch (FormatException e)
        {
            // The message names the line and the problem; what came before it is written.
            Console.Error.WriteLine($"{input.InputFlag}: {e.Message} (stopped after {items - 1} items)");
            return false;
        }
        Console.Error.WriteLine($"Read {items} items with {extractor.Version}");
        return true;
    }
}
