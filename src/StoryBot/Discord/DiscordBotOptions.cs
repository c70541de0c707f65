using System.ComponentModel.DataAnnotations;

namespace StoryBot.Discord;

/// <summary>How the bot answers on Discord. Bound from the <c>Discord</c> section, beside the connection settings.</summary>
public sealed class DiscordBotOptions
{
    /// <summary>
    /// How long an interaction may take before the bot defers it ("thinking…") and edits the answer in later.
    /// Discord drops an interaction not answered within 3 s, so this stays well below that.
    /// </summary>
    [Range(50, 2500, ErrorMessage = "Discord:DeferAfterMilliseconds must be between 50 and 2500 (Discord allows 3 s for the first answer).")]
    public int DeferAfterMilliseconds { get; set; } = 1000;

    /// <summary>How long, at shutdown, answers already being worked on may take to finish.</summary>
    [Range(0, 60)]
    public int ShutdownGraceSeconds { get; set; } = 5;

    public TimeSpan DeferAfter => TimeSpan.FromMilliseconds(DeferAfterMilliseconds);
}
