import Foundation

/// Invented pages for revision tests: an outlet's ferry story fetched twice from one address with the toll
/// revised, and another outlet's story of the same sinking.
public enum RevisionFixtures {
    /// The address every fetch of ``ferry(dead:date:title:)`` gives.
    public static let ferryURL = "https://portvale-gazette.example/news/2025/04/ferry-saint-arles"

    /// The Portvale Gazette's ferry story as a plain-text page with a header, with `dead` as the toll.
    public static func ferry(dead: String, date: String, title: String) -> String {
        """
        Title: \(title)
        Outlet: Portvale Gazette
        Date: \(date)
        URL: \(ferryURL)

        PORTVALE — At least \(dead) people died when the ferry Saint Arles capsized off Cape Lorn on Tuesday \
        evening, the coast guard said on Wednesday. The ferry was carrying 140 passengers from Portvale to the \
        island of Merrow when it listed in heavy swell.

        Rescue boats and two helicopters searched the strait through the night. Harbour master Ilse Varga said the \
        crew had radioed for help shortly after 9 p.m.
        """
    }

    /// Another outlet's story of the same sinking, so the event has two articles.
    public static let ledger = """
        Title: Merrow ferry sinks in heavy swell
        Outlet: The Eastern Ledger
        Date: 2025-04-02
        URL: https://eastern-ledger.example/2025/04/02/merrow-ferry

        MERROW — The ferry Saint Arles capsized off Cape Lorn on Tuesday evening with 140 passengers aboard, the \
        coast guard said. Harbour master Ilse Varga said rescue boats and helicopters searched the strait through \
        the night after the crew radioed for help.
        """

    /// Writes `text` as a file named `name` in a new folder under `directory`; returns its path.
    public static func write(_ text: String, _ name: String, in directory: URL) throws -> String {
        let folder = directory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }
}
