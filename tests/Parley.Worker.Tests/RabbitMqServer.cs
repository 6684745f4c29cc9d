using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DotNet.Testcontainers.Builders;
using RabbitMQ.Client;
using Testcontainers.RabbitMq;
using Parley.Testing;

[assembly: AssemblyFixture(typeof(Parley.Worker.Tests.RabbitMqServer))]

namespace Parley.Worker.Tests;

/// <summary>
/// One real RabbitMQ for the whole run: RABBITMQ_URI when set, else a Testcontainers container when a Docker engine
/// answers, else a private node started from Debian's rabbitmq-server package (its own node name, ports, epmd and
/// data under a temp folder, run directly rather than through the package's wrapper, which would switch to the
/// rabbitmq user and the system node). Tests isolate themselves by queue name.
/// </summary>
public sealed class RabbitMqServer : IAsyncLifetime
{
    RabbitMqContainer? _container;
    PrivateRabbitMq.Node? _node;

    public Uri Uri { get; private set; } = new("amqp://localhost");
    public string Origin { get; private set; } = "";
    /// <summary>Only a broker the tests started themselves can be restarted by them.</summary>
    public bool CanRestart => _node is not null || _container is not null;

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("RABBITMQ_URI") is { Length: > 0 } configured)
        {
            Uri = new Uri(configured);
            Origin = "RABBITMQ_URI";
            return;
        }
        var failures = new List<string>();
        try
        {
            // A fixed host port, so that a restarted container is found where the worker left it.
            var port = PrivateRabbitMq.FreePort();
            _container = new RabbitMqBuilder("rabbitmq:3.13-alpine").WithPortBinding(port, 5672).Build();
            await _container.StartAsync();
            Uri = new Uri(_container.GetConnectionString());
            Origin = "Testcontainers";
            return;
        }
        catch (Exception e) when (e is DockerUnavailableException or InvalidOperationException or ArgumentException)
        {
            failures.Add($"Testcontainers: {e.Message.Split('\n')[0]}");
            _container = null;
        }
        try
        {
            _node = await PrivateRabbitMq.Node.StartAsync("parley-tests");
            Uri = _node.Uri;
            Origin = $"private node in {_node.Directory}";
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            failures.Add($"private node: {e.Message}");
            throw new InvalidOperationException(
                "The tests need a real RabbitMQ and none could be had. Set RABBITMQ_URI (amqp://user:password@host:port/), " +
                "start a Docker engine, or install the broker (Debian: apt-get install rabbitmq-server; ./test.sh does it). Tried: " +
                string.Join(" | ", failures));
        }
    }

    /// <summary>Stops the broker and starts it again on the same port with the same data, as an operator's restart would.</summary>
    public async Task RestartAsync()
    {
        if (_node is not null)
        {
            await _node.StopAsync();
            await _node.StartAgainAsync();
        }
        else if (_container is not null)
        {
            await _container.StopAsync();
            await _container.StartAsync();
            await PrivateRabbitMq.WaitUntilAnswersAsync(Uri, TimeSpan.FromSeconds(60));
        }
        else throw new InvalidOperationException("The broker from RABBITMQ_URI is not ours to restart.");
    }

    public Task<IConnection> ConnectAsync() => new ConnectionFactory { Uri = Uri, ClientProvidedName = "parley-tests" }.CreateConnectionAsync();

    public async ValueTask DisposeAsync()
    {
        if (_container is not null) await _container.DisposeAsync();
        if (_node is not null) await _node.DisposeAsync();
    }
}
