namespace StoryBot.Knowledge;

/// <summary>Finds the default index-data folder, so the bot runs from the repository root, a subfolder or bin/.</summary>
public static class DataDirectoryLocator
{
    public const string FolderName = "index-data";
    public const string ArticlesFolder = "articles";

    /// <summary>The first <c>index-data</c> folder with an <c>articles</c> folder inside, walking up from each start; null if none.</summary>
    public static string? Find(params IEnumerable<string> startDirectories)
    {
        foreach (var start in startDirectories)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, FolderName);
                if (Directory.Exists(Path.Combine(candidate, ArticlesFolder)))
                    return candidate;
            }
        }
        return null;
    }

    public static string? FindDefault() => Find(Environment.CurrentDirectory, AppContext.BaseDirectory);
}
