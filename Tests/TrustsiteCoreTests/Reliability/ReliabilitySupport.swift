import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The reliability tests: `trustsite check`, nothing lost on a killed build, determinism, robustness and safe output.
/// Every suite here is nested in it, so `swift test --filter Reliability` runs them all.
@Suite enum Reliability {}

/// A site written from inline files into a fresh temporary folder (`content/`, optional `templates/`), removed on deinit.
final class TempSite {
    /// The as-of date of every check and build here; never today.
    static let asOf = Day("2024-06-01")!

    /// The temporary folder.
    let root: String
    /// `root/content`.
    var content: String { root + "/content" }
    /// `root/site`.
    var output: String { root + "/site" }

    /// Writes `files` (paths relative to `root`, e.g. `content/p/2024-01-01.md`) as text and `bytes` as raw bytes.
    init(_ files: [String: String] = [:], bytes: [String: [UInt8]] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("trustsite-rel-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
        for (path, data) in bytes { try write(path, bytes: data) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes one file under `root`, creating folders.
    func write(_ path: String, _ text: String) throws { try write(path, bytes: Array(text.utf8)) }

    /// Writes raw bytes under `root`, creating folders.
    func write(_ path: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Copies the built-in theme to `root/templates`, with `changes` (path → text) applied.
    func writeTheme(_ changes: [String: String] = [:]) throws {
        for (path, text) in DefaultTheme.files.merging(changes, uniquingKeysWith: { _, new in new }) {
            try write("templates/" + path, text)
        }
    }

    /// Options for this site with a fixed as-of date.
    var options: BuildOptions {
        let templates = FileManager.default.fileExists(atPath: root + "/templates") ? root + "/templates" : nil
        return BuildOptions(content: content, templates: templates, output: output, asOf: Self.asOf)
    }

    /// `trustsite check` through the library.
    func check() -> CheckReport { SiteBuilder(options: options).check() }

    /// The check's diagnostics as lines, with the temporary root shown as `R`.
    func lines(_ severity: Diagnostic.Severity? = nil) -> [String] {
        check().diagnostics.filter { severity == nil || $0.severity == severity }.map {
            $0.description.replacingOccurrences(of: root, with: "R")
        }
    }
}

/// Files of a built site on disk.
enum Tree {
    /// Every regular file under `folder` by relative path, with its bytes.
    static func snapshot(_ folder: String) -> [String: Data] {
        var out: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return out }
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                out[relative] = FileManager.default.contents(atPath: folder + "/" + relative)
            }
        }
        return out
    }

    /// The entries of `folder`, sorted (hidden ones included).
    static func entries(_ folder: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() }
}
