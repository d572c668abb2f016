namespace Gongkai.Core.Catalogues;

/// <summary>How sure the catalogue data is of an entry (DOMAIN.md confidence markers).</summary>
public enum CatalogueConfidence
{
    /// <summary>S: seen with this code and name in published disclosures (and in the official list as we know it).</summary>
    Seen,

    /// <summary>K: known from the official list, not re-checked against the printed edition. Never error severity.</summary>
    Known,

    /// <summary>?: uncertain (year of introduction, exact wording). Never error severity.</summary>
    Uncertain,
}
