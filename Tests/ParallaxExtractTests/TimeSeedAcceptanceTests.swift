import Foundation
import ParallaxExtract
import ParallaxModel
import Testing

/// The acceptance examples of issue 3, run on the shared seed articles (third-party text, read from
/// `../shared/seeds` beside the package and never copied into it).
struct TimeSeedAcceptanceTests {
    /// `../shared/seeds` relative to the package root.
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds")

    func seed(_ prefix: String) throws -> String {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path)
        let name = try #require(files.first { $0.hasPrefix(prefix) }, "seed \(prefix) missing in \(Self.seeds.path)")
        return try String(contentsOf: Self.seeds.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func wednesdayInSeed001IsThePublicationDay() throws {
        let times = TimeExtractor.extract(from: try seed("001_"), published: CivilDate(iso: "2022-06-15"))
        let wednesday = try #require(times.first { $0.text.hasPrefix("Wednesday") })
        #expect(wednesday.value == "2022-06-15")
    }

    @Test func june10InSeed000TakesThePublicationYear() throws {
        let times = TimeExtractor.extract(from: try seed("000_"), published: CivilDate(iso: "2022-06-20"))
        let june10 = try #require(times.first { $0.text == "June 10" })
        #expect(june10.value == "2022-06-10")
    }

    @Test func tradeFigureInSeed003IsOneAmount() throws {
        let quantities = QuantityExtractor.extract(from: try seed("003_"))
        let money = quantities.filter { $0.kind == .money }
        #expect(money.count == 1)
        let trade = try #require(money.first)
        #expect(trade.value == 147e9 && trade.unit == "USD")
        #expect(trade.alternatives.map(\.unit) == ["SGD"])
    }

    @Test func bridgeInSeed000Measures1284By14Point5Metres() throws {
        let lengths = QuantityExtractor.extract(from: try seed("000_")).filter { $0.kind == .length }
        #expect(lengths.map(\.normalizedValue) == [1284, 14.5])
    }

    @Test func gasTargetInSeed004Is98BillionCubicMetresBy2030() throws {
        let text = try seed("004_")
        let volume = try #require(QuantityExtractor.extract(from: text).first { $0.kind == .volume })
        #expect(volume.normalizedValue == 98e9 && volume.unit == "m3" && volume.qualifier == "at least")
        let by2030 = try #require(TimeExtractor.extract(from: text, published: nil).first { $0.text == "by 2030" })
        #expect(by2030.value == "2030" && by2030.modifier == .before)
    }
}
