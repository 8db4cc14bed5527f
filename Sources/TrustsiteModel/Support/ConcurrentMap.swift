import Dispatch

extension Array where Element: Sendable {
    /// Maps on all cores, keeping the input order; for CPU-bound work on independent elements.
    package func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let base = SendablePointer(results.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            base.pointer[i] = transform(self[i])
        }
        return results.map { $0! }
    }
}

// Each iteration writes only its own slot, so sharing the buffer across threads is safe.
private struct SendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T?>
    init(_ pointer: UnsafeMutablePointer<T?>) { self.pointer = pointer }
}
