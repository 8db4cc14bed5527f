import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The paths a build reads, through a `FileIO` over the disk.
final class ReadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []

    /// The disk, with every read recorded here, and every file stamped however recently it changed (a fixture's files
    /// are seconds old; `aFileChangedJustNowIsReadAgain` covers the disk's rule).
    var io: FileIO {
        var io = FileIO.disk
        io.stamp = { FileIO.diskStamp($0, racyWithin: nil) }
        let read = io.read
        io.read = { path in
            self.lock.withLock { self.paths.append(path) }
            return try read(path)
        }
        return io
    }

    /// Whether a path under `folder` was read.
    func readAny(under folder: String) -> Bool { lock.withLock { paths.contains { $0.hasPrefix(folder + "/") } } }
}

/// A statement whose files are untouched since the last build is not read at all: its digest from the cache stands in
/// for it, on the site-wide pages, in the checks of links into it, and for its own warnings.
extension BuildCacheTests {
    /// Builds `site` with the cache, recording what it reads.
    @discardableResult
    func build(_ site: TempSite, log: ReadLog) throws -> BuildReport {
        try SiteBuilder(options: site.options, io: log.io).build()
    }

    /// What a build without any cache reports for `site`'s content: its warnings, as text.
    func uncachedWarnings(_ site: TempSite) throws -> [String] {
        let fresh = try TempSite()
        try FileManager.default.removeItem(atPath: fresh.root)
        try FileManager.default.createDirectory(atPath: fresh.root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: site.content, toPath: fresh.content)
        return try build(fresh, useCache: false).warnings.map { $0.description.replacingOccurrences(of: fresh.root, with: site.root) }
    }

    @Test func anUntouchedStatementIsNotReadAgain() throws {
        let site = try TempSite(Self.files)
        try build(site, log: ReadLog())
        try site.write("content/terms/2024-06-01.md", "---\ntitle: Terms\nsummary: Fees.\n---\n## Scope\n\nAll.\n\n## Fees\n\nNone.\n")
        let log = ReadLog()
        let report = try build(site, log: log)
        #expect(report.reused == 1 && report.statements == 2 && report.versions == 4)
        #expect(log.readAny(under: site.content + "/terms") && !log.readAny(under: site.content + "/privacy"))
        #expect(Tree.snapshot(site.output) == (try uncached(site)))
    }

    @Test func aLinkIntoAStatementThatChangedIsCheckedAgain() throws {
        let site = try TempSite(Self.files.merging(["content/privacy/2024-01-01.md": "## Data\n\nSee [scope](/terms/#scope).\n"]) { $1 })
        #expect(try build(site, log: ReadLog()).warnings.isEmpty)
        // Terms renames the heading privacy links to; privacy itself is untouched and not read again.
        try site.write("content/terms/2024-06-01.md", "---\ntitle: Terms\nsummary: Reach.\n---\n## Reach\n\nAll.\n")
        let log = ReadLog()
        let report = try build(site, log: log)
        #expect(!log.readAny(under: site.content + "/privacy"))
        let warnings = report.warnings.map(\.description)
        #expect(
            warnings.contains { $0.hasPrefix(site.content + "/privacy/2024-01-01.md:3:") && $0.contains("'/terms/#scope' leads nowhere") })
        #expect(warnings == (try uncachedWarnings(site)))
        #expect(Tree.snapshot(site.output) == (try uncached(site)))
    }

    @Test func theWarningsOfAStatementNotReadAreReportedAgain() throws {
        let site = try TempSite(
            Self.files.merging(["content/privacy/2024-01-01.md": "---\ntitel: Privacy\n---\n## Data\n\nLittle.\n"]) { $1 })
        let first = try build(site, log: ReadLog()).warnings.map(\.description)
        #expect(first.contains { $0.contains("unknown front matter key 'titel'") })
        let log = ReadLog()
        let again = try build(site, log: log)
        #expect(again.reused == 2 && !log.readAny(under: site.content))
        #expect(again.warnings.map(\.description) == first)
        #expect(first == (try uncachedWarnings(site)))
    }

    @Test func aTouchedFileIsReadAgainButItsPagesAreNotRendered() throws {
        let site = try TempSite(Self.files)
        try build(site, log: ReadLog())
        let path = site.content + "/privacy/2024-01-01.md"
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: path)
        let log = ReadLog()
        #expect(try build(site, log: log).reused == 2)
        #expect(log.readAny(under: site.content + "/privacy"))
        #expect(Tree.snapshot(site.output) == (try uncached(site)))
        // Its new stamps are recorded: the next build reads nothing.
        let next = ReadLog()
        try build(site, log: next)
        #expect(!next.readAny(under: site.content))
    }

    @Test func aFileChangedJustNowIsReadAgain() throws {
        // Its stamp could miss a second change in the same clock tick, so the next build does not trust it.
        let site = try TempSite(Self.files)
        try build(site)
        let log = ReadLog()
        var options = site.options
        options.useCache = true
        var io = log.io
        io.stamp = FileIO.disk.stamp
        #expect(try SiteBuilder(options: options, io: io).build().reused == 2)
        #expect(log.readAny(under: site.content + "/privacy"), "files seconds old are read again")
        #expect(Tree.snapshot(site.output) == (try uncached(site)))
    }

    @Test func aFolderThatBecomesAStatementChangesTheLinksOfStatementsNotRead() throws {
        // Without version files, `c` is no statement (its statement.yml has a warning, so the folder is only left out).
        var files = Self.files
        files["content/privacy/2024-01-01.md"] = "## Data\n\nSee [cookies](/c/) and [the first](../c/2024-01-01.md).\n"
        files["content/c/statement.yml"] = "titel: Cookies\n"
        let site = try TempSite(files)
        try build(site, log: ReadLog())
        try site.write("content/c/2024-01-01.md", "## Cookies\n\nNone.\n")
        try build(site, log: ReadLog())
        #expect(
            try String(contentsOfFile: site.output + "/privacy/index.html", encoding: .utf8).contains("href=\"../c/2024-01-01/index.html\"")
        )
        #expect(Tree.snapshot(site.output) == (try uncached(site)))
    }

    @Test func aCacheNamingFilesOutsideItsStatementIsNotTrusted() throws {
        let site = try TempSite(Self.files)
        try build(site, log: ReadLog())
        let cache = site.root + "/.site.cache.json"
        let text = try String(contentsOfFile: cache, encoding: .utf8)
        #expect(text.contains(#""privacy\/index.html""#))
        try text.replacingOccurrences(of: #""privacy\/index.html""#, with: #""privacy\/..\/..\/outside.html""#)
            .write(toFile: cache, atomically: true, encoding: .utf8)
        #expect(try build(site, log: ReadLog()).reused == 0)
        #expect(Tree.snapshot(site.output) == (try uncached(site)))
    }
}
