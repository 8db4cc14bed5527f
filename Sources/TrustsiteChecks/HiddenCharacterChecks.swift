import TrustsiteModel

/// Warnings for characters that do not show as themselves: a bidirectional override or an invisible character in a
/// statement's folder name (its URLs would read differently from where they lead), a bidirectional override in a
/// heading (it would read in another order than written), and control characters written as character references
/// (`&#1;`), which no page shows and XML forbids (the feeds replace them).
package enum HiddenCharacterChecks {
    /// Checks `statement`'s folder name and every version's headings and character references.
    package static func run(_ statement: Statement, into diagnostics: inout Diagnostics) {
        if let hidden = statement.slug.unicodeScalars.first(where: Self.isHiddenInName), let first = statement.versions.first {
            let path = first.source.path
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? path
            let what = UnicodeControls.isBidiOverride(hidden) ? "a bidirectional override" : "an invisible character"
            diagnostics.warning(
                SourceLocation(path: folder),
                "statement folder name contains \(UnicodeControls.name(hidden)), \(what): its URLs would read "
                    + "differently from where they lead; rename the folder without it")
        }
        for version in statement.versions {
            headings(version, into: &diagnostics)
            references(version, into: &diagnostics)
        }
    }

    /// A warning for each heading (or its `{#id}`) that holds a bidirectional override.
    package static func headings(_ version: Version, into diagnostics: inout Diagnostics) {
        var lines: [Substring]?
        for section in version.document.sections {
            guard let heading = section.heading else { continue }
            let text = section.title + (heading.explicitID ?? "")
            guard let bidi = text.unicodeScalars.first(where: UnicodeControls.isBidiOverride) else { continue }
            // Point at the character itself when the source has it as written, else at the heading.
            if lines == nil { lines = version.source.body.split(separator: "\n", omittingEmptySubsequences: false) }
            var column = heading.column
            let index = heading.line - version.source.bodyLineOffset - 1
            if let lines, lines.indices.contains(index), let found = lines[index].unicodeScalars.firstIndex(of: bidi) {
                column = lines[index].utf8.distance(from: lines[index].startIndex, to: found) + 1
            }
            diagnostics.warning(
                SourceLocation(path: version.source.path, line: heading.line, column: column),
                "heading contains \(UnicodeControls.name(bidi)), a bidirectional override: the heading would read in "
                    + "another order than it is written, on its page, in the table of contents and in redlines; delete it")
        }
    }

    /// A character a URL would not show as itself: a bidirectional override, a format character (zero-width space,
    /// joiner, soft hyphen), a C1 control or a noncharacter.
    package static func isHiddenInName(_ scalar: Unicode.Scalar) -> Bool {
        UnicodeControls.isBidiOverride(scalar) || scalar.properties.generalCategory == .format || UnicodeControls.isHiddenControl(scalar)
    }
}
