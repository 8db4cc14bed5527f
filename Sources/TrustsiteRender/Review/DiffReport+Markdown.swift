import TrustsiteModel

/// `trustsite diff --format markdown`: GitHub-flavoured Markdown to post as a pull-request comment, always within
/// GitHub's comment limit.
extension DiffReport {
    /// The most characters GitHub takes in a comment.
    public static let commentLimit = 65_536

    /// The hidden first line by which a workflow finds its earlier comment to update it in place.
    public static let commentMarker = "<!-- trustsite-diff -->"

    /// The reports as one comment. When the whole redline is too long, unchanged paragraphs are left out first, then
    /// sections are only listed with their word counts; the comment says so and points to each report's `changesURL`.
    public static func markdown(_ reports: [DiffReport], limit: Int = commentLimit) -> String {
        // A margin for the workflow's own lines and for counting differences (GitHub counts characters).
        let budget = limit - 1_000
        var text = ""
        for detail in ReviewMarkdown.Detail.allCases {
            text = ReviewMarkdown(detail: detail, listLimit: nil).comment(reports)
            if text.unicodeScalars.count <= budget { return text }
        }
        // Even the list is too long: as many sections as fit, then how many more.
        var count = reports.reduce(0) { $0 + $1.changed.count }
        while count > 0 {
            count = count * 3 / 4
            text = ReviewMarkdown(detail: .list, listLimit: count).comment(reports)
            if text.unicodeScalars.count <= budget { return text }
        }
        return text
    }
}

/// Writes the comment at one level of detail.
struct ReviewMarkdown {
    enum Detail: CaseIterable {
        /// Every changed section's redline, unchanged paragraphs folded.
        case full
        /// Changed paragraphs only.
        case changesOnly
        /// Changed paragraphs of the sections in both versions; sections added or removed whole only listed.
        case wholeAsList
        /// The changed sections as a list with counts.
        case list
    }

    var detail: Detail
    /// The most sections listed (in `list`), nil for all.
    var listLimit: Int?

    func comment(_ reports: [DiffReport]) -> String {
        var out = DiffReport.commentMarker + "\n"
        if reports.isEmpty { out += "No version changed.\n" }
        var listed = 0
        for report in reports {
            out += "\n" + header(report)
            switch detail {
            case .full, .changesOnly:
                if detail == .changesOnly && !report.changed.isEmpty {
                    out += "\n_Unchanged paragraphs are left out so that the redline fits in one comment._\n"
                }
                for section in report.changed { out += "\n" + sectionText(section) }
            case .wholeAsList:
                let whole = report.changed.filter { $0.kind == .added || $0.kind == .removed }
                out += "\n_Unchanged paragraphs are left out, and sections added or removed whole are only listed, so that the"
                out += " redline fits in one comment._" + (report.changesURL.map { " [Read it all on the site](\($0))." } ?? "") + "\n"
                let list = whole.map(listLine).joined(separator: "\n") + "\n"
                if whole.count > 10 {
                    out += "\n<details><summary>\(whole.count) sections added or removed whole</summary>\n\n" + list + "\n</details>\n"
                } else if !whole.isEmpty {
                    out += "\n" + list
                }
                for section in report.changed where section.kind != .added && section.kind != .removed {
                    out += "\n" + sectionText(section)
                }
            case .list:
                out += "\n_The redline is longer than one comment can hold: the changed sections are listed only._"
                out += report.changesURL.map { " [Read the redline on the site](\($0)).\n" } ?? "\n"
                out += "\n"
                for section in report.changed {
                    if let listLimit, listed >= listLimit { break }
                    out += listLine(section) + "\n"
                    listed += 1
                }
            }
        }
        if let listLimit {
            let all = reports.reduce(0) { $0 + $1.changed.count }
            if all > listLimit { out += "\n_…and \(all - listLimit) more changed sections._\n" }
        }
        return out
    }

    func header(_ report: DiffReport) -> String {
        let title = MarkdownText.inline(report.new.title)
        let slug = report.statement.map { " (`\($0)`)" } ?? ""
        var out = "### \(title)\(slug): \(report.old.date) → \(report.new.date)\n\n"
        out +=
            "`\(report.old.path.replacingOccurrences(of: "`", with: "'"))` → `\(report.new.path.replacingOccurrences(of: "`", with: "'"))`"
        if let url = report.changesURL, detail != .list { out += " · [changes page](\(url))" }
        out += "\n\n| | Before | After |\n|---|---|---|\n"
        out += "| Updated | \(report.old.updated) | \(report.new.updated) |\n"
        out += "| Effective | \(report.old.effective) | \(report.new.effective) |\n"
        for change in report.frontMatter where change.key != "updated" && change.key != "effective" {
            out += "| `\(change.key)` | \(MarkdownText.inline(change.old)) | \(MarkdownText.inline(change.new)) |\n"
        }
        let counts = ChangeKind.allCases.map { kind in "\(kind.label) \(report.count(kind))" }
        out += "\n**Sections:** " + counts.joined(separator: " · ") + "\n"
        if report.isEmpty { out += "\nNothing changed.\n" }
        return out
    }

    func sectionText(_ section: DiffReport.SectionReport) -> String {
        var out = "#### \(section.kind.label): \(MarkdownText.inline(section.title))\n"
        var notes = section.notes
        if section.change.renamed, let old = section.old { notes.insert("renamed from “\(old.displayTitle)”", at: 0) }
        if section.change.levelChanged, let a = section.old, let b = section.new { notes.append("heading level H\(a.level) → H\(b.level)") }
        if !notes.isEmpty { out += "\n_" + notes.map { MarkdownText.inline($0) }.joined(separator: " · ") + "_\n" }
        // The section's own heading is the title above.
        var blocks = section.blocks
        if let first = blocks.first, case .heading = first.kind { blocks.removeFirst() }
        let body = ReviewMarkdownBody(folding: detail == .full).text(blocks)
        guard body.unicodeScalars.count > 3_000 else { return out + "\n" + body }
        let (ins, del) = ReviewMarkdownBody.wordCounts(section.blocks)
        return out + "\n<details><summary>Show this long section’s redline (\(ins) words inserted, \(del) deleted)</summary>\n\n" + body
            + "\n</details>\n"
    }

    func listLine(_ section: DiffReport.SectionReport) -> String {
        let (ins, del) = ReviewMarkdownBody.wordCounts(section.blocks)
        var line = "- **\(section.kind.label)** \(MarkdownText.inline(section.title))"
        if section.change.renamed, let old = section.old { line += " (was “\(MarkdownText.inline(old.displayTitle))”)" }
        switch section.kind {
        case .added: line += " — \(ins) words"
        case .removed: line += " — \(del) words"
        default: if ins + del > 0 { line += " — \(ins) words inserted, \(del) deleted" }
        }
        return line
    }
}
