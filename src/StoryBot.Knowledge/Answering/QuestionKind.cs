namespace StoryBot.Knowledge.Answering;

/// <summary>What sort of answer a question wants; decides which span is cut from the evidence.</summary>
public enum QuestionKind
{
    /// <summary>No question word: a keyword search such as "Musk OpenAI feud".</summary>
    Other,
    Who,
    What,
    Which,
    When,
    Where,
    Why,
    How,
    HowMany,
    HowMuch,
    HowLong,
    HowOld,
    YesNo,
    List,
}
