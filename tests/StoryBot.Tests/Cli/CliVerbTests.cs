using System.Text.RegularExpressions;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Cli;

public class CliVerbTests : IDisposable
{
    private readonly TestIndexData data = TestIndexData.WithLighthouseStory();

    public void Dispose() => data.Dispose();

    /// <summary>The chat keeps per-server settings; each test gets its own database.</summary>
    private string SettingsDatabase => $"--Settings:Database={Path.Combine(data.DataDirectory, "settings.db")}";

    [Fact]
    public async Task Ask_prints_one_answer_card_for_a_question_given_as_words()
    {
        var run = await CliRun.RunAsync("", "ask", "--data", data.DataDirectory, "How", "many", "signatures", "did", "the", "petition", "gather?");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("How many signatures did the petition gather?", run.Output);
        Assert.Contains("2,400", run.Output);
        Assert.Contains("Coastal Herald · 2 May 2024", run.Output);
        Assert.DoesNotContain("[1]", run.Output);
    }

    [Fact]
    public async Task Ask_needs_a_question_or_json()
    {
        var run = await CliRun.RunAsync("", "ask", "--data", data.DataDirectory);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--json", run.Error);
    }

    [Fact]
    public async Task Index_prints_the_counts_and_the_time_taken()
    {
        var run = await CliRun.RunAsync("", "index", "--data", data.DataDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"articles\s+1\b", run.Output);
        Assert.Matches(@"passages\s+[1-9]\d*", run.Output);
        Assert.Matches(@"people\s+[1-9]\d*", run.Output);
        Assert.Matches(@"signatories\s+\d+", run.Output);
        Assert.Matches(@"quotes\s+[1-9]\d*", run.Output);
        Assert.Matches(@"time\s+\d+ ms", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Index_names_the_file_and_line_of_a_broken_article_and_keeps_the_others()
    {
        File.WriteAllText(Path.Combine(data.ArticlesDirectory, "broken.md"), "---\ntitle: Half an article\nsource: Nowhere\n\nThe front matter never ends.\n");

        var run = await CliRun.RunAsync("", "index", "--data", data.DataDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"articles\s+1\b", run.Output);
        Assert.Matches(@"errors\s+1\b", run.Output);
        Assert.Matches(new Regex(@"^error: .*broken\.md:\d+: .+", RegexOptions.Multiline), run.Error);
    }

    [Fact]
    public async Task Index_fails_when_no_article_loads()
    {
        using var empty = new TestIndexData();

        var run = await CliRun.RunAsync("", "index", "--data", empty.DataDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"articles\s+0\b", run.Output);
        Assert.Contains("No article loaded", run.Error);
    }

    [Fact]
    public async Task Chat_answers_typed_lines_until_quit()
    {
        var run = await CliRun.RunAsync("/story\nquit\n/help\n", "chat", "--data", data.DataDirectory, SettingsDatabase);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Discord__Token", run.Output);
        Assert.Contains(LighthouseStory.Title, run.Output);
        Assert.DoesNotContain("StoryBot commands", run.Output);
    }

    [Fact]
    public async Task Without_a_verb_or_a_token_the_console_chat_starts()
    {
        var run = await CliRun.RunAsync("/help\n", "--data", data.DataDirectory, "--Discord:Token=", SettingsDatabase);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("StoryBot commands", run.Output);
        Assert.Contains("/signatories [name]", run.Output);
    }

    [Fact]
    public async Task An_unrecognised_argument_is_reported()
    {
        var run = await CliRun.RunAsync("", "chat", "--data", data.DataDirectory, "--colour");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--colour", run.Error);
        Assert.DoesNotContain("Discord__Token", run.Output);
    }

    [Fact]
    public async Task Configuration_overrides_are_accepted_anywhere_even_after_a_question()
    {
        var run = await CliRun.RunAsync("", "ask", "How", "many", "signatures?", $"--Knowledge:DataDirectory={data.DataDirectory}");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("How many signatures?" + Environment.NewLine, run.Output);
        Assert.Contains("2,400", run.Output);
    }
}
