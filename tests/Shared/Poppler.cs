using System.Diagnostics;
using System.Text;

namespace MeetingBot.Testing;

/// <summary>
/// Debian's poppler-utils (pdftotext, pdffonts, pdfsig), the independent PDF reader the PDF tests
/// check against. Shared source: linked into each test project that writes PDFs.
/// </summary>
internal static class Poppler
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (install poppler-utils)");
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>The text layer as <c>pdftotext -layout</c> gives it: rows of the attendance columns stay together.</summary>
    public static async Task<string> TextAsync(string pdfPath)
    {
        var result = await RunAsync("pdftotext", "-enc", "UTF-8", "-layout", pdfPath, "-");
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }
}
