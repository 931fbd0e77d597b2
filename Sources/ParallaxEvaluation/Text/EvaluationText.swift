import Foundation

// The text form of each evaluation result, as `parallax evaluate … --format text` prints it (the JSON form is
// the result itself, encoded).

extension ClusteringEvaluation {
    /// Events found, BCubed and speed, on three lines.
    public var text: String {
        """
        documents \(documents)  gold events \(goldEvents)  events found \(eventsFound)
        BCubed precision \(fixed(bcubed.precision))  recall \(fixed(bcubed.recall))  F1 \(fixed(bcubed.f1))
        \(fixed(documentsPerSecond, 1)) documents/s (\(fixed(seconds, 2)) s, extraction included)
        """
    }
}

extension ExtractionEvaluation {
    /// One line of precision, recall, F1 and counts per kind, then the speed.
    public var text: String {
        var lines = ["kind          precision  recall  F1     (tp/fp/fn)"]
        for kind in ExtractionKind.allCases {
            let s = scores[kind]
            lines.append(
                "\(kind.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(fixed(s.precision))      \(fixed(s.recall))   \(fixed(s.f1))  (\(s.truePositives)/\(s.falsePositives)/\(s.falseNegatives))"
            )
        }
        lines.append("\(articles) articles, \(fixed(articlesPerSecond, 0)) articles/s on one core")
        return lines.joined(separator: "\n")
    }
}

extension AlignmentEvaluation {
    /// Per-pair and grouped scores at the threshold, the best threshold, and the pairs that did not resolve.
    public var text: String {
        """
        \(pairCount) pairs (\(positiveCount) same), threshold \(fixed(threshold, 2))
        per pair:  precision \(fixed(precision))  recall \(fixed(recall))  F1 \(fixed(f1))
        grouped:   precision \(fixed(groupedPrecision))  recall \(fixed(groupedRecall))  F1 \(fixed(groupedF1))
        best threshold on these pairs: \(fixed(bestThreshold, 2))\(unresolved.isEmpty ? "" : "\nunresolved: " + unresolved.joined(separator: "; "))
        """
    }
}

extension ExtractionBenchmark.Report {
    /// Main-content scores and pages per second.
    public var text: String {
        """
        \(summary.pages) pages  precision \(fixed(summary.precision, 4))  recall \(fixed(summary.recall, 4))  F1 \(fixed(summary.f1, 4))  exact \(fixed(summary.accuracy))
        \(fixed(pagesPerSecond, 0)) pages/s on one core (CPU time of decoding, parsing and extraction)
        """
    }
}

extension PairEvaluation {
    /// One line per pair kind: pairs, right, accuracy and what was wanted.
    public var text: String {
        var lines = ["pair kind     pairs  right  accuracy  (wanted)"]
        for kind in PairKind.allCases {
            guard let score = scores[kind.rawValue] else { continue }
            let wanted = kind == .sameEvent ? "one event" : "two events"
            lines.append(
                kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0) + "  "
                    + rightAligned(String(score.pairs), 5) + "  " + rightAligned(String(score.correct), 5) + "  "
                    + rightAligned(fixed(score.accuracy), 8) + "  (\(wanted))")
        }
        return lines.joined(separator: "\n")
    }
}

extension ContradictionEvaluation {
    /// One line per set of events: false contradictions per event and planted recall.
    public var text: String {
        func column(_ text: String, _ width: Int) -> String {
            text.padding(toLength: width, withPad: " ", startingAt: 0)
        }
        var lines = [
            column("events", 20) + column("false/event", 13) + column("(false)", 9) + column("planted recall", 16)
                + "(found/planted)"
        ]
        for s in scores {
            lines.append(
                column(s.name, 20) + column(fixed(s.falsePerEvent, 2), 13) + column("(\(s.falseContradictions))", 9)
                    + column(fixed(s.recall, 2), 16) + "(\(s.found)/\(s.planted))  over \(s.events) events")
        }
        return lines.joined(separator: "\n")
    }
}

/// `value` with `digits` decimals, as every figure is printed.
func fixed(_ value: Double, _ digits: Int = 3) -> String {
    String(format: "%.\(digits)f", value)
}

/// `text` right-aligned in `width` columns.
func rightAligned(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}
