import ArgumentParser
import TrustsiteCore

/// `--search` and `--search-archive`, shared by `build` and `serve`.
struct SearchOption: ParsableArguments {
    @Flag(help: "Index the versions in force and upcoming with Pagefind and show a search box (also: search: true in site.yml).")
    var search = false

    @Flag(
        name: .customLong("search-archive"),
        help: "Index the archived versions too, for readers who ask (implies --search; also: search_archive: true in site.yml).")
    var searchArchive = false

    /// `options` with these flags.
    func apply(_ options: inout BuildOptions) {
        options.search = options.search || search
        options.searchArchive = options.searchArchive || searchArchive
    }
}
