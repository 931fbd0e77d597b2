/// How far a long pipeline run has got: which step, and how many of its items are done.
///
/// A pipeline with a ``Pipeline/progress`` handler calls it as it goes (from any thread, often: a shell
/// throttles what it draws). Steps without countable items (clustering) report `done` 0 of `total` 1 when
/// they start and 1 of 1 when they end.
public struct PipelineProgress: Sendable, Hashable {
    public enum Step: String, Sendable, Hashable {
        case reading, extracting, clustering, comparing, storing
        /// What a count of this step's items is called.
        public var unit: String {
            switch self {
            case .reading: "files"
            case .extracting: "articles"
            case .clustering, .storing: ""
            case .comparing: "events"
            }
        }
    }

    public var step: Step
    public var done: Int
    public var total: Int

    public init(step: Step, done: Int, total: Int) {
        self.step = step
        self.done = done
        self.total = total
    }
}
