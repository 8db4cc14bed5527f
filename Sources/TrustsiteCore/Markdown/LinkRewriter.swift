/// Rewrites link targets in statement text for the page they appear on.
///
/// In-page links (`#id`) point at the version page when the text is shown elsewhere (a redline); root links
/// to another statement (`/<slug>/…`) and relative links to version files (`../other/2024-01-01.md`) become
/// relative links into the built site, so they work on any host and from disk.
public struct LinkRewriter: Sendable {
    /// The page (output path) the text appears on; nil keeps every link as written.
    public var page: String?
    /// The version page that in-page `#id` links belong to.
    public var fragmentTarget: String?
    /// The statement the text belongs to, for relative `.md` links.
    public var slug: String?
    /// Statement slugs in the site, so only links to real statements are rewritten.
    public var slugs: Set<String>

    /// Keeps every link as written.
    public init() {
        page = nil
        fragmentTarget = nil
        slug = nil
        slugs = []
    }

    /// Rewrites for `page`; `fragmentTarget` is the version page that `#id` links refer to.
    public init(page: String, fragmentTarget: String?, slug: String, slugs: Set<String>) {
        self.page = page
        self.fragmentTarget = fragmentTarget
        self.slug = slug
        self.slugs = slugs
    }

    /// The target to write for `url`.
    public func rewrite(_ url: String) -> String {
        guard let page else { return url }
        if url.hasPrefix("#") {
            guard let target = fragmentTarget, target != page else { return url }
            return SitePaths.link(from: page, to: target) + url
        }
        guard let resolved = SiteLink.resolve(url, slug: slug, slugs: slugs) else { return url }
        return SitePaths.link(from: page, to: resolved.path) + (resolved.fragment.map { "#" + $0 } ?? "")
    }
}

/// A link in statement text that names a page of the site.
public struct SiteLink: Sendable, Equatable {
    /// The output path it leads to.
    public var path: String
    /// The `#fragment`, if any.
    public var fragment: String?
    /// The statement it names.
    public var slug: String
    /// The version it names, or nil for the current one.
    public var date: Day?

    /// Resolves `/<slug>/…#x`, `/<slug>/<date>/`, and relative `.md` links (`../other/2024-01-01.md`, `2024-01-01.md#x`).
    public static func resolve(_ url: String, slug: String?, slugs: Set<String>) -> SiteLink? {
        let (location, fragment) = url.splitFragment
        if location.hasPrefix("/") && !location.hasPrefix("//") {
            let parts = location.split(separator: "/").map(String.init)
            guard let first = parts.first, slugs.contains(first) else { return nil }
            if parts.count >= 2, let day = Day(parts[1]) {
                return SiteLink(path: SitePaths.version(first, day), fragment: fragment, slug: first, date: day)
            }
            return parts.count == 1 ? SiteLink(path: SitePaths.statement(first), fragment: fragment, slug: first, date: nil) : nil
        }
        guard location.hasSuffix(".md"), !location.contains(":"), let slug else { return nil }
        var parts = location.split(separator: "/").map(String.init)
        guard let file = parts.popLast(), let day = Day(file.dropLast(3)) else { return nil }
        var statement = slug
        if parts.count == 2, parts[0] == ".." { statement = parts[1] } else if !parts.isEmpty { return nil }
        guard slugs.contains(statement) else { return nil }
        return SiteLink(path: SitePaths.version(statement, day), fragment: fragment, slug: statement, date: day)
    }
}

extension String {
    /// The part before `#` and the fragment after it.
    var splitFragment: (String, String?) {
        guard let hash = firstIndex(of: "#") else { return (self, nil) }
        return (String(self[..<hash]), String(self[index(after: hash)...]))
    }
}

extension LinkRewriter {
    /// Whether `url` is written differently depending on the page showing it (an in-page or site link).
    func dependsOnPage(_ url: String) -> Bool {
        url.hasPrefix("#") || SiteLink.resolve(url, slug: slug, slugs: slugs) != nil
    }
}
