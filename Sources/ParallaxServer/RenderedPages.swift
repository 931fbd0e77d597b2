import Foundation
import Hummingbird
import ParallaxModel
import ParallaxStore

/// Event pages and event JSON materialised in the store: rendered once per analysis, then read back as bytes.
///
/// A cold event page costs about 3 ms to read, decode and render (its comparison alone is 40–70 kB of JSON);
/// reading the stored bytes costs a point query. Bodies are keyed by the store's analysis generation, which
/// every re-analysis changes, so a page rendered from an older analysis is never served. Renders on the
/// request path are saved in batches by a ``RenderedPageWriter``; `parallax serve --warm-pages` renders every
/// event in the background at start and after each ingest. Stores that keep no pages (the defaults of
/// ``ArticleStore``) simply render every time.
struct RenderedPages: Sendable {
    let store: any ArticleStore
    let writer: RenderedPageWriter

    init(store: any ArticleStore) {
        self.store = store
        writer = RenderedPageWriter(store: store)
    }

    /// The stored key of an event's page: with the templates' fingerprint, since a re-analysis is not the only
    /// change that makes a stored page stale.
    static func htmlKey(_ eventId: String) -> String { "html:\(PageTemplates.fingerprint):\(eventId)" }

    /// The stored body for `key`, or the one `render` makes (saved for next time).
    func body(for key: String, render: () async throws -> ByteBuffer) async throws -> ByteBuffer {
        let generation = try await store.analysisGeneration()
        if let stored = try await store.renderedPage(key: key, generation: generation) {
            return ByteBuffer(bytes: stored)
        }
        let body = try await render()
        await writer.add(RenderedPage(key: key, body: Array(buffer: body)), generation: generation)
        return body
    }
}

/// Collects rendered bodies and saves them in batches (one write transaction per batch, not per page).
actor RenderedPageWriter {
    private let store: any ArticleStore
    private var pending: [RenderedPage] = []
    private var pendingGeneration = 0
    private var flushScheduled = false
    /// Bodies per write transaction.
    static let batchSize = 64

    init(store: any ArticleStore) {
        self.store = store
    }

    func add(_ page: RenderedPage, generation: Int) async {
        if generation != pendingGeneration {
            pending.removeAll()
            pendingGeneration = generation
        }
        pending.append(page)
        if pending.count >= Self.batchSize {
            await flush()
        } else if !flushScheduled {
            flushScheduled = true
            Task {
                try? await Task.sleep(for: .seconds(1))
                await self.flush()
            }
        }
    }

    /// Saves what is pending (a failed save is dropped: the pages are rendered again next time).
    func flush() async {
        flushScheduled = false
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll()
        try? await store.saveRenderedPages(batch, generation: pendingGeneration)
    }
}

extension Routes {
    /// Renders, in the background, every event page and event JSON the store does not hold for the current
    /// analysis; stops when a re-analysis changes the generation (the next ingest starts it again).
    func startWarming() {
        Task.detached(priority: .background) { [self] in
            do {
                let generation = try await store.analysisGeneration()
                let have = try await store.renderedPageKeys(generation: generation)
                var batch: [RenderedPage] = []
                for event in try await store.allEvents()
                where !have.contains(RenderedPages.htmlKey(event.id)) || !have.contains("json:" + event.id) {
                    let (html, json) = try await eventBodies(event.id)
                    batch.append(RenderedPage(key: RenderedPages.htmlKey(event.id), body: Array(buffer: html)))
                    batch.append(RenderedPage(key: "json:" + event.id, body: Array(buffer: json)))
                    guard batch.count >= RenderedPageWriter.batchSize else { continue }
                    try await store.saveRenderedPages(batch, generation: generation)
                    batch.removeAll()
                    guard try await store.analysisGeneration() == generation else { return }
                }
                try await store.saveRenderedPages(batch, generation: generation)
            } catch {
                // Warming is an optimisation: a failure leaves pages to be rendered on request.
            }
        }
    }
}
