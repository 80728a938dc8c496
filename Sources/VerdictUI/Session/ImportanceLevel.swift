import VerdictEngine

/// The three importance settings `+` and `-` move between.
public enum ImportanceLevel: Int, Sendable, Hashable, CaseIterable, Comparable {
    /// The worksheet's minimum multiplier.
    case barely
    /// Multiplier 1.
    case normal
    /// The worksheet's maximum multiplier.
    case aLot

    /// The level a multiplier is closest to (above 1 → a lot, below 1 → barely).
    public init(multiplier: Double) {
        if multiplier > 1 {
            self = .aLot
        } else if multiplier < 1 {
            self = .barely
        } else {
            self = .normal
        }
    }

    /// The multiplier of this level under a worksheet's bounds.
    public func multiplier(in bounds: ImportanceBounds) -> Double {
        switch self {
        case .barely: bounds.min
        case .normal: 1
        case .aLot: bounds.max
        }
    }

    /// How it is said on screen.
    public var phrase: String {
        switch self {
        case .barely: "barely matters"
        case .normal: "normal importance"
        case .aLot: "matters a lot"
        }
    }

    /// Orders levels from barely to a lot.
    public static func < (lhs: ImportanceLevel, rhs: ImportanceLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
