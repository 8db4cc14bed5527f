import Foundation
import Testing
@testable import TrustsiteModel

extension Reliability {
    /// `trustsite show <slug> --on D` as a user runs it: the built binary in a child process.
    @Suite struct ShowCommandTests {
        static let files = [
            "content/terms/2024-01-01.md": "---\neffective: 2024-02-01\n---\n## Fees\n\nNone.\n",
            "content/terms/2024-03-01.md": "---\nsummary: s\nchange: material\neffective: 2024-05-01\n---\n## Fees\n\nSome.\n",
            "content/site.yml": "base_url: https://trust.example.com\n",
        ]

        @Test func printsTheVersionInForceOnTheDate() throws {
            let site = try TempSite(Self.files)
            let result = try TrustsiteBinary.run(["show", "terms", "--on", "2024-04-30"], in: site.root)
            #expect(result.status == 0)
            #expect(
                result.stdout == """
                    terms on 2024-04-30: the version of 2024-01-01 (in force from 2024-02-01 until 2024-05-01)
                    file: content/terms/2024-01-01.md
                    url: https://trust.example.com/terms/2024-01-01/

                    """)
            let later = try TrustsiteBinary.run(["show", "terms", "--on", "2024-05-01", "--json"], in: site.root)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(later.stdout.utf8)) as? [String: Any])
            #expect(json["date"] as? String == "2024-03-01" && json["change"] as? String == "material")
            #expect(json["in_force_from"] as? String == "2024-05-01" && json["in_force_until"] is NSNull)
            #expect(json["file"] as? String == "content/terms/2024-03-01.md")
        }

        @Test func aDateBeforeTheFirstVersionExitsOne() throws {
            let site = try TempSite(Self.files)
            let result = try TrustsiteBinary.run(["show", "terms", "--on", "2024-01-15"], in: site.root)
            #expect(result.status == 1 && result.stdout.isEmpty)
            #expect(result.stderr == "error: no version of 'terms' is in force on 2024-01-15: the first is in force from 2024-02-01\n")
        }

        @Test func anUnknownSlugNamesTheClosestAndABadDateIsRefused() throws {
            let site = try TempSite(Self.files)
            let unknown = try TrustsiteBinary.run(["show", "trems", "--on", "2024-04-30"], in: site.root)
            #expect(unknown.status == 2)
            #expect(unknown.stderr == "content/trems: error: no statement 'trems' (did you mean 'terms'?); statements: terms\n")
            let bad = try TrustsiteBinary.run(["show", "terms", "--on", "2024-02-30"], in: site.root)
            #expect(bad.status != 0 && bad.stderr.contains("'2024-02-30' is not a date (expected YYYY-MM-DD)"))
        }
    }
}
