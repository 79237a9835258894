using System.Diagnostics;

namespace MeetingBot.Tests.Justering;

/// <summary>Debian's poppler-utils on a PDF in a temporary file: what a reader of the document gets.</summary>
internal static class Poppler
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, byte[] pdf, params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), "meetingbot-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add(path);
            if (tool == "pdftotext")
            {
                start.ArgumentList.Add("-");
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output + await error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static async Task<string> TextAsync(byte[] pdf) => (await RunAsync("pdftotext", pdf, "-layout")).Output;
}
