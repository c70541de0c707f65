namespace StoryBot;

/// <summary>The exit code a hosted service asks for when it stops the host because it cannot go on (0 until then).</summary>
public sealed class HostExitCode
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    /// <summary>Records a failure; the first one wins.</summary>
    public void Fail(int exitCode = 1) => Interlocked.CompareExchange(ref _value, exitCode == 0 ? 1 : exitCode, 0);
}
