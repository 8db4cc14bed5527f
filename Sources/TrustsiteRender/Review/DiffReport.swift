import TrustsiteModel

/// What changed between two versions, section by section: what `trustsite diff` writes as text, Markdown, HTML or
/// JSON. Made from the same section diff and redline alignment as the site's changes page.
public struct DiffReport: Sendable {
    /// One side of the comparison.
    public struct Side: Sendable {
        /// The file as named on the command line (`-` for standard input).
        public var path: String
        /// The version's date (its file's name).
        public var date: Day
        /// The title it is known by.
        public var title: String
        /// Its `updated` date.
        public var updated: Day
        /// Its `effective` date.
        public var effective: Day
    }

    /// One section's change.
    public struct SectionReport: Sendable {
        /// The section's fate, as the site's changes page shows it.
        public var change: SectionChange
        /// Added, removed, modified…
        public var kind: ChangeKind { change.kind }
        /// Its lineage key, stable across renames (the site's section-history id).
        public var lineage: String { change.lineage }
        /// The section in the older version (nil where it is not there).
        public var old: Section?
        /// The section in the newer version.
        public var new: Section?
        /// Renamed from, split from, level changed: what the changes page notes beside the badge.
        public var notes: [String]
        /// The redline as blocks of runs; empty for an unchanged section.
        package var blocks: [RedlineBlock]

        /// The title a reader knows the section by: the newer one, or the older for a removed section.
        public var title: String { (new ?? old)?.displayTitle ?? "" }
    }

    /// The statement's slug, when the versions are a statement's (nil for two loose files).
    public var statement: String?
    /// The older version.
    public var old: Side
    /// The newer version.
    public var new: Side
    /// The front matter keys that changed.
    public var frontMatter: [FrontMatterDiff.Change]
    /// Every section of either version, in the newer version's order (removed ones where they were).
    public var sections: [SectionReport]
    /// Where the site shows this redline, when it is known (a statement's versions with the site's `base_url`).
    public var changesURL: String?

    /// Compares `old` and `new` (versions of `statement`, when they are a statement's).
    public init(statement: String? = nil, old: Version, new: Version) {
        self.init(statement: statement, old: old, new: new, diff: StatementHistory([old, new]).diffs[1])
    }

    /// The report of `diff`, made between `old` and `new`.
    public init(statement: String?, old: Version, new: Version, diff: VersionDiff) {
        self.statement = statement
        self.old = Side(old)
        self.new = Side(new)
        frontMatter = FrontMatterDiff(old: old, new: new).changes
        let renderer = HTMLRenderer(rawHTML: false)
        let redliner = SectionRedliner(old: renderer, new: renderer)
        sections = diff.changes.map { change in
            let (a, b) = change.sections(old: old, new: new)
            return SectionReport(
                change: change, old: a, new: b, notes: change.notes(old: old.document.sections, new: new.document.sections),
                blocks: change.kind == .unchanged ? [] : redliner.blocks(old: a, new: b))
        }
    }

    /// The sections that changed.
    public var changed: [SectionReport] { sections.filter { $0.kind != .unchanged } }

    /// How many sections changed in the way `kind` says (or stayed, for `unchanged`).
    public func count(_ kind: ChangeKind) -> Int { sections.count { $0.kind == kind } }

    /// Nothing changed: no section and no front matter key.
    public var isEmpty: Bool { frontMatter.isEmpty && changed.isEmpty }
}

extension DiffReport.Side {
    /// `updated 2024-01-01, effective 2024-02-01` (just `updated …` when both are the same day).
    public var datesLine: String { effective == updated ? "updated \(updated)" : "updated \(updated), effective \(effective)" }

    init(_ version: Version) {
        self.init(
            path: version.source.path, date: version.date, title: version.title, updated: version.updated, effective: version.effective)
    }
}
