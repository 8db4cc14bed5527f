import Foundation
import TrustsiteModel

/// One statement's sections, each distinct one rendered once: a section that stays the same across thirty versions
/// is rendered for the first version page that shows it, and a redline for the first page that needs that pair;
/// every other version, changes, compare and section page reuses the HTML.
package final class SectionFragments: @unchecked Sendable {
    /// `ids[v][s]`: the same number for sections with the same id, heading and body, wherever they stand.
    package let ids: [[Int]]
    /// Statement slugs in the site, for link rewriting (made once, not per page).
    package let slugs: Set<String>
    private let statement: Statement
    private let rawHTML: Bool
    /// Whether distinct section `n` has a link whose target depends on the page showing it (`#id`, another statement).
    private let pageDependent: [Bool]
    // Pages of a statement render in parallel; the lock guards only the dictionaries, never the rendering.
    private let lock = NSLock()
    /// Two generations: when the newer holds `generationBytes`, it becomes the older and the older is dropped, so a
    /// statement of hundreds of long versions keeps what its next pages reuse without holding every redline it made.
    private var cache: [Key: String] = [:]
    private var older: [Key: String] = [:]
    private var cachedBytes = 0, olderBytes = 0
    /// How many bytes of HTML the newer generation takes before it becomes the older.
    package let generationBytes: Int

    private struct Key: Hashable {
        /// -1 for a redline's missing side; -2 marks a version page's body, which is no redline.
        var old: Int
        var new: Int
        /// Empty unless the HTML depends on the page: then the page and the version pages its `#id` links lead to.
        var context: String
    }

    /// Numbers every distinct section of `statement`.
    package init(_ statement: Statement, rawHTML: Bool, slugs: Set<String>, generationBytes: Int = 8 << 20) {
        self.statement = statement
        self.generationBytes = generationBytes
        self.rawHTML = rawHTML
        self.slugs = slugs
        var numbers: [SectionContent: Int] = [:]
        var dependent: [Bool] = []
        let rewriter = LinkRewriter(page: "", fragmentTarget: nil, slug: statement.slug, slugs: slugs)
        ids = statement.versions.map { version in
            version.document.sections.map { section in
                let content = SectionContent(section)
                if let n = numbers[content] { return n }
                numbers[content] = dependent.count
                dependent.append(section.linkTargets.contains { rewriter.dependsOnPage($0) })
                return dependent.count - 1
            }
        }
        pageDependent = dependent
    }

    /// Section `s` of version `v` as a version page at `page` shows it: heading with id and permalink, then the body.
    package func body(_ v: Int, _ s: Int, page: String) -> String {
        let n = ids[v][s]
        let key = Key(old: -2, new: n, context: pageDependent[n] ? page : "")
        return cached(key) {
            VersionBody(renderer: renderer(page: page, fragmentTarget: nil)).sectionHTML(statement.versions[v].document.sections[s])
        }
    }

    /// The redline of section `old` (version, index) → `new` on `page`, whose `#id` links lead to each side's version page.
    package func redline(old: (v: Int, s: Int)?, new: (v: Int, s: Int)?, page: String) -> String {
        cached(redlineKey(old: old, new: new, page: page)) {
            SectionRedliner(
                old: renderer(page: page, fragmentTarget: old.map { target($0.v) }),
                new: renderer(page: page, fragmentTarget: new.map { target($0.v) })
            ).html(old: old.map(section), new: new.map(section))
        }
    }

    /// The redline in the markup contract's element: `data-section` (the newer id; the older for a removed section),
    /// `data-lineage` and `data-change` on a `<section class="redline">` holding only the heading and body.
    package func redlineSection(
        old: (v: Int, s: Int)?, new: (v: Int, s: Int)?, page: String, lineage: String, kind: ChangeKind
    ) -> String {
        let id = (new ?? old).map { section($0).id } ?? lineage
        return "<section class=\"redline\" data-section=\"\(HTML.escape(id))\" data-lineage=\"\(HTML.escape(lineage))\" "
            + "data-change=\"\(kind.rawValue)\">\n" + redline(old: old, new: new, page: page) + "</section>\n"
    }

    /// A section's entry on a changes or compare page, made by `render` (from the redline of `old` → `new`); `fields`
    /// must hold everything else the entry shows, as it is part of the key.
    package func entry(old: (v: Int, s: Int)?, new: (v: Int, s: Int)?, page: String, fields: String, render: () -> String) -> String {
        let key = redlineKey(old: old, new: new, page: page)
        return cached(Key(old: key.old, new: key.new, context: key.context + "\u{0}" + fields)) { render() }
    }

    /// Which distinct sections, and (when their links depend on it) the page and the version pages `#id` links lead to.
    private func redlineKey(old: (v: Int, s: Int)?, new: (v: Int, s: Int)?, page: String) -> Key {
        let a = old.map { ids[$0.v][$0.s] } ?? -1, b = new.map { ids[$0.v][$0.s] } ?? -1
        guard (a >= 0 && pageDependent[a]) || (b >= 0 && pageDependent[b]) else { return Key(old: a, new: b, context: "") }
        return Key(old: a, new: b, context: "\(page)\n\(old.map { target($0.v) } ?? "")\n\(new.map { target($0.v) } ?? "")")
    }

    private func section(_ at: (v: Int, s: Int)) -> Section { statement.versions[at.v].document.sections[at.s] }

    private func target(_ v: Int) -> String { SitePaths.version(statement.slug, statement.versions[v].date) }

    private func renderer(page: String, fragmentTarget: String?) -> HTMLRenderer {
        HTMLRenderer(
            rawHTML: rawHTML, links: LinkRewriter(page: page, fragmentTarget: fragmentTarget, slug: statement.slug, slugs: slugs))
    }

    private func cached(_ key: Key, _ make: () -> String) -> String {
        if let html = lock.withLock({ lookUp(key) }) { return html }
        // Two pages may race to make the same fragment; both make the same bytes, so either may win.
        let html = make()
        lock.withLock { keep(key, html) }
        return html
    }

    /// The fragment under `key`, moved into the newer generation when found in the older; with the lock held.
    private func lookUp(_ key: Key) -> String? {
        if let html = cache[key] { return html }
        guard let html = older.removeValue(forKey: key) else { return nil }
        olderBytes -= html.utf8.count
        keep(key, html)
        return html
    }

    /// Keeps `html` under `key` in the newer generation; with the lock held.
    private func keep(_ key: Key, _ html: String) {
        if cache.updateValue(html, forKey: key) == nil { cachedBytes += html.utf8.count }
        guard cachedBytes > generationBytes else { return }
        (older, olderBytes) = (cache, cachedBytes)
        (cache, cachedBytes) = ([:], 0)
    }

    /// The bytes of HTML kept now, in both generations.
    package var keptBytes: Int { lock.withLock { cachedBytes + olderBytes } }
}

/// What makes two sections render alike: everything but where the heading stood in its file.
private struct SectionContent: Hashable {
    var id: String
    var level: Int
    var heading: [Inline]?
    var explicitID: String?
    var blocks: [Block]

    init(_ section: Section) {
        id = section.id
        level = section.level
        heading = section.heading?.content
        explicitID = section.heading?.explicitID
        blocks = section.blocks
    }
}
