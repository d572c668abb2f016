using Gongkai.Core.Workflows;

namespace Gongkai.Web.Hosting;

/// <summary>How the portal is started: where it listens, which store it opens, how it checks, its limits.</summary>
public sealed record PortalOptions
{
    /// <summary>The default port of <c>gongkai serve</c>.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The environment variable holding the first administrator's password.</summary>
    public const string AdminPasswordVariable = "GONGKAI_ADMIN_PASSWORD";

    /// <summary>The administrator account created on first start.</summary>
    public const string AdministratorName = "admin";

    /// <summary>Loopback address to bind (the portal never binds other interfaces by itself).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The store: a SQLite file path or a PostgreSQL connection string (see Gongkai.Store.DocumentStore.OpenAsync).</summary>
    public string? StoreLocation { get; init; }

    /// <summary>Builds the check workflow (readers, recogniser, catalogues): the host's composition.</summary>
    public required Func<CheckWorkflow> CreateWorkflow { get; init; }

    /// <summary>Documents imported on first start when the store is empty, or null for none.</summary>
    public IDemoDataSource? DemoData { get; init; }

    /// <summary>Largest upload accepted, in bytes (default 20 MiB).</summary>
    public long MaxUploadBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>The first administrator's password; null: <see cref="AdminPasswordVariable"/>, else generated and printed once.</summary>
    public string? AdminPassword { get; init; }

    /// <summary>Where start-up messages go (the generated password, the demo import); default standard error.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>Documents per bulk open-data package at most.</summary>
    public int MaxBulkDocuments { get; init; } = 500;
}
