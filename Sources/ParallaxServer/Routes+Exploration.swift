import Hummingbird
import ParallaxModel
import ParallaxStore

/// Timelines and outlets: the API and the pages that look across events.
extension Routes {
    func addExploration(to router: Router<BasicRequestContext>) {
        router.get("/api/timeline") { request, _ in
            let query = try EventQuery(request.queryParameters, configuration: configuration)
            let days = try await store.timeline(matching: query.filter)
            return try Self.json(
                APIModels.Timeline(
                    outlet: query.outlet, entity: query.entity, from: query.from, to: query.to, days: days))
        }
        router.get("/api/outlets") { _, _ in
            try Self.json(APIModels.OutletList(outlets: try await outletSummaries().map(APIModels.OutletRecord.init)))
        }
        router.get("/api/outlets/:id") { request, context in
            let summary = try await outlet(try Self.id(context))
            let query = try EventQuery(
                request.queryParameters.filter { ["limit", "offset"].contains($0.key) }, configuration: configuration)
            let filter = EventFilter(outlet: summary.name)
            let page = try await store.events(matching: filter, limit: query.limit, offset: query.offset)
            let digest = try await digest(summary.name)
            return try Self.json(
                APIModels.OutletDetail(
                    outlet: APIModels.OutletRecord(summary),
                    events: APIModels.EventList(
                        total: page.total, limit: query.limit, offset: query.offset,
                        events: page.events.map(APIModels.EventSummary.init)),
                    analysedEvents: digest.analysedEvents, sources: digest.sources, framing: digest.framing))
        }

        router.get("/timeline") { request, _ in
            let query = try EventQuery(request.queryParameters, configuration: configuration)
            let days = try await store.timeline(matching: query.filter)
            let names = try await outletSummaries().map(\.name)
            return Self.html(Pages.timeline(days: days, query: query, outlets: names))
        }
        router.get("/outlets") { _, _ in
            Self.html(Pages.outlets(try await outletSummaries()))
        }
        router.get("/outlets/:id") { request, context in
            let summary = try await outlet(try Self.id(context))
            let query = try EventQuery(
                request.queryParameters.filter { ["limit", "offset"].contains($0.key) }, configuration: configuration)
            let filter = EventFilter(outlet: summary.name)
            let page = try await store.events(matching: filter, limit: query.limit, offset: query.offset)
            let digest = try await digest(summary.name)
            let days = try await store.timeline(matching: filter)
            return Self.html(
                Pages.outlet(summary, page: page, query: query, digest: digest, days: days))
        }
    }

    /// The digest of an outlet's most recent events, cached.
    private func digest(_ outlet: String) async throws -> OutletDigest {
        try await digests.value(for: outlet) {
            let filter = EventFilter(outlet: outlet)
            let recent = try await store.events(matching: filter, limit: OutletDigest.maxEvents, offset: 0)
            return try await OutletDigest.build(outlet: outlet, events: recent.events, store: store)
        }
    }

    /// The outlet whose slug is `id`.
    private func outlet(_ id: String) async throws -> OutletSummary {
        guard let summary = try await outletSummaries().first(where: { OutletDigest.slug($0.name) == id }) else {
            throw APIError.notFound("outlet")
        }
        return summary
    }
}
