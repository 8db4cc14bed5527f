import TrustsiteModel

extension SiteConfig {
    /// Turns search on as `options` ask (`--search`, `--search-archive`) on top of site.yml; the archive implies search.
    mutating func applySearch(_ options: BuildOptions) {
        searchArchive = searchArchive || options.searchArchive
        search = search || options.search || searchArchive
    }
}
