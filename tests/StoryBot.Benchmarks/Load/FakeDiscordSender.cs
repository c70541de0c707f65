using System.Text.Json;
using System.Text.Json.Nodes;
using StoryBot.FakeDiscord;
using StoryBot.FakeDiscord.Rest;

namespace StoryBot.Benchmarks.Load;

/// <summary>
/// Drives the fake Discord: injects <c>/ask</c> interactions and reports each one's answer to the current
/// <see cref="LatencyRecorder"/>. An answer is the interaction callback, or, when the bot defers (type 5),
/// the edit of its original response that follows.
/// </summary>
public sealed class FakeDiscordSender : IInteractionSender
{
    private const string TokenPrefix = "load-";
    private const int DeferredCallback = 5;

    private readonly FakeDiscordServer server;
    private readonly HashSet<string> deferred = new(StringComparer.Ordinal);
    private LatencyRecorder recorder = new();

    public FakeDiscordSender(FakeDiscordServer server)
    {
        this.server = server;

        // A match that never succeeds is called once per request the fake records: a cheap hook on every request.
        _ = server.Requests.WaitForAsync(r => { ObserveSafely(r); return false; }, TimeSpan.FromDays(1), "the load tool's observer")
            .ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
    }

    public int DeferredCount { get; private set; }

    /// <summary>Starts a new stage: answers are counted against <paramref name="next"/> from now on.</summary>
    public void Measure(LatencyRecorder next) => Volatile.Write(ref recorder, next);

    public string NextId() => FakePayloads.NewSnowflake();

    public Task SendAskAsync(string interactionId, string question, CancellationToken cancellationToken)
    {
        var interaction = FakePayloads.SlashCommand(server.Options, "ask", FakePayloads.Option("question", question));
        interaction["id"] = interactionId;
        interaction["token"] = TokenPrefix + interactionId;
        return server.InjectInteractionAsync(interaction);
    }

    // Runs inside the fake's request handling: an exception here would turn the bot's request into a 500.
    private void ObserveSafely(RecordedRequest request)
    {
        try
        {
            Observe(request);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (Interlocked.Increment(ref observerFailures) == 1)
            {
                System.Console.Error.WriteLine($"Load tool could not read {request}: {ex}");
            }
        }
    }

    private int observerFailures;

    private void Observe(RecordedRequest request)
    {
        // Paths: /interactions/{id}/{token}/callback and /webhooks/{application}/{token}/messages/@original
        var parts = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var error = request.Status >= 400 ? $"HTTP {request.Status} on {request.Method} {request.Template ?? request.Path}" : null;
        if (parts is ["interactions", var id, _, "callback"])
        {
            if (error is null && CallbackType(request.Body) == DeferredCallback)
            {
                lock (deferred)
                {
                    deferred.Add(id);
                    DeferredCount++;
                }

                return;
            }

            Volatile.Read(ref recorder).MarkAnswered(id, error);
        }
        else if (parts is ["webhooks", _, var token, ..] && token.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            var deferredId = token[TokenPrefix.Length..];
            bool wasDeferred;
            lock (deferred)
            {
                wasDeferred = deferred.Remove(deferredId);
            }

            if (wasDeferred)
            {
                Volatile.Read(ref recorder).MarkAnswered(deferredId, error);
            }
        }
    }

    private static int? CallbackType(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body)?["type"]?.GetValue<int>();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
