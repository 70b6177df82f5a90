namespace OrchardCommerce.Users.Api;

public sealed record CreateUserRequest(string? UserName, string? Email, string? Password, List<string>? Roles);
