import TrustsiteChecks
import TrustsiteModel
import TrustsiteRender

/// The content as a build sees it: the statements read and modelled this time, and those whose files are as the last
/// build read them, which are not read at all (`kept`).
struct SiteInputs: Sendable {
    /// The site settings and the statements read this time, in home-page order.
    var model: SiteModel
    /// The theme; nil when it has errors.
    var theme: Theme?
    /// Every problem found, errors and warnings, those of kept statements included.
    var diagnostics = Diagnostics()
    /// Statements taken unchanged from the last build, by slug order.
    var kept: [BuildCache.Entry] = []
    /// `BuildCache.shared`, or nil when this build is not cached.
    var shared: String?
    /// The stamps of each read statement's files, taken before they were read (`BuildCache.sources`), by slug.
    var sources: [String: String] = [:]
    /// What links may name in every statement, by slug (`ContentChecks.targets`).
    var targets: [String: LinkTarget] = [:]
    /// The date of each statement's version in force, by slug (from `targets`).
    var inForce: [String: Day] { LinkTarget.inForce(targets) }
    /// Each read statement's links into other statements, by slug.
    var crossLinks: [String: [CrossLink]] = [:]
    /// Each read statement's own warnings (all but those of its links into other statements), by slug.
    var ownWarnings: [String: [Diagnostic]] = [:]

    /// Every statement's digest, in home-page order: made for those read (from their diffs), kept for the others.
    func digests(_ changes: [StatementChanges]) -> [StatementDigest] {
        let pairs = Array(zip(model.statements, changes))
        let made = pairs.concurrentMap { statement, changes in
            var digest = StatementDigest(statement, changes, target: targets[statement.slug], site: model.config)
            digest.crossLinks = crossLinks[statement.slug] ?? []
            digest.warnings = ownWarnings[statement.slug] ?? []
            return digest
        }
        return (made + kept.map(\.digest)).sorted(by: StatementDigest.homeOrder)
    }
}
