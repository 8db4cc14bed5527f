import ServiceLifecycle

/// Lets `PreviewReady.stop` reach the service group created after it.
actor Stopper {
    private var group: ServiceGroup?
    func set(_ group: ServiceGroup) { self.group = group }
    func stop() async { await group?.triggerGracefulShutdown() }
}

/// Feeds the watcher's changes to the coordinator until shutdown.
struct WatchService: Service {
    let watcher: FolderWatcher
    let baseline: [String: FolderWatcher.Stamp]
    let coordinator: RebuildCoordinator

    func run() async throws {
        await cancelWhenGracefulShutdown { [watcher, baseline, coordinator] in
            await watcher.run(from: baseline) { await coordinator.filesChanged($0) }
        }
    }
}

/// Pings open event streams so dead connections are found, and ends them all at shutdown.
struct HubService: Service {
    let hub: ReloadHub

    func run() async throws {
        try? await cancelWhenGracefulShutdown { [hub] in
            while true {
                try await Task.sleep(for: .seconds(15))
                await hub.ping()
            }
        }
        await hub.close()
    }
}
