using StoryBot.Cli;

namespace StoryBot.Tests.Cli;

public class ConfigurationArgumentsTests
{
    [Fact]
    public void Section_keys_go_to_configuration_and_everything_else_stays_on_the_command_line()
    {
        var (commandLine, configuration) = ConfigurationArguments.Split(
            ["ask", "--Discord:Token", "abc", "--json", "--Knowledge:DataDirectory=/x", "--data", "d", "--", "--Not:Config=1"]);

        Assert.Equal(["ask", "--json", "--data", "d", "--", "--Not:Config=1"], commandLine);
        Assert.Equal(["--Discord:Token", "abc", "--Knowledge:DataDirectory=/x"], configuration);
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--:x")]
    [InlineData("--Discord:")]
    [InlineData("-D:x")]
    [InlineData("what:is this")]
    public void Ordinary_arguments_are_not_taken_for_configuration(string arg) =>
        Assert.Empty(ConfigurationArguments.Split([arg]).Configuration);
}
