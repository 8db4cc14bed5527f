import Foundation

/// Reads the content folder into `ContentSource`, reporting every problem it finds.
public struct ContentLoader: Sendable {
    /// Where files come from.
    public var io: FileIO

    /// The templates folder in use, which is no statement when it is kept inside the content folder.
    public var templates: String?

    /// Whether versions marked `draft: true` are kept (`check`, `serve`, `build --drafts`); without, they are left out
    /// here, so no page, feed, data file, sitemap or cache entry can show them.
    public var drafts = true

    /// Creates a loader over `io`.
    public init(io: FileIO = .disk, templates: String? = nil, drafts: Bool = true) {
        self.io = io
        self.templates = templates
        self.drafts = drafts
    }

    /// Loads `content/`: site.yml, then each statement folder in name order.
    public func load(_ root: String, into diagnostics: inout Diagnostics) -> ContentSource {
        let (site, folders) = scan(root, into: &diagnostics)
        let statements = load(folders, into: &diagnostics).map { Self.applyingDefaults(site, to: $0) }
        Self.requireStatements(statements.count, in: root, into: &diagnostics)
        return ContentSource(site: site, statements: statements, files: siteFiles(root, into: &diagnostics))
    }

    /// The files under `content/files/`, published at `files/`.
    package func siteFiles(_ root: String, into diagnostics: inout Diagnostics) -> [SiteFile] {
        let folder = joinPath(root, Self.filesFolder)
        guard io.kind(folder) == .folder else { return [] }
        return files(under: folder, links: ContentRoot(root, label: "content folder", io: io), into: &diagnostics)
    }

