import TrustsiteModel

/// `trustsite diff --format html`: one self-contained HTML file of the redline (a CI artifact, an email attachment):
/// no script, no outside file, the same `<del>`/`<ins>` markup as the site's changes page.
extension DiffReport {
    /// The reports as one HTML document.
    public static func html(_ reports: [DiffReport]) -> String {
        let title = reports.count == 1 ? "\(reports[0].new.title): changes" : "Changes to \(reports.count) versions"
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>\(HTML.escape(title))</title>
            <style>\(reviewStyle)</style>
            </head>
            <body>
            <main>

            """
        if reports.isEmpty { out += "<p>No version changed.</p>\n" }
        for report in reports { out += report.htmlArticle() }
        return out + "</main>\n</body>\n</html>\n"
    }

    func htmlArticle() -> String {
        var out = "<article>\n<h1>\(HTML.escape(new.title))</h1>\n"
        out += "<p class=\"files\"><code>\(HTML.escape(old.path))</code> → <code>\(HTML.escape(new.path))</code>"
        if let changesURL { out += " · <a href=\"\(HTML.href(changesURL))\">changes page</a>" }
        out += "</p>\n<table class=\"dates\"><thead><tr><th></th><th>Before</th><th>After</th></tr></thead><tbody>\n"
        out += "<tr><th>Updated</th><td>\(old.updated)</td><td>\(new.updated)</td></tr>\n"
        out += "<tr><th>Effective</th><td>\(old.effective)</td><td>\(new.effective)</td></tr>\n"
        for change in frontMatter where change.key != "updated" && change.key != "effective" {
            out += "<tr><th>\(HTML.escape(change.key))</th><td>\(HTML.escape(change.old))</td><td>\(HTML.escape(change.new))</td></tr>\n"
        }
        out += "</tbody></table>\n<p class=\"counts\">"
        let kinds = ChangeKind.allCases.filter { count($0) > 0 }
        out += kinds.map { "<span class=\"badge change-\($0.rawValue)\">\($0.label): \(count($0))</span>" }.joined(separator: " ")
        out += "</p>\n"
        if isEmpty { out += "<p>Nothing changed.</p>\n" }
        let renderer = HTMLRenderer(rawHTML: false)
        let redliner = SectionRedliner(old: renderer, new: renderer)
        for section in changed {
            out +=
                "<section class=\"entry is-\(section.kind.rawValue)\">\n<p class=\"meta\"><span class=\"badge change-\(section.kind.rawValue)\">"
            out += section.kind.label + "</span> " + HTML.escape(section.title)
            for note in section.notes { out += " · " + HTML.escape(note) }
            out += "</p>\n" + redliner.html(old: section.old, new: section.new) + "</section>\n"
        }
        return out + "</article>\n"
    }

    static let reviewStyle = """
        body{font:16px/1.55 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fff}
        main{max-width:48rem;margin:0 auto;padding:1rem}
        @media (prefers-color-scheme:dark){body{color:#e6e8eb;background:#15181c}a{color:#8cb4ff}}
        h1{font-size:1.6rem;line-height:1.25}
        table{border-collapse:collapse;margin:.75rem 0;display:block;overflow-x:auto}
        th,td{border:1px solid #8888;padding:.25rem .5rem;text-align:left;vertical-align:top}
        .entry{border-top:1px solid #8886;margin-top:1.5rem;padding-top:.5rem}
        .meta{font-weight:600}
        .badge{display:inline-block;font-size:.8rem;font-weight:600;border-radius:.3rem;padding:0 .4rem;background:#8882}
        del{color:#a40e26;background:#ffebe9;text-decoration:line-through}
        ins{color:#116329;background:#dafbe1;text-decoration:underline}
        @media (prefers-color-scheme:dark){del{color:#ffa198;background:#67060c80}ins{color:#7ee787;background:#03371580}}
        .redline-removed{text-decoration:line-through;color:#a40e26}
        .redline-added{text-decoration:underline;color:#116329}
        pre{overflow-x:auto;padding:.5rem;background:#8881}
        """
}
