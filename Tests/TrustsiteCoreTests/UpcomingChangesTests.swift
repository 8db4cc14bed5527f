import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// A version not yet in force says so wherever its changes are listed.
@Suite struct UpcomingChangesTests {
    @Test func changesPageAndRecentChangesSayWhenAnUpcomingVersionTakesEffect() throws {
        let site = try TempSite.built(
            content: [
                "terms/2024-01-01.md": "## Fees\n\nNone.\n",
                "terms/2024-05-01.md": "---\nsummary: Fees.\neffective: 2024-07-01\n---\n## Fees\n\nSome.\n",
            ], asOf: Day("2024-06-01")!)
        let changes = try site.read("terms/changes/2024-05-01/index.html")
        #expect(changes.contains("<h1>Upcoming changes to "))
        #expect(changes.contains("This version is upcoming: it takes effect on <time datetime=\"2024-07-01\">July 1, 2024</time>."))
        let home = try site.read("index.html")
        let recent = try #require(home.components(separatedBy: "class=\"recent\"").last)
        let items = recent.components(separatedBy: "<li>").dropFirst()
        #expect(items.first?.contains("Upcoming: takes effect on <time datetime=\"2024-07-01\">") == true)
        #expect(items.dropFirst().first?.contains("Upcoming") == false)
        let past = try site.read("terms/2024-01-01/index.html")
        #expect(!past.contains("This version is upcoming"))
    }
}

/// A body's own "Last updated" line that disagrees with the version's date is a warning at that line.
@Suite struct DateLineTests {
    @Test func aLastUpdatedLineThatDisagreesIsAWarningAtItsLine() throws {
        let site = try TempSite(content: [
            "p/2018-05-24.md": "# Privacy\n\nLast updated: May 24, 2018\n\n## A\n\nText.\n",
            "p/2018-10-22.md": "---\nsummary: s\n---\n# Privacy\n\n*Last updated: May 24, 2018*\n\n## A\n\nMore text.\n",
            "q/2019-01-01.md": "---\neffective: 2019-02-01\n---\n## A\n\nEffective date: 1 March 2019\n\nUpdated 2019-01-01.\n",
        ])
        let warnings = try site.build().warnings.filter { $0.message.hasPrefix("the text says") }.map(\.description)
        #expect(
            warnings.map { $0.replacingOccurrences(of: site.content + "/", with: "") } == [
                "p/2018-10-22.md:6:16: warning: the text says 'May 24, 2018' (2018-05-24), which is not this version's 'updated' "
                    + "date (the file name's date); make them agree: set 'updated: 2018-05-24' in the front matter, or correct the line",
                "q/2019-01-01.md:6:17: warning: the text says '1 March 2019' (2019-03-01), which is not this version's 'effective' "
                    + "date (its front matter's 'effective'); make them agree: set 'effective: 2019-03-01' in the front matter, "
                    + "or correct the line",
            ])
    }
}
