import Foundation

/// A stand-in for Pagefind in a folder of its own (given to a build as `searchToolPath`): it writes, into the bundle
/// folder it is asked for, `pages.txt` (the HTML files of the folder it was asked to index, sorted) and `pagefind.js`,
/// and prints `pagefind-ui.js` and `pagefind-highlight.js` too (which a site does not publish); or it fails.
public struct FakePagefind {
    /// The folder holding the `pagefind` script.
    public let folder: String

    /// Writes the script into `site`'s root, under `bin/`; with `failing`, it prints that and exits 1.
    public init(in site: TempSite, failing: String? = nil) throws {
        folder = site.path("bin")
        let body =
            failing.map { "echo \"\($0)\" >&2\nexit 1" } ?? """
                mkdir -p "$out"
                (cd "$site" && find . -name '*.html' | sed 's|^\\./||' | LC_ALL=C sort) > "$out/pages.txt"
                echo 'export const fake = true;' > "$out/pagefind.js"
                echo ui > "$out/pagefind-ui.js"; echo hl > "$out/pagefind-highlight.js"
                """
        let script = """
            #!/bin/sh
            site=""; out=""
            while [ $# -gt 0 ]; do
              case "$1" in --site) site=$2; shift;; --output-path) out=$2; shift;; esac
              shift
            done
            \(body)

            """
        try site.write("bin/pagefind", script)
        chmod(folder + "/pagefind", 0o755)
    }
}
