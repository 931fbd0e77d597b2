/// Limits that protect the readers against hostile input. The defaults fit real news data with a wide
/// margin. See docs/LIMITS.md.
public struct ReadLimits: Sendable, Hashable {
    /// Largest file read whole (HTML, feeds, plain text, JSON arrays), in bytes, after decompression
    /// (default 16 MiB; a news page is rarely over 2 MiB). WARC and JSON Lines are streamed instead.
    public var maxFileBytes: Int
    /// Most records (WARC records, JSON lines, feed items) read from one file (default 1,000,000).
    public var maxRecordsPerFile: Int
    /// Longest JSON Lines line, in bytes (default 8 MiB); longer lines are skipped, never held whole.
    public var maxLineLength: Int
    /// Largest WARC record block kept in memory (default 16 MiB); larger HTML responses are skipped.
    public var maxRecordBytes: Int
    /// Most bytes decompressed from one gzip file (default 8 GiB, a large Common Crawl WARC): stops
    /// decompression bombs in streamed files.
    public var maxDecompressedBytes: Int
    /// Deepest HTML element nesting followed (default 256; real pages stay under 100).
    public var maxNestingDepth: Int

    public init(
        maxFileBytes: Int = 16 << 20, maxRecordsPerFile: Int = 1_000_000, maxLineLength: Int = 8 << 20,
        maxRecordBytes: Int = 16 << 20, maxDecompressedBytes: Int = 8 << 30, maxNestingDepth: Int = 256
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxRecordsPerFile = maxRecordsPerFile
        self.maxLineLength = maxLineLength
        self.maxRecordBytes = maxRecordBytes
        self.maxDecompressedBytes = maxDecompressedBytes
        self.maxNestingDepth = maxNestingDepth
    }
}
