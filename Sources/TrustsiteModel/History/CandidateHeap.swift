/// A max-heap of rename candidates, each tagged with the old section's place it stands for.
package struct CandidateHeap {
    private var items: [(candidate: RenameMatcher.Candidate, from: Int)] = []

    /// Adds a candidate.
    package mutating func push(_ candidate: RenameMatcher.Candidate, from: Int) {
        items.append((candidate, from))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[parent].candidate < items[i].candidate else { break }
            items.swapAt(parent, i)
            i = parent
        }
    }

    /// Removes and returns the best candidate, or nil when empty.
    package mutating func pop() -> (RenameMatcher.Candidate, Int)? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let (l, r) = (2 * i + 1, 2 * i + 2)
            var largest = i
            if l < items.count && items[largest].candidate < items[l].candidate { largest = l }
            if r < items.count && items[largest].candidate < items[r].candidate { largest = r }
            guard largest != i else { break }
            items.swapAt(i, largest)
            i = largest
        }
        return (top.candidate, top.from)
    }
}
