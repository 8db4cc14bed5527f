import Foundation

/// The site's public address, used for canonical links, feeds and the sitemap.
enum BaseURL {
    /// Drops a trailing slash so paths can be appended as `base + "/x/"`.
    static func normalise(_ url: String) -> String {
        var u = url.trimmingCharacters(in: .whitespaces)
        while u.hasSuffix("/") { u.removeLast() }
        return u
    }

    /// Why `url` cannot be the site's address (only empty, `http://` and `https://` addresses can), or nil; `name` is how the user set it.
    static func problem(_ url: String, name: String = "'base_url'") -> String? {
        let u = url.trimmingCharacters(in: .whitespaces)
        let lower = u.lowercased()
        if u.isEmpty
            || ((lower.hasPrefix("https://") || lower.hasPrefix("http://"))
                && !u.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }))
        {
            return nil
        }
        return "\(name) must be an http:// or https:// address without spaces, e.g. https://trust.example.com"
    }
}
