/// One effective setting: its value and where the value came from.
public struct Setting<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The value in force.
    public var value: Value
    /// Where it came from.
    public var source: SettingSource

    /// Creates a setting.
    public init(_ value: Value, from source: SettingSource) {
        self.value = value
        self.source = source
    }
}
