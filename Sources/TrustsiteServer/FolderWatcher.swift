import Foundation
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

/// Notices saved, added and removed files by scanning names, sizes and modification times: at once when the kernel
/// reports a change in a watched folder (`ChangeSignal`, Linux), else every `interval` (portable: a few hundred `stat`
/// calls every quarter second cost next to nothing).
public struct FolderWatcher: Sendable {
    /// What a file looked like at one scan.
    public struct Stamp: Hashable, Sendable {
        let size: Int
        let seconds: Int
        let nanoseconds: Int
        let inode: UInt
        var isFolder = false
    }

    /// Folders (or files) to watch, recursively.
    public var roots: [String]
    /// Time between scans.
    public var interval: Duration
    /// Changes that follow each other within this window make one event.
    public var settle: Duration
    /// With a `ChangeSignal`: a save is complete once the kernel has reported nothing for this long.
    public var quiet: Duration = .milliseconds(30)

    /// Watches `roots`.
    public init(roots: [String], interval: Duration = .milliseconds(250), settle: Duration = .milliseconds(150)) {
        self.roots = roots
        self.interval = interval
        self.settle = settle
    }

    /// Polls until the task is cancelled, calling `onChange` with the paths changed since `baseline` (default: now);
    /// `onChange` is awaited, so a build and the next scan never overlap.
    public func run(from baseline: [String: Stamp]? = nil, _ onChange: @Sendable (Set<String>) async -> Void) async {
        var last = baseline ?? scan()
        let signal = ChangeSignal()
        signal?.watch(Self.folders(last))
        while !Task.isCancelled {
            await wait(for: signal)
            var now = scan()
            var changed = Self.changes(from: last, to: now)
            guard !changed.isEmpty else { continue }
            // An editor's save (or a git checkout) touches several files in quick succession: wait for quiet.
            for _ in 0..<20 {
                try? await Task.sleep(for: signal == nil ? settle : quiet)
                if let signal, !signal.drain() { break }
                let later = scan()
                let more = Self.changes(from: now, to: later)
                now = later
                if more.isEmpty && signal == nil { break }
                changed.formUnion(more)
            }
            signal?.watch(Self.folders(now))
            last = now
            guard !Task.isCancelled else { return }
            await onChange(changed)
        }
    }

    /// Returns when `signal` reports a change, or after `interval` (at once when there is no signal, after sleeping).
    func wait(for signal: ChangeSignal?) async {
        guard let signal else { return (try? await Task.sleep(for: interval)) ?? () }
        let step = Duration.milliseconds(10)
        var waited = Duration.zero
        while waited < interval, !Task.isCancelled, !signal.drain() {
            try? await Task.sleep(for: step)
            waited += step
        }
    }

    /// The folders among `stamps`.
    static func folders(_ stamps: [String: Stamp]) -> [String] { stamps.filter(\.value.isFolder).map(\.key) }

    /// Every file and folder under the roots, except hidden files and editor backups.
    public func scan() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for root in roots { Self.walk(root, in: ContentRoot(root, label: "watched folder"), depth: 0, into: &stamps) }
        return stamps
    }

    /// Paths added, removed or changed between two scans.
    public static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> Set<String> {
        var changed = Set<String>()
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed
    }

    static func walk(_ path: String, in root: ContentRoot, depth: Int, into stamps: inout [String: Stamp]) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            // A link that loops or leads nowhere has a stamp of its own, so fixing or removing it is noticed.
            if lstat(path, &info) == 0 {
                stamps[path] = Stamp(info, size: -1)
            }
            return
        }
        let isFolder = info.st_mode & S_IFMT == S_IFDIR
        // A folder's own time changes with every file in it; its files tell what changed.
        stamps[path] =
            isFolder ? Stamp(size: 0, seconds: 0, nanoseconds: 0, inode: 0, isFolder: true) : Stamp(info, size: Int(info.st_size))
        guard isFolder, depth < 8 else { return }
        // Only into the folders a build reads (`ContentRoot`): a link that loops or leaves the root is not walked.
        if depth > 0, case .refused = root.entry(path) { return }
        guard let dir = opendir(path) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !ignored(name) else { continue }
            walk(path.hasSuffix("/") ? path + name : path + "/" + name, in: root, depth: depth + 1, into: &stamps)
        }
    }

    /// Hidden files (editor swap files, `.git`) and backups (`name~`, vim's `4913` probe) never change the site.
    static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name == "4913" || name.hasSuffix(".swp") || name.hasSuffix(".tmp")
    }
}
