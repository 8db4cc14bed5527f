import CShims
import TrustsiteModel

/// Finds where text from the parsed model appears in a version's body, to give warnings an exact `line:col`.
///
/// cmark 0.30 gives inline nodes no positions, so each check searches the source for what it found, moving a cursor
/// forward as it goes: pieces come in document order, so the next occurrence after the previous find is the right one.
/// Columns count UTF-8 bytes, as cmark's do.
package struct BodyLocator {
    /// The file the body came from.
    package let path: String
    /// Lines before the body in the file.
    package let lineOffset: Int
    /// The body's UTF-8 bytes.
    private let bytes: [UInt8]
    /// The byte offset where each body line starts.
    private let lineStarts: [Int]
    /// Byte offset where the next search starts.
    private(set) var cursor = 0

    /// How far past the cursor a search looks, so text the source spells differently (entities, escapes) costs little.
    package static let window = 1 << 16

    /// A locator for `version`'s body.
    package init(_ version: VersionSource) {
        path = version.path
        lineOffset = version.bodyLineOffset
        bytes = Array(version.body.utf8)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 10 { starts.append(i + 1) }
        lineStarts = starts
    }

    /// The location of the next occurrence of `needle` (of `prefix + needle`, pointing after the prefix, when the
    /// prefix version is found first); advances the cursor past it. Nil when the source spells it differently.
    package mutating func next(_ needle: String, preferring prefix: String = "") -> SourceLocation? {
        if !prefix.isEmpty, let found = find(Array((prefix + needle).utf8)) {
            cursor = found + prefix.utf8.count + needle.utf8.count
            return location(found + prefix.utf8.count)
        }
        guard let found = find(Array(needle.utf8)) else { return nil }
        cursor = found + needle.utf8.count
        return location(found)
    }

    /// Where the cursor is now, for pieces the source spells differently.
    package var here: SourceLocation { location(min(cursor, bytes.count)) }

    /// The file location of body byte `offset`.
    package func location(_ offset: Int) -> SourceLocation {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return SourceLocation(path: path, line: lineOffset + lo + 1, column: offset - lineStarts[lo] + 1)
    }

    /// The offset of `needle` at or after the cursor, within `window` bytes.
    private func find(_ needle: [UInt8]) -> Int? {
        let end = min(bytes.count, cursor + Self.window)
        guard !needle.isEmpty, end - cursor >= needle.count else { return nil }
        // memmem: every link of every version is located on every build, so the search must be the C library's.
        let found = bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                trustsite_find_bytes(haystack.baseAddress! + cursor, end - cursor, needle.baseAddress!, needle.count)
            }
        }
        return found < 0 ? nil : cursor + found
    }
}
