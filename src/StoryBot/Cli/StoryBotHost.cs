using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using StoryBot.Commands;
using StoryBot.Discord;
using StoryBot.Knowledge;

namespace StoryBot.Cli;

/// <summary>The host every verb starts from: configuration, logging to stderr, knowledge and commands.</summary>
internal static class StoryBotHost
{
    /// <param name="configurationArgs">"--Section:Key=value" overrides from the command line.</param>
    /// <param name="dataDirectory">--data: wins over any configured <c>Knowledge:DataDirectory</c>.</param>
    public static HostApplicationBuilder CreateBuilder(IReadOnlyList<string> configurationArgs, string? dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. configurationArgs],
            // appsettings.json sits beside the program, wherever it is started from.
            ContentRootPath = AppContext.BaseDirectory,
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
}
