using System.Text.Json;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Cli;

/// <summary>
/// The contract the scorer relies on: questions on stdin, one per line; one JSON object per non-empty line on
/// stdout, in order, and nothing else on stdout.
/// </summary>
public class AskJsonContractTests : IDisposable
{
    private readonly TestIndexData data = TestIndexData.WithLighthouseStory();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Writes_one_json_object_per_question_in_order_and_skips_blank_lines()
    {
        const string answerable = "How many signatures did the petition gather?";
        const string unanswerable = "Xylophone quasar zeppelin?";
        var run = await CliRun.RunAsync($"{answerable}\n\n   \n{unanswerable}\r\n", "ask", "--json", "--data", data.DataDirectory);

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutputLines;
        Assert.Equal(2, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        var second = JsonDocument.Parse(lines[1]).RootElement;

        Assert.Equal(answerable, first.GetProperty("question").GetString());
        Assert.Contains("2,400", first.GetProperty("answer").GetString());
        Assert.InRange(first.GetProperty("confidence").GetDouble(), 0, 1);
        var passage = first.GetProperty("passages")[0];
        Assert.Contains("2,400", passage.GetProperty("text").GetString());
        Assert.Equal("Coastal Herald", passage.GetProperty("source").GetString());
        Assert.Equal("Reaction", passage.GetProperty("heading").GetString());
        Assert.Equal(JsonValueKind.Number, passage.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Array, first.GetProperty("facts").ValueKind);

        Assert.Equal(unanswerable, second.GetProperty("question").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("answer").ValueKind);
    }

    [Fact]
    public async Task Hostile_lines_still_get_one_answer_each()
    {
        string[] questions = ["AND ((\"", "title:*", "~~~", new string('a', 10_000), "🙂\u200b?", "¿Quién organizó la petición?"];
        var run = await CliRun.RunAsync(string.Join("\n", questions), "ask", "--json", "--data", data.DataDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(questions, run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()));
    }

    [Fact]
    public async Task Empty_input_writes_nothing_and_succeeds()
    {
        var run = await CliRun.RunAsync("", "ask", "--json", "--data", data.DataDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task A_missing_data_folder_is_a_clear_error_and_no_output()
    {
        var missing = Path.Combine(data.DataDirectory, "does-not-exist");
        var run = await CliRun.RunAsync("a question\n", "ask", "--json", "--data", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains(missing, run.Error);
        Assert.Contains("articles", run.Error);
    }
}
