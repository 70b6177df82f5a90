using System.Net;
using System.Net.Http.Headers;
using HtmlAgilityPack;

namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>A browser-like client: keeps cookies, does not follow redirects, reads antiforgery tokens from forms.</summary>
public sealed class DashboardHttpClient : IDisposable
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    private readonly HttpClient _http;

    public DashboardHttpClient(Uri address)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetPageAsync(string path, string? bearer = null) =>
        SendAsync(HttpMethod.Get, path, "text/html,application/xhtml+xml", bearer);

    public Task<HttpResponseMessage> GetJsonAsync(string path, string? bearer = null) =>
        SendAsync(HttpMethod.Get, path, "application/json", bearer);

    public async Task<HtmlDocument> GetDocumentAsync(string path)
    {
        var response = await GetPageAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {path} should render a page");
        return Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The antiforgery token of the page's forms (the cookie half lands in <see cref="Cookies"/>).</summary>
    public async Task<string> GetAntiforgeryTokenAsync(string pagePath)
    {
        var document = await GetDocumentAsync(pagePath);
        return document.DocumentNode.SelectSingleNode($"//input[@name='{AntiforgeryField}']")?.GetAttributeValue("value", null)
            ?? throw new InvalidOperationException($"{pagePath} has no antiforgery field.");
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.ParseAdd("text/html");
        return _http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> LoginAsync(string token)
    {
        var antiforgery = await GetAntiforgeryTokenAsync("/jobs/login");
        return await PostFormAsync("/jobs/login", [new(AntiforgeryField, antiforgery), new("token", token), new("returnUrl", "/jobs/")]);
    }

    /// <summary>Signs in, then POSTs the form with a fresh antiforgery token taken from <paramref name="pagePath"/>.</summary>
    public async Task<HttpResponseMessage> PostWithAntiforgeryAsync(string pagePath, string action, params (string Name, string Value)[] fields)
    {
        var antiforgery = await GetAntiforgeryTokenAsync(pagePath);
        return await PostFormAsync(action, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new(AntiforgeryField, antiforgery)));
    }

    /// <summary>A script's JSON POST, with the antiforgery token in the dashboard's header when given.</summary>
    public Task<HttpResponseMessage> PostJsonAsync(string path, string json, string? antiforgery)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json");
        if (antiforgery is not null) request.Headers.Add("X-CSRF-TOKEN", antiforgery);
        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return _http.SendAsync(request);
    }

    public static HtmlDocument Parse(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return document;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string accept, string? bearer)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd(accept);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();
}
