import Foundation
import TrustsiteModel
import TrustsiteRender

/// The search index of a site being built: Pagefind runs over the staged pages (never the published site) and its
/// bundle is written into the site like any page, so a failed index fails the build and leaves the published site as
/// it was. Two bundles: `pagefind/`, the versions in force (their statement pages) and the upcoming versions, which
/// readers search by default; with `archive`, `pagefind-archive/`, those and every archived version, which readers opt
/// into. Pagefind is given a folder of links to just those pages, not the whole site: it would otherwise read every
/// changes, compare and section-history page only to find nothing marked to index in them.
struct SearchIndex {
    /// The indexer.
    var pagefind: Pagefind

    /// Pagefind's files a site needs: not its own UI, as the theme has one.
    static func published(_ path: String) -> Bool {
        !path.hasPrefix("pagefind-ui.") && !path.hasPrefix("pagefind-modular-ui.") && !path.hasPrefix("pagefind-component-ui.")
            && path != "pagefind-highlight.js"
    }

    /// The pages the default bundle indexes: each statement's page (its version in force) and its upcoming versions.
    static func pages(_ digests: [StatementDigest]) -> [String] {
        digests.flatMap { d in
            [SitePaths.statement(d.slug)] + d.versions.indices.filter { $0 > d.currentIndex }.map { SitePaths.version(d.slug, d.date($0)) }
        }
    }

    /// The archived versions' pages, which only the archive bundle indexes.
    static func archivedPages(_ digests: [StatementDigest]) -> [String] {
        digests.flatMap { d in (0..<d.currentIndex).map { SitePaths.version(d.slug, d.date($0)) } }
    }

    /// Indexes the pages of `digests` in `site` (all written by now) and writes the bundles into it.
    func build(_ digests: [StatementDigest], archive: Bool, into site: any SiteOutput) throws -> SearchReport {
        let work = FileManager.default.temporaryDirectory.path + "/trustsite-search-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: work) }
        let pages = Self.pages(digests)
        try Self.place(pages, from: site.root, in: work + "/site")
        try bundle(work, named: SitePaths.searchBundle, into: site)
        guard archive else { return SearchReport(pages: pages.count) }
        let archived = Self.archivedPages(digests)
        try Self.place(archived, from: site.root, in: work + "/site")
        try bundle(work, named: SitePaths.searchArchiveBundle, into: site)
        return SearchReport(pages: pages.count, archived: archived.count)
    }

    /// Runs Pagefind over `work/site` and writes its bundle into `site` as folder `name`.
    func bundle(_ work: String, named name: String, into site: any SiteOutput) throws {
        let output = work + "/" + name
        try pagefind.index(site: work + "/site", output: output)
        let files = try PreviewSite.files(in: output).filter(Self.published).sorted().map { path in
            OutputFile(name + "/" + path, bytes: try FileManager.default.contents(atPath: output + "/" + path).map(Array.init) ?? [])
        }
        guard files.contains(where: { $0.path == name + "/pagefind.js" }) else {
            throw WriteError(message: "Pagefind wrote no pagefind.js; is it Pagefind 1.x?", path: output)
        }
        try site.write(files)
    }

    /// Puts `pages` of the site at `root` into `folder` under the same paths: hard links where they can be, else copies.
    static func place(_ pages: [String], from root: String, in folder: String) throws {
        for page in pages {
            let (source, target) = (root + "/" + page, folder + "/" + page)
            try PosixFile.makeFolder(parentPath(target))
            if link(source, target) == 0 { continue }
            guard let bytes = FileManager.default.contents(atPath: source) else {
                throw WriteError(message: "cannot read the page to index it", path: source)
            }
            _ = try PosixFile.write(Array(bytes), to: target)
        }
    }
}

/// What the search index holds.
public struct SearchReport: Sendable, Equatable {
    /// Pages in the default bundle: statements' versions in force and upcoming versions.
    public var pages: Int
    /// Archived versions in the archive bundle (nil: no archive bundle).
    public var archived: Int?

    /// A report of `pages` in the default bundle and `archived` versions more in the archive bundle.
    public init(pages: Int, archived: Int? = nil) { (self.pages, self.archived) = (pages, archived) }

    /// " (search index: 12 pages; archive index: 40 more versions)", for the summary line.
    public var summary: String {
        let archive = archived.map { "; archive index: \($0) more version\($0 == 1 ? "" : "s")" } ?? ""
        return " (search index: \(pages) page\(pages == 1 ? "" : "s")\(archive))"
    }
}
