using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// Compiled getters for the public instance properties of a .NET type, built once per type: the default resolver
/// then reads a property with a dictionary lookup and a delegate call, no reflection per field.
/// </summary>
internal sealed class PropertyReaders
{
    private static readonly ConcurrentDictionary<Type, PropertyReaders> ByType = new();

    private readonly Dictionary<string, Func<object, object?>> getters = new(StringComparer.Ordinal);

    private PropertyReaders(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0) continue;
            var getter = Compile(type, property);
            getters.TryAdd(property.Name, getter);
            // GraphQL fields are camelCase by convention, .NET properties PascalCase.
            getters.TryAdd(char.ToLowerInvariant(property.Name[0]) + property.Name[1..], getter);
        }
    }

    public static PropertyReaders For(Type type) => ByType.GetOrAdd(type, static t => new PropertyReaders(t));

    public object? Read(object source, string name) => getters.TryGetValue(name, out var getter) ? getter(source) : null;

    private static Func<object, object?> Compile(Type type, PropertyInfo property)
    {
        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.Property(Expression.Convert(source, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
    }
}
