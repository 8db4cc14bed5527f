/// One version, parsed and split into sections.
public struct Version: Sendable {
    /// The file it came from.
    public var source: VersionSource
    /// The resolved title: front matter, statement.yml, first H1, then the slug.
    public var title: String
    /// The body in sections.
    public var document: SectionedDocument

    /// The file name's date, which is also the version's URL segment.
    public var date: Day { source.date }
    /// "Last updated".
    public var updated: Day { source.updated }
    /// When it takes effect.
    public var effective: Day { source.effective }
    /// What changed, as Markdown.
    public var summary: String? { source.frontMatter.summary }
    /// Marked `draft: true`: published only by `build --drafts` and `serve`, with a Draft banner.
    public var isDraft: Bool { source.frontMatter.draft == true }

    /// A version read from `source`.
    package init(source: VersionSource, title: String, document: SectionedDocument) {
        (self.source, self.title, self.document) = (source, title, document)
    }
}

/// A statement with all its versions, and which one is in force.
public struct Statement: Sendable {
    /// Folder name and URL segment.
    public var slug: String
    /// statement.yml settings.
    public var config: StatementConfig
    /// Versions, oldest first.
    public var versions: [Version]
    /// Index of the version in force on the as-of date (the first version when none is in force yet).
    public var currentIndex: Int
    /// Files published at `<slug>/files/`.
    public var files: [SiteFile] = []
    /// Each version's section lineage keys (`StatementHistory.lineage`), once a build has followed them: computed once
    /// per statement and build, for the link checks' former ids and for the diffs.
    public var lineage: [[String]]?

    /// The version in force.
    public var current: Version { versions[currentIndex] }
    /// The title of the version in force.
    public var title: String { current.title }
    /// Whether version `i` takes effect after the as-of date.
    public func isUpcoming(_ i: Int) -> Bool { i > currentIndex }
    /// The version that takes effect next (not the newest: several may be scheduled), or nil.
    package var nextIndex: Int? { Self.next(after: currentIndex, count: versions.count) }

    /// The index after `current` among `count` versions, when there is one: the version that takes effect next.
    package static func next(after current: Int, count: Int) -> Int? { current + 1 < count ? current + 1 : nil }

    /// Picks the newest version effective on or before `asOf`.
    package static func currentIndex(of versions: [Version], asOf: Day) -> Int {
        currentIndex(effective: versions.map(\.effective), asOf: asOf)
    }

    /// Picks the newest of the `effective` dates on or before `asOf`.
    package static func currentIndex(effective: [Day], asOf: Day) -> Int {
        effective.lastIndex { $0 <= asOf } ?? 0
    }
}

/// The whole site's content model, ready to render.
public struct SiteModel: Sendable {
    /// site.yml settings.
    public var config: SiteConfig
    /// Statements in home-page order (statement.yml `order`, then title, then slug).
    public var statements: [Statement]
    /// The date that decides which versions are in force.
    public var asOf: Day
    /// Files published at `files/`.
    public var files: [SiteFile] = []

    /// A site of `statements`.
    package init(config: SiteConfig, statements: [Statement], asOf: Day, files: [SiteFile] = []) {
        (self.config, self.statements, self.asOf, self.files) = (config, statements, asOf, files)
    }
}
