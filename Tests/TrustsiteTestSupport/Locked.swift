import Foundation

/// A value shared between threads or with a task, read and changed under a lock.
public final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    /// A lock around `value`.
    public init(_ value: Value) { stored = value }

    /// The value now.
    public var value: Value { lock.withLock { stored } }

    /// Changes the value in place.
    public func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
