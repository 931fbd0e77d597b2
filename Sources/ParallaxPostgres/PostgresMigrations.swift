#if PostgreSQL
    /// The PostgreSQL schema, one migration per shipped version, applied in order and recorded in
    /// `parallax_migration`. Like SQLite's, migrations are never edited once shipped and use no application types.
    ///
    /// Full-text search is PostgreSQL's own: a stored, generated `tsvector` (titles weighted above bodies, the
    /// `english` configuration, which stems like SQLite's porter tokenizer) under a GIN index.
    enum PostgresMigrations {
        /// (name, statements) in the order they ship.
        static let all: [(name: String, statements: [String])] = [
            (
                "v1: articles, events, extractions, comparisons, full-text index",
                [
                    """
                    CREATE TABLE article (
                        seq bigserial PRIMARY KEY,
                        id text NOT NULL UNIQUE,
                        path text,
                        title text,
                        published text,
                        authors text NOT NULL,
                        outlet text,
                        url text,
                        dateline text,
                        agency text,
                        categories text NOT NULL,
                        language text,
                        text text NOT NULL,
                        word_count integer NOT NULL,
                        ingested_at timestamptz NOT NULL DEFAULT now(),
                        search tsvector GENERATED ALWAYS AS (
                            setweight(to_tsvector('english', coalesce(title, '')), 'A')
                                || setweight(to_tsvector('english', text), 'B')
                        ) STORED
                    )
                    """,
                    "CREATE INDEX article_outlet ON article (outlet)",
                    "CREATE INDEX article_published ON article (published)",
                    "CREATE INDEX article_search ON article USING GIN (search)",
                    """
                    CREATE TABLE event (
                        id text PRIMARY KEY,
                        position integer NOT NULL,
                        title text NOT NULL,
                        date text,
                        article_ids text NOT NULL,
                        outlets text NOT NULL,
                        centrality text NOT NULL
                    )
                    """,
                    "CREATE TABLE extraction (article_id text PRIMARY KEY, json text NOT NULL)",
                    "CREATE TABLE comparison (event_id text PRIMARY KEY, json text NOT NULL)",
                ]
            ),
            (
                "v2: copy groups and the near-duplicate index",
                [
                    "CREATE TABLE syndication (id text PRIMARY KEY, json text NOT NULL)",
                    "CREATE TABLE dedup_index (id integer PRIMARY KEY, data bytea NOT NULL)",
                ]
            ),
            (
                "v3: the ingestion job queue",
                [
                    """
                    CREATE TABLE job (
                        id bigserial PRIMARY KEY,
                        path text NOT NULL,
                        state text NOT NULL DEFAULT 'pending'
                            CHECK (state IN ('pending', 'stored', 'analysed')),
                        worker text,
                        enqueued_at timestamptz NOT NULL DEFAULT now(),
                        stored_at timestamptz
                    )
                    """,
                    "CREATE INDEX job_pending ON job (id) WHERE state = 'pending'",
                    // An article's place in the queue's order: its first job and its position in that job.
                    "ALTER TABLE article ADD COLUMN job_id bigint, ADD COLUMN job_position integer",
                    "CREATE INDEX job_stored ON job (id) WHERE state = 'stored'",
                ]
            ),
            (
                "v4: jobs that carry their file's bytes",
                [
                    // Null: the worker reads the path (a shared file system); else the bytes enqueued with it.
                    "ALTER TABLE job ADD COLUMN content bytea"
                ]
            ),
            (
                "v5: derived state kept between ingests (the clustering index)",
                ["CREATE TABLE derived_state (name text PRIMARY KEY, data bytea NOT NULL)"]
            ),
            (
                // PostgreSQL's parser makes one word of a whole Chinese clause; with each CJK character a word of
                // its own, a name is found as a phrase of its characters (习 <-> 近 <-> 平).
                "v6: search indexes Chinese, Japanese and Korean text character by character",
                [
                    "ALTER TABLE article DROP COLUMN search",
                    """
                    ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', regexp_replace(coalesce(title, ''),
                            '([\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af])', ' \\1 ', 'g')), 'A')
                        || setweight(to_tsvector('english', regexp_replace(text,
                            '([\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af])', ' \\1 ', 'g')), 'B')
                    ) STORED
                    """,
                    "CREATE INDEX article_search ON article USING GIN (search)",
                ]
            ),
            (
                // The index was one blob read and written whole on every ingest; now a record per article, found
                // by its band keys. The blob's articles are indexed again from the stored texts on the next ingest.
                "v7: the near-duplicate index and copy groups as rows",
                [
                    "DROP TABLE dedup_index",
                    """
                    CREATE TABLE dedup_record (
                        sequence bigint PRIMARY KEY,
                        article_id text NOT NULL UNIQUE,
                        component bigint NOT NULL,
                        band_keys bytea NOT NULL,
                        payload bytea NOT NULL
                    )
                    """,
                    "CREATE INDEX dedup_record_component ON dedup_record (component)",
                    "CREATE TABLE dedup_band (key bigint NOT NULL, sequence bigint NOT NULL, PRIMARY KEY (key, sequence))",
                    """
                    CREATE TABLE syndication_member (
                        article_id text NOT NULL,
                        group_id text NOT NULL,
                        PRIMARY KEY (article_id, group_id)
                    )
                    """,
                    "CREATE INDEX syndication_member_group ON syndication_member (group_id)",
                    """
                    INSERT INTO syndication_member (article_id, group_id)
                    SELECT json::jsonb->>'originId', id FROM syndication
                    UNION
                    SELECT copy->>'articleId', id FROM syndication, jsonb_array_elements(json::jsonb->'copies') AS copy
                    """,
                ]
            ),
            (
                // The key of an article's address (ArticleAddress) is NULL until the store fills it in on opening,
                // the empty string for an article without one. Every text an article has had, once it has had two,
                // is a record (JSON) in storing order; revised_article lists the articles whose current text
                // changed after their analysis was stored, until it is analysed again.
                "v8: article revisions and address keys",
                [
                    "ALTER TABLE article ADD COLUMN url_key text",
                    "CREATE INDEX article_url_key ON article (url_key, seq)",
                    """
                    CREATE TABLE article_revision (
                        article_id text NOT NULL,
                        sequence integer NOT NULL,
                        json text NOT NULL,
                        PRIMARY KEY (article_id, sequence)
                    )
                    """,
                    "CREATE TABLE revised_article (article_id text PRIMARY KEY)",
                ]
            ),
        ]
    }
#endif
