import TrustsiteModel

/// What a version page shows beside a section: when it last changed, and the ids it had before.
package struct SectionMeta {
    /// "Last changed" or "Introduced".
    package var label: String
    package var date: Day
    /// The redline (or version page) that made the section what it is.
    package var href: String
    /// Former ids, kept as anchors so old links still land here.
    package var aliases: [String]
    /// The section's own history page.
    package var historyHref: String
}

/// The HTML of a version's body and its table of contents.
package struct VersionBody {
    package let renderer: HTMLRenderer
    /// The page is in the search index: its "Last changed" lines are marked for Pagefind to leave out.
    package var searchIndexed = false

    /// The title's anchor: the leading H1's id, unless a section keeps it as a former id, as old links to a renamed
    /// heading must still land on that heading.
    package static func titleID(_ document: SectionedDocument, meta: [SectionMeta?]) -> String? {
        guard let id = document.h1ID else { return nil }
        return meta.contains { $0?.aliases.contains(id) == true } ? nil : id
    }

    /// Every section wrapped in `<section data-section=…>`, each heading with its id and a permalink; before it, former ids and the meta line.
    /// `section` gives a section's HTML (heading and body) when it is already rendered, as on a statement's pages.
    package func html(_ document: SectionedDocument, meta: [SectionMeta?] = [], section rendered: ((Int) -> String)? = nil) -> String {
        var out = ""
        let ids = Set(document.sections.map(\.id) + [Self.titleID(document, meta: meta)].compactMap { $0 })
        for (i, section) in document.sections.enumerated() {
            let info = i < meta.count ? meta[i] : nil
            for alias in info?.aliases ?? [] where !ids.contains(alias) {
                out += "<span class=\"alias-anchor\" id=\"\(HTML.escape(alias))\"></span>\n"
            }
            // The meta line stands outside the section element, which holds only the heading and body.
            if let info {
                out +=
                    "<p class=\"section-meta\"\(searchIndexed ? " data-pagefind-ignore" : "")><a href=\"\(HTML.escape(info.href))\">\(info.label) <time datetime=\"\(info.date)\">\(info.date.longForm)</time></a> · <a href=\"\(HTML.escape(info.historyHref))\">Section history</a></p>\n"
            }
            // The preamble has no heading to carry its id, so the section element carries it.
            let anchor = section.heading == nil ? " id=\"\(HTML.escape(section.id))\"" : ""
            out += "<section class=\"doc-section\"\(anchor) data-section=\"\(HTML.escape(section.id))\">\n"
            out += rendered?(i) ?? sectionHTML(section)
            out += "</section>\n"
        }
        return out
    }

    /// A section's heading (with its id and permalink) and body.
    package func sectionHTML(_ section: Section) -> String {
        var out = ""
        renderHeading(section, into: &out)
        renderer.render(section.blocks, into: &out)
        return out
    }

    /// A section's heading with its id and a permalink that carries no text (its label is for assistive technology).
    package func renderHeading(_ section: Section, into out: inout String) {
        guard let heading = section.heading else { return }
        let id = HTML.escape(section.id)
        out += "<h\(heading.level) id=\"\(id)\">"
        renderer.render(heading.content, into: &out)
        out += "<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Permalink: \(HTML.escape(section.title))\"></a></h\(heading.level)>\n"
    }

    /// The nested table of contents: every heading in document order.
    package static func toc(_ document: SectionedDocument, changed: Set<Int> = []) -> [TOCEntry] {
        var stack: [(level: Int, entry: TOCEntry)] = [(0, TOCEntry(id: "", title: "", changed: false, children: []))]
        for (i, section) in document.sections.enumerated() where section.heading != nil {
            while stack.count > 1, stack[stack.count - 1].level >= section.level {
                let done = stack.removeLast()
                stack[stack.count - 1].entry.children.append(done.entry)
            }
            stack.append((section.level, TOCEntry(id: section.id, title: section.title, changed: changed.contains(i), children: [])))
        }
        while stack.count > 1 {
            let done = stack.removeLast()
            stack[stack.count - 1].entry.children.append(done.entry)
        }
        return stack[0].entry.children
    }
}
