/// An error that stops an operation. New codes can be added without breaking clients.
public struct ParallaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The input could not be read or understood.
        public static let invalidInput = Code("invalidInput")
        /// A file or directory does not exist.
        public static let notFound = Code("notFound")
        /// The store failed.
        public static let storage = Code("storage")
        /// A requested event, article or item is not known.
        public static let unknownItem = Code("unknownItem")
        /// An input exceeds a configured limit.
        public static let limitExceeded = Code("limitExceeded")

        public var description: String { name }
    }

    public var code: Code
    /// A sentence with context, naming the file or item.
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
