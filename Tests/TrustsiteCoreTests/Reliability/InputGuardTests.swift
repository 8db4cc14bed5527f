import Foundation
import Testing
@testable import TrustsiteCore

extension Reliability {
    /// Inputs that could hang, loop or smuggle a script into the site end in a clear error instead.
    @Suite struct InputGuardTests {
        /// A "billion laughs" document: nine levels of nine aliases each.
        static var aliasBomb: String {
            var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            for (previous, name) in zip("abcdefgh", "bcdefghi") {
                yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            }
            return yaml
        }

        /// Aliases used as mapping keys, which Yams would hash, expanded, to find duplicates: 2^30 nodes.
        static var keyBomb: String {
            var yaml = "a0: &a0 [x, x]\n"
            for i in 1...30 { yaml += "a\(i): &a\(i) [*a\(i - 1), *a\(i - 1)]\n" }
            return yaml + "? *a30\n: 1\n? *a29\n: 2\n"
        }

        @Test func aliasBombsAreRefusedBeforeTheyExpand() throws {
            let start = Date()
            let site = try TempSite([
                "content/p/2024-01-01.md": "---\n" + Self.keyBomb + "---\nBody\n",
                "content/q/2024-01-01.md": "---\n" + Self.aliasBomb + "---\nBody\n",
            ])
            #expect(
                site.lines(.error) == [
                    "R/content/p/2024-01-01.md:11:10: error: front matter uses more than 16 YAML aliases (*name); write the values out in full",
                    "R/content/q/2024-01-01.md:4:29: error: front matter uses more than 16 YAML aliases (*name); write the values out in full",
                ])
            #expect(Date().timeIntervalSince(start) < 10)
        }

        @Test func aFewAliasesAndStarsInTextAreFine() throws {
            let site = try TempSite(["content/p/2024-01-01.md": "---\ntitle: &t Privacy\nsummary: \"*new* and *more*\"\nx: *t\n---\nBody\n"]
            )
            #expect(site.lines(.error).isEmpty)
            #expect(YAMLGuard.firstExcessAlias("summary: '*a* *b*'\n" + String(repeating: "k: *a # *a *a\n", count: 40)) == nil)
        }

        @Test func deeplyNestedYAMLIsAnErrorNotACrash() throws {
            let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
            let lines = try TempSite(["content/p/2024-01-01.md": "---\ntitle: \(deep)\n---\nBody\n"]).lines(.error)
            #expect(
                lines.count == 1 && lines[0].hasPrefix("R/content/p/2024-01-01.md:2:")
                    && lines[0].contains("front matter is not valid YAML"))
        }

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
