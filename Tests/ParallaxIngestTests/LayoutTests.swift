import ParallaxIngest
import ParallaxModel
import Testing

/// Layouts written for these tests (not the seeds): each rule on text of our own.
struct LayoutTests {
    private let registry = OutletRegistry.bundled.adding([
        Outlet(
            name: "The Harbour Post", domains: ["harbourpost.example"], country: "XV", kind: .private,
            aliases: ["Harbour Post"]),
        Outlet(
            name: "Valdoria State News Agency", domains: ["vsna.example"], country: "XV", kind: .wireAgency,
            aliases: ["VSNA"]),
    ])

    private func read(_ text: String) throws -> Article {
        try PlainTextReader(registry: registry).read(text, path: "fixture.txt")
    }

    @Test func keyValueHeadersWithPlaceholdersAndCategories() throws {
        let article = try read(
            """
            Published Time: 2025-03-19
            Title: Ferry service resumes after storm
            Category 1: REGIONAL; Category 2: TRANSPORT
            Author: Author details not found
            Author title: Author details not found
            Text:
            The ferry between Portvale and the islands resumed on Wednesday after a two-day suspension.
            Operators said the first crossing left at 7 am.
            """)
        #expect(article.title == "Ferry service resumes after storm")
        #expect(article.published?.description == "2025-03-19")
        #expect(article.categories == ["REGIONAL", "TRANSPORT"])
        #expect(article.authors.isEmpty)
        #expect(
            article.text
                == "The ferry between Portvale and the islands resumed on Wednesday after a two-day suspension.\n\nOperators said the first crossing left at 7 am."
        )
    }

    @Test func publishedLineBylineWrappedParagraphsAndContactLine() throws {
        let article = try read(
            """
            Published: 08:05, March 19, 2025 | Updated: 11:47, March 19, 2025
            Harbour cranes idle as dock strike enters second day
            By Anna Reyes in Portvale and Jon Mbeki in Kestra

            Cranes stood idle at the Eastbank docks on Wednesday as the strike
            by dockworkers entered its second day, the port authority said.

            Union leaders said talks would resume on Friday.

            Contact the writers at anna@harbourpost.example
            """)
        #expect(article.title == "Harbour cranes idle as dock strike enters second day")
        #expect(article.published?.description == "2025-03-19T08:05")
        #expect(article.authors == ["Anna Reyes", "Jon Mbeki"])
        #expect(
            article.text.hasPrefix("Cranes stood idle at the Eastbank docks on Wednesday as the strike by dockworkers"))
        #expect(!article.text.contains("Contact the writers"))
        #expect(article.text.hasSuffix("talks would resume on Friday."))
    }

    @Test func bareLinesCompactDateAndURL() throws {
        let article = try read(
            """
            Kestra port reopens
            20250424
            https://www.harbourpost.example/world/kestra-port-reopens
            The river port in Kestra reopened on Thursday after a 48-hour strike.
            Shipping agents said grain cargoes would move first.
            """)
        #expect(article.title == "Kestra port reopens")
        #expect(article.published?.description == "2025-04-24")
        #expect(article.outlet == "The Harbour Post")
        #expect(article.url == "https://www.harbourpost.example/world/kestra-port-reopens")
    }

    @Test(arguments: [
        ("PORTVALE: The council met on Monday to approve the budget for next year.", "PORTVALE", nil as String?),
        (
            "PORTVALE VSNA - The council met on Monday to approve the budget for next year.", "PORTVALE",
            "Valdoria State News Agency"
        ),
        (
            "PORTVALE, March 19 (VSNA) - The council met on Monday to approve the budget for next year.", "PORTVALE",
            "Valdoria State News Agency"
        ),
        (
            "Kestra, April 24 (VSNA) -- The council met on Monday to approve the budget for next year.", "Kestra",
            "Valdoria State News Agency"
        ),
        ("NEW YORK — The council met on Monday to approve the budget for next year.", "NEW YORK", nil),
    ])
    func datelines(lede: String, place: String, agency: String?) throws {
        let article = try read("Council approves budget\n\n" + lede + "\nMembers voted 31 to 9 in favour of the plan.")
        #expect(article.dateline == place)
        #expect(article.agency == agency)
        #expect(article.text.hasPrefix("The council met on Monday"))
    }

    @Test func publishedWordBeforeABareDateLine() throws {
        let article = try read(
            """
            Bakers on the picket line
            Published 9 April 2026

            For thirty years the bakery on Quay Street has opened at five for the dockers.
            """)
        #expect(article.title == "Bakers on the picket line")
        #expect(article.published?.description == "2026-04-09")
        #expect(article.text.hasPrefix("For thirty years"))
    }

    /// A dateline's date dates an undated story when it has a year; "June 15" alone does not.
    @Test(arguments: [
        ("KALOKOL, Wednesday 11 March 2026 — Fishermen gave a cautious welcome.", "2026-03-11"),
        ("PORTVALE, June 15 (VSNA) — Fishermen gave a cautious welcome.", nil),
    ])
    func datelineDateWithAYear(lede: String, published: String?) throws {
        let article = try read("Fishermen welcome river deal\n\n\(lede)")
        #expect(article.published?.description == published)
        #expect(article.text == "Fishermen gave a cautious welcome.")
    }

    @Test func sentenceStartingInCapitalsIsNotADateline() throws {
        let article = try read(
            "Budget passes\n\nTHE COUNCIL approved the budget on Monday after a long debate.\nMembers voted 31 to 9.")
        #expect(article.dateline == nil)
        #expect(article.text.hasPrefix("THE COUNCIL approved"))
    }

    @Test func mustReadBlockEpaperAndGluedCredit() throws {
        let article = try read(
            """
            Floodwater recedes in Northfield

            The Lenna fell below five metres on Wednesday, the town council said.
            Residents began to return home, the mayor said.The Harbour Post

            Must Read
            Rovers sign striker from Portvale United
            Epaper_25-06-11 NFD
            """)
        #expect(article.outlet == "The Harbour Post")
        #expect(article.text.hasSuffix("the mayor said."))
        #expect(!article.text.contains("Rovers"))
        #expect(!article.text.contains("Epaper"))
    }

    @Test func mojibakeIsRepairedButAccentsAreKept() throws {
        let article = try read(
            "Café owners welcome deal\n\nâ€œWe needed thisâ€ť, said the owner of the café in ZÃ¼rich, Valdoriaâ€™s twin city.Â  Trade rose 4Â %."
        )
        #expect(article.text.contains("“We needed this"))
        #expect(article.text.contains("Valdoria’s twin city"))
        #expect(article.text.contains("Zürich"))
        #expect(article.text.contains("café"))
        #expect(!article.text.contains("Â"))
        #expect(article.title == "Café owners welcome deal")
    }

    @Test func sourcePrefixGivesTheOutlet() throws {
        let article = try read(
            "Harbour Post: Port authority confirms the Eastbank docks will reopen on Monday after repairs to the quay.\nThe repairs cost 2 million crowns."
        )
        #expect(article.outlet == "The Harbour Post")
        #expect(article.text.hasPrefix("Port authority confirms"))
    }

    @Test func sourcePrefixedHeadlineThenDateLine() throws {
        let article = try read(
            """
            Harbour Post: Lenna floodwater reaches Brask as aid crosses the border
            Thu 12 Jun 2025
            BRASK — Floodwater reached the province on Thursday, covering farmland along the lower river.
            """)
        #expect(article.outlet == "The Harbour Post")
        #expect(article.title == "Lenna floodwater reaches Brask as aid crosses the border")
        #expect(article.published?.description == "2025-06-12")
        #expect(article.dateline == "BRASK")
        #expect(article.text.hasPrefix("Floodwater reached the province"))
    }

    @Test(arguments: [
        "Wednesday, 19 March 2025", "Tuesday 19 March 2025", "March 19, 2025", "19/03/2025", "2025-03-19T10:15:00Z",
    ])
    func dateLinesAfterTheHeadline(line: String) throws {
        let article = try read(
            "Council approves budget\n\(line)\nThe council met on Wednesday and approved the budget for next year.")
        #expect(article.published?.date.description == "2025-03-19")
        #expect(article.title == "Council approves budget")
    }

    @Test func sameBodySameIdentity() throws {
        let a = try read("One headline\n\nThe ferry resumed on Wednesday after a two-day suspension.")
        let b = try read("Another headline\n\nThe  ferry resumed on Wednesday after a two-day SUSPENSION.")
        #expect(a.id == b.id)
    }
}
