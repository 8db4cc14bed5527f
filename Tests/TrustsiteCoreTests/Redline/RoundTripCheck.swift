import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Builds versions from Markdown bodies, redlines every section change and checks the markup contract:
/// well-formed nesting, and dropping `<ins>` (unwrapping `<del>`) gives the older section's rendered text while
/// dropping `<del>` (unwrapping `<ins>`) gives the newer one's.
enum RoundTripCheck {
    /// Both sides render as the version pages do when raw HTML is off.
    static let renderer = HTMLRenderer(rawHTML: false)

    /// One section's redline between two versions.
    struct Entry {
        var change: SectionChange
        var old: Section?
        var new: Section?
        /// The inner HTML from `SectionRedliner.html(old:new:)`.
        var html: String
        var kind: ChangeKind { change.kind }
        /// The section's id as the changes page shows it (newer id, older for removed).
        var id: String { (new ?? old)!.id }
    }

    /// A parsed, split body (no front matter).
    static func document(_ markdown: String) -> SectionedDocument {
        var diagnostics = Diagnostics()
        return SectionSplitter.split(MarkdownParser.parse(markdown), path: "test.md", into: &diagnostics)
    }

    /// A version as SiteModelBuilder makes one, dated day `index + 1` of January 2024.
    static func version(_ markdown: String, index: Int = 0, slug: String = "policy") -> Version {
        let date = Day(year: 2024 + index / 28, month: 1, day: 1 + index % 28)!
        let source = VersionSource(
            slug: slug, date: date, path: "content/\(slug)/\(date).md", frontMatter: FrontMatter(),
            body: markdown, bodyLineOffset: 0, sha256: "")
        let document = document(markdown)
        return Version(source: source, title: document.h1Title ?? slug, document: document)
    }

    /// Versions and their history for a chain of bodies, oldest first.
    static func history(_ bodies: [String]) -> (versions: [Version], history: StatementHistory) {
        let versions = bodies.enumerated().map { version($1, index: $0) }
        return (versions, StatementHistory(versions))
    }

    /// The redline of every change in `diff` between `old` and `new`, in reading order.
    static func entries(old: SectionedDocument, new: SectionedDocument, diff: VersionDiff) -> [Entry] {
        let redliner = SectionRedliner(old: renderer, new: renderer)
        return diff.changes.map { change in
            let a = change.old.map { old.sections[$0] }, b = change.new.map { new.sections[$0] }
            return Entry(change: change, old: a, new: b, html: redliner.html(old: a, new: b))
        }
    }

    /// Each section's text content as the version page renders it, by section id.
    static func renderedTexts(_ document: SectionedDocument) -> [String: String] {
        HTMLText.sections(VersionBody(renderer: renderer).html(document)).mapValues(HTMLText.text)
    }

    /// What breaks the contract in `entries` (empty when nothing does); `label` prefixes each problem.
    static func problems(_ entries: [Entry], old: SectionedDocument, new: SectionedDocument, label: String = "") -> [String] {
        problems(entries, oldTexts: renderedTexts(old), newTexts: renderedTexts(new), label: label)
    }

    /// `problems(_:old:new:label:)` with the versions' section texts already worked out (`renderedTexts`).
    static func problems(_ entries: [Entry], oldTexts: [String: String], newTexts: [String: String], label: String = "") -> [String] {
        var problems: [String] = []
        for entry in entries {
            let where_ = "\(label)[\(entry.id) \(entry.kind.rawValue)]"
            for p in HTMLText.nestingProblems(entry.html) { problems.append("\(where_) nesting: \(p)") }
            if HTMLText.contains(entry.html, "<section") { problems.append("\(where_) redline holds a <section>") }
            let oldText = HTMLText.text(HTMLText.oldSide(entry.html)), newText = HTMLText.text(HTMLText.newSide(entry.html))
            let wantOld = entry.old.map { oldTexts[$0.id] ?? "(no such section on the old page)" } ?? ""
            let wantNew = entry.new.map { newTexts[$0.id] ?? "(no such section on the new page)" } ?? ""
            if oldText != wantOld {
                problems.append("\(where_) old side differs:\n  got:  \(excerpt(oldText, wantOld))\n  want: \(excerpt(wantOld, oldText))")
            }
            if newText != wantNew {
                problems.append("\(where_) new side differs:\n  got:  \(excerpt(newText, wantNew))\n  want: \(excerpt(wantNew, newText))")
            }
            if entry.kind == .unchanged, HTMLText.contains(entry.html, "<ins>") || HTMLText.contains(entry.html, "<del>") {
                problems.append("\(where_) unchanged section has change marks")
            }
        }
        return problems
    }

    /// `a` around where it first differs from `b`, short enough to read in a failure.
    static func excerpt(_ a: String, _ b: String) -> String {
        let common = zip(a, b).prefix { $0 == $1 }.count
        let start = max(0, common - 40)
        let s = a.dropFirst(start).prefix(160)
        return (start > 0 ? "…" : "") + s + (a.count > start + 160 ? "…" : "")
    }

    /// Redlines `old` → `new` (two bodies), records any contract breach as a test failure and returns the entries.
    @discardableResult
    static func check(_ old: String, _ new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Entry] {
        let (versions, history) = history([old, new])
        let entries = entries(old: versions[0].document, new: versions[1].document, diff: history.diffs[1])
        let problems = problems(entries, old: versions[0].document, new: versions[1].document)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return entries
    }

    /// Checks every consecutive pair of a chain and returns each pair's entries.
    @discardableResult
    static func checkChain(_ bodies: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> (
        versions: [Version], history: StatementHistory, entries: [[Entry]]
    ) {
        let (versions, history) = history(bodies)
        var all: [[Entry]] = [[]]
        for i in versions.indices.dropFirst() {
            let entries = entries(old: versions[i - 1].document, new: versions[i].document, diff: history.diffs[i])
            let problems = problems(entries, old: versions[i - 1].document, new: versions[i].document, label: "v\(i - 1)→v\(i) ")
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
            all.append(entries)
        }
        return (versions, history, all)
    }
}

extension Array where Element == RoundTripCheck.Entry {
    /// The entry for the section with this id (newer id; older for removed sections).
    subscript(id id: String) -> RoundTripCheck.Entry? { first { $0.id == id } }

    /// Kinds by section id.
    var kinds: [String: ChangeKind] { Dictionary(map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a }) }
}
