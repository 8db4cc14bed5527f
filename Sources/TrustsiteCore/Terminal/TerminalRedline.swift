/// A per-section redline for the terminal: a header per changed section with its kind, deletions and insertions
/// as `[-…-]{+…+}` (or in colour on a terminal), unchanged sections summarised in one line.
public struct TerminalRedline: Sendable {
    /// Use ANSI colours instead of `[-…-]{+…+}` markers.
    public var color: Bool

    /// Creates a formatter.
    public init(color: Bool) { self.color = color }

    /// The whole report for `old` → `new`.
    public func render(_ diff: VersionDiff, old: Version, new: Version) -> String {
        var out = header("\(old.source.path) → \(new.source.path)")
        out += "(\(FrontMatterDiff.dates(old)) → \(FrontMatterDiff.dates(new)))\n"
        let frontMatter = FrontMatterDiff(old: old, new: new)
        if !frontMatter.isEmpty {
            out += "\n" + section("## Front matter [modified]") + "\n"
            for change in frontMatter.changes { out += "\(change.key): \(del(change.old)) → \(ins(change.new))\n" }
        }
        let renderer = HTMLRenderer(rawHTML: false)
        var unchanged: [String] = []
        for change in diff.changes {
            let a = change.old.map { old.document.sections[$0] }, b = change.new.map { new.document.sections[$0] }
            let title = (b ?? a)?.title.nilIfEmpty ?? "(text before the first heading)"
            guard change.kind != .unchanged else {
                unchanged.append(title)
                continue
            }
            var kind = change.kind.rawValue
            if change.renamed || change.renumbered, let was = a?.title { kind += " from “\(was)”" }
            for note in change.alsoNotes { kind += ", " + note }
            out += "\n" + section("## \(title) [\(kind)]") + "\n"
            let html = SectionRedliner(old: renderer, new: renderer).html(old: a, new: b)
            out += RedlineText(color: color).text(html) + "\n"
        }
        if !unchanged.isEmpty {
            out += "\n\(unchanged.count) unchanged section\(unchanged.count == 1 ? "" : "s"): \(unchanged.joined(separator: ", "))\n"
        }
        if diff.isEmpty && frontMatter.isEmpty { out += "\nNo changes.\n" }
        return out
    }

    /// A removed value, as the redline marks deletions.
    func del(_ text: String) -> String { color ? "\u{1B}[31;9m\(text)\u{1B}[0m" : "[-\(text)-]" }
    /// An added value, as the redline marks insertions.
    func ins(_ text: String) -> String { color ? "\u{1B}[32;4m\(text)\u{1B}[0m" : "{+\(text)+}" }

    func header(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m\n" : text + "\n" }
    func section(_ text: String) -> String { color ? "\u{1B}[1;36m\(text)\u{1B}[0m" : text }
}
