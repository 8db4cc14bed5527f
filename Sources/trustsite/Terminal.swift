import Foundation
import TrustsiteCore

/// Printing to the terminal: diagnostics and errors go to standard error.
enum Terminal {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { FileHandle.standardError.write(Data((d.description + "\n").utf8)) }
    }

    /// Prints `text` as it is, for messages that already read `path: error: …`.
    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// One line on standard output, unbuffered so it shows at once when piped.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// One `warning:` line on standard error.
    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }
}
