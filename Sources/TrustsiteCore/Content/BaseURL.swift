import Foundation

/// The site's public address, used for canonical links, feeds and the sitemap.
enum BaseURL {
    /// Drops a trailing slash so paths can be appended as `base + "/x/"`.
    static func normalise(_ url: String) -> String {
        var u = url.trimmingCharacters(in: .whitespaces)
        while u.hasSuffix("/") { u.removeLast() }
        return u
    }
}
