import ArgumentParser
import Foundation
import ParallaxTesting
import Testing

@testable import parallax

/// README's tour of the command line and `parallax --help` agree: every command and option the README shows
/// exists, and every command is shown.
struct ReadmeCommandTests {
    /// A command as argument-parser describes it for `--experimental-dump-help`, read in-process.
    struct CommandInfo: Decodable {
        struct Argument: Decodable {
            struct Name: Decodable {
                var kind: String
                var name: String
            }

            var names: [Name]?
        }

        var commandName: String
        var shouldDisplay: Bool?
        var subcommands: [CommandInfo]?
        var arguments: [Argument]?

        /// The command's `--long` option and flag names.
        var longNames: Set<String> {
            Set((arguments ?? []).flatMap { $0.names ?? [] }.filter { $0.kind == "long" }.map { "--" + $0.name })
        }

        func subcommand(_ name: String) -> CommandInfo? {
            subcommands?.first { $0.commandName == name }
        }

        /// The paths (command words after `parallax`) of every command without subcommands, `help` left out.
        func leaves(under path: [String] = []) -> [[String]] {
            let children = (subcommands ?? []).filter { $0.commandName != "help" && $0.shouldDisplay != false }
            guard !children.isEmpty else { return [path] }
            return children.flatMap { $0.leaves(under: path + [$0.commandName]) }
        }
    }

    struct ToolInfo: Decodable {
        var command: CommandInfo
    }

    /// One row of README's command table: the words of its first cell's first code span and every `--option`
    /// its first cell shows.
    struct Row: CustomTestStringConvertible {
        var cell: String
        /// The command words (`evaluate`, `clustering`) up to the first placeholder (`SET…`, `PATH…`).
        var words: [String]
        /// The first placeholder, if any.
        var placeholder: String?
        var options: [String]

        var testDescription: String { cell }
    }

    /// The `parallax` command tree, from argument-parser's `--experimental-dump-help` JSON made in-process.
    static func root() throws -> CommandInfo {
        try JSONDecoder().decode(ToolInfo.self, from: Data(ParallaxCommand._dumpHelp().utf8)).command
    }

    /// The command at `path` under `root`.
    static func command(_ path: [String], in root: CommandInfo) throws -> CommandInfo {
        var command = root
        for word in path {
            command = try #require(command.subcommand(word), "`parallax \(path.joined(separator: " "))` is no command")
        }
        return command
    }

    /// The lines of README's "### The command line" section.
    static func section() throws -> [Substring] {
        let readme = try String(
            contentsOf: SharedData.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: "### The command line"), "README has no command-line section")
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { $0.hasPrefix("#") } ?? rest.endIndex
        return Array(rest[..<end])
    }

    /// The text between backticks in `text`.
    static func codeSpans(_ text: String) -> [String] {
        let pieces = text.split(separator: "`", omittingEmptySubsequences: false)
        return stride(from: 1, to: pieces.count, by: 2).map { String(pieces[$0]) }
    }

    /// The `--long-option` names in `text`.
    static func options(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.filter { $0.hasPrefix("--") && $0.count > 2 }
            .map(String.init)
    }

    static func rows() throws -> [Row] {
        try section().filter { $0.hasPrefix("| `parallax ") }.map { line in
            // `\|` inside a cell is a literal bar, not a column break.
            let cell = String(line.replacingOccurrences(of: "\\|", with: "¦").split(separator: "|")[0])
            let spans = codeSpans(cell)
            let words = spans[0].split(separator: " ").dropFirst()
            let commandWords = words.prefix { word in
                word.first?.isLowercase == true && word.allSatisfy { $0.isLowercase || $0 == "-" }
            }
            return Row(
                cell: cell.trimmingCharacters(in: .whitespaces),
                words: commandWords.map(String.init),
                placeholder: words.dropFirst(commandWords.count).first.map(String.init),
                options: spans.flatMap { options($0) })
        }
    }

    static let rowsOrNone = (try? rows()) ?? []

    @Test func theReadmeHasACommandTable() throws {
        #expect(try Self.rows().count >= 10)
    }

    @Test(arguments: rowsOrNone)
    func eachReadmeCommandAndOptionExists(_ row: Row) throws {
        let command = try Self.command(row.words, in: Self.root())
        if command.subcommands != nil {
            #expect(row.placeholder == "SUBCOMMAND", "a command with subcommands needs one named")
        }
        for option in row.options {
            #expect(command.longNames.contains(option), "\(option) is not an option of \(command.commandName)")
        }
    }

    @Test func everyCommandIsInTheReadme() throws {
        let rows = try Self.rows()
        for leaf in try Self.root().leaves() {
            let shown = rows.contains { row in
                row.words == leaf || row.placeholder == "SUBCOMMAND" && leaf.starts(with: row.words)
            }
            #expect(shown, "`parallax \(leaf.joined(separator: " "))` is missing from README's command table")
        }
    }

    /// The paragraph that names the commands taking `--format text` names exactly those that have a `--format`
    /// (a command with subcommands when every one of them has it).
    @Test func theCommandsTakingFormatAreTheOnesNamed() throws {
        let root = try Self.root()
        let paragraphs = try Self.section().split(separator: "").map { $0.joined(separator: " ") }
        let paragraph = try #require(paragraphs.first { $0.contains("take `--format text`") })
        let named = Set(Self.codeSpans(paragraph)).intersection(
            root.subcommands?.map(\.commandName) ?? [])
        var with: Set<String> = []
        var without: Set<String> = []
        for leaf in root.leaves() {
            let hasFormat = try Self.command(leaf, in: root).longNames.contains("--format")
            if hasFormat { with.insert(leaf[0]) } else { without.insert(leaf[0]) }
        }
        #expect(named == with)
        #expect(named.isDisjoint(with: without))
    }
}
