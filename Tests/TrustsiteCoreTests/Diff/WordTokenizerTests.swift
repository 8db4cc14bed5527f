import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

@Suite("Word tokenizer")
struct WordTokenizerTests {
    private func split(_ text: String) -> [String] { WordTokenizer.tokens(text).map(String.init) }

    @Test func wordsSpacesAndPunctuation() {
        #expect(split("Hello,  world!\n") == ["Hello", ",", "  ", "world", "!", "\n"])
        #expect(split("") == [])
        #expect(split("(a)") == ["(", "a", ")"])
        #expect(split("?!") == ["?", "!"])
    }

    @Test func internalJoinersStayInWords() {
        #expect(split("don't opt-in e-mail") == ["don't", " ", "opt-in", " ", "e-mail"])
        #expect(split("we’re") == ["we’re"])
        #expect(split("1.5 and 1,000,000 and v2.0.1") == ["1.5", " ", "and", " ", "1,000,000", " ", "and", " ", "v2.0.1"])
    }

    @Test func joinersAtEdgesAreSeparate() {
        #expect(split("'quoted' -dash- end.") == ["'", "quoted", "'", " ", "-", "dash", "-", " ", "end", "."])
        #expect(split("U.S. 3. a.5") == ["U", ".", "S", ".", " ", "3", ".", " ", "a", ".", "5"])
        #expect(split("well--known") == ["well", "-", "-", "known"])
    }

    @Test func unicodeWords() {
        #expect(split("naïve café Grüße Москва") == ["naïve", " ", "café", " ", "Grüße", " ", "Москва"])
        #expect(split("cafe\u{301} ok") == ["cafe\u{301}", " ", "ok"])
        #expect(split("non\u{A0}breaking") == ["non", "\u{A0}", "breaking"])
        #expect(split("隐私政策") == ["隐", "私", "政", "策"])
    }

    @Test func emojiSequencesAreSingleTokens() {
        #expect(split("a👍🏽b") == ["a", "👍🏽", "b"])
        #expect(split("👩‍👩‍👧 🇫🇷") == ["👩‍👩‍👧", " ", "🇫🇷"])
        #expect(split("❤️") == ["❤️"])
    }

    @Test func concatenationReproducesInput() {
        let samples = [
            "Section 2.1: We (and our \"partners\") don't sell data — ever.\r\n\tOK?",
            " \u{301}lead mark", "a\u{200D}", "\u{200D}b", "🇫", "x \u{300}\u{300} y", "日本語のテキスト",
        ]
        var rng = SplitMix64(seed: 99)
        let alphabet: [Character] = ["a", "Z", "9", " ", "\n", "'", "-", ".", ",", "é", "e\u{301}", "中", "👍", "🏽", "\u{200D}", "!"]
        let random = (0..<500).map { _ in String((0..<rng.int(in: 0...30)).map { _ in alphabet[rng.int(in: 0...(alphabet.count - 1))] }) }
        for text in samples + random {
            #expect(WordTokenizer.tokens(text).joined() == text, "\(text.unicodeScalars.map { $0.value })")
            #expect(!WordTokenizer.tokens(text).contains { $0.isEmpty })
        }
    }

    @Test func weights() {
        #expect(WordTokenizer.weight("privacy") == 7)
        #expect(WordTokenizer.weight("don't") == 5)
        #expect(WordTokenizer.weight("1.5") == 3)
        #expect(WordTokenizer.weight("café") == 4)
        #expect(WordTokenizer.weight("   ") == 0)
        #expect(WordTokenizer.weight(",") == 0)
        #expect(WordTokenizer.weight("👍🏽") == 0)
        #expect(WordTokenizer.weight("") == 0)
    }
}
