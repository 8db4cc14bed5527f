import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// "Did you mean" hints on unknown keys.
@Suite struct SuggestionTests {
    @Test(arguments: [("titel", "title"), ("updatd", "updated"), ("efective", "effective"), ("Summary", "summary"), ("sumary", "summary")])
    func closeMisspellingsGetAHint(_ typo: String, _ key: String) {
        #expect(Suggestion.didYouMean(typo, among: FrontMatter.knownKeys) == " (did you mean '\(key)'?)")
    }

    @Test(arguments: ["redirect_from", "versions", "topics", "x"])
    func unrelatedKeysGetNoHint(_ key: String) {
        #expect(Suggestion.didYouMean(key, among: FrontMatter.knownKeys) == "")
    }

    @Test func swappingNeighboursIsOneEdit() {
        #expect(Suggestion.distance(Array("titel"), Array("title")) == 1)
        #expect(Suggestion.distance(Array("abc"), Array("abc")) == 0)
        #expect(Suggestion.distance(Array(""), Array("abc")) == 3)
        #expect(Suggestion.distance(Array("kitten"), Array("sitting")) == 3)
    }
}
