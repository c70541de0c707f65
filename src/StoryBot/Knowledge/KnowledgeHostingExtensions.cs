using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StoryBot.Knowledge;

public static class KnowledgeHostingExtensions
{
    /// <summary>Validated <see cref="KnowledgeOptions"/> and one shared <see cref="StoryKnowledge"/>, loaded on first use.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<KnowledgeOptions>, KnowledgeOptionsSetup>();
        services.AddSingleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>();
        services.AddSingleton(sp => Load(
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.DataDirectory!,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoryKnowledge))));
        return services;
    }

    private static StoryKnowledge Load(string dataDirectory, ILogger logger)
    {
        var stopwatch = Stopwatch.StartNew();
        var knowledge = StoryKnowledge.Load(dataDirectory);
        foreach (var error in knowledge.Errors)
            logger.LogWarning("Skipped an article: {File}:{Line}: {Message}", error.FilePath, error.Line, error.Message);
        logger.LogInformation("Loaded {Articles} articles ({Passages} passages) from {DataDirectory} in {Elapsed} ms",
            knowledge.Articles.Count, knowledge.Index.PassageCount, dataDirectory, stopwatch.ElapsedMilliseconds);
        return knowledge;
    }
}
