import Foundation
import Testing
import TrustsiteCore
import TrustsiteModel

extension TempSite {
    /// Builds the site into `output` with a fixed as-of date; throws what the builder throws.
    @discardableResult
    public func build(asOf: Day = TempSite.asOf, baseURL: String? = nil) throws -> BuildReport {
        try SiteBuilder(options: BuildOptions(content: content, output: output, baseURL: baseURL, asOf: asOf)).build()
    }

    /// A site of `files` (paths relative to `content/`), built, for one-line set-up in tests.
    public static func built(content files: [String: String], siteYML: String? = nil, asOf: Day = TempSite.asOf) throws -> TempSite {
        let site = try TempSite(content: files, siteYML: siteYML)
        try site.build(asOf: asOf)
        return site
    }

    /// Options for this site with the fixed as-of date (`root/templates` when there is one).
    public var options: BuildOptions {
        let templates = FileManager.default.fileExists(atPath: root + "/templates") ? root + "/templates" : nil
        return BuildOptions(content: content, templates: templates, output: output, asOf: Self.asOf)
    }

    /// `trustsite check` through the library.
    public func check() -> CheckReport { SiteBuilder(options: options).check() }

    /// The check's diagnostics as lines, with the temporary root shown as `R`.
    public func lines(_ severity: Diagnostic.Severity? = nil) -> [String] {
        check().diagnostics.filter { severity == nil || $0.severity == severity }.map {
            $0.description.replacingOccurrences(of: root, with: "R")
        }
    }

    /// Whether `path` (relative to the output folder) is an existing file.
    public func exists(_ path: String) -> Bool { Tree.isFile(output + "/" + path) }

    /// The text of an output file; fails the test when it is missing.
    public func read(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let data = try #require(
            FileManager.default.contents(atPath: output + "/" + path),
            "missing output file \(path)", sourceLocation: sourceLocation)
        return String(decoding: data, as: UTF8.self)
    }

    /// Every file under the output folder, as sorted relative paths.
    public func outputFiles() -> [String] { Tree.files(under: output) }
}
