using OrchardCommerce.Testing;

namespace OrchardCommerce.Commerce.Tests.Infrastructure;

/// <summary>The Commerce module's tenant services on a migrated SQLite file or PostgreSQL schema, without HTTP.</summary>
public abstract class CommerceTestBase() : ModuleTestBase(new Startup());
