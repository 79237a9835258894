using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Documents;

/// <summary>
/// Makes PDFsharp's signature a PAdES baseline B one by the letter. PDFsharp 6.2.4 hard-codes
/// <c>/SubFilter /adbe.pkcs7.detached</c>; PAdES asks for <c>/ETSI.CAdES.detached</c>, a name of the
/// same length. The SubFilter lies inside the signed byte ranges, so the name is replaced in the
/// saved file and the CMS is made again over the changed ranges and written into the reserved
/// <c>/Contents</c>; no offset in the file moves.
/// </summary>
internal static partial class PadesSubFilter
{
    private static readonly byte[] Pkcs7 = Encoding.ASCII.GetBytes("/adbe.pkcs7.detached");
    private static readonly byte[] Cades = Encoding.ASCII.GetBytes("/ETSI.CAdES.detached");

    public static void Apply(byte[] pdf, CadesSigner signer)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(signer);
        var at = pdf.AsSpan().IndexOf(Pkcs7);
        if (at < 0 || pdf.AsSpan(at + 1).IndexOf(Pkcs7) >= 0)
        {
            throw new ProtocolSealingException("the signed PDF does not have exactly one adbe.pkcs7.detached signature");
        }

        Cades.CopyTo(pdf, at);

        // Latin-1 keeps one character per byte, so a match's index is the byte offset.
        var text = Encoding.Latin1.GetString(pdf);
        var ranges = ByteRange().Matches(text);
        if (ranges.Count != 1)
        {
            throw new ProtocolSealingException("the signed PDF does not have exactly one /ByteRange");
        }

        var (start1, length1, start2, length2) = (Number(ranges[0], 1), Number(ranges[0], 2), Number(ranges[0], 3), Number(ranges[0], 4));
        var open = start1 + length1;
        if (start1 != 0 || pdf[open] != '<' || pdf[start2 - 1] != '>' || (long)start2 + length2 != pdf.Length)
        {
            throw new ProtocolSealingException("the signature's /ByteRange does not frame its /Contents");
        }

        var content = new byte[length1 + length2];
        pdf.AsSpan(start1, length1).CopyTo(content);
        pdf.AsSpan(start2, length2).CopyTo(content.AsSpan(length1));
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(signer.Sign(content)));
        var room = start2 - 1 - (open + 1);
        if (hex.Length > room)
        {
            throw new ProtocolSealingException($"the signature needs {hex.Length} hex digits and the PDF reserves {room}");
        }

        pdf.AsSpan(open + 1, room).Fill((byte)'0');
        hex.CopyTo(pdf, open + 1);
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRange();
}