    /// Reads site.yml and finds the statement folders, reading none of them.
    package func scan(_ root: String, into diagnostics: inout Diagnostics) -> (SiteConfig, [StatementFolder]) {
        guard io.kind(root) == .folder else {
            diagnostics.error(SourceLocation(path: root), "content folder not found; create it or pass another folder with --content")
            return (SiteConfig(), [])
        }
        let site = loadSite(joinPath(root, "site.yml"), &diagnostics)
        var folders: [StatementFolder] = []
        // Keyed by Swift's String equality, under which two spellings of one Unicode text are the same name.
        var seen: [String: String] = [:]
        let links = ContentRoot(root, label: "content folder", io: io)
        // site.yml is checked where it is read.
        for name in (try? io.list(root)) ?? [] where !name.hasPrefix(".") && !name.hasPrefix("_") && name != "site.yml" {
            let path = joinPath(root, name)
            switch links.entry(path) {
            case .folder: break
            case .file: continue
            case .missing: diagnostics.error(SourceLocation(path: path), Self.unreadable); continue
            case .refused(let why):
                // A file here is never read, wherever it leads (a README linked from elsewhere, say).
                if io.kind(path) != .file { diagnostics.error(SourceLocation(path: path), why) }
                continue
            }
            if isTemplates(path) || name == Self.filesFolder { continue }
            if let problem = Self.reservedName(name) {
                diagnostics.error(SourceLocation(path: path), problem)
                continue
            }
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
    package func load(_ folders: [StatementFolder], into diagnostics: inout Diagnostics) -> [StatementSource] {
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

    package func loadSite(_ path: String, _ diagnostics: inout Diagnostics) -> SiteConfig {
        var config = SiteConfig()
        guard let fields = readYAMLFile(path, ContentRoot(parentPath(path), label: "content folder", io: io), &diagnostics) else {
            return config
        }
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
        config.noticeDays = Self.noticeDays(fields, &diagnostics)
        if let v = fields.bool("search", &diagnostics) { config.search = v }
        if let v = fields.bool("search_archive", &diagnostics) { config.searchArchive = v }
        let known = ["title", "organization", "description", "base_url", "raw_html", "site_key", "notice_days", "search", "search_archive"]
        warnUnknown(fields, known: known, &diagnostics)
        return config
    }

    package func loadStatement(slug: String, path: String, _ diagnostics: inout Diagnostics) -> StatementSource? {
        if let problem = Self.slugProblem(slug) {
            diagnostics.error(SourceLocation(path: path), problem)
            return nil
        }
        // Checked here too, for a rebuild of one statement: scan() has refused these already.
        let links = ContentRoot(parentPath(path), label: "content folder", io: io)
        if case .refused(let why) = links.entry(path) {
            diagnostics.error(SourceLocation(path: path), why)
            return nil
        }
        var config = StatementConfig()
        if let fields = readYAMLFile(joinPath(path, "statement.yml"), links, &diagnostics) {
            config.title = fields.string("title", &diagnostics)
            if let v = fields.string("description", &diagnostics) { config.description = v }
            config.order = fields.int("order", &diagnostics)
            config.noticeDays = Self.noticeDays(fields, &diagnostics)
            config.objectionText = fields.string("objection_text", &diagnostics)
            warnUnknown(fields, known: ["title", "description", "order", "notice_days", "objection_text"], &diagnostics)
        }
        var versions: [VersionSource] = []
        var files: [SiteFile] = []
        // Reported after the check for a folder without versions, which a problem with its files already explains.
        var unexpected = Diagnostics()
        defer { diagnostics.append(contentsOf: unexpected) }
        for name in (try? io.list(path)) ?? [] where !name.hasPrefix(".") && name != "statement.yml" {
            let filePath = joinPath(path, name)
            // Only what is read is checked against the link policy; anything else is not read, only warned about.
            guard name.hasSuffix(".md") || name == Self.filesFolder else {
                Self.warnUnexpected(name, in: path, isFolder: io.kind(filePath) == .folder, into: &unexpected)
                continue
            }
            if case .refused(let why) = links.entry(filePath) {
                diagnostics.error(SourceLocation(path: filePath), why)
                continue
            }
            if name == Self.filesFolder {
                if io.kind(filePath) == .folder {
                    files = self.files(under: filePath, links: links, into: &diagnostics)
                } else {
                    Self.warnUnexpected(name, in: path, isFolder: false, into: &unexpected)
                }
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
        let read = versions.count
        if !drafts { versions.removeAll { $0.frontMatter.draft == true } }
        // A statement whose every version is a draft is simply not published yet.
        guard !versions.isEmpty else {
            if read == 0 && !diagnostics.all.contains(where: { $0.location.path.hasPrefix(path + "/") }) {
                diagnostics.error(
                    SourceLocation(path: path),
                    "statement folder has no version files; add one named after its date, e.g. \(slug)/2024-01-31.md, or remove the folder")
            }
            return nil
        }
        versions.sort { $0.date < $1.date }
        return StatementSource(slug: slug, path: path, config: config, versions: versions, files: files)
    }

    package func readYAMLFile(_ path: String, _ links: ContentRoot, _ diagnostics: inout Diagnostics) -> YAMLFields? {
        switch links.entry(path) {
        case .file(let size, _):
            if let size, size > VersionReader.sizeLimit {
                diagnostics.error(SourceLocation(path: path), VersionReader.tooLarge(size))
                return nil
            }
        case .refused(let why):
            diagnostics.error(SourceLocation(path: path), why)
            return nil
        case .folder, .missing: return nil
        }
        guard let bytes = try? io.read(path) else {
            diagnostics.error(SourceLocation(path: path), Self.unreadable)
            return nil
        }
        guard bytes.count <= VersionReader.sizeLimit else {
            diagnostics.error(SourceLocation(path: path), VersionReader.tooLarge(bytes.count))
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

    package func warnUnknown(_ fields: YAMLFields, known: [String], _ diagnostics: inout Diagnostics) {
        for (key, value) in fields.pairs where !known.contains(key) {
            let hint = Suggestion.didYouMean(key, among: known)
            diagnostics.warning(
                fields.location(value).withColumn(1),
                "unknown key '\(key)'" + (hint.isEmpty ? "; known keys are \(known.joined(separator: ", "))" : hint))
        }
    }
}

/// A folder of the content folder that holds a statement.
package struct StatementFolder: Sendable {
    /// The folder's name, the statement's slug.
    package var slug: String
    /// Its path.
    package var path: String
}

extension ContentLoader {
    /// Reports a content folder `root` in which no statement was found (`count` is 0), unless something else already
    /// failed (then that is the problem to fix).
    package static func requireStatements(_ count: Int, in root: String, into diagnostics: inout Diagnostics) {
        guard count == 0, !diagnostics.hasErrors else { return }
        diagnostics.error(
            SourceLocation(path: root),
            "no statements found: add a folder with a version file such as \(joinPath(root, "privacy", "2024-01-01.md"))")
    }

    /// Whether `path` is the templates folder in use.
    package func isTemplates(_ path: String) -> Bool {
        guard let templates else { return false }
        let real = io.realPath ?? { $0 }
        return real(path) != nil && real(path) == real(templates)
    }

    /// Why a statement folder cannot have the name `name`, or nil: the site writes a file or folder of that name at its
    /// root, which the statement's folder would collide with (in any case: a file system or host may ignore case).
    package static func reservedName(_ name: String) -> String? {
        let lower = name.lowercased()
        if lower == "templates" {
            return "a folder named 'templates' in the content folder is neither a statement nor the templates folder in use; "
                + "rename it, or pass it with --templates to use it as the theme"
        }
        let names = SitePaths.rootNames.union(SitePaths.searchNames)
        guard names.contains(lower) else { return nil }
        return "statement folder '\(name)' has the name of a file or folder the site writes at its root ("
            + names.sorted().joined(separator: ", ") + "), so the two would collide; rename the folder"
    }

    /// The error for a statement folder whose name is another's in a different Unicode spelling.
    package static func sameName(as first: String) -> String {
        "statement folder name is the same text as '\(first)' in another Unicode spelling (composed or decomposed "
            + "accents), so the two would share URLs; rename or merge one of them"
    }

    /// The message for a file that exists in a listing but cannot be read.
    package static let unreadable = "cannot read file; check that it is a readable file and not a folder or a broken symbolic link"

    /// Why a folder name cannot be a statement's URL segment, or nil when it can.
    package static func slugProblem(_ name: String) -> String? {
        let bad = name.unicodeScalars.first { $0.value < 0x21 || $0.value == 0x7F || ":#?%\\\"'<>`/".unicodeScalars.contains($0) }
        guard let bad else { return nil }
        let shown = bad.value < 0x21 || bad.value == 0x7F ? "a space or control character" : "'\(bad)'"
        return "statement folder name cannot be used in a URL (it contains \(shown)); rename the folder using letters, digits, '-' and '_'"
    }
}

extension SourceLocation {
    package func withColumn(_ column: Int) -> SourceLocation { SourceLocation(path: path, line: line, column: column) }
}
