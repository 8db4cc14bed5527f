import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Front matter: splitting, known and unknown keys, and errors that point at the right `line:col`.
@Suite struct FrontMatterTests {
    static let path = "content/privacy/2024-03-01.md"

    /// Loads one version file with `text` through the content loader.
    func load(_ text: String) -> (VersionSource?, [Diagnostic]) { load(bytes: Array(text.utf8)) }

    /// Loads one version file with raw `bytes` through the content loader.
    func load(bytes: [UInt8]) -> (VersionSource?, [Diagnostic]) {
        let (source, diagnostics) = MemoryFiles(bytes: [Self.path: bytes]).load()
        return (source.statements.first?.versions.first, diagnostics)
    }

    /// The one error reported, as `path:line:col: error: message`.
    func onlyError(_ text: String) throws -> String {
        let errors = load(text).1.filter { $0.severity == .error }
        try #require(errors.count == 1, "expected one error, got \(errors)")
        return errors[0].description
    }

    @Test func noFrontMatterKeepsTheWholeFileAsBody() throws {
        let (version, diagnostics) = load("# Privacy\n\nText.\n")
        let v = try #require(version)
        #expect(diagnostics.isEmpty)
        #expect(v.body == "# Privacy\n\nText.\n" && v.bodyLineOffset == 0)
        #expect(v.frontMatter == FrontMatter() && v.updated == Day("2024-03-01") && v.effective == v.updated)
    }

    @Test func readsKnownKeys() throws {
        let (version, diagnostics) = load(
            "---\ntitle: Privacy\nupdated: 2024-03-02\neffective: 2024-04-01\nsummary: New *cookies* section.\n---\n# Body\n")
        let v = try #require(version)
        #expect(diagnostics.isEmpty)
        #expect(v.frontMatter.title == "Privacy" && v.frontMatter.summary == "New *cookies* section.")
        #expect(v.updated == Day("2024-03-02") && v.effective == Day("2024-04-01"))
        #expect(v.body == "# Body\n" && v.bodyLineOffset == 6)
    }

    @Test func delimitersMayCarryTrailingSpaces() throws {
        let (version, diagnostics) = load("--- \ntitle: Spaced\n---  \t\nBody\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(version).frontMatter.title == "Spaced")
        #expect(version?.body == "Body\n")
    }

    @Test func aThematicBreakLaterInTheBodyIsNotFrontMatter() throws {
        let v = try #require(load("Intro\n\n---\n\nMore\n").0)
        #expect(v.frontMatter == FrontMatter() && v.body == "Intro\n\n---\n\nMore\n")
    }

    @Test func unknownKeysAreIgnoredButRecordedWithTheirLine() throws {
        let (version, diagnostics) = load("---\ntitle: T\nredirect_from:\n  - /privacy\nversions:\n  fpt: '*'\n---\nBody\n")
        let v = try #require(version)
        #expect(!diagnostics.contains { $0.severity == .error })
        #expect(v.frontMatter.title == "T")
        #expect(v.frontMatter.unknownKeys.map(\.key) == ["redirect_from", "versions"])
        #expect(v.frontMatter.unknownKeys.map(\.location.description) == ["\(Self.path):4:1", "\(Self.path):6:1"])
    }

    @Test func effectiveBeforeUpdatedIsAnErrorAtTheEffectiveValue() throws {
        let error = try onlyError("---\ntitle: T\nupdated: 2024-05-01\neffective: 2024-04-01\n---\nBody\n")
        #expect(error == "\(Self.path):4:12: error: 'effective' (2024-04-01) is before 'updated' (2024-05-01)")
    }

    @Test func effectiveBeforeTheFileNameDateIsAnError() throws {
        let error = try onlyError("---\neffective: 2024-02-01\n---\n")
        #expect(error.hasPrefix("\(Self.path):2:12: error: 'effective' (2024-02-01) is before 'updated' (2024-03-01)"))
    }

    @Test func badDateIsReportedAtTheValue() throws {
        let error = try onlyError("---\ntitle: T\nupdated:   2024-13-01\n---\nBody\n")
        #expect(error.hasPrefix("\(Self.path):3:12: error: 'updated' is not a date: \"2024-13-01\""))
    }

    @Test func unterminatedFrontMatterIsAnErrorAtTheOpeningLine() throws {
        let error = try onlyError("---\ntitle: T\n\n# Body\n")
        #expect(error.hasPrefix("\(Self.path):1:1: error: front matter is not terminated"))
    }

    @Test func invalidYAMLIsReportedAtItsFileLine() throws {
        let error = try onlyError("---\ntitle: T\nsummary: [unclosed\n---\nBody\n")
        #expect(error.hasPrefix("\(Self.path):"))
        #expect(error.contains("error: front matter is not valid YAML"))
        let line = error.split(separator: ":")[1]
        #expect(Int(line).map { (3...4).contains($0) } == true, "YAML error line \(line) is not in the file's YAML")
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let text = "\u{FEFF}---\r\ntitle: Windows\r\nupdated: 2024-03-01\r\n---\r\n# Heading\r\n\r\nText.\r\n"
        let (version, diagnostics) = load(text)
        let v = try #require(version)
        #expect(diagnostics.isEmpty)
        #expect(v.frontMatter.title == "Windows" && v.updated == Day("2024-03-01"))
        #expect(v.body == "# Heading\n\nText.\n" && v.bodyLineOffset == 4)
    }

    @Test func invalidUTF8ReportsTheByteOffset() throws {
        let bytes = Array("---\ntitle: T\n---\nok\n".utf8) + [0x66, 0xC3, 0x28, 0x0A]
        let (version, diagnostics) = load(bytes: bytes)
        #expect(version == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.description) == ["\(Self.path):5: error: file is not valid UTF-8 (invalid byte at offset 21)"])
    }

    @Test(arguments: [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func overlongSurrogateAndTruncatedSequencesAreInvalid(_ bad: [UInt8]) {
        #expect(SourceText.firstInvalidUTF8Offset(Array("ab".utf8) + bad) == 2)
    }

    @Test func splitWithoutFrontMatterReturnsTheText() throws {
        let split = try FrontMatterSplit.split("Hello\n---\n", path: "x.md").get()
        #expect(split.yaml == nil && split.body == "Hello\n---\n" && split.bodyLineOffset == 0)
    }

    @Test func emptyFrontMatterIsAllowed() throws {
        let (version, diagnostics) = load("---\n---\nBody\n")
        #expect(diagnostics.isEmpty && version?.body == "Body\n")
    }
}
