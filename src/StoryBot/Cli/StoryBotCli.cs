using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Console;
using StoryBot.Discord;
using StoryBot.Knowledge;

namespace StoryBot.Cli;

/// <summary>
/// The verbs: (none) or run — the Discord bot when a token is configured, else the console chat; chat; ask; index.
/// Reads and writes only the streams it is given, so tests run it in-process.
/// </summary>
internal sealed class StoryBotCli(
    IReadOnlyList<string> configurationArgs, TextReader input, TextWriter output, TextWriter error, bool interactiveTerminal)
{
    private readonly Option<string?> dataOption = new("--data")
    {
        Description = "The index-data folder to read articles from (default: the nearest 'index-data' with an 'articles' folder)",
        HelpName = "DIR",
        Recursive = true,
    };

    public RootCommand Build()
    {
        var root = new RootCommand(
            "StoryBot answers questions about a news story, on Discord or in this console. " +
            "Configuration overrides may follow as --Section:Key=value (e.g. --Discord:Token=…).");
        root.Options.Add(dataOption);
        root.SetAction(RunAsync);

        var run = new Command("run", "Run the Discord bot when a token is configured (Discord:Token or DISCORD_TOKEN), else the console chat");
        run.SetAction(RunAsync);

        var chat = new Command("chat", "Chat with the bot in this console");
        chat.SetAction(ChatAsync);

        var questionArgument = new Argument<string[]>("question")
        {
            Description = "The question (quotes optional)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var jsonOption = new Option<bool>("--json")
        {
            Description = "Read questions from standard input, one per line; write one JSON object per line",
        };
        var ask = new Command("ask", "Answer one question, or with --json every line of standard input") { questionArgument, jsonOption };
        ask.SetAction((parse, ct) => AskAsync(parse, parse.GetValue(questionArgument) ?? [], parse.GetValue(jsonOption), ct));

        var index = new Command("index", "Check and index the articles; print counts, errors and the time taken");
        index.SetAction(IndexAsync);

        root.Subcommands.Add(run);
        root.Subcommands.Add(chat);
        root.Subcommands.Add(ask);
        root.Subcommands.Add(index);
        return root;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var builder = CreateBuilder(parse);
        if (DiscordHostingExtensions.FindToken(builder.Configuration) is null)
            return await ChatAsync(builder, cancellationToken);

        builder.AddGuildSettings().AddDiscordTransport();
        using var host = builder.Build();
        if (!TryStart(host, out _))
            return ExitCodes.InvalidSetup;
        // Read before running: RunAsync disposes the host. The bot sets it when Discord refuses it for good.
        var exitCode = host.Services.GetRequiredService<HostExitCode>();
        await host.RunAsync(cancellationToken);
        return exitCode.Value;
    }

    private Task<int> ChatAsync(ParseResult parse, CancellationToken cancellationToken) =>
        ChatAsync(CreateBuilder(parse), cancellationToken);

    private async Task<int> ChatAsync(HostApplicationBuilder builder, CancellationToken cancellationToken)
    {
        // Start-up news would land in the middle of the conversation; problems still show.
        builder.Logging.AddFilter("StoryBot", LogLevel.Warning);
        builder.AddGuildSettings();
        using var host = builder.Build();
        if (!TryStart(host, out _))
            return ExitCodes.InvalidSetup;
        var chat = new ConsoleChat(host.Services.GetRequiredService<CommandRouter>(), new ConsoleReplyRenderer(interactiveTerminal), input, output);
        await chat.RunAsync(cancellationToken);
        return ExitCodes.Success;
    }

    private async Task<int> AskAsync(ParseResult parse, string[] words, bool json, CancellationToken cancellationToken)
    {
        var question = string.Join(' ', words).Trim();
        if (json == (question.Length > 0))
        {
            await error.WriteLineAsync(json
                ? "ask --json reads its questions from standard input; give no question on the command line."
                : "Give a question (storybot ask \"…\"), or use --json to read questions from standard input.");
            return ExitCodes.InvalidSetup;
        }
        using var host = CreateBuilder(parse).Build();
        if (!TryStart(host, out var knowledge))
            return ExitCodes.InvalidSetup;

        if (!json)
        {
            var router = host.Services.GetRequiredService<CommandRouter>();
            var context = ConsoleChat.ConsoleUser with { Options = new Dictionary<string, string> { [AskCommand.QuestionOption] = question } };
            var reply = await router.ExecuteAsync(AskCommand.Name, context, cancellationToken);
            await output.WriteLineAsync(new ConsoleReplyRenderer(interactiveTerminal).Render(reply with { Buttons = [] }));
            return ExitCodes.Success;
        }

        var logger = host.Services.GetRequiredService<ILogger<StoryBotCli>>();
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0)
                continue;
            AskJsonLine result;
            try
            {
                result = AskJsonLine.From(knowledge.Ask(text, cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Answering a question failed; writing a null answer for it");
                result = AskJsonLine.Unanswered(text);
            }
            await output.WriteLineAsync(JsonSerializer.Serialize(result, CliJsonContext.Readable.AskJsonLine));
            await output.FlushAsync(cancellationToken);
        }
        return ExitCodes.Success;
    }

    private async Task<int> IndexAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        using var host = CreateBuilder(parse).Build();
        if (!TryValidate(host))
            return ExitCodes.InvalidSetup;

        var dataDirectory = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.DataDirectory!;
        var stopwatch = Stopwatch.StartNew();
        using var knowledge = StoryKnowledge.Load(dataDirectory);
        stopwatch.Stop();

        foreach (var problem in knowledge.Errors)
            await error.WriteLineAsync($"error: {problem}");
        var facts = knowledge.Facts;
        await output.WriteLineAsync($"""
            Indexed {dataDirectory}
              articles     {knowledge.Articles.Count}
              passages     {knowledge.Index.PassageCount}
              people       {facts.People.Count}
              signatories  {facts.Signatories.Count}
              quotes       {facts.Quotes.Count}
              errors       {knowledge.Errors.Count}
              time         {stopwatch.ElapsedMilliseconds} ms
            """);
        if (knowledge.Articles.Count == 0)
        {
            await error.WriteLineAsync($"No article loaded from {Path.Combine(dataDirectory, DataDirectoryLocator.ArticlesFolder)}.");
            return ExitCodes.NothingLoaded;
        }
        return ExitCodes.Success;
    }

    private HostApplicationBuilder CreateBuilder(ParseResult parse) =>
        StoryBotHost.CreateBuilder(configurationArgs, parse.GetValue(dataOption));

    /// <summary>Runs the start-up validation of every option; prints what is wrong instead of a stack trace.</summary>
    private bool TryValidate(IHost host)
    {
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
                error.WriteLine($"Configuration error: {failure}");
            return false;
        }
    }

    /// <summary>Validates the configuration, then loads the articles so the first answer is quick.</summary>
    private bool TryStart(IHost host, out StoryKnowledge knowledge)
    {
        knowledge = null!;
        if (!TryValidate(host))
            return false;
        knowledge = host.Services.GetRequiredService<StoryKnowledge>();
        return true;
    }
}
