import TrustsiteModel

/// `/<slug>/notices/<date>.txt`: the notice as plain text, for a mail's text part or a ticket.
extension Notice {
    /// The notice as plain text; the summary and `objection_text` as written (Markdown reads as text). `link` turns an
    /// output path into a link.
    package func text(link: (String) -> String) -> String {
        var out = subject + "\n\n"
        if let label = classLabel { out += "Change: \(label)\n" }
        out += "Announced: \(version.announced.longForm)\n"
        out += "Takes effect: \(version.effective.longForm)\n"
        if let summary = version.summary?.nilIfEmpty { out += "\n" + summary + "\n" }
        out += items.isEmpty ? "\nNo section changed.\n" : "\nChanged sections:\n"
        for item in items {
            out += "- \(item.title) (\(item.label)): \(link(item.path) + item.fragment)\n"
            for table in item.tables {
                if table.isOneOfSeveral { out += "  \(table.label):\n" }
                for line in table.columnChanges.map(\.line) + table.rows.map(\.line) { out += "  \(line)\n" }
            }
        }
        if let objection = statement.config.objectionText?.nilIfEmpty { out += "\nObjections:\n" + objection + "\n" }
        out += "\nEvery change: \(link(changesPath))\nThe new version: \(link(versionPath))\n"
        return out
    }
}
