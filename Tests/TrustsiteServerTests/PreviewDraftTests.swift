import Foundation
import Testing
import TrustsiteModel

/// `serve` previews drafts (which `build` leaves out), with the Draft banner on their pages.
@Suite struct PreviewDraftTests {
    @Test func thePreviewServesDraftsWithABanner() async throws {
        let workspace = try TempSite(content: [
            "p/2024-01-01.md": "## A\n\nOne.\n",
            "p/2025-01-01.md": "---\ndraft: true\nsummary: Drafted.\n---\n## A\n\nDRAFTWORDS.\n",
        ])
        let preview = try await RunningPreview.start(workspace)
        do {
            let draft = try await preview.get("/p/2025-01-01/")
            #expect(draft.status == 200 && draft.body.contains("DRAFTWORDS") && draft.body.contains("draft-banner"))
            let history = try await preview.get("/p/history/")
            #expect(history.body.contains(">Draft</span>"))
        } catch {
            await preview.stop()
            throw error
        }
        await preview.stop()
    }
}
