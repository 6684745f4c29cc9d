using JasperFx.CommandLine;

namespace Parley.Worker.Infrastructure;

public sealed class ProbeInput
{
    [Description("The health URL to ask"), FlagAlias("url", 'u')]
    public string UrlFlag { get; set; } = "http://127.0.0.1:8080/health/ready";
}

/// <summary>The runtime image has no curl; container health checks call the worker's own binary instead.</summary>
[Description("Ask a running worker's health endpoint; exit 0 when it answers 200", Name = "probe")]
public sealed class ProbeCommand : JasperFxAsyncCommand<ProbeInput>
{
    public override async Task<bool> Execute(ProbeInput input)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            var response = await client.GetAsync(input.UrlFlag);
            Console.WriteLine($"{input.UrlFlag}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"{input.UrlFlag}: {e.Message}");
            return false;
        }
    }
}
