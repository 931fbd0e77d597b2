import ParallaxStore

/// Fresh in-memory stores for tests.
public enum MemoryStoreFactory {
    public static func make() -> MemoryStore { MemoryStore() }
}
