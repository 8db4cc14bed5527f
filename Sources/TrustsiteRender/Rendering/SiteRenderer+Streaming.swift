import Foundation
import TrustsiteModel

extension SiteRenderer {
    /// Statement `i`'s pages, each handed to `emit` as soon as it is made (from several threads); returns their paths.
    /// After `emit` throws, the pages still being made are dropped and the first error is thrown.
    package func statementPages(
        _ i: Int, _ wanted: @escaping @Sendable (String) -> Bool = { _ in true }, emit: @Sendable (OutputFile) throws -> Void
    ) throws -> [String] {
        let state = EmitState()
        _ = families(i, wanted).concurrentMap { family in
            family { page in
                guard state.ok else { return }
                do {
                    try emit(page)
                    state.emitted(page.path)
                } catch { state.fail(error) }
            }
        }
        return try state.result()
    }
}

/// What a statement's streamed pages came to: the paths handed on, or the first error.
package final class EmitState: @unchecked Sendable {
    // Guards both fields; pages are handed on from several threads.
    private let lock = NSLock()
    private var paths: [String] = []
    private var error: (any Error)?

    /// Whether no page has failed yet.
    package var ok: Bool { lock.withLock { error == nil } }

    /// Records a page handed on.
    package func emitted(_ path: String) { lock.withLock { paths.append(path) } }

    /// Records a failure; only the first is kept.
    package func fail(_ failure: any Error) { lock.withLock { if error == nil { error = failure } } }

    /// The paths handed on, sorted (the families finish in any order), or the first error.
    package func result() throws -> [String] {
        try lock.withLock {
            if let error { throw error }
            return paths.sorted()
        }
    }
}

extension SiteRenderer {
    /// What `renderFirst` did: the pages handed on, by statement, and the statements taken from elsewhere.
    package struct EarlyPages {
        package var paths: [String] = []
        package var byStatement: [Int: Set<String>] = [:]
        package var reused: Set<Int> = []
        package var siteWide = false
    }

    /// Hands on the pages of `first` before any other: the site-wide pages when the home page is among them (they need
    /// only the digests), and the pages of each statement rendered again that are; statements `reuse` takes are not.
    package func renderFirst(
        _ first: Set<String>, reusing reuse: @Sendable (Int) throws -> Bool, into sink: @Sendable (Int?, [OutputFile]) throws -> Void
    ) throws -> EarlyPages {
        var early = EarlyPages()
        guard !first.isEmpty else { return early }
        if first.contains(SitePaths.home) {
            let pages = siteWidePages()
            try sink(nil, pages)
            early.paths += pages.map(\.path)
            early.siteWide = true
        }
        let slugs = Set(first.map { String($0.prefix { $0 != "/" }) })
        for i in site.statements.indices where slugs.contains(site.statements[i].slug) {
            if try reuse(i) {
                early.reused.insert(i)
                continue
            }
            let paths = try statementPages(i, { first.contains($0) }) { try sink(i, [$0]) }
            early.byStatement[i] = Set(paths)
            early.paths += paths
        }
        return early
    }
}
