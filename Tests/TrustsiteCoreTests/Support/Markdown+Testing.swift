@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// One-call Markdown pipelines for string-in/string-out tests.
enum MD {
    /// The HTML `HTMLRenderer` makes of `markdown`'s blocks.
    static func html(_ markdown: String, rawHTML: Bool = false) -> String {
        var out = ""
        HTMLRenderer(rawHTML: rawHTML).render(MarkdownParser.parse(markdown).blocks, into: &out)
        return out
    }

    /// `markdown` parsed and split into sections, with the diagnostics the split reported.
    static func sections(_ markdown: String, path: String = "content/p/2024-01-01.md", lineOffset: Int = 0)
        -> (SectionedDocument, [Diagnostic])
    {
        var diagnostics = Diagnostics()
        let document = SectionSplitter.split(MarkdownParser.parse(markdown, lineOffset: lineOffset), path: path, into: &diagnostics)
        return (document, diagnostics.sorted)
    }

    /// The section ids of `markdown`, in document order (the preamble included when present).
    static func ids(_ markdown: String) -> [String] { sections(markdown).0.sections.map(\.id) }

    /// The body HTML of a version page: sections with heading ids and permalinks.
    static func body(_ markdown: String, rawHTML: Bool = false) -> String {
        VersionBody(renderer: HTMLRenderer(rawHTML: rawHTML)).html(sections(markdown).0)
    }
}
