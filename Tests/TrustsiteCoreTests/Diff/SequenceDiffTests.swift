import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

@Suite("Sequence diff")
struct SequenceDiffTests {
    private func characterDiff(_ old: String, _ new: String, costLimit: Int? = nil) -> String {
        let (a, b) = (Array(old), Array(new))
        let runs = costLimit.map { SequenceDiff.runs(a, b, costLimit: $0) } ?? SequenceDiff.runs(a, b)
        return renderCharacters(runs, old, new)
    }

    @Test func emptyInputs() {
        #expect(SequenceDiff.runs([Int](), []) == [])
        #expect(SequenceDiff.runs([], [7, 8]) == [DiffRun(kind: .insert, old: 0..<0, new: 0..<2)])
        #expect(SequenceDiff.runs([7, 8], []) == [DiffRun(kind: .delete, old: 0..<2, new: 0..<0)])
    }

    @Test func identicalIsOneEqualRun() {
        #expect(SequenceDiff.runs([1, 2, 3], [1, 2, 3]) == [DiffRun(kind: .equal, old: 0..<3, new: 0..<3)])
    }

    @Test func replacementPutsDeleteBeforeInsert() {
        #expect(
            SequenceDiff.runs([1, 2, 3], [1, 9, 3]) == [
                DiffRun(kind: .equal, old: 0..<1, new: 0..<1),
                DiffRun(kind: .delete, old: 1..<2, new: 1..<1),
                DiffRun(kind: .insert, old: 2..<2, new: 1..<2),
                DiffRun(kind: .equal, old: 2..<3, new: 2..<3),
            ])
    }

    @Test func nothingInCommon() {
        #expect(
            SequenceDiff.runs([1, 2], [3, 4, 5]) == [
                DiffRun(kind: .delete, old: 0..<2, new: 0..<0),
                DiffRun(kind: .insert, old: 2..<2, new: 0..<3),
            ])
    }

    @Test func characterExamples() {
        #expect(characterDiff("abcabba", "cbabac").count > 0)
        #expect(editCount(SequenceDiff.runs(Array("abcabba"), Array("cbabac"))) == 5)
        #expect(characterDiff("kitten", "sitting") == "[-k-]{+s+}itt[-e-]{+i+}n{+g+}")
        #expect(characterDiff("abc", "xabcx") == "{+x+}abc{+x+}")
        #expect(characterDiff("xabcx", "abc") == "[-x-]abc[-x-]")
    }

    @Test func isDeterministic() {
        let old = Array("the rain in spain stays mainly in the plain")
        let new = Array("in spain the rain falls mainly on the plain")
        #expect(SequenceDiff.runs(old, new) == SequenceDiff.runs(old, new))
    }

    @Test func costLimitFallsBackToDeleteAllInsertAllOfTheMiddle() {
        #expect(characterDiff("ab-xyxy-cd", "ab-yxyx-cd", costLimit: 0) == "ab-[-xyxy-]{+yxyx+}-cd")
        #expect(characterDiff("ab-xyxy-cd", "ab-yxyx-cd") == "ab-[-x-]yxy{+x+}-cd")
    }

    @Test func randomPairsAreValidAndMinimal() {
        var rng = SplitMix64(seed: 0x5EED_D1FF)
        for trial in 0..<2_000 {
            let (old, new) = randomPair(using: &rng)
            let runs = SequenceDiff.runs(old, new)
            #expect(invariantViolation(runs, old: old, new: new) == nil, "trial \(trial): \(old) → \(new)")
            #expect(applying(runs, to: old, new: new) == new, "trial \(trial)")
            let minimal = old.count + new.count - 2 * longestCommonSubsequence(old, new)
            #expect(editCount(runs) == minimal, "trial \(trial): \(old) → \(new)")
        }
    }

    @Test func randomPairsStayValidUnderTinyCostLimits() {
        var rng = SplitMix64(seed: 42)
        for trial in 0..<2_000 {
            let (old, new) = randomPair(using: &rng)
            let runs = SequenceDiff.runs(old, new, costLimit: rng.int(in: 0...300))
            #expect(invariantViolation(runs, old: old, new: new) == nil, "trial \(trial): \(old) → \(new)")
            #expect(applying(runs, to: old, new: new) == new, "trial \(trial)")
        }
    }

    @Test func largeDissimilarInputsFallBackCorrectly() {
        var rng = SplitMix64(seed: 7)
        let old = (0..<20_000).map { _ in rng.int(in: 0...3) }
        let new = (0..<20_000).map { _ in rng.int(in: 0...3) }
        let runs = SequenceDiff.runs(old, new)
        #expect(invariantViolation(runs, old: old, new: new) == nil)
        #expect(applying(runs, to: old, new: new) == new)
    }
}
