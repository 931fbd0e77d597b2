import Foundation
import Testing

@testable import ParallaxSQLite

/// Values encoded in parallel batches come back as one encoder writes them one by one, in order, for every
/// count (batches that do not divide the count evenly, fewer values than batches, none).
struct EncodedAnalysisTests {
    @Test(arguments: [0, 1, 2, 7, 9, 17, 33, 100])
    func parallelEncodingIsSequentialEncoding(count: Int) throws {
        let values = (0..<count).map { ["id": "a\($0)", "text": String(repeating: "x", count: $0 % 5)] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let expected = try values.map { try encoder.encode($0) }
        #expect(try EncodedAnalysis.encoded(values) == expected)
    }
}
