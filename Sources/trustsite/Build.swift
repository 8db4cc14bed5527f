import ArgumentParser
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

/// `trustsite build`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site from the content folder.")

    @OptionGroup var source: SourceOptions

    @Option(help: "Folder to write the site to.")
    var output = "site"

    @Option(name: .customLong("base-url"), help: "Public URL of the site (overrides base_url in site.yml).")
    var baseURL: String?

    @OptionGroup var asOf: AsOfOption

    @OptionGroup var searchOption: SearchOption

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .customLong("all-warnings"), help: "List every warning (those repeated in archived versions are folded).")
    var allWarnings = false

    @Flag(help: "Print the time each stage took.")
    var timings = false

    @Flag(help: "Publish versions marked 'draft: true' too, with a Draft banner (by default they are left out).")
    var drafts = false

    @Flag(name: .customLong("no-cache"), help: "Render every statement, even those unchanged since the last build.")
    var noCache = false

    func validate() throws { try PathArgument.require(output, "--output") }

    func run() throws {
        var options = BuildOptions(
            content: source.content, templates: source.templates, output: output, baseURL: baseURL, asOf: asOf.day)
        options.useCache = !noCache
        searchOption.apply(&options)
        options.drafts = drafts
        if !quiet { options.progress = ProgressLine.start() }
        do {
            let report = try SiteBuilder(options: options).build()
            if !quiet { Terminal.printDiagnostics(report.warningDigest(all: allWarnings).lines) }
            if !quiet { report.notices.forEach(Terminal.warning) }
            if !quiet { Terminal.out(report.summary(allWarnings: allWarnings)) }
            if timings { Terminal.out(report.timings.breakdown) }
        } catch let errors as InputErrors {
            Terminal.printDiagnostics(errors.diagnostics)
            Terminal.error("build failed; \(options.output) was left as it was")
            throw ExitCode(1)
        } catch {
            // `path: error: …`, as every error reads; `build` turns anything else into a WriteError already.
            let error = WriteError(error, path: options.output)
            if error.path == nil { Terminal.error(error.description) } else { Terminal.line(error.description) }
            throw ExitCode(1)
        }
    }
}

/// Options shared by the commands that read content.
struct SourceOptions: ParsableArguments {
    @Option(help: "Folder with site.yml and one folder per statement.")
    var content = "content"

    @Option(help: "Templates folder (default: templates/ beside the content folder, else the built-in theme).")
    var templates: String?

    func validate() throws {
        try PathArgument.require(content, "--content")
        if let templates { try PathArgument.require(templates, "--templates") }
    }
}

enum PathArgument {
    /// An empty path names no folder (and would print as `: error: …`).
    static func require(_ path: String, _ flag: String) throws {
        if path.isEmpty { throw ValidationError("\(flag) needs a path; it is empty") }
    }
}

enum DayArgument {
    static func parse(_ text: String) throws -> Day {
        guard let day = Day(text) else { throw ValidationError("'\(text)' is not a date (expected YYYY-MM-DD)") }
        return day
    }
}
