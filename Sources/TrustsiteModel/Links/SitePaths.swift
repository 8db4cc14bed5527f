/// Where each page is written and how pages link to each other.
///
/// Links between pages are relative and name `index.html`, so the site works from any folder on a
/// static host and when opened straight from disk; canonical URLs, the sitemap and feeds use the
/// directory form (`/<slug>/`) under `base_url`.
public enum SitePaths {
    /// The home page.
    public static let home = "index.html"
    /// The current version of a statement.
    public static func statement(_ slug: String) -> String { "\(slug)/index.html" }
    /// A version's permanent page.
    public static func version(_ slug: String, _ date: Day) -> String { "\(slug)/\(date)/index.html" }
    /// A statement's history.
    public static func history(_ slug: String) -> String { "\(slug)/history/index.html" }
    /// A version against the one before it.
    public static func changes(_ slug: String, _ date: Day) -> String { "\(slug)/changes/\(date)/index.html" }
    /// A version against the current one.
    public static func compare(_ slug: String, _ date: Day) -> String { "\(slug)/compare/\(date)/index.html" }
    /// One section's history.
    public static func section(_ slug: String, _ lineage: String) -> String { "\(slug)/sections/\(segment(lineage))/index.html" }
    /// A statement's Atom feed.
    public static func feed(_ slug: String) -> String { "\(slug)/feed.xml" }
    /// A statement's point-in-time page: which version is in force on a date.
    public static func pointInTime(_ slug: String) -> String { "\(slug)/at/index.html" }
    /// A statement's feed of material changes.
    public static func materialFeed(_ slug: String) -> String { "\(slug)/material.xml" }
    /// The site's feed of material changes.
    public static let siteMaterialFeed = "material.xml"
    /// A statement's versions as JSON.
    public static func versionsJSON(_ slug: String) -> String { "\(slug)/versions.json" }

    /// A lineage key made safe as one path segment (ids may hold `:` or `.`, which would read as a scheme or a parent
    /// folder) of at most `maxSegment` bytes.
    package static func segment(_ key: String) -> String {
        // Most keys are ASCII slugs already: check the bytes before looking at characters.
        let plain = key.utf8.allSatisfy { b in
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F
        }
        if plain && key.utf8.contains(where: { $0 != 0x2D }) { return bounded(key, key: key) }
        let safe = String(key.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        return bounded(safe.isEmpty || safe.allSatisfy({ $0 == "-" }) ? "section" + safe : safe, key: key)
    }

    /// The most bytes a section-history folder name has: file systems allow 255, and a heading that is a whole
    /// sentence (or 90 CJK characters) is longer.
    package static let maxSegment = 96

    /// `segment` when it fits in `maxSegment` bytes; else a readable prefix of it and a short hash of the whole key,
    /// the same in every build.
    package static func bounded(_ segment: String, key: String) -> String {
        guard segment.utf8.count > maxSegment else { return segment }
        let hash = String(ContentHash.hex(Array(key.utf8)).prefix(10))
        var prefix = Substring(segment)
        while prefix.utf8.count > maxSegment - hash.count - 1 { prefix = prefix.dropLast() }
        while prefix.last == "-" { prefix = prefix.dropLast() }
        return prefix + "-" + hash
    }

    /// The prefix that leads from `page` back to the site root ("" or "../../").
    public static func root(from page: String) -> String {
        String(repeating: "../", count: page.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) })
    }

    /// A relative link from `page` to `target`, both output paths.
    public static func link(from page: String, to target: String) -> String {
        // Byte-wise, as this runs for every link of every page: the shared leading folders are skipped, and each
        // folder of `page` after them is one "../".
        let (p, t) = (page.utf8, target.utf8)
        var shared = 0, i = p.startIndex, j = t.startIndex, offset = 0
        while i != p.endIndex, j != t.endIndex, p[i] == t[j] {
            offset += 1
            if p[i] == UInt8(ascii: "/") { shared = offset }
            i = p.index(after: i)
            j = t.index(after: j)
        }
        let up = p.dropFirst(shared).reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
        return String(repeating: "../", count: up) + String(target.utf8.dropFirst(shared))!
    }

    /// The public URL of an output path: `index.html` dropped, under the base URL (or root-relative without one).
    public static func publicURL(_ path: String, base: String) -> String {
        let pretty = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
        return base + "/" + pretty
    }
}

extension SitePaths {
    /// The path part of the base URL, always ending in `/` (`/` without a base URL).
    public static func basePath(_ base: String) -> String {
        guard let scheme = base.range(of: "://") else { return base.isEmpty ? "/" : base + "/" }
        let afterHost = base[scheme.upperBound...].firstIndex(of: "/").map { String(base[$0...]) } ?? ""
        return afterHost + "/"
    }
}

extension SitePaths {
    /// Every name the site writes at its root besides the statements' folders (a test builds a site and compares).
    public static let rootNames: Set<String> = [
        "index.html", "404.html", "sitemap.xml", "feed.xml", "material.xml", "statements.json", "assets", "files",
    ]

    /// The folders a site built with search writes at its root: Pagefind's bundle of the versions in force and
    /// upcoming, and the bundle that adds the archived versions (`search_archive`).
    public static let searchNames: Set<String> = [searchBundle, searchArchiveBundle]
    /// The search bundle of the versions in force and upcoming.
    public static let searchBundle = "pagefind"
    /// The search bundle of every version, archived ones included.
    public static let searchArchiveBundle = "pagefind-archive"
}
