namespace Gongkai.Web.Hosting;

/// <summary>
/// 演示数据: the documents <c>gongkai serve</c> imports on first start when the store is empty, so that a new user
/// sees a living portal at once. The host composes the real source (generated disclosures); tests give corpus files.
/// </summary>
public interface IDemoDataSource
{
    /// <summary>The demo documents as (file name, content) pairs; the name's extension tells the reader the format.</summary>
    IEnumerable<(string FileName, byte[] Content)> GetDocuments();
}

/// <summary>A demo source over files in a folder (or given paths); used when no generated demo is composed.</summary>
public sealed class FileDemoDataSource(IReadOnlyList<string> paths) : IDemoDataSource
{
    public IEnumerable<(string FileName, byte[] Content)> GetDocuments()
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.GetFiles(path).Order(StringComparer.Ordinal)) yield return (Path.GetFileName(file), File.ReadAllBytes(file));
            }
            else if (File.Exists(path))
            {
                yield return (Path.GetFileName(path), File.ReadAllBytes(path));
            }
        }
    }
}
