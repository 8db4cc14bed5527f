/// `content/site.yml`: the Trust Center as a whole.
public struct SiteConfig: Sendable, Equatable {
    /// The site's name, shown on every page.
    public var title = "Trust Center"
    /// Who publishes the statements.
    public var organization = ""
    /// One sentence for the home page and metadata.
    public var description = ""
    /// Absolute URL the site is published at, without trailing slash; empty for relative-only output.
    public var baseURL = ""
    /// Whether raw HTML in Markdown is kept (default: omitted, as cmark's safe mode).
    public var rawHTML = false
    /// `site_key`: what the Atom entry ids are made of; empty: derived from the organization or title (`feedKey`).
    public var siteKey = ""
    /// `notice_days`: the default minimum notice, in days, for material changes of a statement that sets none.
    public var noticeDays: Int?
    /// `search`: index the statements in force and upcoming with Pagefind, and show a search box (`--search`).
    public var search = false
    /// `search_archive`: index the archived versions too, in a second bundle a reader can opt into (`--search-archive`).
    public var searchArchive = false

    /// The key of the site's Atom ids: `site_key`, else the organization's or the title's slug.
    public var feedKey: String {
        Slugger.slug(siteKey).nilIfEmpty ?? Slugger.slug(organization).nilIfEmpty ?? Slugger.slug(title).nilIfEmpty ?? "site"
    }

    /// The default configuration.
    public init() {}
}

/// `content/<slug>/statement.yml`: one statement's settings.
public struct StatementConfig: Sendable, Equatable {
    /// The statement's title.
    public var title: String?
    /// One sentence describing it.
    public var description = ""
    /// Sort key on the home page; lower first, then by title.
    public var order: Int?
    /// `notice_days`: the minimum notice, in days, for its material changes (else site.yml's); nil: none required.
    public var noticeDays: Int?
    /// `objection_text`: Markdown shown in its notices, e.g. how a customer objects to a new subprocessor.
    public var objectionText: String?

    /// The default configuration.
    public init() {}
}

/// One version file as read from disk, before its Markdown is parsed.
public struct VersionSource: Sendable {
    /// The statement folder's name.
    public var slug: String
    /// The date in the file name.
    public var date: Day
    /// Path as shown in diagnostics, e.g. `content/privacy/2024-01-05.md`.
    public var path: String
    /// The known front matter keys.
    public var frontMatter: FrontMatter
    /// The Markdown body after the front matter.
    public var body: String
    /// Lines before the body in the file.
    public var bodyLineOffset: Int
    /// SHA-256 of the file's bytes, hex.
    public var sha256: String

    /// The "Last updated" date: front matter `updated`, else the file name's date.
    public var updated: Day { frontMatter.updated ?? date }
    /// The date it takes effect: `effective`, else `updated`.
    public var effective: Day { frontMatter.effective ?? updated }
    /// When it was published for notice: `announced`, else `updated`.
    public var announced: Day { frontMatter.announced ?? updated }
    /// The class of its change, when front matter `change` sets one.
    public var change: ChangeClass? { frontMatter.change }
}

/// A statement folder as read from disk.
public struct StatementSource: Sendable {
    /// Folder name, used in URLs.
    public var slug: String
    /// Path of the folder, for diagnostics.
    public var path: String
    /// `statement.yml`, or the defaults.
    public var config: StatementConfig
    /// Versions, oldest first.
    public var versions: [VersionSource]
    /// Files under its `files/` folder, published at `<slug>/files/`.
    public var files: [SiteFile] = []
}

/// Everything in the content folder.
public struct ContentSource: Sendable {
    /// `site.yml`, or the defaults.
    public var site: SiteConfig
    /// Statements sorted by slug.
    public var statements: [StatementSource]
    /// Files under `content/files/`, published at `files/`.
    public var files: [SiteFile] = []

    /// The content of a site.
    package init(site: SiteConfig, statements: [StatementSource], files: [SiteFile] = []) {
        (self.site, self.statements, self.files) = (site, statements, files)
    }
}
