import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The reliability tests: `trustsite check`, nothing lost on a killed build, determinism, robustness and safe output.
/// Every suite here is nested in it, so `swift test --filter Reliability` runs them all.
@Suite enum Reliability {}

extension TempSite {
    /// Copies the built-in theme to `root/templates`, with `changes` (path → text) applied.
    func writeTheme(_ changes: [String: String] = [:]) throws {
        for (path, text) in DefaultTheme.files.merging(changes, uniquingKeysWith: { _, new in new }) {
            try write("templates/" + path, text)
        }
    }
}
