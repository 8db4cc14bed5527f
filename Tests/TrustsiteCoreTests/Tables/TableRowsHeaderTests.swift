import Testing
@testable import TrustsiteModel
@testable import TrustsiteRender

/// Tables whose columns change, that have no header row, or that share a section with other tables.
@Suite struct TableRowsHeaderTests {
    static func lines(_ old: String, _ new: String) -> [String] { TableRowsTests.lines(old, new) }

    @Test func anAddedColumnIsOneLineNotAChangeInEveryRow() {
        let old = "| Cookie | Purpose |\n|---|---|\n| sid | Sign-in |\n| lang | Language |\n"
        let new = "| Cookie | Purpose | Lifespan |\n|---|---|---|\n| sid | Sign-in | 1 year |\n| lang | Language settings | Session |\n"
        #expect(Self.lines(old, new) == ["Table rows:", "Column added: Lifespan", "Changed: lang — Purpose: Language → Language settings"])
        #expect(
            Self.lines(new, old) == ["Table rows:", "Column removed: Lifespan", "Changed: lang — Purpose: Language settings → Language"])
    }

    @Test func aRenamedColumnNamesItsCellsByTheNewName() {
        let old = "| Name | Location |\n|---|---|\n| Mailfast | Ireland |\n"
        let new = "| Name | Country |\n|---|---|\n| Mailfast | USA |\n"
        #expect(
            Self.lines(old, new) == ["Table rows:", "Column renamed: Location → Country", "Changed: Mailfast — Country: Ireland → USA"])
    }

    @Test func reorderedColumnsAreMatchedByName() {
        let old = "| Name | Purpose | Location |\n|---|---|---|\n| Mailfast | Email | Ireland |\n"
        let new = "| Name | Location | Purpose |\n|---|---|---|\n| Mailfast | USA | Email |\n"
        #expect(Self.lines(old, new) == ["Table rows:", "Changed: Mailfast — Location: Ireland → USA"])
    }

    @Test func aBoldFirstRowUnderAnEmptyHeaderRowIsTheHeader() {
        // As pasted from a word processor (Twitch's cookie table): an empty header row, the names in the first row.
        let old = "|     |     |\n| --- | --- |\n| _**Cookie ID**_ | _**Purpose**_ |\n| auth-token | Security |\n"
        let new = old.replacingOccurrences(of: "| Security |", with: "| Authentication |") + "| language | Preferences |\n"
        #expect(
            Self.lines(old, new) == [
                "Table rows:", "Added: language — Preferences", "Changed: auth-token — Purpose: Security → Authentication",
            ])
    }

    @Test func aCaptionRowAboveTheHeaderNamesTheTable() {
        let old =
            "| **Collected when you sign up** |     |\n| --- | --- |\n| **Categories** | **Description** |\n| User Data | Your name |\n"
        let new = old + "| Address Data | Your address |\n"
        #expect(Self.lines(old, new) == ["Table rows:", "Added: Address Data — Your address"])
        let table = TableRows(old: MarkdownParser.parse(old).blocks, new: MarkdownParser.parse(new).blocks).tables[0]
        #expect(table.caption == "Collected when you sign up" && table.columns == ["Categories", "Description"])
    }

    @Test func captionRowsUnderAnEmptyHeaderRowAreCaptionsNotRows() {
        // Twitch's cookie tables: an empty header row, a bold caption in one cell, then the names or the rows.
        let named =
            "|     |     |\n| --- | --- |\n| **_Operational cookies_** |     |\n| **_Cookie ID_** | **_Purpose_** |\n| auth | Security |\n"
        let unnamed = "|     |     |\n| --- | --- |\n| **_Analytics cookies_** |     |\n| _ga | Analytics |\n"
        let old = named + "\n" + unnamed
        let new = named.replacingOccurrences(of: "Security", with: "Sign-in") + "\n" + unnamed + "| _gid | Analytics |\n"
        #expect(
            Self.lines(old, new) == [
                "Table rows (Table 1 of 2: Operational cookies):", "Changed: auth — Purpose: Security → Sign-in",
                "Table rows (Table 2 of 2: Analytics cookies):", "Added: _gid — Analytics",
            ])
        #expect(Self.lines(unnamed, "| | |\n|---|---|\n| _ga | Analytics |\n").isEmpty, "a caption is not a row")
    }

    @Test func underACaptionTheHeaderRowMayLoseItsBold() {
        // Spotify's tables lost the bold of their header rows from one version to the next: no row or column changed.
        let bold = "| Collected when you sign up |     |\n| --- | --- |\n| **Categories** | **Description** |\n| User Data | Your name |\n"
        let plain = bold.replacingOccurrences(of: "**", with: "")
        #expect(Self.lines(bold, plain).isEmpty)
    }

    @Test func blankSpacerColumnsAreNeverTheKeyAndNeverListed() {
        // Reddit's tables: empty columns around the text ones, left from a word processor's layout.
        let old = "| | | | |\n|---|---|---|---|\n| | _Account_ | | Your username. |\n| | _Actions_ | | What you do. |\n"
        let new =
            "| | | | |\n|---|---|---|---|\n| | _Account_ | | Your username. |\n| | _Content_ | | What you post. |\n"
            + "| | _Actions_ | | What you click. |\n"
        #expect(
            Self.lines(old, new) == [
                "Table rows:", "Added: Content — What you post.", "Changed: Actions — Column 4: What you do. → What you click.",
            ])
    }

    @Test func withoutAnyHeaderColumnsAreKnownByPosition() {
        let old = "| | |\n|---|---|\n| Mailfast | Ireland |\n"
        let new = "| | |\n|---|---|\n| Mailfast | USA |\n| Clerkly | USA |\n"
        #expect(Self.lines(old, new) == ["Table rows:", "Added: Clerkly — USA", "Changed: Mailfast — Column 2: Ireland → USA"])
    }

    @Test func severalTablesAreEachNamedAndPairedByTheirColumns() {
        let cookies = "| Cookie | Purpose |\n|---|---|\n| sid | Sign-in |\n"
        let domains = "| Company | Domain |\n|---|---|\n| Akamai | akamaihd.net |\n"
        let old = cookies + "\nAnd:\n\n" + domains
        let new = cookies + "\nAnd:\n\n" + domains + "| Ada | ada.support |\n"
        #expect(Self.lines(old, new) == ["Table rows (Table 2 of 2: Company, Domain):", "Added: Ada — ada.support"])
        // A table inserted before the others: they keep their partners, the new one's rows are all added.
        let partners = "| Partner | Country |\n|---|---|\n| Contoso | US |\n"
        #expect(
            Self.lines(old, partners + "\n" + old) == ["Table rows (Table 1 of 3: Partner, Country):", "Added: Contoso — US"])
        #expect(Self.lines(partners + "\n" + old, old) == ["Table rows (Table 1 of 3: Partner, Country):", "Removed: Contoso — US"])
        // Two tables made one: each is still named, as the section held several.
        let merged = "| Cookie | Purpose |\n|---|---|\n| sid | Sign-in |\n| Akamai | akamaihd.net |\n"
        #expect(
            Self.lines(old, merged) == [
                "Table rows (Table 1 of 1: Cookie, Purpose):", "Added: Akamai — akamaihd.net",
                "Table rows (Table 2 of 2: Company, Domain):", "Removed: Akamai — akamaihd.net",
            ])
    }
}
