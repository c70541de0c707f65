using StoryBot.Settings;

namespace StoryBot.Tests.Settings;

public sealed class SettingsReadmeTests
{
    [Fact]
    public void The_readme_documents_every_setting_exactly_as_the_catalog_defines_it()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StoryBot.sln")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        var readme = File.ReadAllText(Path.Combine(directory.FullName, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains("## Settings", readme);
        Assert.Contains(SettingsReadme.Table(), readme);
    }
}
