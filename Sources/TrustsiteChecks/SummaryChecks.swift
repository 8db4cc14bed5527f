import TrustsiteModel

extension ContentChecks {
    /// An empty `summary:` (the placeholder `trustsite new` writes): an error on the newest version that is not a draft,
    /// which is the one a build would publish as the latest change, so a forgotten summary is never published; a
    /// warning on any other version (archived history should not stop a build, and a draft is not published yet).
    package static func checkEmptySummary(_ statement: Statement, _ i: Int, into diagnostics: inout Diagnostics) {
        let frontMatter = statement.versions[i].source.frontMatter
        guard frontMatter.hasEmptySummary, let at = frontMatter.locations["summary"] else { return }
        if i == statement.versions.lastIndex(where: { !$0.isDraft }) {
            diagnostics.error(at.withColumn(1), emptySummaryError)
        } else {
            diagnostics.warning(at.withColumn(1), emptySummaryWarning)
        }
    }

    /// The error on the newest version's empty summary.
    package static let emptySummaryError =
        "'summary' is empty: write what changed in this version (one paragraph of Markdown) before it is published"

    /// The warning on any other version's empty summary.
    package static let emptySummaryWarning = "'summary' is empty: write what changed in this version, or delete the line"
}
