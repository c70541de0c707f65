using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using StoryBot.Discord.Models;

namespace StoryBot.Discord.Gateway;

/// <summary>One WebSocket connection speaking gateway JSON: whole messages in (frames reassembled), one send at a time out.</summary>
internal sealed class GatewaySocket(ClientWebSocket socket) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public string? CloseDescription => socket.CloseStatusDescription;

    public static async Task<GatewaySocket> ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
            return new GatewaySocket(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The next payload, or null once the server has closed (see <see cref="CloseStatus"/>).</summary>
    public async Task<GatewayPayload?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                    return null;
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                    break;
            }
            return JsonSerializer.Deserialize(message.GetBuffer().AsSpan(0, (int)message.Length), DiscordJsonContext.Default.GatewayPayload);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task SendAsync(GatewayPayload payload, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, DiscordJsonContext.Default.GatewayPayload);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes with 1000: Discord ends the session (used on shutdown).</summary>
    public async Task CloseNormallyAsync(TimeSpan timeout)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            return;
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "shutting down", cts.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Abort();
        }
    }

    /// <summary>Drops the connection without a close handshake, which keeps the session resumable.</summary>
    public void Abort() => socket.Abort();

    public void Dispose()
    {
        socket.Dispose();
        _sendLock.Dispose();
    }
}
