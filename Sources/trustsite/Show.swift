import ArgumentParser
import TrustsiteModel
import TrustsiteRender

/// `trustsite show <slug> --on D`: which version of a statement was (or will be) in force on a date.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the version of a statement in force on a date: its date, file and URL.")

    @Argument(help: "The statement's slug (its folder's name).")
    var slug: String

    @Option(help: "The date (YYYY-MM-DD).", transform: DayArgument.parse)
    var on: Day

    @Option(help: "Folder with one folder per statement.")
    var content = "content"

    @Flag(help: "Print the answer as JSON.")
    var json = false

    func validate() throws { try PathArgument.require(content, "--content") }

    func run() throws {
        let outcome: PointInTime.Outcome
        do {
            outcome = try PointInTime.lookup(content: content, slug: slug, on: on)
        } catch let errors as InputErrors {
            Terminal.printDiagnostics(errors.diagnostics)
            throw ExitCode(2)
        }
        switch outcome {
        case .inForce(let answer):
            Terminal.out(TerminalText(json ? answer.json : answer.text), terminator: "")
        case .beforeFirst(let first):
            Terminal.error("no version of '\(slug)' is in force on \(on): the first is in force from \(first)")
            throw ExitCode(1)
        }
    }
}
