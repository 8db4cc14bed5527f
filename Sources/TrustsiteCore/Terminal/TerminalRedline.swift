/// A per-section redline for the terminal: a header per changed section with its kind, deletions and insertions
/// as `[-…-]{+…+}` (or in colour on a terminal), unchanged sections summarised in one line.
public struct TerminalRedline: Sendable {
    /// Use ANSI colours instead of `[-…-]{+…+}` markers.
    public var color: Bool

    /// Creates a formatter.
    public init(color: Bool) { self.color = color }

    /// The whole report for `old` → `new`, as written.
    public func render(_ diff: VersionDiff, old: Version, new: Version) -> String { text(diff, old: old, new: new).rendered }

    /// The whole report for `old` → `new`: titles, paths and words are content, so they reach the terminal visible.
    public func text(_ diff: VersionDiff, old: Version, new: Version) -> TerminalText {
        var out = header("\(old.source.path) → \(new.source.path)")
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
            if change.renamed, let was = a?.title { kind += " from “\(was)”" }
            for note in change.alsoNotes { kind += ", " + note }
            out.append("\n")
            out.append(section("## \(title) [\(kind)]"))
            out.append("\n")
            let html = SectionRedliner(old: renderer, new: renderer).html(old: a, new: b)
            out.append(RedlineText(color: color).terminalText(html))
            out.append("\n")
        }
        if !unchanged.isEmpty {
            out.append("\n\(unchanged.count) unchanged section\(unchanged.count == 1 ? "" : "s"): ")
            out.append(unchanged.joined(separator: ", "), newlines: false)
            out.append("\n")
        }
        if diff.isEmpty { out.append("\nNo changes.\n") }
        return out
    }

    /// A bold line (a plain one without colour).
    func header(_ text: String) -> TerminalText { styled(text, .bold, newline: true) }

    /// A section's header line.
    func section(_ text: String) -> TerminalText { styled(text, .section, newline: false) }

    /// `text` on one line (a line break in a title shows as `^J`), in `style` when colouring.
    func styled(_ text: String, _ style: TerminalStyle, newline: Bool) -> TerminalText {
        var out = TerminalText()
        if color { out.append(style) }
        out.append(text, newlines: false)
        if color { out.append(.reset) }
        if newline { out.append("\n") }
        return out
    }
}
