import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

@Suite("Semantic clean-up")
struct SemanticCleanupTests {
    /// Character diff plus clean-up where every character weighs 1, except spaces, which weigh 0.
    private func cleaned(_ old: String, _ new: String) -> String {
        let (a, b) = (Array(old), Array(new))
        let runs = SemanticCleanup.apply(SequenceDiff.runs(a, b), old: a, new: b) { $0 == " " ? 0 : 1 }
        return renderCharacters(runs, old, new)
    }

    @Test func shortEqualityBetweenLargerChangesIsAbsorbed() {
        #expect(cleaned("xxxAyyy", "zzzAwww") == "[-xxxAyyy-]{+zzzAwww+}")
    }

    @Test func equalityHeavierThanOneSideIsKept() {
        #expect(cleaned("xABy", "zABw") == "[-x-]{+z+}AB[-y-]{+w+}")
    }

    @Test func zeroWeightEqualityIsAlwaysAbsorbed() {
        #expect(cleaned("x y", "z w") == "[-x y-]{+z w+}")
    }

    @Test func prefixAndSuffixAreNeverAbsorbed() {
        #expect(cleaned("a x b", "a y b") == "a [-x-]{+y+} b")
        #expect(cleaned("ab", "cb") == "[-a-]{+c+}b")
    }

    @Test func absorptionCascadesLeftwards() {
        // "AB" (2) first survives: the change on its right weighs only 1. Absorbing "C" then grows
        // that change to 6, after which "AB" qualifies too.
        #expect(cleaned("1xxABxCxxxx9", "1yyAByCyyyy9") == "1[-xxABxCxxxx-]{+yyAByCyyyy+}9")
        #expect(cleaned("1xxABxC9", "1yyAByC9") == "1[-xx-]{+yy+}AB[-x-]{+y+}C9")
    }

    @Test func emptyRuns() {
        #expect(SemanticCleanup.apply([], old: [Int](), new: []) { _ in 1 } == [])
    }

    @Test func randomPairsStayValidAndStable() {
        var rng = SplitMix64(seed: 0xC1EA_0000)
        for trial in 0..<2_000 {
            let (old, new) = randomPair(using: &rng)
            let weight: (Int) -> Int = { $0 % 3 }
            let raw = SequenceDiff.runs(old, new)
            let runs = SemanticCleanup.apply(raw, old: old, new: new, weight: weight)
            #expect(invariantViolation(runs, old: old, new: new) == nil, "trial \(trial): \(old) → \(new)")
            #expect(applying(runs, to: old, new: new) == new, "trial \(trial)")
            #expect(editCount(runs) >= editCount(raw))
            if let first = raw.first, first.kind == .equal { #expect(runs.first == first, "trial \(trial)") }
            if let last = raw.last, last.kind == .equal { #expect(runs.last == last, "trial \(trial)") }
            #expect(absorbableEquality(runs, old: old, new: new, weight: weight) == nil, "trial \(trial)")
            #expect(SemanticCleanup.apply(runs, old: old, new: new, weight: weight) == runs, "trial \(trial)")
        }
    }

    /// Index of an equal run the clean-up rule would still absorb, if any.
    private func absorbableEquality(_ runs: [DiffRun], old: [Int], new: [Int], weight: (Int) -> Int) -> Int? {
        func changeWeight(_ region: ArraySlice<DiffRun>) -> Int {
            let deleted = region.filter { $0.kind == .delete }.flatMap { old[$0.old] }.map(weight).reduce(0, +)
            let inserted = region.filter { $0.kind == .insert }.flatMap { new[$0.new] }.map(weight).reduce(0, +)
            return max(deleted, inserted)
        }
        let equalIndices = runs.indices.filter { runs[$0].kind == .equal }
        for (position, index) in equalIndices.enumerated() where index > 0 && index < runs.count - 1 {
            let leftStart = position > 0 ? equalIndices[position - 1] + 1 : 0
            let rightEnd = position + 1 < equalIndices.count ? equalIndices[position + 1] : runs.count
            let ownWeight = old[runs[index].old].map(weight).reduce(0, +)
            if ownWeight <= changeWeight(runs[leftStart..<index]), ownWeight <= changeWeight(runs[(index + 1)..<rightEnd]) {
                return index
            }
        }
        return nil
    }
}
