import Foundation
import TrustsiteModel

/// Atom feeds: `/feed.xml` for all statements and `/<slug>/feed.xml` for each, one entry per version.
/// Ids are `tag:` URIs of the site's key (`SiteConfig.feedKey`) and the page's path, never of `base_url`, so rebuilds, and
/// setting or moving `base_url`, never re-announce old versions.
package struct Feeds {
    package let config: SiteConfig

    /// `/feed.xml`, every version of every statement (a feed with no entries is dated `asOf`).
    package func siteFeed(_ digests: [StatementDigest], asOf: Day) -> OutputFile {
        OutputFile(xml: "feed.xml", feed(title: config.title, path: "feed.xml", home: SitePaths.home, statements: digests, asOf: asOf))
    }

    /// `/<slug>/feed.xml` for one statement.
    package func statementFeed(_ digest: StatementDigest, asOf: Day) -> OutputFile {
        let path = SitePaths.feed(digest.slug)
        return OutputFile(
            xml: path, feed(title: digest.title, path: path, home: SitePaths.statement(digest.slug), statements: [digest], asOf: asOf))
    }

    /// A feed of every version of `statements` (of material changes only when `material`), newest first; each entry was
    /// made once, by `entry`.
    package func feed(title: String, path: String, home: String, statements: [StatementDigest], asOf: Day, material: Bool = false)
        -> String
    {
        let entries = statements.flatMap { d in
            material
                ? d.versions.filter { $0.change == .material }.map { (updated: $0.announced, slug: d.slug, entry: Self.announcement($0)) }
                : d.versions.map { (updated: $0.updated, slug: d.slug, entry: $0.feedEntry) }
        }
        let sorted = entries.sorted { ($0.updated, $0.slug) > ($1.updated, $1.slug) }
        let updated = sorted.first?.updated ?? asOf
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        out += "  <title>\(xml(title))</title>\n  <id>\(xml(id(path)))</id>\n  <updated>\(updated)T00:00:00Z</updated>\n"
        out +=
            "  <link rel=\"self\" href=\"\(xml(url(path)))\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"\(xml(url(home)))\"/>\n"
        out += "  <author><name>\(xml(config.organization.nilIfEmpty ?? config.title))</name></author>\n"
        for entry in sorted { out += xml(entry.entry) }
        return out + "</feed>\n"
    }

    /// Version `i`'s entry: what changed in it, by section.
    package func entry(_ statement: Statement, _ i: Int, _ changes: StatementChanges) -> FeedEntry {
        let version = statement.versions[i]
        let target = i == 0 ? SitePaths.version(statement.slug, version.date) : SitePaths.changes(statement.slug, version.date)
        let renderer = HTMLRenderer(rawHTML: false)
        var content = renderer.summaryHTML(version.summary).map { "<p>\($0)</p>" } ?? ""
        if version.effective != version.updated { content += "<p>Takes effect on \(version.effective.longForm).</p>" }
        let changed = i > 0 ? changes.history.diffs[i].changes.filter(\.isChange) : []
        if i == 0 {
            // Once, even when the version's own summary says so already.
            let said = MarkdownParser.parseInlines(version.summary ?? "").plainText.lowercased().contains("first published version")
            if !said { content += "<p>First published version.</p>" }
        } else if changed.isEmpty {
            // As the changes page says: the edits in this version leave every section's text as it was.
            content += "<p>No section changed.</p>"
        } else {
            content +=
                "<ul>"
                + changed.map { c -> String in
                    let section = c.section(old: statement.versions[i - 1], new: version)
                    return
                        "<li>\(c.kind.label): \(HTML.escape(section?.displayTitle ?? c.lineage))"
                        + (c.alsoNotes.isEmpty ? "" : " (\(c.alsoNotes.joined(separator: ", ")))") + "</li>"
                }.joined() + "</ul>"
        }
        return FeedEntry(
            title: "\(statement.title): \(i == 0 ? "published" : "updated") \(version.updated.longForm)",
            page: SitePaths.version(statement.slug, version.date), link: target, updated: version.updated,
            // Atom's summary is plain text: the Markdown summary's words, without its markup.
            summary: version.summary?.trimmingSpaces.nilIfEmpty.map { MarkdownParser.parseInlines($0).plainText },
            content: content, change: version.change)
    }

    /// An entry's `<entry>` element.
    package func xml(_ entry: FeedEntry) -> String {
        var out = "  <entry>\n    <title>\(xml(entry.title))</title>\n"
        out += "    <id>\(xml(id(entry.page)))</id>\n"
        out += "    <updated>\(entry.updated)T00:00:00Z</updated>\n"
        out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(xml(url(entry.link)))\"/>\n"
        if let change = entry.change { out += "    <category term=\"\(change.rawValue)\"/>\n" }
        if let summary = entry.summary { out += "    <summary>\(xml(summary))</summary>\n" }
        out += "    <content type=\"html\">\(xml(entry.content))</content>\n  </entry>\n"
        return out
    }

    /// The public URL of an output path (root-relative without a base URL).
    package func url(_ path: String) -> String { SitePaths.publicURL(path, base: config.baseURL) }

    /// A permanent id (RFC 4151): `tag:trustsite,2024:<site key>/<path>`, e.g. `tag:trustsite,2024:example-inc/terms/2024-03-01`.
    package func id(_ path: String) -> String {
        let page = path == "index.html" ? "" : path.hasSuffix("/index.html") ? String(path.dropLast("/index.html".count)) : path
        return "tag:trustsite,2024:\(config.feedKey)/\(page)"
    }

    package func xml(_ text: String) -> String { HTML.escape(text) }
}

/// One version's Atom entry, as the feeds and the build cache keep it: its XML is written when a feed is.
package struct FeedEntry: Codable, Sendable {
    /// "<statement>: updated <date>".
    package var title: String
    /// The version's page (its permanent id is made from it).
    package var page: String
    /// The page the entry links to: the version's changes page, or the first version's page.
    package var link: String
    /// The version's "Last updated" date.
    package var updated: Day
    /// The version's summary as plain text.
    package var summary: String?
    /// What changed, as HTML.
    package var content: String
    /// The class of the change, written as the entry's `<category>`.
    package var change: ChangeClass? = nil
}
