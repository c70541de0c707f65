using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using StoryBot.Commands;
using StoryBot.Discord;
using StoryBot.Knowledge;
using StoryBot.Settings;

namespace StoryBot.Cli;

/// <summary>The host every verb starts from: configuration, logging to stderr, knowledge and commands.</summary>
internal static class StoryBotHost
{
    /// <param name="configurationArgs">"--Section:Key=value" overrides from the command line.</param>
    /// <param name="dataDirectory">--data: wins over any configured <c>Knowledge:DataDirectory</c>.</param>
    public static HostApplicationBuilder CreateBuilder(IReadOnlyList<string> configurationArgs, string? dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [.. configurationArgs] });
        // The appsettings.json shipped beside the program is the base layer, wherever the program is started from;
        // one in the working directory, the environment and the command line override it.
        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
        builder.Configuration.AliasDiscordToken();
        if (dataDirectory is not null)
            builder.Configuration.AddInMemoryCollection([new($"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.DataDirectory)}", Path.GetFullPath(dataDirectory))]);

        // stdout carries answers (and JSON lines); every log line goes to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddSimpleConsole(options => options.SingleLine = true);

        builder.Services.AddKnowledge();
        builder.Services.AddStoryCommands();
        return builder;
    }

    /// <summary>Per-server settings and /config: for the bot and the chat, not for one-shot answers or indexing.</summary>
    public static HostApplicationBuilder AddGuildSettings(this HostApplicationBuilder builder)
    {
        builder.Services.AddGuildSettings(builder.Configuration);
        return builder;
    }
}
