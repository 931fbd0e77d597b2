import Foundation
import Hummingbird
import HummingbirdTesting
import Parallax
import ParallaxModel
import ParallaxServer
import ParallaxStore
import ParallaxTesting
import Testing

/// An article revised at its address shows its history on its page and in the API, as the OpenAPI document
/// says, with every revision's text escaped.
struct RevisionTests {
    /// A store holding the ferry story fetched twice, the second time with a hostile title.
    static func revisedStore() async throws -> (MemoryStore, String) {
        let store = MemoryStore()
        let first = RevisionFixtures.ferry(dead: "12", date: "2025-04-02", title: "Ferry capsizes off Cape Lorn")
        let second = RevisionFixtures.ferry(
            dead: "19", date: "2025-04-02", title: "Ferry toll rises <script>alert(1)</script>")
        let report = try await Pipeline().ingest(bytes: Array(first.utf8), name: "ferry.txt", into: store)
        let id = try #require(report.inserted.first)
        let revised = try await Pipeline().ingest(bytes: Array(second.utf8), name: "ferry-2.txt", into: store)
        try #require(revised.revised == [id])
        return (store, id)
    }

    @Test(.timeLimit(.minutes(1)))
    func theAPIListsEveryRevisionAsDocumented() async throws {
        let (store, id) = try await Self.revisedStore()
        try await ServerTests.app(store).test(.router) { client in
            var document = JSONValue.null
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                document = try JSONValue.parse(response.body.readableBytesView)
            }
            let schema = try #require(OpenAPITests.schema(document, "/api/articles/{id}", "get", 200))
            try await client.execute(uri: "/api/articles/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONValue.parse(response.body.readableBytesView)
                let errors = JSONSchemaValidator(document: document).errors(body, schema)
                #expect(errors.isEmpty, "\(errors.prefix(5))")
                let object = try ServerTests.object(response.body)
                let revisions = try #require(object["revisions"] as? [[String: Any]])
                #expect(revisions.map { $0["number"] as? Int } == [1, 2])
                #expect(revisions.map { $0["current"] as? Bool } == [false, true])
                #expect((revisions.first?["text"] as? String)?.contains("At least 12 people") == true)
            }
        }
    }

    /// An upload of a changed text at a stored address answers an ingest report naming the revised article, as
    /// the document describes it.
    @Test(.timeLimit(.minutes(1)))
    func anUploadedRevisionIsReportedAsDocumented() async throws {
        let store = MemoryStore()
        let first = RevisionFixtures.ferry(dead: "12", date: "2025-04-02", title: "Ferry capsizes off Cape Lorn")
        let id = try #require(
            try await Pipeline().ingest(bytes: Array(first.utf8), name: "ferry.txt", into: store).inserted.first)
        let second = RevisionFixtures.ferry(dead: "19", date: "2025-04-02", title: "Ferry toll rises to 19")
        try await ServerTests.app(store).test(.router) { client in
            var document = JSONValue.null
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                document = try JSONValue.parse(response.body.readableBytesView)
            }
            let schema = try #require(OpenAPITests.schema(document, "/api/ingest", "post", 200))
            try await client.execute(
                uri: "/api/ingest?name=ferry-2.txt", method: .post,
                headers: [.authorization: "Bearer \(ServerTests.token)"], body: ByteBuffer(string: second)
            ) { response in
                #expect(response.status == .ok)
                let body = try JSONValue.parse(response.body.readableBytesView)
                let errors = JSONSchemaValidator(document: document).errors(body, schema)
                #expect(errors.isEmpty, "\(errors.prefix(5))")
                let report = try ServerTests.object(response.body)
                #expect(report["revised"] as? [String] == [id])
                #expect((report["inserted"] as? [String])?.isEmpty == true)
            }
        }
        #expect(try await store.article(id: id)?.text.contains("At least 19 people") == true)
    }

    @Test(.timeLimit(.minutes(1)))
    func theArticlePageListsTheRevisionsEscaped() async throws {
        let (store, id) = try await Self.revisedStore()
        try await ServerTests.app(store).test(.router) { client in
            try await client.execute(uri: "/articles/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<h2>Revisions</h2>"))
                #expect(page.contains("At least 12 people"))
                #expect(page.contains("current text"))
                #expect(page.contains("At least <del>12</del> <ins>19</ins> people"))
                #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                for tag in ServerTests.tags(in: page) {
                    #expect(!tag.hasPrefix("script"), "live <\(tag)>")
                }
            }
        }
    }
}
