using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace StoryBot.Discord;

/// <summary>
/// Runs event handlers off the gateway's event loop, at most N at once, in arrival order. At shutdown the handlers
/// already queued or running get a grace period to finish, then are cancelled.
/// </summary>
internal sealed class HandlerQueue
{
    private readonly Channel<Func<CancellationToken, Task>> _work =
        Channel.CreateUnbounded<Func<CancellationToken, Task>>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly CancellationTokenSource _abort = new();
    private readonly Task[] _workers;
    private readonly ILogger _logger;

    public HandlerQueue(int concurrency, ILogger logger)
    {
        _logger = logger;
        _workers = [.. Enumerable.Range(0, Math.Max(1, concurrency)).Select(_ => Task.Run(RunWorkerAsync))];
    }

    public void Post(Func<CancellationToken, Task> handler) => _work.Writer.TryWrite(handler);

    public async Task StopAsync(TimeSpan grace)
    {
        _work.Writer.TryComplete();
        var all = Task.WhenAll(_workers);
        try
        {
            await all.WaitAsync(grace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Cancelling the answers still in progress after {GraceSeconds} s", grace.TotalSeconds);
            await _abort.CancelAsync().ConfigureAwait(false);
            await all.ConfigureAwait(false);
        }
        _abort.Dispose();
    }

    private async Task RunWorkerAsync()
    {
        await foreach (var handler in _work.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await handler(_abort.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (!_abort.IsCancellationRequested)
            {
                _logger.LogError(ex, "An event handler failed");
            }
            catch (OperationCanceledException)
            {
                // Cancelled at shutdown.
            }
        }
    }
}
