namespace StoryBot.Cli;

/// <summary>What the program's exit code means (the Discord bot adds its own for a refused token).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary><c>index</c> found no article that loads.</summary>
    public const int NothingLoaded = 1;
    /// <summary>Bad arguments or configuration; the message printed says what to fix.</summary>
    public const int InvalidSetup = 2;
}
