/// A link in one statement's text into another statement, with where it is: kept in the build cache, so the link is
/// checked again when only the statement it leads to changes.
struct CrossLink: Codable, Hashable, Sendable {
    /// The link as written.
    var url: String
    /// Where it is written.
    var location: SourceLocation
}

/// What links into a statement may name: its versions' dates, the version in force, and each version's heading ids.
struct LinkTarget: Codable, Sendable {
    /// The statement's slug.
    var slug: String
    /// Each version's date, oldest first.
    var dates: [Day]
    /// The version in force.
    var currentIndex: Int
    /// Each version's heading ids (`LinkChecks.headingIDs`), one per line: cheap to store, split only when a link
    /// with a fragment needs them.
    var headingIDs: [String]

    /// The target a statement offers.
    init(_ statement: Statement) {
        slug = statement.slug
        dates = statement.versions.map(\.date)
        currentIndex = statement.currentIndex
        headingIDs = statement.versions.map { LinkChecks.headingIDs($0).sorted().joined(separator: "\n") }
    }

    /// Version `i`'s heading ids.
    func ids(_ i: Int) -> Set<String> {
        Set(headingIDs[i].split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
    }
}
