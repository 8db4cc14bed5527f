import TrustsiteModel

extension HiddenCharacterChecks {
    /// A warning at each character reference, in the body or the summary, that stands for a control character or a
    /// noncharacter the text then holds (a reference inside code stays as written and is left alone).
    package static func references(_ version: Version, into diagnostics: inout Diagnostics) {
        let source = version.source
        if source.body.utf8.contains(UInt8(ascii: "&")) {
            let text = { version.document.sections.map { $0.title + " " + $0.blocks.plainText }.joined(separator: " ") }
            for reference in found(in: source.body, holding: text) {
                diagnostics.warning(
                    SourceLocation(path: source.path, line: source.bodyLineOffset + reference.line, column: reference.column),
                    message(reference))
            }
        }
        if let summary = version.summary, summary.utf8.contains(UInt8(ascii: "&")), let at = source.frontMatter.locations["summary"] {
            for reference in found(in: summary, holding: { MarkdownParser.parseInlines(summary).plainText }) {
                diagnostics.warning(at, message(reference) + " (in 'summary')")
            }
        }
    }

    /// The references of `source` to a hidden control that `text()` (what `source` reads as) holds; the text is made
    /// only when there is such a reference, which is seldom.
    package static func found(in source: String, holding text: () -> String) -> [CharacterReference] {
        let references = CharacterReference.all(in: source).filter { UnicodeControls.isHiddenControl($0.scalar) }
        guard !references.isEmpty else { return [] }
        let held = Set(text().unicodeScalars.filter(UnicodeControls.isHiddenControl))
        return references.filter { held.contains($0.scalar) }
    }

    /// What a warning about `reference` says.
    package static func message(_ reference: CharacterReference) -> String {
        "'\(reference.text)' is \(UnicodeControls.described(reference.scalar)), which no page shows"
            + (UnicodeControls.isXMLForbidden(reference.scalar) ? " and XML forbids (the feeds replace it)" : "") + "; delete it"
    }
}
