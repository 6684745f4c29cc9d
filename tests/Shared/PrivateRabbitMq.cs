using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using RabbitMQ.Client;

namespace Parley.Testing;

/// <summary>
/// A RabbitMQ node of our own, started from Debian's rabbitmq-server package (its own node name, ports, epmd and
/// data under a temp folder, run directly rather than through the package's wrapper, which would switch to the
/// rabbitmq user and the system node). Shared by the tests and the benchmark harness (linked into both).
/// </summary>
public static class PrivateRabbitMq
{
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>A broker node of our own from the installed package: nothing shared with the system's node.</summary>
    public sealed class Node
    {
        readonly string _sbin;
        readonly Dictionary<string, string> _environment;
        Process? _process;

        Node(string sbin, string directory, string owner)
        {
            _sbin = sbin;
            Directory = directory;
            var port = FreePort();
            Uri = new Uri($"amqp://guest:guest@127.0.0.1:{port}/");
            NodeName = $"{owner}-{Environment.ProcessId}@localhost";
            System.IO.Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[].\n");
            File.WriteAllText(Path.Combine(directory, "rabbitmq.conf"), "loopback_users = none\n");
            _environment = new()
            {
                ["HOME"] = directory, // the Erlang cookie lives here, not in root's or rabbitmq's home
                ["RABBITMQ_NODENAME"] = NodeName,
                ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
                ["RABBITMQ_NODE_PORT"] = port.ToString(),
                ["RABBITMQ_DIST_PORT"] = FreePort().ToString(),
                ["ERL_EPMD_PORT"] = FreePort().ToString(),
                ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
                ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
                ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
                ["RABBITMQ_CONF_ENV_FILE"] = "/dev/null",
                ["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq"),
                ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(directory, "advanced.config"),
                ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins"),
                ["RABBITMQ_PID_FILE"] = Path.Combine(directory, "rabbitmq.pid"),
                // Erlang's schedulers spin while idle; on a small shared machine that steals the tests' CPU.
                ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "+sbwt none +sbwtdcpu none +sbwtdio none",
            };
        }

        public string Directory { get; }
        public string NodeName { get; }
        public Uri Uri { get; }

        public static async Task<Node> StartAsync(string owner)
        {
            var sbin = FindServerScripts() ?? throw new InvalidOperationException(
                "no RabbitMQ server is installed (looked for /usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin/rabbitmq-server)");
            var directory = Path.Combine(Path.GetTempPath(), owner, $"rabbitmq-{Environment.ProcessId}");
            if (System.IO.Directory.Exists(directory)) System.IO.Directory.Delete(directory, recursive: true);
            var node = new Node(sbin, directory, owner);
            await node.StartAgainAsync();
            return node;
        }

        static string? FindServerScripts() =>
            System.IO.Directory.Exists("/usr/lib/rabbitmq/lib")
                ? System.IO.Directory.GetDirectories("/usr/lib/rabbitmq/lib", "rabbitmq_server-*")
                    .Select(d => Path.Combine(d, "sbin"))
                    .Where(d => File.Exists(Path.Combine(d, "rabbitmq-server")))
                    .OrderByDescending(d => d, StringComparer.Ordinal)
                    .FirstOrDefault()
                : null;

        public async Task StartAgainAsync()
        {
            var start = Start("rabbitmq-server");
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            _process = Process.Start(start) ?? throw new InvalidOperationException("could not run rabbitmq-server");
            _process.OutputDataReceived += (_, _) => { };
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            try
            {
                await WaitUntilAnswersAsync(Uri, TimeSpan.FromSeconds(90), _process);
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException)
            {
                var log = Path.Combine(Directory, "log", NodeName + ".log");
                throw new InvalidOperationException(
                    $"{e.Message}; see {log}: {(File.Exists(log) ? string.Join(" / ", File.ReadLines(log).TakeLast(5)) : "(no log)")}");
            }
        }

        public async Task StopAsync()
        {
            if (_process is null) return;
            using (var stop = Process.Start(Start("rabbitmqctl", "-n", NodeName, "stop")))
                if (stop is not null) await stop.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            if (!_process.WaitForExit(TimeSpan.FromSeconds(30))) _process.Kill(entireProcessTree: true);
            _process.Dispose();
            _process = null;
            // The node started its own epmd on a private port; it outlives the node unless told to go.
            using var epmd = Process.Start(Start("epmd", "-port", _environment["ERL_EPMD_PORT"], "-kill"));
            if (epmd is not null) await epmd.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        public async Task DisposeAsync()
        {
            await StopAsync();
            try { System.IO.Directory.Delete(Directory, recursive: true); }
            catch (IOException) { /* a straggling file handle; the folder is named by process id and replaced next run */ }
        }

        ProcessStartInfo Start(string tool, params string[] args)
        {
            var path = tool == "epmd" ? "epmd" : Path.Combine(_sbin, tool);
            var info = new ProcessStartInfo(path) { WorkingDirectory = Directory, UseShellExecute = false };
            foreach (var a in args) info.ArgumentList.Add(a);
            foreach (var (key, value) in _environment) info.Environment[key] = value;
            if (tool != "rabbitmq-server") { info.RedirectStandardOutput = true; info.RedirectStandardError = true; }
            return info;
        }
    }

    public static async Task WaitUntilAnswersAsync(Uri uri, TimeSpan timeout, Process? process = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process is { HasExited: true }) throw new InvalidOperationException($"rabbitmq-server exited with {process.ExitCode}");
            try
            {
                await using var connection = await new ConnectionFactory { Uri = uri }.CreateConnectionAsync();
                return;
            }
            catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
            catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException e)
            {
                throw new TimeoutException($"RabbitMQ at {uri.Host}:{uri.Port} did not answer within {timeout}: {e.InnerException?.Message ?? e.Message}");
            }
        }
    }
}
