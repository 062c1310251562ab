using Microsoft.Extensions.Options;
using Monitor.Hosting.Configuration;

namespace Monitor.Silo.Api;

/// <summary>
/// With API keys configured, a read needs a key with the <c>read</c> role and a write one with
/// <c>write</c>, sent as X-Api-Key. With none configured everyone may do everything — fit only for a
/// service bound to loopback, which is the default address.
/// </summary>
public sealed class ApiKeyFilter(IOptions<MonitorOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    /// <summary>Who owns what this request creates: the key's name, or "anonymous" without keys.</summary>
    public static string Owner(HttpContext context) => context.Items[OwnerItem] as string ?? "anonymous";

    private const string OwnerItem = "monitor.key-owner";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var role = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ? "read" : "write";
        return Refuse(context.HttpContext, role) ?? await next(context);
    }

    /// <summary>
    /// The answer that turns this request away (401 without a valid key, 403 without <paramref name="role"/>), or null
    /// when it may go on; shared with the endpoints that are not route handlers, such as the Prometheus scrape.
    /// With <paramref name="acceptBearer"/> the key may also come as <c>Authorization: Bearer KEY</c>, which is how
    /// Prometheus sends a scrape job's credentials.
    /// </summary>
    public IResult? Refuse(HttpContext context, string role, bool acceptBearer = false)
    {
        var keys = options.Value.ApiKeys;
        if (keys.Count == 0) return null;

        var presented = context.Request.Headers[Header].ToString();
        if (presented.Length == 0 && acceptBearer && context.Request.Headers.Authorization.ToString() is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            presented = authorization["Bearer ".Length..].Trim();
        var key = keys.FirstOrDefault(k => k.Key.Length > 0 && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(k.Key), System.Text.Encoding.UTF8.GetBytes(presented)));
        if (key is null)
            return ApiResults.Problem(StatusCodes.Status401Unauthorized, "API key required", $"Send a valid API key in the {Header} header.");
        if (!key.Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
            return ApiResults.Problem(StatusCodes.Status403Forbidden, "Not allowed", $"This key does not have the '{role}' role.");
        context.Items[OwnerItem] = key.Name.Length > 0 ? key.Name : "key-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key.Key)).AsSpan(0, 6));
        return null;
    }
}
