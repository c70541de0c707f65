using StoryBot.Commands;

namespace StoryBot.Settings;

/// <summary>
/// Applies a server's settings to every story command and mention: disabled commands, answer channels, the
/// per-member cooldown, answer visibility and the number of passages. /config and /help work in every channel.
/// Direct messages have no server settings and are always allowed.
/// </summary>
public sealed class SettingsGate(ISettingsStore store, CooldownTracker cooldowns) : ICommandGate
{
    public ValueTask<GateDecision> CheckAsync(string commandName, CommandContext context, CancellationToken cancellationToken) =>
        DecideAsync(commandName, context, pressed: false, cancellationToken);

    /// <summary>A "More passages" press: same channels and disabled commands as the command, no cooldown.</summary>
    public ValueTask<GateDecision> CheckPressAsync(string commandName, CommandContext context, CancellationToken cancellationToken) =>
        DecideAsync(commandName, context, pressed: true, cancellationToken);

    private async ValueTask<GateDecision> DecideAsync(string commandName, CommandContext context, bool pressed, CancellationToken cancellationToken)
    {
        if (context.GuildId is not { } guildId)
        {
            return new GateDecision.Allow(context with { PassagesPerAnswer = GuildSettings.Default.PassagesPerAnswer }, Ephemeral: false);
        }
        var settings = await store.GetAsync(guildId, cancellationToken).ConfigureAwait(false);
        var isMention = commandName == StoryCommands.Mention;

        if (isMention && !settings.AnswerMentions)
        {
            return new GateDecision.Ignore();
        }
        if (settings.DisabledCommands.Contains(commandName))
        {
            return Refuse($"/{commandName} is turned off in this server.");
        }
        if (!StoryCommands.AnswerAnywhere.Contains(commandName)
            && settings.AnswerChannelIds.Count > 0
            && (context.ChannelId is null || !settings.AnswerChannelIds.Contains(context.ChannelId)))
        {
            // A mention can't be answered privately; staying silent respects the moderators' choice of channels.
            return isMention
                ? new GateDecision.Ignore()
                : Refuse($"I answer in {SettingsCatalog.AnswerChannels.Display(SettingDefinition.JoinList(settings.AnswerChannelIds))}.");
        }
        if (isMention && settings.Visibility == AnswerVisibility.Ephemeral)
        {
            // A reply to a message is seen by the whole channel; the answer itself must stay private.
            return new GateDecision.Refuse(PrivateAnswersOnly);
        }
        if (!pressed
            && StoryCommands.CoolingDown.Contains(commandName)
            && settings.CooldownSeconds > 0
            && !cooldowns.TryStart(guildId, context.UserId, settings.CooldownSeconds, out var secondsLeft))
        {
            return Refuse($"Slow down a little: try again in {secondsLeft} s.");
        }
        return new GateDecision.Allow(
            context with { PassagesPerAnswer = settings.PassagesPerAnswer },
            Ephemeral: settings.Visibility == AnswerVisibility.Ephemeral);
    }

    /// <summary>What a mention gets where answers are for the asker alone: the way to get one privately.</summary>
    public static readonly Reply PrivateAnswersOnly =
        Reply.Message("In this server I answer privately: use /ask and only you will see the answer.");

    private static GateDecision.Refuse Refuse(string text) => new(Reply.Message(text, ephemeral: true));
}
