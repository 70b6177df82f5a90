namespace OrchardCommerce.Sync.Mirror;

/// <summary>Set while the sync itself writes mirror fields, which editors may not change (<see cref="MirrorFieldsGuard"/>).</summary>
public sealed class MirrorWriteScope
{
    public bool Active { get; private set; }

    public IDisposable Enter()
    {
        Active = true;
        return new Exit(this);
    }

    private sealed class Exit(MirrorWriteScope scope) : IDisposable
    {
        public void Dispose() => scope.Active = false;
    }
}
