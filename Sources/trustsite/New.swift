import ArgumentParser
import Foundation
import TrustsiteCore
import TrustsiteModel

/// `trustsite new`: the next version of a statement, or the first of a new one.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the next version of a statement, or a new statement.",
        discussion: """
            trustsite new <slug> [--date D] [--effective D] [--announced D]
              copies the newest version of content/<slug>/ to content/<slug>/<D>.md,
              with an empty summary that check reports until it is written
            trustsite new --statement <slug> --title "…"
              starts a new statement
            """
    )

    @Argument(help: "The statement to add a version to (its folder's name).")
    var slug: String?

    @Option(
        name: .customLong("statement"), help: ArgumentHelp("Start a new statement in this folder instead.", valueName: "slug"))
    var newStatement: String?

    @Option(help: "The new statement's title (with --statement).")
    var title: String?

    @Option(help: "The version's date, its file name (YYYY-MM-DD; default today).", transform: DayArgument.parse)
    var date: Day?

    @Option(help: "When it takes effect (YYYY-MM-DD; default: its date).", transform: DayArgument.parse)
    var effective: Day?

    @Option(help: "When it was announced (YYYY-MM-DD).", transform: DayArgument.parse)
    var announced: Day?

    @Option(help: "Folder with site.yml and one folder per statement.")
    var content = "content"

    func validate() throws {
        try PathArgument.require(content, "--content")
        switch (slug, newStatement) {
        case (nil, nil):
            throw ValidationError("name the statement: trustsite new <slug>, or trustsite new --statement <slug> --title \"…\"")
        case (.some, .some): throw ValidationError("give either a statement's slug or --statement <slug>, not both")
        case (nil, .some) where (title ?? "").allSatisfy(\.isWhitespace):
            throw ValidationError("--statement needs --title \"…\", the new statement's title")
        case (.some, nil) where title != nil:
            throw ValidationError("--title is only for --statement: a new version keeps the newest version's title (edit it in the file)")
        default: break
        }
        if let effective, effective < date ?? .today() {
            throw ValidationError(
                "--effective \(effective) is before the version's date \(date ?? .today()): a version cannot take effect before it is published"
            )
        }
    }

    func run() throws {
        let day = date ?? .today()
        do {
            if let newStatement, let title {
                let new = NewVersion(content: content, slug: newStatement, date: day, effective: effective, announced: announced)
                let (path, text) = try new.firstVersion(title: title)
                try NewVersion.create(path, text, makingFolder: true)
                Terminal.out("Created \(path), the first version of '\(title)'.")
                Terminal.out("Next: write it, preview it with trustsite serve, then trustsite check.")
            } else if let slug {
                let new = NewVersion(content: content, slug: slug, date: day, effective: effective, announced: announced)
                let (path, from, text) = try new.nextVersion()
                try NewVersion.create(path, text)
                Terminal.out("Created \(path) from \(from).")
                Terminal.out("Next: edit its text, write its summary (check reports it until you do), then trustsite diff \(slug).")
            }
        } catch let errors as InputErrors {
            Terminal.printDiagnostics(errors.diagnostics)
            throw ExitCode(1)
        }
    }
}
