import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The committed example: `site/` must be exactly what `content/` builds to with the built-in theme (what users get),
/// the README's `swift run trustsite build` in the checkout (which takes `templates/`) must write the same, and the
/// embedded theme must match `templates/`.
@Suite struct ExampleSiteTests {
    /// The repository folder.
    static let root = Repository.root()
    /// The as-of date the committed site is built with.
    static let asOf = Day("2026-01-01")!
    /// What to do when site/ no longer matches.
    static let stale = "site/ is stale: run `swift run trustsite build --as-of 2026-01-01` and commit site/"

    @Test func committedSiteIsWhatTheBuiltInThemeBuilds() throws {
        // A copy of content/ with no templates/ beside it, as `trustsite build --content any/folder` sees it.
        let copy = try TempSite.example()
        let options = BuildOptions(content: copy.content, output: copy.output, asOf: Self.asOf)
        #expect(options.resolvedTemplates() == nil, "the copy must be built with the built-in theme")
        _ = try SiteBuilder(options: options).build()
        try Self.expectSame(Tree.snapshot(copy.output), Tree.snapshot(Self.root + "/site"), "site/", Self.stale)
    }

    @Test func readmeRebuildInTheCheckoutWritesTheSameSite() throws {
        // `swift run trustsite build --as-of 2026-01-01` in the checkout: content/ with templates/ beside it.
        let temp = try TempSite()
        let checkout = BuildOptions(content: Self.root + "/content", output: temp.output, asOf: Self.asOf)
        #expect(checkout.resolvedTemplates() == Self.root + "/templates")
        _ = try SiteBuilder(options: checkout).build()
        let builtIn = try TempSite.example()
        _ = try SiteBuilder(options: BuildOptions(content: builtIn.content, output: builtIn.output, asOf: Self.asOf)).build()
        let fix = "templates/ and the built-in theme build different sites: run Scripts/embed-theme.py"
        try Self.expectSame(Tree.snapshot(builtIn.output), Tree.snapshot(temp.output), "the checkout's build", fix)
    }

    /// Expects `other` (named `name`) to hold exactly the files of `built`, byte for byte.
    static func expectSame(
        _ built: [String: Data], _ other: [String: Data], _ name: String, _ fix: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        try #require(!other.isEmpty, "\(name) is empty", sourceLocation: sourceLocation)
        let missing = Set(built.keys).subtracting(other.keys).sorted()
        let extra = Set(other.keys).subtracting(built.keys).sorted()
        #expect(missing.isEmpty, "files the build writes but \(name) lacks: \(missing). \(fix)", sourceLocation: sourceLocation)
        #expect(extra.isEmpty, "files in \(name) the build no longer writes: \(extra). \(fix)", sourceLocation: sourceLocation)
        let differing = built.keys.sorted().filter { other[$0] != nil && other[$0] != built[$0] }
        #expect(differing.isEmpty, "files in \(name) that differ from a fresh build: \(differing). \(fix)", sourceLocation: sourceLocation)
    }

    @Test func embeddedDefaultThemeMatchesTemplates() throws {
        let folder = Self.root + "/templates"
        var files: [String: String] = [:]
        for path in Tree.files(under: folder) where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let data = try #require(FileManager.default.contents(atPath: folder + "/" + path))
            files[path] = String(decoding: data, as: UTF8.self)
            #expect(Array(files[path]!.utf8) == [UInt8](data), "templates/\(path) is not valid UTF-8")
        }
        let fix = "the embedded theme is stale: run Scripts/embed-theme.py"
        #expect(Set(DefaultTheme.files.keys) == Set(files.keys), "\(fix)")
        let differing = files.keys.sorted().filter { DefaultTheme.files[$0] != nil && DefaultTheme.files[$0] != files[$0] }
        #expect(differing.isEmpty, "templates that differ from the embedded copy: \(differing); \(fix)")
    }

    @Test func builtInThemeLoadsCleanlyWithTheSameAssets() throws {
        var diagnostics = Diagnostics()
        let builtIn = try #require(Theme.load(folder: nil, into: &diagnostics))
        let folder = try #require(Theme.load(folder: Self.root + "/templates", into: &diagnostics))
        #expect(diagnostics.all.isEmpty)
        #expect(builtIn.assets.map(\.path) == folder.assets.map(\.path))
        let differing = zip(builtIn.assets, folder.assets).filter { $0.bytes != $1.bytes }.map(\.0.path)
        #expect(differing.isEmpty, "embedded assets differ from templates/: \(differing); run Scripts/embed-theme.py")
    }

    @Test func exampleSiteLinksResolve() throws {
        let broken = LinkChecker(root: Self.root + "/site", baseURL: "https://trust.example.com").brokenLinks()
        #expect(broken.isEmpty, "broken links in site/:\n\(broken.map(\.description).joined(separator: "\n"))")
    }
}
