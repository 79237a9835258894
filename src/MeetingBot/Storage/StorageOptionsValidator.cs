using Microsoft.Extensions.Options;

namespace MeetingBot.Storage;

/// <summary>Fails start-up on a storage setting that would otherwise fail at the first query.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!StorageOptions.TryParseProvider(options.Provider, out var provider))
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider must be Sqlite or PostgreSql, not '{options.Provider}'.");
        }

        return provider switch
        {
            StorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.DataDirectory) =>
                ValidateOptionsResult.Fail("Storage:DataDirectory must name a folder for the SQLite database."),
            StorageProvider.PostgreSql when string.IsNullOrWhiteSpace(options.ConnectionString) =>
                ValidateOptionsResult.Fail(
                    "ConnectionStrings:MeetingBot is required when Storage:Provider is PostgreSql (environment variable ConnectionStrings__MeetingBot)."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
