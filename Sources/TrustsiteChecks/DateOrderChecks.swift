import TrustsiteModel

/// Warnings for a version whose `updated` or `effective` date is before the previous version's: the home page's
/// "Last updated" would go back in time, or the previous version would never take effect (the version in force is the
/// newest one whose `effective` date has come, `Statement.currentIndex`).
extension ContentChecks {
    /// Compares version `i`'s dates with version `i - 1`'s.
    package static func checkDateOrder(_ statement: Statement, _ i: Int, into diagnostics: inout Diagnostics) {
        let version = statement.versions[i], previous = statement.versions[i - 1]
        if version.updated < previous.updated {
            warnOutOfOrder("updated", version, previous, date: \.updated, into: &diagnostics)
        }
        // Without an `effective` key on either side the dates are the `updated` ones, compared already.
        let hasEffective = version.source.frontMatter.effective != nil || previous.source.frontMatter.effective != nil
        if hasEffective && version.effective < previous.effective {
            warnOutOfOrder("effective", version, previous, date: \.effective, into: &diagnostics)
        }
    }

    /// Warns at `key` of `version` when it sets one, else at `key` of `previous` (whose date is then the one too late).
    package static func warnOutOfOrder(
        _ key: String, _ version: Version, _ previous: Version, date: KeyPath<Version, Day>, into diagnostics: inout Diagnostics
    ) {
        let forward = "; versions must move forward in time"
        let never = { (which: String) in key == "effective" ? "; \(which) version would never take effect" : "" }
        let (new, old) = (version[keyPath: date], previous[keyPath: date])
        if let location = keyLocation(key, of: version) {
            diagnostics.warning(
                location,
                "'\(key): \(new)' is before the previous version's (\(previous.source.path), \(old))" + forward + never("the previous"))
        } else if let location = keyLocation(key, of: previous) {
            diagnostics.warning(
                location, "'\(key): \(old)' is after the next version's (\(version.source.path), \(new))" + forward + never("this"))
        }
    }

    /// Where `version`'s front matter sets the date `key` (`updated` or `effective`), when it does.
    package static func keyLocation(_ key: String, of version: Version) -> SourceLocation? {
        let frontMatter = version.source.frontMatter
        let isSet = key == "updated" ? frontMatter.updated != nil : frontMatter.effective != nil
        return isSet ? frontMatter.locations[key] : nil
    }
}
