import Foundation

/// The sections of version files parsed by earlier builds of the same process, by path and content hash, so a
/// preview's rebuild after a save parses only the file that changed, not every version of its statement. Holds the
/// statements read by the last few builds (`statements`), nothing more; `trustsite build` runs without one.
public final class ParseMemo: @unchecked Sendable {
    /// One parsed version file: its sections and the warnings splitting it gave.
    package struct Entry {
        package var sha256: String
        package var lineOffset: Int
        package var document: SectionedDocument
        package var diagnostics: Diagnostics
    }

    private let lock = NSLock()
    private var entries: [String: [String: Entry]] = [:]
    private var recent: [String] = []
    private let statements: Int
    /// How many files were parsed rather than taken from the memo.
    private(set) var parsed = 0
    /// The statements whose versions it holds.
    package var held: Int { lock.withLock { entries.count } }

    /// A memo of the versions of the `statements` statements read most recently.
    public init(statements: Int = 4) { self.statements = statements }

    /// Version `v`'s sections, from the memo when its file is unchanged, else parsed (and remembered).
    package func document(_ v: VersionSource, statement slug: String, into diagnostics: inout Diagnostics) -> SectionedDocument {
        if let found = lock.withLock({ entries[slug]?[v.path] }), found.sha256 == v.sha256, found.lineOffset == v.bodyLineOffset {
            diagnostics.append(contentsOf: found.diagnostics)
            return found.document
        }
        var own = Diagnostics()
        let document = Self.parse(v, into: &own)
        diagnostics.append(contentsOf: own)
        let entry = Entry(sha256: v.sha256, lineOffset: v.bodyLineOffset, document: document, diagnostics: own)
        lock.withLock {
            parsed += 1
            entries[slug, default: [:]][v.path] = entry
            recent.removeAll { $0 == slug }
            recent.append(slug)
            while recent.count > statements { entries[recent.removeFirst()] = nil }
        }
        return document
    }

    /// Version `v`'s sections, parsed.
    package static func parse(_ v: VersionSource, into diagnostics: inout Diagnostics) -> SectionedDocument {
        SectionSplitter.split(MarkdownParser.parse(v.body, lineOffset: v.bodyLineOffset), path: v.path, into: &diagnostics)
    }
}
