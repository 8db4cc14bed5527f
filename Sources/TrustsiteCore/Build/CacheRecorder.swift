import Foundation

/// Collects each statement's files as the pages are written (from several threads), for the next build's cache.
final class CacheRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [[String]?]
    private var reused: [Bool]

    init(statements: Int) {
        files = Array(repeating: nil, count: statements)
        reused = Array(repeating: false, count: statements)
    }

    func set(_ i: Int, files paths: [String], reused fromCache: Bool) {
        lock.withLock {
            files[i] = paths
            reused[i] = fromCache
        }
    }

    /// How many statements were taken from the published site.
    var reusedCount: Int { lock.withLock { reused.filter { $0 }.count } }

    /// The cache describing this build.
    func cache(_ site: SiteModel, _ fingerprints: [String], output: String) -> BuildCache {
        var cache = BuildCache()
        let files = lock.withLock { self.files }
        for (i, statement) in site.statements.enumerated() {
            guard let paths = files[i], let stamp = BuildCache.stamp(paths, in: output) else { continue }
            cache.statements[statement.slug] = .init(inputs: fingerprints[i], files: paths, stamp: stamp)
        }
        return cache
    }
}
