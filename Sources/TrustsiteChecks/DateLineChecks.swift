import Foundation
import TrustsiteModel

/// Warnings for a body line that states the version's date ("Last updated: May 24, 2018", "Effective date: …") and
/// disagrees with the front matter (or the file name's date): one page would show two dates.
extension ContentChecks {
    /// Labels of a date line, lowercased, and whether each names the effective date (else the updated one).
    package static let dateLabels: [(String, Bool)] = [
        ("last updated", false), ("last modified", false), ("last revised", false), ("updated", false), ("revised", false),
        ("effective date", true), ("effective as of", true), ("effective", true),
    ]

    /// Checks the first lines of `version`'s body for a date line.
    package static func checkDateLines(_ version: Version, into diagnostics: inout Diagnostics) {
        for (n, raw) in version.source.body.leadingLines(60).enumerated() {
            let line = raw.drop { " #>*_".contains($0) }
            let lower = line.lowercased()
            guard let (label, isEffective) = dateLabels.first(where: { lower.hasPrefix($0.0) }) else { continue }
            let rest = line.dropFirst(label.count).drop { " :*_-–—".contains($0) }
            guard let (said, text) = Self.leadingDate(String(rest)) else { continue }
            let expected = isEffective ? version.effective : version.updated
            guard said != expected else { continue }
            let key = isEffective ? "effective" : "updated"
            let from = version.source.frontMatter.locations[key] != nil ? "its front matter's '\(key)'" : "the file name's date"
            // The version's own date is left out (its file name or front matter shows it), so the same stale line kept in
            // many archived versions reads the same and is folded into one warning.
            let column = raw.distance(from: raw.startIndex, to: raw.range(of: text)?.lowerBound ?? raw.startIndex) + 1
            diagnostics.warning(
                SourceLocation(path: version.source.path, line: version.source.bodyLineOffset + n + 1, column: column),
                "the text says '\(text)' (\(said)), which is not this version's '\(key)' date (\(from)); "
                    + "make them agree: set '\(key): \(said)' in the front matter, or correct the line")
            return
        }
    }

    package static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The date `text` starts with (`2018-05-24`, `May 24, 2018`, `May 24th 2018`, `24 May 2018`) and its words.
    package static func leadingDate(_ text: String) -> (Day, String)? {
        if text.count >= 10, let day = Day(text.prefix(10)) { return (day, String(text.prefix(10))) }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," }).prefix(3).map(String.init)
        guard tokens.count == 3 else { return nil }
        func month(_ word: String) -> Int? {
            let w = word.lowercased().trimmingCharacters(in: ["."])
            guard w.count >= 3 else { return nil }
            return months.firstIndex { $0.hasPrefix(w) }.map { $0 + 1 }
        }
        func number(_ word: String) -> Int? {
            Int(word.prefix { $0.isNumber })
        }
        guard let year = Int(tokens[2].prefix(4)), tokens[2].prefix(4).count == 4 else { return nil }
        let parts: (Int, Int)?
        if let m = month(tokens[0]), let d = number(tokens[1]) {
            parts = (m, d)
        } else if let d = number(tokens[0]), let m = month(tokens[1]) {
            parts = (m, d)
        } else {
            parts = nil
        }
        guard let (m, d) = parts, let day = Day(year: year, month: m, day: d) else { return nil }
        // The date as written, up to its year.
        guard let end = text.range(of: tokens[2].prefix(4)) else { return nil }
        return (day, String(text[..<end.upperBound]))
    }
}
