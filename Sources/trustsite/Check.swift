import ArgumentParser
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

/// `trustsite check`: every validation `build` runs, reported compiler-style, with nothing written.
struct Check: ParsableCommand {
    /// The subcommand's help.
    static let configuration = CommandConfiguration(
        abstract: "Check the content and templates for errors and warnings without writing anything.",
        discussion:
            "Prints every problem as path:line:col: error|warning: message. A warning repeated in archived versions is printed once, at its newest location (--all-warnings lists each). Exits 1 when there is an error, or with --strict when there is a warning."
    )

    /// `--content` and `--templates`.
    @OptionGroup var source: SourceOptions

    /// Which versions are in force, for links to a statement's current version.
    @OptionGroup var asOf: AsOfOption

    /// Exit 1 on warnings too.
    @Flag(help: "Fail on warnings too.")
    var strict = false

    /// List every warning: without it, a warning repeated in archived versions is printed once.
    @Flag(name: .customLong("all-warnings"), help: "List every warning (those repeated in archived versions are folded).")
    var allWarnings = false

    /// Prints every diagnostic and the summary; exits 1 when the check fails.
    func run() throws {
        let options = BuildOptions(content: source.content, templates: source.templates, asOf: asOf.day)
        let report = SiteBuilder(options: options).check()
        Terminal.printDiagnostics(report.digest(all: allWarnings).lines)
        Terminal.out(report.summary(allWarnings: allWarnings))
        if report.failed(strict: strict) { throw ExitCode(1) }
    }
}
