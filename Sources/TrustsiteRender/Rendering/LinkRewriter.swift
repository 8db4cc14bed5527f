import TrustsiteModel

/// Rewrites link targets in statement text for the page they appear on.
///
/// In-page links (`#id`) point at the version page when the text is shown elsewhere (a redline); every link into
/// the site (`SiteLink`: another statement, a version, a file) is read against the version file and written relative
/// to the page, so it works on every page that shows the text, on any host and from disk.
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
        guard case .site(let link) = SiteLink.resolve(url, slug: slug, slugs: slugs) else { return url }
        return link.relative(from: page)
    }
}

extension LinkRewriter {
    /// Whether `url` is written differently depending on the page showing it (an in-page or site link).
    package func dependsOnPage(_ url: String) -> Bool {
        guard !url.hasPrefix("#") else { return true }
        if case .site = SiteLink.resolve(url, slug: slug, slugs: slugs) { return true }
        return false
    }
}
