import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// A site built from inline files in a fresh temporary folder, removed again when the fixture goes away.
final class SiteFixture {
    /// The as-of date every fixture build uses unless told otherwise; never today.
    static let asOf = Day("2024-06-01")!

    /// The temporary folder holding `content/` and `site/`.
    let root: String
    /// The content folder.
    var content: String { root + "/content" }
    /// The output folder.
    var output: String { root + "/site" }

    /// Writes `files` (paths relative to `content/`) and an optional `site.yml` into a new temporary folder.
    init(_ files: [String: String], siteYML: String? = nil, bytes: [String: [UInt8]] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("trustsite-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        var all = files.mapValues { Array($0.utf8) }.merging(bytes) { _, new in new }
        if let siteYML { all["site.yml"] = Array(siteYML.utf8) }
        for (path, data) in all { try Self.write(data, to: content + "/" + path) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes `data` to `path`, creating parent folders.
    static func write(_ data: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(data).write(to: url)
    }

    /// Builds the site into `output` with a fixed as-of date; throws what the builder throws.
    @discardableResult
    func build(asOf: Day = SiteFixture.asOf, baseURL: String? = nil) throws -> BuildReport {
        try SiteBuilder(options: BuildOptions(content: content, output: output, baseURL: baseURL, asOf: asOf)).build()
    }

    /// Builds and returns the fixture, for one-line set-up in tests.
    static func built(_ files: [String: String], siteYML: String? = nil, asOf: Day = SiteFixture.asOf) throws -> SiteFixture {
        let fixture = try SiteFixture(files, siteYML: siteYML)
        try fixture.build(asOf: asOf)
        return fixture
    }

    /// Whether `path` (relative to the output folder) is an existing file.
    func exists(_ path: String) -> Bool { OutputTree.isFile(output + "/" + path) }

    /// The text of an output file; fails the test when it is missing.
    func read(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let data = try #require(
            FileManager.default.contents(atPath: output + "/" + path),
            "missing output file \(path)", sourceLocation: sourceLocation)
        return String(decoding: data, as: UTF8.self)
    }

    /// Every file under the output folder, as sorted relative paths.
    func outputFiles() -> [String] { OutputTree.files(under: output) }
}

/// Walking a built site on disk.
enum OutputTree {
    /// Whether `path` is an existing regular file.
    static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// Relative paths of all files under `folder`, sorted.
    static func files(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let relative = walker.nextObject() as? String {
            if isFile(folder + "/" + relative) { out.append(relative) }
        }
        return out.sorted()
    }

    /// Every file's bytes by relative path, for byte-for-byte comparisons.
    static func snapshot(_ folder: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for path in files(under: folder) { out[path] = FileManager.default.contents(atPath: folder + "/" + path) }
        return out
    }
}
