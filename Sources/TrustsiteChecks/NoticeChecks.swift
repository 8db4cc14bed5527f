import TrustsiteModel

/// The notice rules of material changes: a material version is announced at least `notice_days` before it takes effect,
/// and a statement that classifies its changes says the class of its newest and upcoming versions.
extension ContentChecks {
    /// Errors for material versions announced too late, and warnings for versions that need a `change` and have none.
    package static func checkNotices(_ statement: Statement, into diagnostics: inout Diagnostics) {
        if let needed = statement.config.noticeDays {
            for version in statement.versions where version.change == .material {
                checkNoticePeriod(version, needs: needed, into: &diagnostics)
            }
        }
        // Only a statement that uses classes (or requires notice) is asked for them: a site that never classifies its
        // changes is not told about each statement.
        guard statement.classifiesChanges else { return }
        for i in statement.versions.indices where statement.versions[i].change == nil {
            let newest = i == statement.versions.count - 1
            guard newest || statement.isUpcoming(i) else { continue }
            diagnostics.warning(
                SourceLocation(path: statement.versions[i].source.path, line: 1, column: 1),
                "\(newest ? "the newest" : "an upcoming") version has no 'change'; add 'change: material', 'change: minor' or "
                    + "'change: editorial' to its front matter, so notices and the material-changes feeds can say what kind of change it is"
            )
        }
    }

    /// The error for a material `version` whose notice (effective − announced) is shorter than `needs` days.
    package static func checkNoticePeriod(_ version: Version, needs: Int, into diagnostics: inout Diagnostics) {
        let has = version.announced.days(to: version.effective)
        guard has < needs else { return }
        let frontMatter = version.source.frontMatter
        let location =
            frontMatter.locations["effective"] ?? frontMatter.locations["updated"] ?? frontMatter.locations["change"]
            ?? SourceLocation(path: version.source.path, line: 1, column: 1)
        let dayWord = { (n: Int) in n == 1 ? "1 day" : "\(n) days" }
        diagnostics.error(
            location,
            "material change takes effect \(version.effective) with \(dayWord(has)) of notice (announced \(version.announced)), "
                + "but notice_days requires \(dayWord(needs)); set 'effective: \(version.announced.adding(days: needs))' or later, "
                + "or announce it earlier")
    }
}
