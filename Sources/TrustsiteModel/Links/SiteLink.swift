import Foundation

/// A link in statement text to something the site publishes: the home page, a statement, one of its versions or
/// other pages, or a file. Relative links are read against the version file (`content/<slug>/<date>.md`), as GitHub
/// reads them, and root links (`/<slug>/…`) against the site's root; either way the result is an output path, which
/// each page then links to relatively.
public struct SiteLink: Sendable, Equatable {
    /// What the link names.
    public enum Kind: Sendable, Equatable {
        case home, statement, version, page, file
    }

    /// What it names.
    public var kind: Kind
    /// The output path it leads to.
    public var path: String
    /// The `#fragment`, if any.
    public var fragment: String?
    /// The `?query`, if any (kept as written).
    public var query: String?
    /// The statement it names; nil for the home page and the site's own files.
    public var slug: String?
    /// The version it names (a version, changes or compare page), or nil.
    public var date: Day?
    /// For a file, its path under `files/`.
    public var file: String?

    /// How a link written in statement text resolves.
    public enum Resolution: Sendable, Equatable {
        /// Not a link into the site: another scheme or host, or a fragment alone.
        case external
        /// A page or file of the site (which may still not exist: see `LinkChecks`).
        case site(SiteLink)
        /// A link that names statement `name`, which the site does not have.
        case unknownStatement(String)
        /// A link into the site that names nothing it publishes, with why.
        case nowhere(String)
    }

    /// Resolves `url`, written in a version of statement `slug` (nil: the site's root), among statements `slugs`.
    public static func resolve(_ url: String, slug: String?, slugs: Set<String>) -> Resolution {
        guard !url.hasPrefix("#"), !url.hasPrefix("//"), !url.hasPrefix("\\\\"), !hasScheme(url) else { return .external }
        let (beforeFragment, fragment) = url.splitFragment
        let (location, query) = beforeFragment.splitQuery
        guard !location.isEmpty else { return .external }
        let isRoot = location.hasPrefix("/") || location.hasPrefix("\\")
        var parts: [String] = isRoot ? [] : slug.map { [$0] } ?? []
        // Browsers read `\` as `/` in http(s) URLs, and `%2e` as `.`.
        for segment in location.replacingOccurrences(of: "\\", with: "/").split(separator: "/", omittingEmptySubsequences: true) {
            let name = segment.removingPercentEncoding ?? String(segment)
            if name == "." { continue }
            if name == ".." {
                guard parts.popLast() != nil else { return .nowhere("it leads above the site's root folder") }
                continue
            }
            parts.append(name)
        }
        guard var link = named(parts, slugs: slugs) else {
            if let first = parts.first, !slugs.contains(first), !isSiteName(first) { return .unknownStatement(first) }
            return .nowhere(reason(parts))
        }
        link.fragment = fragment
        link.query = query
        return .site(link)
    }

    /// What `parts` (path segments from the site's root) name, or nil.
    package static func named(_ parts: [String], slugs: Set<String>) -> SiteLink? {
        var parts = parts
        if parts.last == "index.html" { parts.removeLast() }
        guard let first = parts.first else { return SiteLink(kind: .home, path: SitePaths.home) }
        if first == ContentLoader.filesFolder, parts.count > 1 {
            let file = parts.dropFirst().joined(separator: "/")
            return SiteLink(kind: .file, path: "files/" + file, file: file)
        }
        if parts.count == 1, sitePages.contains(first) { return SiteLink(kind: .page, path: first) }
        guard slugs.contains(first) else { return nil }
        let rest = Array(parts.dropFirst())
        switch rest.count {
        case 0: return SiteLink(kind: .statement, path: SitePaths.statement(first), slug: first)
        case 1:
            if let day = Day(rest[0].hasSuffix(".md") ? String(rest[0].dropLast(3)) : rest[0]) {
                return SiteLink(kind: .version, path: SitePaths.version(first, day), slug: first, date: day)
            }
            if rest[0] == "history" { return SiteLink(kind: .page, path: SitePaths.history(first), slug: first) }
            if rest[0] == "feed.xml" || rest[0] == "versions.json" {
                return SiteLink(kind: .page, path: "\(first)/\(rest[0])", slug: first)
            }
        case 2:
            if rest[0] == "changes" || rest[0] == "compare", let day = Day(rest[1]) {
                return SiteLink(kind: .page, path: "\(first)/\(rest[0])/\(day)/index.html", slug: first, date: day)
            }
            if rest[0] == "sections" { return SiteLink(kind: .page, path: "\(first)/sections/\(rest[1])/index.html", slug: first) }
        default: break
        }
        if rest.first == ContentLoader.filesFolder, rest.count > 1 {
            let file = rest.dropFirst().joined(separator: "/")
            return SiteLink(kind: .file, path: "\(first)/files/\(file)", slug: first, file: file)
        }
        return nil
    }

    /// The site-wide files a link may name at the root.
    package static let sitePages: Set<String> = ["feed.xml", "statements.json", "sitemap.xml", "404.html"]

    /// Whether `name` is a name the site itself uses at its root (not a statement's).
    package static func isSiteName(_ name: String) -> Bool {
        name == ContentLoader.filesFolder || name == "assets" || sitePages.contains(name) || name == "index.html"
    }

    /// Why `parts` name nothing the site publishes, with the fix.
    package static func reason(_ parts: [String]) -> String {
        let shown = parts.joined(separator: "/")
        if let last = parts.last, last.hasSuffix(".md") {
            // Most often a document of the repository the text was copied from, which the site does not publish.
            return "the site has no page for '\(last)' (only versions, named YYYY-MM-DD.md, are published); for a document "
                + "outside the site, write its full URL (https://…)"
        }
        return "the site publishes nothing at '\(shown)'; link to a statement (../<statement>/), a version "
            + "(../<statement>/YYYY-MM-DD.md), or a file in files/, or write a full URL (https://…)"
    }

    /// Whether `url` starts with a scheme (`https:`, `mailto:`): letters, digits, `+`, `-`, `.`, then `:`.
    package static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// The link as written on `page`: relative to it, with the query and fragment as written.
    package func relative(from page: String) -> String {
        let target = kind == .file ? Self.encoded(path) : path
        return SitePaths.link(from: page, to: target) + (query.map { "?" + $0 } ?? "") + (fragment.map { "#" + $0 } ?? "")
    }

    /// A file's path with every byte but unreserved ones and `/` percent-encoded, as its name was decoded to find it.
    package static func encoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Unicode.Scalar(byte)
            if byte < 0x80, c.properties.isAlphabetic || ("0"..."9").contains(Character(c)) || "-._~/".unicodeScalars.contains(c) {
                out.unicodeScalars.append(c)
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}

extension String {
    /// The part before `#` and the fragment after it.
    package var splitFragment: (String, String?) {
        guard let hash = firstIndex(of: "#") else { return (self, nil) }
        return (String(self[..<hash]), String(self[index(after: hash)...]))
    }

    /// The part before `?` and the query after it.
    package var splitQuery: (String, String?) {
        guard let mark = firstIndex(of: "?") else { return (self, nil) }
        return (String(self[..<mark]), String(self[index(after: mark)...]))
    }
}
