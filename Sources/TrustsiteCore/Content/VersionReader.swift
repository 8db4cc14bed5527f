/// Reads one version file: UTF-8 check, front matter split and parse.
struct VersionReader {
    var io: FileIO

    func read(slug: String, date: Day, path: String, _ diagnostics: inout Diagnostics) -> VersionSource? {
        guard let bytes = try? io.read(path) else {
            diagnostics.error(SourceLocation(path: path), ContentLoader.unreadable)
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

    static func frontMatter(_ fields: YAMLFields, _ diagnostics: inout Diagnostics) -> FrontMatter {
        var fm = FrontMatter()
        fm.title = fields.string("title", &diagnostics)
        fm.updated = fields.day("updated", &diagnostics)
        fm.effective = fields.day("effective", &diagnostics)
        fm.summary = fields.string("summary", &diagnostics)
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
