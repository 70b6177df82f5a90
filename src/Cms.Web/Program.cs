using OrchardCommerce.Cms.Web;

var app = await CmsApp.StartAsync(args);
await app.WaitForShutdownAsync();
