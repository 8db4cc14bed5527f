import CCmark

/// Deep nesting (10,000 `>` or `*`) is valid Markdown that cmark parses without recursion, but Swift code that
/// walks `Block` and `Inline` trees recursively would overflow the stack. Beyond `maxDepth` levels the converter
/// flattens: nested containers become their leaf blocks in order, nested inlines become their plain text.
extension Converter {
    /// How many container levels the Swift tree may have; deeper content is flattened.
    package static let maxDepth = 200

    /// The leaf blocks under `parent` in document order, without the containers around them, found without recursion.
    package mutating func flattenedBlocks(of parent: OpaquePointer) -> [Block] {
        var out: [Block] = []
        var next = cmark_node_first_child(parent)
        while let node = next {
            let type = cmark_node_get_type(node)
            let isContainer = type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST || type == CMARK_NODE_ITEM
            if isContainer, let child = cmark_node_first_child(node) {
                next = child
                continue
            }
            if !isContainer { append(node, to: &out) }
            next = Self.following(node, within: parent)
        }
        return out
    }

    /// The visible text under an inline node, gathered with cmark's iterator instead of recursion.
    package static func plainText(of node: OpaquePointer) -> String {
        var out = ""
        guard let iterator = cmark_iter_new(node) else { return out }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                if let literal = cmark_node_get_literal(current) { out += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
            default: break
            }
        }
        return out
    }

    /// The node after `node` in document order once its subtree is done, staying inside `root`.
    package static func following(_ node: OpaquePointer, within root: OpaquePointer) -> OpaquePointer? {
        var current = node
        while current != root {
            if let sibling = cmark_node_next(current) { return sibling }
            guard let parent = cmark_node_parent(current) else { return nil }
            current = parent
        }
        return nil
    }
}
