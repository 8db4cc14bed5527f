import Yams

/// A version file split into its YAML front matter and its Markdown body.
public struct FrontMatterSplit: Sendable {
    /// The YAML between the delimiter lines, or nil when the file has none.
    public var yaml: String?
    /// 1-based line of the first YAML line in the file.
    public var yamlFirstLine: Int
    /// The Markdown after the closing delimiter.
    public var body: Substring
    /// Lines before the body starts, to map body lines back to file lines.
    public var bodyLineOffset: Int

    /// Splits text that may start with a `---` block (delimiters may carry trailing spaces).
    public static func split(_ text: String, path: String) -> Result<FrontMatterSplit, Diagnostic> {
        // Most files have no front matter: their first line says so without splitting the whole file.
        let first = text.utf8.firstIndex(of: UInt8(ascii: "\n")).map { text[..<$0] } ?? text[...]
        guard isDelimiter(first, allowDots: false) else {
            return .success(FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text[...], bodyLineOffset: 0))
        }
        let lines = text.lineFeedSplit.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 1
        for line in lines {
            lineNumber += 1
            if isDelimiter(line, allowDots: true) {
                let bodyStart = line.endIndex < text.endIndex ? text.index(after: line.endIndex) : text.endIndex
                return .success(
                    FrontMatterSplit(
                        yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2,
                        body: text[bodyStart...], bodyLineOffset: lineNumber))
            }
            yamlLines.append(line)
        }
        return .failure(
            Diagnostic(
                .error, SourceLocation(path: path, line: 1, column: 1),
                "front matter is not terminated: add a line '---' after the front matter"))
    }

    package static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        let text = line.trimmingTrailingBlanks
        return text == "---" || (allowDots && text == "...")
    }
}

/// The known front matter keys of a version, read with their positions.
public struct FrontMatter: Sendable, Equatable {
    /// `title`.
    public var title: String?
    /// `updated`: the "Last updated" date.
    public var updated: Day?
    /// `effective`: when the version takes effect.
    public var effective: Day?
    /// `summary`: what changed, one paragraph of Markdown.
    public var summary: String?
    /// `draft`: a version `build` leaves out unless `--drafts` (nil when not set).
    public var draft: Bool?
    /// Keys present that trustsite does not know, with their locations (for warnings).
    public var unknownKeys: [(key: String, location: SourceLocation)] = []
    /// Where each known key's value starts, for checks that point at a value (e.g. clashing `updated` dates).
    public var locations: [String: SourceLocation] = [:]

    /// The keys trustsite reads.
    public static let knownKeys = ["title", "updated", "effective", "summary", "draft"]

    /// Equal when the keys trustsite reads are.
    public static func == (a: FrontMatter, b: FrontMatter) -> Bool {
        a.title == b.title && a.updated == b.updated && a.effective == b.effective && a.summary == b.summary && a.draft == b.draft
    }

    /// Whether `summary:` is written but says nothing: a placeholder (as `trustsite new` writes) still to be filled in.
    public var hasEmptySummary: Bool { locations["summary"] != nil && (summary?.trimmingSpaces ?? "").isEmpty }
}

extension Substring {
    /// The line without trailing spaces and tabs.
    package var trimmingTrailingBlanks: Substring {
        var end = endIndex
        while end > startIndex, case let c = self[index(before: end)], c == " " || c == "\t" { end = index(before: end) }
        return self[startIndex..<end]
    }
}
