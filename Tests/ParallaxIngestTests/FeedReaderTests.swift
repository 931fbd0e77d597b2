import ParallaxIngest
import ParallaxModel
import Testing

/// RSS 2.0, RSS 1.0, Atom and JSON Feed fixtures the team wrote.
struct FeedReaderTests {
    private let reader = ArticleFileReader()

    @Test func rss2ItemsUseContentEncodedAndSkipEmptyItems() throws {
        let path = FixtureFiles.path("feeds/rss2.xml")
        let result = reader.read(path: path)
        #expect(result.articles.count == 2)
        let first = try #require(result.articles.first)
        #expect(first.path == path + "#1")
        #expect(first.title == "Dock strike enters second day")
        #expect(
            first.text
                == "Cranes stood idle at the Eastbank docks on Wednesday as the strike by dockworkers entered its second day, the port authority said.\n\nUnion leaders said talks would resume on Friday."
        )
        #expect(first.published?.description == "2025-03-19T08:05Z")
        #expect(first.authors == ["Anna Reyes"])
        #expect(first.outlet == "The Harbour Post")
        #expect(first.categories == ["Business"])
        #expect(first.url == "https://www.harbourpost.example/2025/03/19/dock-strike")
        let second = result.articles[1]
        #expect(second.path == path + "#2")
        #expect(second.authors == ["Jon Mbeki"])
        #expect(second.text.hasPrefix("The river port in Kestra reopened"))
        #expect(result.diagnostics.map(\.path) == [path + "#3"])
        #expect(result.diagnostics.first?.message == "the item has no article text.")
    }

    @Test func rss1RDF() throws {
        let path = FixtureFiles.path("feeds/rss1.rdf")
        let article = try #require(reader.read(path: path).articles.first)
        #expect(article.path == path + "#1")
        #expect(article.title == "New bridge opens over the Vald")
        #expect(article.outlet == "Valdoria Daily")
        #expect(article.authors == ["Lena Sorvik"])
        #expect(article.published?.description == "2025-05-10T09:30+02:00")
    }

    @Test func atomEntriesWithHTMLAndXHTMLContent() throws {
        let path = FixtureFiles.path("feeds/atom.xml")
        let result = reader.read(path: path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.articles.count == 2)
        let first = result.articles[0]
        #expect(first.title == "Harvest & grain prices rise")
        #expect(
            first.text
                == "Grain prices in Kestra rose by six percent in May, the market board said on Sunday, after a dry spring cut the harvest.\n\nBakers said bread prices would follow within weeks."
        )
        #expect(first.authors == ["Piet Vahl"])
        #expect(first.outlet == "Kestra Courier")
        #expect(first.language == "en")
        #expect(first.categories == ["economy"])
        #expect(first.url == "https://kestracourier.example/2025/06/01/grain")
        let second = result.articles[1]
        #expect(
            second.text
                == "Water levels on the Kestra river fell to their lowest point in a decade, the water authority reported on Monday."
        )
        #expect(second.published?.description == "2025-06-02T08:00Z")
    }

    @Test func rssItemDatelineIsRecovered() throws {
        let rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Portvale Gazette</title>
            <item><title>Tram depot fire</title><description>&lt;p&gt;PORTVALE, March 3 (AFP) - A fire broke out \
            at the tram depot on Monday night.&lt;/p&gt;&lt;p&gt;No one was hurt.&lt;/p&gt;</description></item>
            </channel></rss>
            """
        let path = try FixtureFiles.write(Array(rss.utf8), named: "dateline.rss")
        defer { FixtureFiles.remove(path) }
        let article = try #require(reader.read(path: path).articles.first)
        #expect(article.dateline == "PORTVALE")
        #expect(article.agency == "Agence France-Presse")  // the outlet registry's name for AFP
    }

    @Test func jsonFeed() throws {
        let path = FixtureFiles.path("feeds/feed.json")
        let result = reader.read(path: path)
        #expect(result.articles.count == 2)
        let first = result.articles[0]
        #expect(first.path == path + "#1")
        #expect(first.title == "City library extends opening hours")
        #expect(first.authors == ["Mira Tanaka"])
        #expect(first.outlet == "Portvale Gazette")
        #expect(first.categories == ["culture", "city"])
        #expect(first.text.hasSuffix("signed by 3,000 residents."))
        let second = result.articles[1]
        #expect(second.authors == ["Tom Okafor"])
        #expect(
            second.text
                == "The number 4 tram line will close for two weeks of track repairs starting on Monday.\n\nReplacement buses will run every ten minutes."
        )
        #expect(result.diagnostics.map(\.path) == [path + "#3"])
    }

    @Test func feedThatIsNotXMLIsADiagnostic() throws {
        let path = try FixtureFiles.write(
            Array(
                "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Broken</title><item><title>x</item></channel>"
                    .utf8), named: "broken.xml")
        defer { FixtureFiles.remove(path) }
        let result = reader.read(path: path)
        #expect(result.articles.isEmpty)
        let message = try #require(result.diagnostics.first?.message)
        #expect(message.hasPrefix("the feed is not well-formed XML (line"))
    }

    @Test func entityExpansionIsNotFollowed() throws {
        // "Billion laughs": entities are declared but never expanded into the text.
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n"
        xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for level in 2...9 {
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        xml += "]>\n<rss version=\"2.0\"><channel><title>Laughs</title><item><title>&lol9;</title>"
        xml +=
            "<description>The harbour council met on Monday to discuss the dredging of the channel.</description></item></channel></rss>"
        let path = try FixtureFiles.write(Array(xml.utf8), named: "laughs.xml")
        defer { FixtureFiles.remove(path) }
        let result = reader.read(path: path)
        for article in result.articles {
            #expect((article.title ?? "").count < 100)
            #expect(article.text.count < 200)
        }
    }

    @Test func externalEntitiesAreNotLoaded() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>T</title><item><title>&secret;</title>
            <description>The harbour council met on Monday to discuss the dredging of the channel.</description></item></channel></rss>
            """
        let path = try FixtureFiles.write(Array(xml.utf8), named: "xxe.xml")
        defer { FixtureFiles.remove(path) }
        let result = reader.read(path: path)
        for article in result.articles {
            #expect(!(article.title ?? "").contains("root:"))
            #expect(!article.text.contains("root:"))
        }
    }
}
