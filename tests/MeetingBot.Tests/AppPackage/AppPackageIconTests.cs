using MeetingBot.Tests.Cards;

namespace MeetingBot.Tests.AppPackage;

/// <summary>Teams' rules for the two icons: sizes, and transparency where Teams paints its own background.</summary>
public sealed class AppPackageIconTests
{
    private static string Icon(string name) => Path.Combine(CardOracle.RepositoryRoot, "appPackage", name);

    [Fact]
    public void ColorIcon_Read_Is192Square()
    {
        var image = PngImage.Read(Icon("color.png"));

        Assert.Equal((192, 192), (image.Width, image.Height));
    }

    [Fact]
    public void OutlineIcon_Read_Is32Square()
    {
        var image = PngImage.Read(Icon("outline.png"));

        Assert.Equal((32, 32), (image.Width, image.Height));
    }

    [Fact]
    public void ColorIcon_CornersOutsideTheDisc_AreTransparent()
    {
        var image = PngImage.Read(Icon("color.png"));

        foreach (var (x, y) in new[] { (0, 0), (191, 0), (0, 191), (191, 191), (20, 20), (171, 171) })
        {
            Assert.Equal(0, image[x, y].A);
        }

        Assert.Equal(255, image[96, 10].A);
        Assert.Equal(255, image[10, 96].A);
    }

    [Fact]
    public void OutlineIcon_EveryVisiblePixel_IsWhite()
    {
        var image = PngImage.Read(Icon("outline.png"));

        var visible = Pixels(image).Where(p => p.A > 0).ToList();
        Assert.NotEmpty(visible);
        Assert.All(visible, p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    [Fact]
    public void OutlineIcon_OutsideTheGlyph_IsTransparent()
    {
        var image = PngImage.Read(Icon("outline.png"));

        // The one-pixel border and the calendar's empty middle show Teams' tile through the icon.
        var border = Enumerable.Range(0, 32).SelectMany(i => new[] { image[i, 0], image[i, 31], image[0, i], image[31, i] });
        Assert.All(border, p => Assert.Equal(0, p.A));
        Assert.Equal(0, image[10, 13].A);
        var transparent = Pixels(image).Count(p => p.A == 0);
        Assert.InRange(transparent, 32 * 32 / 3, 32 * 32 * 3 / 4);
    }

    private static IEnumerable<(byte R, byte G, byte B, byte A)> Pixels(PngImage image) =>
        from y in Enumerable.Range(0, image.Height) from x in Enumerable.Range(0, image.Width) select image[x, y];
}
