import Foundation
import TrustsiteModel

/// Counts statements as their pages are written, for a progress display on long builds.
final class BuildProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: (@Sendable (Int, Int, Double) -> Void)?
    private let started = Date()

    init(total: Int, report: (@Sendable (Int, Int, Double) -> Void)?) {
        self.total = total
        self.report = report
    }

    /// One more unit of work is done (the site-wide pages count as one past the statements).
    func step() {
        guard let report else { return }
        let now = lock.withLock {
            done += 1
            return done
        }
        if now <= total { report(now, total, Date().timeIntervalSince(started)) }
    }
}
