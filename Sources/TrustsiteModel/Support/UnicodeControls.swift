/// Characters that are not shown as themselves: controls that XML forbids, C1 controls, and the bidirectional
/// controls that can make text (a URL, a heading) read differently from what it is.
package enum UnicodeControls {
    /// Embeddings, overrides and isolates (U+202A–202E, U+2066–2069): they reorder the text after them.
    package static func isBidiOverride(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The overrides, and the marks (U+200E, U+200F, U+061C) that only steer neighbouring text.
    package static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        isBidiOverride(scalar) || scalar.value == 0x200E || scalar.value == 0x200F || scalar.value == 0x061C
    }

    /// Not a character of XML 1.0: C0 controls but tab, line feed and carriage return, and U+FFFE, U+FFFF.
    package static func isXMLForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF
    }

    /// A control no page shows: C0 but tab and line feed, DEL, C1, and U+FFFE, U+FFFF (which XML forbids).
    package static func isHiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF
    }

    /// "the control character U+001B" or "the noncharacter U+FFFE": how messages name a hidden character.
    package static func described(_ scalar: Unicode.Scalar) -> String {
        (scalar.value >= 0xFFFE ? "the noncharacter " : "the control character ") + name(scalar)
    }

    /// `U+001B`: how messages name a character.
    package static func name(_ scalar: Unicode.Scalar) -> String {
        "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
    }
}
