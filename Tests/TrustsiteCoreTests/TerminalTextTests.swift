import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Terminal output shows every control and bidirectional control as visible text; only trustsite's own styles are
/// escape sequences.
@Suite struct TerminalTextTests {
    /// The characters of `text` a terminal would act on or that reorder text, after trustsite's own styles are set aside.
    static func hidden(_ text: String) -> [Unicode.Scalar] {
        var rest = text
        for style in [TerminalStyle.reset, .bold, .section, .deleted, .inserted] {
            rest = rest.replacingOccurrences(of: style.rawValue, with: "")
        }
        return rest.unicodeScalars.filter { TerminalText.isHidden($0, newlines: true) }
    }

    @Test(arguments: [
        ("\u{1B}]0;title\u{7}", "^[]0;title^G"), ("a\rb\u{8}c\u{7F}", "a^Mb^Hc^?"), ("\u{9B}31m", "<U+009B>31m"),
        ("abc\u{202E}fed", "abc<U+202E>fed"), ("\u{2066}x\u{2069}\u{200F}\u{061C}", "<U+2066>x<U+2069><U+200F><U+061C>"),
        ("\u{0}\u{1F}\u{85}", "^@^_<U+0085>"), ("line\u{2028}sep", "line<U+2028>sep"), ("plain é 中 ‏text", "plain é 中 <U+200F>text"),
    ])
    func controlsAreShownVisibly(_ text: String, _ shown: String) {
        #expect(TerminalText(text).rendered == shown)
    }

    @Test func newlinesStayLineBreaksUnlessALineIsExpected() {
        #expect(TerminalText("a\nb").rendered == "a\nb")
        #expect(TerminalText("a\nb", newlines: false).rendered == "a^Jb")
        #expect(TerminalText("a\tb").rendered == "a^Ib")
    }

    /// A redline whose words carry escape sequences (as character references, so they survive the file's own
    /// clean-up): they cannot conceal the deletion, clear the screen or reorder the line, in colour or not.
    @Test func aRedlineCannotHideItsChanges() throws {
        let old = try Self.version("## Scope&#27;[8m &#x202E;\n\nWe keep &#x9b;8m data &#27;[2J for 30 days&#7;.\n")
        let new = try Self.version("## Scope&#27;[8m &#x202E;\n\nWe keep data for 90 days.\n")
        let diff = StatementHistory([old, new]).diffs[1]
        for color in [false, true] {
            let text = TerminalRedline(color: color).render(diff, old: old, new: new)
            #expect(Self.hidden(text).isEmpty, "\(text.debugDescription)")
            #expect(text.contains("## Scope^[[8m <U+202E> [modified]") && text.contains("<U+009B>8m"))
        }
        #expect(TerminalRedline(color: false).render(diff, old: old, new: new).contains("[-30-]{+90+}"))
    }

    /// A version of `markdown`, parsed as the pipeline parses it.
    static func version(_ markdown: String) throws -> Version {
        let (source, diagnostics) = MemoryFiles(["content/p/2024-01-01.md": markdown]).load()
        var more = Diagnostics()
        let model = SiteModelBuilder.build(source, asOf: Day("2024-06-01")!, into: &more)
        try #require(!diagnostics.contains { $0.severity == .error } && !model.statements.isEmpty)
        return model.statements[0].versions[0]
    }
}
