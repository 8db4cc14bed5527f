import TrustsiteModel

/// One piece of a version's body as the checks see it, in reading order.
package struct BodyPiece {
    /// What the piece is.
    package enum Kind {
        /// Visible text (not code).
        case text(String)
        /// A link's target.
        case link(String)
        /// Raw HTML, inline or a whole block (its literal).
        case html(String)
    }

    /// What the piece is.
    package var kind: Kind
    /// Index of the leaf block (paragraph, heading, table, HTML block) it belongs to.
    package var leaf: Int
}

/// Walks a parsed body into `BodyPiece`s: headings, paragraphs, nested lists and quotes, and table cells alike.
package struct BodyWalk {
    /// The pieces found so far.
    private(set) var pieces: [BodyPiece] = []
    /// The index of the leaf block being walked.
    private var leaf = 0

    /// The pieces of every section of `document`, in document order.
    package static func pieces(_ document: SectionedDocument) -> [BodyPiece] {
        var walk = BodyWalk()
        for section in document.sections {
            if let heading = section.heading { walk.leafBlock { $0.add(heading.content) } }
            walk.add(section.blocks)
        }
        return walk.pieces
    }

    /// Adds blocks; nesting is bounded by the parser's depth cap.
    package mutating func add(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines): leafBlock { $0.add(inlines) }
            case .heading(let heading): leafBlock { $0.add(heading.content) }
            case .blockQuote(let children): add(children)
            case .list(_, let items): for item in items { add(item) }
            case .html(let literal): leafBlock { $0.pieces.append(BodyPiece(kind: .html(literal), leaf: $0.leaf)) }
            case .table(let table):
                leafBlock { walk in
                    for cell in table.header { walk.add(cell) }
                    for row in table.rows { for cell in row { walk.add(cell) } }
                }
            case .codeBlock, .thematicBreak: break
            }
        }
    }

    /// Adds inline content.
    package mutating func add(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let s): pieces.append(BodyPiece(kind: .text(s), leaf: leaf))
            case .html(let s): pieces.append(BodyPiece(kind: .html(s), leaf: leaf))
            case .emphasis(let c), .strong(let c), .superscript(let c), .subscript(let c): add(c)
            case .link(let url, _, let c):
                pieces.append(BodyPiece(kind: .link(url), leaf: leaf))
                add(c)
            case .image(let url, _, let alt):
                pieces.append(BodyPiece(kind: .link(url), leaf: leaf))
                add(alt)
            case .code, .softBreak, .lineBreak: break
            }
        }
    }

    /// Runs `body` as one leaf block.
    private mutating func leafBlock(_ body: (inout BodyWalk) -> Void) {
        body(&self)
        leaf += 1
    }
}
