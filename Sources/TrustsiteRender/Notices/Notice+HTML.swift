import TrustsiteModel

/// `/<slug>/notices/<date>/`: the notice as HTML that survives email clients: a table layout 600 px wide, every style
/// inline (clients drop `<style>` and stylesheets), no script, no image.
extension Notice {
    /// The notice as one HTML document; `renderer` renders the summary and `objection_text`, `link` turns an output
    /// path into a link; `icon` links the site's icon from the page.
    package func html(renderer: HTMLRenderer, link: (String) -> String, icon: String) -> String {
        var body = "<p style=\"\(Self.muted)margin:0 0 4px;font-size:14px;\">\(HTML.escape(siteTitle))</p>\n"
        body += "<h1 style=\"margin:0 0 16px;font-size:22px;line-height:1.3;\">\(HTML.escape(subject))</h1>\n"
        body += "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"margin:0 0 16px;\">\n"
        let dates = [
            ("Change", classLabel.map { HTML.escape($0) }), ("Announced", Self.time(version.announced)),
            ("Takes effect", Self.time(version.effective)),
        ]
        for case let (name, value?) in dates {
            body += "<tr><th scope=\"row\" align=\"left\" style=\"\(Self.muted)padding:2px 16px 2px 0;font-weight:normal;\">\(name)</th>"
            body += "<td style=\"padding:2px 0;font-weight:bold;\">\(value)</td></tr>\n"
        }
        body += "</table>\n"
        if let summary = renderer.summaryHTML(version.summary) { body += "<p style=\"margin:0 0 16px;\">\(summary)</p>\n" }
        body += "<h2 style=\"\(Self.h2)\">Changed sections</h2>\n"
        body += items.isEmpty ? "<p style=\"margin:0 0 16px;\">No section changed.</p>\n" : itemsHTML(link: link)
        if let objection = statement.config.objectionText?.nilIfEmpty {
            var rendered = ""
            renderer.render(MarkdownParser.parse(objection).blocks, into: &rendered)
            body += "<h2 style=\"\(Self.h2)\">Objections</h2>\n<div>\(rendered)</div>\n"
        }
        body += "<p style=\"margin:16px 0 0;\"><a href=\"\(HTML.escape(link(changesPath)))\" style=\"\(Self.link)\">Every change</a>"
        body += " · <a href=\"\(HTML.escape(link(versionPath)))\" style=\"\(Self.link)\">The new version</a></p>\n"
        return Self.document(title: subject, body: body, icon: icon)
    }

    /// The changed sections, each with its tables' row changes.
    func itemsHTML(link: (String) -> String) -> String {
        var out = "<ul style=\"margin:0 0 16px;padding-left:20px;\">\n"
        for item in items {
            out +=
                "<li style=\"margin:0 0 8px;\"><a href=\"\(HTML.escape(link(item.path) + item.fragment))\" style=\"\(Self.link)\">\(HTML.escape(item.title))</a>"
            out += " <span style=\"\(Self.muted)\">(\(item.label))</span>"
            for table in item.tables {
                if table.isOneOfSeveral { out += "<br><span style=\"\(Self.muted)\">\(HTML.escape(table.label))</span>" }
                out += "\n<ul style=\"margin:4px 0 0;padding-left:20px;\">\n"
                for line in table.columnChanges.map(\.line) { out += "<li>\(HTML.escape(line))</li>\n" }
                for row in table.rows {
                    let color = row.kind == .added ? "#116329" : row.kind == .removed ? "#a40e26" : "#1f2328"
                    let text = row.line.dropFirst(row.kind.label.count + 1)
                    out += "<li><strong style=\"color:\(color);\">\(row.kind.label):</strong>\(HTML.escape(text))</li>\n"
                }
                out += "</ul>"
            }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    static let muted = "color:#59636e;"
    static let h2 = "margin:24px 0 8px;font-size:18px;line-height:1.3;"
    static let link = "color:#0969da;"

    static func time(_ day: Day) -> String { "<time datetime=\"\(day)\">\(day.longForm)</time>" }

    /// The document around `body`: a full-width table holding a 600 px one, as email clients lay out best.
    /// `icon` is the site's icon, for a browser that opens the page on the site (a mail client ignores it).
    static func document(title: String, body: String, icon: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <link rel="icon" href="\(HTML.escape(icon))" type="image/svg+xml">
        </head>
        <body style="margin:0;padding:0;background:#f6f8fa;">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f6f8fa;">
        <tr><td align="center" style="padding:24px 12px;">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;\
        background:#ffffff;border:1px solid #d1d9e0;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2328;">
        <tr><td align="left" style="padding:24px;">
        \(body)</td></tr>
        </table>
        </td></tr>
        </table>
        </body>
        </html>

        """
    }
}
