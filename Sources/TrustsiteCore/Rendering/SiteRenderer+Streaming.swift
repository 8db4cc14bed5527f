import Foundation

extension SiteRenderer {
    /// Statement `i`'s pages, each handed to `emit` as soon as it is made (from several threads); returns their paths.
    /// After `emit` throws, the pages still being made are dropped and the first error is thrown.
    func statementPages(_ i: Int, emit: @Sendable (Page) throws -> Void) throws -> [String] {
        let state = EmitState()
        _ = families(i).concurrentMap { family in
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
final class EmitState: @unchecked Sendable {
    // Guards both fields; pages are handed on from several threads.
    private let lock = NSLock()
    private var paths: [String] = []
    private var error: (any Error)?

    /// Whether no page has failed yet.
    var ok: Bool { lock.withLock { error == nil } }

    /// Records a page handed on.
    func emitted(_ path: String) { lock.withLock { paths.append(path) } }

    /// Records a failure; only the first is kept.
    func fail(_ failure: any Error) { lock.withLock { if error == nil { error = failure } } }

    /// The paths handed on, sorted (the families finish in any order), or the first error.
    func result() throws -> [String] {
        try lock.withLock {
            if let error { throw error }
            return paths.sorted()
        }
    }
}
