import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

@Suite("Word redlines")
struct RedlineTests {
    @Test func identicalTextHasNoMarks() {
        #expect(redline("We keep records.", "We keep records.") == "We keep records.")
    }

    @Test func replacedWord() {
        #expect(redline("the quick fox", "the slow fox") == "the [-quick-]{+slow+} fox")
    }

    @Test func insertedWord() {
        #expect(redline("the quick fox", "the quick brown fox") == "the quick {+brown +}fox")
    }

    @Test func deletedWord() {
        #expect(redline("the quick brown fox", "the quick fox") == "the quick [-brown -]fox")
    }

    @Test func rewrittenSentenceIsOneDeletionAndOneInsertion() {
        let old = "We keep records. We may share your data with partners for marketing. You can opt out."
        let new = "We keep records. We never sell personal information to third parties. You can opt out."
        #expect(
            redline(old, new) == "We keep records. We [-may share your data with partners for marketing-]"
                + "{+never sell personal information to third parties+}. You can opt out.")
    }

    @Test func shortSharedWordInsideARewriteIsAbsorbed() {
        let old = "Intro stays. We may share your data with partners. Outro stays."
        let new = "Intro stays. We never sell your information to anyone. Outro stays."
        #expect(
            redline(old, new) == "Intro stays. We [-may share your data with partners-]"
                + "{+never sell your information to anyone+}. Outro stays.")
    }

    @Test func substantialSharedTextBetweenEditsIsKept() {
        // " information from " (weight 15) outweighs the change on its right (9), so it stays visible.
        #expect(
            redline("We collect information from customers", "We gather extensive information from customer")
                == "We [-collect-]{+gather extensive+} information from [-customers-]{+customer+}")
    }

    @Test func punctuationChange() {
        #expect(redline("Hello, world.", "Hello; world!") == "Hello[-,-]{+;+} world[-.-]{+!+}")
    }

    @Test func whitespaceOnlyChange() {
        #expect(redline("one two", "one\ntwo") == "one[- -]{+\n+}two")
        #expect(redline("one  two", "one two") == "one[-  -]{+ +}two")
    }

    @Test func emptyOld() {
        #expect(redline("", "Brand new text.") == "{+Brand new text.+}")
    }

    @Test func emptyNew() {
        #expect(redline("Old text.", "") == "[-Old text.-]")
    }

    @Test func bothEmpty() {
        #expect(redline("", "") == "")
    }

    @Test func numbersAndContractionsChangeAsWholeWords() {
        #expect(redline("Fees rise 1.5% today.", "Fees rise 2.5% today.") == "Fees rise [-1.5-]{+2.5+}% today.")
        #expect(
            redline("If you don't opt-in, we stop.", "If you do opt-in, we stop.")
                == "If you [-don't-]{+do+} opt-in, we stop.")
    }

    @Test func spaceBetweenTwoEditsIsAbsorbed() {
        #expect(redline("and we don't opt-in.", "and we do opt-out.") == "and we [-don't opt-in-]{+do opt-out+}.")
    }

    @Test func changesAtBothEnds() {
        #expect(
            redline("Alpha middle part omega", "Beta middle part gamma")
                == "[-Alpha-]{+Beta+} middle part [-omega-]{+gamma+}")
    }

    @Test func randomTextsRoundTripThroughTheRedline() {
        var rng = SplitMix64(seed: 2024)
        let vocabulary = ["We", "may", "share", "your", "data", ".", ",", " ", " ", "\n", "don't", "1.5", "partners"]
        func randomText() -> String {
            (0..<rng.int(in: 0...40)).map { _ in vocabulary[rng.int(in: 0...(vocabulary.count - 1))] }.joined()
        }
        for trial in 0..<500 {
            let (old, new) = (randomText(), randomText())
            let (oldTokens, newTokens) = (WordTokenizer.tokens(old), WordTokenizer.tokens(new))
            let raw = SequenceDiff.runs(oldTokens, newTokens)
            let runs = SemanticCleanup.apply(raw, old: oldTokens, new: newTokens, weight: WordTokenizer.weight)
            #expect(invariantViolation(runs, old: oldTokens, new: newTokens) == nil, "trial \(trial)")
            let oldSide = runs.filter { $0.kind != .insert }.flatMap { oldTokens[$0.old] }.joined()
            let newSide = runs.map { $0.kind == .delete ? "" : newTokens[$0.new].joined() }.joined()
            #expect(oldSide == old && newSide == new, "trial \(trial)")
        }
    }
}
