import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Rename matching holds a bounded number of candidates per section, and still pairs sections exactly as taking every
/// pair in order of score would.
@Suite struct LineageScaleTests {
    /// A section with `title` as heading and `words` as its one paragraph.
    static func section(_ title: String, _ words: [String]) -> Section {
        let heading = Heading(level: 2, content: [.text(title)], explicitID: nil, line: 1, column: 1)
        return Section(id: title, level: 2, heading: heading, title: title, blocks: [.paragraph([.text(words.joined(separator: " "))])])
    }

    /// Every pair scoring at least 0.5, sorted, taken greedily: how renames were matched before candidates were bounded.
    static func everyPair(old: [Section], new: [Section], oldFree: Set<Int>, newFree: Set<Int>) -> [(Int, Int)] {
        var candidates: [(score: Double, o: Int, n: Int)] = []
        let oldBags = old.map { WordCounts($0) }, newBags = new.map { WordCounts($0) }
        for o in oldFree.sorted() {
            for n in newFree.sorted() {
                let score = oldBags[o].similarity(newBags[n])
                if score >= 0.5 { candidates.append((score - Double(abs(o - n)) * 1e-6, o, n)) }
            }
        }
        candidates.sort { ($0.score, -$0.o, -$0.n) > ($1.score, -$1.o, -$1.n) }
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        var pairs: [(Int, Int)] = []
        for c in candidates where !usedOld.contains(c.o) && !usedNew.contains(c.n) {
            pairs.append((c.o, c.n))
            usedOld.insert(c.o)
            usedNew.insert(c.n)
        }
        return pairs
    }

    /// Random versions from a small vocabulary, so that most pairs qualify and scores tie (every old section's short
    /// list runs out and is searched again, and the order of ties decides), and from larger ones with rare words and
    /// bodies of many sizes, so that the word index and the size bounds leave sections out.
    @Test func boundedListsPairExactlyAsEveryPairSortedWould() {
        var random = SplitMix64(seed: 18)
        var refills = 0
        for round in 0..<300 {
            let (size, longest) = [(5, 6), (12, 14), (60, 30)][round % 3]
            let vocabulary = (0..<size).map { "w\($0)" }
            let words = { (random: inout SplitMix64) in
                // Early words are common, later ones rare, as in prose.
                (0..<Int.random(in: 0...longest, using: &random)).map { _ in
                    vocabulary[min(Int.random(in: 0..<size, using: &random), Int.random(in: 0..<size, using: &random))]
                }
            }
            let old = (0..<Int.random(in: 1...40, using: &random)).map { Self.section("old \($0)", words(&random)) }
            let new = (0..<Int.random(in: 1...40, using: &random)).map { Self.section("new \($0)", words(&random)) }
            let oldFree = Set(old.indices.filter { _ in Bool.random(using: &random) || round % 2 == 0 })
            let newFree = Set(new.indices.filter { _ in Bool.random(using: &random) || round % 3 == 0 })
            var matcher = RenameMatcher(old: old, new: new, oldFree: oldFree, newFree: newFree)
            let bounded = matcher.pairs()
            refills += matcher.refills
            let reference = Self.everyPair(old: old, new: new, oldFree: oldFree, newFree: newFree)
            #expect(bounded.map { [$0.0, $0.1] } == reference.map { [$0.0, $0.1] }, "round \(round)")
        }
        #expect(refills > 300, "the lists were seldom searched again: \(refills)")
    }

    /// Two versions of thousands of sections whose headings all change and whose bodies share most words (so nearly
    /// every pair scores over 0.5): every section finds its own, while at most `listLength` candidates per section are
    /// held (every pair would be millions).
    @Test func thousandsOfRenamedSectionsKeepFewCandidatesAndPairRight() {
        let count = 2000
        let boilerplate = "we may share your personal data with service providers who process it for us under contract".split(
            separator: " ")
        let body = { (i: Int) in boilerplate.map(String.init) + ["clause\(i)", "term\(i % 97)", "annex\(i % 13)"] }
        let old = (0..<count).map { Self.section("Section \($0)", body($0)) }
        // The new version renames every heading, rewords a word in every tenth section and moves a block of sections.
        var order = Array(0..<count)
        order.replaceSubrange(100..<300, with: Array(order[100..<300].reversed()))
        let new = order.map { i in Self.section("Article \(i)", i % 10 == 0 ? body(i).dropFirst().map { $0 } + ["extra"] : body(i)) }
        var matcher = RenameMatcher(old: old, new: new, oldFree: Set(old.indices), newFree: Set(new.indices))
        let pairs = matcher.pairs()
        #expect(pairs.count == count)
        #expect(pairs.allSatisfy { order[$0.1] == $0.0 }, "a section was paired with another's rename")
        #expect(matcher.peakHeld <= RenameMatcher.listLength * count, "held \(matcher.peakHeld) candidates")
        let matched = LineageMatcher.match(old: old, new: new)
        #expect(matched.count == count && matched.allSatisfy { order[$0.1] == $0.0 })
    }
}
