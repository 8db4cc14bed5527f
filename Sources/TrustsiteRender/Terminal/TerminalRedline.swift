import TrustsiteModel

/// A per-section redline for the terminal: a header per changed section with its kind, deletions and insertions
/// as `[-…-]{+…+}` (or in colour on a terminal), unchanged sections summarised in one line.
public struct TerminalRedline: Sendable {
    /// Use ANSI colours instead of `[-…-]{+…+}` markers.
    public var color: Bool

    /// Creates a formatter.
    public init(color: Bool) { self.color = color }

    /// The whole report for `old` → `new`, as written.
    public func render(_ diff: VersionDiff, old: Version, new: Version) -> String { text(diff, old: old, new: new).rendered }

    /// The whole report for `old` → `new`.
    public func text(_ diff: VersionDiff, old: Version, new: Version) -> TerminalText {
        text(DiffReport(statement: nil, old: old, new: new, diff: diff))
    }

    /// The whole report, from its redline runs: titles, paths and words are content, so they reach the terminal visible.
    public func text(_ report: DiffReport) -> TerminalText {
        var out = header("\(report.old.path) → \(report.new.path)")
        out.append("(\(report.old.datesLine) → \(report.new.datesLine))\n")
        if !report.frontMatter.isEmpty {
            out.append("\n")
            out.append(section("## Front matter [modified]"))
            out.append("\n")
            for change in report.frontMatter {
                out.append("\(change.key): ", newlines: false)
                out.append(marked(change.old, .deleted, "[-", "-]"))
                out.append(" → ")
                out.append(marked(change.new, .inserted, "{+", "+}"))
                out.append("\n")
            }
        }
        var unchanged: [String] = []
        for section in report.sections {
            let title = (section.new ?? section.old)?.title.nilIfEmpty ?? "(text before the first heading)"
            guard section.kind != .unchanged else {
                unchanged.append(title)
                continue
            }
            var kind = section.kind.rawValue
            if section.change.renamed || section.change.renumbered, let was = section.old?.title { kind += " from “\(was)”" }
            for note in section.notes { kind += ", " + note }
            out.append("\n")
            out.append(self.section("## \(title) [\(kind)]"))
            out.append("\n")
            out.append(RedlineText(color: color).terminalText(section.blocks))
            out.append("\n")
            out.append(tableRows(section.change, old: section.old, new: section.new))
        }
        if !unchanged.isEmpty {
            out.append("\n\(unchanged.count) unchanged section\(unchanged.count == 1 ? "" : "s"): ")
            out.append(unchanged.joined(separator: ", "), newlines: false)
            out.append("\n")
        }
        if report.isEmpty { out.append("\nNo changes.\n") }
        return out
    }

    /// A removed or added value (content, so shown visibly), as the redline marks it: in `style` or between markers.
    package func marked(_ text: String, _ style: TerminalStyle, _ open: String, _ close: String) -> TerminalText {
        var out = TerminalText()
        if color { out.append(style) } else { out.append(open) }
        out.append(text, newlines: false)
        if color { out.append(.reset) } else { out.append(close) }
        return out
    }

    /// A bold line (a plain one without colour).
    package func header(_ text: String) -> TerminalText { styled(text, .bold, newline: true) }

    /// A section's header line.
    package func section(_ text: String) -> TerminalText { styled(text, .section, newline: false) }

    /// `text` on one line (a line break in a title shows as `^J`), in `style` when colouring.
    package func styled(_ text: String, _ style: TerminalStyle, newline: Bool) -> TerminalText {
        var out = TerminalText()
        if color { out.append(style) }
        out.append(text, newlines: false)
        if color { out.append(.reset) }
        if newline { out.append("\n") }
        return out
    }
}
