import CCmark
import Foundation
import TrustsiteModel
import TrustsiteRender

extension BuildCache {
    /// What every page depends on: the program, the theme, the site settings and the statement slugs (links between
    /// statements); nil when the program cannot be identified, and then nothing is cached.
    static func shared(_ config: SiteConfig, theme: Theme, slugs: [String], drafts: Bool = false) -> String? {
        guard let program = ProgramIdentity.current else { return nil }
        // libcmark is a shared library: an upgrade may render differently without the program changing.
        var fields = ["trustsite-cache-\(format)", program, String(cString: cmark_version_string()), theme.fingerprint]
        fields += [config.title, config.organization, config.description, config.baseURL, "\(config.rawHTML)"]
        fields += ["\(config.noticeDays.map(String.init) ?? "-")"]
        // Pages built with search carry its markup.
        fields += ["search \(config.search) \(config.searchArchive)"]
        fields += slugs.sorted()
        // A build with drafts publishes other pages than one without: neither may reuse the other's.
        if drafts { fields.append("drafts") }
        return ContentHash.hex(Array(fields.joined(separator: "\u{0}").utf8))
    }

    /// A statement's fingerprint: `shared`, and its own settings, version in force and version files (by content hash).
    static func fingerprint(_ statement: Statement, shared: String, asOf: Day) -> String {
        var fields = [shared, statement.slug, statement.config.title ?? "\u{1}", statement.config.description]
        fields += ["\(statement.config.order.map(String.init) ?? "-")", "\(statement.currentIndex)"]
        // The notice settings, and whether any version is in force yet (the first version's page says which).
        fields += [
            "\(statement.config.noticeDays.map(String.init) ?? "-")", statement.config.objectionText ?? "\u{1}",
            "\(statement.hasVersionInForce(asOf: asOf))",
        ]
        for version in statement.versions {
            fields += [version.date.description, version.source.path, version.source.sha256]
        }
        for file in statement.files { fields += ["files/" + file.path, file.sha256] }
        return ContentHash.hex(Array(fields.joined(separator: "\u{0}").utf8))
    }

    /// The stamps of a statement folder's inputs (statement.yml and the `.md` files, by name), read without opening
    /// them (nil when one cannot be stamped), and whether it has `.md` files: a folder without is no statement.
    static func sources(_ folder: StatementFolder, io: FileIO) -> (stamp: String?, hasVersions: Bool) {
        guard let names = try? io.list(folder.path) else { return (nil, false) }  // as the loader sees it: no versions
        var text: String? = folder.path
        for name in names where name.hasSuffix(".md") || name == "statement.yml" {
            guard let stamp = io.stamp(joinPath(folder.path, name)) else {
                text = nil
                continue
            }
            text? += "\u{0}\(name)\u{0}\(stamp)"
        }
        // Published files: a statement whose files/ holds anything is read again each build (they are few and small,
        // and a stamp of every file in every folder below would cost as much).
        if names.contains(ContentLoader.filesFolder), io.kind(joinPath(folder.path, ContentLoader.filesFolder)) == .folder { text = nil }
        return (text.map { ContentHash.hex(Array($0.utf8)) }, names.contains { $0.hasSuffix(".md") })
    }

    /// SHA-256 over each file's path, size, modification time and inode in `output`, and the files' ids; nil when one
    /// is missing.
    static func stamp(_ files: [String], in output: String) -> (String, [FileID])? {
        var text = ""
        var ids: [FileID] = []
        ids.reserveCapacity(files.count)
        for path in files {
            var info = stat()
            // Not following links: reuse links the entry itself, so a symbolic link in its place is no published page.
            guard lstat(output + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            text += "\(path)\u{0}\(info.st_size)\u{0}\(info.modified)\u{0}\(info.st_ino)\n"
            ids.append(FileID(info))
        }
        return (ContentHash.hex(Array(text.utf8)), ids)
    }
}

/// Which build of trustsite is running: a rebuilt program may render differently, so its cache must not be trusted.
enum ProgramIdentity {
    /// The executable's path, size and modification time; nil when they cannot be found.
    static let current: String? = {
        guard let path = Bundle.main.executablePath else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(path)\u{0}\(info.st_size)\u{0}\(info.modified)"
    }()
}
