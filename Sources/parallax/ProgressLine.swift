import Foundation
import Parallax

/// One line on standard error that shows how far a long run has got (step, count, rate, time left), redrawn at
/// most ten times a second, when standard error is a terminal; a one-line summary at the end unless quiet.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let drawing: Bool
    private let quiet: Bool
    private let started = ContinuousClock.now
    private var step: PipelineProgress.Step?
    private var stepStarted = ContinuousClock.now
    private var lastDraw: ContinuousClock.Instant?

    /// - Parameter quiet: draw nothing and print no summary (`--quiet`).
    init(quiet: Bool) {
        self.quiet = quiet
        drawing = !quiet && Console.stderrIsTerminal && Console.errorSink == nil
    }

    /// The handler a pipeline calls.
    var handler: @Sendable (PipelineProgress) -> Void { { [self] in update($0) } }

    func update(_ progress: PipelineProgress) {
        guard drawing else { return }
        lock.withLock {
            let now = ContinuousClock.now
            if progress.step != step {
                step = progress.step
                stepStarted = now
            } else if progress.done < progress.total, let last = lastDraw, now - last < .milliseconds(100) {
                return
            }
            lastDraw = now
            let text = Self.text(progress, elapsed: now - stepStarted)
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        }
    }

    /// Clears the line and prints `summary` with the run's time, unless quiet.
    func finish(_ summary: String) {
        lock.withLock {
            if lastDraw != nil { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            lastDraw = nil
        }
        guard !quiet else { return }
        let seconds = Self.seconds(ContinuousClock.now - started)
        Console.error("\(summary) in \(String(format: "%.1f", seconds)) s.")
    }

    /// "extracting 1200/10000 articles · 310/s · 0:28 left", or "clustering…" for a step without a count.
    static func text(_ progress: PipelineProgress, elapsed: Duration) -> String {
        let unit = progress.step.unit
        guard !unit.isEmpty, progress.total > 0 else { return "\(progress.step.rawValue)…" }
        var text = "\(progress.step.rawValue) \(progress.done)/\(progress.total) \(unit)"
        let seconds = Self.seconds(elapsed)
        guard progress.done > 0, seconds >= 0.5 else { return text }
        let rate = Double(progress.done) / seconds
        let left = Int((Double(progress.total - progress.done) / rate).rounded())
        text += " · \(Int(rate.rounded()))/s · \(left / 60):" + String(format: "%02d", left % 60) + " left"
        return text
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
