import ArgumentParser
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

/// The trustsite command line: a thin shell over TrustsiteCore.
@main
struct Trustsite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Publish versioned policy statements as a static Trust Center site.",
        subcommands: [Build.self, Check.self, Diff.self, Serve.self, Show.self]
    )
}
