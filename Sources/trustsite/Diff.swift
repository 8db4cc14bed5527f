import ArgumentParser
import Foundation
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

/// `trustsite diff`: the per-section redline in the terminal, for review before publishing, or as Markdown, HTML or
/// JSON for a pull request, an artifact or a script.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two versions, section by section.",
        discussion: """
            trustsite diff <slug> [FROM [TO]]   versions of a statement in the content folder (default: the one before the newest, and the newest)
            trustsite diff OLD.md NEW.md        any two Markdown files; - reads one from standard input
            trustsite diff --against REV        every version changed since the git revision REV, each against what it replaces
            """
    )

    /// What `--format` takes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json
    }

    @Argument(help: "A statement slug and up to two version dates, or two Markdown files.")
    var arguments: [String] = []

    @Option(help: "Folder with one folder per statement.")
    var content = "content"

    @Option(help: "text (default), markdown (a pull-request comment), html (one self-contained file) or json.")
    var format: Format = .text

    @Option(help: "Compare every version changed since this git revision (a branch, tag or commit).")
    var against: String?

    @Flag(name: .customLong("exit-code"), help: "Exit with 1 when anything changed.")
    var exitCode = false

    @Flag(inversion: .prefixedNo, help: "Colour the output (default: when writing to a terminal).")
    var color: Bool?

    func validate() throws {
        if against != nil {
            guard arguments.isEmpty else { throw ValidationError("--against compares every changed version: give no slug or files") }
        } else {
            guard (1...3).contains(arguments.count) else {
                throw ValidationError("give a statement slug and up to two dates, or two .md files (- for standard input)")
            }
        }
        try PathArgument.require(content, "--content")
    }

    func run() throws {
        let reports: [DiffReport]
        do {
            reports = try against.map { try changed(since: $0) } ?? [try versions()]
        } catch let errors as InputErrors {
            Terminal.printDiagnostics(errors.diagnostics)
            throw ExitCode(2)
        } catch let failure as GitChanges.Failure {
            Terminal.error(failure.description)
            throw ExitCode(2)
        }
        write(reports)
        if exitCode && reports.contains(where: { !$0.isEmpty }) { throw ExitCode(1) }
    }

    func write(_ reports: [DiffReport]) {
        switch format {
        case .text:
            let useColor = color ?? (isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
            if reports.isEmpty { Terminal.out("No version changed since \(against ?? "").") }
            for (i, report) in reports.enumerated() {
                if i > 0 { Terminal.out("") }
                Terminal.out(TerminalRedline(color: useColor).text(report), terminator: "")
            }
        // Markdown and HTML show a hidden control as a visible mark, as the terminal does: a reviewer must see it.
        case .markdown: Terminal.out(TerminalText(DiffReport.markdown(reports)), terminator: "")
        case .html: Terminal.out(TerminalText(DiffReport.html(reports)), terminator: "")
        // JSON escapes every control itself, and a script wants the text exactly.
        case .json: FileHandle.standardOutput.write(Data(DiffReport.json(reports).utf8))
        }
    }

    func versions() throws -> DiffReport {
        if arguments.count == 2, arguments.allSatisfy({ $0 == "-" || $0.hasSuffix(".md") || isFile($0) }) {
            guard arguments != ["-", "-"] else { throw ValidationError("only one of the two versions can come from standard input") }
            return DiffReport(old: try StandaloneVersion.load(arguments[0]), new: try StandaloneVersion.load(arguments[1]))
        }
        return try statementVersions()
    }

    func statementVersions() throws -> DiffReport {
        let slug = arguments[0]
        let (site, versions) = try StatementVersions.statement(content: content, slug: slug)
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
        // The site's changes page shows a version against the one before it.
        var report = DiffReport(statement: slug, old: versions[from], new: versions[to])
        report.changesURL = to == from + 1 ? Self.changesURL(site, slug, versions[to].date) : nil
        return report
    }

    func isFile(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && !folder.boolValue
    }
}
