import PeakmemLanguage

/// The variables of one call of a scenario function: its locals, and the cells it shares with
/// the functions defined in it (closures).
///
/// A frame lives while the call runs and is released when it returns, which releases every
/// local it held (CPython's "locals die at return"). A closure keeps only the cells of the
/// variables it uses, never the whole frame. An exception leaving the call keeps the frame
/// alive until the handler that catches it ends, as CPython's traceback does
/// (``PeakmemLanguage/ExceptionPayload``).
final class Frame {
    /// The function's scope: which names are local, global or from an enclosing function.
    let scope: FunctionScope
    /// The plain locals (those no inner function uses), by slot (``FunctionScope/slots``;
    /// nil: unbound): a buffer owned by the frame (read and written without the copy-on-write
    /// and exclusivity checks of an array property), its values released with the frame.
    let locals: UnsafeMutablePointer<Value?>
    /// The cells: locals that inner functions use, and the enclosing functions' cells this
    /// function uses.
    var cells: [String: Cell]

    init(scope: FunctionScope, captured: [String: Cell]) {
        self.scope = scope
        locals = UnsafeMutablePointer<Value?>.allocate(capacity: scope.slotCount)
        locals.initialize(repeating: nil, count: scope.slotCount)
        var cells = captured
        for name in scope.cellNames { cells[name] = Cell() }
        self.cells = cells
    }

    deinit {
        locals.deinitialize(count: scope.slotCount)
        locals.deallocate()
    }
}

/// A variable shared between a function and the closures defined in it.
final class Cell {
    var value: Value?
}
