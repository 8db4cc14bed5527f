import Foundation
import TrustsiteModel

/// What to build and where.
public struct BuildOptions: Sendable {
    /// The content folder.
    public var content: String
    /// The templates folder; nil means `templates/` beside the content folder when it exists, else the built-in theme.
    public var templates: String?
    /// The output folder.
    public var output: String
    /// Overrides `base_url` from site.yml.
    public var baseURL: String?
    /// Which versions are in force; default today.
    public var asOf: Day
    /// Publish versions marked `draft: true` too (`build --drafts`, `serve`); without, they are left out entirely.
    public var drafts = false
    /// Take statements whose inputs did not change from the last build's output (`BuildCache`); false renders all.
    public var useCache = true
    /// Index the site with Pagefind (`--search`; site.yml `search: true` turns it on too).
    public var search = false
    /// Index the archived versions too, in a second bundle (`--search-archive`; implies `search`).
    public var searchArchive = false
    /// The folders searched for `pagefind` and `python3`, as `PATH` lists them; nil: the process's `PATH`.
    public var searchToolPath: String?
    /// Output paths of pages to render and write before all others (the pages a preview has open), e.g.
    /// `privacy/index.html`; `firstWritten` gets those written, as soon as they are.
    public var firstPages: Set<String> = []
    /// Version files parsed by earlier builds of this process (`serve` keeps one; nil parses every file read).
    public var memo: ParseMemo?
    /// Called (from a build thread) once the pages of `firstPages` that were rendered again are written.
    public var firstWritten: (@Sendable ([String]) -> Void)?
    /// Called (from any thread) after each statement's pages are written, with (done, total, seconds since rendering began).
    public var progress: (@Sendable (_ done: Int, _ total: Int, _ seconds: Double) -> Void)?

    /// Creates options with the CLI's defaults.
    public init(
        content: String = "content", templates: String? = nil, output: String = "site", baseURL: String? = nil, asOf: Day = .today()
    ) {
        self.content = content
        self.templates = templates
        self.output = output
        self.baseURL = baseURL
        self.asOf = asOf
    }

    /// The templates folder to use: the given one, `templates/` next to the content folder, or nil for the built-in theme.
    public func resolvedTemplates(io: FileIO = .disk) -> String? {
        if let templates { return templates }
        return io.kind(templatesBeside) == .folder ? templatesBeside : nil
    }

    /// `templates` in the folder that holds the content folder (`../templates` for `--content .`).
    public var templatesBeside: String { joinPath(parentPath(content), "templates") }
}
