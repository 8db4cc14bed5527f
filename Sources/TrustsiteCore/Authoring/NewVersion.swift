import Foundation
import TrustsiteModel

/// `trustsite new`: the next version of a statement (the newest one's text and title, the given dates and an empty
/// `summary:` that `check` reports until it is written), or the first version of a new statement.
public struct NewVersion: Sendable {
    /// The content folder.
    public var content: String
    /// The statement's folder name.
    public var slug: String
    /// The new version's date, its file name.
    public var date: Day
    /// `effective`, when given.
    public var effective: Day?
    /// `announced`, when given.
    public var announced: Day?

    /// A new version of `slug` in `content`, dated `date`.
    public init(content: String, slug: String, date: Day, effective: Day? = nil, announced: Day? = nil) {
        (self.content, self.slug, self.date, self.effective, self.announced) = (content, slug, date, effective, announced)
    }

    /// The file to create: `content/<slug>/<date>.md`.
    public var path: String { joinPath(content, slug, "\(date).md") }

    /// The next version's file (path and text), from the newest version of the statement; throws `InputErrors` when
    /// the statement is unknown or unreadable, or the date is not after its newest version.
    public func nextVersion() throws -> (path: String, from: String, text: String) {
        try requireContent()
        let folder = joinPath(content, slug)
        var diagnostics = Diagnostics()
        let loader = ContentLoader()
        let slugs = loader.scan(content, into: &diagnostics).1.map(\.slug)
        guard slugs.contains(slug) else { throw Self.refusal(folder, unknownStatement(among: slugs)) }
        diagnostics = Diagnostics()
        guard let statement = loader.loadStatement(slug: slug, path: folder, &diagnostics), !diagnostics.hasErrors,
            let newest = statement.versions.last
        else { throw InputErrors(diagnostics: diagnostics.sorted.filter { $0.severity == .error }) }
        try requireFree()
        guard date > newest.date && date > newest.updated else {
            throw Self.refusal(
                path,
                "\(date) is not after the newest version, \(max(newest.date, newest.updated)) (\(newest.path)); "
                    + "a new version needs a later date: pass --date YYYY-MM-DD")
        }
        let text = frontMatter(title: newest.frontMatter.title, summary: true) + newest.body
        return (path, newest.path, text)
    }

    /// The first version of a new statement titled `title`; throws `InputErrors` when the folder exists or its name
    /// cannot be a statement's.
    public func firstVersion(title: String) throws -> (path: String, text: String) {
        try requireContent()
        let folder = joinPath(content, slug)
        if let problem = ContentLoader.slugProblem(slug) ?? ContentLoader.reservedName(slug) { throw Self.refusal(folder, problem) }
        if FileManager.default.fileExists(atPath: folder) {
            throw Self.refusal(folder, "statement '\(slug)' already exists; to add a version of it, run: trustsite new \(slug)")
        }
        let body = "## Introduction\n\nWrite the statement here. Each heading starts a section with its own history and redline.\n"
        return (path, frontMatter(title: title, summary: false) + body)
    }

    /// The front matter: the title, the dates given and, for a next version, the empty summary to write.
    func frontMatter(title: String?, summary: Bool) -> String {
        var lines = ["---"]
        if let title { lines.append("title: \(Self.quoted(title))") }
        if let effective { lines.append("effective: \(effective)") }
        if let announced { lines.append("announced: \(announced)") }
        if summary { lines.append("summary:") }
        return (lines + ["---", ""]).joined(separator: "\n")
    }

    /// A YAML double-quoted scalar of `text`, which any title survives.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += String(format: "\\x%02X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
