using System.Text.RegularExpressions;

namespace StoryBot.Knowledge.Answering.Spans;

/// <summary>Regular expressions for answers that have a shape: counts, amounts of money, durations, dates, ages.</summary>
internal static partial class TypedPatterns
{
    private const string NumberWord =
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|" +
        "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|billions|dozens|" +
        "hundred|a hundred|a thousand|a dozen|a few|several|half a dozen";

    private const string Number =
        @"(?<![\w\-])(?:\d[\d,]*(?:\.\d+)?|(?:" + NumberWord + @")(?:[- ](?:" + NumberWord + @"))*)(?:\s+(?:hundred|thousand|million|billion|trillion))?(?![\w])";

    private const string Modifier =
        @"(?:(?:just\s+)?(?:over|more\s+than|at\s+least|about|around|nearly|almost|roughly|some|fewer\s+than|less\s+than|up\s+to|approximately|under|close\s+to|as\s+many\s+as)\s+)?";

    [GeneratedRegex(@"\b" + Modifier + Number + @"(?:\s+of)?(?:\s+(?!of\b|to\b|for\b|in\b|and\b)[a-z][a-z\-]*){0,2}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Count();

    [GeneratedRegex(@"(?:[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|[mbk]n?)\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:million|billion|trillion)?\s?(?:dollars|euros|pounds|usd)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Money();

    [GeneratedRegex(@"\b" + Modifier + @"(?:" + Number + @")[\s-]+(?:second|minute|hour|day|week|month|year|decade|century)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Duration();

    [GeneratedRegex(@"\b(?:\d{1,3}[\s-]+years?[\s-]+old|aged\s+\d{1,3})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Age();

    private const string Month =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        @"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?";

    [GeneratedRegex(
        @"\b(?:" +
        @"(?:" + Month + @")\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+(?:" + Month + @")(?:\s+\d{4})?|(?:" + Month + @")\s+\d{4}|" +
        @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|" +
        @"(?:19|20)\d{2}|yesterday|today|tomorrow|(?:last|next|this)\s+(?:week|month|year|spring|summer|fall|autumn|winter)|" +
        @"recent\s+(?:months|weeks|days|years)|(?:weeks|months|days|years)\s+(?:ago|after|before|earlier|later))\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Date();

    [GeneratedRegex(@"\b(?:because(?:\s+of)?|due\s+to|in\s+order\s+to|so\s+that|citing|amid|for\s+fear)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Cause();

    [GeneratedRegex(@"\b(?:in|at|on|from)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*", RegexOptions.CultureInvariant)]
    public static partial Regex Place();

    [GeneratedRegex(@"[""“]([^""“”]{3,})[""”]", RegexOptions.CultureInvariant)]
    public static partial Regex Quoted();
}
