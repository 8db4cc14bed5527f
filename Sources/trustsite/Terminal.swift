import Foundation
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

/// Printing to the terminal: diagnostics and errors go to standard error. Everything printed goes through `write`,
/// as `TerminalText`, so no content (a title, a path, a word of a redline) reaches the terminal as a control.
enum Terminal {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        // A diagnostic is one line: a line break inside one shows as ^J.
        for d in diagnostics { write(TerminalText(d.description, newlines: false), to: .standardError) }
    }

    /// Prints `text` as it is, for messages that already read `path: error: …`.
    static func line(_ text: String) {
        write(TerminalText(text), to: .standardError)
    }

    /// One line on standard output, unbuffered so it shows at once when piped.
    static func out(_ text: String) {
        write(TerminalText(text), to: .standardOutput)
    }

    /// Terminal text on standard output, ended by `terminator`.
    static func out(_ text: TerminalText, terminator: String = "\n") {
        write(text, terminator: terminator, to: .standardOutput)
    }

    /// One `warning:` line on standard error.
    static func warning(_ message: String) {
        write(TerminalText("warning: \(message)"), to: .standardError)
    }

    static func error(_ message: String) {
        write(TerminalText("error: \(message)"), to: .standardError)
    }

    /// The one place output is written.
    static func write(_ text: TerminalText, terminator: String = "\n", to handle: FileHandle) {
        handle.write(Data((text.rendered + terminator).utf8))
    }
}
