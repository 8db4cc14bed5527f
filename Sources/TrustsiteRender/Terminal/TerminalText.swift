import TrustsiteModel

/// Text to print on a terminal, the one way text becomes terminal output: whatever is appended is shown with its
/// control characters (C0, DEL, C1) and bidirectional controls made visible (`^[` for ESC, `<U+202E>`), so content
/// cannot move the cursor, clear the screen, set the window title or reorder what is shown; only the styles trustsite
/// itself adds (`TerminalStyle`) reach the terminal as escape sequences.
public struct TerminalText: Sendable, Equatable, CustomStringConvertible {
    /// What to write to the terminal.
    public private(set) var rendered = ""

    /// Empty text.
    public init() {}

    /// `content` made visible; newlines stay line breaks unless `newlines` is false (then they show as `^J`).
    public init(_ content: some StringProtocol, newlines: Bool = true) { append(content, newlines: newlines) }

    /// Appends `content` made visible.
    public mutating func append(_ content: some StringProtocol, newlines: Bool = true) {
        rendered += Self.visible(content, newlines: newlines)
    }

    /// Appends one of trustsite's own styles.
    public mutating func append(_ style: TerminalStyle) { rendered += style.rawValue }

    /// Appends text that is already terminal text.
    public mutating func append(_ text: TerminalText) { rendered += text.rendered }

    /// Text made from terminal text by taking characters out (never by adding any).
    package init(safe rendered: String) { self.rendered = rendered }

    /// `rendered`.
    public var description: String { rendered }

    /// `text` with every character a terminal would act on, or that reorders text, spelt out; unchanged (and not
    /// copied) when it has none, as nearly all text does.
    public static func visible(_ text: some StringProtocol, newlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { isHidden($0, newlines: newlines) }) else { return String(text) }
        var out = ""
        for scalar in text.unicodeScalars {
            guard isHidden(scalar, newlines: newlines) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar.value {
            case 0..<0x20: out += "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
            case 0x7F: out += "^?"
            default: out += "<U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))>"
            }
        }
        return out
    }

    /// Whether `scalar` is a control character (C0 but the newline when `newlines`, DEL, C1) or a bidirectional
    /// control (embeddings, overrides, isolates, marks), or a line or paragraph separator.
    package static func isHidden(_ scalar: Unicode.Scalar, newlines: Bool) -> Bool {
        let v = scalar.value
        if v < 0x20 { return !(newlines && v == 0x0A) }
        if v < 0x7F { return false }
        return v <= 0x9F || UnicodeControls.isBidiControl(scalar) || v == 0x2028 || v == 0x2029
    }
}

/// The escape sequences trustsite itself writes: colours of the `diff` redline, and the progress line's return.
public enum TerminalStyle: String, Sendable {
    /// Back to plain text.
    case reset = "\u{1B}[0m"
    /// A header.
    case bold = "\u{1B}[1m"
    /// A section header of `diff`.
    case section = "\u{1B}[1;36m"
    /// Deleted words: red, struck through.
    case deleted = "\u{1B}[31;9m"
    /// Inserted words: green, underlined.
    case inserted = "\u{1B}[32;4m"
    /// Back to the start of the line, to rewrite a progress line.
    case lineStart = "\r"
}
