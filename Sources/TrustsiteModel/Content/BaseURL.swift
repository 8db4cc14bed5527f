import Foundation

/// The site's public address, used for canonical links, feeds and the sitemap.
package enum BaseURL {
    /// Drops a trailing slash so paths can be appended as `base + "/x/"`.
    package static func normalise(_ url: String) -> String {
        var u = url.trimmingCharacters(in: .whitespaces)
        while u.hasSuffix("/") { u.removeLast() }
        return u
    }

    /// Why `url` cannot be the site's address, or nil: only empty (no address) and an absolute `http://` or `https://`
    /// address with a host and no user name, query, fragment, backslash, quote, space or control character can be, as
    /// every page, feed and JSON file puts paths after it. `name` is how the user set it.
    package static func problem(_ url: String, name: String = "'base_url'") -> String? {
        let u = url.trimmingCharacters(in: .whitespaces)
        let lower = u.lowercased()
        guard u.isEmpty || lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
            return "\(name) must be an http:// or https:// address without spaces, e.g. https://trust.example.com"
        }
        if let bad = u.unicodeScalars.first(where: isForbidden) {
            return "\(name) cannot contain \(describe(bad)); give the site's address alone, e.g. https://trust.example.com/legal"
        }
        guard let scheme = u.range(of: "://") else { return nil }
        let host = u[scheme.upperBound...].prefix { $0 != "/" }
        if host.isEmpty || host.hasPrefix(":") {
            return "\(name) has no host name after '://'; write the site's address, e.g. https://trust.example.com"
        }
        if host.contains("@") {
            return "\(name) cannot contain a user name or password ('@' before the host); give the site's public address alone"
        }
        return nil
    }

    /// Characters no base URL may hold: the query and fragment marks, a backslash (a browser reads it as `/`),
    /// characters that are never bare in a URL, and every space, control and invisible formatting character.
    package static func isForbidden(_ c: Unicode.Scalar) -> Bool {
        if "?#\\\"'<>`^{|}".unicodeScalars.contains(c) { return true }
        switch c.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse, .surrogate: return true
        default: return false
        }
    }

    /// How a forbidden character is named in a message.
    package static func describe(_ c: Unicode.Scalar) -> String {
        switch c {
        case "?": return "'?' (a query)"
        case "#": return "'#' (a fragment)"
        case "\\": return "a backslash"
        case _ where c.value > 0x20 && c.value < 0x7F: return "'\(c)'"
        default: return "a space, control or invisible character (U+\(String(c.value, radix: 16, uppercase: true).leftPadded(to: 4)))"
        }
    }
}
