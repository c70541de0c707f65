using StoryBot;

var interactiveTerminal = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
return await StoryBotApp.RunAsync(args, Console.In, Console.Out, Console.Error, interactiveTerminal, CancellationToken.None);
