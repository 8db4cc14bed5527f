import Dispatch
import TrustsiteModel

/// Wall time per pipeline stage.
public struct Timings: Sendable {
    /// Stage names and seconds, in order.
    public private(set) var stages: [(name: String, seconds: Double)] = []

    /// Creates empty timings.
    public init() {}

    /// Runs `work` and records how long it took under `name`.
    public mutating func measure<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try work()
    }

    /// Total seconds.
    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }

    /// "0.42 s".
    public var totalDescription: String { Self.format(total) }

    /// Each stage, e.g. `load 0.01 s · sections 0.20 s`.
    public var breakdown: String { stages.map { "\($0.name) \(Self.format($0.seconds))" }.joined(separator: " · ") }

    static func format(_ seconds: Double) -> String {
        let hundredths = Int((seconds * 100).rounded())
        return "\(hundredths / 100).\(String(hundredths % 100).leftPadded(to: 2)) s"
    }
}
