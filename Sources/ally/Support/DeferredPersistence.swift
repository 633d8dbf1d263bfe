import AllyUI
import AllyCore

/// A ``TrainerPersistence`` opened on first use, so opening the store does not delay the first frame.
final class DeferredPersistence: ForwardingPersistence {
    /// Opens the real persistence; called once, on first use.
    private let open: () -> any TrainerPersistence
    /// The opened persistence; every call goes to it.
    private(set) lazy var base: any TrainerPersistence = open()

    /// Creates the wrapper.
    init(open: @escaping () -> any TrainerPersistence) {
        self.open = open
    }
}
