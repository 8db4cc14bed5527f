import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// YAML anchors and aliases are refused in front matter, site.yml and statement.yml however they are written, so
    /// no short text can make the YAML composer do exponential work; nesting is capped too.
    @Suite struct YAMLGuardTests {
        static let path = "content/p/2024-01-01.md"

        /// The errors of a site whose one version has `yaml` as front matter.
        static func frontMatterErrors(_ yaml: String) -> [String] {
            MemoryFiles([path: "---\n" + yaml + "\n---\nBody\n"]).load().1.filter { $0.severity == .error }.map(\.description)
        }

        /// Aliases used as mapping keys, which Yams would hash, expanded, to find duplicates: 2^30 nodes. The aliases
        /// are followed by ':' (a flow mapping's key), so a scan of the text that ends names at spaces and commas
        /// reads them as other names.
        static var keyBomb: String {
            var yaml = "a0: &a0 [x, x]\n"
            for i in 1...30 { yaml += "a\(i): &a\(i) [{*a\(i - 1): x}, {*a\(i - 1): y}]\n" }
            return yaml + "z: {*a30: 1, *a29: 2}"
        }

        @Test func anAliasIsAnErrorAtTheAliasAndItsAnchorAtTheAnchor() {
            #expect(
                Self.frontMatterErrors("title: &t Privacy\nsummary: *t") == [
                    "\(Self.path):2:8: error: front matter defines the YAML anchor '&t'; anchors and aliases are not allowed here: "
                        + "remove it, or put the value in quotes if '&' belongs to the text",
                    "\(Self.path):3:10: error: front matter uses the YAML alias '*t'; aliases and anchors are not allowed here: "
                        + "write the value out in full",
                ])
        }

        /// Every way of writing an anchor or alias that YAML allows: in keys, merge keys, flow collections, after
        /// tags, with names a text scan would cut differently, on collections.
        @Test(
            arguments: [
                ("a: &x 1\n? *x\n: 2", [(2, 4), (3, 3)]),
                ("base: &b {title: T}\n<<: *b", [(2, 7), (3, 5)]),
                ("a: [&x 1, *x, {*x: 2}]", [(2, 5), (2, 11), (2, 16)]),
                ("a: !!str &x v\nb: &y !!str w\nc: [*x, *y]", [(2, 4), (3, 4), (4, 5), (4, 9)]),
                ("a: &x-y_1 v\nb: {*x-y_1: 3}", [(2, 4), (3, 5)]),
                ("&m {title: T}", [(2, 1)]),
                ("a: !!map &m {b: 1}\nc: !!seq &q [*m]", [(2, 4), (3, 4), (3, 14)]),
                ("a: &s\n  - 1\nb: *s", [(2, 4), (4, 4)]),
                ("a:\n  b: &deep {c: 1}\n  d: [[[*deep]]]", [(3, 6), (4, 9)]),
            ] as [(String, [(Int, Int)])])
        func anchorsAndAliasesAreRefusedHoweverTheyAreWritten(_ yaml: String, _ at: [(Int, Int)]) {
            let errors = Self.frontMatterErrors(yaml)
            #expect(errors.map { $0.split(separator: ":").dropFirst().prefix(2).joined(separator: ":") } == at.map { "\($0.0):\($0.1)" })
            #expect(errors.allSatisfy { $0.contains("YAML anchor '&") || $0.contains("YAML alias '*") }, "\(errors)")
        }

        @Test func aliasBombsAreRefusedBeforeAnythingExpands() {
            let errors = Self.frontMatterErrors(Self.keyBomb)
            #expect(errors.count == YAMLGuard.maxReported && errors[0].hasPrefix("\(Self.path):2:5: error: front matter defines"))
            var chain = "a0: &a0 x\n"
            for i in 1...2000 { chain += "a\(i): &a\(i) [*a\(i - 1), *a\(i - 1)]\n" }
            #expect(Self.frontMatterErrors(chain).count == YAMLGuard.maxReported)
        }

        @Test func textThatOnlyLooksLikeAnAnchorOrAliasIsRead() throws {
            let yaml = "title: \"*Privacy* &Co\"\nsummary: Terms & Conditions *apply* 'x' &amp; *\nx: '&a *b'\ny: [\"*c\", '&d']"
            let (source, diagnostics) = MemoryFiles([Self.path: "---\n" + yaml + "\n---\nBody\n"]).load()
            #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
            let version = try #require(source.statements.first?.versions.first)
            #expect(version.frontMatter.title == "*Privacy* &Co")
            #expect(version.frontMatter.summary == "Terms & Conditions *apply* 'x' &amp; *")
        }

        @Test func siteAndStatementSettingsRefuseThemToo() {
            let (_, diagnostics) = MemoryFiles([
                "content/site.yml": "title: &t Trust\norganization: *t\n",
                "content/p/statement.yml": "title: x\ndescription: {<<: *nope}\n",
                Self.path: "Body\n",
            ]).load()
            #expect(
                diagnostics.filter { $0.severity == .error }.map { $0.description.prefix(while: { $0 != "'" }) } == [
                    "content/p/statement.yml:2:19: error: statement.yml uses the YAML alias ",
                    "content/site.yml:1:8: error: site.yml defines the YAML anchor ",
                    "content/site.yml:2:15: error: site.yml uses the YAML alias ",
                ])
        }

        @Test func deepNestingIsAnErrorAtTheLevelTooDeep() {
            let flow = Self.frontMatterErrors("title: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100))
            #expect(
                flow == [
                    "\(Self.path):2:\(7 + YAMLGuard.maxDepth): error: front matter nests lists or mappings more than "
                        + "\(YAMLGuard.maxDepth) levels deep; write each value on one line"
                ])
            let block = (0..<40).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x"
            #expect(Self.frontMatterErrors(block).first?.hasPrefix("\(Self.path):\(2 + YAMLGuard.maxDepth):") == true)
            let keys = Self.frontMatterErrors("? " + String(repeating: "{", count: 300) + String(repeating: "}", count: 300) + "\n: x")
            #expect(keys.count == 1 && keys[0].contains("levels deep"))
            // Deeper still, libyaml's own limit stops it first: an error, never a crash.
            let deeper = Self.frontMatterErrors("title: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000))
            #expect(deeper.count == 1 && deeper[0].hasPrefix("\(Self.path):2:"))
        }
    }
}
