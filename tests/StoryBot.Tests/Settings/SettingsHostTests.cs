using StoryBot.Tests.Cli;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Settings;

/// <summary>The whole program: the console chat's moderator changes settings that outlive the process.</summary>
public sealed class SettingsHostTests : IDisposable
{
    private readonly TestIndexData _data = TestIndexData.WithLighthouseStory();
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        _data.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_setting_changed_in_the_chat_shapes_answers_and_is_still_set_after_a_restart()
    {
        var database = $"--Settings:Database={_folder.File("settings.db")}";

        var first = await CliRun.RunAsync("/config set disable-command command:story\n/story\n", "chat", "--data", _data.DataDirectory, database);
        var second = await CliRun.RunAsync("/story\n/config log\n", "chat", "--data", _data.DataDirectory, database);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Disabled commands: none → /story.", first.Output);
        Assert.Contains("/story is turned off in this server.", first.Output);
        Assert.Contains("/story is turned off in this server.", second.Output);
        Assert.Contains("console · Disabled commands: none → /story", second.Output);
    }

    [Fact]
    public async Task An_invalid_settings_option_stops_start_up_with_a_message_naming_it()
    {
        var run = await CliRun.RunAsync("", "chat", "--data", _data.DataDirectory, "--Settings:BusyTimeoutSeconds=0");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("BusyTimeoutSeconds", run.Error);
    }
}
