import Foundation
import TrustsiteModel

/// `trustsite diff --format json`: a documented, stable shape (README, "Reviewing a change"); keys are only ever added.
extension DiffReport {
    /// The reports as one JSON document: `{"format": "trustsite-diff", "version": 1, "diffs": [...]}`.
    public static func json(_ reports: [DiffReport]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings, numbers and arrays cannot fail.
        let data = (try? encoder.encode(JSONDocument(diffs: reports.map(JSONDiff.init)))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

struct JSONDocument: Encodable {
    var format = "trustsite-diff"
    var version = 1
    var diffs: [JSONDiff]
}

struct JSONDiff: Encodable {
    struct Side: Encodable {
        var path, date, title, updated, effective: String
    }
    struct FrontMatterChange: Encodable {
        var key: String
        var old, new: String?
    }
    var statement: String?
    var old, new: Side
    var frontMatter: [FrontMatterChange]
    var counts: [String: Int]
    var sections: [JSONSection]

    enum CodingKeys: String, CodingKey { case statement, old, new, frontMatter = "front_matter", counts, sections }

    init(_ report: DiffReport) {
        statement = report.statement
        let side = { (s: DiffReport.Side) in
            Side(path: s.path, date: s.date.description, title: s.title, updated: s.updated.description, effective: s.effective.description)
        }
        (old, new) = (side(report.old), side(report.new))
        frontMatter = report.frontMatter.map { FrontMatterChange(key: $0.key, old: $0.oldValue, new: $0.newValue) }
        counts = Dictionary(
            uniqueKeysWithValues: ChangeKind.allCases.map { kind in (kind.rawValue, report.count(kind)) })
        sections = report.sections.map(JSONSection.init)
    }

    // A missing statement is written as null, so every key is always there.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(statement, forKey: .statement)
        try c.encode(old, forKey: .old)
        try c.encode(new, forKey: .new)
        try c.encode(frontMatter, forKey: .frontMatter)
        try c.encode(counts, forKey: .counts)
        try c.encode(sections, forKey: .sections)
    }
}

struct JSONSection: Encodable {
    var kind, lineage: String
    var oldID, newID, oldTitle, newTitle: String?
    var oldLevel, newLevel: Int?
    var notes: [String]
    var blocks: [JSONBlock]

    enum CodingKeys: String, CodingKey {
        case kind, lineage, notes, blocks
        case oldID = "old_id", newID = "new_id", oldTitle = "old_title", newTitle = "new_title"
        case oldLevel = "old_level", newLevel = "new_level"
    }

    init(_ s: DiffReport.SectionReport) {
        (kind, lineage, notes) = (s.kind.rawValue, s.lineage, s.notes)
        (oldID, newID, oldTitle, newTitle) = (s.old?.id, s.new?.id, s.old?.title, s.new?.title)
        (oldLevel, newLevel) = (s.old?.level, s.new?.level)
        blocks = s.blocks.map(JSONBlock.init)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(lineage, forKey: .lineage)
        try c.encode(oldID, forKey: .oldID)
        try c.encode(newID, forKey: .newID)
        try c.encode(oldTitle, forKey: .oldTitle)
        try c.encode(newTitle, forKey: .newTitle)
        try c.encode(oldLevel, forKey: .oldLevel)
        try c.encode(newLevel, forKey: .newLevel)
        try c.encode(notes, forKey: .notes)
        try c.encode(blocks, forKey: .blocks)
    }
}

struct JSONBlock: Encodable {
    struct Run: Encodable {
        var op, text: String
        var markupOnly: Bool
        enum CodingKeys: String, CodingKey { case op, text, markupOnly = "markup_only" }
    }
    var type: String
    var level: Int?
    var listDepth, quoteDepth: Int
    var startsItem: Bool
    var op: String
    /// One list of runs per cell for a table row (`type` "row"), one list for any other block.
    var cells: [[Run]]

    enum CodingKeys: String, CodingKey {
        case type, level, op, cells
        case listDepth = "list_depth", quoteDepth = "quote_depth", startsItem = "starts_item"
    }

    init(_ b: RedlineBlock) {
        switch b.kind {
        case .paragraph: type = "paragraph"
        case .heading(let l): (type, level) = ("heading", l)
        case .code: type = "code"
        case .row(let header): type = header ? "header_row" : "row"
        case .rule: type = "rule"
        }
        (listDepth, quoteDepth, startsItem, op) = (b.listDepth, b.quoteDepth, b.startsItem, b.op.rawValue)
        cells = b.cells.map { $0.map { Run(op: $0.op.rawValue, text: $0.text, markupOnly: $0.markupOnly) } }
    }
}
