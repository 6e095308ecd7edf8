extension Interpreter {
    /// The value `name` has in the code being run (the innermost comprehension scope first,
    /// then the globals), or nil when it is unbound; builtins are not names here.
    func visibleValue(_ name: String) -> Value? {
        for scope in scopes.reversed() {
            if let value = scope[name] { return value }
        }
        if let frame, !frame.scope.globals.contains(name) {
            if let cell = frame.cells[name] { return cell.value }
            if let slot = frame.scope.slots[name] { return frame.locals[slot] }
        }
        return environment[name]
    }
}
