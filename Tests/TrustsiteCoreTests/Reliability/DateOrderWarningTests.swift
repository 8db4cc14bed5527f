import Testing

extension Reliability.CheckWarningTests {
    /// The end of every warning about dates that go back in time.
    static let forward = "; versions must move forward in time"

    /// Versions whose dates go back in time, and the one warning each gets: at the newer file's key when it sets
    /// one, else at the older file's.
    static let datesOutOfOrder: [(files: [String: String], warning: String)] = [
        (
            [
                "content/p/2024-04-01.md": "---\nupdated: 2024-04-01\n---\nA\n",
                "content/p/2024-06-01.md": "---\nsummary: B.\nupdated: 2024-03-15\n---\nB\n",
            ],
            "R/content/p/2024-06-01.md:3:10: warning: 'updated: 2024-03-15' is before the previous version's (R/content/p/2024-04-01.md, 2024-04-01)"
                + forward
        ),
        (
            ["content/p/2024-04-01.md": "---\nupdated: 2024-07-01\n---\nA\n", "content/p/2024-06-01.md": "---\nsummary: B.\n---\nB\n"],
            "R/content/p/2024-04-01.md:2:10: warning: 'updated: 2024-07-01' is after the next version's (R/content/p/2024-06-01.md, 2024-06-01)"
                + forward
        ),
        (
            [
                "content/p/2024-04-01.md": "A\n", "content/p/2024-05-01.md": "---\nsummary: B.\neffective: 2024-07-01\n---\nB\n",
                "content/p/2024-06-01.md": "---\nsummary: C.\neffective: 2024-06-15\n---\nC\n",
            ],
            "R/content/p/2024-06-01.md:3:12: warning: 'effective: 2024-06-15' is before the previous version's (R/content/p/2024-05-01.md, 2024-07-01)"
                + forward + "; the previous version would never take effect"
        ),
        (
            ["content/p/2024-04-01.md": "---\neffective: 2024-07-01\n---\nA\n", "content/p/2024-06-01.md": "---\nsummary: B.\n---\nB\n"],
            "R/content/p/2024-04-01.md:2:12: warning: 'effective: 2024-07-01' is after the next version's (R/content/p/2024-06-01.md, 2024-06-01)"
                + forward + "; this version would never take effect"
        ),
    ]

    @Test(arguments: datesOutOfOrder.indices)
    func aDateBeforeThePreviousVersionsIsReportedAtItsKey(_ i: Int) throws {
        #expect(try warnings(Self.datesOutOfOrder[i].files) == [Self.datesOutOfOrder[i].warning])
    }

    @Test func datesThatMoveForwardOrStayAreAccepted() throws {
        #expect(
            try warnings([
                "content/p/2024-04-01.md": "---\nupdated: 2024-04-02\neffective: 2024-05-01\n---\nA\n",
                "content/p/2024-06-01.md": "---\nsummary: B.\nupdated: 2024-04-20\neffective: 2024-05-01\n---\nB\n",
                "content/p/2024-07-01.md": "---\nsummary: C.\n---\nC\n",
            ]).isEmpty)
    }
}
