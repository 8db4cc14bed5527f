/// Warnings for characters that do not show as themselves: a bidirectional override in a statement's folder name (its
/// URLs would read differently from where they lead) or in a heading (it would read in another order than written),
/// and control characters written as character references (`&#1;`), which no page shows and XML forbids (the feeds
/// replace them).
enum HiddenCharacterChecks {
    /// Checks `statement`'s folder name and every version's headings and character references.
    static func run(_ statement: Statement, into diagnostics: inout Diagnostics) {
        if let bidi = statement.slug.unicodeScalars.first(where: UnicodeControls.isBidiOverride), let first = statement.versions.first {
            let path = first.source.path
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? path
            diagnostics.warning(
                SourceLocation(path: folder),
                "statement folder name contains \(UnicodeControls.name(bidi)), a bidirectional override: its URLs would read "
                    + "differently from where they lead; rename the folder without it")
        }
        for version in statement.versions {
            headings(version, into: &diagnostics)
            references(version, into: &diagnostics)
        }
    }

    /// A warning for each heading (or its `{#id}`) that holds a bidirectional override.
    static func headings(_ version: Version, into diagnostics: inout Diagnostics) {
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

    /// A warning at each character reference that stands for a control character the page text holds.
    static func references(_ version: Version, into diagnostics: inout Diagnostics) {
        let body = version.source.body
        guard body.utf8.contains(UInt8(ascii: "&")) else { return }
        var held = Set<Unicode.Scalar>()
        for section in version.document.sections {
            for scalar in (section.title + " " + section.blocks.plainText).unicodeScalars where UnicodeControls.isHiddenControl(scalar) {
                held.insert(scalar)
            }
        }
        guard !held.isEmpty else { return }
        for reference in CharacterReference.all(in: body) where held.contains(reference.scalar) {
            diagnostics.warning(
                SourceLocation(path: version.source.path, line: version.source.bodyLineOffset + reference.line, column: reference.column),
                "'\(reference.text)' is \(UnicodeControls.described(reference.scalar)), which no page shows"
                    + (UnicodeControls.isXMLForbidden(reference.scalar) ? " and XML forbids (the feeds replace it)" : "") + "; delete it")
        }
    }
}
