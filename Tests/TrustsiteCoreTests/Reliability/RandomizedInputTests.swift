import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The fixed-seed generator, so every run tries the same inputs and a failure can be replayed.
typealias SeededGenerator = SplitMix64

extension Reliability {
    /// Thousands of mutated real and generated statements through the whole in-memory pipeline: none may crash, hang,
    /// lose a file without an error, point outside its file, or let a script or `javascript:` link into a page.
    @Suite struct RandomizedInputTests {
        /// How many sites to try.
        static let cases = 2_500

        /// The example statements in the repository, read as seeds.
        static func realStatements() -> [[UInt8]] {
            let content = Repository.root() + "/content"
            let folders = (try? FileManager.default.contentsOfDirectory(atPath: content)) ?? []
            return folders.sorted().flatMap { folder in
                ((try? FileManager.default.contentsOfDirectory(atPath: content + "/" + folder)) ?? []).sorted()
                    .filter { $0.hasSuffix(".md") }
                    .compactMap { FileManager.default.contents(atPath: content + "/" + folder + "/" + $0).map { [UInt8]($0) } }
            }
        }

        @Test(.timeLimit(.minutes(10))) func mutatedStatementsNeverBreakTheBuild() {
            var random = SeededGenerator(seed: 0x7275_7374_7369_7465)
            let seeds = Self.realStatements()
            #expect(seeds.count >= 2, "the example content was not found; the test would only use generated statements")
            let dates = ["2023-01-01", "2023-06-01", "2024-01-01", "2024-13-01", "2024-02-30"]
            var withErrors = 0, withPages = 0
            for n in 0..<Self.cases {
                var files: [String: [UInt8]] = ["content/other/2024-01-01.md": Array("## Target {#t}\n\nText.\n".utf8)]
                let versions = Int.random(in: 1...3, using: &random)
                for v in 0..<versions {
                    var text =
                        Bool.random(using: &random) && !seeds.isEmpty
                        ? seeds.randomElement(using: &random)! : StatementGenerator.statement(&random)
                    for _ in 0..<Int.random(in: 0...4, using: &random) { Mutator.mutate(&text, &random) }
                    let date = v < 3 && Int.random(in: 0..<20, using: &random) > 0 ? dates[v] : dates.randomElement(using: &random)!
                    files["content/p/\(date).md"] = text
                }
                if Int.random(in: 0..<10, using: &random) == 0 {
                    files["content/site.yml"] = Array("raw_html: \(Bool.random(using: &random))\n".utf8)
                }
                let pages = n % 20 == 0
                let outcome = InMemoryBuild.run(files, pages: pages)
                InMemoryBuild.expectSafe(files, outcome, "case \(n)")
                if outcome.diagnostics.contains(where: { $0.severity == .error }) { withErrors += 1 }
                if pages && !outcome.pages.isEmpty { withPages += 1 }
            }
            // The mix must exercise both outcomes, or the test proves less than it claims.
            #expect(withErrors > Self.cases / 20 && withErrors < Self.cases * 19 / 20, "\(withErrors) of \(Self.cases) cases had errors")
            #expect(withPages > Self.cases / 200, "only \(withPages) cases rendered pages")
        }
    }
}
