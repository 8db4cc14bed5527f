import Foundation
import TrustsiteModel
import TrustsiteRender

/// Where a build's pages go: the one output abstraction of the pipeline, with two destinations (`BuildDestination`).
/// Pages may be written from several threads.
protocol SiteOutput: AnyObject, Sendable {
    /// The folder the pages are written into (the staging folder, or the preview folder).
    var root: String { get }
    /// Writes `pages`.
    func write(_ pages: [OutputFile]) throws
    /// Keeps top-level folder `top` as the last build left it: exactly `files`, the published files with the ids
    /// `published`; returns whether each is the published file itself.
    func keep(_ top: String, files: [String], published: [FileID]) throws -> Bool
    /// Top-level folder `folder` has all its pages now: nothing is written under it afterwards.
    func finish(_ folder: String) throws
    /// Removes what this build did not write or keep, and makes the site the published one.
    func publish() throws
    /// Gives up: the published site stays as it was before `publish`.
    func discard()
    /// Files written so far (for a staged site, also those linked to the published file).
    var filesWritten: Int { get }
    /// Files deleted by `publish` because their page is gone.
    var filesRemoved: Int { get }
}

/// Where `SiteBuilder.build(into:)` puts the site.
public enum BuildDestination: Sendable {
    /// Written into a staging folder beside the output and swapped in whole once all is written (`trustsite build`):
    /// a failed or killed build never leaves a half-written site.
    case staged
    /// Written into the output folder itself, only the files whose bytes changed, each replaced atomically
    /// (`trustsite serve`'s preview folder, which the preview server reads from while the build runs).
    case inPlace
}

/// A file or folder, by device and inode.
struct FileID: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    init(_ info: stat) { (device, inode) = (UInt64(info.st_dev), UInt64(info.st_ino)) }
    init(device: UInt64, inode: UInt64) { (self.device, self.inode) = (device, inode) }
}
