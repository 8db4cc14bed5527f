import Foundation

/// The raw inline HTML kept even when raw HTML is off, as GitHub keeps it: `<br>` (a line break) and `<sup>`/`<sub>`
/// pairs, always without their attributes. Everything else is omitted with a warning.
package enum SafeInlineHTML {
    /// What an allowed tag does.
    package enum Tag: Equatable {
        case lineBreak
        case open(Script)
        case close(Script)
    }

    /// The element a `<sup>` or `<sub>` pair makes.
    package enum Script: Equatable {
        case superscript, `subscript`

        package func wrap(_ children: [Inline]) -> Inline {
            self == .superscript ? .superscript(children) : .subscript(children)
        }
    }

    /// The allowed tag `html` is (any attributes ignored), or nil.
    package static func tag(_ html: String) -> Tag? {
        let bytes = Array(html.utf8)
        guard bytes.count >= 4, bytes.first == UInt8(ascii: "<"), bytes.last == UInt8(ascii: ">") else { return nil }
        let closing = bytes[1] == UInt8(ascii: "/")
        var i = closing ? 2 : 1
        let start = i
        while i < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[i] | 0x20) { i += 1 }
        let name = String(decoding: bytes[start..<i], as: UTF8.self)
        // After the name: the end, a `/`, or white space (before attributes, which are dropped).
        guard i < bytes.count, [UInt8(ascii: ">"), UInt8(ascii: "/"), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) else { return nil }
        switch (name.lowercased(), closing) {
        case ("br", false): return .lineBreak
        case ("sup", false): return .open(.superscript)
        case ("sub", false): return .open(.subscript)
        case ("sup", true): return .close(.superscript)
        case ("sub", true): return .close(.subscript)
        default: return nil
        }
    }

    /// `inlines` with each `<sup>`/`<sub>` pair of siblings (their tags at `tags`' indices) made one element; returns
    /// the indices (into `inlines`) of the tags left without a partner, which stay raw HTML.
    package static func pair(_ inlines: [Inline], tags: [Int: Script]) -> (inlines: [Inline], unpaired: [Int]) {
        guard !tags.isEmpty else { return (inlines, []) }
        var out: [Inline] = []
        // Open tags waiting for their close: the script, where the tag stands in `out`, and its index in `inlines`.
        var open: [(script: Script, at: Int, source: Int)] = []
        var unpaired: [Int] = []
        for (index, inline) in inlines.enumerated() {
            guard let script = tags[index], case .html(let html) = inline, let tag = tag(html) else {
                out.append(inline)
                continue
            }
            if tag == .open(script) {
                open.append((script, out.count, index))
                out.append(inline)
            } else if let last = open.last, last.script == script {
                open.removeLast()
                let children = Array(out[(last.at + 1)...])
                out.removeSubrange(last.at...)
                out.append(script.wrap(children))
            } else {
                unpaired.append(index)
                out.append(inline)
            }
        }
        return (out, (unpaired + open.map(\.source)).sorted())
    }
}
