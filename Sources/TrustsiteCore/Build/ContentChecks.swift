/// Checks across a whole statement that no single file can see: dates that clash, summaries, unknown keys.
enum ContentChecks {
    static func run(_ model: SiteModel, into diagnostics: inout Diagnostics) {
        for statement in model.statements {
            for (i, version) in statement.versions.enumerated() {
                let path = version.source.path
                for (key, location) in version.source.frontMatter.unknownKeys {
                    diagnostics.warning(location, "unknown front matter key '\(key)'\(Suggestion.didYouMean(key, among: FrontMatter.knownKeys))")
                }
                if i > 0 && (version.summary?.trimmingSpaces ?? "").isEmpty {
                    diagnostics.warning(SourceLocation(path: path, line: 1, column: 1), "version has no 'summary' of what changed")
                }
                if let earlier = statement.versions[..<i].first(where: { $0.updated == version.updated }) {
                    diagnostics.error(SourceLocation(path: path, line: 1, column: 1),
                                      "this version and \(earlier.source.path) have the same date \(version.updated); give each version its own 'updated' date")
                }
            }
        }
    }
}
