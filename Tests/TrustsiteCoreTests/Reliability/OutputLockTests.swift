import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// Two builds into one output at the same time: the second fails at once with a message naming the output, and the
    /// published site is always exactly one build's.
    @Suite(.serialized) struct OutputLockTests {
        static func busy(_ output: String, lock: String) -> String {
            "\(output): error: another trustsite build is writing this output folder now (it holds \(lock)); "
                + "wait for it to finish, or build into another folder with --output"
        }

        @Test func theLockIsHeldByOneAtATimeAndFreedWithItsHolder() throws {
            let site = try TempSite()
            let writer = StagingFolder(output: site.output)
            let lockPath = site.root + "/.site.lock"
            do {
                let first = try OutputLock.acquire(writer, output: "site")
                #expect(first.path == lockPath)
                let second = #expect(throws: WriteError.self) { try OutputLock.acquire(writer, output: "site") }
                #expect(second?.description == Self.busy("site", lock: lockPath))
                withExtendedLifetime(first) {}
            }
            _ = try OutputLock.acquire(writer, output: "site")
            #expect(Tree.entries(site.root) == [".site.lock", "content"], "the lock file is all it makes")
        }

        @Test func aBuildWhileAnotherHoldsTheLockFailsAndWritesNothing() throws {
            let site = try TempSite(["content/p/2024-01-01.md": "## A\n\nText.\n"])
            // Held as another build holds it: an flock on the lock file beside the output.
            let fd = open(site.root + "/.site.lock", O_RDWR | O_CREAT, 0o644)
            defer { close(fd) }
            #expect(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0)
            let result = try TrustsiteBinary.run(["build", "--as-of", "2024-06-01"], in: site.root)
            #expect(result.status == 1 && !result.signalled)
            #expect(result.stderr == Self.busy("site", lock: site.root + "/.site.lock") + "\n")
            #expect(Tree.entries(site.root) == [".site.lock", "content"])
        }

        @Test(.timeLimit(.minutes(10))) func twoBuildsStartedTogetherPublishOneSiteNeverAMix() throws {
            let site = try TempSite()
            let slugs = (0..<16).map { "s\($0)" }
            for (path, text) in KillDuringBuildTests.content(statements: slugs, edition: "one") { try site.write("one/" + path, text) }
            for (path, text) in KillDuringBuildTests.content(statements: ["t"] + slugs.dropFirst(), edition: "two") {
                try site.write("two/" + path, text)
            }
            let build = { (content: String, output: String) in
                ["build", "--content", content, "--output", output, "--as-of", "2024-06-01", "--quiet"]
            }
            for content in ["one", "two"] { #expect(try TrustsiteBinary.run(build(content, "ref-" + content), in: site.root).status == 0) }
            let references = [Tree.snapshot(site.root + "/ref-one"), Tree.snapshot(site.root + "/ref-two")]
            var failed = 0
            for round in 0..<4 {
                let order = round % 2 == 0 ? ["one", "two"] : ["two", "one"]
                let started = try order.map { try TrustsiteBinary.start(build($0, "site"), in: site.root, home: site.root) }
                let results = started.map { TrustsiteBinary.finish($0.0, $0.1, $0.2) }
                for result in results where result.status != 0 {
                    failed += 1
                    #expect(result.stderr == Self.busy("site", lock: site.root + "/.site.lock") + "\n")
                }
                #expect(results.contains { $0.status == 0 })
                let published = Tree.snapshot(site.output)
                #expect(references.contains(published), "round \(round): the published site is no single build's")
            }
            // Both outcomes are right (a build may end before the other starts); this only shows which happened.
            print("concurrent builds: \(failed) of 8 refused while the other wrote")
        }
    }
}
