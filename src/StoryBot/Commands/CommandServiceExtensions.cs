using Microsoft.Extensions.DependencyInjection;

namespace StoryBot.Commands;

public static class CommandServiceExtensions
{
    /// <summary>The story commands, in the order /help lists them, and the router every transport uses.</summary>
    public static IServiceCollection AddStoryCommands(this IServiceCollection services)
    {
        services.AddSingleton<RecentQueries>();
        services.AddSingleton<ICommand, AskCommand>();
        services.AddSingleton<ICommand, SearchCommand>();
        services.AddSingleton<ICommand, SignatoriesCommand>();
        services.AddSingleton<ICommand, QuotesCommand>();
        services.AddSingleton<ICommand, StoryCommand>();
        services.AddSingleton<ICommand>(sp => new HelpCommand(() => sp.GetRequiredService<CommandRouter>().Definitions));
        services.AddSingleton<CommandRouter>();
        return services;
    }
}
