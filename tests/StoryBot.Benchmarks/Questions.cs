namespace StoryBot.Benchmarks;

/// <summary>One question per kind the bot distinguishes; written for the benchmarks, not taken from any evaluation set.</summary>
public static class Questions
{
    public static readonly IReadOnlyDictionary<string, string> ByKind = new Dictionary<string, string>
    {
        ["who"] = "Who is Sam Altman?",
        ["what"] = "What did Mostaque say on Twitter about the letter?",
        ["how-many"] = "How many tech leaders signed the open letter?",
        ["how-long"] = "How long a pause does the letter call for?",
        ["yes-no"] = "Did Sam Altman sign the letter?",
        ["unanswerable"] = "How much does a GPT-4 subscription cost per month?",
    };

    public static IEnumerable<string> Kinds => ByKind.Keys;

    public const string SearchQuery = "pause training powerful AI systems";
}
