extension Statement {
    /// Empties every version's Markdown text (`VersionSource.body`) once nothing will read it again, in place: the
    /// checks are the last to (see `StatementRead`); the pages are made from the parse.
    package mutating func releaseSourceText() {
        for v in versions.indices { versions[v].source.body = "" }
    }
}
