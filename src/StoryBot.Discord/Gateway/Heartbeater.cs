using Microsoft.Extensions.Logging;

namespace StoryBot.Discord.Gateway;

/// <summary>
/// Keeps one connection alive: the first beat after <c>interval × random</c>, then one per interval. If the previous
/// beat was never acknowledged when the next is due, the connection is a zombie and <c>onZombie</c> is called.
/// </summary>
internal sealed class Heartbeater(
    TimeSpan interval,
    Func<CancellationToken, Task> sendBeat,
    Action onZombie,
    TimeProvider time,
    Func<double> jitter,
    ILogger logger) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private int _awaitingAck;

    public Task Start(CancellationToken connectionToken)
    {
        var token = CancellationTokenSource.CreateLinkedTokenSource(connectionToken, _stop.Token).Token;
        return Task.Run(() => RunAsync(token), CancellationToken.None);
    }

    public void Acknowledge() => Volatile.Write(ref _awaitingAck, 0);

    /// <summary>The server asked for a beat (op 1): send one now.</summary>
    public Task BeatNowAsync(CancellationToken cancellationToken) => BeatAsync(cancellationToken);

    private async Task RunAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(interval * jitter(), time, token).ConfigureAwait(false);
            while (!token.IsCancellationRequested)
            {
                if (Volatile.Read(ref _awaitingAck) == 1)
                {
                    logger.LogWarning("No heartbeat ACK within {IntervalMs} ms; treating the gateway connection as dead", interval.TotalMilliseconds);
                    onZombie();
                    return;
                }
                await BeatAsync(token).ConfigureAwait(false);
                await Task.Delay(interval, time, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
        catch (Exception ex)
        {
            // A failed send means the socket is gone; the receive loop notices and reconnects.
            logger.LogDebug(ex, "Heartbeat stopped");
        }
    }

    private Task BeatAsync(CancellationToken token)
    {
        Volatile.Write(ref _awaitingAck, 1);
        return sendBeat(token);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
