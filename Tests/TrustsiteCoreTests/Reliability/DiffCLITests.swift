import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// `trustsite diff` and the warning summary of `check` as a user runs them: the built binary in a child process.
    @Suite struct DiffCLITests {
        static let body = "# Terms\n\n## Fees\n\nNone.\n"

        /// Moving the effective date, or changing the title or summary, is a change `diff` shows and `--exit-code` counts.
        @Test func frontMatterChangesAreShownAndCounted() throws {
            let site = try TempSite([
                "old.md": "---\ntitle: Terms\neffective: 2024-07-01\nsummary: New fees.\n---\n" + Self.body,
                "new.md": "---\ntitle: Terms of Service\neffective: 2024-08-01\nsummary: New fees.\n---\n" + Self.body,
            ])
            let result = try TrustsiteBinary.run(["diff", "old.md", "new.md", "--no-color", "--exit-code"], in: site.root)
            #expect(result.status == 1)
            #expect(
                result.stdout == """
                    old.md → new.md
                    (updated 1970-01-01, effective 2024-07-01 → updated 1970-01-01, effective 2024-08-01)

                    ## Front matter [modified]
                    title: [-“Terms”-] → {+“Terms of Service”+}
                    effective: [-2024-07-01-] → {+2024-08-01+}

                    1 unchanged section: Fees

                    """)
            let same = try TrustsiteBinary.run(["diff", "old.md", "old.md", "--no-color", "--exit-code"], in: site.root)
            #expect(same.status == 0 && same.stdout.hasSuffix("No changes.\n"))
        }

        @Test func anUnknownDateIsNamedWithTheKnownOnes() throws {
            let site = try TempSite(["content/p/2024-01-01.md": Self.body, "content/p/2024-02-01.md": Self.body + "More.\n"])
            let result = try TrustsiteBinary.run(["diff", "p", "2024-05-05"], in: site.root)
            #expect(result.status == 2)
            #expect(result.stderr == "error: 'p' has no version 2024-05-05; its versions are 2024-01-01, 2024-02-01\n")
            #expect(result.stdout.isEmpty)
        }

        /// A broken link kept in every version is one line, at the version in force; `--all-warnings` lists each; `--strict` fails.
        @Test func checkFoldsWarningsRepeatedInArchivedVersions() throws {
            var files: [String: String] = [:]
            for month in 1...4 { files["content/p/2024-0\(month)-01.md"] = "---\nsummary: s\n---\n## A\n\nSee [x](../x/), \(month).\n" }
            let site = try TempSite(files)
            let folded = try TrustsiteBinary.run(["check", "--strict", "--as-of", "2024-06-01"], in: site.root)
            #expect(folded.status == 1)
            #expect(folded.stderr.split(separator: "\n").count == 1)
            #expect(folded.stderr.contains("2024-04-01.md:6:9: warning: "))
            #expect(folded.stderr.contains("[also in 3 archived versions, 2024-01-01 to 2024-03-01; --all-warnings lists each]"))
            #expect(
                folded.stdout.hasSuffix("4 warnings (3 repeated in archived versions, folded into 1 line; --all-warnings lists each)\n"))
            let all = try TrustsiteBinary.run(["check", "--all-warnings", "--as-of", "2024-06-01"], in: site.root)
            #expect(all.status == 0)
            #expect(all.stderr.split(separator: "\n").count == 4)
            #expect(all.stdout.hasSuffix("0 errors, 4 warnings\n"))
        }
    }
}

extension Reliability {
    /// `trustsite serve` on a port another program holds says so in words.
    @Suite struct ServePortCLITests {
        @Test func aPortInUseIsNamedPlainly() throws {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #expect(fd >= 0)
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            #expect(bound == 0 && listen(fd, 1) == 0)
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            let port = Int(UInt16(bigEndian: address.sin_port))
            let site = try TempSite(["content/p/2024-01-01.md": "## A\n\nText.\n"])
            let result = try TrustsiteBinary.run(["serve", "--port", String(port), "--as-of", "2024-06-01"], in: site.root)
            #expect(result.status == 1)
            #expect(
                result.stderr.hasSuffix(
                    "error: cannot serve on 127.0.0.1:\(port): port \(port) is in use by another program; pick another with --port, "
                        + "or --port 0 for a free one\n"), "\(result.stderr)")
        }
    }
}
