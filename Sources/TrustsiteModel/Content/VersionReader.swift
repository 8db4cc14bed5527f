/// Reads one version file: UTF-8 check, front matter split and parse.
package struct VersionReader {
    package var io: FileIO

    /// A reader of files through `io`.
    package init(io: FileIO) { self.io = io }

    /// The largest version file read (10 MiB): far more than any statement, and libcmark must never see a huge one.
    package static let sizeLimit = 10 * 1024 * 1024

    /// The error for a file of `size` bytes, over `sizeLimit`.
    package static func tooLarge(_ size: Int) -> String {
        "file is \(size) bytes, more than the limit of \(sizeLimit) bytes (10 MB) for a content file; split it or shorten it"
    }

    package func read(slug: String, date: Day, path: String, _ diagnostics: inout Diagnostics) -> VersionSource? {
        // The size first, so a huge file is not even read.
        if let node = io.node?(path), let size = Self.size(node), size > Self.sizeLimit {
            diagnostics.error(SourceLocation(path: path), Self.tooLarge(size))
            return nil
        }
        guard let bytes = try? io.read(path) else {
            diagnostics.error(SourceLocation(path: path), ContentLoader.unreadable)
            return nil
        }
        guard bytes.count <= Self.sizeLimit else {
            diagnostics.error(SourceLocation(path: path), Self.tooLarge(bytes.count))
            return nil
        }
        let text: SourceText
        switch SourceText.decode(bytes, path: path) {
        case .failure(let d): diagnostics.error(d.location, d.message); return nil
        case .success(let t): text = t
        }
        for warning in text.warnings { diagnostics.warning(warning.location, warning.message) }
        let split: FrontMatterSplit
        switch FrontMatterSplit.split(text.text, path: path) {
        case .failure(let d): diagnostics.error(d.location, d.message); return nil
        case .success(let s): split = s
        }
        var frontMatter = FrontMatter()
        if let yaml = split.yaml {
            guard let fields = YAMLFields.parse(yaml, path: path, firstLine: split.yamlFirstLine, into: &diagnostics) else { return nil }
            frontMatter = Self.frontMatter(fields, &diagnostics)
        }
        return VersionSource(
            slug: slug, date: date, path: path, frontMatter: frontMatter, body: String(split.body),
            bodyLineOffset: split.bodyLineOffset, sha256: ContentHash.hex(bytes))
    }

    /// The size of a file, or of the file a link leads to.
    package static func size(_ node: FileIO.Node) -> Int? {
        switch node {
        case .file(let size), .link(_, _, .file(let size)): return size
        default: return nil
        }
    }

    package static func frontMatter(_ fields: YAMLFields, _ diagnostics: inout Diagnostics) -> FrontMatter {
        var fm = FrontMatter()
        fm.title = fields.string("title", &diagnostics)
        fm.updated = fields.day("updated", &diagnostics)
        fm.effective = fields.day("effective", &diagnostics)
        fm.summary = fields.string("summary", &diagnostics)
        fm.draft = fields.bool("draft", &diagnostics)
        let updated = fm.updated ?? Day(fields.path.split(separator: "/").last?.dropLast(3) ?? "")
        if let updated, let effective = fm.effective, effective < updated, let node = fields.node("effective") {
            diagnostics.error(fields.location(node), "'effective' (\(effective)) is before 'updated' (\(updated))")
        }
        for (key, value) in fields.pairs {
            if FrontMatter.knownKeys.contains(key) {
                fm.locations[key] = fields.location(value)
            } else {
                fm.unknownKeys.append((key, fields.location(value).withColumn(1)))
            }
        }
        return fm
    }
}
