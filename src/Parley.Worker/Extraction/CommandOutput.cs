using Spectre.Console;

namespace Parley.Worker.Extraction;

/// <summary>
/// `extract` and `evaluate` print for people and scripts (`evaluate … > report.txt`): JasperFx's command discovery lines
/// ("Searching '…' for commands"), written through Spectre's console, go to standard error for them, so that standard
/// output holds only their own text. The other verbs keep JasperFx's output as it is.
/// </summary>
internal static class CommandOutput
{
    public static void KeepStandardOutputForResults(string[] args)
    {
        if (args.Length > 0 && args[0] is "extract" or "evaluate")
        {
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        }
    }
}
