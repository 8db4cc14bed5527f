extension Day {
    /// Days since 0001-01-01 (proleptic Gregorian), which makes the difference of two dates a subtraction.
    package var ordinal: Int {
        let y = year - 1
        let before = y * 365 + y / 4 - y / 100 + y / 400
        return before + (1..<month).reduce(0) { $0 + Day.daysIn(month: $1, year: year) } + day - 1
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    package func days(to later: Day) -> Int { later.ordinal - ordinal }
}

extension Day {
    /// The date `days` days later (0 or more), clamped at 9999-12-31.
    package func adding(days: Int) -> Day {
        var (y, m, d, left) = (year, month, day, max(0, days))
        while left > 0 {
            let rest = Day.daysIn(month: m, year: y) - d
            if left <= rest { return Day(year: y, month: m, day: d + left)! }
            left -= rest + 1
            (m, d) = m == 12 ? (1, 1) : (m + 1, 1)
            if m == 1 { y += 1 }
            if y > 9999 { return Day(year: 9999, month: 12, day: 31)! }
        }
        return Day(year: y, month: m, day: d)!
    }
}
