import ArgumentParser
import Foundation
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender
import TrustsiteServer

/// `trustsite serve`: a local preview that rebuilds on save and reloads the browser.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site locally: rebuild on every save and reload open pages.",
        discussion: "Builds into a temporary folder (never into site/) and removes it on Ctrl-C."
    )

    @OptionGroup var source: SourceOptions

    @Option(help: "Address to listen on; anything but loopback makes the preview reachable from other machines.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port = 8080

    @OptionGroup var asOf: AsOfOption

    @OptionGroup var searchOption: SearchOption

    @Flag(name: .customLong("all-warnings"), help: "List every warning (those repeated in archived versions are folded).")
    var allWarnings = false

    @Flag(help: "Open the preview in the browser (xdg-open).")
    var open = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        if !PreviewServer.isLoopback(host) {
            Terminal.warning("serving on \(host): anyone who can reach this machine can see the preview")
        }
        let options = {
            var options = PreviewOptions(
                content: source.content, templates: source.templates, host: host, port: port, asOf: asOf.day)
            options.allWarnings = allWarnings
            (options.search, options.searchArchive) = (searchOption.search, searchOption.searchArchive)
            return options
        }()
        let server = PreviewServer(options: options, log: { Terminal.out($0) }, logError: { Terminal.line($0) })
        do {
            try await server.run { [open] ready in
                Terminal.out("Serving \(options.content) at \(ready.url) (Ctrl-C to stop)")
                if open { Self.openInBrowser(ready.url) }
            }
        } catch {
            Terminal.error("cannot serve on \(host):\(port): \(PreviewServer.describe(error, port: port))")
            throw ExitCode(1)
        }
    }

    static func openInBrowser(_ url: String) {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { $0 + "/xdg-open" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { return Terminal.warning("--open: xdg-open not found; open \(url) yourself") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [url]
        try? process.run()
    }
}
