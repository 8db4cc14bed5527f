import Dispatch
import Foundation

/// Blocking work (a build) run on a Dispatch thread, so the cooperative pool stays free for requests.
enum BlockingWork {
    /// Runs `work` on a Dispatch thread; nil when the task is cancelled first, so shutdown never waits for a long build.
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T? {
        let once = ResumeOnce<T>()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                guard once.set(continuation) else { return }
                DispatchQueue.global(qos: .userInitiated).async { once.resume(work()) }
            }
        } onCancel: {
            once.resume(nil)
        }
    }
}

/// A continuation resumed by whichever comes first: the result or the cancellation.
final class ResumeOnce<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T?, Never>?
    private var done = false

    /// Keeps the continuation; false (and resumed with nil) when cancelled already.
    func set(_ continuation: CheckedContinuation<T?, Never>) -> Bool {
        let resumeNow = lock.withLock { () -> Bool in
            if !done { self.continuation = continuation }
            return done
        }
        if resumeNow { continuation.resume(returning: nil) }
        return !resumeNow
    }

    /// Resumes with `value` unless already resumed.
    func resume(_ value: T?) {
        let waiting = lock.withLock { () -> CheckedContinuation<T?, Never>? in
            guard !done else { return nil }
            done = true
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(returning: value)
    }
}
