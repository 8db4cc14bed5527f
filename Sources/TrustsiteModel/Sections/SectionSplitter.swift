/// Splits a parsed body at its headings and gives every heading a unique id.
public enum SectionSplitter {
    /// Splits `document`; reports colliding or reserved explicit ids and skipped heading levels against `path`.
    public static func split(_ document: MarkdownDocument, path: String, into diagnostics: inout Diagnostics) -> SectionedDocument {
        var blocks = document.blocks[...]
        var h1: Heading?
        // A leading H1 is the document's title: the page shows it as the title, so it is not a section heading.
        if let index = blocks.firstIndex(where: { if case .heading = $0 { return true } else { return false } }),
            case .heading(let h) = blocks[index], h.level == 1
        {
            h1 = h
            blocks.remove(at: index)
        }
        var explicit: [String: Heading] = [:]
        for case .heading(let h) in [h1.map { Block.heading($0) }].compactMap({ $0 }) + blocks {
            guard let id = h.explicitID else { continue }
            // Ids the page gives something else; a heading taking one would give the page two.
            if let owner = [
                Section.preambleID: "the text before the first heading",
                Section.layoutID: "the page's main content (the skip link's target)",
            ][id] {
                diagnostics.error(
                    SourceLocation(path: path, line: h.line, column: h.column),
                    "heading id '#\(id)' is reserved for \(owner); choose another id")
            } else if let first = explicit[id] {
                diagnostics.error(
                    SourceLocation(path: path, line: h.line, column: h.column),
                    "heading id '#\(id)' is already used by the heading on line \(first.line)")
            } else {
                explicit[id] = h
            }
        }
        var slugger = Slugger(reserved: Array(explicit.keys) + [Section.preambleID, Section.layoutID])
        var sections: [Section] = []
        var current = Section(id: Section.preambleID, level: 0, heading: nil, title: "", blocks: [])
        var previousLevel = 1
        for block in blocks {
            guard case .heading(let h) = block else {
                current.blocks.append(block)
                continue
            }
            // A preamble of nothing but HTML comments would be an empty section on the page.
            if current.heading != nil || !current.blocks.asRead.isEmpty { sections.append(current) }
            if h.level > previousLevel + 1 {
                diagnostics.warning(
                    SourceLocation(path: path, line: h.line, column: h.column),
                    "heading level skips from H\(previousLevel) to H\(h.level)")
            }
            previousLevel = h.level
            let title = h.content.plainText.trimmingSpaces
            let id = h.explicitID ?? slugger.unique(title)
            if h.explicitID == nil, !explicit.isEmpty, case let slug = Slugger.slug(title), let owner = explicit[slug],
                Slugger.slug(owner.content.plainText.trimmingSpaces) != slug
            {
                // Silent renumbering would send links meant for this heading to the one that claimed its slug;
                // a duplicate heading whose twin names its own slug is renumbered as any duplicate is.
                diagnostics.warning(
                    SourceLocation(path: path, line: h.line, column: h.column),
                    "heading '\(title)' gets the id '#\(id)': the heading on line \(owner.line) claims '#\(slug)' with {#\(slug)}, so links to '#\(slug)' lead there; give one of them another id"
                )
            }
            current = Section(id: id, level: h.level, heading: h, title: title, blocks: [])
        }
        if current.heading != nil || !current.blocks.asRead.isEmpty { sections.append(current) }
        let h1Title = h1?.content.plainText
        // The title keeps the anchor GitHub would give it, unless a section or the layout's `<main>` already has that id:
        // section ids never move.
        let h1ID =
            h1?.explicitID
            ?? h1Title.map { Slugger.slug($0.trimmingSpaces) }.flatMap { id in
                id.isEmpty || id == Section.preambleID || id == Section.layoutID || sections.contains { $0.id == id } ? nil : id
            }
        return SectionedDocument(
            h1Title: h1Title, h1ID: h1ID, sections: sections, rawHTMLPositions: document.rawHTMLPositions, links: document.links)
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and newlines.
    package var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
