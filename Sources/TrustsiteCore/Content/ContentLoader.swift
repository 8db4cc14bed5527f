import Foundation

/// Reads the content folder into `ContentSource`, reporting every problem it finds.
public struct ContentLoader: Sendable {
    /// Where files come from.
    public var io: FileIO

    /// Creates a loader over `io`.
    public init(io: FileIO = .disk) { self.io = io }

    /// Loads `content/`: site.yml, then each statement folder in name order.
    public func load(_ root: String, into diagnostics: inout Diagnostics) -> ContentSource {
        let (site, folders) = scan(root, into: &diagnostics)
        let statements = load(folders, into: &diagnostics)
        Self.requireStatements(statements.count, in: root, into: &diagnostics)
        return ContentSource(site: site, statements: statements, files: siteFiles(root, into: &diagnostics))
    }

    /// The files under `content/files/`, published at `files/`.
    func siteFiles(_ root: String, into diagnostics: inout Diagnostics) -> [SiteFile] {
        let folder = joinPath(root, Self.filesFolder)
        return io.kind(folder) == .folder ? files(under: folder, into: &diagnostics) : []
    }

    /// Reads site.yml and finds the statement folders, reading none of them.
    func scan(_ root: String, into diagnostics: inout Diagnostics) -> (SiteConfig, [StatementFolder]) {
        guard io.kind(root) == .folder else {
            diagnostics.error(SourceLocation(path: root), "content folder not found; create it or pass another folder with --content")
            return (SiteConfig(), [])
        }
        let site = loadSite(joinPath(root, "site.yml"), &diagnostics)
        var folders: [StatementFolder] = []
        // Keyed by Swift's String equality, under which two spellings of one Unicode text are the same name.
        var seen: [String: String] = [:]
        for name in (try? io.list(root)) ?? [] where !name.hasPrefix(".") && !name.hasPrefix("_") {
            let path = joinPath(root, name)
            if io.kind(path) == .missing {
                diagnostics.error(SourceLocation(path: path), Self.brokenLink)
                continue
            }
            guard io.kind(path) == .folder, name != "templates", name != Self.filesFolder else { continue }
            if let first = seen[name] {
                diagnostics.error(SourceLocation(path: path), Self.sameName(as: first))
                continue
            }
            seen[name] = name
            folders.append(StatementFolder(slug: name, path: path))
        }
        return (site, folders)
    }

    /// Reads and hashes the statements of `folders` in parallel; their diagnostics are merged in folder order.
    func load(_ folders: [StatementFolder], into diagnostics: inout Diagnostics) -> [StatementSource] {
        var statements: [StatementSource] = []
        for (statement, local) in folders.concurrentMap({ folder -> (StatementSource?, Diagnostics) in
            var local = Diagnostics()
            return (loadStatement(slug: folder.slug, path: folder.path, &local), local)
        }) {
            diagnostics.append(contentsOf: local)
            if let statement { statements.append(statement) }
        }
        return statements
    }

    func loadSite(_ path: String, _ diagnostics: inout Diagnostics) -> SiteConfig {
        var config = SiteConfig()
        guard let fields = readYAMLFile(path, &diagnostics) else { return config }
        if let v = fields.string("title", &diagnostics) { config.title = v }
        if let v = fields.string("organization", &diagnostics) { config.organization = v }
        if let v = fields.string("description", &diagnostics) { config.description = v }
        if let v = fields.string("base_url", &diagnostics) {
            if let problem = BaseURL.problem(v), let node = fields.node("base_url") {
                diagnostics.error(fields.location(node), problem)
            } else {
                config.baseURL = BaseURL.normalise(v)
            }
        }
        if let v = fields.bool("raw_html", &diagnostics) { config.rawHTML = v }
        if let v = fields.string("site_key", &diagnostics) { config.siteKey = v }
        warnUnknown(fields, known: ["title", "organization", "description", "base_url", "raw_html", "site_key"], &diagnostics)
        return config
    }

