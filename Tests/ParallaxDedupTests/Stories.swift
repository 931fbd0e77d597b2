import ParallaxModel

/// Fictional news texts written for these tests: a wire story and its copies, and two outlets' independent
/// reports of the same bridge collapse that share names, numbers and a quote but are not copies.
enum Stories {
    /// An agency story: eight paragraphs, dateline and credit in the first.
    static let wireParagraphs = [
        "HARLOW BAY (AFP) - A four-lane road bridge over the Marren river collapsed early on Tuesday, sending at "
            + "least six vehicles into the water and leaving nine people dead, regional officials said.",
        "The 310-metre Kessel Bridge, opened in 1974, gave way shortly after 5:40 am as morning traffic was "
            + "building up, according to the fire service, which said divers had pulled 14 people from the river.",
        "\"We are still searching for at least three people who are unaccounted for,\" fire chief Dora Vance told "
            + "reporters at the scene, adding that strong currents were hampering the work of the rescue teams.",
        "Governor Elias Brandt declared a state of emergency for the Harlow Bay district and ordered inspections "
            + "of eleven other bridges of the same design across the province before the end of the week.",
        "Engineers had flagged corrosion in two of the bridge's steel bearings in an inspection report last "
            + "spring, the local newspaper reported, but repairs had been postponed for lack of funds.",
        "The transport ministry said an independent commission would examine the report and the maintenance "
            + "records, and that the findings would be made public within three months.",
        "Residents on both banks described a loud crack followed by a roar as the central span dropped into the "
            + "water, taking a delivery truck, a school minibus that was empty at the time and several cars with it.",
        "Rail services between Harlow Bay and the coast were suspended as a precaution, and the army sent two "
            + "pontoon units to set up a temporary crossing for emergency vehicles, officials said.",
    ]

    static var wireText: String { wireParagraphs.joined(separator: "\n\n") }

    /// Another outlet's own report of the same collapse: same names, numbers and quote, different writing.
    static let independentReport = [
        "Nine people died on Tuesday when the Kessel Bridge in Harlow Bay fell into the Marren river during the "
            + "morning rush, in the worst infrastructure disaster the province has seen in decades.",
        "Witnesses interviewed by this newspaper said the structure had been swaying for weeks. One commuter, "
            + "Pavel Ostrowski, said he had written to the council twice about cracks in the road surface.",
        "Fire chief Dora Vance said three people were still missing. \"We are still searching for at least three "
            + "people,\" she said, as boats combed the water downstream of the wrecked central span.",
        "The bridge, built in 1974 and 310 metres long, carried about 40,000 vehicles a day. Its replacement had "
            + "been discussed since 2015, but the project was dropped from the regional budget two years ago.",
        "Opposition councillors accused Governor Elias Brandt of ignoring warnings. Brandt, who declared a state "
            + "of emergency, said it was too early to assign blame and promised a full public inquiry.",
        "Schools in the district will stay closed on Wednesday, and a reception centre for families has opened "
            + "in the sports hall on Quay Street, where counsellors and Red Cross volunteers are on hand.",
        "Traffic is being diverted through Lindby, adding up to an hour to journeys between the two banks. The "
            + "army is expected to open a pontoon crossing for ambulances and fire engines by the weekend.",
    ]

    static var independentText: String { independentReport.joined(separator: "\n\n") }

    static let laterParagraph =
        "UPDATE: Divers found the body of a tenth victim on Wednesday afternoon about two "
        + "kilometres downstream, police said, bringing the death toll from the collapse to ten."

    /// A made-up article of its own, unrelated to the bridge.
    static let unrelated = [
        "The city's oldest bakery will close its doors at the end of the month after 112 years, its owners said, "
            + "citing rising energy bills and the retirement of the last master baker in the family.",
        "Customers queued around the block on Saturday for a final taste of the rye loaves and poppy-seed rolls "
            + "that have been baked to the same recipes since the shop first opened on Mill Lane in 1912.",
        "The building has been sold to a developer who plans to keep the tiled shopfront and turn the upper "
            + "floors into flats, according to planning documents filed with the council last week.",
    ].joined(separator: "\n\n")

    static func article(
        _ id: String, _ text: String, outlet: String? = nil, agency: String? = nil, published: String? = nil
    ) -> Article {
        Article(id: id, published: published.flatMap { Timestamp(iso: $0) }, outlet: outlet, agency: agency, text: text)
    }

    /// Two families (a wire story with copies, a bakery story with an update) among independent stories.
    static var families: [Article] {
        var updated = Stories.unrelated
        updated += "\n\nThe owners said the recipes will be donated to the city museum."
        return [
            Stories.article("w1", Stories.wireText, outlet: "AFP", agency: "AFP", published: "2026-03-03T06:00"),
            Stories.article("i1", Stories.independentText, outlet: "Marren Post", published: "2026-03-03T09:00"),
            Stories.article("u1", Stories.unrelated, outlet: "City Times", published: "2026-03-01"),
            Stories.article(
                "w2", Stories.wireParagraphs.prefix(6).joined(separator: "\n\n"), outlet: "Courier",
                agency: "AFP", published: "2026-03-03T07:00"),
            Stories.article("x1", "A short note with few words.", outlet: "Briefs"),
            Stories.article(
                "w3", Stories.wireText.uppercased(), outlet: "Coast FM", agency: "AFP",
                published: "2026-03-03T08:00"),
            Stories.article("u2", updated, outlet: "City Times", published: "2026-03-02"),
            Stories.article(
                "w4", Stories.wireText + "\n\n" + Stories.laterParagraph, outlet: "Gazette",
                published: "2026-03-04"),
        ]
    }
}
