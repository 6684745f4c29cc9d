using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Parley.Worker.Tests;

/// <summary>A non-Wolverine system publishing to Parley's queue with the plain RabbitMQ client: JSON body, no Wolverine headers.</summary>
public sealed class ForeignProducer(RabbitMqServer rabbit, string queue) : IAsyncDisposable
{
    IConnection? _connection;
    IChannel? _channel;

    /// <summary>Declares the queue as the worker does, so a backlog can build up before any worker has started.</summary>
    public async Task DeclareQueueAsync()
    {
        await using var connection = await rabbit.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
    }

    public Task PublishAsync(object item) => PublishRawAsync(JsonSerializer.Serialize(item));

    /// <summary>Publishes persistently and waits for the broker's confirmation, as a producer that cares about loss does.</summary>
    public async Task PublishRawAsync(string body)
    {
        if (_channel is not { IsOpen: true })
        {
            await DisposeAsync();
            _connection = await rabbit.ConnectAsync();
            _channel = await _connection.CreateChannelAsync(new CreateChannelOptions(
                publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        }
        var properties = new BasicProperties { ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent };
        await _channel.BasicPublishAsync("", queue, mandatory: true, properties, Encoding.UTF8.GetBytes(body));
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null) { try { await _channel.CloseAsync(); } catch (Exception) { /* the broker may be gone */ } _channel.Dispose(); }
        if (_connection is not null) { try { await _connection.CloseAsync(); } catch (Exception) { /* the broker may be gone */ } _connection.Dispose(); }
        _channel = null;
        _connection = null;
    }
}