    func loadStatement(slug: String, path: String, _ diagnostics: inout Diagnostics) -> StatementSource? {
        if let problem = Self.slugProblem(slug) {
            diagnostics.error(SourceLocation(path: path), problem)
            return nil
        }
        var config = StatementConfig()
        if let fields = readYAMLFile(joinPath(path, "statement.yml"), &diagnostics) {
            config.title = fields.string("title", &diagnostics)
            if let v = fields.string("description", &diagnostics) { config.description = v }
            config.order = fields.int("order", &diagnostics)
            warnUnknown(fields, known: ["title", "description", "order"], &diagnostics)
        }
        var versions: [VersionSource] = []
        var files: [SiteFile] = []
        for name in (try? io.list(path)) ?? [] where !name.hasPrefix(".") && name != "statement.yml" {
            let filePath = joinPath(path, name)
            if name == Self.filesFolder, io.kind(filePath) == .folder {
                files = self.files(under: filePath, into: &diagnostics)
                continue
            }
            guard name.hasSuffix(".md") else {
                Self.warnUnexpected(name, in: path, isFolder: io.kind(filePath) == .folder, into: &diagnostics)
                continue
            }
            guard let date = Day(name.dropLast(3)) else {
                diagnostics.error(
                    SourceLocation(path: filePath),
                    "version file name is not a date: \"\(name)\"; rename it to the date the version was published, as YYYY-MM-DD.md (a real date)"
                )
                continue
            }
            if let version = VersionReader(io: io).read(slug: slug, date: date, path: filePath, &diagnostics) {
                versions.append(version)
            }
        }
        guard !versions.isEmpty else {
            if !diagnostics.all.contains(where: { $0.severity == .error && $0.location.path.hasPrefix(path + "/") }) {
                diagnostics.error(
                    SourceLocation(path: path),
                    "statement folder has no version files; add one named after its date, e.g. \(slug)/2024-01-31.md, or remove the folder")
            }
            return nil
        }
        versions.sort { $0.date < $1.date }
        return StatementSource(slug: slug, path: path, config: config, versions: versions, files: files)
    }

    func readYAMLFile(_ path: String, _ diagnostics: inout Diagnostics) -> YAMLFields? {
        guard io.kind(path) == .file else { return nil }
        guard let bytes = try? io.read(path) else {
            diagnostics.error(SourceLocation(path: path), Self.unreadable)
            return nil
        }
        switch SourceText.decode(bytes, path: path) {
        case .failure(let d):
            diagnostics.error(d.location, d.message)
            return nil
        case .success(let text):
            for warning in text.warnings { diagnostics.warning(warning.location, warning.message) }
            return YAMLFields.parse(text.text, path: path, firstLine: 1, label: (path as NSString).lastPathComponent, into: &diagnostics)
        }
    }

    func warnUnknown(_ fields: YAMLFields, known: [String], _ diagnostics: inout Diagnostics) {
        for (key, value) in fields.pairs where !known.contains(key) {
            let hint = Suggestion.didYouMean(key, among: known)
            diagnostics.warning(
                fields.location(value).withColumn(1),
                "unknown key '\(key)'" + (hint.isEmpty ? "; known keys are \(known.joined(separator: ", "))" : hint))
        }
    }
}

/// A folder of the content folder that holds a statement.
struct StatementFolder: Sendable {
    /// The folder's name, the statement's slug.
    var slug: String
    /// Its path.
    var path: String
}

extension ContentLoader {
    /// Reports a content folder `root` in which no statement was found (`count` is 0), unless something else already
    /// failed (then that is the problem to fix).
    static func requireStatements(_ count: Int, in root: String, into diagnostics: inout Diagnostics) {
        guard count == 0, !diagnostics.hasErrors else { return }
        diagnostics.error(
            SourceLocation(path: root),
            "no statements found: add a folder with a version file such as \(joinPath(root, "privacy", "2024-01-01.md"))")
    }

    /// The error for a statement folder whose name is another's in a different Unicode spelling.
    static func sameName(as first: String) -> String {
        "statement folder name is the same text as '\(first)' in another Unicode spelling (composed or decomposed "
            + "accents), so the two would share URLs; rename or merge one of them"
    }

    /// The message for a file that exists in a listing but cannot be read.
    static let unreadable = "cannot read file; check that it is a readable file and not a folder or a broken symbolic link"
    /// The message for a listed entry that leads nowhere.
    static let brokenLink =
        "cannot follow this entry: it is a symbolic link that loops or leads nowhere; remove it or point it at a statement folder"

    /// Why a folder name cannot be a statement's URL segment, or nil when it can.
    static func slugProblem(_ name: String) -> String? {
        let bad = name.unicodeScalars.first { $0.value < 0x21 || $0.value == 0x7F || ":#?%\\\"'<>`/".unicodeScalars.contains($0) }
        guard let bad else { return nil }
        let shown = bad.value < 0x21 || bad.value == 0x7F ? "a space or control character" : "'\(bad)'"
        return "statement folder name cannot be used in a URL (it contains \(shown)); rename the folder using letters, digits, '-' and '_'"
    }
}

extension SourceLocation {
    func withColumn(_ column: Int) -> SourceLocation { SourceLocation(path: path, line: line, column: column) }
}
