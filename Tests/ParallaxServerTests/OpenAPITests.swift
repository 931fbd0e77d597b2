import Foundation
import Hummingbird
import HummingbirdTesting
import ParallaxModel
import ParallaxServer
import ParallaxStore
import Testing

/// The served OpenAPI document describes what the server really answers: every JSON endpoint's real
/// responses (successes and errors) validate against the document's schema for that path and status.
struct OpenAPITests {
    /// The response schema of `method path` for `status` in the document.
    static func schema(_ document: JSONValue, _ path: String, _ method: String, _ status: Int) -> [String: JSONValue]? {
        let schema = document["paths"]?[path]?[method]?["responses"]?[String(status)]?["content"]?["application/json"]?[
            "schema"]
        if case .object(let object)? = schema { return object }
        return nil
    }

    @Test(.timeLimit(.minutes(2)))
    func realResponsesMatchTheDocument() async throws {
        let store = try await ServerTests.filledStore()
        let event = try #require(try await store.allEvents().first { $0.date != nil })
        let outlet = try #require(event.outlets.first)
        let slug = outlet.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
        let article = event.articleIds[0]
        var disputed = event.id
        for candidate in try await store.allEvents() {
            if let comparison = try await store.comparison(eventId: candidate.id), !comparison.contradictions.isEmpty {
                disputed = candidate.id
                break
            }
        }
        let encodedOutlet = outlet.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? outlet
        // (template in the document, real request, method, expected status)
        let cases: [(String, String, HTTPRequest.Method, Int)] = [
            ("/healthz", "/healthz", .get, 200),
            ("/api/events", "/api/events", .get, 200),
            ("/api/events", "/api/events?outlet=\(encodedOutlet)&from=2000-01-01&limit=3&offset=1", .get, 200),
            ("/api/events", "/api/events?from=soon", .get, 400),
            ("/api/events/{id}", "/api/events/\(event.id)", .get, 200),
            ("/api/events/{id}", "/api/events/\(disputed)", .get, 200),
            ("/api/events/{id}", "/api/events/e-none", .get, 404),
            ("/api/articles/{id}", "/api/articles/\(article)", .get, 200),
            ("/api/articles/{id}", "/api/articles/none", .get, 404),
            ("/api/search", "/api/search?q=bridge", .get, 200),
            ("/api/search", "/api/search?q=bridge&outlet=\(encodedOutlet)&from=2000-01-01&to=2999-01-01", .get, 200),
            ("/api/search", "/api/search", .get, 400),
            ("/api/timeline", "/api/timeline", .get, 200),
            ("/api/timeline", "/api/timeline?outlet=\(encodedOutlet)", .get, 200),
            ("/api/outlets", "/api/outlets", .get, 200),
            ("/api/outlets/{id}", "/api/outlets/\(slug)", .get, 200),
            ("/api/outlets/{id}", "/api/outlets/none", .get, 404),
            ("/api/ingest", "/api/ingest", .post, 401),
        ]
        try await ServerTests.app(store).test(.router) { client in
            var document = JSONValue.null
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                document = try JSONValue.parse(response.body.readableBytesView)
            }
            #expect(document["openapi"]?.string == "3.1.0")
            let validator = JSONSchemaValidator(document: document)
            for (template, uri, method, status) in cases {
                let schema = try #require(
                    Self.schema(document, template, method.rawValue.lowercased(), status),
                    "the document has no \(status) JSON response for \(method) \(template)")
                try await client.execute(uri: uri, method: method, body: ByteBuffer(string: "x")) { response in
                    #expect(response.status.code == status, "\(uri)")
                    let body = try JSONValue.parse(response.body.readableBytesView)
                    let errors = validator.errors(body, schema)
                    #expect(errors.isEmpty, "\(method) \(uri): \(errors.prefix(5).joined(separator: "; "))")
                }
            }
            // Every GET path in the document is served (a route exists for it).
            if case .object(let paths)? = document["paths"] {
                for template in paths.keys where document["paths"]?[template]?["get"] != nil {
                    let uri = template.replacingOccurrences(of: "{id}", with: "none")
                    try await client.execute(uri: uri, method: .get) { response in
                        #expect(response.status != .notFound || template.contains("{id}"), "\(template) is not served")
                    }
                }
            }
        }
    }

    @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
        let document = try JSONValue.parse(
            Array(
                """
                {"components": {"schemas": {"T": {"type": "object", "required": ["a"], "additionalProperties": false,
                  "properties": {"a": {"type": "integer", "minimum": 1}, "b": {"type": ["string", "null"], "enum": ["x", null]}}}}}}
                """.utf8))
        let validator = JSONSchemaValidator(document: document)
        let schema = try #require(validator.resolve("#/components/schemas/T"))
        #expect(validator.errors(try JSONValue.parse(Array(#"{"a": 2, "b": "x"}"#.utf8)), schema).isEmpty)
        #expect(validator.errors(try JSONValue.parse(Array(#"{"a": 2, "b": null}"#.utf8)), schema).isEmpty)
        #expect(validator.errors(try JSONValue.parse(Array(#"{"b": "x"}"#.utf8)), schema).count == 1)
        #expect(validator.errors(try JSONValue.parse(Array(#"{"a": 0}"#.utf8)), schema).count == 1)
        #expect(validator.errors(try JSONValue.parse(Array(#"{"a": 1.5}"#.utf8)), schema).count == 1)
        #expect(validator.errors(try JSONValue.parse(Array(#"{"a": true}"#.utf8)), schema).count == 1)
        #expect(validator.errors(try JSONValue.parse(Array(#"{"a": 1, "c": 1}"#.utf8)), schema).count == 1)
        #expect(validator.errors(try JSONValue.parse(Array(#"{"a": 1, "b": "y"}"#.utf8)), schema).count == 1)
    }
}
