import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// Every error a user sees reads `path: error: …` with the system's reason, never Foundation's own error text.
    @Suite struct ErrorFormTests {
        @Test func anOutputThatCannotBeCreatedIsOneLineNamingItsPath() throws {
            let site = try TempSite(["content/p/2024-01-01.md": "## A\n\nText.\n", "notes.txt": "a file\n"])
            let result = try TrustsiteBinary.run(["build", "--output", "notes.txt/site", "--as-of", "2024-06-01"], in: site.root)
            #expect(result.status == 1 && !result.signalled)
            #expect(result.stderr == "\(site.root)/notes.txt/.site.lock: error: cannot create the build lock file: Not a directory\n")
            #expect(!result.stderr.contains("Domain") && result.stdout.isEmpty)
        }

        @Test func aFoundationErrorBecomesItsSystemReason() {
            let readOnly = CocoaError(
                .fileWriteVolumeReadOnly,
                userInfo: [
                    NSFilePathErrorKey: "/ro/.site.staging", NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS)),
                ])
            #expect(WriteError(readOnly, path: "/ro/site").description == "/ro/site: error: cannot write the site: Read-only file system")
            #expect(
                WriteError(POSIXError(.ENOSPC), "cannot write the file", path: "x").description
                    == "x: error: cannot write the file: No space left on device")
            let own = WriteError(message: "mine", path: "p")
            #expect(WriteError(own, path: "other").description == "p: error: mine")
        }

        @Test func aPreviewWriteThatFailsNamesTheFile() throws {
            let site = try TempSite(["content/p/2024-01-01.md": "## A\n\nText.\n"])
            try SiteBuilder(options: site.options).build(into: .inPlace)
            try FileManager.default.removeItem(atPath: site.output + "/p")
            try Data("a file where a folder goes\n".utf8).write(to: URL(fileURLWithPath: site.output + "/p"))
            let error = #expect(throws: WriteError.self) { try SiteBuilder(options: site.options).build(into: .inPlace) }
            let text = error?.description ?? ""
            #expect(
                text.hasPrefix("\(site.output)/p/") && text.contains(": error: cannot ") && text.hasSuffix(": Not a directory"), "\(text)")
            #expect(!text.contains("Domain") && !text.contains(".trustsite-writing-"))
        }
    }
}
