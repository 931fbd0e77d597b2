import CLibXML2

/// libxml2's one-time global set-up, done before any parser runs.
///
/// libxml2 2.9 initialises its globals lazily on the first parser, and two threads making their first parsers
/// at once can both wait forever on its random-number mutex (seen as a hang of parallel tests, both threads in
/// `xmlRMutexLock` under `htmlCreateMemoryParserCtxt`). `xmlInitParser()` must run once before that; a Swift
/// global is initialised exactly once, thread-safely, on first use.
enum LibXML {
    /// Touch before creating any libxml2 parser.
    static let ready: Void = xmlInitParser()
}
