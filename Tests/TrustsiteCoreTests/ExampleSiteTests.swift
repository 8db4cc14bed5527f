import Foundation
import Testing
@testable import TrustsiteCore

/// The committed example: `site/` must be exactly what `content/` builds to, and the embedded theme must match `templates/`.
@Suite struct ExampleSiteTests {
    /// The repository folder.
    static let root = Repository.root()
    /// What to do when site/ no longer matches.
    static let stale = "site/ is stale: run `swift run trustsite build --as-of 2026-01-01` and commit site/"

    @Test func committedSiteMatchesAFreshBuild() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("trustsite-example-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: temp) }
        let options = BuildOptions(content: Self.root + "/content", output: temp + "/site", asOf: Day("2026-01-01")!)
        #expect(options.resolvedTemplates() == Self.root + "/templates")
        _ = try SiteBuilder(options: options).build()

        let built = Tree.snapshot(temp + "/site")
        let committed = Tree.snapshot(Self.root + "/site")
        #expect(!committed.isEmpty, "no committed site/ folder")
        let missing = Set(built.keys).subtracting(committed.keys).sorted()
        let extra = Set(committed.keys).subtracting(built.keys).sorted()
        #expect(missing.isEmpty, "files the build writes but site/ lacks: \(missing). \(Self.stale)")
        #expect(extra.isEmpty, "files in site/ the build no longer writes: \(extra). \(Self.stale)")
        let differing = built.keys.sorted().filter { committed[$0] != nil && committed[$0] != built[$0] }
        #expect(differing.isEmpty, "files in site/ that differ from a fresh build: \(differing). \(Self.stale)")
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
