import Foundation
import Parallax
import ParallaxModel
import ParallaxReport
import ParallaxTesting
import Testing

/// The five seed articles end to end: three events, dated, with the metadata issue 2 names.
struct SeedPipelineTests {
    private func analyzeSeeds() async throws -> (Analysis, [String: Article]) {
        let pipeline = Pipeline()
        let batch = await pipeline.read(paths: [SharedData.seeds.path])
        try #require(batch.articles.count == 5, "../shared/seeds must hold the five seed articles")
        #expect(batch.diagnostics.isEmpty)
        let analysis = await pipeline.analyze(batch.articles)
        var byPrefix: [String: Article] = [:]
        for article in batch.articles {
            byPrefix[String(URL(fileURLWithPath: article.path ?? "").lastPathComponent.prefix(3))] = article
        }
        return (analysis, byPrefix)
    }

    @Test(.timeLimit(.minutes(1))) func seedsFormTheirThreeEvents() async throws {
        let (analysis, seeds) = try await analyzeSeeds()
        let groups = Set(
            analysis.events.map { event in
                Set(event.articleIds.compactMap { id in seeds.first { $0.value.id == id }?.key })
            })
        #expect(groups == [["000", "001", "003"], ["002"], ["004"]])
        let call = try #require(analysis.events.first { $0.articleIds.contains(seeds["001"]!.id) })
        #expect(call.date?.description == "2022-06-15")
        #expect(call.outlets.contains("Global Times") && call.outlets.contains("The Straits Times"))
    }

    @Test(.timeLimit(.minutes(1))) func jsonReportCarriesTheSeedsMetadata() async throws {
        let (analysis, seeds) = try await analyzeSeeds()
        let json = try JSONReport.render(analysis.report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let articles = try #require(object["articles"] as? [[String: Any]])
        func record(_ prefix: String) throws -> [String: Any] {
            try #require(articles.first { $0["id"] as? String == seeds[prefix]?.id })
        }
        #expect(try record("000")["published"] as? String == "2022-06-20T11:46")
        #expect(try record("000")["authors"] as? [String] == ["Mo Jingxi", "Ren Qi"])
        #expect(try record("001")["published"] as? String == "2022-06-15")
        #expect(try record("001")["outlet"] as? String == "Global Times")
        #expect(try record("003")["published"] as? String == "2022-06-15")
        #expect(try record("003")["outlet"] as? String == "The Straits Times")
        #expect(try record("002")["published"] is NSNull)
        #expect(try record("004")["published"] is NSNull)
        #expect(try record("002")["dateline"] as? String == "BEIJING")
        for article in articles {
            let text = try #require(article["text"] as? String)
            for junk in ["Must Read", "Epaper_", "Contact the writers at", "Author details not found", "Â"] {
                #expect(!text.contains(junk), "\(junk) left in \(article["path"] ?? "")")
            }
        }
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == 3)
        #expect(events.contains { $0["date"] as? String == "2022-06-15" })
    }
}
