using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Store.Tests;

/// <summary>The store contract, against a real SQLite file and (when configured, always in CI) PostgreSQL.</summary>
public sealed class DocumentStoreTests
{
    public static TheoryData<string> Targets => StoreTargets.All;

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Open_CreatesTheSchema_AndReopeningKeepsTheData(string target)
    {
        await using var t = await StoreTargets.OpenAsync(target);
        Assert.Equal(StoreSchema.CurrentVersion, t.Store.SchemaVersion);
        var (report, bytes) = Samples.Budget(1);
        var saved = await t.Store.SaveAsync("a.txt", bytes, report);

        await t.ReopenAsync();

        Assert.Equal(StoreSchema.CurrentVersion, t.Store.SchemaVersion);
        Assert.Equal(saved.DocumentId, await t.Store.FindByHashAsync(saved.ContentHash));
        Assert.Equal(1, (await t.Store.GetStatisticsAsync()).Documents);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Save_ThenGet_RoundTripsTablesCellsTextClaimsFindingsAndDiagnostics(string target)
    {
        await using var t = await StoreTargets.OpenAsync(target);
        var (report, bytes) = Samples.Budget(7, edit: d => WithRemark(Samples.BreakTotal(d, 0.37m)));
        var original = report.Document!;
        Assert.Contains(original.Tables.SelectMany(t => t.Rows), r => r.Remark is not null && r.CodeFromName);
        Assert.Contains(report.Findings, f => f.Severity == Severity.Error); // the broken total is found

        var saved = await t.Store.SaveAsync(@"folder/上海 预算.txt", bytes, report);
        var stored = await t.Store.GetDocumentAsync(saved.DocumentId);

        Assert.NotNull(stored);
        Assert.Equal(SaveStatus.Stored, saved.Status);
        Assert.Equal(DocumentImporter.ComputeHash(bytes), stored.Summary.ContentHash);
        Assert.Equal("上海 预算.txt", stored.Summary.FileName);
        Assert.Equal("上海市普陀区", stored.Summary.Region);
        Assert.Equal("上海市", stored.Summary.Province);
        Assert.Equal(original.Info.Entity, stored.Document.Info.Entity);
        Assert.Equal(original.Info.EntityCode, stored.Document.Info.EntityCode);
        Assert.Equal(original.Info.Year, stored.Summary.Year);
        Assert.Equal(DocumentKind.Budget, stored.Summary.Kind);
        Assert.Equal(original.Info.Level, stored.Summary.Level);
        Assert.Equal(original.Info.TemplateId, stored.Summary.TemplateId);
        Assert.Equal(report.Findings.Count(f => f.Severity == Severity.Error), stored.Summary.ErrorCount);

        Assert.Equal(original.Tables.Count, stored.Document.Tables.Count);
        for (var i = 0; i < original.Tables.Count; i++)
        {
            var a = original.Tables[i];
            var b = stored.Document.Tables[i];
            Assert.Equal(a.Id, b.Id);
            Assert.Equal(a.Title, b.Title);
            Assert.Equal(a.AmountUnit, b.AmountUnit);
            Assert.Equal(a.IsEmpty, b.IsEmpty);
            Assert.Equal(a.Columns, b.Columns);
            Assert.Equal(a.Rows.Count, b.Rows.Count);
            for (var r = 0; r < a.Rows.Count; r++)
            {
                Assert.Equal(a.Rows[r].Code, b.Rows[r].Code);
                Assert.Equal(a.Rows[r].Name, b.Rows[r].Name);
                Assert.Equal(a.Rows[r].Kind, b.Rows[r].Kind);
                Assert.Equal(a.Rows[r].Key, b.Rows[r].Key);
                Assert.Equal(a.Rows[r].Side, b.Rows[r].Side);
                Assert.Equal(a.Rows[r].Quote, b.Rows[r].Quote);
                Assert.Equal(a.Rows[r].Remark, b.Rows[r].Remark);
                Assert.Equal(a.Rows[r].CodeFromName, b.Rows[r].CodeFromName);
                Assert.Equal(a.Rows[r].Values.Select(v => v.Value), b.Rows[r].Values.Select(v => v.Value));
                Assert.Equal(a.Rows[r].Values.Where(v => !v.IsBlank).Select(v => v.Decimals), b.Rows[r].Values.Where(v => !v.IsBlank).Select(v => v.Decimals));
            }
        }
        Assert.Equal(original.Sections, stored.Document.Sections);
        Assert.Equal(original.Claims.Count, stored.Document.Claims.Count);
        Assert.Equal(original.Claims.Select(c => (c.Subject, c.Quote, c.Amount, c.SharePercent, c.ChangePercent)),
            stored.Document.Claims.Select(c => (c.Subject, c.Quote, c.Amount, c.SharePercent, c.ChangePercent)));
        Assert.Equal(report.Findings, stored.Findings);
        Assert.Equal(original.Diagnostics, stored.Document.Diagnostics);
    }

    // A row printing text beside its figures (备注 / 绩效目标), and a code filled by name, keep both through the store.
    private static DisclosureDocument WithRemark(DisclosureDocument document) => document with
    {
        Tables = [document.Tables[0] with { Rows = [document.Tables[0].Rows[0] with { Remark = "备注：含上年结转。", CodeFromName = true }, .. document.Tables[0].Rows.Skip(1)] },
            .. document.Tables.Skip(1)],
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Save_SameContentTwice_IsOneDocument(string target)
    {
        await using var t = await StoreTargets.OpenAsync(target);
        var (report, bytes) = Samples.Budget(3);

        var first = await t.Store.SaveAsync("a.txt", bytes, report);
        var second = await t.Store.SaveAsync("renamed.txt", bytes, report);

        Assert.Equal(SaveStatus.Stored, first.Status);
        Assert.Equal(SaveStatus.AlreadyStored, second.Status);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(1, (await t.Store.GetStatisticsAsync()).Documents);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Save_SameContentInParallel_StoresItOnce(string target)
    {
        await using var t = await StoreTargets.OpenAsync(target);
        var (report, bytes) = Samples.Budget(4);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => t.Store.SaveAsync("a.txt", bytes, report))));

        Assert.Single(results, r => r.Status == SaveStatus.Stored);
        Assert.Single(results.Select(r => r.DocumentId).Distinct());
        Assert.Equal(1, (await t.Store.GetStatisticsAsync()).Documents);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Save_FailingMidway_LeavesNoHalfDocument(string target)
    {
        await using var t = await StoreTargets.OpenAsync(target);
        var (good, bytes) = Samples.Budget(5);
        // A row without a name breaks a NOT NULL constraint after the document, its file and its tables were written.
        var broken = good with
        {
            Document = good.Document! with
            {
                Tables = [.. good.Document.Tables.Select((table, i) => i == 2 ? table with { Rows = [table.Rows[0] with { Name = null! }] } : table)],
            },
        };

        await Assert.ThrowsAnyAsync<Exception>(() => t.Store.SaveAsync("a.txt", bytes, broken));

        Assert.Null(await t.Store.FindByHashAsync(DocumentImporter.ComputeHash(bytes)));
        Assert.Equal(0, (await t.Store.GetStatisticsAsync()).Documents);
        Assert.Equal(0, (await t.Store.SearchAsync(new SearchQuery { Text = "医疗保障" })).Total);
        var retry = await t.Store.SaveAsync("a.txt", bytes, good);
        Assert.Equal(SaveStatus.Stored, retry.Status);
        Assert.Equal(good.Document.Tables.Count, (await t.Store.GetDocumentAsync(retry.DocumentId))!.Document.Tables.Count);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Original_IsKeptByteForByte_AndDeleteRemovesEverything(string target)
    {
        await using var t = await StoreTargets.OpenAsync(target);
        var (report, _) = Samples.Budget(8);
        var bytes = new byte[70_000];
        new Random(8).NextBytes(bytes);
        var saved = await t.Store.SaveAsync("原件.pdf", bytes, report);

        var original = await t.Store.GetOriginalAsync(saved.DocumentId);
        Assert.NotNull(original);
        Assert.Equal(bytes, original.Content);
        Assert.Equal("原件.pdf", original.FileName);

        Assert.True(await t.Store.DeleteAsync(saved.DocumentId));
        Assert.False(await t.Store.DeleteAsync(saved.DocumentId));
        Assert.Null(await t.Store.GetDocumentAsync(saved.DocumentId));
        Assert.Null(await t.Store.GetOriginalAsync(saved.DocumentId));
        Assert.Equal(0, (await t.Store.SearchAsync(new SearchQuery { Text = "普陀区医疗" })).Total);
        Assert.Equal(0, (await t.Store.GetStatisticsAsync()).Findings);
        Assert.Equal(SaveStatus.Stored, (await t.Store.SaveAsync("again.pdf", bytes, report)).Status); // the hash is free again
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Users_AreCreatedFoundAndUpdated(string target)
    {
        await using var t = await StoreTargets.OpenAsync(target);
        Assert.Equal(0, await t.Store.CountUsersAsync());

        var user = await t.Store.CreateUserAsync("管理员", "hash-1");
        await Assert.ThrowsAsync<StoreException>(() => t.Store.CreateUserAsync("管理员", "hash-2"));
        Assert.True(await t.Store.UpdatePasswordHashAsync("管理员", "hash-3"));
        Assert.False(await t.Store.UpdatePasswordHashAsync("nobody", "x"));

        var found = await t.Store.GetUserAsync("管理员");
        Assert.NotNull(found);
        Assert.Equal(user.Id, found.Id);
        Assert.Equal("hash-3", found.PasswordHash);
        Assert.Equal(StoredUser.AdministratorRole, found.Role);
        Assert.Null(await t.Store.GetUserAsync("管理"));
        Assert.Equal(1, await t.Store.CountUsersAsync());
    }
}
