import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// `trustsite diff` keeps a table's rows: one line per row, `│` between cells, and which rows were added, removed or
/// changed.
@Suite struct TerminalTableTests {
    @Test func eachRowIsOneLineAndSaysHowItChanged() throws {
        let old = "## Subprocessors\n\n| Name | Country |\n|---|---|\n| Contoso | US |\n| Fabrikam | DE |\n| Litware | FR |\n"
        let new = "## Subprocessors\n\n| Name | Country |\n|---|---|\n| Contoso | US |\n| Fabrikam | NL |\n| Woodgrove | IE |\n"
        let (versions, history) = RoundTripCheck.history([old, new])
        let text = TerminalRedline(color: false).render(history.diffs[1], old: versions[0], new: versions[1])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("│ Name │ Country │"))
        #expect(lines.contains("│ Contoso │ US │"))
        #expect(lines.contains("row changed: │ Fabrikam │ [-DE-]{+NL+} │"))
        #expect(lines.contains("row removed: │ [-Litware-] │ [-FR-] │"))
        #expect(lines.contains("row added: │ {+Woodgrove+} │ {+IE+} │"))
        #expect(!lines.contains("Contoso"), "a cell is not a line of its own")
    }
}
