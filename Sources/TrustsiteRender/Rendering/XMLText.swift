import TrustsiteModel

/// The XML files of the site (the Atom feeds, the sitemap) are made into pages here, and only here: characters that
/// XML 1.0 forbids (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF) make a feed reader reject the
/// whole file, so each is replaced by U+FFFD, wherever it came from (a character reference in a heading, an escape in
/// a YAML summary, `--base-url`). `ContentChecks` warns where content carries one.
package enum XMLText {
    /// `document` with every character XML forbids replaced by U+FFFD; the same string when it has none.
    package static func valid(_ document: String) -> String {
        guard document.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0xEF }),
            document.unicodeScalars.contains(where: UnicodeControls.isXMLForbidden)
        else { return document }
        var out = String.UnicodeScalarView()
        for scalar in document.unicodeScalars { out.append(UnicodeControls.isXMLForbidden(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }
}

extension OutputFile {
    /// An XML file of the site, made valid XML by `XMLText.valid`.
    package init(xml path: String, _ document: String) { self.init(path, XMLText.valid(document)) }
}
