using Microsoft.Data.Sqlite;

namespace StoryBot.Settings;

/// <summary>Why the settings database cannot be used, and whether trying again later can help.</summary>
internal enum DatabaseProblemKind { Locked, Corrupt, NewerSchema, Inaccessible }

internal sealed record DatabaseProblem(DatabaseProblemKind Kind, string Detail)
{
    /// <summary>A corrupt file or a newer schema stays that way until someone fixes the file; a lock passes.</summary>
    public bool Lasting => Kind is DatabaseProblemKind.Corrupt or DatabaseProblemKind.NewerSchema;

    // SQLite primary result codes (https://sqlite.org/rescode.html).
    private const int Busy = 5, Locked = 6, Corrupt = 11, NotADatabase = 26;

    /// <summary>Null for exceptions that are not about the database (bugs should surface, not read as "unavailable").</summary>
    public static DatabaseProblem? From(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: var code } e => (code & 0xFF) switch
        {
            Busy or Locked => new(DatabaseProblemKind.Locked, e.Message),
            Corrupt or NotADatabase => new(DatabaseProblemKind.Corrupt, e.Message),
            _ => new(DatabaseProblemKind.Inaccessible, e.Message),
        },
        SchemaTooNewException e => new(DatabaseProblemKind.NewerSchema, e.Message),
        IOException or UnauthorizedAccessException => new(DatabaseProblemKind.Inaccessible, exception.Message),
        _ => null,
    };
}
