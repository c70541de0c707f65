namespace StoryBot.Benchmarks;

/// <summary>Finds the repository (the folder holding StoryBot.sln) and the shared material beside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    /// <summary>The shipped corpus: <c>index-data/articles</c>.</summary>
    public static string SeedArticles => Path.Combine(RepositoryRoot, "index-data", "articles");

    /// <summary>The real story texts the synthetic corpus borrows its sentences from.</summary>
    public static string SharedStory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "story"));

    /// <summary>Discord's OpenAPI spec, which the fake Discord checks every request against.</summary>
    public static string DiscordOpenApi => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "discord", "openapi.json"));

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StoryBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"No StoryBot.sln above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}; run from inside the repository.");
    }
}
