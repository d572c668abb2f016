using System.Diagnostics;

namespace Gongkai.Render.Pdf;

/// <summary>
/// Finds a Chinese font to embed in PDFs, at run time: the file named by the GONGKAI_FONT environment variable, else the
/// font fontconfig matches for Simplified Chinese (fc-match), else well-known paths (Debian's fonts-noto-cjk, WenQuanYi,
/// Droid, Windows, macOS). From a collection (.ttc) the Simplified Chinese face is taken.
/// </summary>
public sealed class CjkFont
{
    /// <summary>Environment variable naming a font file (.ttf, .otf or .ttc) to embed.</summary>
    public const string EnvironmentVariable = "GONGKAI_FONT";

    private static readonly string[] s_knownPaths =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        @"C:\Windows\Fonts\simsun.ttc",
        @"C:\Windows\Fonts\msyh.ttc",
        "/System/Library/Fonts/PingFang.ttc",
        "/Library/Fonts/Arial Unicode.ttf",
    ];

    private CjkFont(string path, byte[] face)
    {
        Path = path;
        Face = face;
    }

    /// <summary>The font file the face comes from.</summary>
    public string Path { get; }

    /// <summary>The face, as a standalone font file.</summary>
    public byte[] Face { get; }

    /// <summary>The Chinese message when no font is found.</summary>
    public static string NotFoundMessage =>
        "未找到可嵌入 PDF 的中文字体，无法生成 PDF。请安装思源/Noto 中文字体（Debian/Ubuntu：apt-get install fonts-noto-cjk），"
        + "或设置环境变量 " + EnvironmentVariable + " 指向一个中文字体文件（.ttf、.otf 或 .ttc）。";

    /// <summary>Finds the font, or throws <see cref="InvalidOperationException"/> with <see cref="NotFoundMessage"/>.</summary>
    public static CjkFont Find() => Find(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>Finds the font; <paramref name="env"/> is the value of <see cref="EnvironmentVariable"/> (null when unset).</summary>
    internal static CjkFont Find(string? env, bool searchSystem = true)
    {
        if (!string.IsNullOrWhiteSpace(env))
        {
            return TryLoad(env) ?? throw new InvalidOperationException(
                $"环境变量 {EnvironmentVariable} 指向的“{env}”不存在或不是可用的字体文件（.ttf、.otf 或 .ttc）。" + NotFoundMessage);
        }
        foreach (var candidate in searchSystem ? FontConfigMatches().Concat(s_knownPaths) : [])
        {
            if (TryLoad(candidate) is { } font) return font;
        }
        throw new InvalidOperationException(NotFoundMessage);
    }

    /// <summary>Loads a font file and picks its Simplified Chinese face, or null when it is missing or not a font.</summary>
    public static CjkFont? TryLoad(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var bytes = File.ReadAllBytes(path);
            var offsets = FontFace.FaceOffsets(bytes);
            if (offsets.Count == 0) return null;
            var chosen = offsets[0];
            if (offsets.Count > 1)
            {
                foreach (var offset in offsets)
                {
                    var names = FontFace.FamilyNames(bytes, offset);
                    if (names.Any(n => n.Contains(" SC", StringComparison.Ordinal) || n.Contains("GB", StringComparison.Ordinal)
                        || n.Contains("简", StringComparison.Ordinal) || n.Contains("SimSun", StringComparison.Ordinal)))
                    {
                        chosen = offset;
                        break;
                    }
                }
            }
            var face = offsets.Count == 1 && chosen == 0 ? bytes : FontFace.Extract(bytes, chosen);
            return new CjkFont(path, face);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static IEnumerable<string> FontConfigMatches()
    {
        string output;
        try
        {
            using var process = Process.Start(new ProcessStartInfo("fc-match", "-f \"%{file}\\n\" \"sans-serif:lang=zh-cn\"")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null) return [];
            output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(5000)) return [];
        }
#pragma warning disable CA1031 // fontconfig is optional: any failure to run it just means no match.
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".otf", StringComparison.OrdinalIgnoreCase));
    }
}
