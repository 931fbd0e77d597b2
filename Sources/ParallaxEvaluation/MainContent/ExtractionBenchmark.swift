import Foundation
import ParallaxIngest
import ParallaxModel

/// Runs Parallax's main-content extractor over the article-extraction benchmark
/// (`../shared/data/article-extraction/`: `html/<id>.html.gz` and `ground-truth.json` with `articleBody`) and
/// scores it with ``ShingleScorer``.
public enum ExtractionBenchmark {
    /// The outcome of a run.
    public struct Report: Sendable, Codable {
        /// Precision, recall, F1 and accuracy over the pages.
        public var summary: ShingleScorer.Summary
        /// Pages extracted per second of this thread's CPU time (so other load on the machine does not count):
        /// decoding, parsing and extraction of the decompressed bytes; reading and gunzipping are not timed.
        public var pagesPerSecond: Double
        /// Seconds spent extracting, summed over the repeats.
        public var seconds: Double
        public var repeats: Int
        /// Each page's predicted body, by page id.
        public var predictions: [String: String]
        /// Each page's score, by page id.
        public var scores: [String: ShingleScorer.PageScore]
    }

    /// Extracts and scores every page of the benchmark in `directory`.
    /// - Parameters:
    ///   - directory: the folder with `ground-truth.json` and `html/`.
    ///   - repeats: how many times the extraction is run for timing (the predictions of the last run are kept).
    /// - Throws: ``ParallaxError`` (`invalidInput`) when the ground truth cannot be read.
    public static func run(directory: String, repeats: Int = 3) throws -> Report {
        let base = URL(fileURLWithPath: directory)
        let truthURL = base.appendingPathComponent("ground-truth.json")
        guard let data = try? Data(contentsOf: truthURL),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            throw ParallaxError(.invalidInput, "\(truthURL.path): the ground truth cannot be read.")
        }
        var pages: [(id: String, truth: String, html: [UInt8])] = []
        for id in json.keys.sorted() {
            guard let entry = json[id] as? [String: Any] else { continue }
            let truth = entry["articleBody"] as? String ?? ""
            let file = base.appendingPathComponent("html/\(id).html.gz")
            guard let compressed = try? Data(contentsOf: file) else {
                throw ParallaxError(.invalidInput, "\(file.path): the page cannot be read.")
            }
            let html: [UInt8]
            do {
                html = try GzipSource.decompress([UInt8](compressed), maxOutputBytes: 64 << 20)
            } catch let error as ByteSourceError {
                throw ParallaxError(.invalidInput, "\(file.path): \(error.message)")
            }
            pages.append((id, truth, html))
        }
        var predictions: [String: String] = [:]
        var seconds = 0.0
        for _ in 0..<max(1, repeats) {
            for page in pages {
                var prediction = ""
                let start = threadCPUSeconds()
                if let decoded = try? TextDecoding.decodeMarkup(page.html, path: page.id) {
                    prediction = HTMLArticleReader.mainText(html: decoded.text)
                }
                seconds += threadCPUSeconds() - start
                predictions[page.id] = prediction
            }
        }
        var scores: [String: ShingleScorer.PageScore] = [:]
        for page in pages {
            scores[page.id] = ShingleScorer.score(truth: page.truth, prediction: predictions[page.id] ?? "")
        }
        return Report(
            summary: ShingleScorer.summarize(pages.map { scores[$0.id]! }),
            pagesPerSecond: seconds > 0 ? Double(pages.count * max(1, repeats)) / seconds : 0, seconds: seconds,
            repeats: max(1, repeats), predictions: predictions, scores: scores)
    }

    /// CPU time used by the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
