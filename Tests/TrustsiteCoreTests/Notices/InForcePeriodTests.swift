import Testing
@testable import TrustsiteModel

/// The one rule of in-force periods: a version is in force from its effective date until the next one takes effect.
@Suite struct InForcePeriodTests {
    let effective = ["2024-01-01", "2024-03-01", "2024-06-01"].map { Day($0)! }

    func periods(asOf: String, _ effective: [Day]? = nil) -> [InForcePeriod] {
        InForcePeriod.periods(effective: effective ?? self.effective, asOf: Day(asOf)!)
    }

    @Test func pastCurrentAndUpcoming() {
        #expect(
            periods(asOf: "2024-04-15") == [
                InForcePeriod(from: Day("2024-01-01"), until: Day("2024-03-01"), status: .past),
                InForcePeriod(from: Day("2024-03-01"), until: Day("2024-06-01"), status: .current),
                InForcePeriod(from: Day("2024-06-01"), until: nil, status: .upcoming),
            ])
        #expect(periods(asOf: "2024-04-15").map(\.endedOn) == [Day("2024-03-01"), nil, nil])
        // On the day a version takes effect it is the one in force.
        #expect(periods(asOf: "2024-06-01").map(\.status) == [.past, .past, .current])
    }

    @Test func beforeTheFirstEffectiveDateNothingIsInForce() {
        #expect(periods(asOf: "2023-12-31").map(\.status) == [.notYetInForce, .upcoming, .upcoming])
        #expect(InForcePeriod.index(on: Day("2023-12-31")!, effective: effective) == nil)
        #expect(InForcePeriod.index(on: Day("2024-02-29")!, effective: effective) == 0)
    }

    @Test func aVersionOvertakenBeforeItTakesEffectIsNeverInForce() {
        let dates = ["2024-01-01", "2024-05-01", "2024-04-01"].map { Day($0)! }
        #expect(
            periods(asOf: "2024-06-01", dates) == [
                InForcePeriod(from: Day("2024-01-01"), until: Day("2024-04-01"), status: .past),
                InForcePeriod(from: nil, until: nil, status: .never),
                InForcePeriod(from: Day("2024-04-01"), until: nil, status: .current),
            ])
        // The same rule picks the version in force.
        #expect(Statement.currentIndex(effective: dates, asOf: Day("2024-06-01")!) == 2)
    }

    @Test func daysBetweenDatesAndAddingDays() {
        #expect(Day("2024-01-01")!.days(to: Day("2025-01-01")!) == 366)
        #expect(Day("2023-02-28")!.days(to: Day("2023-03-01")!) == 1)
        #expect(Day("2024-03-01")!.days(to: Day("2024-02-01")!) == -29)
        #expect(Day("2024-02-20")!.adding(days: 30) == Day("2024-03-21"))
        #expect(Day("2023-12-31")!.adding(days: 1) == Day("2024-01-01"))
        #expect(Day("2024-01-01")!.adding(days: 366) == Day("2025-01-01"))
        #expect(Day("2024-01-01")!.adding(days: 0) == Day("2024-01-01"))
    }
}
