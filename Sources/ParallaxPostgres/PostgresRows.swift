#if PostgreSQL
    import Foundation
    import ParallaxModel
    import ParallaxStore
    import PostgresNIO

    /// Converting model values to and from PostgreSQL rows. Lists and nested values are stored as JSON text, as
    /// the SQLite store does.
    enum PostgresRows {
        private static let encoder: JSONEncoder = {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return encoder
        }()

        static func json<T: Encodable>(_ value: T) throws -> String {
            String(decoding: try encoder.encode(value), as: UTF8.self)
        }

        static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
            try JSONDecoder().decode(type, from: Data(text.utf8))
        }

        /// `values` with each key once, at its first position, holding the last value with that key.
        static func lastOfEach<T>(_ values: [T], by key: (T) -> String) -> [T] {
            var position: [String: Int] = [:]
            var result: [T] = []
            result.reserveCapacity(values.count)
            for value in values {
                if let index = position[key(value)] {
                    result[index] = value
                } else {
                    position[key(value)] = result.count
                    result.append(value)
                }
            }
            return result
        }

        private static func list(_ text: String) -> [String] { (try? decode([String].self, text)) ?? [] }

        static func article(_ row: PostgresRow) throws -> Article {
            let columns = row.makeRandomAccess()
            func value<T: PostgresDecodable>(_ name: String, _ type: T.Type) throws -> T {
                try columns[name].decode(type, context: .default)
            }
            return Article(
                id: try value("id", String.self), path: try value("path", String?.self),
                title: try value("title", String?.self),
                published: try value("published", String?.self).flatMap(Timestamp.init(iso:)),
                authors: list(try value("authors", String.self)), outlet: try value("outlet", String?.self),
                url: try value("url", String?.self), dateline: try value("dateline", String?.self),
                agency: try value("agency", String?.self), categories: list(try value("categories", String.self)),
                language: try value("language", String?.self), text: try value("text", String.self))
        }

        static func event(_ row: PostgresRow) throws -> Event {
            let columns = row.makeRandomAccess()
            func value<T: PostgresDecodable>(_ name: String, _ type: T.Type) throws -> T {
                try columns[name].decode(type, context: .default)
            }
            return Event(
                id: try value("id", String.self), title: try value("title", String.self),
                date: try value("date", String?.self).flatMap(CivilDate.init(iso:)),
                articleIds: list(try value("article_ids", String.self)),
                outlets: list(try value("outlets", String.self)),
                centrality: (try? decode([Double].self, try value("centrality", String.self))) ?? [])
        }

        /// Events as parallel columns, for one `unnest` insert (an absent date is the empty string).
        struct EventColumns {
            var ids: [String] = []
            var positions: [Int32] = []
            var titles: [String] = []
            var dates: [String] = []
            var articleIds: [String] = []
            var outlets: [String] = []
            var centrality: [String] = []

            init(_ events: [Event], from first: Int = 0) throws {
                for (position, event) in events.enumerated() {
                    ids.append(event.id)
                    positions.append(Int32(clamping: first + position))
                    titles.append(event.title)
                    dates.append(event.date?.description ?? "")
                    articleIds.append(try json(event.articleIds))
                    outlets.append(try json(event.outlets))
                    centrality.append(try json(event.centrality))
                }
            }
        }

        /// One article as the JSON object the bulk insert reads (`json_array_elements`).
        struct ArticleRecord: Encodable {
            var id: String
            var path: String?
            var title: String?
            var published: String?
            var authors: String
            var outlet: String?
            var url: String?
            var dateline: String?
            var agency: String?
            var categories: String
            var language: String?
            var text: String
            var wordCount: Int
            var jobId: Int64?
            var urlKey: String

            init(_ article: Article, jobId: Int64?) throws {
                id = article.id
                path = article.path.map(Self.clean)
                title = article.title.map(Self.clean)
                published = article.published?.description
                authors = try json(article.authors.map(Self.clean))
                outlet = article.outlet.map(Self.clean)
                url = article.url.map(Self.clean)
                dateline = article.dateline.map(Self.clean)
                agency = article.agency.map(Self.clean)
                categories = try json(article.categories.map(Self.clean))
                language = article.language.map(Self.clean)
                text = Self.clean(article.text)
                wordCount = article.wordCount
                self.jobId = jobId
                urlKey = article.url.flatMap(ArticleAddress.key).map(Self.clean) ?? ""
            }

            /// PostgreSQL text cannot hold U+0000; the readers never produce it, but a stray one must not fail
            /// a whole batch.
            static func clean(_ text: String) -> String {
                text.utf8.contains(0) ? text.replacingOccurrences(of: "\u{0}", with: "") : text
            }
        }

        /// Stores extractions of articles that have none (one already stored is the analysis's: kept).
        static func insertNew(
            _ extractions: [ArticleExtraction], on connection: PostgresConnection, logger: Logger
        ) async throws {
            let extractions = lastOfEach(extractions, by: \.articleId)
            guard !extractions.isEmpty else { return }
            let texts = try extractions.map(json)
            try await connection.query(
                """
                INSERT INTO extraction (article_id, json) SELECT * FROM unnest(
                    \(extractions.map(\.articleId))::text[], \(texts)::text[])
                ON CONFLICT (article_id) DO NOTHING
                """, logger: logger)
        }

        /// Inserts the articles not stored yet, in order, in one statement on `connection` (inside the caller's
        /// transaction). Concurrent inserts of the same id wait for each other and store it once. A repeated id
        /// in `articles` counts as existing.
        /// - Parameter jobIds: the job of each article (parallel to `articles`), or nil outside the job queue.
        ///   An article that two jobs carry keeps the lower job as its place, whichever committed first, so the
        ///   stored order does not depend on which worker won.
        static func insertRows(
            _ articles: [Article], jobIds: [Int64]? = nil, on connection: PostgresConnection, logger: Logger
        ) async throws -> UpsertResult {
            var seen: Set<String> = []
            var records: [ArticleRecord] = []
            for (index, article) in articles.enumerated() where seen.insert(article.id).inserted {
                records.append(try ArticleRecord(article, jobId: jobIds?[index]))
            }
            guard !records.isEmpty else { return UpsertResult() }
            let batch = try json(records)
            // xmax = 0 tells a new row from one the DO UPDATE moved to an earlier job.
            let rows = try await connection.query(
                """
                INSERT INTO article (id, path, title, published, authors, outlet, url, dateline, agency, categories,
                    language, text, word_count, job_id, job_position, url_key)
                SELECT a->>'id', a->>'path', a->>'title', a->>'published', a->>'authors', a->>'outlet', a->>'url',
                    a->>'dateline', a->>'agency', a->>'categories', a->>'language', a->>'text',
                    (a->>'wordCount')::int, (a->>'jobId')::bigint, n, a->>'urlKey'
                FROM json_array_elements(\(batch)::json) WITH ORDINALITY AS t(a, n)
                ORDER BY n
                ON CONFLICT (id) DO UPDATE SET job_id = excluded.job_id, job_position = excluded.job_position
                    WHERE article.job_id > excluded.job_id
                RETURNING id, (xmax = 0) AS inserted
                """, logger: logger)
            var inserted: Set<String> = []
            for try await (id, isNew) in rows.decode((String, Bool).self) where isNew { inserted.insert(id) }
            var result = UpsertResult()
            for article in articles {
                if inserted.remove(article.id) != nil {
                    result.inserted.append(article.id)
                } else {
                    result.existing.append(article.id)
                }
            }
            return result
        }
    }
#endif
