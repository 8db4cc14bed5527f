import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The three real corpora in `../shared/corpus` (optional: tests that use them pass without them), laid out as content.
enum RealCorpora {
    /// `../shared/corpus`, beside the repository.
    static let root = CorpusTests.corpus
    static var isPresent: Bool { FileManager.default.fileExists(atPath: root) }
    /// The Open Terms Archive collection: a git bundle and the script that lays it out as content.
    static let pgaScript = root + "/open-terms-archive-pga/to-content.py"
    static let pgaBundle = root + "/open-terms-archive-pga/pga-versions.bundle"

    /// The GitHub and Basecamp corpora as content in `fixture` (one day per version, as `CorpusTests` lays them out).
    static func folderCorpora(into fixture: TempSite) throws -> String {
        _ = try CorpusTests.copyCorpus(into: fixture.content)
        return fixture.content
    }

    /// The pga collection as content (`to-content.py`, every document of two or more days, one file per day), laid out
    /// once per copy of the bundle in the temporary folder and reused by later runs (it takes most of a minute).
    static let pga: Result<String, any Error> = Result {
        let attributes = try FileManager.default.attributesOfItem(atPath: pgaBundle)
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = Int((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trustsite-pga-content-\(size)-\(modified)").path
        if FileManager.default.fileExists(atPath: folder) { return folder }
        let partial = folder + ".partial-\(getpid())"
        try? FileManager.default.removeItem(atPath: partial)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", pgaScript, partial]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ReferenceText.ReferenceError(message: "\(pgaScript) exited with \(process.terminationStatus)")
        }
        // Another test process may have finished first: then its copy is used and this one is dropped.
        if (try? FileManager.default.moveItem(atPath: partial, toPath: folder)) == nil {
            try? FileManager.default.removeItem(atPath: partial)
        }
        return folder
    }

    /// The statement folders of a content folder, as (slug, path), sorted.
    static func statements(in content: String) throws -> [(slug: String, path: String)] {
        try FileManager.default.contentsOfDirectory(atPath: content).sorted().compactMap { name in
            var folder: ObjCBool = false
            let path = content + "/" + name
            return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue ? (name, path) : nil
        }
    }
}
