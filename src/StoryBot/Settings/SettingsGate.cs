using StoryBot.Commands;

namespace StoryBot.Settings;

/// <summary>
/// Applies a server's settings to every story command, button press and mention: disabled commands, answer
/// channels, the per-member cooldown, answer visibility and the number of passages. /config and /help work in every
/// channel; a button press (paging an answer already given) is not held to channels or the cooldown. Direct messages
/// have no server settings and are always allowed.
/// </summary>
public sealed class SettingsGate(ISettingsStore store, CooldownTracker cooldowns) : ICommandGate
{
    public async ValueTask<Reply?> CheckAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        await DecideAsync(invocation, cancellationToken).ConfigureAwait(false) switch
        {
            GateDecision.Refuse refuse => refuse.Reply,
            GateDecision.Ignore => Reply.Nothing,
            _ => null,
        };

    public async ValueTask<GateDecision> DecideAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var context = invocation.Context;
        if (context.GuildId is not { } guildId)
        {
            return new GateDecision.Allow(context with { PassagesPerAnswer = GuildSettings.Default.PassagesPerAnswer });
        }
        var settings = await store.GetAsync(guildId, cancellationToken).ConfigureAwait(false);
        var isMention = invocation.Kind == InvocationKind.Mention;
        var isPress = invocation.Kind == InvocationKind.Button;
        // Mentions have their own switch; a question typed at the console counts as /ask.
        var name = isMention ? StoryCommands.Mention : invocation.CommandName;

        if (isMention && !settings.AnswerMentions)
        {
            return new GateDecision.Ignore();
        }
        if (settings.DisabledCommands.Contains(name))
        {
            return Refuse($"/{name} is turned off in this server.");
        }
        if (!isPress
            && !StoryCommands.AnswerAnywhere.Contains(name)
            && settings.AnswerChannelIds.Count > 0
            && (context.ChannelId is null || !settings.AnswerChannelIds.Contains(context.ChannelId)))
        {
            // A mention can't be answered privately; staying silent respects the moderators' choice of channels.
            return isMention
                ? new GateDecision.Ignore()
                : Refuse($"I answer in {SettingsCatalog.AnswerChannels.Display(SettingDefinition.JoinList(settings.AnswerChannelIds))}.");
        }
        if (!isPress
            && StoryCommands.CoolingDown.Contains(name)
            && settings.CooldownSeconds > 0
            && !cooldowns.TryStart(guildId, context.UserId, settings.CooldownSeconds, out var secondsLeft))
        {
            return Refuse($"Slow down a little: try again in {secondsLeft} s.");
        }
        return new GateDecision.Allow(
            context with { PassagesPerAnswer = settings.PassagesPerAnswer },
            Ephemeral: settings.Visibility == AnswerVisibility.Ephemeral);
    }

    private static GateDecision.Refuse Refuse(string text) => new(Reply.Message(text, ephemeral: true));
}
