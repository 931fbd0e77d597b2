import ArgumentParser
import ParallaxModel

/// What `parallax` exit codes mean.
enum ExitStatus {
    /// Everything was read and done.
    static let success: Int32 = 0
    /// The command finished, but some inputs were bad and were skipped (they are listed).
    static let someInputsBad: Int32 = 1
    /// Nothing could be done: no readable article, no store to read (a missing SQLite file), or the event asked
    /// for does not exist.
    static let nothingDone: Int32 = 2
    /// The store failed (cannot open, migrate or write the database).
    static let storeFailed: Int32 = 3
    /// The command line was wrong (argument-parser's usage exit code).
    static let usage: Int32 = 64

    /// Throws ``nothingDone`` when the command did nothing, else ``someInputsBad`` when an input had an error.
    static func check(_ diagnostics: [Diagnostic], didNothing: Bool = false) throws {
        if didNothing { throw ExitCode(nothingDone) }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(someInputsBad) }
    }

    static let help = """
        EXIT STATUS
          0   success
          1   finished, but some inputs were bad and skipped (each is reported with
              its path)
          2   nothing to do: no readable article, no store at --db, or no such event
          3   the store failed (cannot open, migrate or write the database)
          64  wrong usage
        """
}
