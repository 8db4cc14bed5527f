import ArgumentParser
import Foundation
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

/// `trustsite diff`: the per-section redline in the terminal, for review before publishing.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two versions, section by section.",
        discussion: """
            trustsite diff <slug> [FROM [TO]]   versions of a statement in the content folder (default: the one before the newest, and the newest)
            trustsite diff OLD.md NEW.md        any two Markdown files
            """
    )

    @Argument(help: "A statement slug and up to two version dates, or two Markdown files.")
    var arguments: [String]

    @Option(help: "Folder with one folder per statement.")
    var content = "content"

    @Flag(name: .customLong("exit-code"), help: "Exit with 1 when anything changed.")
    var exitCode = false

    @Flag(inversion: .prefixedNo, help: "Colour the output (default: when writing to a terminal).")
    var color: Bool?

    func validate() throws {
        guard (1...3).contains(arguments.count) else {
            throw ValidationError("give a statement slug and up to two dates, or two .md files")
        }
        try PathArgument.require(content, "--content")
    }

    func run() throws {
        let (old, new) = try versions()
        let diff = StatementHistory([old, new]).diffs[1]
        let useColor = color ?? (isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        Terminal.out(TerminalRedline(color: useColor).text(diff, old: old, new: new), terminator: "")
        if exitCode && !(diff.isEmpty && FrontMatterDiff(old: old, new: new).isEmpty) { throw ExitCode(1) }
    }

    func versions() throws -> (Version, Version) {
        do {
            if arguments.count == 2,
                arguments.allSatisfy({ $0.hasSuffix(".md") || FileManager.default.fileExists(atPath: $0) && !isDirectory($0) })
            {
                return (try StandaloneVersion.load(arguments[0]), try StandaloneVersion.load(arguments[1]))
            }
            return try statementVersions()
        } catch let errors as InputErrors {
            Terminal.printDiagnostics(errors.diagnostics)
            throw ExitCode(2)
        }
    }

    func statementVersions() throws -> (Version, Version) {
        let slug = arguments[0]
        let versions = try StatementVersions.load(content: content, slug: slug)
        let known = versions.map(\.date.description).joined(separator: ", ")
        guard versions.count >= 2 || arguments.count == 3 else {
            Terminal.error("'\(slug)' has only one version (\(known)): there is nothing to compare it with")
            throw ExitCode(2)
        }
        func index(_ text: String) throws -> Int {
            guard let day = Day(text), let i = versions.firstIndex(where: { $0.date == day }) else {
                Terminal.error("'\(slug)' has no version \(text); its versions are \(known)")
                throw ExitCode(2)
            }
            return i
        }
        let from = arguments.count >= 2 ? try index(arguments[1]) : versions.count - 2
        let to = arguments.count == 3 ? try index(arguments[2]) : versions.count - 1
        return (versions[from], versions[to])
    }

    func isDirectory(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
