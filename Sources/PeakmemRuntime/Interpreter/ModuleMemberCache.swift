/// An attribute site's cache of the module member it found last (`np.sqrt`: the module
/// `numpy`, its member `sqrt`).
final class ModuleMemberCache {
    private var module: String?
    private var registry: FunctionRegistry?
    private var member: Value?

    /// The member remembered for `module` in `registry`, if it is the last one looked up here.
    func member(of module: String, registry: FunctionRegistry) -> Value? {
        guard let member, self.registry === registry, self.module == module else { return nil }
        return member
    }

    /// Remembers `member` as the attribute's value on `module` in `registry`.
    func remember(_ member: Value, of module: String, registry: FunctionRegistry) {
        self.module = module
        self.registry = registry
        self.member = member
    }
}
