/// A link in one statement's text into another statement, with where it is: kept in the build cache, so the link is
/// checked again when only the statement it leads to changes.
struct CrossLink: Codable, Hashable, Sendable {
    /// The link as written.
    var url: String
    /// Where it is written.
    var location: SourceLocation
}

/// What links into a statement may name: its versions' dates, the version in force, each version's heading ids, and the
/// former ids of its renamed headings, which its pages keep as anchors.
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
    /// Each version's former heading ids (`StatementTimeline.aliases`), one `old new` pair a line: the id a heading had
    /// in an earlier version and the id it has now. Ids hold no spaces.
    var formerIDs: [String]
    /// The paths of its files under `files/`.
    var files: Set<String>

    /// The date of the version in force of each of `targets`, by slug.
    static func inForce(_ targets: [String: LinkTarget]) -> [String: Day] {
        targets.compactMapValues { $0.dates.indices.contains($0.currentIndex) ? $0.dates[$0.currentIndex] : nil }
    }

    /// The target a statement offers.
    init(_ statement: Statement) {
        slug = statement.slug
        dates = statement.versions.map(\.date)
        currentIndex = statement.currentIndex
        headingIDs = statement.versions.map { LinkChecks.headingIDs($0).sorted().joined(separator: "\n") }
        formerIDs = Self.formerIDs(statement.versions, lineage: statement.lineage)
        files = Set(statement.files.map(\.path))
    }

    /// Each version's former heading ids as `formerIDs` holds them, but those a heading of the version has now: the
    /// page keeps no anchor for those (`VersionBody`).
    static func formerIDs(_ versions: [Version], lineage: [[String]]? = nil) -> [String] {
        // One version has no former ids; skip matching its sections.
        guard versions.count > 1 else { return versions.map { _ in "" } }
        let aliases = StatementTimeline.aliases(versions, lineage: lineage ?? StatementHistory.lineage(versions))
        return zip(versions, aliases).map { version, aliases in
            let document = version.document
            let ids = Set(document.sections.map(\.id) + [document.h1ID].compactMap { $0 })
            return zip(document.sections, aliases).flatMap { section, old in
                old.filter { !ids.contains($0) }.map { "\($0) \(section.id)" }
            }.joined(separator: "\n")
        }
    }

    /// Version `i`'s former heading ids, each with the id its heading has now; of two headings that had one id, the
    /// first, where a browser lands.
    func former(_ i: Int) -> [String: String] {
        var out: [String: String] = [:]
        for line in formerIDs[i].split(separator: "\n") {
            let pair = line.split(separator: " ", maxSplits: 1)
            if pair.count == 2, out[String(pair[0])] == nil { out[String(pair[0])] = String(pair[1]) }
        }
        return out
    }

    /// Version `i`'s heading ids.
    func ids(_ i: Int) -> Set<String> {
        Set(headingIDs[i].split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
    }
}
