using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace MeetingBot.Outlook;

/// <summary>
/// The Outlook add-in's side of the host: the task pane page and icons under <c>/outlook/</c> (from
/// wwwroot/outlook, copied next to the binaries), its JSON API, and in Development a token endpoint so
/// the page works outside Outlook.
/// </summary>
internal static class OutlookRegistration
{
    public const string DevelopmentTokenRoute = "/dev/outlook/token";
    public const string DevelopmentPeopleRoute = "/dev/outlook/people";

    public static WebApplicationBuilder AddOutlookAddIn(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutlookOptions>().Bind(builder.Configuration.GetSection(OutlookOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OutlookOptions>, OutlookOptionsValidator>();
        builder.Services.AddHttpClient(OutlookTokenValidator.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<OutlookOptions>>().Value;
            return options.IsConfigured || !sp.GetRequiredService<IHostEnvironment>().IsDevelopment()
                ? OutlookTokenSettings.Entra(options)
                : OutlookTokenSettings.Development(sp.GetRequiredService<IServer>());
        });
        builder.Services.AddSingleton<OutlookTokenValidator>();
        return builder;
    }

    public static WebApplication MapOutlookAddIn(this WebApplication app)
    {
        var pages = Path.Combine(AppContext.BaseDirectory, "wwwroot", "outlook");
        if (Directory.Exists(pages))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(pages), RequestPath = "/outlook" });
        }

        var configured = app.Services.GetRequiredService<IOptions<OutlookOptions>>().Value.IsConfigured;
        if (!configured && !app.Environment.IsDevelopment())
        {
            OutlookLog.NotConfigured(app.Services.GetRequiredService<ILogger<OutlookTokenValidator>>());
            return app;
        }

        app.MapOutlookApi();
        if (!configured)
        {
            MapDevelopmentEndpoints(app);
        }

        return app;
    }

    /// <summary>
    /// Stand-ins for Outlook's SSO on this machine: pick a roster member and get a development-issuer token
    /// carrying their object id, as Entra would. Local callers only, like <c>/dev/token</c>.
    /// </summary>
    private static void MapDevelopmentEndpoints(WebApplication app)
    {
        var development = app.MapGroup(string.Empty).RequireLocalDevelopmentCaller();
        development.MapPost(DevelopmentTokenRoute, (string oid, DevelopmentIssuer issuer) =>
            string.IsNullOrWhiteSpace(oid)
                ? Results.Problem(detail: "oid is required.", statusCode: StatusCodes.Status400BadRequest)
                : Results.Json(new Dictionary<string, string>
                {
                    ["access_token"] = issuer.CreateUserToken(OutlookOptions.DevelopmentAudience, new Dictionary<string, object> { ["oid"] = oid }),
                }));

        development.MapGet(DevelopmentPeopleRoute, async (Storage.RosterStore roster, CancellationToken cancellationToken) =>
            Results.Ok((await roster.MembersAsync(cancellationToken))
                .Where(m => m.AadObjectId is not null)
                .Select(m => new { m.Name, m.Organisation, Oid = m.AadObjectId })));
    }
}
