namespace Parley.Worker.Infrastructure;

/// <summary>
/// Where the user typed the command. `dotnet run --project src/Parley.Worker` starts a web project in its own
/// folder, so a relative path such as `samples/dev-items.jsonl` would otherwise be looked up under src/Parley.Worker;
/// the shell's PWD still names the folder the user was in.
/// </summary>
public static class CallerDirectory
{
    public static string Path { get; } =
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory;

    /// <summary>A path from the command line, made absolute against the user's folder; empty stays empty.</summary>
    public static string Resolve(string path) => path.Length == 0 ? path : System.IO.Path.GetFullPath(path, Path);

    public static string? ResolveOptional(string? path) => path is null ? null : Resolve(path);
}
