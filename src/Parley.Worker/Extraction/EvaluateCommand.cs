using JasperFx.CommandLine;
using Parley.Extraction;
using Parley.Worker.Infrastructure;

namespace Parley.Worker.Extraction;

public sealed class EvaluateInput
{
    [Description("JSON-lines file of items"), FlagAlias("input", 'i')]
    public string InputFlag { get; set; } = "";

    [Description("JSON-lines file of gold records in the taxonomy's format"), FlagAlias("gold", 'g')]
    public string GoldFlag { get; set; } = "";

    [Description("A domain pack to read with instead of the shipped one"), FlagAlias("pack", 'p')]
    public string? PackFlag { get; set; }

    [Description("Score only the positions found with at least this confidence (0 to 1), to see what a threshold buys"), FlagAlias("min-confidence", 'c')]
    public double MinConfidenceFlag { get; set; }
}

[Description("Score the extractor against gold records: precision, recall and F1, per party and issue, with every miss", Name = "evaluate")]
public sealed class EvaluateCommand : JasperFxCommand<EvaluateInput>
{
    public override bool Execute(EvaluateInput input)
    {
        (input.InputFlag, input.GoldFlag, input.PackFlag) =
            (CallerDirectory.Resolve(input.InputFlag), CallerDirectory.Resolve(input.GoldFlag), CallerDirectory.ResolveOptional(input.PackFlag));
        foreach (var (flag, path) in new[] { ("--input", input.InputFlag), ("--gold", input.GoldFlag) })
            if (!File.Exists(path))
            {
                Console.Error.WriteLine(path.Length == 0 ? $"Missing {flag} FILE" : $"No such file: {path}");
                return false;
            }
        if (input.MinConfidenceFlag is < 0 or > 1)
        {
            Console.Error.WriteLine($"--min-confidence must be between 0 and 1, not {input.MinConfidenceFlag}");
            return false;
        }
        try
        {
            var extractor = new Extractor(DomainPack.LoadOrDefault(input.PackFlag));
            using var items = File.OpenText(input.InputFlag);
            using var gold = File.OpenText(input.GoldFlag);
            var report = Evaluation.Score(ExtractionRecords.ReadItems(items).ToList(), Evaluation.ReadGold(gold).ToList(), extractor, input.MinConfidenceFlag);
            Console.WriteLine(report.ToText());
            return true;
        }
        catch (Exception e) when (e is DomainPackException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return false;
        }
    }
}
