using System.Diagnostics;
using System.Globalization;

namespace StoryBot.Benchmarks.Load;

/// <summary>CPU time and memory of another process, read from /proc (Linux) with the Process API as fallback.</summary>
public sealed class ProcessMeter(Process process)
{
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Resident set now, in bytes.</summary>
    public long WorkingSet => StatusKilobytes("VmRSS:") * 1024 is var rss and > 0 ? rss : Refreshed().WorkingSet64;

    /// <summary>The highest resident set since the process started (VmHWM), in bytes.</summary>
    public long PeakWorkingSet => StatusKilobytes("VmHWM:") * 1024 is var peak and > 0 ? peak : Refreshed().PeakWorkingSet64;

    private Process Refreshed()
    {
        process.Refresh();
        return process;
    }

    private long StatusKilobytes(string key)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
            {
                if (line.StartsWith(key, StringComparison.Ordinal))
                {
                    var number = line[key.Length..].Trim().Split(' ')[0];
                    return long.Parse(number, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
