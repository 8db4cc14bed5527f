import Mustache
import TrustsiteModel

/// The templates and assets a site is rendered with: a `templates/` folder, or the default theme built into the binary.
public struct Theme: Sendable {
    /// Parsed templates, partials registered both as `partials/x` and `x`.
    package let library: MustacheLibrary
    /// Files copied to the output under `assets/`, by path relative to the theme folder.
    public let assets: [(path: String, bytes: [UInt8])]
    /// Where the theme came from, for messages.
    public let origin: String
    /// SHA-256 over every file's path and bytes: a theme edit changes it, so cached pages are rendered again.
    public let fingerprint: String

    /// Templates every theme must provide.
    public static let requiredTemplates = [
        "layout", "home", "statement", "history", "changes", "section", "404", "partials/redline-entry",
    ]

    /// Files a theme may leave out: the built-in ones are used instead (pages added after themes were written).
    public static let optionalFiles = ["at.mustache", "assets/at.js"]

    /// Loads `folder`, or the default theme when it is nil.
    public static func load(folder: String?, io: FileIO = .disk, into diagnostics: inout Diagnostics) -> Theme? {
        var files: [(path: String, text: String?, bytes: [UInt8])] = []
        if let folder {
            guard io.kind(folder) == .folder else {
                diagnostics.error(
                    SourceLocation(path: folder), "templates folder not found; create it or pass another folder with --templates")
                return nil
            }
            // Links are followed only inside the templates folder (`ContentRoot`); the others are errors, never read.
            for relative in ContentRoot(folder, label: "templates folder", io: io).files(under: folder, into: &diagnostics) {
                guard let bytes = try? io.read(joinPath(folder, relative)) else { continue }
                let text = relative.hasSuffix(".mustache") ? String(validating: bytes, as: UTF8.self) : nil
                files.append((relative, text, bytes))
            }
        } else {
            for (path, text) in DefaultTheme.files.sorted(by: { $0.key < $1.key }) { files.append((path, text, Array(text.utf8))) }
        }
        // A theme made before a page existed renders it with the built-in template (and script) of that page.
        for path in optionalFiles where !files.contains(where: { $0.path == path }) {
            if let text = DefaultTheme.files[path] { files.append((path, text, Array(text.utf8))) }
        }
        let origin = folder ?? "built-in theme"
        var library = MustacheLibrary()
        var sources: [String: (path: String, text: String)] = [:]
        for file in files where file.path.hasSuffix(".mustache") {
            let displayPath = folder.map { joinPath($0, file.path) } ?? "(built-in)/" + file.path
            guard let text = file.text else {
                diagnostics.error(SourceLocation(path: displayPath), "template is not valid UTF-8")
                continue
            }
            let name = String(file.path.dropLast(".mustache".count))
            do {
                let template = try MustacheTemplate(string: EscapedHTML.pragma + text)
                library.register(template, named: name)
                if name.hasPrefix("partials/") { library.register(template, named: String(name.dropFirst("partials/".count))) }
                sources[name] = (displayPath, text)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.error(
                    SourceLocation(
                        path: displayPath, line: error.context.lineNumber - EscapedHTML.pragmaLines, column: error.context.columnNumber),
                    "template does not parse: \(error.error)")
            } catch {
                diagnostics.error(SourceLocation(path: displayPath), "template does not parse: \(error)")
            }
        }
        checkReferences(sources, library: library, &diagnostics)
        for name in requiredTemplates
        where sources[name] == nil && !diagnostics.all.contains(where: { $0.location.path.hasSuffix("/\(name).mustache") }) {
            diagnostics.error(SourceLocation(path: joinPath(origin, "\(name).mustache")), "template '\(name).mustache' is missing")
        }
        let assets = files.filter { $0.path.hasPrefix("assets/") }.map { ($0.path, $0.bytes) }
        var everything: [UInt8] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            everything += Array(file.path.utf8) + [0] + Array(ContentHash.hex(file.bytes).utf8)
        }
        let fingerprint = ContentHash.hex(everything)
        return diagnostics.hasErrors ? nil : Theme(library: library, assets: assets, origin: origin, fingerprint: fingerprint)
    }

    /// Whether the asset at `path` serves only the search box (`assets/search/`): published only with search on.
    package static func isSearchAsset(_ path: String) -> Bool { path.hasPrefix("assets/search/") }

    /// Renders `context` with template `name`.
    package func render(_ name: String, _ context: Any) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    // swift-mustache renders a missing partial as nothing; a theme author would rather hear about it.
    package static func checkReferences(
        _ sources: [String: (path: String, text: String)], library: MustacheLibrary, _ diagnostics: inout Diagnostics
    ) {
        for (_, source) in sources.sorted(by: { $0.key < $1.key }) {
            for (line, text) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var rest = text[...]
                while let open = rest.range(of: "{{") {
                    let after = rest[open.upperBound...]
                    guard let kind = after.first, kind == ">" || kind == "<" else { rest = after; continue }
                    let nameEnd = after.range(of: "}}")?.lowerBound ?? after.endIndex
                    let name = after[after.index(after: after.startIndex)..<nameEnd].trimmingCharacters(in: " ")
                    if library.getTemplate(named: String(name)) == nil {
                        let column = text.distance(from: text.startIndex, to: open.lowerBound) + 1
                        diagnostics.error(
                            SourceLocation(path: source.path, line: line + 1, column: column),
                            "template names partial '\(name)', which does not exist")
                    }
                    rest = after
                }
            }
        }
    }
}

/// The theme compiled into the binary (files generated from templates/).
public enum DefaultTheme {}
