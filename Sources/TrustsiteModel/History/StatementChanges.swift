/// A statement's lineage, diffs and per-section timeline: the "diffs" stage's output for one statement.
public struct StatementChanges: Sendable {
    /// Lineage keys and consecutive diffs.
    public var history: StatementHistory
    /// Last-changed dates, aliases and per-section events.
    public var timeline: StatementTimeline

    /// Computes both for `statement`.
    public init(_ statement: Statement) {
        history = StatementHistory(statement.versions, lineage: statement.lineage)
        timeline = StatementTimeline(versions: statement.versions, history: history)
    }

    /// The diffs stage for a whole site, statements in parallel.
    public static func build(_ site: SiteModel) -> [StatementChanges] {
        site.statements.concurrentMap { StatementChanges($0) }
    }
}
