using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace StoryBot.FakeDiscord.Gateway;

/// <summary>One client WebSocket on the fake gateway.</summary>
public sealed class FakeGatewayConnection
{
    private const int FrameSize = 512;

    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    internal FakeGatewayConnection(int number, string endpoint, string query, WebSocket socket)
    {
        Number = number;
        Endpoint = endpoint;
        Query = query;
        _socket = socket;
    }

    public int Number { get; }
    /// <summary>"gateway" (the URL from /gateway/bot) or "resume" (the READY resume_gateway_url).</summary>
    public string Endpoint { get; }
    public string Query { get; }
    internal FakeSession? Session { get; set; }
    internal bool Identified { get; set; }

    /// <summary>Completes when the socket has ended, however it ended.</summary>
    public Task Closed => _closed.Task;
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal void MarkClosed() => _closed.TrySetResult();

    internal async Task SendAsync(JsonObject payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State != WebSocketState.Open) return;
            // Split every payload into several frames, as Discord may: clients must reassemble messages.
            for (var offset = 0; offset < bytes.Length; offset += FrameSize)
            {
                var count = Math.Min(FrameSize, bytes.Length - offset);
                await _socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client is gone; the session keeps buffering.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    internal async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    internal void Abort() => _socket.Abort();
}
