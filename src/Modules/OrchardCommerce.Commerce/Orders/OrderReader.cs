using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Orders;

/// <summary>
/// Reads orders with their lines, addresses and (for the admin) history; joins the caller's work if any. Lines and
/// addresses come from <see cref="OrderDetailsCache"/> when it has them.
/// </summary>
public sealed class OrderReader(DbSession session, OrderDetailsCache details)
{
    /// <summary>The columns of <see cref="OrderRow"/>, also for a statement that returns the row it changed.</summary>
    internal const string Columns = """
        id AS Id, token AS Token, email AS Email, currency AS Currency, status AS Status, payment_status AS PaymentStatus,
        fulfillment_status AS FulfillmentStatus, subtotal AS Subtotal, tax AS Tax, shipping AS Shipping, total AS Total,
        payment_provider AS PaymentProvider, payment_token AS PaymentToken, payment_id AS PaymentId, refunded_total AS RefundedTotal,
        process_instance_key AS ProcessInstanceKey, current_step AS CurrentStep, version AS Version,
        placed_utc AS PlacedUtc, updated_utc AS UpdatedUtc
        """;

    public async Task<OrderView?> GetAsync(string orderId, bool withHistory = false, CancellationToken cancellationToken = default) =>
        await FindRowAsync("id = @value", orderId, cancellationToken) is { } row ? await ViewAsync(row, withHistory, cancellationToken) : null;

    public async Task<OrderView?> GetByTokenAsync(string token, CancellationToken cancellationToken = default) =>
        await FindRowAsync("token = @value", token, cancellationToken) is { } row ? await ViewAsync(row, false, cancellationToken) : null;

    /// <summary>Keeps a new order's lines and addresses, as checkout wrote them, once its unit of work commits.</summary>
    internal void Remember(OrderView order) =>
        session.OnCommitted(() => details.Set(order.Id, new OrderDetails(order.Lines, order.ShippingAddress, order.BillingAddress)));

    /// <summary>The order's row with its secrets (tokens), for payments and checkout's answer.</summary>
    public Task<OrderRow?> FindRowAsync(string orderId, CancellationToken cancellationToken = default) =>
        FindRowAsync("id = @value", orderId, cancellationToken);

    /// <summary>The view of a row the caller has (lines and addresses from the cache, else read).</summary>
    internal Task<OrderView> ViewAsync(OrderRow row, CancellationToken cancellationToken) => ViewAsync(row, false, cancellationToken);

    /// <summary>Newest first, optionally only one status and/or one customer e-mail (case-insensitive).</summary>
    public async Task<OrderPage> ListAsync(int page, int pageSize, string? status, string? email, CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var where = "WHERE (@status IS NULL OR status = @status) AND (@email IS NULL OR lower(email) = lower(@email))";
        var parameters = new { status, email, limit = pageSize, offset = (page - 1) * pageSize };
        var total = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM commerce_orders {where}", parameters, session.Transaction);
        var rows = await connection.QueryAsync<OrderRow>(
            $"SELECT {Columns} FROM commerce_orders {where} ORDER BY placed_utc DESC, id DESC LIMIT @limit OFFSET @offset",
            parameters, session.Transaction);
        var items = new List<OrderView>();
        foreach (var row in rows) items.Add(await ViewAsync(row, false, cancellationToken));
        return new OrderPage(items, page, pageSize, total);
    }

    private async Task<OrderRow?> FindRowAsync(string where, string value, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<OrderRow>($"SELECT {Columns} FROM commerce_orders WHERE {where}",
            new { value }, session.Transaction);
    }

    private async Task<OrderView> ViewAsync(OrderRow row, bool withHistory, CancellationToken cancellationToken)
    {
        var history = withHistory ? """
            SELECT field AS Field, from_value AS FromValue, to_value AS ToValue, reason AS Reason, actor AS Actor, occurred_utc AS OccurredUtc
            FROM commerce_order_history WHERE order_id = @Id ORDER BY id;
            """ : "";
        var cached = details.TryGet(row.Id, out var known);
        if (cached && !withHistory) return row.ToView(known.Lines, known.Shipping, known.Billing, null);
        var connection = await session.GetConnectionAsync(cancellationToken);
        // Lines, addresses and (for the admin) history in one round trip.
        await using var results = await connection.QueryMultipleAsync(cached ? history : $"""
            SELECT position AS Position, variant_id AS VariantId, sku AS Sku, title AS Title, quantity AS Quantity,
                   unit_price AS UnitPrice, line_total AS LineTotal
            FROM commerce_order_lines WHERE order_id = @Id ORDER BY position;
            SELECT kind AS Kind, name AS Name, line1 AS Line1, line2 AS Line2, city AS City, postal_code AS PostalCode, country AS Country
            FROM commerce_order_addresses WHERE order_id = @Id;
            {history}
            """, new { row.Id }, session.Transaction);
        if (!cached)
        {
            var lines = (await results.ReadAsync<LineRow>())
                .Select(l => new OrderLineView(l.Position, l.VariantId, l.Sku, l.Title, l.Quantity, l.UnitPrice, l.LineTotal)).ToList();
            var addresses = (await results.ReadAsync<AddressRow>()).ToDictionary(a => a.Kind);
            known = new OrderDetails(lines, addresses.GetValueOrDefault("shipping")?.ToAddress(), addresses.GetValueOrDefault("billing")?.ToAddress());
            // Only once committed: rows read inside a work that rolls back may never have been.
            session.OnCommitted(() => details.Set(row.Id, known));
        }
        var entries = withHistory
            ? (await results.ReadAsync<HistoryRow>())
                .Select(h => new OrderHistoryEntry(h.Field, h.FromValue, h.ToValue, h.Reason, h.Actor, DateTime.SpecifyKind(h.OccurredUtc, DateTimeKind.Utc)))
                .ToList()
            : null;
        return row.ToView(known.Lines, known.Shipping, known.Billing, entries);
    }

    private sealed class LineRow
    {
        public int Position { get; set; }
        public string VariantId { get; set; } = "";
        public string Sku { get; set; } = "";
        public string Title { get; set; } = "";
        public long Quantity { get; set; }
        public long UnitPrice { get; set; }
        public long LineTotal { get; set; }
    }

    private sealed class AddressRow
    {
        public string Kind { get; set; } = "";
        public string Name { get; set; } = "";
        public string Line1 { get; set; } = "";
        public string? Line2 { get; set; }
        public string City { get; set; } = "";
        public string PostalCode { get; set; } = "";
        public string Country { get; set; } = "";
        public OrderAddress ToAddress() => new(Name, Line1, Line2, City, PostalCode, Country);
    }

    private sealed class HistoryRow
    {
        public string Field { get; set; } = "";
        public string? FromValue { get; set; }
        public string ToValue { get; set; } = "";
        public string Reason { get; set; } = "";
        public string Actor { get; set; } = "";
        public DateTime OccurredUtc { get; set; }
    }
}
