/// Writes aligned leaves as HTML. Elements are opened and closed by comparing the stack each piece needs with
/// the one that is open, so the output always nests correctly; `<del>`/`<ins>` sit inside leaf blocks only.
struct RedlineEmitter {
    enum Op { case equal, delete, insert }

    private(set) var html = ""
    private var containers: [Enclosure] = []
    private var run = 0

    /// Emits one leaf with each token's operation; `leafOp` marks a wholly inserted or deleted leaf.
    mutating func leaf(_ leaf: Leaf, containers target: [Enclosure], tokens: [(Token, Op)], leafOp: Op) {
        html += Self.transition(containers, target)
        containers = target
        html += leafOp == .equal ? leaf.open : Self.addClass(leafOp == .delete ? "redline-removed" : "redline-added", to: leaf.open)
        var open: [Enclosure] = []
        let owners = Self.owners(tokens)
        let markupOnly = Self.markupOnly(tokens)
        var previous: Op = .equal
        for (index, (token, op)) in tokens.enumerated() {
            if op != previous { run += 1 }
            previous = op
            var stack = token.inlines
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
    mutating func leaf(_ leaf: Leaf, containers target: [Enclosure], html content: String) {
        html += Self.transition(containers, target)
        containers = target
        html += leaf.open + content + leaf.close
    }

    /// Closes every open container.
    mutating func finish() {
        html += Self.transition(containers, [])
        containers = []
    }

    /// The closing and opening tags that lead from the open `stack` to `target`.
    static func transition(_ stack: [Enclosure], _ target: [Enclosure]) -> String {
        var common = 0
        while common < stack.count, common < target.count, stack[common].instance == target[common].instance { common += 1 }
        var out = ""
        for e in stack[common...].reversed() { out += e.close }
        for e in target[common...] { out += e.open }
        return out
    }

    /// For each token, whether its change keeps the text and alters only the markup around it (a link's target,
    /// emphasis): the struck and inserted text of its run of changes read the same, so the page must show what differs.
    static func markupOnly(_ tokens: [(Token, Op)]) -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        var start = 0
        while start < tokens.count {
            guard tokens[start].1 != .equal else {
                start += 1
                continue
            }
            var end = start
            var deleted = ""
            var inserted = ""
            while end < tokens.count, tokens[end].1 != .equal {
                if tokens[end].1 == .delete { deleted += tokens[end].0.html } else { inserted += tokens[end].0.html }
                end += 1
            }
            if !deleted.isEmpty, deleted == inserted {
                for i in start..<end { result[i] = true }
            }
            start = end
        }
        return result
    }

    /// For each inline element, the single operation of all tokens inside it, or nil when they are mixed.
    static func owners(_ tokens: [(Token, Op)]) -> [Int: Op?] {
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

    static func addClass(_ cls: String, to open: String) -> String {
        guard open.hasPrefix("<"), let end = open.firstIndex(of: ">") else { return open }
        return open[..<end] + " class=\"\(cls)\"" + open[end...]
    }
}
