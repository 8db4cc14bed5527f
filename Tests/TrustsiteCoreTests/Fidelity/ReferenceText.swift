import Foundation
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// What a version file says, read without trustsite: its body rendered by GitHub's own Markdown implementation,
/// `cmark-gfm` with the table extension (Debian's `cmark-gfm`, installed by `Scripts/setup.sh`), as an XML tree whose
/// text a reader sees. Visible: text, code, image alt text, table cells (inline content only, as GFM reads them),
/// Liquid tags and entities as the text they are, and prose in angle brackets (`<Data Protection Officer>`, a tag name no
/// HTML element has: `ProseTag`), which trustsite shows as text. Not visible: front matter, link reference definitions,
/// raw HTML (both the tags and HTML blocks' contents: trustsite leaves them out unless `raw_html` is on), save that
/// `<br>` breaks a line.
struct ReferenceText {
    /// The body's words, in reading order, without the leading H1 (the page shows it as its title), each with its file line.
    var body = WordList()
    /// The words of the leading H1, when the body's first heading is one.
    var title: WordList?

    static let program = "/usr/bin/cmark-gfm"
    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: program) }

    /// Reads a version file: front matter (a `---` line up to the next `---` or `...` line, as Jekyll reads it) is skipped.
    init(file bytes: [UInt8]) throws {
        let xml = try Self.render(Self.escapingProseLines(Self.blankingFrontMatter(bytes)))
        var reader = CmarkXMLReader()
        xml.withUnsafeBufferPointer { reader.read($0) }
        body = reader.body
        title = reader.title
    }

    /// The file with a `\` before each line that starts with prose in angle brackets (`<Data Protection Officer>`), so
    /// cmark-gfm reads the Markdown below it as trustsite does, instead of as an HTML block.
    static func escapingProseLines(_ bytes: [UInt8]) -> [UInt8] {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (n, line) in lines.enumerated() {
            if n > 0 { out.append(UInt8(ascii: "\n")) }
            let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
            if indent < 4, line.dropFirst(indent).first == UInt8(ascii: "<"),
                ProseTag.isProse(ProseTag.firstTag(String(decoding: line, as: UTF8.self)))
            {
                out += line.prefix(indent)
                out.append(UInt8(ascii: "\\"))
                out += line.dropFirst(indent)
            } else {
                out += line
            }
        }
        return out
    }

    /// The file with its front matter, if any, turned into as many empty lines (so cmark's lines are the file's).
    static func blankingFrontMatter(_ bytes: [UInt8]) -> [UInt8] {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        func isFence(_ line: ArraySlice<UInt8>, dots: Bool) -> Bool {
            var l = line
            while let last = l.last, last == 0x20 || last == 0x09 || last == 0x0D { l = l.dropLast() }
            return l.elementsEqual("---".utf8) || (dots && l.elementsEqual("...".utf8))
        }
        guard let first = lines.first, isFence(first, dots: false) else { return bytes }
        for (n, line) in lines.enumerated().dropFirst() where isFence(line, dots: true) {
            let start = line.endIndex < bytes.endIndex ? line.endIndex + 1 : bytes.endIndex
            return [UInt8](repeating: UInt8(ascii: "\n"), count: n + 1) + bytes[start...]
        }
        return bytes
    }

    /// `cmark-gfm -e table --to xml --sourcepos --validate-utf8` of `markdown` (through a temporary file).
    static func render(_ markdown: [UInt8]) throws -> [UInt8] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("trustsite-reference-\(UUID().uuidString).md")
        try Data(markdown).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-e", "table", "--to", "xml", "--sourcepos", "--validate-utf8", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let xml = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ReferenceError(message: "cmark-gfm exited with \(process.terminationStatus)") }
        return [UInt8](xml)
    }

    struct ReferenceError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
