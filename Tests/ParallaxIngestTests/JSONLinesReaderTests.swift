import ParallaxIngest
import ParallaxModel
import Testing

/// JSON Lines with the field names of several tools, and bad lines that do not stop the file.
struct JSONLinesReaderTests {
    @Test func variedFieldNamesAndBadLines() throws {
        let path = FixtureFiles.path("jsonl/mixed.jsonl")
        let result = ArticleFileReader().read(path: path)
        #expect(result.articles.map(\.path) == [path + "#1", path + "#2", path + "#3", path + "#5", path + "#9"])
        let a = result.articles[0]
        #expect(a.title == "Harbour dredging begins")
        #expect(a.published?.description == "2025-03-03T10:00")
        #expect(a.url == "https://www.harbourpost.example/2025/03/03/dredging")
        #expect(a.outlet == "harbourpost.example")
        #expect(a.authors == ["Anna Reyes"])
        #expect(a.language == "en")
        let b = result.articles[1]
        #expect(b.title == "Island school reopens")
        #expect(b.outlet == "Kestra Courier")
        #expect(b.authors == ["Piet Vahl"])
        #expect(
            b.text
                == "The school on Vell island reopened on Tuesday after repairs to its roof.\n\nPupils had been taught on the mainland for a month."
        )
        let c = result.articles[2]
        #expect(
            c.text
                == "The market hall will close for renovation in the autumn, the council said on Wednesday.\n\nTraders will move to a temporary site by the river."
        )
        #expect(c.published?.description == "2025-03-05T09:00Z")
        let d = result.articles[3]
        #expect(d.authors == ["Lena Sorvik", "Jon Mbeki"])
        #expect(d.outlet == "Valdoria Daily")
        #expect(result.articles[4].published?.description == "2025-03-08")
        #expect(result.diagnostics.map(\.path) == [path + "#6", path + "#7", path + "#8"])
        #expect(
            result.diagnostics.map(\.message) == [
                "line 6 is not a JSON object.", "line 7 is not valid JSON.", "the item has no article text.",
            ])
    }

    @Test func topLevelArray() throws {
        let json = """
            [
              {"title": "One", "text": "The first story in the array is about the harbour and its new cranes."},
              {"title": "Two", "text": "The second story in the array is about the island ferry timetable."},
              42
            ]
            """
        let path = try FixtureFiles.write(Array(json.utf8), named: "export.json")
        defer { FixtureFiles.remove(path) }
        let result = ArticleFileReader().read(path: path)
        #expect(result.articles.map(\.title) == ["One", "Two"])
        #expect(result.articles.map(\.path) == [path + "#1", path + "#2"])
        #expect(result.diagnostics.map(\.path) == [path + "#3"])
    }

    @Test func hugeLineIsSkippedWithinTheLimit() throws {
        var bytes = Array(
            "{\"title\": \"Short\", \"text\": \"A normal line about the harbour council and its budget.\"}\n".utf8)
        bytes +=
            Array("{\"title\": \"Huge\", \"text\": \"".utf8) + [UInt8](repeating: 0x61, count: 3 << 20)
            + Array("\"}\n".utf8)
        bytes += Array(
            "{\"title\": \"After\", \"text\": \"The line after the huge one is read as usual by the reader.\"}\n".utf8)
        let path = try FixtureFiles.write(bytes, named: "huge.jsonl")
        defer { FixtureFiles.remove(path) }
        let limits = ArticleFileReader.Limits(maxLineLength: 1 << 20)
        let result = ArticleFileReader(limits: limits).read(path: path)
        #expect(result.articles.map(\.title) == ["Short", "After"])
        #expect(result.diagnostics.map(\.path) == [path + "#2"])
        #expect(result.diagnostics.first?.message.contains("over the 1048576-byte line limit") == true)
    }

    @Test func datelineFromTheTextOrFromItsOwnField() throws {
        let json = """
            {"title": "Farmers block the ring road", "text": "VARNO, Kestra, June 2 (CPS) - Farmers drove 300 tractors onto the ring road on Tuesday."}
            {"title": "Second day", "text": "Farmers returned on Wednesday.", "dateline": "Varno"}
            {"title": "No dateline", "text": "THE MAYOR said on Tuesday that the ring road would reopen."}
            {"title": "Title case", "text": "Varno, June 3 (Reuters) - The tractors left the ring road overnight."}
            """
        let path = try FixtureFiles.write(Array(json.utf8), named: "datelines.jsonl")
        defer { FixtureFiles.remove(path) }
        let articles = ArticleFileReader().read(path: path).articles
        #expect(articles.map(\.dateline) == ["VARNO", "Varno", nil, "Varno"])
        #expect(articles.map(\.agency) == ["CPS", nil, nil, "Reuters"])
        // The text keeps its dateline, so every span points into the text as it came.
        #expect(articles[0].text.hasPrefix("VARNO, Kestra, June 2 (CPS) - Farmers"))
    }
}
