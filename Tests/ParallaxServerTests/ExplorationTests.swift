import Foundation
import Hummingbird
import HummingbirdTesting
import ParallaxModel
import ParallaxServer
import ParallaxStore
import Testing

/// Metrics, HEAD, timelines, outlets, the entity filter and filtered search, over the Examples corpus.
struct ExplorationTests {
    @Test(.timeLimit(.minutes(2)))
    func metricsCountRequestsByRouteAndStatus() async throws {
        let store = try await ServerTests.filledStore()
        let events = try await store.allEvents()
        let articleCount = try await store.articleCount()
        try await ServerTests.app(store).test(.router) { client in
            try await client.execute(uri: "/api/events/\(events[0].id)", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/events/nope", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/no/such/page", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let text = String(buffer: response.body)
                #expect(
                    text.contains(
                        "parallax_http_requests_total{method=\"GET\",route=\"/api/events/{id}\",status=\"200\"} 1"))
                #expect(
                    text.contains(
                        "parallax_http_requests_total{method=\"GET\",route=\"/api/events/{id}\",status=\"404\"} 1"))
                #expect(text.contains("route=\"NotFound\",status=\"404\"} 1"))
                #expect(!text.contains("/no/such/page"), "raw paths must not become labels")
                #expect(
                    text.contains(
                        "parallax_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/events/{id}\",status=\"200\",le=\"+Inf\"} 1"
                    ))
                #expect(text.contains("# TYPE parallax_http_request_duration_seconds histogram"))
                #expect(text.contains("parallax_articles_stored \(articleCount)"))
                #expect(text.contains("parallax_events_stored \(events.count)"))
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func headIsGetWithoutABody() async throws {
        let store = try await ServerTests.filledStore()
        try await ServerTests.app(store).test(.router) { client in
            for uri in ["/", "/api/events", "/timeline"] {
                let getLength = try await client.execute(uri: uri, method: .get) { $0.body.readableBytes }
                try await client.execute(uri: uri, method: .head) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.body.readableBytes == 0, "\(uri)")
                    #expect(response.headers[.contentLength] == String(getLength), "\(uri)")
                    #expect(response.headers[.contentSecurityPolicy] != nil, "\(uri)")
                }
            }
            try await client.execute(uri: "/events/nope", method: .head) { #expect($0.status == .notFound) }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func timelineCountsEventsPerDay() async throws {
        let store = try await ServerTests.filledStore()
        let dated = try await store.allEvents().filter { $0.date != nil }
        try await ServerTests.app(store).test(.router) { client in
            try await client.execute(uri: "/api/timeline", method: .get) { response in
                #expect(response.status == .ok)
                let body = try ServerTests.object(response.body)
                let days = try #require(body["days"] as? [[String: Any]])
                #expect(days.reduce(0) { $0 + ($1["events"] as? Int ?? 0) } == dated.count)
                let dates = days.compactMap { $0["date"] as? String }
                #expect(dates == dates.sorted() && Set(dates).count == dates.count)
            }
            let outlet = try #require(dated.first?.outlets.first)
            let encoded = outlet.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? outlet
            try await client.execute(uri: "/api/timeline?outlet=\(encoded)", method: .get) { response in
                let days = try #require(try ServerTests.object(response.body)["days"] as? [[String: Any]])
                let expected = dated.filter { $0.outlets.contains(outlet) }.count
                #expect(days.reduce(0) { $0 + ($1["events"] as? Int ?? 0) } == expected)
            }
            try await client.execute(uri: "/timeline", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<svg class=\"timeline\""))
                #expect(page.contains("<rect class=\"bar\""))
                #expect(!page.contains("style=\""), "inline styles break the CSP")
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func outletsListAndDetail() async throws {
        let store = try await ServerTests.filledStore()
        let articles = try await store.allArticles()
        let name = try #require(articles.compactMap(\.outlet).first)
        try await ServerTests.app(store).test(.router) { client in
            var id = ""
            try await client.execute(uri: "/api/outlets", method: .get) { response in
                #expect(response.status == .ok)
                let outlets = try #require(try ServerTests.object(response.body)["outlets"] as? [[String: Any]])
                let record = try #require(outlets.first { $0["name"] as? String == name })
                #expect(record["articleCount"] as? Int == articles.filter { $0.outlet == name }.count)
                id = try #require(record["id"] as? String)
            }
            #expect(!id.isEmpty && !id.contains(" "))
            try await client.execute(uri: "/api/outlets/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                let body = try ServerTests.object(response.body)
                #expect((body["outlet"] as? [String: Any])?["name"] as? String == name)
                let events = try #require(body["events"] as? [String: Any])
                #expect((events["total"] as? Int ?? 0) > 0)
                #expect(body["sources"] is [Any])
                #expect(body["framing"] is [Any])
            }
            try await client.execute(uri: "/outlets/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains(ServerTests.escaped(name)))
                #expect(page.contains("id=\"quotes\""))
            }
            try await client.execute(uri: "/outlets", method: .get) { response in
                #expect(String(buffer: response.body).contains("/outlets/\(id)"))
            }
            try await client.execute(uri: "/api/outlets/no-such-outlet", method: .get) {
                #expect($0.status == .notFound)
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func entityFilterAndFilteredSearch() async throws {
        let store = try await ServerTests.filledStore()
        let events = try await store.allEvents()
        let event = events[0]
        let names = try await store.names(of: event)
        let name = try #require(names.sorted().first)
        let expected = try await store.events(matching: EventFilter(entity: name), limit: 200, offset: 0)
        #expect(expected.events.contains(event))
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name
        try await ServerTests.app(store).test(.router) { client in
            try await client.execute(uri: "/api/events?entity=\(encoded)&limit=200", method: .get) { response in
                let body = try ServerTests.object(response.body)
                #expect(body["total"] as? Int == expected.total)
            }
            try await client.execute(uri: "/?entity=\(encoded)", method: .get) { response in
                #expect(String(buffer: response.body).contains("/events/\(event.id)"))
            }
            try await client.execute(uri: "/api/events?entity=zzzz-nobody", method: .get) { response in
                let body = try ServerTests.object(response.body)
                #expect(body["total"] as? Int == 0)
            }
            let bridge = try await store.search(SearchQuery(text: "bridge", limit: 100))
            let outlet = try #require(bridge.first?.outlet)
            let encodedOutlet = outlet.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? outlet
            try await client.execute(uri: "/api/search?q=bridge&outlet=\(encodedOutlet)", method: .get) { response in
                let hits = try #require(try ServerTests.object(response.body)["hits"] as? [[String: Any]])
                #expect(!hits.isEmpty && hits.allSatisfy { $0["outlet"] as? String == outlet })
                #expect(hits.count == bridge.filter { $0.outlet == outlet }.count)
            }
            try await client.execute(uri: "/api/search?q=bridge&limit=1&offset=1", method: .get) { response in
                let hits = try #require(try ServerTests.object(response.body)["hits"] as? [[String: Any]])
                #expect(hits.map { $0["articleId"] as? String } == [bridge[1].articleId])
            }
            try await client.execute(uri: "/api/search?q=bridge&from=2999-01-01", method: .get) { response in
                let body = try ServerTests.object(response.body)
                #expect((body["hits"] as? [Any])?.isEmpty == true)
            }
            try await client.execute(uri: "/api/search?q=bridge&offset=5000", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            let long = String(repeating: "x", count: 1000)
            try await client.execute(uri: "/api/events?entity=\(long)", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/search?q=bridge&outlet=\(encodedOutlet)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("class=\"hits\""))
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func eventPageMarksClaimsAndBothSidesInTheArticles() async throws {
        let store = try await ServerTests.filledStore()
        var found: (Event, EventComparison)?
        for event in try await store.allEvents() {
            if let comparison = try await store.comparison(eventId: event.id), !comparison.contradictions.isEmpty {
                found = (event, comparison)
                break
            }
        }
        let (event, comparison) = try #require(found)
        try await ServerTests.app(store).test(.router) { client in
            try await client.execute(uri: "/events/\(event.id)", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("id=\"texts\""))
                #expect(page.contains("<mark class=\"claim "))
                for (index, side) in comparison.contradictions[0].sides.enumerated() {
                    for span in side.spans {
                        let marked = "<mark class=\"contra side-\(index % 4)\""
                        #expect(page.contains(marked), "side \(index) is not marked in the article text")
                        #expect(page.contains(ServerTests.escaped(span.text)), "\(span.text)")
                    }
                }
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func anIngestClearsTheCachedSearchesAndPages() async throws {
        let store = try await ServerTests.filledStore()
        try await ServerTests.app(store).test(.router) { client in
            var before = 0
            try await client.execute(uri: "/api/search?q=Rafaela", method: .get) { response in
                before = try #require(try ServerTests.object(response.body)["hits"] as? [Any]).count
            }
            try await client.execute(
                uri: "/api/ingest?name=inquiry.txt", method: .post,
                headers: [.authorization: "Bearer \(ServerTests.token)"], body: ByteBuffer(string: ServerTests.article)
            ) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/search?q=Rafaela", method: .get) { response in
                let hits = try #require(try ServerTests.object(response.body)["hits"] as? [Any])
                #expect(hits.count == before + 1, "a search cached before the ingest was served after it")
            }
        }
    }
}
