/// The HTML of a version's body and its table of contents.
struct VersionBody {
    let renderer: HTMLRenderer

    /// Every section wrapped in `<section data-section=…>`, each heading with its id and a permalink.
    func html(_ document: SectionedDocument) -> String {
        var out = ""
        for section in document.sections {
            out += "<section class=\"doc-section\" data-section=\"\(HTML.escape(section.id))\">\n"
            renderHeading(section, into: &out)
            renderer.render(section.blocks, into: &out)
            out += "</section>\n"
        }
        return out
    }

    /// A section's heading with its id and a permalink that carries no text (its label is for assistive technology).
    func renderHeading(_ section: Section, into out: inout String) {
        guard let heading = section.heading else { return }
        let id = HTML.escape(section.id)
        out += "<h\(heading.level) id=\"\(id)\">"
        renderer.render(heading.content, into: &out)
        out += "<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Permalink: \(HTML.escape(section.title))\"></a></h\(heading.level)>\n"
    }

    /// The nested table of contents: every heading in document order.
    static func toc(_ document: SectionedDocument) -> [TOCEntry] {
        var stack: [(level: Int, entry: TOCEntry)] = [(0, TOCEntry(id: "", title: "", children: []))]
        for section in document.sections where section.heading != nil {
            while stack.count > 1, stack[stack.count - 1].level >= section.level {
                let done = stack.removeLast()
                stack[stack.count - 1].entry.children.append(done.entry)
            }
            stack.append((section.level, TOCEntry(id: section.id, title: section.title, children: [])))
        }
        while stack.count > 1 {
            let done = stack.removeLast()
            stack[stack.count - 1].entry.children.append(done.entry)
        }
        return stack[0].entry.children
    }
}
