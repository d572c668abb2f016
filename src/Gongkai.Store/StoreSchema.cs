namespace Gongkai.Store;

/// <summary>The store's schema versions: migrations are ordered SQL steps per dialect, recorded in <c>schema_version</c>.</summary>
public static class StoreSchema
{
    /// <summary>The schema version this build migrates to.</summary>
    public const int CurrentVersion = 2;
}
