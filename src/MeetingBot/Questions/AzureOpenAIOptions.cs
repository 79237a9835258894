using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Questions;

/// <summary>
/// <c>Ask:AzureOpenAI</c>: an optional Azure OpenAI deployment that rephrases retrieved decisions.
/// Without <see cref="Endpoint"/> the bot answers by retrieval alone (the default).
/// </summary>
internal sealed class AzureOpenAIOptions
{
    public const string Section = "Ask:AzureOpenAI";

    /// <summary>The resource, e.g. https://my-resource.openai.azure.com/.</summary>
    public Uri? Endpoint { get; set; }

    public string? Deployment { get; set; }

    /// <summary>An API key (from Key Vault); without it the managed identity is used.</summary>
    public string? ApiKey { get; set; }

    public string? ManagedIdentityClientId { get; set; }

    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 20;

    public bool IsConfigured => Endpoint is not null;

    public IEnumerable<string> Validate()
    {
        if (Endpoint is null)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Deployment))
        {
            yield return $"{Section}:Deployment is required when {Section}:Endpoint is set.";
        }

        if (Endpoint.Scheme != Uri.UriSchemeHttps && !Endpoint.IsLoopback)
        {
            yield return $"{Section}:Endpoint must be an https URL.";
        }
    }
}
