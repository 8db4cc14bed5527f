@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Reads the visible words out of `cmark-gfm --to xml --sourcepos` output (see `ReferenceText` for what is visible).
/// The XML is cmark's own: one element per node, text escaped with `&lt;` `&gt;` `&amp;` `&quot;`, no CDATA.
struct CmarkXMLReader {
    var body = WordList()
    var title: WordList?

    /// Open elements, outermost first.
    private var stack: [String] = []
    /// Whether words now go to `title` (inside a leading H1).
    private var inTitle = false
    private var sawTopHeading = false
    /// The heading being read: its depth in `stack`, and the name of its last child element.
    private var heading: (depth: Int, lastChild: String)?
    private var line = 0
    private var decoded: [UInt8] = []
    private var rawHTML: [UInt8] = []

    /// Inline elements: a word may run across their edges. Every other element's edges end a word.
    static let inline: Set<String> = ["text", "code", "emph", "strong", "link", "html_inline", "custom_inline", "strikethrough"]
    /// Elements whose text is visible.
    static let visibleText: Set<String> = ["text", "code", "code_block"]

    mutating func read(_ xml: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = xml.count
        var textStart = 0
        while i < n {
            guard xml[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            content(xml, textStart..<i)
            var j = i + 1
            while j < n, xml[j] != UInt8(ascii: ">") { j += 1 }
            tag(xml, (i + 1)..<j)
            i = j + 1
            textStart = i
        }
        content(xml, textStart..<n)
        words { $0.separate() }
    }

    /// Changes the words being read: the title's inside a leading H1, else the body's (in place, never a copy).
    private mutating func words(_ change: (inout WordList) -> Void) {
        if inTitle, title != nil { change(&title!) } else { change(&body) }
    }

    private mutating func content(_ xml: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty, let leaf = stack.last else { return }
        if Self.visibleText.contains(leaf) {
            decoded.removeAll(keepingCapacity: true)
            CharacterReference.decode(xml, range, into: &decoded)
            let (text, at) = (decoded, line)
            text.withUnsafeBufferPointer { bytes in words { $0.append(bytes, line: at) } }
        } else if leaf == "html_inline" {
            CharacterReference.decode(xml, range, into: &rawHTML)
        }
    }

    private mutating func tag(_ xml: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard let first = range.first.map({ xml[$0] }), first != UInt8(ascii: "?"), first != UInt8(ascii: "!") else { return }
        let closing = first == UInt8(ascii: "/")
        let selfClosing = xml[range.upperBound - 1] == UInt8(ascii: "/")
        var k = closing ? range.lowerBound + 1 : range.lowerBound
        let nameStart = k
        while k < range.upperBound, xml[k] != 0x20, xml[k] != UInt8(ascii: "/") { k += 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: xml[nameStart..<k]), as: UTF8.self)
        if closing {
            close(name)
            return
        }
        let attributes = String(decoding: UnsafeBufferPointer(rebasing: xml[k..<range.upperBound]), as: UTF8.self)
        open(name, attributes)
        if selfClosing { close(name) }
    }

    private mutating func open(_ name: String, _ attributes: String) {
        if let from = attributes.range(of: "sourcepos=\"") {
            line = Int(attributes[from.upperBound...].prefix { $0.isNumber }) ?? line
        }
        if let h = heading, stack.count == h.depth + 1 { heading?.lastChild = name }
        if !Self.inline.contains(name) { words { $0.separate() } }
        if name == "html_inline" { rawHTML.removeAll(keepingCapacity: true) }
        if name == "heading" {
            heading = (stack.count, "")
            if stack.count == 1 && !sawTopHeading {
                sawTopHeading = true
                if attributes.contains("level=\"1\"") {
                    inTitle = true
                    title = WordList()
                }
            }
        }
        stack.append(name)
    }

    private mutating func close(_ name: String) {
        guard stack.last == name else { return }
        stack.removeLast()
        if name == "html_inline", Self.isLineBreak(rawHTML) { words { $0.separate() } }
        // Prose in angle brackets inline (`[<TikTok Law Enforcement Guidelines>](…)`) is text on the page.
        if name == "html_inline", case let text = String(decoding: rawHTML, as: UTF8.self), ProseTag.isProse(text) {
            let at = line
            words { $0.append(text, line: at) }
        }
        if !Self.inline.contains(name) { words { $0.separate() } }
        if name == "heading", let h = heading, h.depth == stack.count {
            // trustsite's documented `{#custom-id}` suffix sets the heading's id and is not shown.
            if h.lastChild == "text" { words { $0.removeTrailingID() } }
            heading = nil
            inTitle = false
        }
    }

    /// `<br>`, `<br/>` or `<br />`, in any case: the one raw tag that still shows (as a line break) without raw_html.
    static func isLineBreak(_ html: [UInt8]) -> Bool {
        let tag = String(decoding: html, as: UTF8.self).lowercased().filter { !$0.isWhitespace }
        return tag == "<br>" || tag == "<br/>"
    }
}

extension WordList {
    /// Drops a trailing `{#id}` (letters, digits, `-_:.`) from the last word, and the word when nothing else is left.
    mutating func removeTrailingID() {
        guard count > 0 else { return }
        let last = word(count - 1)
        guard last.hasSuffix("}"), let open = last.range(of: "{#", options: .backwards) else { return }
        let id = last[open.upperBound..<last.index(before: last.endIndex)]
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || "-_:.".contains($0) }) else { return }
        let kept = String(last[..<open.lowerBound])
        let line = lines[count - 1]
        removeWords(from: count - 1)
        append(kept, line: line)
        separate()
    }
}
