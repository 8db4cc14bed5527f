/// Random statements built from the pieces real ones use, plus the mistakes and edge cases the checks look for.
enum StatementGenerator {
    /// Front matter lines, valid and not.
    static let frontMatter = [
        "title: Privacy", "title: \"Quoted: yes\"", "title: [a, b]", "updated: 2024-01-01", "updated: 2024-13-01",
        "effective: 2023-01-01", "effective: 2025-01-01", "summary: Changed *this*.", "summary: [DATE]", "titel: typo",
        "summary: |\n  Two\n  lines", "a: &x 1", "b: *x", "c: *missing", "key: value: again", "\t- bad", "? complex\n: key",
    ]

    /// Body blocks, ordinary and odd.
    static let blocks = [
        "# Title", "## Scope", "## Scope {#scope}", "### Details {#scope}", "#### Skipped", "## Contact {#preamble}",
        "Text with [a link](#scope) and [another](#nowhere).", "See [terms](/other/#t) and [old](../other/2023-01-01.md#x).",
        "Effective [DATE], version {{ version }} {% if x %}.", "Raw <b>html</b> and <script>alert(1)</script>.",
        "<div onclick=\"x\">\nblock\n</div>", "[js](javascript:alert(1)) [JS](JaVaScRiPt:alert(1)) [tab](java&#9;script:alert(1))",
        "![img](javascript:alert(1)) <javascript:alert(1)> [ref][r]\n\n[r]: vbscript:x", "- one\n- two\n  - nested\n    > quoted",
        "1. first\n2. second", "> quote\n> > nested", "```\ncode {{ x }}\n```", "    indented code",
        "| a | b |\n| --- | :-: |\n| [c](#scope) | <i>d</i> |",
        "---", "Trailing spaces   \nand\ttabs", "*emphasis* **strong** `code` ***both***", "Unicode: café 日本語 🙂 \u{200B}",
    ]

    /// A statement of random front matter and blocks.
    static func statement(_ random: inout SeededGenerator) -> [UInt8] {
        var text = ""
        if Bool.random(using: &random) {
            text +=
                "---\n"
                + (0..<Int.random(in: 0...3, using: &random)).map { _ in frontMatter.randomElement(using: &random)! }.joined(
                    separator: "\n") + "\n---\n"
        }
        for _ in 0..<Int.random(in: 0...12, using: &random) { text += blocks.randomElement(using: &random)! + "\n\n" }
        return Array(text.utf8)
    }
}

/// Byte-level mutations of a statement.
enum Mutator {
    /// Fragments worth inserting anywhere.
    static let fragments = [
        "> ", "- ", "* ", "#", "{#", "}", "[", "](", ")", "`", "```", "<", ">", "---\n", "\n", "\r\n", "\r", "\t",
        "|", "{{", "}}", "{%", "&#0;", "\\", "*", "_", "![", "\u{FEFF}", "\u{0}", "\u{1B}", "é", "🙂",
    ]

    /// Applies one random mutation to `bytes`.
    static func mutate(_ bytes: inout [UInt8], _ random: inout SeededGenerator) {
        let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
        let length = bytes.isEmpty ? 0 : Int.random(in: 0...min(64, bytes.count - min(at, bytes.count - 1) - 1), using: &random)
        let end = min(bytes.count, at + length)
        switch Int.random(in: 0..<9, using: &random) {
        case 0: bytes.insert(contentsOf: Array(fragments.randomElement(using: &random)!.utf8), at: at)
        case 1: bytes.removeSubrange(at..<end)
        case 2: bytes.insert(contentsOf: Array(bytes[at..<end]), at: at)
        case 3: if at < bytes.count { bytes[at] = UInt8.random(in: 0...255, using: &random) }
        case 4:
            let repeated = String(
                repeating: ["> ", "- ", "*", "[", "  - ", "#"].randomElement(using: &random)!,
                count: Int.random(in: 0..<10, using: &random) == 0 ? 12_000 : Int.random(in: 1...400, using: &random))
            bytes.insert(contentsOf: Array(repeated.utf8), at: at)
        case 5: bytes.removeSubrange(at..<bytes.count)
        case 6: bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        case 7: bytes.insert(contentsOf: Array("\n## H {#scope}\n".utf8), at: at)
        default:
            bytes.insert(
                contentsOf: (0..<Int.random(in: 1...8, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }, at: at)
        }
    }
}
