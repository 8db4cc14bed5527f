/// Reads the content folder into `ContentSource`, reporting every problem it finds.
public struct ContentLoader: Sendable {
    /// Where files come from.
    public var io: FileIO

    /// Creates a loader over `io`.
    public init(io: FileIO = .disk) { self.io = io }

    /// Loads `content/`: site.yml, then each statement folder in name order.
    public func load(_ root: String, into diagnostics: inout Diagnostics) -> ContentSource {
        guard io.kind(root) == .folder else {
            diagnostics.error(SourceLocation(path: root), "content folder not found")
            return ContentSource(site: SiteConfig(), statements: [])
        }
        let site = loadSite(joinPath(root, "site.yml"), &diagnostics)
        var statements: [StatementSource] = []
        for name in (try? io.list(root)) ?? [] where !name.hasPrefix(".") && !name.hasPrefix("_") {
            let path = joinPath(root, name)
            guard io.kind(path) == .folder, name != "templates" else { continue }
            if let statement = loadStatement(slug: name, path: path, &diagnostics) { statements.append(statement) }
        }
        if statements.isEmpty && !diagnostics.hasErrors {
            diagnostics.error(SourceLocation(path: root),
                              "no statements found: add a folder with a version file such as \(joinPath(root, "privacy", "2024-01-01.md"))")
        }
        return ContentSource(site: site, statements: statements)
    }

    func loadSite(_ path: String, _ diagnostics: inout Diagnostics) -> SiteConfig {
        var config = SiteConfig()
        guard let fields = readYAMLFile(path, &diagnostics) else { return config }
        if let v = fields.string("title", &diagnostics) { config.title = v }
        if let v = fields.string("organization", &diagnostics) { config.organization = v }
        if let v = fields.string("description", &diagnostics) { config.description = v }
        if let v = fields.string("base_url", &diagnostics) { config.baseURL = BaseURL.normalise(v) }
        if let v = fields.bool("raw_html", &diagnostics) { config.rawHTML = v }
        warnUnknown(fields, known: ["title", "organization", "description", "base_url", "raw_html"], &diagnostics)
        return config
    }

    func loadStatement(slug: String, path: String, _ diagnostics: inout Diagnostics) -> StatementSource? {
        var config = StatementConfig()
        if let fields = readYAMLFile(joinPath(path, "statement.yml"), &diagnostics) {
            config.title = fields.string("title", &diagnostics)
            if let v = fields.string("description", &diagnostics) { config.description = v }
            config.order = fields.int("order", &diagnostics)
            warnUnknown(fields, known: ["title", "description", "order"], &diagnostics)
        }
        var versions: [VersionSource] = []
        for name in (try? io.list(path)) ?? [] where name.hasSuffix(".md") {
            let filePath = joinPath(path, name)
            guard let date = Day(name.dropLast(3)) else {
                diagnostics.error(SourceLocation(path: filePath),
                                  "version file name is not a date: \"\(name)\" (expected YYYY-MM-DD.md, a real date)")
                continue
            }
            if let version = VersionReader(io: io).read(slug: slug, date: date, path: filePath, &diagnostics) {
                versions.append(version)
            }
        }
        guard !versions.isEmpty else {
            if !diagnostics.all.contains(where: { $0.location.path.hasPrefix(path + "/") }) {
                diagnostics.error(SourceLocation(path: path), "statement folder has no version files (expected \(slug)/YYYY-MM-DD.md)")
            }
            return nil
        }
        versions.sort { $0.date < $1.date }
        return StatementSource(slug: slug, path: path, config: config, versions: versions)
    }

    func readYAMLFile(_ path: String, _ diagnostics: inout Diagnostics) -> YAMLFields? {
        guard io.kind(path) == .file else { return nil }
        guard let bytes = try? io.read(path) else {
            diagnostics.error(SourceLocation(path: path), "cannot read file")
            return nil
        }
        switch SourceText.decode(bytes, path: path) {
        case .failure(let d):
            diagnostics.error(d.location, d.message)
            return nil
        case .success(let text):
            return YAMLFields.parse(text.text, path: path, firstLine: 1, into: &diagnostics)
        }
    }

    func warnUnknown(_ fields: YAMLFields, known: [String], _ diagnostics: inout Diagnostics) {
        for (key, value) in fields.pairs where !known.contains(key) {
            diagnostics.warning(fields.location(value).withColumn(1), "unknown key '\(key)'\(Suggestion.didYouMean(key, among: known))")
        }
    }
}

extension SourceLocation {
    func withColumn(_ column: Int) -> SourceLocation { SourceLocation(path: path, line: line, column: column) }
}
