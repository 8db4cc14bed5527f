/// A minimal, tolerant reader for the HTML trustsite itself generates (tests only): tags with double-quoted
/// attributes, comments, text and the entities `HTML.escape`/`HTML.href` produce (plus numeric references).
/// It can check nesting, drop or unwrap `<ins>`/`<del>` and give an element's text content.
enum HTMLText {
    enum Node: Equatable {
        /// `<name …>`; `raw` is the tag as written.
        case open(name: String, raw: String)
        /// `</name>`.
        case close(name: String, raw: String)
        /// `<br />`, `<hr>`, `<img …/>`…: a void or self-closed element.
        case void(name: String, raw: String)
        /// `<!-- … -->`.
        case comment(String)
        /// Text between tags, still escaped.
        case text(String)
        /// Something that is not our HTML (a stray `<`, an unterminated tag or comment).
        case junk(String)

        var raw: String {
            switch self {
            case .open(_, let r), .close(_, let r), .void(_, let r): return r
            case .comment(let c): return "<!--" + c + "-->"
            case .text(let t), .junk(let t): return t
            }
        }
    }

    static let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link", "wbr", "col", "source"]

    /// Splits `html` into nodes; concatenating their `raw` gives the input back.
    static func nodes(_ html: String) -> [Node] {
        var out: [Node] = []
        let s = Array(html.utf8)
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), quote = UInt8(ascii: "\"")
        var i = 0, textStart = 0
        func string(_ r: Range<Int>) -> String { String(decoding: s[r], as: UTF8.self) }
        func flushText(upTo end: Int) { if end > textStart { out.append(.text(string(textStart..<end))) } }
        func starts(_ p: StaticString, at k: Int) -> Bool {
            let n = p.utf8CodeUnitCount
            guard k + n <= s.count else { return false }
            for j in 0..<n where s[k + j] != p.utf8Start[j] { return false }
            return true
        }
        func isNameByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) }
        while i < s.count {
            guard s[i] == lt else { i += 1; continue }
            flushText(upTo: i)
            if starts("<!--", at: i) {
                var j = i + 4
                while j < s.count, !starts("-->", at: j) { j += 1 }
                if j >= s.count { out.append(.junk(string(i..<s.count))); i = s.count; textStart = i; continue }
                out.append(.comment(string(i + 4..<j)))
                i = j + 3
                textStart = i
                continue
            }
            let closing = i + 1 < s.count && s[i + 1] == slash
            let nameStart = closing ? i + 2 : i + 1
            var j = nameStart
            while j < s.count, isNameByte(s[j]) { j += 1 }
            guard j > nameStart else {
                out.append(.junk("<"))
                i += 1
                textStart = i
                continue
            }
            let name = string(nameStart..<j).lowercased()
            // Skip attributes, honouring double-quoted values.
            var quoted = false
            while j < s.count, quoted || s[j] != gt {
                if s[j] == quote { quoted.toggle() }
                j += 1
            }
            if j >= s.count { out.append(.junk(string(i..<s.count))); i = s.count; textStart = i; continue }
            let raw = string(i..<j + 1)
            if closing {
                out.append(.close(name: name, raw: raw))
            } else if s[j - 1] == slash || voidElements.contains(name) {
                out.append(.void(name: name, raw: raw))
            } else {
                out.append(.open(name: name, raw: raw))
            }
            i = j + 1
            textStart = i
        }
        flushText(upTo: s.count)
        return out
    }

    /// What is wrong with the nesting of `html`, empty when nothing is: unmatched or mismatched tags, stray
    /// `<` or `&`, and elements where HTML's content model forbids them (an `<ins>` directly inside a `<tr>`, a
    /// `<p>` inside an `<em>`, an `<ins>` inside a `<del>`…), which browsers would silently rearrange.
    static func nestingProblems(_ html: String) -> [String] {
        var problems: [String] = []
        var stack: [String] = []
        let blocks: Set<String> = [
            "p", "div", "section", "ul", "ol", "li", "table", "thead", "tbody", "tr", "td", "th",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
        ]
        let inlines: Set<String> = ["em", "strong", "a", "code", "ins", "del"]
        // Elements that may only appear directly inside one of these parents.
        let parents: [String: Set<String>] = [
            "li": ["ul", "ol"], "tr": ["thead", "tbody", "table"], "td": ["tr"], "th": ["tr"],
            "thead": ["table"], "tbody": ["table"],
        ]
        // Elements whose children must be elements of these kinds (text aside from whitespace is not allowed either).
        let children: [String: Set<String>] = [
            "ul": ["li"], "ol": ["li"], "table": ["thead", "tbody", "tr"],
            "thead": ["tr"], "tbody": ["tr"], "tr": ["td", "th"],
        ]
        func check(_ name: String, context: @autoclosure () -> String) {
            if let parent = stack.last, let allowed = children[parent], !allowed.contains(name) {
                problems.append("<\(name)> directly inside <\(parent)> \(context())")
            }
            if let allowed = parents[name], !allowed.contains(stack.last ?? "") {
                problems.append("<\(name)> inside <\(stack.last ?? "(top)")> \(context())")
            }
            if blocks.contains(name) || name == "hr", let inline = stack.last(where: { inlines.contains($0) }) {
                // An inserted or deleted thematic break is `<ins><hr /></ins>`: allowed (ins/del are transparent).
                if !(name == "hr" && (inline == "ins" || inline == "del") && stack.last == inline) {
                    problems.append("block <\(name)> inside inline <\(inline)> \(context())")
                }
            }
            if blocks.contains(name) || name == "hr",
                let phrasing = stack.last(where: { ["p", "h1", "h2", "h3", "h4", "h5", "h6"].contains($0) })
            {
                problems.append("block <\(name)> inside <\(phrasing)> \(context())")
            }
            if name == "a", stack.contains("a") { problems.append("<a> inside <a> \(context())") }
            if (name == "ins" || name == "del"), let marker = stack.last(where: { $0 == "ins" || $0 == "del" }) {
                problems.append("<\(name)> inside <\(marker)> \(context())")
            }
        }
        // Per open table: the widest header row and each body row's cell count (no row may be wider than the head).
        var tables: [(head: Int, rows: [Int])] = []
        var cells = 0
        let all = nodes(html)
        for (k, node) in all.enumerated() {
            // Made only for a problem: joining the neighbours of every node cost a tenth of the corpus round trip.
            var context: String { "near “" + all[max(0, k - 3)..<min(all.count, k + 3)].map(\.raw).joined() + "”" }
            switch node {
            case .open(let name, _):
                check(name, context: context)
                stack.append(name)
                switch name {
                case "table": tables.append((0, []))
                case "tr": cells = 0
                case "td", "th": cells += 1
                default: break
                }
            case .void(let name, _):
                check(name, context: context)
            case .close(let name, _):
                if name == "tr", !tables.isEmpty {
                    if stack.contains("thead") {
                        tables[tables.count - 1].head = max(tables[tables.count - 1].head, cells)
                    } else {
                        tables[tables.count - 1].rows.append(cells)
                    }
                }
                if name == "table", let table = tables.popLast(), let widest = table.rows.max(), widest > table.head {
                    problems.append("a table row has \(widest) cells but the head only \(table.head) \(context)")
                }
                if stack.last == name {
                    stack.removeLast()
                } else {
                    problems.append("</\(name)> closes <\(stack.last ?? "nothing")> \(context)")
                    if let at = stack.lastIndex(of: name) { stack.removeSubrange(at...) }
                }
            case .text(let t):
                if let parent = stack.last, children[parent] != nil, t.contains(where: { !$0.isWhitespace }) {
                    problems.append("text directly inside <\(parent)> \(context)")
                }
                if let bad = badEntity(t) { problems.append("stray '&' (\(bad)) \(context)") }
                if t.utf8.contains(UInt8(ascii: ">")) { problems.append("stray '>' \(context)") }
            case .junk(let j):
                problems.append("not HTML: \(j.prefix(40)) \(context)")
            case .comment:
                break
            }
        }
        if !stack.isEmpty { problems.append("unclosed: " + stack.map { "<\($0)>" }.joined()) }
        return problems
    }

    /// `html` without the `name` elements and everything inside them.
    static func removingElements(_ name: String, from html: String) -> String {
        var out = ""
        var depth = 0
        for node in nodes(html) {
            switch node {
            case .open(name, _): depth += 1
            case .close(name, _): depth = max(0, depth - 1)
            default: if depth == 0 { out += node.raw }
            }
        }
        return out
    }

    /// `html` with the `name` tags removed and their contents kept.
    static func unwrapping(_ name: String, in html: String) -> String {
        nodes(html).map { node -> String in
            switch node {
            case .open(name, _), .close(name, _): return ""
            default: return node.raw
            }
        }.joined()
    }

    /// The older side of a redline: insertions dropped, deletions kept.
    static func oldSide(_ html: String) -> String { unwrapping("del", in: removingElements("ins", from: html)) }

    /// The newer side of a redline: deletions dropped, insertions kept.
    static func newSide(_ html: String) -> String { unwrapping("ins", in: removingElements("del", from: html)) }

    /// The text content: comments and tags dropped, entities decoded, whitespace runs collapsed to one space, trimmed.
    static func text(_ html: String) -> String {
        var out = ""
        for case .text(let t) in nodes(html) { out += decode(t) }
        return collapse(out)
    }

    /// Runs of whitespace as one space, without leading or trailing whitespace.
    static func collapse(_ s: String) -> String {
        // By scalar, not Character: grapheme breaking made this a sixth of the corpus round trip in a debug build.
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if scalar.value < 0x80 ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `html` holds `needle`: a byte search, as the standard library's generic one is slow in a debug build.
    static func contains(_ html: String, _ needle: String) -> Bool {
        var (haystack, needle) = (html, needle)
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                var i = 0
                while i + n.count <= h.count {
                    if h[i] == first {
                        var j = 1
                        while j < n.count, h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// How many `name` elements `html` has.
    static func count(_ name: String, in html: String) -> Int {
        nodes(html).filter { if case .open(name, _) = $0 { return true } else { return false } }.count
    }

    /// The text inside each `name` element, in order (e.g. every `<del>`'s words).
    static func texts(of name: String, in html: String) -> [String] {
        var out: [String] = []
        var depth = 0
        var current = ""
        for node in nodes(html) {
            switch node {
            case .open(name, _):
                if depth == 0 { current = "" }
                depth += 1
            case .close(name, _):
                depth -= 1
                if depth == 0 { out.append(text(current)) }
            default:
                if depth > 0 { current += node.raw }
            }
        }
        return out
    }

    /// Each top-level `<section … data-section="id">` element's inner HTML, by id.
    static func sections(_ html: String) -> [String: String] {
        var out: [String: String] = [:]
        var depth = 0
        var id: String?
        var inner = ""
        for node in nodes(html) {
            switch node {
            case .open("section", let raw) where depth == 0:
                id = attribute("data-section", in: raw)
                inner = ""
                depth = 1
            case .open("section", _):
                depth += 1
                inner += node.raw
            case .close("section", _) where depth == 1:
                if let id { out[id] = inner }
                depth = 0
            case .close("section", _):
                depth -= 1
                inner += node.raw
            default:
                if depth > 0 { inner += node.raw }
            }
        }
        return out
    }

    /// The decoded value of `name="…"` in a tag.
    static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return decode(String(rest[..<end]))
    }

    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    /// Decodes `&amp;` `&lt;` `&gt;` `&quot;` `&#39;` `&#x27;` and other numeric references.
    static func decode(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            if let semi = rest.prefix(12).firstIndex(of: ";"), let value = entity(rest[rest.index(after: rest.startIndex)..<semi]) {
                out += value
                rest = rest[rest.index(after: semi)...]
            } else {
                out += "&"
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }

    static func entity(_ body: Substring) -> String? {
        if let named = named[String(body)] { return named }
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }

    /// The first `&` in `text` that does not start a known entity, with what follows it.
    static func badEntity(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return nil }
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            let tail = rest[amp...]
            if let semi = tail.prefix(12).firstIndex(of: ";"), entity(tail[tail.index(after: tail.startIndex)..<semi]) != nil {
                rest = tail[tail.index(after: semi)...]
            } else {
                return String(tail.prefix(12))
            }
        }
        return nil
    }
}
