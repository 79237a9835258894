namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Whether Microsoft Graph answered the last call, for <c>/readyz</c>. Set by the credential (a token that
/// could not be had) and by the HTTP pipeline (no answer, 5xx, or 401); any other answer from Graph clears
/// it. Reasons name exception types and status codes only: <c>/readyz</c> is anonymous.
/// </summary>
internal sealed class GraphHealth(TimeProvider time)
{
    private volatile Failure? failure;

    /// <summary>Null while Graph answers (or has not been called yet); otherwise what fails and since when.</summary>
    public string? Problem => failure is { } f ? $"failing since {f.Since:yyyy-MM-ddTHH:mm:ssZ}: {f.Reason}" : null;

    public void Succeeded() => failure = null;

    public void Failed(string reason)
    {
        // Keep the start of the outage, so the check says how long it has lasted.
        var since = failure?.Since ?? time.GetUtcNow();
        failure = new Failure(reason, since);
    }

    private sealed record Failure(string Reason, DateTimeOffset Since);
}
