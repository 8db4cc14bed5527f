import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender
import UnixSignals

/// What `trustsite serve` previews and where it listens.
public struct PreviewOptions: Sendable {
    /// The content folder.
    public var content: String
    /// The templates folder; nil means `templates/` beside the content folder, else the built-in theme.
    public var templates: String?
    /// Address to listen on.
    public var host: String
    /// Port to listen on; 0 picks a free one.
    public var port: Int
    /// Which versions are in force.
    public var asOf: Day
    /// How often the folders are scanned for changes.
    public var pollInterval: Duration
    /// How long a connection may stay silent: a request whose head is not complete by then, or a connection idle that
    /// long between requests, is closed (an open event stream is not idle).
    public var idleTimeout: Duration
    /// List every warning of a build; by default a warning repeated in archived versions is printed once.
    public var allWarnings = false
    /// Build the search index too (`--search`, `--search-archive`; site.yml can turn them on as well).
    public var search = false
    /// Index the archived versions as well.
    public var searchArchive = false

    /// Creates options with the CLI's defaults.
    public init(
        content: String = "content", templates: String? = nil, host: String = "127.0.0.1", port: Int = 8080,
        asOf: Day = .today(), pollInterval: Duration = .milliseconds(250), idleTimeout: Duration = .seconds(30)
    ) {
        (self.content, self.templates, self.host, self.port, self.asOf, self.pollInterval, self.idleTimeout) = (
            content, templates, host, port, asOf, pollInterval, idleTimeout
        )
    }
}

/// Builds the site into its own temporary folder (never the published `site/`), serves it over HTTP, and rebuilds and
/// reloads open pages on every save until SIGINT/SIGTERM or cancellation; then removes the folder.
public struct PreviewServer: Sendable {
    /// What to preview.
    public var options: PreviewOptions
    /// Gets one line per event (ready, rebuilt).
    public var log: @Sendable (String) -> Void
    /// Gets warnings and the diagnostics of failed builds.
    public var logError: @Sendable (String) -> Void

    /// Creates a server.
    public init(options: PreviewOptions, log: @escaping @Sendable (String) -> Void, logError: @escaping @Sendable (String) -> Void) {
        (self.options, self.log, self.logError) = (options, log, logError)
    }

    /// Whether `host` only accepts connections from this machine: `localhost`, 127.0.0.0/8 or ::1, read as an
    /// address (so a name such as `127.example.com` is not loopback).
    public static func isLoopback(_ host: String) -> Bool { HostCheck.isLoopback(host) }

    /// The URL to open for a host and port.
    public static func url(host: String, port: Int) -> String {
        let shown = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
        return "http://\(shown.contains(":") && !shown.hasPrefix("[") ? "[\(shown)]" : shown):\(port)/"
    }

    /// Runs until a signal (when `handleSignals`) or cancellation; `onReady` gets the URL once the server listens.
    public func run(handleSignals: Bool = true, onReady: @escaping @Sendable (PreviewReady) async -> Void) async throws {
        // The site goes into `site/` of a folder of its own, beside the build's cache and lock.
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/site"
        var build = BuildOptions(content: options.content, templates: options.templates, output: folder, asOf: options.asOf)
        // A save parses only the file saved: the other versions of its statement come from the last build.
        build.memo = ParseMemo()
        (build.search, build.searchArchive) = (options.search, options.searchArchive)
        // The preview is where drafts are read before they are published.
        build.drafts = true
        let templates = options.templates ?? build.templatesBeside
        let watcher = FolderWatcher(roots: [options.content, templates], interval: options.pollInterval)
        let baseline = watcher.scan()
        let hub = ReloadHub()
        let coordinator = RebuildCoordinator(
            builder: SiteBuilder(options: build), hub: hub, log: log, logError: logError, allWarnings: options.allWarnings)

        let logError = self.logError
        var logger = Logger(label: "trustsite.serve") { _ in LineLogHandler(write: logError) }
        logger.logLevel = .warning
        let (host, port) = (options.host, options.port)
        let stopper = Stopper()
        var app = Application(
            responder: PreviewResponder(files: StaticFiles(folder: folder), hub: hub, hosts: HostCheck(listening: host)),
            server: .http1(configuration: .init(idleTimeout: TimeAmount(options.idleTimeout))),
            configuration: .init(address: .hostname(host, port: port)),
            onServerRunning: { channel in
                guard !Task.isShuttingDownGracefully else { return }
                let url = Self.url(host: host, port: channel.localAddress?.port ?? port)
                await onReady(PreviewReady(url: url, folder: folder, stop: { await stopper.stop() }))
            },
            logger: logger
        )
        // Built inside the service group, so Ctrl-C during a long first build still shuts down and cleans up.
        app.beforeServerStarts { _ = await cancelWhenGracefulShutdown { await coordinator.buildAll() } }
        // Shutdown runs in reverse: the event streams end first, so the server has no open request to wait for.
        let services: [any Service] = [
            app, WatchService(watcher: watcher, baseline: baseline, coordinator: coordinator), HubService(hub: hub),
        ]
        let group = ServiceGroup(
            configuration: .init(
                services: services, gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [],
                logger: logger))
        await stopper.set(group)
        try await group.run()
    }

    /// A new empty folder under the system's temporary folder, named after this process; folders left by
    /// previews that were killed (their process is gone) are removed first.
    static func makeFolder() throws -> String {
        let temporary = (NSTemporaryDirectory() as NSString).standardizingPath
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] where name.hasPrefix("trustsite-preview-") {
            let pid = name.split(separator: "-").dropFirst(2).first.flatMap { pid_t($0) }
            if let pid, kill(pid, 0) != 0 && errno == ESRCH { try? FileManager.default.removeItem(atPath: temporary + "/" + name) }
        }
        var template = Array((temporary + "/trustsite-preview-\(getpid())-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw PreviewError(message: "cannot create a preview folder in \(temporary)") }
        return String(cString: made)
    }
}

/// A running preview.
public struct PreviewReady: Sendable {
    /// The URL to open, with the port actually bound.
    public var url: String
    /// The preview folder the site is built into (removed at shutdown).
    public var folder: String
    /// Shuts down as SIGINT would: event streams end, open requests finish, the folder goes.
    public var stop: @Sendable () async -> Void
}

/// The preview could not start.
public struct PreviewError: Error, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// The message.
    public var description: String { message }
}
