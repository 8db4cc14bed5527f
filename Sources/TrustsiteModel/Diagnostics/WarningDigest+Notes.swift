extension WarningDigest {
    /// `warning` with `notes` in brackets after its message, and the way to see every one of them.
    package static func folding(_ warning: Diagnostic, _ notes: [String]) -> Diagnostic {
        Diagnostic(.warning, warning.location, warning.message + " [\(notes.joined(separator: "; ")); --all-warnings lists each]")
    }

    /// "repeated 216 times in this file, on lines 12, 40, 77 and 207 more": the same warning at several places of one file.
    package static func inThisFile(_ found: [Diagnostic]) -> String {
        let lines = Set(found.map(\.location.line).filter { $0 > 0 }).sorted()
        let shown = lines.count <= 4 ? lines.map(String.init) : lines.prefix(3).map(String.init) + ["\(lines.count - 3) more"]
        let list = shown.count == 1 ? shown[0] : shown.dropLast().joined(separator: ", ") + " and " + shown.last!
        let on = lines.isEmpty ? "" : ", on line\(lines.count == 1 ? "" : "s") " + list
        return "repeated \(found.count) times in this file" + on
    }

    /// "also in 37 archived versions, 2015-03-02 to 2020-01-01": where the version in force's warning was before it.
    package static func alsoIn(_ older: [(Day, Diagnostic)]) -> String {
        let dates = Set(older.map(\.0)).sorted()
        let versions =
            dates.count == 1
            ? "also in the archived version of \(dates[0])" : "also in \(dates.count) archived versions, \(dates.first!) to \(dates.last!)"
        return versions + (older.count == dates.count ? "" : ", \(older.count) times")
    }
}
