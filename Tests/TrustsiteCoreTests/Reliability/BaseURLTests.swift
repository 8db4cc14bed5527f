import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// `base_url` and `--base-url` take only an absolute http(s) address with a host and no query, fragment, backslash,
    /// quote, user name, space or control character: every page, feed and JSON file puts paths after it.
    @Suite struct BaseURLTests {
        static let alone = "; give the site's address alone, e.g. https://trust.example.com/legal"

        static let refused: [(String, String)] = [
            ("https://trust.example.com/?x=1", "cannot contain '?' (a query)" + alone),
            ("https://trust.example.com/#top", "cannot contain '#' (a fragment)" + alone),
            ("https://trust.example.com\\evil.example", "cannot contain a backslash" + alone),
            ("https://trust.example.com/\u{1B}[2J", "cannot contain a space, control or invisible character (U+001B)" + alone),
            ("https://trust.example.com/\u{7}", "cannot contain a space, control or invisible character (U+0007)" + alone),
            ("https://trust.example.com/\u{85}x", "cannot contain a space, control or invisible character (U+0085)" + alone),
            ("https://trust.example.com/a\u{202E}b", "cannot contain a space, control or invisible character (U+202E)" + alone),
            ("https://trust example.com", "cannot contain a space, control or invisible character (U+0020)" + alone),
            ("https://trust.example.com/\"><script>", "cannot contain '\"'" + alone),
            ("https://", "has no host name after '://'; write the site's address, e.g. https://trust.example.com"),
            ("https:///legal", "has no host name after '://'; write the site's address, e.g. https://trust.example.com"),
            (
                "https://user:pw@trust.example.com",
                "cannot contain a user name or password ('@' before the host); give the site's public address alone"
            ),
            ("ftp://trust.example.com", "must be an http:// or https:// address without spaces, e.g. https://trust.example.com"),
            ("//trust.example.com", "must be an http:// or https:// address without spaces, e.g. https://trust.example.com"),
        ]

        @Test(arguments: 0..<Self.refused.count)
        func aBadAddressIsAnErrorInSiteYmlAndOnTheCommandLine(_ index: Int) throws {
            let (url, problem) = Self.refused[index]
            let quoted =
                "\""
                + url.unicodeScalars.map {
                    $0.value < 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "\\" || (0x80...0x9F).contains($0.value)
                        ? String(format: "\\u%04X", $0.value) : String($0)
                }.joined() + "\""
            let site = try TempSite(["content/site.yml": "title: T\nbase_url: \(quoted)\n", "content/ok/2024-01-01.md": "## A\n"])
            #expect(site.lines(.error) == ["R/content/site.yml:2:11: error: 'base_url' \(problem)"], "\(url)")
            let clean = try TempSite(["content/ok/2024-01-01.md": "## A\n"])
            var options = clean.options
            options.baseURL = url
            let errors = SiteBuilder(options: options).check().diagnostics.filter { $0.severity == .error }.map(\.description)
            #expect(errors == ["--base-url: error: --base-url \(problem)"], "\(url)")
        }

        @Test(arguments: [
            "", "https://trust.example.com", "http://localhost:8080/legal/", "HTTPS://Trust.Example.com/a/b", "https://例え.jp/",
        ])
        func aPlainAddressIsAccepted(_ url: String) {
            #expect(BaseURL.problem(url) == nil)
        }
    }
}
