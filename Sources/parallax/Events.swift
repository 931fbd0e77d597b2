import ArgumentParser
import Parallax
import ParallaxReport
import ParallaxStore

/// `parallax events`: the stored events, newest first.
struct Events: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the stored events, newest first.", discussion: ExitStatus.help)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() async throws {
        let database = try await store.openExisting()
        let events = try await database.allEvents()
        switch output.format {
        case .json: Console.print(try JSONReport.encode(events.map(JSONReport.EventRecord.init)))
        case .text, .markdown: Console.print(EventReport.list(events, format: output.format))
        }
    }
}
