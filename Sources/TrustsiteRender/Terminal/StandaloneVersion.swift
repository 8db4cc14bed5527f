import TrustsiteModel

/// Loads a single Markdown file as a version, for `trustsite diff OLD.md NEW.md`.
public enum StandaloneVersion {
    /// Reads and parses `path`; throws `InputErrors` with positions when the file is broken.
    public static func load(_ path: String, io: FileIO = .disk) throws -> Version {
        var diagnostics = Diagnostics()
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let date = Day(name.hasSuffix(".md") ? String(name.dropLast(3)) : name) ?? Day(year: 1970, month: 1, day: 1)!
        guard io.kind(path) == .file else {
            throw InputErrors(diagnostics: [Diagnostic(.error, SourceLocation(path: path), "file not found")])
        }
        guard let source = VersionReader(io: io).read(slug: "", date: date, path: path, &diagnostics), !diagnostics.hasErrors else {
            throw InputErrors(diagnostics: diagnostics.sorted)
        }
        let document = SectionSplitter.split(
            MarkdownParser.parse(source.body, lineOffset: source.bodyLineOffset), path: path, into: &diagnostics)
        return Version(source: source, title: source.frontMatter.title ?? document.h1Title ?? name, document: document)
    }
}

/// Loads one statement's versions from a content folder, for `trustsite diff <slug>`.
public enum StatementVersions {
    /// The versions of `slug`, oldest first; throws `InputErrors` on broken input or an unknown slug.
    public static func load(content: String, slug: String, io: FileIO = .disk) throws -> [Version] {
        var diagnostics = Diagnostics()
        let source = ContentLoader(io: io).load(content, into: &diagnostics)
        guard let statement = source.statements.first(where: { $0.slug == slug }) else {
            let known = source.statements.map(\.slug).joined(separator: ", ")
            diagnostics.error(
                SourceLocation(path: joinPath(content, slug)), "no statement '\(slug)'" + (known.isEmpty ? "" : " (statements: \(known))"))
            throw InputErrors(diagnostics: diagnostics.sorted.filter { $0.severity == .error })
        }
        let model = SiteModelBuilder.build(ContentSource(site: source.site, statements: [statement]), asOf: .today(), into: &diagnostics)
        if diagnostics.hasErrors { throw InputErrors(diagnostics: diagnostics.sorted.filter { $0.severity == .error }) }
        return model.statements[0].versions
    }
}
