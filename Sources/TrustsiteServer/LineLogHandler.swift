import Logging

/// Sends the HTTP server's own log messages (Hummingbird's, at warning level and above) to the preview's error
/// lines, so they reach the terminal the way every other line does (made visible by the command line's `Terminal`)
/// rather than straight to standard output.
struct LineLogHandler: LogHandler {
    /// Gets one line per message.
    let write: @Sendable (String) -> Void
    var logLevel: Logger.Level = .warning
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(
        level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?, source: String, file: String,
        function: String, line: UInt
    ) {
        let all = metadata.merging(extra ?? [:]) { _, new in new }
        let details = all.isEmpty ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        write("\(level == .warning ? "warning" : "error"): server: \(message)\(details)")
    }
}
