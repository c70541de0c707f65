namespace StoryBot.Knowledge.Tests;

/// <summary>Locates the repository (the folder holding StoryBot.sln) and the shared story folder beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedArticles => Path.Combine(Root, "index-data", "articles");

    public static string SeedArticle => Path.Combine(SeedArticles, "semafor-2023-03-29-musk-open-letter.md");

    /// <summary>Real articles about the same letter, kept beside the repository (CI lays shared/ next to the clone).</summary>
    public static string MoreArticles => Path.GetFullPath(Path.Combine(Root, "..", "shared", "story", "more"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StoryBot.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"StoryBot.sln not found above {AppContext.BaseDirectory}");
    }
}
