namespace Gongkai.Compose.Composing;

/// <summary>A 类/款/项 of the 功能分类 tree with the line items under it.</summary>
internal sealed record FunctionNode(string Code, string Name, IReadOnlyList<Ledger.LineItem> Items);
