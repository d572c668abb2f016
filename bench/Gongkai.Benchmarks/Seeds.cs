namespace Gongkai.Benchmarks;

/// <summary>Finds the seed disclosures: GONGKAI_CORPUS, or ../shared/corpus beside the repository.</summary>
public static class Seeds
{
    public static string Folder
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("GONGKAI_CORPUS");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(Path.Combine(env, "seeds"))) return Path.Combine(env, "seeds");
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx"))) continue;
                var seeds = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "seeds"));
                if (Directory.Exists(seeds)) return seeds;
            }
            throw new DirectoryNotFoundException("Seed corpus not found: set GONGKAI_CORPUS to the corpus folder (holding seeds/).");
        }
    }

    /// <summary>Seed file paths, sorted.</summary>
    public static IReadOnlyList<string> All()
    {
        var files = Directory.GetFiles(Folder, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
