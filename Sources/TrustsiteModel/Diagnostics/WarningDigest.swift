/// Warnings as a reader gets them. Warnings about the version in force, upcoming versions and anything that is not
/// a version file are listed in full, except that the same warning at many places of one file is one line, at its first
/// place, saying how many times and on which lines. A warning repeated in a statement's archived versions (older than
/// the one in force: history nobody can change) with the same text is folded into one line at its newest location:
/// the version in force's line when that carries it too, else its newest archived place; the line says how many
/// versions carry it and the first and last dates. Build, check and serve all print warnings through it.
public struct WarningDigest: Sendable {
    /// The warnings to print, sorted as `Diagnostics.sorted` sorts them.
    public private(set) var lines: [Diagnostic]
    /// Every warning found, folded or not.
    public let total: Int
    /// How many warnings repeated in archived versions were folded, and how many lines carry them.
    public private(set) var folded = (warnings: 0, lines: 0)
    /// How many warnings repeated within one file that is not archived were folded, and into how many lines.
    public private(set) var repeats = (warnings: 0, lines: 0)

    /// Folds `warnings` (sorted or not); `inForce` is the date of the version in force of each statement, by slug.
    /// With `all`, nothing is folded.
    public init(_ warnings: [Diagnostic], inForce: [String: Day], all: Bool = false) {
        total = warnings.count
        guard !all else {
            lines = Self.sorted(warnings)
            return
        }
        var kept: [Diagnostic] = []
        var archived: [GroupKey: [(Day, Diagnostic)]] = [:]
        var listed: [FileKey: [Diagnostic]] = [:]
        for warning in warnings {
            guard warning.severity == .warning else {
                kept.append(warning)
                continue
            }
            if let (slug, date) = Self.version(warning.location.path), let current = inForce[slug], date < current {
                archived[GroupKey(slug: slug, message: warning.message), default: []].append((date, warning))
            } else {
                listed[FileKey(path: warning.location.path, message: warning.message), default: []].append(warning)
            }
        }
        for (key, found) in listed {
            // The archived versions' copies of a warning the version in force still has are told on its line.
            var older: [(Day, Diagnostic)] = []
            if let (slug, date) = Self.version(key.path), inForce[slug] == date {
                older = archived.removeValue(forKey: GroupKey(slug: slug, message: key.message)) ?? []
            }
            guard found.count > 1 || !older.isEmpty else {
                kept += found
                continue
            }
            let first = found.min { $0.location < $1.location }!
            let notes = (found.count > 1 ? [Self.inThisFile(found)] : []) + (older.isEmpty ? [] : [Self.alsoIn(older)])
            kept.append(Self.folding(first, notes))
            if found.count > 1 { repeats = (repeats.warnings + found.count, repeats.lines + 1) }
            if !older.isEmpty { folded = (folded.warnings + older.count, folded.lines + 1) }
        }
        for found in archived.values {
            guard found.count > 1 else {
                kept += found.map(\.1)
                continue
            }
            let dates = Set(found.map(\.0)).sorted()
            // The newest location: the newest version, and in it the first place the warning is reported.
            let newest = found.filter { $0.0 == dates.last! }.map(\.1)
            let first = newest.min { $0.location < $1.location }!
            let note =
                dates.count == 1
                ? Self.inThisFile(newest)
                : "repeated in \(dates.count) archived versions, \(dates.first!) to \(dates.last!)"
                    + (found.count == dates.count ? "" : "; \(found.count) times")
            kept.append(Self.folding(first, [note]))
            folded = (folded.warnings + found.count, folded.lines + 1)
        }
        lines = Self.sorted(kept)
    }

    /// ", 12 warnings", with how many lines the folded ones were folded into; empty when there are none.
    public var summary: String {
        guard total > 0 else { return "" }
        return ", \(total) warning\(total == 1 ? "" : "s")" + note
    }

    /// " (790 repeated in archived versions, folded into 12 lines; …; --all-warnings lists each)", or nothing.
    public var note: String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts: [String] = []
        if folded.lines > 0 { parts.append("\(folded.warnings) repeated in archived versions, folded into \(count(folded.lines, "line"))") }
        if repeats.lines > 0 { parts.append("\(repeats.warnings) repeated within a file, folded into \(count(repeats.lines, "line"))") }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + "; --all-warnings lists each)"
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
        let slug: String
        let message: String
    }

    private struct FileKey: Hashable {
        let path: String
        let message: String
    }
}
