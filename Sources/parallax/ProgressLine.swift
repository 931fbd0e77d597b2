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
            let text = progress.line(elapsed: now - stepStarted)
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
        Console.error("\(summary) in \(String(format: "%.1f", (ContinuousClock.now - started) / .seconds(1))) s.")
    }
}
