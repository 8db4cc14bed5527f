import Foundation

/// Checks that every internal link of a built site leads to an existing file, and each `#fragment` to an id in it.
struct LinkChecker {
    /// The built site's folder.
    let root: String
    /// The site's `base_url` (absolute links under it are internal), or "" when the site has none.
    var baseURL = ""
    /// Fragments not checked: known bugs waiting for a fix, each with a note where it is used.
    var ignoredFragments: Set<String> = []

    /// One link that leads nowhere.
    struct Broken: CustomStringConvertible {
        /// The page the link is on, relative to the site root.
        var page: String
        /// The `href` as written.
        var href: String
        /// Why it does not resolve.
        var reason: String
        /// `page: href="…": reason`.
        var description: String { "\(page): href=\"\(href)\": \(reason)" }
    }

    /// Every broken internal `href` (and `src`) in every HTML page of the site.
    func brokenLinks() -> [Broken] {
        var idCache: [String: Set<String>] = [:]
        var broken: [Broken] = []
        for page in Tree.files(under: root) where page.hasSuffix(".html") {
            let html = text(page)
            for href in HTMLScan.attributes("href", in: html) + HTMLScan.attributes("src", in: html) {
                guard let (target, fragment) = resolve(href, from: page) else { continue }
                guard Tree.isFile(root + "/" + target) else {
                    broken.append(Broken(page: page, href: href, reason: "no file \(target)"))
                    continue
                }
                guard let fragment, !fragment.isEmpty, !ignoredFragments.contains(fragment) else { continue }
                let ids = idCache[target] ?? HTMLScan.ids(in: text(target))
                idCache[target] = ids
                if !ids.contains(fragment) { broken.append(Broken(page: page, href: href, reason: "no id \"\(fragment)\" in \(target)")) }
            }
        }
        return broken
    }

    /// The output file and decoded fragment an internal link leads to, or nil for external links.
    func resolve(_ href: String, from page: String) -> (String, String?)? {
        var link = href
        if !baseURL.isEmpty, link.hasPrefix(baseURL + "/") { link = String(link.dropFirst(baseURL.count)) }
        if Self.hasScheme(link) || link.hasPrefix("//") { return nil }
        var fragment: String?
        if let hash = link.firstIndex(of: "#") {
            fragment = String(link[link.index(after: hash)...]).removingPercentEncoding ?? String(link[link.index(after: hash)...])
            link = String(link[..<hash])
        }
        if let query = link.firstIndex(of: "?") { link = String(link[..<query]) }
        link = link.removingPercentEncoding ?? link
        if link.isEmpty { return (page, fragment) }
        var parts: [Substring] = link.hasPrefix("/") ? [] : page.split(separator: "/").dropLast()
        for part in link.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if parts.popLast() == nil { return ("../" + link, fragment) }
            default: parts.append(part)
            }
        }
        var target = parts.joined(separator: "/")
        if link.hasSuffix("/") || target.isEmpty { target += target.isEmpty ? "index.html" : "/index.html" }
        return (target, fragment)
    }

    /// Whether `link` starts with a URL scheme such as `https:` or `mailto:`.
    static func hasScheme(_ link: String) -> Bool {
        guard let colon = link.firstIndex(of: ":"), let first = link.first, first.isLetter else { return false }
        return link[..<colon].allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
    }

    /// A page's text.
    func text(_ page: String) -> String {
        String(decoding: FileManager.default.contents(atPath: root + "/" + page) ?? Data(), as: UTF8.self)
    }
}
