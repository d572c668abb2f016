namespace Gongkai.TestSupport;

/// <summary>
/// Locates ../shared/corpus beside the repository (or GONGKAI_CORPUS). When CI=true and the corpus is missing,
/// <see cref="Root"/> throws so that corpus tests fail instead of skipping.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string?> s_root = new(Find);

    /// <summary>The corpus folder, or null when absent outside CI.</summary>
    public static string? RootOrNull => s_root.Value ?? (IsCi ? throw new InvalidOperationException(
        "The corpus (../shared/corpus) is missing and CI=true: corpus tests must fail, not skip.") : null);

    /// <summary>The corpus folder; throws when absent.</summary>
    public static string Root => RootOrNull ?? throw new InvalidOperationException(
        "The corpus (../shared/corpus) was not found beside the repository; set GONGKAI_CORPUS.");

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Path of a seed file by its number prefix ("000").</summary>
    public static string Seed(string prefix) =>
        Directory.GetFiles(Path.Combine(Root, "seeds"), prefix + "_*.txt").Single();

    /// <summary>Path of a corpus PDF by file name.</summary>
    public static string Pdf(string fileName) => Path.Combine(Root, "pdf", fileName);

    /// <summary>The repository root (the folder holding Gongkai.slnx).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Repository root (Gongkai.slnx) not found.");
        }
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("GONGKAI_CORPUS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", "corpus");
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")) && Directory.Exists(candidate)) return Path.GetFullPath(candidate);
            dir = dir.Parent;
        }
        return null;
    }
}
