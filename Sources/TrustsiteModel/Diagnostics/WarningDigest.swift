/// Warnings as a reader gets them. Warnings about the version in force, upcoming versions and anything that is not
/// a version file are listed in full; a warning repeated in a statement's archived versions (older than the one in
/// force: history nobody can change) with the same text is folded into one line at its newest location, saying how
/// many versions carry it and the first and last dates. Build, check and serve all print warnings through it.
public struct WarningDigest: Sendable {
    /// The warnings to print, sorted as `Diagnostics.sorted` sorts them.
    public private(set) var lines: [Diagnostic]
    /// Every warning found, folded or not.
    public let total: Int
    /// How many warnings repeated in archived versions were folded, and into how many lines.
    public private(set) var folded = (warnings: 0, lines: 0)

    /// Folds `warnings` (sorted or not); `inForce` is the date of the version in force of each statement, by slug.
    /// With `all`, nothing is folded.
    public init(_ warnings: [Diagnostic], inForce: [String: Day], all: Bool = false) {
        total = warnings.count
        guard !all else {
            lines = Self.sorted(warnings)
            return
        }
        var kept: [Diagnostic] = []
        var groups: [GroupKey: [(Day, Diagnostic)]] = [:]
        for warning in warnings {
            guard warning.severity == .warning, let (slug, date) = Self.version(warning.location.path),
                let current = inForce[slug], date < current
            else {
                kept.append(warning)
                continue
            }
            groups[GroupKey(slug: slug, message: warning.message), default: []].append((date, warning))
        }
        for found in groups.values {
            guard found.count > 1 else {
                kept += found.map(\.1)
                continue
            }
            let dates = Set(found.map(\.0)).sorted()
            // The newest location: the newest version, and in it the first place the warning is reported.
            let newest = found.filter { $0.0 == dates.last! }.map(\.1).min { $0.location < $1.location }!
            let versions = dates.count == 1 ? "" : " in \(dates.count) archived versions, \(dates.first!) to \(dates.last!)"
            let times = found.count == dates.count ? "" : "\(dates.count == 1 ? " " : "; ")\(found.count) times"
            kept.append(Diagnostic(.warning, newest.location, newest.message + " [repeated\(versions)\(times); --all-warnings lists each]"))
            folded = (folded.warnings + found.count, folded.lines + 1)
        }
        lines = Self.sorted(kept)
    }

    /// ", 12 warnings", with how many lines the archived ones were folded into; empty when there are none.
    public var summary: String {
        guard total > 0 else { return "" }
        let count = ", \(total) warning\(total == 1 ? "" : "s")"
        guard folded.lines > 0 else { return count }
        let lines = "\(folded.lines) line\(folded.lines == 1 ? "" : "s")"
        return count + " (\(folded.warnings) repeated in archived versions, folded into \(lines); "
            + "--all-warnings lists each)"
    }

    /// The statement and version of a version file's path (`…/<slug>/<YYYY-MM-DD>.md`), or nil for any other path.
    package static func version(_ path: String) -> (String, Day)? {
        let parts = path.split(separator: "/")
        guard parts.count >= 2, let name = parts.last, name.hasSuffix(".md"), let day = Day(String(name.dropLast(3))) else { return nil }
        return (String(parts[parts.count - 2]), day)
    }

    package static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { ($0.location, $0.severity.rawValue, $0.message) < ($1.location, $1.severity.rawValue, $1.message) }
    }

    private struct GroupKey: Hashable {
        package let slug: String
        package let message: String
    }
}
