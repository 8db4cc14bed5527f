import Foundation
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

/// Build progress on standard error: one updating line on a terminal, a plain line per tenth otherwise.
enum ProgressLine {
    /// A reporter for `BuildOptions.progress`, or nil for small sites where it would only flicker.
    static func start() -> (@Sendable (Int, Int, Double) -> Void) {
        let terminal = isatty(STDERR_FILENO) == 1
        return { done, total, seconds in
            guard total >= 20 else { return }
            let rate = Double(done) / max(seconds, 0.001)
            let line = "rendered \(done)/\(total) statements (\(Int(rate.rounded())) per second)"
            if terminal {
                var text = TerminalText()
                text.append(.lineStart)
                text.append(line)
                Terminal.write(text, terminator: done == total ? "\n" : "", to: .standardError)
            } else if done == total || done % max(1, total / 10) == 0 {
                Terminal.write(TerminalText(line), to: .standardError)
            }
        }
    }
}
