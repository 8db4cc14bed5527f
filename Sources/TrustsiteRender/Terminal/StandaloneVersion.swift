import Foundation
import TrustsiteModel

/// Loads a single Markdown file as a version, for `trustsite diff OLD.md NEW.md`.
public enum StandaloneVersion {
    /// Reads and parses `path` (`-` for standard input, and pipes such as `/dev/fd/63` too); throws `InputErrors` with
    /// positions when the file is broken.
    public static func load(_ path: String, io: FileIO = .disk) throws -> Version {
        if path == "-" || io.kind(path) == .file && isPipe(path) {
            let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path)
            // One byte over the limit is enough to refuse it, with the size reader's message.
            guard let data = try? handle?.read(upToCount: VersionReader.sizeLimit + 1) ?? Data() else {
                throw InputErrors(diagnostics: [Diagnostic(.error, SourceLocation(path: path), ContentLoader.unreadable)])
            }
            return try load(bytes: [UInt8](data), path: path == "-" ? "(standard input)" : path)
        }
        guard io.kind(path) == .file else {
            throw InputErrors(diagnostics: [Diagnostic(.error, SourceLocation(path: path), "file not found")])
        }
        return try parse(path, io: io)
    }

    /// Parses `bytes` as the version file `path` (named so in messages, and dated by its name when it is a date).
    public static func load(bytes: [UInt8], path: String) throws -> Version {
        try parse(path, io: .single(bytes))
    }

    static func parse(_ path: String, io: FileIO) throws -> Version {
        var diagnostics = Diagnostics()
        let name = path.split(separator: "/").last.map(String.init) ?? path
        // Dated by its name, as a content folder's files are ("2024-01-01-2.md" too, as git exports name a second one).
        let date = Day(String(name.prefix(10))) ?? Day(year: 1970, month: 1, day: 1)!
        guard let source = VersionReader(io: io).read(slug: "", date: date, path: path, &diagnostics), !diagnostics.hasErrors else {
            throw InputErrors(diagnostics: diagnostics.sorted)
        }
        let document = SectionSplitter.split(
            MarkdownParser.parse(source.body, lineOffset: source.bodyLineOffset), path: path, into: &diagnostics)
        return Version(source: source, title: source.frontMatter.title ?? document.h1Title ?? name, document: document)
    }

    /// Whether `path` is a pipe or another file that is not a regular one (read once, to its end).
    static func isPipe(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG
    }
}

/// Loads one statement's versions from a content folder, for `trustsite diff <slug>`.
public enum StatementVersions {
    /// The versions of `slug`, oldest first; throws `InputErrors` on broken input or an unknown slug.
    public static func load(content: String, slug: String, io: FileIO = .disk) throws -> [Version] {
        try statement(content: content, slug: slug, io: io).versions
    }

    /// The site's settings and the versions of `slug`, oldest first.
    public static func statement(content: String, slug: String, io: FileIO = .disk) throws -> (site: SiteConfig, versions: [Version]) {
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
        return (source.site, model.statements[0].versions)
    }
}
