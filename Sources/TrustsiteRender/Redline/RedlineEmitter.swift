import TrustsiteModel

/// Writes aligned leaves as HTML. Elements are opened and closed by comparing the stack each piece needs with
/// the one that is open, so the output always nests correctly; `<del>`/`<ins>` sit inside leaf blocks only.
package struct RedlineEmitter {
    package enum Op { case equal, delete, insert }

    private(set) var html = ""
    private var containers: [Enclosure] = []
    private var run = 0

    /// Emits one leaf with each token's operation; `leafOp` marks a wholly inserted or deleted leaf.
    package mutating func leaf(_ leaf: Leaf, containers target: [Enclosure], tokens: [(Token, Op)], leafOp: Op) {
        html += Self.transition(containers, target)
        containers = target
        html += leafOp == .equal ? leaf.open : Self.addClass(leafOp == .delete ? "redline-removed" : "redline-added", to: leaf.open)
        var open: [Enclosure] = []
        let owners = Self.owners(tokens)
        let markupOnly = Self.markupOnly(tokens)
        var previous: (Op, Bool) = (.equal, false)
        for (index, (token, op)) in tokens.enumerated() {
            if op != previous.0 || markupOnly[index] != previous.1 { run += 1 }
            previous = (op, markupOnly[index])
            var stack = token.inlines
            if markupOnly[index] {
                // The link as written, not as rewritten for this page: a reader compares the two targets.
                stack = stack.map { Self.withSourceHref($0) }
            }
            if op != .equal {
                // The change marker goes around every element that holds nothing but this kind of change.
                var depth = stack.count
                while depth > 0, stack[depth - 1].column == nil, owners[stack[depth - 1].instance] == op { depth -= 1 }
                let tag = op == .delete ? "del" : "ins"
                let attributes = markupOnly[index] ? " class=\"markup-only\"" : ""
                let marker = Enclosure(open: "<\(tag)\(attributes)>", close: "</\(tag)>", instance: -run)
                stack.insert(marker, at: depth)
            }
            html += Self.transition(open, stack)
            open = stack
            html += token.html
        }
        html += Self.transition(open, [])
        html += leaf.close
    }

    /// Emits an unchanged leaf from its ready HTML.
    package mutating func leaf(_ leaf: Leaf, containers target: [Enclosure], html content: String) {
        html += Self.transition(containers, target)
        containers = target
        html += leaf.open + content + leaf.close
    }

    /// Closes every open container.
    package mutating func finish() {
        html += Self.transition(containers, [])
        containers = []
    }

    /// The closing and opening tags that lead from the open `stack` to `target`.
    package static func transition(_ stack: [Enclosure], _ target: [Enclosure]) -> String {
        let common = sharedDepth(stack, target)
        var out = ""
        for e in stack[common...].reversed() { out += e.close }
        for e in target[common...] { out += e.open }
        return out
    }

    /// How many outer elements two stacks share (the same instances, in order).
    package static func sharedDepth(_ a: [Enclosure], _ b: [Enclosure]) -> Int {
        var common = 0
        while common < a.count, common < b.count, a[common].instance == b[common].instance { common += 1 }
        return common
    }

    /// For each token, whether its change keeps the words and alters only the markup around them (a link's target,
    /// emphasis), so the page must show what differs: the whole run of changes when its struck and inserted text read
    /// the same, else each struck link whose words come back inserted in a link to another target.
    package static func markupOnly(_ tokens: [(Token, Op)]) -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        var start = 0
        while start < tokens.count {
            guard tokens[start].1 != .equal else {
                start += 1
                continue
            }
            // A run of changes also ends where a table cell does: each cell reads on its own.
            let column = tokens[start].0.inlines.first?.column
            var end = start
            while end < tokens.count, tokens[end].1 != .equal, tokens[end].0.inlines.first?.column == column { end += 1 }
            markRun(tokens, start..<end, into: &result)
            start = end
        }
        return result
    }

    private static func markRun(_ tokens: [(Token, Op)], _ run: Range<Int>, into result: inout [Bool]) {
        // Most runs only delete or only insert: nothing there can have kept its words.
        guard run.contains(where: { tokens[$0].1 == .delete }), run.contains(where: { tokens[$0].1 == .insert }) else { return }
        let text = { (op: Op) in run.filter { tokens[$0].1 == op }.map { tokens[$0].0.html }.joined() }
        if case let deleted = text(.delete), !deleted.isEmpty, deleted == text(.insert) {
            for i in run { result[i] = true }
            return
        }
        guard run.contains(where: { !tokens[$0].0.inlines.isEmpty }) else { return }
        // Each link in the run, in order: its side, its target as written, its words and its tokens.
        var links: [(op: Op, signature: String, text: String, tokens: [Int])] = []
        var byInstance: [Int: Int] = [:]
        for i in run {
            guard let link = tokens[i].0.inlines.first(where: { $0.signature.hasPrefix("<a ") }) else { continue }
            let key = link.instance * 2 + (tokens[i].1 == .delete ? 0 : 1)
            if let at = byInstance[key] {
                links[at].text += tokens[i].0.html
                links[at].tokens.append(i)
            } else {
                byInstance[key] = links.count
                links.append((tokens[i].1, link.signature, tokens[i].0.html, [i]))
            }
        }
        var used = Set<Int>()
        for struck in links where struck.op == .delete {
            guard
                let match = links.indices.first(where: {
                    !used.contains($0) && links[$0].op == .insert && links[$0].text == struck.text
                        && links[$0].signature != struck.signature
                })
            else { continue }
            used.insert(match)
            for i in struck.tokens + links[match].tokens { result[i] = true }
        }
    }

    /// A link's opening tag with the target as written in the Markdown in `data-href`, when the page rewrote it.
    package static func withSourceHref(_ e: Enclosure) -> Enclosure {
        guard e.open.hasPrefix("<a "), let source = HTML.attribute("href", in: e.signature), source != HTML.attribute("href", in: e.open)
        else { return e }
        var link = e
        link.open = "<a data-href=\"\(source)\" " + e.open.dropFirst(3)
        return link
    }

    /// For each inline element, the single operation of all tokens inside it, or nil when they are mixed.
    package static func owners(_ tokens: [(Token, Op)]) -> [Int: Op?] {
        var owners: [Int: Op?] = [:]
        for (token, op) in tokens {
            for e in token.inlines {
                if let existing = owners[e.instance] {
                    if existing != op { owners[e.instance] = .some(nil) }
                } else {
                    owners[e.instance] = op
                }
            }
        }
        return owners
    }

    package static func addClass(_ cls: String, to open: String) -> String {
        guard open.hasPrefix("<"), let end = open.firstIndex(of: ">") else { return open }
        return open[..<end] + " class=\"\(cls)\"" + open[end...]
    }
}
