namespace StoryBot.Tests.Discord;

/// <summary>The repository's own folders, found from the test's output folder.</summary>
internal static class RepoFolders
{
    public static string Root { get; } = FindRoot();

    /// <summary>The index-data folder the bot ships with.</summary>
    public static string IndexData => Path.Combine(Root, "index-data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StoryBot.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"StoryBot.sln not found above {AppContext.BaseDirectory}");
    }
}
