/// When one version is in force: the days on which the rule of `Statement.currentIndex` (the newest version whose
/// `effective` date has come) picks it. Pages, `versions.json`, the point-in-time page and `trustsite show` all use
/// this one computation.
public struct InForcePeriod: Sendable, Equatable {
    /// Where the period stands on the as-of date.
    public enum Status: Sendable, Equatable {
        /// Ended: a later version took over on `until`.
        case past
        /// In force on the as-of date (`until` is then nil, or a later upcoming version's effective date).
        case current
        /// Takes effect on `from`, after the as-of date.
        case upcoming
        /// The version shown as the statement's page while no version is in force yet (the as-of date is before the
        /// first effective date).
        case notYetInForce
        /// Never in force: a later version takes effect on or before its effective date.
        case never
    }

    /// The first day in force: the version's effective date (nil when it is never in force).
    public var from: Day?
    /// The first day it is no longer in force (the next version's effective date), or nil when no later version ends it.
    public var until: Day?
    /// Where the period stands on the as-of date.
    public var status: Status

    /// `until` as a published end: set only once the period has ended on the as-of date.
    public var endedOn: Day? { status == .past ? until : nil }

    /// The period of each version with effective dates `effective` (oldest version first) on `asOf`.
    public static func periods(effective: [Day], asOf: Day) -> [InForcePeriod] {
        let inForce = index(on: asOf, effective: effective)
        // The earliest effective date among the later versions ends a version's period.
        var laterMin: Day?
        var ends = [Day?](repeating: nil, count: effective.count)
        for i in effective.indices.reversed() {
            ends[i] = laterMin
            laterMin = laterMin.map { min($0, effective[i]) } ?? effective[i]
        }
        return effective.indices.map { i in
            let from = effective[i], until = ends[i]
            if let until, until <= from { return InForcePeriod(from: nil, until: nil, status: .never) }
            if i == inForce { return InForcePeriod(from: from, until: until, status: .current) }
            if asOf < from {
                let first = inForce == nil && i == Statement.currentIndex(effective: effective, asOf: asOf)
                return InForcePeriod(from: from, until: until, status: first ? .notYetInForce : .upcoming)
            }
            return InForcePeriod(from: from, until: until, status: .past)
        }
    }

    /// The index of the version in force on `day`, or nil when `day` is before every effective date.
    public static func index(on day: Day, effective: [Day]) -> Int? { effective.lastIndex { $0 <= day } }
}

extension Statement {
    /// Each version's in-force period on `asOf`, oldest version first.
    public func inForcePeriods(asOf: Day) -> [InForcePeriod] {
        InForcePeriod.periods(effective: versions.map(\.effective), asOf: asOf)
    }

    /// Whether any version is in force on `asOf` (false when it is before the first effective date).
    public func hasVersionInForce(asOf: Day) -> Bool { InForcePeriod.index(on: asOf, effective: versions.map(\.effective)) != nil }
}

extension Statement {
    /// Whether the statement uses the notice model: a version sets `change`, or a notice period applies to it.
    public var classifiesChanges: Bool { config.noticeDays != nil || versions.contains { $0.change != nil } }
}
