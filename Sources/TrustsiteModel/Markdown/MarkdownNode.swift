/// A block of a parsed Markdown document: a Swift value copied out of cmark's tree.
public indirect enum Block: Hashable, Sendable {
    case paragraph([Inline])
    case heading(Heading)
    case blockQuote([Block])
    case list(ListStyle, items: [[Block]])
    case codeBlock(info: String, literal: String)
    case html(String)
    case thematicBreak
    case table(Table)
}

/// A heading with the position of its first character in the version file.
public struct Heading: Hashable, Sendable {
    /// 1...6.
    public var level: Int
    /// The heading's content, with any trailing `{#id}` removed.
    public var content: [Inline]
    /// The id given with a trailing `{#id}`, if any.
    public var explicitID: String?
    /// 1-based line in the version file.
    public var line: Int
    /// 1-based column in the version file.
    public var column: Int
}

/// How a list is numbered and spaced.
public struct ListStyle: Hashable, Sendable {
    /// Numbered list when true.
    public var ordered: Bool
    /// First number of an ordered list.
    public var start: Int
    /// Tight lists render items without `<p>`.
    public var tight: Bool
}

/// A GFM-style pipe table, recognised from a paragraph that cmark left as text.
public struct Table: Hashable, Sendable {
    /// Column alignment: nil, "left", "center" or "right".
    public var alignments: [String?]
    /// The header cells.
    public var header: [[Inline]]
    /// The body rows' cells.
    public var rows: [[[Inline]]]
}

/// Inline content of a block.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case code(String)
    case softBreak
    case lineBreak
    case html(String)
    case emphasis([Inline])
    case strong([Inline])
    /// `<sup>…</sup>` written as raw HTML, kept without attributes even when raw HTML is off.
    case superscript([Inline])
    /// `<sub>…</sub>` written as raw HTML, kept without attributes even when raw HTML is off.
    case `subscript`([Inline])
    case link(url: String, title: String, [Inline])
    case image(url: String, title: String, alt: [Inline])
}

extension Array where Element == Inline {
    /// The visible text, as a slug or a search index sees it.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    package func appendPlainText(to out: inout String) {
        for inline in self {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .softBreak, .lineBreak: out += " "
            case .html: break
            case .emphasis(let c), .strong(let c), .superscript(let c), .subscript(let c), .link(_, _, let c), .image(_, _, let c):
                c.appendPlainText(to: &out)
            }
        }
    }
}

extension Array where Element == Block {
    /// The visible text of blocks, separated by spaces.
    public var plainText: String {
        var out = ""
        for block in self {
            switch block {
            case .paragraph(let inlines): inlines.appendPlainText(to: &out)
            case .heading(let h): h.content.appendPlainText(to: &out)
            case .blockQuote(let children): out += children.plainText
            case .list(_, let items): for item in items { out += item.plainText + " " }
            case .codeBlock(_, let literal): out += literal
            case .html, .thematicBreak: break
            case .table(let t):
                for cell in t.header { cell.appendPlainText(to: &out); out += " " }
                for row in t.rows { for cell in row { cell.appendPlainText(to: &out); out += " " } }
            }
            out += " "
        }
        return out
    }
}
