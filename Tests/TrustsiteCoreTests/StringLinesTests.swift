import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// `lineFeedSplit`, the byte-wise line split every file goes through, against the standard library's split.
@Suite struct StringLinesTests {
    @Test(arguments: ["", "\n", "\n\n", "one", "one\n", "\none", "a\nb\n\nc", "é\n—\n🙂🙂\nü\u{301}\n", "x\r\ny"])
    func givesTheSameLinesAsSplittingOnLineFeeds(_ text: String) {
        let expected = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        #expect(text.lineFeedSplit.map(String.init) == expected)
    }
}
