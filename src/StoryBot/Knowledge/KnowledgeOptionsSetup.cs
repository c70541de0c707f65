using Microsoft.Extensions.Options;

namespace StoryBot.Knowledge;

/// <summary>Fills in the default data folder and makes a configured one absolute.</summary>
internal sealed class KnowledgeOptionsSetup : IPostConfigureOptions<KnowledgeOptions>
{
    public void PostConfigure(string? name, KnowledgeOptions options) =>
        options.DataDirectory = string.IsNullOrWhiteSpace(options.DataDirectory)
            ? DataDirectoryLocator.FindDefault()
            : Path.GetFullPath(options.DataDirectory);
}

/// <summary>Fails start-up with a sentence a person can act on when there is no article folder to read.</summary>
internal sealed class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
            return ValidateOptionsResult.Fail(
                $"No {DataDirectoryLocator.FolderName} folder was found here or above. Pass --data DIR or set Knowledge:DataDirectory.");
        var articles = Path.Combine(options.DataDirectory, DataDirectoryLocator.ArticlesFolder);
        if (!Directory.Exists(articles))
            return ValidateOptionsResult.Fail(
                $"The data folder {options.DataDirectory} has no '{DataDirectoryLocator.ArticlesFolder}' folder; articles go in {articles}.");
        return ValidateOptionsResult.Success;
    }
}
