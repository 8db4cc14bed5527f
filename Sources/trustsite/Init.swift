import ArgumentParser
import TrustsiteCore
import TrustsiteModel

/// `trustsite init`: a new trust center in a folder.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new trust center: settings, an example statement, a .gitignore and a GitHub Actions workflow.",
        discussion: "Writes nothing when any of its files exists already (each is listed)."
    )

    @Argument(help: "The folder to set up (default: the current folder; created when missing).")
    var folder = "."

    @Flag(help: "Leave out the example statement.")
    var bare = false

    @Option(name: .customLong("trustsite-git"), help: "Git URL of trustsite's source, which the workflow builds.")
    var trustsiteGit: String?

    @Option(name: .customLong("trustsite-ref"), help: "Branch, tag or commit of trustsite the workflow builds.")
    var trustsiteRef = "main"

    func validate() throws { try PathArgument.require(folder, "the folder") }

    func run() throws {
        let scaffold = Scaffold(folder: folder, bare: bare, trustsiteGit: trustsiteGit, trustsiteRef: trustsiteRef)
        do {
            try scaffold.write()
        } catch let errors as InputErrors {
            Terminal.printDiagnostics(errors.diagnostics)
            Terminal.error("init wrote nothing: move or delete the files above, or choose another folder")
            throw ExitCode(1)
        } catch {
            Terminal.line("\(error)")
            throw ExitCode(1)
        }
        Terminal.out("Created a trust center in \(folder):")
        for (path, _) in scaffold.files { Terminal.out("  \(path)") }
        Terminal.out(nextSteps(scaffold))
    }

    func nextSteps(_ scaffold: Scaffold) -> String {
        var steps = ["", "Next steps:"]
        if folder != "." { steps.append("  cd \(folder)") }
        if bare { steps.append("  trustsite new --statement privacy --title \"Privacy Statement\"   start your first statement") }
        steps += [
            "  trustsite serve --open    preview the site; it rebuilds on every save",
            "  trustsite new privacy     start the next version of a statement",
            "  trustsite check           report every problem (trustsite build writes the site to site/)",
        ]
        if scaffold.trustsiteGit == nil {
            steps.append("  Set TRUSTSITE_GIT in .github/workflows/\(Scaffold.workflowName) to the git URL of trustsite's source.")
        }
        steps.append("  Push to GitHub, and under Settings → Pages set Source to \"GitHub Actions\": pushes to main deploy the site.")
        return steps.joined(separator: "\n")
    }
}
