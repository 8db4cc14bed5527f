import Foundation
import Testing

@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The build reports progress once per statement, ending at the total.
@Suite struct BuildProgressTests {
    /// Collects progress calls from the builder's threads.
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [Int] = []
        func add(_ done: Int) { lock.withLock { seen.append(done) } }
        var sorted: [Int] { lock.withLock { seen.sorted() } }
    }

    @Test func reportsEachStatementOnce() throws {
        let fixture = try TempSite(content: [
            "a/2024-01-01.md": "# A\n\nText.\n", "b/2024-01-01.md": "# B\n\nText.\n", "c/2024-01-01.md": "# C\n\nText.\n",
        ])
        let calls = Calls()
        var options = BuildOptions(content: fixture.content, output: fixture.output, asOf: TempSite.asOf)
        options.progress = { done, total, _ in
            #expect(total == 3)
            calls.add(done)
        }
        try SiteBuilder(options: options).build()
        #expect(calls.sorted == [1, 2, 3])
    }
}
