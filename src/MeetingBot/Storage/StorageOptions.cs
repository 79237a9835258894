namespace MeetingBot.Storage;

/// <summary>
/// Where the app keeps its data. Bound from the <c>Storage</c> section; the PostgreSQL connection
/// string comes from <c>ConnectionStrings:MeetingBot</c> so it can live with other secrets.
/// </summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string ConnectionStringName = "MeetingBot";
    public const string SqliteFileName = "meetingbot.db";

    /// <summary><c>Sqlite</c> (the default: one file, one instance) or <c>PostgreSql</c> (several instances).</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>The folder of the SQLite file, relative to the working directory unless rooted.</summary>
    public string DataDirectory { get; set; } = "data";

    public string? ConnectionString { get; set; }

    public StorageProvider ProviderKind => TryParseProvider(Provider, out var kind)
        ? kind
        : throw new InvalidOperationException($"Storage:Provider must be Sqlite or PostgreSql, not '{Provider}'.");

    public static bool TryParseProvider(string? value, out StorageProvider provider) =>
        Enum.TryParse(value, ignoreCase: true, out provider) && Enum.IsDefined(provider) && !int.TryParse(value, out _);

    public string SqliteFilePath => Path.Combine(Path.GetFullPath(DataDirectory), SqliteFileName);
}

internal enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
