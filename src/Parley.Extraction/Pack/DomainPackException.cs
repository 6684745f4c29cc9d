namespace Parley.Extraction;

/// <summary>A domain pack that cannot be used; the message names the source, the line and the problem.</summary>
public sealed class DomainPackException : Exception
{
    public DomainPackException(string sourceName, int line, string problem, Exception? inner = null)
        : base($"{sourceName} line {line}: {problem}", inner)
    {
        SourceName = sourceName;
        Line = line;
        Problem = problem;
    }

    public string SourceName { get; }
    public int Line { get; }
    public string Problem { get; }
}
