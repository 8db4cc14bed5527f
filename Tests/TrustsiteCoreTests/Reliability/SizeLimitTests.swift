import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// A content file over the documented 10 MB limit is an error at its path, found before it is parsed (libcmark never
    /// sees it); front matter with very many unknown keys is checked in linear time.
    @Suite struct SizeLimitTests {
        static let limit = 10 * 1024 * 1024

        static func tooLarge(_ size: Int) -> String {
            "error: file is \(size) bytes, more than the limit of \(limit) bytes (10 MB) for a content file; split it or shorten it"
        }

        /// A version of `size` bytes: a heading, then lines of words.
        static func version(_ size: Int) -> [UInt8] {
            var bytes = Array("## A\n\n".utf8)
            let line = Array("words and words.\n".utf8)
            while bytes.count + line.count <= size { bytes += line }
            return bytes + Array(repeating: UInt8(ascii: "x"), count: size - bytes.count)
        }

        @Test func aVersionOrSettingsFileOverTheLimitIsAnErrorOnDiskAndInMemory() throws {
            let big = Self.version(Self.limit + 1)
            let files = [
                "content/p/2024-01-01.md": Array("## A\n\nText.\n".utf8), "content/p/2024-02-01.md": big,
                "content/p/statement.yml": Array("title: T\n# ".utf8) + Array(repeating: UInt8(ascii: "x"), count: Self.limit),
            ]
            let site = try TempSite(bytes: files)
            let yml = Self.limit + 11
            #expect(
                site.lines(.error) == [
                    "R/content/p/2024-02-01.md: " + Self.tooLarge(Self.limit + 1), "R/content/p/statement.yml: " + Self.tooLarge(yml),
                ])
            let memory = InMemoryBuild.run(files).diagnostics.filter { $0.severity == .error }.map(\.description)
            #expect(
                memory == ["content/p/2024-02-01.md: " + Self.tooLarge(Self.limit + 1), "content/p/statement.yml: " + Self.tooLarge(yml)])
            #expect(throws: InputErrors.self) { try StandaloneVersion.load(site.content + "/p/2024-02-01.md") }
        }

        @Test func aVersionAtTheLimitIsRead() throws {
            let site = try TempSite(bytes: ["content/p/2024-01-01.md": Self.version(Self.limit)])
            #expect(site.lines(.error).isEmpty)
        }

        @Test(.timeLimit(.minutes(5))) func oneHundredThousandUnknownKeysAreCheckedInLinearTime() throws {
            let keys = 100_000
            let front = (0..<keys).map { "key\($0): v\n" }.joined()
            let site = try TempSite(["content/p/2024-01-01.md": "---\n" + front + "---\n## A\n\nText.\n"])
            let start = Date()
            let report = site.check()
            #expect(report.errors == 0 && report.warnings == keys)
            #expect(report.diagnostics.first?.message.hasPrefix("unknown front matter key 'key0'") == true)
            // Quadratic, this took many minutes (27 s already for 20,000 keys); linear, about ten seconds in a debug build.
            #expect(Date().timeIntervalSince(start) < 120)
        }
    }
}
