using System.Runtime.CompilerServices;
using System.ClientModel;
using System.ClientModel.Primitives;
using MeetingBot.Hosting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;

namespace MeetingBot.Questions;

internal static class QuestionServices
{
    private const string CognitiveServicesScope = "https://cognitiveservices.azure.com/.default";

    /// <summary>Registers the optional model; nothing is registered when no endpoint is configured.</summary>
    public static IHostApplicationBuilder AddQuestionAnswering(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AzureOpenAIOptions>()
            .Bind(builder.Configuration.GetSection(AzureOpenAIOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => !o.Validate().Any(), "Ask:AzureOpenAI is incomplete: set Deployment and an https Endpoint.")
            .ValidateOnStart();

        builder.Services.AddSingleton<DecisionRegisterCache>();
        builder.Services.AddSingleton<QuestionService>();

        var options = builder.Configuration.GetSection(AzureOpenAIOptions.Section).Get<AzureOpenAIOptions>() ?? new();
        if (options.IsConfigured)
        {
            AddModel(builder.Services);
        }

        return builder;
    }

    /// <summary>Apart from the registration, so that without a model its client's assemblies are never loaded.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddModel(IServiceCollection services)
    {
        services.AddSingleton(sp => CreateChatClient(sp.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value));
        services.AddSingleton<AnswerSynthesizer>();
    }

    /// <summary>
    /// Azure OpenAI's v1 API speaks the OpenAI protocol at {endpoint}/openai/v1/, so the official
    /// OpenAI client serves both an API key and an Entra token.
    /// </summary>
    internal static IChatClient CreateChatClient(AzureOpenAIOptions options)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint!, "openai/v1/"),
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        };
        // OPENAI001: the policy constructor is marked experimental, yet it is how Microsoft's own
        // Azure OpenAI v1 samples pass an Entra token; the key path needs no such API.
#pragma warning disable OPENAI001
        var client = string.IsNullOrEmpty(options.ApiKey)
            ? new OpenAIClient(new BearerTokenPolicy(AzureCredentials.For(options.ManagedIdentityClientId), CognitiveServicesScope), clientOptions)
            : new OpenAIClient(new ApiKeyCredential(options.ApiKey), clientOptions);
#pragma warning restore OPENAI001
        return client.GetChatClient(options.Deployment).AsIChatClient();
    }
}
