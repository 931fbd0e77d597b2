import Foundation

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

extension PipelineProgress {
    /// The progress line a shell draws: "extracting 1200/10000 articles · 310/s · 0:28 left", or
    /// "clustering…" for a step without a count.
    /// - Parameter elapsed: time since the step started (the rate and time left need half a second of it).
    public func line(elapsed: Duration) -> String {
        guard !step.unit.isEmpty, total > 0 else { return "\(step.rawValue)…" }
        var text = "\(step.rawValue) \(done)/\(total) \(step.unit)"
        let seconds = elapsed.seconds
        guard done > 0, seconds >= 0.5 else { return text }
        let rate = Double(done) / seconds
        let left = Int((Double(total - done) / rate).rounded())
        text += " · \(Int(rate.rounded()))/s · \(left / 60):" + String(format: "%02d", left % 60) + " left"
        return text
    }
}

extension Duration {
    /// The duration in seconds.
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
