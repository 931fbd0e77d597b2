import Foundation
import ParallaxModel

extension CorpusGenerator {
    /// Writes a synthetic labelled corpus to the file at `path` (`parallax bench generate-corpus`).
    /// - Parameter data: the directory with `article-extraction/` and `event-clustering/`, the real sentences.
    /// - Returns: what was written and how fast, on two lines.
    /// - Throws: the error of reading the sentence sources; ``ParallaxError`` when `path` cannot be opened.
    package static func write(to path: String, data: String, articles: Int, days: Int, seed: UInt64) throws
        -> String
    {
        let sources = try SentenceSources(data: data)
        guard let file = fopen(path, "w") else {
            throw ParallaxError(.invalidInput, "\(path): cannot open for writing.")
        }
        defer { fclose(file) }
        let start = Date()
        var generator = CorpusGenerator(sources: sources, articles: articles, days: max(1, days), seed: seed)
        var writer = BufferedWriter(file: file)
        let written = generator.generate { writer.write($0) }
        writer.flush()
        let seconds = Date().timeIntervalSince(start)
        return """
            \(written) articles in \(generator.eventsCreated) events from \(sources.sources.count) sources \
            (\(sources.sentenceCount) sentences) -> \(path)
            \(fixed(seconds, 1)) s, \(fixed(Double(written) / max(seconds, 1e-9), 0)) articles/s, \
            \(fixed(Double(writer.bytesWritten) / 1e9, 2)) GB, peak RSS \(fixed(Double(PeakMemory.residentBytes()) / 1e6, 0)) MB
            """
    }
}
