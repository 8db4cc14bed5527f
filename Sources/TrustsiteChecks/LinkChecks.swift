import Foundation
import TrustsiteModel

/// Warnings for links in statement text that lead nowhere, or to a renamed heading by its old id: `#id` in the same
/// version, `/<slug>/…#id` and `<slug>/<date>` links to other statements, and relative `.md` links to version files.
/// Links into other statements are set aside as `CrossLink`s and checked by `check(_:from:into:)`, so a statement
/// taken unchanged from the last build still has its links checked against statements that did change.
package struct LinkChecks {
    /// Statements links may name, by slug.
    package let targets: [String: LinkTarget]
    /// Their slugs (made once: every link needs them).
    package let slugs: Set<String>
    /// The paths of the site's own files (under `content/files/`).
    package let siteFiles: Set<String>

    package init(targets: [String: LinkTarget], siteFiles: [SiteFile] = []) {
        self.init(targets: targets, slugs: Set(targets.keys), siteFiles: siteFiles)
    }

    /// Checks for links of statements read before the others' targets are known: `slugs` names every statement, and
    /// `targets` need hold only those whose links are checked (links into others are set aside as cross links).
    package init(targets: [String: LinkTarget], slugs: Set<String>, siteFiles: [SiteFile] = []) {
        self.targets = targets
        self.slugs = slugs
        self.siteFiles = Set(siteFiles.map(\.path))
    }

    /// Checks the links among `pieces` of `version` that stay in `statement`; returns the links into other statements.
    package func run(_ statement: Statement, _ version: Version, pieces: [BodyPiece], into diagnostics: inout Diagnostics) -> [CrossLink] {
        var locator = BodyLocator(version.source)
        var own: (ids: Set<String>, former: [String: String])?
        var cross: [CrossLink] = []
        for piece in pieces {
            guard case .link(let url) = piece.kind else { continue }
            // Every link moves the locator, so the next one is searched for after it.
            let location = locator.next(url, preferring: "](") ?? locator.here
            if leadsElsewhere(url, from: statement.slug) {
                cross.append(CrossLink(url: url, location: location))
                continue
            }
            if own == nil { own = (version.anchorIDs, former(statement.slug, version.date)) }
            if let problem = problem(url, slug: statement.slug, ownIDs: own!.ids, ownFormer: own!.former) {
                diagnostics.warning(location, problem)
            }
        }
        return cross
    }

    /// Checks links of statement `slug` into other statements.
    package func check(_ links: [CrossLink], from slug: String, into diagnostics: inout Diagnostics) {
        for link in links {
            if let problem = problem(link.url, slug: slug, ownIDs: []) { diagnostics.warning(link.location, problem) }
        }
    }

    /// Whether `url` names a statement other than `slug` (or one the site lacks), so whether it resolves depends on
    /// that statement.
    package func leadsElsewhere(_ url: String, from slug: String) -> Bool {
        switch SiteLink.resolve(url, slug: slug, slugs: slugs) {
        case .site(let link): return link.slug.map { $0 != slug } ?? false
        case .unknownStatement(let name): return name != slug
        case .external, .nowhere: return false
        }
    }

    /// The former heading ids of version `date` of statement `slug`, each with the id its heading has now.
    package func former(_ slug: String, _ date: Day) -> [String: String] {
        guard let target = targets[slug], let i = target.dates.firstIndex(of: date) else { return [:] }
        return target.former(i)
    }

    /// Why `url` leads nowhere (or to a heading by its former id, `ownFormer` in this version), with the fix, or nil
    /// when it resolves or is not a link into the site's statements.
    package func problem(_ url: String, slug: String, ownIDs: Set<String>, ownFormer: [String: String] = [:]) -> String? {
        if url.hasPrefix("#") {
            let id = Self.decoded(String(url.dropFirst()))
            guard !id.isEmpty, id != "top", !ownIDs.contains(id) else { return nil }
            if let now = ownFormer[id] { return Self.formerID(url, now: now, in: "this version") }
            return "link '\(url)' leads nowhere: no heading in this version has the id '\(id)'" + Self.fix(id, among: ownIDs)
        }
        let link: SiteLink
        switch SiteLink.resolve(url, slug: slug, slugs: slugs) {
        case .external: return nil
        case .nowhere(let why): return "link '\(url)' leads nowhere: \(why)"
        case .unknownStatement(let name) where Self.namesFile(url) && Suggestion.didYouMean(name, among: targets.keys.sorted()).isEmpty:
            // A file, not a statement: a document of wherever the text was copied from (`../terms/index.md`).
            let file = url.splitFragment.0.splitQuery.0.split(separator: "/").last.map(String.init) ?? name
            let which = file == name ? "" : " (there is no statement '\(name)')"
            return "link '\(url)' leads nowhere: the site has no page for '\(file)'\(which); for a document outside the site, "
                + "write its full URL (https://…)"
        case .unknownStatement(let name):
            let hint = Suggestion.didYouMean(name, among: slugs.sorted())
            // A root link may have been meant for another page of the host, which the site cannot know of.
            let host =
                url.hasPrefix("/")
                ? " (a link starting with / is read from the site's root; for other pages of the host, write a full https:// URL)"
                : ""
            return "link '\(url)' leads nowhere: there is no statement '\(name)'"
                + (hint.isEmpty ? "; statements are \(slugs.sorted().joined(separator: ", "))" + host : hint)
        case .site(let found): link = found
        }
        if let file = link.file { return fileProblem(url, file: file, in: link.slug) }
        guard let linked = link.slug, let target = targets[linked] else { return nil }
        var index = target.currentIndex
        if let date = link.date {
            guard let match = target.dates.firstIndex(of: date) else {
                return "link '\(url)' leads nowhere: statement '\(target.slug)' has no version \(date); its versions are "
                    + target.dates.map(\.description).joined(separator: ", ")
            }
            index = match
        }
        // Other pages of a statement (history, changes) have ids of their own, which are not checked.
        guard link.kind != .page, let fragment = link.fragment, case let id = Self.decoded(fragment), !id.isEmpty else { return nil }
        let ids = target.ids(index)
        guard !ids.contains(id) else { return nil }
        let which = link.date == nil ? "the current version (\(target.dates[index]))" : "version \(target.dates[index])"
        if let now = target.former(index)[id] { return Self.formerID(url, now: now, in: "\(which) of '\(target.slug)'") }
        return "link '\(url)' leads nowhere: no heading in \(which) of '\(target.slug)' has the id '\(id)'" + Self.fix(id, among: ids)
    }

    /// Why a link to `file` under the `files/` folder of statement `slug` (nil: of the content folder) leads nowhere.
    package func fileProblem(_ url: String, file: String, in slug: String?) -> String? {
        let files = slug.map { targets[$0]?.files ?? [] } ?? siteFiles
        guard !files.contains(file) else { return nil }
        let folder = slug.map { "\($0)/files/" } ?? "files/"
        return "link '\(url)' leads nowhere: there is no file \(folder)\(file) in the content folder; "
            + "put the file there (files under files/ are published as they are)"
    }

    /// The warning for a link to a heading by the id it had before it was renamed: the page keeps that id as an
    /// anchor, so the link works, but only as long as the anchor is kept.
    package static func formerID(_ url: String, now: String, in place: String) -> String {
        "link '\(url)' uses the old id of a renamed heading: in \(place) it is '#\(now)'; "
            + "the old id still leads there, but update the link to '#\(now)'"
    }

    /// " (did you mean '#x'?)" or how to fix a missing id.
    package static func fix(_ id: String, among ids: Set<String>) -> String {
        // Thousands of headings: rank by shared prefix first, so the edit distances stay few.
        func shared(_ other: String) -> Int { zip(other, id).prefix { $0 == $1 }.count }
        let near = ids.filter { abs($0.count - id.count) <= 3 }.map { ($0, shared($0)) }
            .sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(200).map(\.0)
        let hint = Suggestion.didYouMean(id, among: near)
        if !hint.isEmpty { return hint.replacingOccurrences(of: "mean '", with: "mean '#") }
        return "; link to the id of an existing heading, or add {#\(id)} to the heading you mean"
    }

    /// Whether `url`'s last path segment is a file name (`policy.md`, `form.pdf`), not a folder.
    package static func namesFile(_ url: String) -> Bool {
        let path = url.splitFragment.0.splitQuery.0
        guard !path.hasSuffix("/"), let last = path.split(separator: "/").last else { return false }
        return last.dropFirst().contains(".") && last != ".."
    }

    /// A fragment with percent-escapes decoded, as browsers match it against ids.
    package static func decoded(_ fragment: String) -> String { fragment.removingPercentEncoding ?? fragment }
}
