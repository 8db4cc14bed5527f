/// A link in one statement's text into another statement, with where it is: kept in the build cache, so the link is
/// checked again when only the statement it leads to changes.
package struct CrossLink: Codable, Hashable, Sendable {
    /// The link as written.
    package var url: String
    /// Where it is written.
    package var location: SourceLocation

    /// A link as written, and where.
    package init(url: String, location: SourceLocation) { (self.url, self.location) = (url, location) }
}

/// What links into a statement may name: its versions' dates, the version in force, each version's heading ids, and the
/// former ids of its renamed headings, which its pages keep as anchors.
package struct LinkTarget: Codable, Sendable {
    /// The statement's slug.
    package var slug: String
    /// Each version's date, oldest first.
    package var dates: [Day]
    /// The version in force.
    package var currentIndex: Int
    /// Each version's heading ids (`Version.anchorIDs`), sorted.
    package var headingIDs: [[String]]
    /// Each version's former heading ids (`StatementTimeline.aliases`): the id a heading had in an earlier version and
    /// the id it has now.
    package var formerIDs: [[FormerID]]
    /// The paths of its files under `files/`.
    package var files: Set<String>

    /// The date of the version in force of each of `targets`, by slug.
    package static func inForce(_ targets: [String: LinkTarget]) -> [String: Day] {
        targets.compactMapValues { $0.dates.indices.contains($0.currentIndex) ? $0.dates[$0.currentIndex] : nil }
    }

    /// The target a statement offers.
    package init(_ statement: Statement) {
        slug = statement.slug
        dates = statement.versions.map(\.date)
        currentIndex = statement.currentIndex
        headingIDs = statement.versions.map { $0.anchorIDs.sorted() }
        formerIDs = Self.formerIDs(statement.versions, lineage: statement.lineage)
        files = Set(statement.files.map(\.path))
    }

    /// Each version's former heading ids, but those a heading of the version has now: the page keeps no anchor for
    /// those (`VersionBody`).
    package static func formerIDs(_ versions: [Version], lineage: [[String]]? = nil) -> [[FormerID]] {
        // One version has no former ids; skip matching its sections.
        guard versions.count > 1 else { return versions.map { _ in [] } }
        let aliases = StatementTimeline.aliases(versions, lineage: lineage ?? StatementHistory.lineage(versions))
        return zip(versions, aliases).map { version, aliases in
            let document = version.document
            let ids = Set(document.sections.map(\.id) + [document.h1ID].compactMap { $0 })
            return zip(document.sections, aliases).flatMap { section, old in
                old.filter { !ids.contains($0) }.map { FormerID(old: $0, now: section.id) }
            }
        }
    }

    /// Version `i`'s former heading ids, each with the id its heading has now; of two headings that had one id, the
    /// first, where a browser lands.
    package func former(_ i: Int) -> [String: String] {
        Dictionary(formerIDs[i].map { ($0.old, $0.now) }, uniquingKeysWith: { first, _ in first })
    }

    /// Version `i`'s heading ids.
    package func ids(_ i: Int) -> Set<String> { Set(headingIDs[i]) }
}

/// An id a heading had in an earlier version, and the id it has now.
package struct FormerID: Codable, Hashable, Sendable {
    /// The earlier id.
    package var old: String
    /// The id now.
    package var now: String
}

extension Version {
    /// The ids a version page gives its sections: each heading's, and `preamble` for text before the first heading.
    package var anchorIDs: Set<String> {
        Set(document.sections.lazy.filter { $0.heading != nil || !$0.blocks.isEmpty }.map(\.id)).union(document.h1ID.map { [$0] } ?? [])
    }
}
