import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// Inputs that could hang, loop or smuggle a script into the site end in a clear error instead.
    @Suite struct InputGuardTests {
        @Test func aSymbolicLinkLoopInTheContentFolderIsAnError() throws {
            let site = try TempSite(["content/ok/2024-01-01.md": "Text.\n"])
            try FileManager.default.createSymbolicLink(atPath: site.content + "/loop", withDestinationPath: "loop")
            try FileManager.default.createSymbolicLink(atPath: site.content + "/ok/2024-02-01.md", withDestinationPath: "2024-02-01.md")
            #expect(FileIO.disk.kind(site.content + "/loop") == .missing)
            let loop = "error: symbolic link loops (it leads back to itself, or to the folder that holds it or one above); remove it"
            #expect(site.lines(.error) == ["R/content/loop: " + loop, "R/content/ok/2024-02-01.md: " + loop])
        }

        @Test func aFolderLinkedToItsParentIsNotFollowed() throws {
            let site = try TempSite(["content/ok/2024-01-01.md": "Text.\n"])
            try FileManager.default.createSymbolicLink(atPath: site.content + "/ok/up", withDestinationPath: "..")
            try FileManager.default.createSymbolicLink(atPath: site.content + "/again", withDestinationPath: ".")
            #expect(
                site.lines(.error) == [
                    "R/content/again: error: symbolic link loops (it leads back to itself, or to the folder that holds it or one above); remove it"
                ])
        }

        @Test(arguments: ["javascript:alert(1)", "a\"b", "a b", "x#y", "q?x", "50%"])
        func folderNamesThatCannotBeURLsAreErrors(_ name: String) throws {
            let lines = try TempSite(["content/\(name)/2024-01-01.md": "Text.\n", "content/ok/2024-01-01.md": "Text.\n"]).lines(.error)
            #expect(
                lines.count == 1
                    && lines[0].hasPrefix("R/content/\(name): error: statement folder name cannot be used in a URL (it contains "))
            #expect(lines.first?.hasSuffix("; rename the folder using letters, digits, '-' and '_'") == true)
        }

        @Test func twoFolderNamesThatAreOneTextInTwoUnicodeSpellingsAreAnError() throws {
            let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
            // Two keys of one dictionary literal would be one key: Swift compares the spellings as equal.
            let site = try TempSite(["content/\(composed)/2024-01-01.md": "Text.\n"])
            try site.write("content/\(decomposed)/2024-01-01.md", "Text.\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: site.content).count == 2)
            let lines = site.lines(.error)
            #expect(lines.count == 1 && lines[0].contains(": error: statement folder name is the same text as '"))
            #expect(throws: InputErrors.self) { try SiteBuilder(options: site.options).build() }
            #expect(!FileManager.default.fileExists(atPath: site.output))
        }

        @Test func aBaseURLThatIsNotHTTPIsAnError() throws {
            let site = try TempSite([
                "content/site.yml": "title: T\nbase_url: \"javascript:alert(1)//\"\n", "content/ok/2024-01-01.md": "Text.\n",
            ])
            #expect(
                site.lines(.error) == [
                    "R/content/site.yml:2:11: error: 'base_url' must be an http:// or https:// address without spaces, e.g. https://trust.example.com"
                ])
            var options = site.options
            options.baseURL = "JavaScript:alert(1)"
            #expect(
                SiteBuilder(options: options).check().diagnostics.map(\.description).contains(
                    "--base-url: error: --base-url must be an http:// or https:// address without spaces, e.g. https://trust.example.com"))
        }
    }
}
