/// The margins that turn a score gap into a verdict kind.
///
/// The margin is (winner − runner-up) ÷ the winner's reachable total. Below `tooClose`
/// the result is too close to call; below `lean` it is a lean; otherwise clear.
public struct Thresholds: Sendable, Hashable {
    /// Margin under which the result is "too close to call" (0 ≤ tooClose ≤ lean ≤ 1).
    public var tooClose: Double
    /// Margin under which the result is only a lean.
    public var lean: Double

    /// Creates thresholds; defaults 0.05 and 0.15.
    public init(tooClose: Double = 0.05, lean: Double = 0.15) {
        self.tooClose = tooClose
        self.lean = lean
    }
}

/// The range a respondent's importance multiplier may take for any question.
public struct ImportanceBounds: Sendable, Hashable {
    /// Smallest multiplier ("barely matters"); default 0.5.
    public var min: Double
    /// Largest multiplier ("matters a lot"); default 2.
    public var max: Double

    /// Creates bounds.
    public init(min: Double = 0.5, max: Double = 2) {
        self.min = min
        self.max = max
    }
}

/// A source a worksheet cites for its facts.
public struct WorksheetSource: Sendable, Hashable, Identifiable {
    /// Id that questions cite.
    public var id: String
    /// Title of the source.
    public var title: String
    /// Where to find it.
    public var url: String?

    /// Creates a source.
    public init(id: String, title: String, url: String? = nil) {
        self.id = id
        self.title = title
        self.url = url
    }
}
