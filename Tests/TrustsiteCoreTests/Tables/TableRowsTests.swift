import Testing
@testable import TrustsiteModel
@testable import TrustsiteRender

/// Rows of a table compared by their first column: added, removed and changed, the changed cells named by their column.
@Suite struct TableRowsTests {
    /// Every line a reader gets for the tables of two versions of a section's body.
    static func lines(_ old: String, _ new: String) -> [String] {
        TableRows(old: MarkdownParser.parse(old).blocks, new: MarkdownParser.parse(new).blocks).tables.flatMap { table in
            [table.title + ":"] + table.columnChanges.map(\.line) + table.rows.map(\.line)
        }
    }

    static let list = """
        | Name | Purpose | Location |
        |---|---|---|
        | Mailfast | Email delivery | Ireland |
        | Litware | Translation | Canada |
        | Northwind | Hosting | Ireland |
        """

    @Test func listsRowsAddedRemovedAndChangedByTheirFirstColumn() {
        let new = """
            | Name | Purpose | Location |
            |---|---|---|
            | Northwind | Hosting | Ireland |
            | Mailfast | Email delivery | USA |
            | Clerkly | Single sign-on | USA |
            """
        #expect(
            Self.lines(Self.list, new) == [
                "Table rows:", "Added: Clerkly — Single sign-on — USA", "Removed: Litware — Translation — Canada",
                "Changed: Mailfast — Location: Ireland → USA",
            ], "a row that only moved is no change")
    }

    @Test func sameTablesAndTextOutsideTablesGiveNothing() {
        #expect(Self.lines(Self.list, Self.list).isEmpty)
        #expect(Self.lines("Some words.\n\n" + Self.list, "Other words.\n\n" + Self.list).isEmpty)
        #expect(Self.lines("Some words.", "Other words.").isEmpty)
    }

    @Test func markupInCellsIsNotAChangeOnlyTheVisibleTextIs() {
        let new = """
            | Name | Purpose | Location |
            |---|---|---|
            | **Mailfast** | [Email delivery](https://example.com/mail) | Ireland |
            | Litware | *Translation* | Canada<br>Toronto |
            | Northwind | Hosting | Ireland |
            """
        #expect(Self.lines(Self.list, new) == ["Table rows:", "Changed: Litware — Location: Canada → Canada Toronto"])
    }

    @Test func duplicateKeysPairTheRowsThatStayedAndTheClosestOnes() {
        let old = """
            | Company | Domain | Use |
            |---|---|---|
            | Amazon Web Services | amazonaws.com | Hosting |
            | Amazon Web Services | cloudfront.net | CDN |
            | Akamai | akamaihd.net | CDN |
            """
        let new = """
            | Company | Domain | Use |
            |---|---|---|
            | Akamai | akamaihd.net | CDN |
            | Amazon Web Services | cloudfront.net | Media CDN |
            """
        #expect(
            Self.lines(old, new) == [
                "Table rows:", "Removed: Amazon Web Services — amazonaws.com — Hosting",
                "Changed: Amazon Web Services — Use: CDN → Media CDN",
            ])
    }

    @Test func aRowWhoseOtherCellsAllStayedHadItsKeyChanged() {
        let new = Self.list.replacingOccurrences(of: "| Mailfast |", with: "| Mailfast Inc. |")
        #expect(Self.lines(Self.list, new) == ["Table rows:", "Changed: Mailfast Inc. — Name: Mailfast → Mailfast Inc."])
    }

    @Test func emptyCellsAreShownAsEmpty() {
        let new = """
            | Name | Purpose | Location |
            |---|---|---|
            | Mailfast | | Ireland |
            | Litware | Translation | Canada |
            | Northwind | Hosting | Ireland |
            | Clerkly | | USA |
            """
        #expect(
            Self.lines(Self.list, new) == [
                "Table rows:", "Added: Clerkly — (empty) — USA", "Changed: Mailfast — Purpose: Email delivery → (empty)",
            ])
    }

    @Test func aLongCellIsShownAsItsChangedWords() throws {
        let words = "We inform you through this policy, through information in the service and by answering your requests."
        let old = "| Right | How |\n|---|---|\n| Be informed | \(words) |\n"
        let new = old.replacingOccurrences(of: "answering your requests", with: "answering your emails")
        let change = try #require(
            TableRows(old: MarkdownParser.parse(old).blocks, new: MarkdownParser.parse(new).blocks).tables.first?.rows.first?.cellChanges
                .first)
        #expect(change.isLong)
        #expect(change.wordsHTML.hasSuffix("by answering your <del>requests</del><ins>emails</ins>."))
    }
}
