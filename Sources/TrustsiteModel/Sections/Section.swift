/// A part of a version: a heading and the blocks up to the next heading (or the text before the first heading).
public struct Section: Hashable, Sendable {
    /// The anchor id: the heading's slug, made unique, or its explicit `{#id}`; `preamble` for text before the first heading.
    public var id: String
    /// Heading level 1...6; 0 for the preamble.
    public var level: Int
    /// The heading, nil for the preamble.
    public var heading: Heading?
    /// The heading's plain text ("" for the preamble).
    public var title: String
    /// The body blocks.
    public var blocks: [Block]

    /// The id reserved for text before the first heading.
    public static let preambleID = "preamble"
    /// The id the page layout gives its `<main>` (the skip link's target); a heading taking it would give the page two.
    public static let layoutID = "main"
}

/// A version's body split into sections.
public struct SectionedDocument: Hashable, Sendable {
    /// The text of a leading H1, used as the title when front matter and statement.yml give none.
    public var h1Title: String?
    /// The leading H1's anchor on the page title: its `{#id}`, else its slug when no section has that id.
    public var h1ID: String?
    /// Sections in document order; the leading H1 itself is not a section heading (the page shows the title).
    public var sections: [Section]
    /// Whether any of the body is raw HTML.
    public var rawHTMLPositions: [SourcePoint]
    /// Links in the body, with positions.
    public var links: [(url: String, at: SourcePoint)]

    /// Equal when the leading H1 and the sections are; where raw HTML and links occur is not compared.
    public static func == (a: Self, b: Self) -> Bool { a.h1Title == b.h1Title && a.h1ID == b.h1ID && a.sections == b.sections }
    /// Hashes the sections.
    public func hash(into hasher: inout Hasher) { hasher.combine(sections) }
}
