using MeetingBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework.Tests.Hosting;

public sealed class BotOptionsValidatorTests
{
    private const string AppId = "8a7c2bd9-1f3e-4c55-9d7a-2f0b6f3e0a11";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private static ValidateOptionsResult Validate(BotOptions options, string environment) =>
        new BotOptionsValidator(new Environment(environment)).Validate(null, options);

    private static BotOptions Production() => new() { AppId = AppId, TenantId = TenantId, ClientSecret = "secret" };

    [Fact]
    public void Validate_CompleteProductionConfiguration_Succeeds()
    {
        Assert.True(Validate(Production(), Environments.Production).Succeeded);
    }

    [Fact]
    public void Validate_NothingInDevelopment_Succeeds()
    {
        Assert.True(Validate(new BotOptions(), Environments.Development).Succeeded);
    }

    [Fact]
    public void Validate_ProductionWithoutAppId_NamesBotAppId()
    {
        var options = Production();
        options.AppId = null;

        Assert.Contains("Bot:AppId", Validate(options, Environments.Production).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProductionWithoutCredential_NamesTheThreeCredentialKeys()
    {
        var options = Production();
        options.ClientSecret = null;

        var message = Validate(options, Environments.Production).FailureMessage;

        Assert.Contains("Bot:ClientSecret", message, StringComparison.Ordinal);
        Assert.Contains("Bot:ManagedIdentityClientId", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EntraAllowedCallerNotAGuid_NamesTheKey()
    {
        var options = Production();
        options.EntraAllowedCallers.Add("my-app");

        Assert.Contains("Bot:EntraAllowedCallers", Validate(options, Environments.Production).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EntraAllowedCallersWithoutTenant_NamesBotTenantId()
    {
        var options = new BotOptions();
        options.EntraAllowedCallers.Add(Guid.NewGuid().ToString());

        Assert.Contains("Bot:TenantId", Validate(options, Environments.Development).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EntraAllowedCallersOfTheTenant_Succeeds()
    {
        var options = Production();
        options.EntraAllowedCallers.Add(Guid.NewGuid().ToString());

        Assert.True(Validate(options, Environments.Production).Succeeded);
    }

    [Fact]
    public void Validate_TwoCredentials_Fails()
    {
        var options = Production();
        options.ManagedIdentityClientId = Guid.NewGuid().ToString();

        Assert.Contains("only one of", Validate(options, Environments.Production).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CredentialWithoutTenant_NamesBotTenantId()
    {
        var options = Production();
        options.TenantId = null;

        Assert.Contains("Bot:TenantId", Validate(options, Environments.Production).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HttpMetadataOutsideDevelopment_NamesBotOpenIdMetadataUrl()
    {
        var options = Production();
        options.OpenIdMetadataUrl = "http://127.0.0.1:5000/.well-known/openid-configuration";

        Assert.Contains("Bot:OpenIdMetadataUrl must be an https URL", Validate(options, Environments.Production).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HttpMetadataOn127InDevelopment_Succeeds()
    {
        var options = new BotOptions { OpenIdMetadataUrl = "http://127.0.0.1:5000/.well-known/openid-configuration" };

        Assert.True(Validate(options, Environments.Development).Succeeded);
    }

    [Theory]
    [InlineData("http://localhost:5000/.well-known/openid-configuration")]
    [InlineData("http://metadata.example/.well-known/openid-configuration")]
    public void Validate_HttpMetadataElsewhereInDevelopment_Fails(string url)
    {
        var options = new BotOptions { OpenIdMetadataUrl = url };

        Assert.Contains("Bot:OpenIdMetadataUrl may use http only on 127.0.0.1", Validate(options, Environments.Development).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AllowedTenantNotAGuid_NamesBotAllowedTenants()
    {
        var options = Production();
        options.AllowedTenants.Add("contoso");

        Assert.Contains("Bot:AllowedTenants", Validate(options, Environments.Production).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ProductionBotSectionWithoutCredential_FailsAtStartNamingTheKey()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration["Bot:AppId"] = AppId;
        builder.Configuration["Bot:TenantId"] = TenantId;
        builder.AddBotFramework();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Bot:ClientSecret", error.Message, StringComparison.Ordinal);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
