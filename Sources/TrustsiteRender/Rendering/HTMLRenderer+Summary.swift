import TrustsiteModel

extension HTMLRenderer {
    /// A summary's Markdown as inline HTML, or nil when there is none.
    package func summaryHTML(_ markdown: String?) -> String? {
        guard let summary = markdown?.trimmingSpaces, !summary.isEmpty else { return nil }
        var out = ""
        render(MarkdownParser.parseInlines(summary), into: &out)
        return out
    }
}
