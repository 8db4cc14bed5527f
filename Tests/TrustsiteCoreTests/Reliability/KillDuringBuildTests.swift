import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// A build killed with SIGKILL at any moment leaves the previous site byte for byte (or, once swapped, the complete new
    /// one, never a mix); the next build sweeps what the killed one left and drops the files of removed statements.
    @Suite(.serialized) struct KillDuringBuildTests {
        /// Content big enough that a build takes a while: `statements` statements of three versions with many sections.
        static func content(statements: [String], edition: String) -> [String: String] {
            var files: [String: String] = [:]
            for (s, slug) in statements.enumerated() {
                for (v, date) in ["2023-01-01", "2023-06-01", "2024-01-01"].enumerated() {
                    var text = v == 0 ? "" : "---\nsummary: Revision \(v) (\(edition)).\n---\n"
                    for section in 0..<25 {
                        text +=
                            "## Section \(section)\n\nStatement \(s) says \(edition) thing \(section * (v + 1)) about [scope](#section-0).\n\n"
                        text += "- point \(v)\n- point \(section)\n\n"
                    }
                    files["\(slug)/\(date).md"] = text
                }
            }
            return files
        }

        /// Runs `trustsite build --content <content> --output site` in `site.root` to the end.
        func build(_ site: TempSite, _ content: String, output: String = "site") throws -> TrustsiteBinary.Result {
            try TrustsiteBinary.run(["build", "--content", content, "--output", output, "--as-of", "2024-06-01", "--quiet"], in: site.root)
        }

        @Test(.timeLimit(.minutes(10))) func aKilledBuildLeavesThePreviousSiteIntact() throws {
            let old = (0..<24).map { "s\($0)" }, new = ["added"] + old.dropFirst()
            let site = try TempSite()
            for (path, text) in Self.content(statements: old, edition: "old") { try site.write("content/" + path, text) }
            for (path, text) in Self.content(statements: new, edition: "new") { try site.write("next/" + path, text) }
            #expect(try build(site, "content").status == 0)
            let before = Tree.snapshot(site.output)
            let start = Date()
            #expect(try build(site, "next", output: "reference").status == 0)
            let duration = Date().timeIntervalSince(start)
            let after = Tree.snapshot(site.root + "/reference")
            #expect(before.keys.contains("s0/index.html") && !after.keys.contains { $0.hasPrefix("s0/") } && before != after)

            // Kill points: some by time (loading, rendering), then some timed from the moment the staging folder
            // appears, so the writing and the swap are hit however fast or loaded the machine is.
            let staging = site.root + "/.site.staging"
            var killed = 0, killedWhileWriting = 0
            // The last ones wait until nearly every file is staged, to land around the swap itself.
            let plan =
                [0.02, 0.15, 0.4].map { (waitFor: -1, delay: duration * $0) }
                + [0, 0.001, 0.005, 0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8, 1.2].map { (waitFor: 0, delay: $0) }
                + [0, 0.0005, 0.001, 0.002, 0.004, 0.008, 0.015, 0.03, 0.06].map { (waitFor: after.count * 19 / 20, delay: $0) }
            for (waitFor, delay) in plan {
                // Builds keep the staging folder (it holds the site the last swap replaced) and reuse it; without
                // one, its appearance marks the start of writing, which the kill points below are timed from.
                try? FileManager.default.removeItem(atPath: staging)
                let (process, out, err) = try TrustsiteBinary.start(
                    ["build", "--content", "next", "--output", "site", "--as-of", "2024-06-01"],
                    in: site.root, home: site.root)
                if waitFor >= 0 {
                    while process.isRunning && !FileManager.default.fileExists(atPath: staging) { usleep(200) }
                }
                while waitFor > 0 && process.isRunning && Self.fileCount(staging) < waitFor { usleep(200) }
                Thread.sleep(forTimeInterval: delay)
                kill(process.processIdentifier, SIGKILL)
                let result = TrustsiteBinary.finish(process, out, err)
                if result.signalled { killed += 1 }
                if result.signalled && FileManager.default.fileExists(atPath: staging) { killedWhileWriting += 1 }
                let now = Tree.snapshot(site.output)
                #expect(
                    now == before || now == after,
                    "killed \(delay) s after \(waitFor < 0 ? "the start" : "\(waitFor) files were staged"): the output is neither the old site nor the new one"
                )
                if now == after { #expect(try build(site, "content").status == 0 && Tree.snapshot(site.output) == before) }
            }
            #expect(killed >= 12, "only \(killed) builds were killed before they finished; the kill points missed the build")
            #expect(killedWhileWriting >= 8, "only \(killedWhileWriting) kills landed while the site was being written")

            // The next build finishes the job: the new site, no file of the removed statement, the old site kept as staging.
            // While it runs, the published pages are watched: at every moment each is the old one or the new one.
            let (process, out, err) = try TrustsiteBinary.start(
                ["build", "--content", "next", "--output", "site", "--as-of", "2024-06-01"],
                in: site.root, home: site.root)
            var looks = 0, torn = 0
            while process.isRunning {
                for page in ["index.html", "statements.json", "s5/index.html"] {
                    let bytes = FileManager.default.contents(atPath: site.output + "/" + page)
                    if bytes == nil || (bytes != before[page] && bytes != after[page] && after[page] != nil) { torn += 1 }
                }
                looks += 1
            }
            #expect(TrustsiteBinary.finish(process, out, err).status == 0)
            #expect(looks > 50 && torn == 0, "\(torn) of \(looks) looks at the published site during a build found a page missing or torn")
            #expect(Tree.snapshot(site.output) == after)
            #expect(
                Tree.entries(site.root) == [
                    ".reference.cache.json", ".reference.lock", ".site.cache.json", ".site.lock", ".site.staging", "content", "next",
                    "reference", "site",
                ])
            #expect(Tree.snapshot(staging) == before, "the staging folder keeps the replaced site for the next build")
        }

        /// How many regular files `folder` holds, at any depth (0 when it is gone).
        static func fileCount(_ folder: String) -> Int {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { return 0 }
            var n = 0
            while walker.nextObject() != nil {
                if walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular { n += 1 }
            }
            return n
        }

        @Test func aStagingFolderLeftByAKilledBuildIsSweptNotPublished() throws {
            let site = try TempSite(["content/p/2024-01-01.md": "## A\n"])
            try site.write(".site.staging/stale/index.html", "left by a killed build")
            try site.write(".site.previous/index.html", "an interrupted swap's old site")
            #expect(try build(site, "content").status == 0)
            // The interrupted swap's site was restored first, so the build swapped with it and keeps it as staging.
            #expect(Tree.entries(site.root) == [".site.cache.json", ".site.lock", ".site.staging", "content", "site"])
            #expect(!Tree.snapshot(site.output).keys.contains("stale/index.html"))
            #expect(Tree.snapshot(site.root + "/.site.staging") == ["index.html": Data("an interrupted swap's old site".utf8)])
            // Without the output, an interrupted swap's previous site is restored before the new build replaces it.
            try FileManager.default.moveItem(atPath: site.output, toPath: site.root + "/.site.previous")
            StagingFolder(output: site.output).recoverInterruptedSwap()
            #expect(
                Tree.entries(site.root) == [".site.cache.json", ".site.lock", ".site.staging", "content", "site"]
                    && FileManager.default.fileExists(atPath: site.output + "/p/index.html"))
        }
    }
}
