import Foundation
import TrustsiteCore

/// Printing to the terminal: diagnostics and errors go to standard error.
enum Terminal {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { FileHandle.standardError.write(Data((d.description + "\n").utf8)) }
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }
}
